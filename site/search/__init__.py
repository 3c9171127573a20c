"""Site search: the visitor's language only, live and public pages only, filterable by type."""
