"""`casearchive new`: golden skeletons, fresh ids, no overwriting, and skeletons that pass the
check once their placeholders are filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

from casearchive import cli
from casearchive.i18n import missing as persian
from casearchive.load import placeholders
from casearchive.load.problems import errors
from casearchive.model.records import KINDS
from casearchive.publish import build
from casearchive.tools import fmt
from casearchive.tools import new as scaffold
from helpers import GOLDEN, REPO, check_golden, copy_fixture

NEW = GOLDEN / "new"

# What a contributor would write in place of each placeholder, by field name.
FILL = {"source_id": "hrw-2022-qa", "case_id": "iran-1988-prison-massacres",
        "speaker_id": "jane-official", "language": "en", "text": "Words as spoken",
        "low": "12", "claimant": "Human Rights Watch", "date": "1988-08", "period": "1988",
        "summary": "Something happened, according to Human Rights Watch."}


PERSIAN_FILL = "رویدادی رخ داد، به گفته‌ی دیده‌بان حقوق بشر."


def fill(path: Path, kind: str) -> str:
    """Replace every placeholder in a new record as a contributor would; return the text."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for blank in placeholders.blanks("\n".join(lines), kind):
        name = blank.field.rsplit(".", 1)[-1].split("[")[0]
        persian = blank.field.startswith("fa.")
        value = PERSIAN_FILL if persian else FILL.get(name) or ("ngo_report" if kind == "sources" else "city")
        lines[blank.line - 1] = lines[blank.line - 1].replace(placeholders.PLACEHOLDER, value)
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("kind", list(KINDS))
def test_skeleton_matches_golden(kind: str) -> None:
    check_golden(NEW / f"{kind}.yml", scaffold.skeleton(kind, "Jane Doe"))


@pytest.mark.parametrize(("name", "expected"), [
    ("Ebrahim Raisi", "ebrahim-raisi"),
    ("Hossein-Ali Montazeri", "hossein-ali-montazeri"),
    ("Iran's 1988 Mass Executions", "irans-1988-mass-executions"),
    ("  Évin   Prison! ", "evin-prison"),
    ("Łódź Straße", "lodz-strasse"),
    ("Mas'ud Rajavi – “Statement” (1988)", "masud-rajavi-statement-1988"),
    ("ابراهیم رئیسی", ""),
])
def test_slug(name: str, expected: str) -> None:
    assert scaffold.slug(name) == expected


def test_long_names_are_cut_between_words() -> None:
    name = "The report of the special rapporteur on the situation of human rights in the Islamic Republic"
    full = "the-report-of-the-special-rapporteur-on-the-situation-of-human-rights-in-the-islamic-republic"
    result = scaffold.slug(name)
    assert len(result) <= 72
    assert full.startswith(result + "-")


@pytest.mark.parametrize(("kind", "name", "expected"), [
    ("persons", "Jane Official", "jane-official-2"),  # a person's id
    ("persons", "Jane Officer", "jane-officer-2"),  # a former id
    ("persons", "Decree", "decree-2"),  # an event's id: ids are unique across kinds
    ("organisations", "Tehran", "tehran-2"),
    ("persons", "Jane Newcomer", "jane-newcomer"),
    ("persons", "Index", "index-2"),  # the list of people's page
    ("places", "Con", "con-2"),  # a name Windows keeps for a device
])
def test_ids_never_collide(tmp_path: Path, kind: str, name: str, expected: str) -> None:
    data = copy_fixture(tmp_path)
    path, _ = scaffold.create(data, kind, name)
    assert path == data / kind / f"{expected}.yml"


def test_a_second_record_with_the_same_name_gets_the_next_number(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    first, _ = scaffold.create(data, "places", "Tehran")
    second, _ = scaffold.create(data, "events", "Tehran")
    assert (first.stem, second.stem) == ("tehran-2", "tehran-3")


def test_never_overwrites(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    before = (data / "persons" / "jane-official.yml").read_bytes()
    with pytest.raises(scaffold.ScaffoldError, match="already used"):
        scaffold.create(data, "persons", "Jane", record_id="jane-official")
    assert (data / "persons" / "jane-official.yml").read_bytes() == before


def test_refuses_an_existing_file_even_if_it_is_not_a_record(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    (data / "places" / "newtown.yml").write_text("- not a record\n", encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match="already used"):
        scaffold.create(data, "places", "Newtown", record_id="newtown")
    assert (data / "places" / "newtown.yml").read_text(encoding="utf-8") == "- not a record\n"


def test_a_name_without_latin_letters_needs_an_id(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    with pytest.raises(scaffold.ScaffoldError, match="--id"):
        scaffold.create(data, "persons", "ابراهیم رئیسی")
    path, _ = scaffold.create(data, "persons", "ابراهیم رئیسی", record_id="ebrahim-raisi")
    assert "name: ابراهیم رئیسی\n" in path.read_text(encoding="utf-8")


def test_a_chosen_id_must_not_be_reserved(tmp_path: Path) -> None:
    with pytest.raises(scaffold.ScaffoldError, match="Windows reserves"):
        scaffold.create(copy_fixture(tmp_path), "persons", "X", record_id="lpt1")


def test_a_chosen_id_must_be_valid(tmp_path: Path) -> None:
    with pytest.raises(scaffold.ScaffoldError, match="not a valid id"):
        scaffold.create(copy_fixture(tmp_path), "persons", "X", record_id="Bad_Id")


def test_cli_prints_each_line_to_fill_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_fixture(tmp_path)
    assert cli.main(["--root", str(tmp_path), "new", "event", "The decree's second part"]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "data" / "events" / "the-decrees-second-part.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    listed = [line for line in out.splitlines() if line.startswith("  line ")]
    assert out.startswith("Wrote data/events/the-decrees-second-part.yml. Replace each FILL IN:")
    assert [entry.split(":")[1].strip() for entry in listed] == [
        "case_id", "date", "summary", "fa.title", "fa.summary", "citations[0].source_id"]
    for entry in listed:
        number = int(entry.split()[1].rstrip(":"))
        assert "FILL IN" in lines[number - 1]


def test_cli_refuses_an_unknown_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_fixture(tmp_path)
    assert cli.main(["--root", str(tmp_path), "new", "persn", "X"]) == 1
    assert "'persn' is not a kind of record; use one of: source, case, person" in \
        capsys.readouterr().err
    assert not list((tmp_path / "data").glob("*/x.yml"))


def test_unfilled_skeletons_fail_the_check_once_per_placeholder(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    made = {kind: scaffold.create(data, kind, "Someone New") for kind in KINDS}
    _, problems = build.check_archive(data)
    for kind, (path, blanks) in made.items():
        shown = path.relative_to(tmp_path).as_posix()
        mine = [(p.line, p.field) for p in errors(problems) if p.path == shown]
        assert mine == sorted((b.line, b.field) for b in blanks), kind
        assert all("still says FILL IN" in p.message for p in problems if p.path == shown)


def test_skeletons_pass_the_check_once_filled_in(tmp_path: Path) -> None:
    data = copy_fixture(tmp_path)
    for kind in KINDS:
        path, _ = scaffold.create(data, kind, "Someone New")
        fill(path, kind)
    archive, problems = build.check_archive(data)
    assert errors(problems) == []
    # The record's own texts; a list item's `fa` block is shown commented out with the item.
    new = [p for p in persian.missing_persian(archive) if "someone-new" in p.path and "[" not in p.field]
    assert new == [], "a filled-in skeleton owes no Persian"


def test_check_lists_missing_persian_with_line_and_example(tmp_path: Path) -> None:
    """A contributor who writes only English gets, from `check`, each text to translate at its
    line, with the block to add it in and an example; and one closing count."""
    data = copy_fixture(tmp_path)
    path, _ = scaffold.create(data, "events", "Someone New")
    text = fill(path, "events").replace("fa:\n", "fa_gone:\n", 1)
    lines = text.split("\n")
    start = lines.index("fa_gone:")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
    path.write_text("\n".join(lines[:start] + lines[end:]), encoding="utf-8")
    archive, problems = build.check_archive(data)
    assert errors(problems) == []
    mine = [str(p) for p in persian.missing_persian(archive) if p.path.endswith("someone-new.yml")]
    assert [m.split(": ")[1] for m in mine] == ["title", "summary"]
    assert mine[0].startswith("data/events/someone-new.yml:")
    assert "warning: no Persian yet for 'Someone New'; add it in `fa`, e.g. fa: {title: '...'}" in mine[0]
    assert str(persian.summary([p for p in persian.missing_persian(archive)
                                if p.path.endswith("someone-new.yml")])).startswith("2 text(s) in 1 file(s)")


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_filled_skeleton_is_already_formatted(tmp_path: Path, kind: str) -> None:
    data = copy_fixture(tmp_path)
    path, _ = scaffold.create(data, kind, "Someone New")
    text = fill(path, kind)
    assert fmt.format_record(text, kind) == text


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_modeline_points_at_the_kinds_schema(kind: str) -> None:
    first = scaffold.skeleton(kind, "X").split("\n")[0]
    relative = first.removeprefix("# yaml-language-server: $schema=")
    assert (REPO / "data" / kind / relative).resolve() == REPO / "schema" / f"{kind}.schema.json"
    assert (REPO / "schema" / f"{kind}.schema.json").is_file()
