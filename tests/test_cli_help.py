"""Every command is documented with an example, in `casearchive --help` and in its own help."""

from __future__ import annotations

import argparse

import pytest

from casearchive import cli
from helpers import REPO


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli._parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_main_help_shows_an_example_of_every_command() -> None:
    examples = cli._parser().epilog or ""
    for name in commands():
        assert f"  casearchive {name}" in examples, name


@pytest.mark.parametrize("name", ["new", "fmt", "diff"])
def test_contributor_commands_have_their_own_examples(name: str) -> None:
    epilog = commands()[name].epilog or ""
    lines = [line.strip() for line in epilog.splitlines()[1:] if line.strip()]
    assert epilog.startswith("examples:") and len(lines) >= 3
    assert all(line.split()[:2] == ["casearchive", name] for line in lines)


@pytest.mark.parametrize("name", ["new", "fmt", "diff", "check"])
def test_contributing_guide_explains_the_command(name: str) -> None:
    assert f"casearchive {name}" in (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
