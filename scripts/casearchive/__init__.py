"""casearchive: build a cited human-rights case archive from YAML records."""

__version__ = "0.1.0"
