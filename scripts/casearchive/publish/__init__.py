"""The only writer of files: generated pages, the build from data/ to site/, serve's regeneration, the offline copy."""
