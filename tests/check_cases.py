"""Every kind of message `casearchive check` prints, each from a small broken file.

Used by tests/test_contributing.py: the messages are pinned in tests/golden/check-messages.txt and
CONTRIBUTING.md's table is generated from them, so the guide quotes what the checks really say.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from casearchive.publish import build
from helpers import FIXTURE_DATA

CITE = "citations:\n  - source_id: hrw-2022-qa\n    locator: para. 3\n"

CASES: list[tuple[str, str, bytes | str | None, str]] = [
    # (name, file, content (None: a symbolic link), what it means and how to fix it)
    ("tab", "data/persons/x.yml", "name: X\n\t" + CITE,
     "The file is indented with a tab. Indent with two spaces per level."),
    ("yes-no", "data/persons/x.yml", "name: no\n" + CITE,
     "YAML would read `yes`, `no`, `on`, `off` as true/false. Put the text in quotes."),
    ("octal", "data/persons/x.yml", "name: X\naliases: [0755]\n" + CITE,
     "A number with a leading zero would be read in another base. Quote it."),
    ("fraction", "data/estimates/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\nvalues:\n"
     "  - low: 2.5\n    claimant: C\n    " + CITE.replace("\n  ", "\n      ") + CITE,
     "Figures are whole numbers. Write a whole number, or quote the text if it is not a figure."),
    ("duplicate-key", "data/persons/x.yml", "name: X\nname: Y\n" + CITE,
     "A field appears twice in one mapping; YAML would silently keep the last. Keep one."),
    ("anchor", "data/persons/x.yml", "name: &n X\naliases: [*n]\n" + CITE,
     "Anchors and aliases (`&`, `*`) hide repeated text. Write each value out."),
    ("tag", "data/persons/x.yml", "name: !!str X\n" + CITE,
     "Tags such as `!!str` are not allowed. Write the plain value."),
    ("underscore", "data/estimates/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\nvalues:\n"
     "  - low: 1_000\n    claimant: C\n    " + CITE.replace("\n  ", "\n      ") + CITE,
     "YAML readers disagree on `1_000` (a number or text). Write 1000."),
    ("key", "data/persons/x.yml", "name: X\n<<: {summary: S}\n" + CITE,
     "Field names are plain words; `<<` (a merge key) and keys with spaces or signs are not "
     "fields. Write each field out."),
    ("next-line", "data/persons/x.yml", "name: X\nsummary: \"A\u0085B\"\n" + CITE,
     "YAML reads U+0085 as a line break where editors show none (line numbers count only real "
     "line breaks, as editors do). Delete it."),
    ("syntax", "data/persons/x.yml", "name: [X\n" + CITE,
     "The YAML cannot be read. Look at the line given and the one above it: usually a bracket or "
     "quote left open, or text containing `: ` or ` #` that needs quotes."),
    ("bom", "data/persons/x.yml", b"\xef\xbb\xbfname: X\n" + CITE.encode(),
     "The editor saved an invisible byte order mark. Save as UTF-8 without BOM."),
    ("not-utf8", "data/persons/x.yml", b"name: Caf\xe9\n" + CITE.encode(),
     "The file is not UTF-8. Save it as UTF-8 (every editor offers this under 'encoding')."),
    ("two-documents", "data/persons/x.yml", "name: X\n" + CITE + "---\nname: Y\n",
     "One file holds one record. Move the second record (after `---`) into its own file."),
    ("file-name", "data/persons/Jane_Doe.yml", "name: X\n" + CITE,
     "The file name is the record's id: rename the file, e.g. `jane-doe.yml`."),
    ("folder", "data/people/jane-doe.yml", "name: X\n" + CITE,
     "Records go in a folder named after their kind. Move the file into the right folder."),
    ("empty", "data/persons/x.yml", "",
     "The file has no fields. Fill it in (`casearchive new` writes a skeleton) or delete it."),
    ("unknown-field", "data/persons/x.yml", "name: X\nsumary: S\n" + CITE,
     "The field name is misspelt or belongs to another kind. Use one of the names listed."),
    ("missing", "data/persons/x.yml", "name: X\n",
     "A required field is missing. Add it; the message shows a valid example."),
    ("bad-id", "data/persons/x.yml", "name: X\ncitations:\n  - source_id: HRW 2022\n",
     "Ids are lowercase letters, digits and single hyphens: they are file names and web "
     "addresses. Write the id of the record you mean."),
    ("bad-date", "data/events/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "date: July 1988\nsummary: S\n" + CITE,
     "Dates are written year first, no more precisely than the source (see Dates above)."),
    ("impossible-day", "data/events/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "date: 1988-02-30\nsummary: S\n" + CITE,
     "The day does not exist. Check the source; if it gives only the month, write the month."),
    ("invisible", "data/persons/x.yml", "name: \"Jane\u202eX\"\n" + CITE,
     "Text contains an invisible character that can disguise it (often pasted from a web page "
     "or a PDF). Delete it: retype the text around it."),
    ("invisible-other", "data/persons/x.yml", "name: \"Jane\u3164 Official\"\n" + CITE,
     "Text policy: every text the archive stores is refused if it holds a control character (but "
     "line feed and tab), U+2028, U+2029 or U+0085, a direction control, any other format "
     "character (zero-width space, word joiner, soft hyphen, byte order mark, tag characters), a "
     "private-use character or a letter that shows as nothing (Hangul fillers, U+2800). The "
     "zero-width non-joiner and joiner are allowed only beside Persian or Arabic letters. Delete "
     "the character: the message shows the text without it."),
    ("not-nfc", "data/persons/x.yml", "name: \"Jose\u0301 Official\"\n" + CITE,
     "Text policy: text is stored in Unicode normal form NFC, so the same name is always the same "
     "characters. Retype the letter with its accent as one character, as the message shows."),
    ("nothing-visible", "data/persons/x.yml", "name: X\nsummary: \"\u0301\u0301\"\n" + CITE,
     "Text policy: a text needs at least one visible letter, digit or sign, and may not start "
     "with a combining mark (an accent with no letter under it)."),
    ("no-letter", "data/persons/x.yml", "name: \"1988\"\n" + CITE,
     "Text policy: a name or alias needs at least one letter."),
    ("lookalike", "data/persons/x.yml", "name: \"J\u0430ne Official\"\n" + CITE,
     "A warning only: the name differs from another record's only by look-alike letters of "
     "another script (Cyrillic or Greek for Latin, Arabic for Persian forms), case or spacing. "
     "If it is the same person, edit that record; if not, write the name as the sources do."),
    ("url", "data/sources/x.yml", "title: T\nkind: news\nlanguage: en\nurl: www.hrw.org\n",
     "Links must be complete web addresses starting with https:// or http://."),
    ("url-credentials", "data/sources/x.yml", "title: T\nkind: news\nlanguage: en\n"
     "url: https://www.hrw.org:x@evil.example/\n",
     "URL policy: an address is read as browsers read it (urllib). No user name or password "
     "before `@`: it makes a link look as if it led elsewhere. Write the address as published."),
    ("url-invisible", "data/sources/x.yml", "title: T\nkind: news\nlanguage: en\n"
     "url: \"https://www.hrw.org/\u202efdp.exe\"\n",
     "URL policy: no invisible character anywhere in an address (the text policy's list) and no "
     "space (write %20)."),
    ("url-host", "data/sources/x.yml", "title: T\nkind: news\nlanguage: en\n"
     "url: \"https://www.\u0430mnesty.org/\"\n",
     "URL policy: the host is ASCII, or a valid international domain name (IDNA) that does not "
     "imitate an ASCII one with look-alike letters."),
    ("date-digits", "data/events/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "date: ۱۳۶۷\nsummary: S\n" + CITE,
     "Dates use the digits 0-9 only, in every edition (the Persian edition shows Persian digits "
     "by itself). Write the date as the message shows."),
    ("date-range", "data/events/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "date: \"0988\"\nsummary: S\n" + CITE,
     "A year runs from 1000 to 2100; check the source (a Solar Hijri year must be converted)."),
    ("accessed-future", "data/sources/x.yml", "title: T\nkind: news\nlanguage: en\n"
     "url: https://www.hrw.org/\naccessed: 2099-01-01\n",
     "`accessed` is the day the archive last checked the address: today or earlier."),
    ("source-kind", "data/sources/x.yml", "title: T\nkind: report\nlanguage: en\n",
     "The source kind must be one of the listed values (see Source kinds above)."),
    ("language", "data/sources/x.yml", "title: T\nkind: news\nlanguage: English\n",
     "Languages are short BCP 47 tags: `en`, `fa`, `ar`, `sv`."),
    ("not-a-list", "data/persons/x.yml", "name: X\naliases: J. X\n" + CITE,
     "The field holds a list. Write `[J. X]`, or one `- item` per line."),
    ("wrong-type", "data/estimates/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "values:\n  - low: many\n    claimant: C\n    citations:\n      - source_id: hrw-2022-qa\n"
     "        locator: para. 3\n"
     + CITE, "The field holds a different type of value (here a whole number). Use the type shown."),
    ("statement-words", "data/statements/x.yml", "speaker_id: jane-official\n"
     "case_id: iran-1988-prison-massacres\n" + CITE,
     "A statement needs its words: the original, a translation, or both."),
    ("no-figure", "data/estimates/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "values:\n  - claimant: C\n    citations:\n      - source_id: hrw-2022-qa\n        locator: para. 3\n" + CITE,
     "Each figure needs `low` (and `high` for a range)."),
    ("high-below-low", "data/estimates/x.yml", "case_id: iran-1988-prison-massacres\ntitle: T\n"
     "values:\n  - low: 50\n    high: 5\n    claimant: C\n    citations:\n"
     "      - source_id: hrw-2022-qa\n        locator: para. 3\n" + CITE,
     "The range is upside down. Swap `low` and `high`."),
    ("unknown-reference", "data/persons/x.yml", "name: X\ncitations:\n  - source_id: hrw-2023\n    locator: para. 3\n",
     "No record has that id. Correct the id, or add the record it should point to first."),
    ("wrong-kind", "data/statements/x.yml", "speaker_id: hrw-2022-qa\n"
     "case_id: iran-1988-prison-massacres\noriginal: {text: Words, language: en}\n" + CITE,
     "The id exists but is a different kind of record than this field takes."),
    ("duplicate-id", "data/statements/decree.yml", "speaker_id: jane-official\n"
     "case_id: iran-1988-prison-massacres\noriginal: {text: Words, language: en}\n" + CITE,
     "Ids are unique across all kinds, because they are page addresses. Rename one of the files."),
    ("former-id-in-use", "data/places/x.yml", "name: X\nkind: city\nformer_ids: [decree]\n" + CITE,
     "A former id redirects to this record, so no other record may have it. Remove it from the "
     "list, or rename the other record."),
    ("reserved-id", "data/places/index.yml", "name: X\nkind: city\n" + CITE,
     "Path policy: an id may not be the name of a page the archive generates in a kind's folder "
     "(`index`, `readme`). Name the file after the record."),
    ("windows-name", "data/persons/con.yml", "name: X\n" + CITE,
     "Path policy: Windows keeps con, prn, aux, nul, com1-com9 and lpt1-lpt9 for devices; a file "
     "so named cannot be checked out there. Choose another id."),
    ("former-id-generated", "data/places/x.yml", "name: X\nkind: city\nformer_ids: [index]\n" + CITE,
     "Path policy: a former id becomes a redirect, checked against every page the archive "
     "generates before the site is built; it may not take over a list page."),
    ("symlink", "data/persons/linked.yml", None,
     "Path policy: nothing under data/ (nor data/ itself) may be a symbolic link; a link is "
     "reported, never followed. Copy the file in instead."),
    ("former-id-own", "data/places/x.yml", "name: X\nkind: city\nformer_ids: [x]\n" + CITE,
     "List only ids the record used to have, not its current one."),
    ("own-parent", "data/organisations/x.yml", "name: X\nkind: office\nparent_id: x\n" + CITE,
     "An organisation cannot belong to itself, nor places lie in each other in a circle. Name the "
     "one it belongs to (or lies in), or leave the field out."),
    ("end-before-start", "data/persons/x.yml", "name: X\npositions:\n  - title: T\n"
     "    start: 1990\n    end: 1988\n    citations:\n      - source_id: hrw-2022-qa\n"
     "        locator: para. 3\n" + CITE,
     "An end date comes before its start. Check both dates against the sources."),
    ("never-cited", "data/sources/x.yml", "title: T\nkind: news\nlanguage: en\nurl: https://www.hrw.org/x\n",
     "A warning only: nothing cites this source yet. Cite it from a claim, or remove it."),
    ("no-locator", "data/persons/x.yml", "name: X\ncitations:\n  - source_id: hrw-2022-qa\n",
     "A warning only: a reader cannot find the claim in the source. Copy the supporting words into "
     "`excerpt`, or give a `locator` (page, paragraph, timestamp); if the archive cannot say where, "
     "set `status: unverified` and say why in `note`."),
    ("no-url", "data/sources/seed-article.yml", "title: T\nkind: news\nlanguage: en\n",
     "A warning only: a source has no address and does not say why. Give `url`, or `no_url` "
     "(print, broadcast, private_copy, not_recorded, not_found) with a `note`."),
    ("no-url-note", "data/sources/seed-article.yml", "title: T\nkind: news\nlanguage: en\nno_url: print\n",
     "A warning only: `no_url` needs a `note` saying what is known of the original."),
    ("outlet-tie", "data/sources/seed-article.yml",
     "title: T\nkind: news\nlanguage: fa\nurl: https://www.radiofarda.com/a/1.html\n",
     "A warning only: the outlet is funded by a state or tied to a party, whichever side (the table "
     "in `scripts/casearchive/load/outlets.py`). Say who stands behind it in `affiliation` (and "
     "`fa.affiliation`); an outlet missing from the table can be added there."),
    ("same-url", "data/sources/seed-article.yml",
     "title: T\nkind: news\nlanguage: en\nurl: http://hrw.org/news/2022/06/08/irans-1988-mass-executions/\n",
     "A warning only: two source records have one address (the scheme, `www.` and a final slash "
     "do not count), so a reader sees two sources where there is one page. Keep one record, move "
     "the other's citations to it, and list the other's id in its `former_ids` so that its page "
     "redirects (see Renaming a record above)."),
    ("placeholder", "data/persons/x.yml", "name: X\ncitations:\n  - source_id: FILL IN\n",
     "A value that `casearchive new` left for you is still there. Replace it as described."),
]


def messages(workdir: Path) -> dict[str, list[str]]:
    """Case name → the lines `casearchive check` prints for its file (warnings included)."""
    found = {}
    for name, file, content, _ in CASES:
        root = workdir / name
        shutil.copytree(FIXTURE_DATA, root / "data")
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:  # a symbolic link to a record elsewhere
            path.symlink_to(root / "data" / "persons" / "jane-official.yml")
        else:
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
        _, problems = build.check_archive(root / "data")
        found[name] = [str(p) for p in problems if p.path == file]
    return found
