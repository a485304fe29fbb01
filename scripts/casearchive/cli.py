"""The `casearchive` command: check, build, serve and schema; each a thin call into the core."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from . import build, schema
from .problems import errors

EXAMPLES = """examples:
  casearchive check            validate data/ and print every problem as path:line: field: message
  casearchive build            check, generate pages and build site/ (the old site/ stays if anything fails)
  casearchive serve            build and serve at http://127.0.0.1:8000, rebuilding what an edit of
                               data/ or docs/ touches; search is indexed in the background
  casearchive schema           rewrite schema/*.json from the data model
"""


def _check(project: build.Project) -> int:
    archive, problems = build.check_archive(project.data)
    build.report(problems)
    if errors(problems):
        return 1
    print(f"{len(archive.all())} records checked, no errors.")
    return 0


def _generate(project: build.Project) -> int:
    archive, problems = build.check_archive(project.data)
    build.report(problems)
    if errors(problems):
        return 1
    written, removed = build.generate(project, archive)
    print(f"{len(archive.all())} records; {written} page(s) written, {removed} removed.")
    return 0


def _build(project: build.Project) -> int:
    return _generate(project) or build.mkdocs_build(project)


def _serve(project: build.Project, address: str) -> int:
    if _generate(project):
        return 1
    # --dirty: rebuild only the pages whose Markdown changed (generation rewrites only those), so
    # an edit shows in about a second at 2,000 records instead of a full rebuild. MkDocs warns on
    # every dirty build, hence --no-strict; `casearchive build` stays strict.
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--no-strict",
               "-a", address, "-f", str(project.root / "mkdocs.yml")]
    return subprocess.call(command, cwd=project.root, env=build.mkdocs_env())


def _schema(project: build.Project, check: bool) -> int:
    stale = schema.write_schemas(project.root / "schema", check=check)
    for path in stale:
        print(f"{path}: {'out of date; run casearchive schema' if check else 'written'}")
    return 1 if check and stale else 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    parser = argparse.ArgumentParser(prog="casearchive", epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
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
    args = parser.parse_args(argv)
    project = build.Project(args.root.resolve())
    if args.command == "check":
        return _check(project)
    if args.command == "generate":
        return _generate(project)
    if args.command == "build":
        return _build(project)
    if args.command == "serve":
        return _serve(project, args.address)
    return _schema(project, args.check)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
