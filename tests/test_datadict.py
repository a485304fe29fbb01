"""The data dictionary: every field documented with an example; the page lists them all."""

from __future__ import annotations

import re

import markdown
import pytest
from pydantic import BaseModel

from casearchive.model import info as modelinfo
from casearchive.model.records import KINDS
from casearchive.render import datadict
from helpers import GOLDEN, check_golden

DICTIONARY = GOLDEN / "data-dictionary.md"
FIELDS = [(model, name) for model in modelinfo.all_models() for name in model.model_fields]


def _id(value: object) -> str:
    return value.__name__ if isinstance(value, type) else str(value)


@pytest.mark.parametrize(("model", "name"), FIELDS, ids=_id)
def test_every_field_has_a_docstring(model: type[BaseModel], name: str) -> None:
    assert modelinfo.doc(model, name), f"{model.__name__}.{name} has no docstring"


@pytest.mark.parametrize(("model", "name"), FIELDS, ids=_id)
def test_every_field_has_an_example(model: type[BaseModel], name: str) -> None:
    info = model.model_fields[name]
    # A field holding other models may borrow its parts' examples; every other field has its own.
    assert info.examples or modelinfo.nested_model(info), f"{model.__name__}.{name} has no example"
    assert modelinfo.example(model, name) is not None


@pytest.mark.parametrize("kind", list(KINDS))
def test_examples_make_valid_records(kind: str) -> None:
    model = KINDS[kind]
    model.model_validate(modelinfo.model_example(model))
    model.model_validate(modelinfo.model_example(model, brief=True))


def test_all_models_reach_every_part() -> None:
    names = [m.__name__ for m in modelinfo.all_models()]
    assert names[:len(KINDS)] == [m.__name__ for m in KINDS.values()]
    assert {"Citation", "Position", "Role", "CitedDate", "DateVariant", "Participant", "Quote",
            "Translation", "EstimateValue", "CopyOf", "FaBody", "FaCase", "FaEstimate", "FaEvent",
            "FaPerson", "FaSource", "FaStatement", "FaCitation", "FaPosition", "FaRole",
            "FaDateVariant", "FaEstimateValue"} == set(names[len(KINDS):])


def test_page_matches_golden() -> None:
    check_golden(DICTIONARY, datadict.data_dictionary())


def test_page_lists_every_field_in_a_table_row() -> None:
    html = markdown.markdown(datadict.data_dictionary().split("---", 2)[2],
                             extensions=["tables", "toc", "attr_list"])
    tables = re.findall(r"<table>.*?</table>", html, re.DOTALL)
    models = modelinfo.all_models()
    assert len(tables) == len(models)
    for table, model in zip(tables, models, strict=True):
        names = re.findall(r"<tr>\s*<td><code>(.*?)</code></td>", table)
        assert [n.replace("&#95;", "_") for n in names] == modelinfo.field_order(model)
    for model in models[len(KINDS):]:
        assert f'id="{model.__name__.lower()}"' in html  # the target of "list of: Citation" links


def test_page_goes_under_the_generated_folder() -> None:
    assert datadict.PAGE == "archive/reference/data-dictionary.md"
