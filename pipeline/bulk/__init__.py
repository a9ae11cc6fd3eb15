"""Bulk extraction over whole archives: sources, workers, the output journal, analysis tables."""
