"""The read path's shortcuts give what the plain way gives: a stored passage read without
its class's __init__, the words of a stem found by comparing stored bytes, the smallest
distance between two query terms without trying every pair."""
import json
import random

import pytest

from qa.errors import IndexUnusable
from qa.index.tables import (PassageCodec, PassageTable, SortedStrings, StringMap,
                             passage_line, read_passage)
from qa.search.rank import proximity
from qa.search.expand import QueryTerm
from qa.types import Passage

PASSAGES = [
    Passage("a.txt", 1, 1, 2, "Report", "Ségou", "body", "Troops left «now» — 3,000 of them.\n"),
    Passage("b.md", 7, 10, 10, "", "", "note", "", page=4),
    Passage("c.pdf", 2, 3, 5, "Title 𝐀", "Section", "body", "Ünïcode and \\ escapes \"here\""),
]


@pytest.mark.parametrize("passage", PASSAGES)
def test_a_passage_read_back_is_the_one_init_makes(passage):
    line = passage_line(passage)
    read = read_passage(line)
    made = Passage(**json.loads(line))
    assert read == made == passage and hash(read) == hash(made)
    assert vars(read) == vars(made) and list(vars(read)) == list(vars(made))
    assert read.citation == made.citation and passage_line(read) == line
    with pytest.raises(AttributeError):  # still frozen
        read.text = "changed"


@pytest.mark.parametrize("change", ["missing", "extra", "not an object"])
def test_a_stored_passage_without_its_fields_is_refused(change):
    fields = vars(PASSAGES[0]).copy()
    if change == "missing":
        del fields["kind"]
    elif change == "extra":
        fields["score"] = 1
    data = json.dumps(fields if change != "not an object" else [fields]).encode()
    with pytest.raises((TypeError, ValueError)):
        read_passage(data)
    codec = PassageCodec(b"")
    blob = codec.compress(data)
    import numpy as np

    table = PassageTable(blob, np.array([0, len(blob)]), codec)
    with pytest.raises(IndexUnusable):
        table[0]


def test_a_line_missing_only_the_page_is_read_with_the_default():
    fields = vars(PASSAGES[0]).copy()
    del fields["page"]  # as an older build may have written it
    assert read_passage(json.dumps(fields).encode()) == PASSAGES[0]


def test_the_keys_of_a_value_are_those_a_scan_finds():
    rng = random.Random(5)
    letters = "aeöé𝐀zZ-1"
    mapping = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))):
               "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
               for _ in range(600)}
    keys = sorted(mapping)
    values = [mapping[k] for k in keys]
    table = StringMap(SortedStrings(*SortedStrings.encode(keys)),
                      SortedStrings(*SortedStrings.encode(values)),
                      StringMap.value_order(values))
    for value in sorted(set(values)) + ["", "zzzz", "𝐀𝐀𝐀𝐀", "a\x00"]:
        assert table.keys_for(value) == [k for k in keys if mapping[k] == value], value


def test_proximity_is_the_smallest_distance_of_every_pair():
    rng = random.Random(3)
    terms = [QueryTerm("a"), QueryTerm("b", 0.5, "x"), QueryTerm("c"), QueryTerm("d")]
    idf = {"a": 1.5, "b": 0.7, "c": 2.25, "d": 0.1}
    for _ in range(300):
        taken = rng.sample(range(60), 16)  # two terms never stand at one word
        positions = {q.term: sorted(taken[4 * n:4 * n + rng.randint(1, 4)])
                     for n, q in enumerate(terms) if rng.random() < 0.8}
        expected = 0.0
        present = [q for q in terms if q.term in positions]
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                gap = min(abs(x - y) for x in positions[a.term] for y in positions[b.term])
                expected += a.weight * b.weight * min(idf[a.term], idf[b.term]) / gap ** 2
        assert proximity(positions, terms, idf) == expected
