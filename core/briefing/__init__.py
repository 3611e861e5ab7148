"""The launch card: a launch's headline figures, every source's figures, and where they disagree."""
