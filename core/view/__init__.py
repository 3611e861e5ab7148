"""What the user is looking at: the launch filter, the link that carries it, and list pages."""
