"""The path policy: which names a record's id (its file name and page address) and its former ids
may take, and which files under data/ are read at all.

- An id is lowercase ASCII letters, digits and single hyphens, matched against the whole name (a
  trailing newline in a file name is not "the end"), at most 80 characters.
- An id or former id may not be the name of a page the generator writes in a kind's folder (the
  kind's list, `index`, which MkDocs also takes `readme` for), nor a name Windows reserves for a
  device (con, prn, aux, nul, com1-com9, lpt1-lpt9): such a file cannot be checked out there.
  Continuation pages (`<page>--<list>-<n>`) hold a double hyphen, which no id can.
- Before MkDocs runs, check lists the address every record page and every redirect (former id)
  will have, beside every page the generator writes that is not a record's, and refuses any
  address claimed twice.
- No symbolic link anywhere under data/, data/ itself included: a link is reported, never followed
  (a pull request could otherwise make the check read and quote any file on the machine).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from casearchive.load.problems import Problem
from casearchive.model import textpolicy
from casearchive.model.pages import ROOT, page_path

ID_EXAMPLE = "ebrahim-raisi"
WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                             *(f"lpt{n}" for n in range(1, 10))})
"""Names Windows keeps for devices, with any extension (con.yml is the device CON)."""
INDEX_NAMES = ("index", "readme")
"""File names MkDocs builds as their folder's own page."""


def generated_in_kind_folder(kind: str) -> dict[str, str]:
    """Name (without .md) → what it is, for every page the generator writes in a kind's folder
    that is not a record's page (listing continuation pages aside: their names hold `--`)."""
    listing = PurePosixPath(page_path(kind)).stem
    return {listing: f"the list of {kind}, {page_path(kind)}",
            **{name: f"the list of {kind}, which MkDocs builds from {name}.md as "
               f"{ROOT}/{kind}/" for name in INDEX_NAMES if name != listing}}


def reserved(kind: str, record_id: str) -> str | None:
    """Why `record_id` cannot name a record (or a former id) of `kind`, or None."""
    taken = generated_in_kind_folder(kind).get(record_id)
    if taken:
        return f"is the name of a page the archive generates ({taken})"
    if record_id in WINDOWS_DEVICES:
        return ("is a name Windows reserves for a device (con, prn, aux, nul, com1-com9, "
                "lpt1-lpt9), so the file could not be checked out there")
    return None


def reserved_ids(kind: str) -> set[str]:
    """Every id `reserved` refuses for `kind` (for `casearchive new`, which picks another)."""
    return set(generated_in_kind_folder(kind)) | WINDOWS_DEVICES


def check_file_name(kind: str, record_id: str, shown: str) -> Problem | None:
    """A problem for a record file whose (valid) id is reserved."""
    why = reserved(kind, record_id)
    if why is None:
        return None
    return Problem(shown, 1, "(file name)", f"the id {record_id!r} {why}; name the file after the "
                   f"record, e.g. {ID_EXAMPLE}.yml")


def printable(name: str) -> str:
    """A file name as text for a message: bytes that are not UTF-8 (git allows any) and every
    character the text policy refuses (a line feed, a direction control...) shown as escapes."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() and textpolicy.invisible(char) is None
                   else char.encode("unicode_escape").decode("ascii") for char in text)


# --- symbolic links --------------------------------------------------------------------------------

LINK_MESSAGE = "is a symbolic link; data/ holds only plain files and folders: copy the record here"


def linked_data_folder(data_dir: Path) -> Problem | None:
    """A problem if data/ itself, or a folder between the repository and it, is a symbolic link:
    nothing under it is read then."""
    root = data_dir.parent
    for part in [data_dir, *[p for p in data_dir.parents if p != root and root in p.parents]]:
        if part.is_symlink():
            shown = part.relative_to(root).as_posix()
            return Problem(f"{shown}/", 1, "(file name)", f"{shown}/ is a symbolic link; the "
                           "records must be plain files in a plain folder of the repository, and "
                           "a link is never followed: replace it with the folder itself, e.g. "
                           f"data/persons/{ID_EXAMPLE}.yml")
    return None


def linked(path: Path, root: Path) -> bool:
    """Whether `path`, or a folder between the repository `root` and it, is a symbolic link."""
    return path.is_symlink() or any(parent.is_symlink() for parent in path.parents
                                    if root in parent.parents)
