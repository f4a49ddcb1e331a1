from typing import Any

import pytest

from lagebild.document import Document
from lagebild.errors import LagebildError
from lagebild.pipeline import Pipeline, Step, component


def test_pipeline_rejects_missing_requirement() -> None:
    with pytest.raises(LagebildError, match="LB301"):
        Pipeline(["sentences"])


def test_pipeline_rejects_unknown_component() -> None:
    with pytest.raises(LagebildError, match="LB302"):
        Pipeline(["structure", "no-such-thing"])


def test_pipeline_isolates_component_failure() -> None:
    @component("test_explodes", requires=["blocks"], assigns=["nothing"])
    def make(context: dict[str, Any]) -> Step:
        def explode(doc: Document) -> Document:
            raise RuntimeError("boom")

        return explode

    @component("test_after", requires=["blocks"], assigns=["after"])
    def make_after(context: dict[str, Any]) -> Step:
        def after(doc: Document) -> Document:
            doc.meta["after"] = True
            return doc

        return after

    pipe = Pipeline(["structure", "test_explodes", "test_after"])
    doc = pipe(Document(text="Zeile eins.\nZeile zwei."))
    assert doc.errors and doc.errors[0]["code"] == "LB303" and "boom" in doc.errors[0]["message"]
    assert doc.meta["after"] is True
    assert len(doc.blocks) == 2


def test_pipeline_describe_lists_requires_and_assigns() -> None:
    desc = Pipeline(["structure", "language"]).describe()
    assert desc[0]["name"] == "structure" and "headings" in desc[0]["assigns"]
