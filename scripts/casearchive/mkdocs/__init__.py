"""The thin adapter to MkDocs: hooks that delegate, and serve-only memos of plugin work."""
