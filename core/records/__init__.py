"""Launch records: the typed rows, their parsing, the CSV tables, the dataset and the store."""
