"""Gold annotations: the offset JSONL format, drafts for annotators, and conversion."""
