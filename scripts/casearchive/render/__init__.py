"""Records into Markdown pages through templates/: claims, links, paging, permalinks, exports; no file I/O."""
