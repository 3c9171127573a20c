"""The anonymous page cache: whole responses keyed by URL and Vary, invalidated by a generation."""
