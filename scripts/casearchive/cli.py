"""The `casearchive` command: check, build, serve, schema, new, fmt and diff; each a thin call into
the core."""

from __future__ import annotations

import argparse
import functools
import subprocess
import sys
from pathlib import Path

from casearchive import processes
from casearchive.i18n import missing as persian
from casearchive.load import placeholders, reportlimit, traceability
from casearchive.load.problems import Problem, errors
from casearchive.model import schema
from casearchive.publish import build, offline
from casearchive.tools import diff, fmt
from casearchive.tools import new as scaffold

EXAMPLES = """examples:
  casearchive check            validate data/ and print every problem as path:line: field: message
  casearchive generate         check, then write the Markdown pages under docs/archive/ (no site build)
  casearchive build            check, generate pages and build site/ (the old site/ stays if anything fails)
  casearchive serve            build and serve at http://127.0.0.1:8000, rebuilding what an edit of
                               data/ or docs/ touches; search is indexed in the background
  casearchive schema           rewrite schema/*.json from the data model
  casearchive offline          build dist/iran-case-archive-offline.zip, to open from disk, with a manifest
  casearchive new person "Ebrahim Raisi"    write data/persons/ebrahim-raisi.yml, a skeleton to fill in
  casearchive fmt              lay out every record the same way (comments kept); fmt --check for CI
  casearchive diff main        list, in words, what the working tree changes in records since main
"""
NEW_EXAMPLES = """examples:
  casearchive new source "Iran's 1988 Mass Executions" --id hrw-2022-qa
  casearchive new person "Ebrahim Raisi"      (the id becomes ebrahim-raisi, or ebrahim-raisi-2 if taken)
  casearchive new event "Khomeini's decree"
"""
FMT_EXAMPLES = """examples:
  casearchive fmt                       format every file under data/
  casearchive fmt data/persons/x.yml    format one file
  casearchive fmt --check               change nothing; exit 1 if a file is not formatted
"""
DIFF_EXAMPLES = """examples:
  casearchive diff main         what this branch changes in records, compared with main
  casearchive diff HEAD         what the uncommitted edits change
  casearchive diff HEAD~3       what the last three commits (and uncommitted edits) change
"""


def _check(project: build.Project) -> int:
    archive, problems = build.check_archive(project.data, freeze=True)
    if not errors(problems):
        problems += build.anchor_problems(build.keep_anchors(project, archive), archive)
    # The texts still to translate: warnings, listed by `check` once the data has no errors (a
    # build shows them marked).
    build.report(problems + ([] if errors(problems) else persian.missing_persian(archive)))
    if errors(problems):
        return 1
    print(f"{len(archive.all())} records checked, no errors.")
    print(traceability.figures(archive).line())
    return 0


def _check_and_generate(project: build.Project) -> tuple[list[Problem], int, int, int]:
    """Problems, records, and pages written and removed (none if the data has errors)."""
    archive, problems = build.check_archive(project.data, freeze=True)
    if errors(problems):
        return problems, len(archive.all()), 0, 0
    return (problems, len(archive.all()), *build.generate(project, archive))


def _generate(project: build.Project, apart: bool = False) -> int:
    """Check, then write the generated pages; `apart`: in a process of its own, whose memory is
    free again once it is done (for MkDocs, which runs next)."""
    work = functools.partial(_check_and_generate, project)
    problems, records, written, removed = processes.in_child(work) if apart else work()
    build.report(problems)
    if errors(problems):
        return 1
    print(f"{records} records; {written} page(s) written, {removed} removed.")
    return 0


def _build(project: build.Project) -> int:
    return _generate(project, apart=True) or build.mkdocs_build(project)


def _serve(project: build.Project, address: str) -> int:
    if _generate(project, apart=True):
        return 1
    # --dirty: rebuild only the pages whose Markdown changed (generation rewrites only those), so
    # an edit shows in about a second at 2,000 records instead of a full rebuild. MkDocs warns on
    # every dirty build, hence --no-strict; `casearchive build` stays strict.
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--no-strict",
               "-a", address, "-f", str(project.root / "mkdocs.yml")]
    return subprocess.call(command, cwd=project.root, env=build.mkdocs_env())


def _offline(project: build.Project, output: Path) -> int:
    archive, problems = build.check_archive(project.data, freeze=True)
    build.report(problems)
    if errors(problems):
        return 1
    build.generate(project, archive)
    return offline.build(project, archive, build.data_version(project.root), output)


def _schema(project: build.Project, check: bool) -> int:
    stale = schema.write_schemas(project.root / "schema", check=check)
    for path in stale:
        print(f"{path}: {'out of date; run casearchive schema' if check else 'written'}")
    return 1 if check and stale else 0


def _new(project: build.Project, kind: str, name: str, record_id: str | None) -> int:
    try:
        kind = scaffold.kind_of(kind)
        path, blanks = scaffold.create(project.data, kind, name, record_id)
    except scaffold.ScaffoldError as error:
        print(f"casearchive new: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {path.relative_to(project.root)}. Replace each {placeholders.PLACEHOLDER}:")
    for blank in blanks:
        print(f"  line {blank.line}: {blank.field}: {blank.hint}")
    print("Then uncomment any optional field you need and run `casearchive check`.")
    return 0


def _fmt(project: build.Project, paths: list[Path], check: bool) -> int:
    outcome = fmt.format_files(project.root, [p.resolve() for p in paths], check)
    listed, left_out = reportlimit.limit(sorted(outcome.problems))
    for problem in listed:
        print(problem, file=sys.stderr)
    if left_out:
        print(reportlimit.left_out(left_out), file=sys.stderr)
    verb = "would be reformatted; run casearchive fmt" if check else "formatted"
    for shown in outcome.changed:
        print(f"{shown}: {verb}")
    print(f"{len(outcome.changed)} file(s) {'to format' if check else 'formatted'}, "
          f"{len(outcome.unchanged)} already formatted, {len(outcome.problems)} not formatted.")
    return 1 if outcome.problems or (check and outcome.changed) else 0


def _diff(project: build.Project, ref: str) -> int:
    try:
        phrases, broken = diff.diff(project.root, ref)
    except diff.DiffError as error:
        print(f"casearchive diff: cannot read {ref!r}: {error}", file=sys.stderr)
        return 1
    for path in broken:
        print(f"warning: {path} has errors and is left out; run casearchive check",
              file=sys.stderr)
    print(f"Changes to records since {ref}:" if phrases else f"No changes to records since {ref}.")
    for phrase in phrases:
        print(f"- {phrase}")
    return 0


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(prog="casearchive", epilog=EXAMPLES, formatter_class=raw,
                                     description="Build the case archive from data/.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate data/ only")
    sub.add_parser("generate", help="check, then write the generated Markdown pages")
    sub.add_parser("build", help="check, generate and build site/")
    serve = sub.add_parser("serve", help="build and serve with live reload")
    serve.add_argument("--address", default="127.0.0.1:8000")
    schema_parser = sub.add_parser("schema", help="write JSON Schema files for editors")
    schema_parser.add_argument("--check", action="store_true", help="fail if they are stale")
    offline_parser = sub.add_parser("offline", help="build the offline copy: one zip to open from disk")
    offline_parser.add_argument("--output", type=Path, help="the zip to write (default: "
                                f"dist/{offline.NAME}.zip)")
    new = sub.add_parser("new", help="write a commented skeleton for a new record",
                         epilog=NEW_EXAMPLES, formatter_class=raw)
    new.add_argument("kind", help="source, case, person, organisation, place, event, "
                                  "statement or estimate")
    new.add_argument("name", help="the record's name or title; the id is made from it")
    new.add_argument("--id", dest="record_id", help="choose the id instead")
    fmt_parser = sub.add_parser("fmt", help="lay out records the same way, keeping comments",
                                epilog=FMT_EXAMPLES, formatter_class=raw)
    fmt_parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: data/)")
    fmt_parser.add_argument("--check", action="store_true",
                            help="change nothing; exit 1 if any file would change")
    diff_parser = sub.add_parser("diff", help="what changed in records since a git commit, in words",
                                 epilog=DIFF_EXAMPLES, formatter_class=raw)
    diff_parser.add_argument("ref", help="a branch, tag or commit, e.g. main")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    args = _parser().parse_args(argv)
    project = build.Project(args.root.resolve())
    commands = {
        "check": lambda: _check(project),
        "generate": lambda: _generate(project),
        "build": lambda: _build(project),
        "serve": lambda: _serve(project, args.address),
        "schema": lambda: _schema(project, args.check),
        "new": lambda: _new(project, args.kind, args.name, args.record_id),
        "fmt": lambda: _fmt(project, args.paths, args.check),
        "diff": lambda: _diff(project, args.ref),
        "offline": lambda: _offline(project, args.output or project.root / "dist" / f"{offline.NAME}.zip"),
    }
    return commands[args.command]()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
