"""News reports into records: decoding, extraction with evidence, review, matching and saving."""
