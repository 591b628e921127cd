"""tidy64 (invented text): the support vetoes and contradiction droppers of `align` as named
stages (`qa.claims.vetoes`), walked in order over one `Pair` built once per pair: the first
veto that holds ends the stage, the terms every veto reads are made once and only when asked,
and a stage's veto still turns support away end to end."""
import inspect

import pytest

from qa.claims import check as check_module, vetoes
from qa.claims.check import align
from qa.claims.facts import parse
from qa.claims.vetoes import Pair, holds
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Stance

VOCAB = vocabulary_for(Analyzer())
STAGES = {name: stage for name, stage in vars(vetoes).items()
          if name.isupper() and isinstance(stage, tuple) and stage and callable(stage[0])}


def pair_of(claim_text: str, sentence_text: str, said=(frozenset({"x"}), frozenset()),
            stated=frozenset({"y"}), forms=frozenset({"z"})) -> Pair:
    claim, sentence = parse(claim_text, VOCAB), parse(sentence_text, VOCAB)
    weights = {t: 1.0 for t in claim.terms}
    return Pair(claim, sentence, sentence, VOCAB, weights, weights, set(), set(), stated,
                forms, said, None, None, (), True)


def test_a_stage_stops_at_the_first_veto_that_holds():
    read = []
    first = lambda p: read.append("first") or False
    second = lambda p: read.append("second") or True
    third = lambda p: read.append("third") or True
    assert holds((first, second, third), object())
    assert read == ["first", "second"]
    assert not holds((first,), object())


def test_the_terms_every_veto_reads_are_made_once_when_first_asked():
    pair = pair_of("The council adopted the plan.", "The council adopted the plan.")
    assert pair._told is None  # nothing made until a veto asks
    told = pair.told
    assert told == frozenset({"x", "y", "z"})
    assert pair.told is told


def test_each_stage_is_read_by_align_and_each_veto_says_what_it_prevents():
    source = inspect.getsource(check_module.align)
    assert STAGES
    for name, stage in STAGES.items():
        assert f"holds({name}, pair)" in source, name
        for veto in stage:
            assert veto.__doc__ and veto.__doc__.strip(), veto.__name__
    vetoes_read = [veto for stage in STAGES.values() for veto in stage]
    assert len(vetoes_read) == len(set(vetoes_read))  # no veto read in two stages


@pytest.mark.parametrize("claim, sentence, stage, veto", [
    # the manner the claim's clause ends on, unsaid
    ("The island council adopted the harbour plan unanimously.",
     "The island council adopted the harbour plan.", "DEED_PARTS_UNSAID", "manner_untold"),
    # an expectation is not the fact
    ("The island council adopted the harbour plan.",
     "The island council is expected to adopt the harbour plan.", "EXPECTED_ONLY",
     "only_expected"),
])
def test_a_staged_veto_still_turns_support_away(claim, sentence, stage, veto, monkeypatch):
    mine, theirs = parse(claim, VOCAB), parse(sentence, VOCAB)
    weights = {t: 1.0 for t in mine.terms}
    read = lambda: align(0, 1.0, mine, theirs, theirs, weights, VOCAB, set(), set(), {},
                         weights).stance
    assert read() == Stance.RELATED
    # the stage's veto is what turns it away: without it the sentence supports the claim
    monkeypatch.setattr(check_module, stage,
                        tuple(v for v in getattr(vetoes, stage) if v.__name__ != veto))
    assert read() == Stance.SUPPORTS
