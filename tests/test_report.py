import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lagebild

SCHEMA = json.loads(resources.files("lagebild").joinpath("schema", "report-1.json").read_text())
TEXT = (
    "Iran liefert Drohnen\n"
    "Teheran hat laut dem HUR im Oktober rund 200 Shahed-136 an Russland geliefert. "
    "Das iranische Außenministerium bestritt das am 3. November 2024.\n"
)


def test_report_validates_against_schema() -> None:
    data = lagebild.analyze(TEXT, published="2024-11-05").to_dict()
    jsonschema.validate(data, SCHEMA)
    assert data["document"]["title"] == "Iran liefert Drohnen"


def test_report_offsets_point_into_text() -> None:
    data = lagebild.analyze(TEXT).to_dict()
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert TEXT[m["start"] : m["end"]] == m["text"]
    for c in data["claims"]:
        assert TEXT[c["start"] : c["end"]] == c["text"]


def test_report_argument_entities_are_listed() -> None:
    data = lagebild.analyze(TEXT).to_dict()
    ids = {e["id"] for e in data["entities"]}
    for c in data["claims"]:
        for key in ("supplier", "recipient", "location", "subject"):
            if key in c["args"]:
                assert c["args"][key] in ids


def test_report_rejects_bad_published_date() -> None:
    with pytest.raises(lagebild.LagebildError, match="LB108"):
        lagebild.analyze(TEXT, published="21.12.2024")


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_report_random_text_is_valid_and_offsets_hold(text: str) -> None:
    data = lagebild.analyze(text, lang="de").to_dict()
    jsonschema.validate(data, SCHEMA)
    for c in data["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
