"""The JSON contract is generated from the result types: every field is in it unless the type
says otherwise, so an encoder cannot drop a field by forgetting it."""
from __future__ import annotations

import json
from dataclasses import fields, is_dataclass

from qa import types
from qa.encode import dumps, to_json
from qa.types import (Answer, AskResult, CheckResult, Conflict, ConflictKind, Evidence, Hit,
                      Passage, Stance, TermScore, Verdict)

PASSAGE = Passage("a.txt", 2, 3, 4, "Title", "Section", "body", "Text.", None)
PASSAGE_KEYS = ["source", "paragraph", "line_start", "line_end", "title", "section", "kind",
                "text", "page", "citation"]


def test_a_hit_flattens_its_passage_and_shows_explain_only_when_asked():
    hit = Hit.of(PASSAGE, 1, 2.5)
    assert list(to_json(hit)) == ["rank", "score", *PASSAGE_KEYS]
    explained = to_json(Hit.of(PASSAGE, 1, 2.5, (TermScore("convoy", 2.5),)))
    assert explained["explain"] == [{"term": "convoy", "score": 2.5, "via": ""}]


def test_an_answer_result_in_the_order_scripts_read_it():
    result = AskResult("q?", Answer("Text.", "a.txt", 2, PASSAGE.citation, (0, 4)),
                       (Hit.of(PASSAGE, 1, 2.5),), terms=("text",))
    payload = to_json(result)
    assert list(payload) == ["question", "answer", "results"]
    assert payload["answer"]["span"] == [0, 4]
    failed = to_json(AskResult("", None, (), error="blank line"))
    assert failed == {"question": "", "error": "blank line", "answer": None, "results": []}


def test_a_check_result_encodes_labels_as_their_values():
    evidence = Evidence(Hit.of(PASSAGE, 1, 2.5), Stance.CONTRADICTS, "Text.",
                        (Conflict("2014", "2013", ConflictKind.DATE, (0, 4)),), ((0, 4),))
    payload = json.loads(dumps(CheckResult("claim", Verdict.CONTRADICTED, 0.8, (evidence,))))
    assert list(payload) == ["claim", "verdict", "confidence", "disagreement", "unverified",
                             "evidence"]
    assert payload["verdict"] == "contradicted"
    item = payload["evidence"][0]
    assert item["stance"] == "contradicts" and item["conflicts"] == [
        {"claim": "2014", "source": "2013", "kind": "date"}]


def test_every_field_of_every_result_type_is_in_the_json_or_marked_as_not():
    for value in vars(types).values():
        if not (isinstance(value, type) and is_dataclass(value)):
            continue
        for spec in fields(value):
            rule = spec.metadata.get("json")
            assert rule in (None, "flatten", "omit_none", "skip"), (value, spec.name)


def test_labels_print_and_format_as_their_values():
    assert str(Verdict.NOT_FOUND) == "not_found" and f"{Stance.RELATED}" == "related"
    assert Verdict.SUPPORTED == "supported"


def test_to_dict_of_every_result_type_is_its_json():
    hit = Hit(1, 2.5, PASSAGE, explain=(TermScore("convoy", 2.5),))
    evidence = Evidence(hit, Stance.CONTRADICTS, "Text.",
                        (Conflict("2014", "2013", ConflictKind.DATE),))
    results = [PASSAGE, hit, AskResult("Q?", Answer("Text.", "a.txt", 2, PASSAGE.citation), (hit,)),
               CheckResult("C.", Verdict.CONTRADICTED, 0.5, (evidence,), disagreement=True)]
    for result in results:
        assert result.to_dict() == json.loads(dumps(result)) == to_json(result)
    assert all(hasattr(value, "to_dict") for value in vars(types).values()
               if isinstance(value, type) and is_dataclass(value))
