"""The archive's editions: every language pages are generated in, English first."""

from __future__ import annotations

LANGUAGES = ("en", "fa")
"""Every edition, English (the default, published at the site's root) first."""
EDITIONS = LANGUAGES[1:]
"""Languages other than English that pages are generated in: `x.fa.md` beside `x.md`, published
at /fa/<the same path> (mkdocs-static-i18n, docs_structure: suffix)."""
ONLY_EDITION_ENV = "CASEARCHIVE_EDITION"
"""Set (to a language) by `casearchive build` for each of its MkDocs processes: the one edition
that process builds, side by side with the others (publish/build.py, mkdocs/editions.py)."""
