"""Contributor commands: new, fmt, diff."""
