"""The repository's contributor tooling: CI workflow, pre-commit hooks, yamllint rules, templates."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from yamllint import linter
from yamllint.config import YamlLintConfig

from casearchive.model.records import KINDS, SourceKind
from casearchive.tools import new as scaffold
from helpers import FIXTURE_DATA, REPO


def load(relative: str) -> Any:
    return yaml.safe_load((REPO / relative).read_text(encoding="utf-8"))


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def test_ci_tests_every_push_and_pull_request() -> None:
    workflow = load(".github/workflows/ci.yml")
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and "pull_request" in triggers
    test = workflow["jobs"]["test"]
    assert test["container"].endswith("bookworm")  # Debian, for Debian's Chromium
    runs = [s.get("run", "") for s in steps(test)]
    assert any("apt-get install" in r and "chromium" in r for r in runs)
    assert "make test" in runs
    assert "make check" in runs
    assert ".venv/bin/casearchive fmt --check" in runs
    assert ".venv/bin/yamllint --strict ." in runs
    assert steps(test)[0]["with"]["fetch-depth"] == 0


def test_ci_publishes_the_site_from_main_only() -> None:
    jobs = load(".github/workflows/ci.yml")["jobs"]
    build, deploy = jobs["build-site"], jobs["deploy-site"]
    assert "refs/heads/main" in build["if"] and "push" in build["if"]
    assert build["needs"] == "test" and deploy["needs"] == "build-site"
    uses = [s.get("uses", "") for s in steps(build)]
    runs = [s.get("run", "") for s in steps(build)]
    assert runs.index("make build") < uses.index("actions/upload-pages-artifact@v3")
    upload = steps(build)[uses.index("actions/upload-pages-artifact@v3")]
    assert upload["with"]["path"] == "site/"
    assert [s["uses"] for s in steps(deploy)] == ["actions/deploy-pages@v4"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_pre_commit_runs_yamllint_the_archive_check_fmt_and_ruff() -> None:
    hooks = {h["id"]: h for repo in load(".pre-commit-config.yaml")["repos"] for h in repo["hooks"]}
    assert set(hooks) == {"yamllint", "casearchive-check", "casearchive-fmt", "ruff"}
    assert hooks["casearchive-check"]["entry"] == ".venv/bin/casearchive check"
    assert hooks["casearchive-fmt"]["entry"] == ".venv/bin/casearchive fmt --check"
    assert hooks["casearchive-check"]["pass_filenames"] is False
    for hook in hooks.values():
        assert (REPO / hook["entry"].split()[0]).name in {"yamllint", "casearchive", "ruff"}


def lint(text: str, path: str = "data/persons/x.yml") -> list[str]:
    config = YamlLintConfig(file=str(REPO / ".yamllint"))
    return [f"{p.line}:{p.rule}:{p.level}" for p in linter.run(text, config, path)]


def test_yamllint_refuses_yes_no_and_octal_numbers() -> None:
    found = lint("name: Jane\nalive: yes\nborn: 0755\nplain: 0o14\n")
    assert "2:truthy:error" in found
    assert "3:octal-values:error" in found
    assert "4:octal-values:error" in found


def test_yamllint_accepts_the_fixture_archive_and_new_skeletons() -> None:
    for path in sorted(FIXTURE_DATA.glob("*/*.yml")):
        assert lint(path.read_text(encoding="utf-8")) == [], path
    for kind in KINDS:
        assert lint(scaffold.skeleton(kind, "Jane Doe")) == [], kind


@pytest.mark.parametrize("name", ["correction.yml", "new-source.yml"])
def test_issue_forms_ask_for_a_source(name: str) -> None:
    form = load(f".github/ISSUE_TEMPLATE/{name}")
    fields = [item for item in form["body"] if item["type"] != "markdown"]
    ids = [f["id"] for f in fields]
    assert len(ids) == len(set(ids))
    assert any(f["validations"]["required"] for f in fields if "validations" in f)
    assert {"source", "claims"} & set(ids)


def test_new_source_form_offers_exactly_the_source_kinds() -> None:
    form = load(".github/ISSUE_TEMPLATE/new-source.yml")
    kind = next(item for item in form["body"] if item.get("id") == "kind")
    assert kind["attributes"]["options"] == [k.value for k in SourceKind]


def test_pull_request_template_asks_for_sources_and_the_diff() -> None:
    text = (REPO / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    assert "casearchive diff main" in text
    assert "## Sources" in text
    assert text.count("- [ ]") >= 5
