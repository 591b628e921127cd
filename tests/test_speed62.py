"""Round 61's exact speed-ups (branch speed62): what a pair's answer cannot need is not read.
Invented sentences (a harbour, its ferries, board and crews).

- A claim without a predicate of some polarity, or without a relation word, or a compass
  region, is not set against the sentence's: the sentence's predicates, relation words and
  regions are left unread (`polarity.opposed_polarity`, `polarity.reversed_in_place`,
  `compare.other_region`).
- A term's postings are read as the index holds them (`lookup.stored`): the corpus's long
  forms of an acronym, a document's passages holding a term and the years of an event are
  found on a small index without numpy (`bodies`, `identity`, `recurring`).
"""
import subprocess
import sys
import textwrap
from pathlib import Path

from qa.claims.compare import other_region
from qa.claims.facts import parse
from qa.claims.polarity import opposed_polarity, relation_reverses, reversed_in_place, signs
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())
ROOT = Path(__file__).resolve().parent.parent


def test_a_claim_without_a_signed_predicate_leaves_the_sentence_unread():
    claim = parse("The ferry sailed to Kelvik in May.", VOCAB)
    assert not signs(claim, linked=True) and not relation_reverses(claim, VOCAB)
    sentence = parse("Most crews praised the board, which rejected the levy after the storm.",
                     VOCAB)
    assert opposed_polarity(claim, sentence, VOCAB) is None
    assert not any(key[0] == "predicate signs" for key in sentence.memo)
    other = parse("Few crews praised the board, which rejected the toll before the gale.", VOCAB)
    assert reversed_in_place(claim, other, VOCAB) is None
    assert not any(key[0] in ("predicate signs", "relation words") for key in other.memo)


def test_a_claim_without_a_region_leaves_the_sentence_unread():
    claim = parse("The ferry crews sailed to Ostvik in June.", VOCAB)
    sentence = parse("The crews moved the ferry to the northern quay.", VOCAB)
    assert other_region(claim, sentence) == []
    assert ("regions",) not in sentence.memo
    placed = parse("The ferry crews sailed to the southern quay.", VOCAB)
    assert [(c.claim, c.source) for c in other_region(placed, sentence)] \
        == [("southern", "northern")]


def test_a_claim_with_a_signed_predicate_is_still_set_against_the_sentence():
    claim = parse("The harbour board approved the levy before the storm.", VOCAB)
    sentence = parse("The harbour board rejected the levy after the storm.", VOCAB)
    found = reversed_in_place(claim, sentence, VOCAB)
    assert found is not None and (found[0].word, found[1].word) == ("approved", "rejected")


def test_postings_are_read_without_numpy_on_a_small_index(tmp_path_factory):
    # built here (a build reads numpy), opened again in a process of its own
    index = port_report(tmp_path_factory,
                        "The Kelvik Harbour Board (KHB) closed the northern pier in 2019.",
                        "The ferry crews sailed to Ostvik in May.",
                        "The KHB closed the northern pier again in 2021, after the storm.")
    stored = index.folder  # port_report's folder/index, beside folder/docs
    docs = stored.parent / "docs"
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from cli import open_corpus
        from qa.claims.bodies import Bodies
        from qa.claims.identity import document_range, passages_in
        from qa.claims.recurring import find_event_years

        index = open_corpus(Path({str(docs)!r}), Path({str(stored)!r}), quiet=True)
        print(sorted(Bodies(index).heads_of("KHB")))
        khb, = index.analyzer.terms("KHB")
        print(passages_in(index, khb, document_range(index, 0)))
        close, = index.analyzer.terms("closed")
        pier, = index.analyzer.terms("pier")
        print(sorted(find_event_years(index, close, frozenset([pier]))))
        print("numpy" in sys.modules)
        """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    heads, passages, years, numpy = done.stdout.split("\n")[:4]
    assert heads == "['board']"
    assert years == "['2019', '2021']"
    assert numpy == "False"
    # the passages holding the acronym, in order: the first and the last paragraphs
    assert passages == "[0, 2]"
