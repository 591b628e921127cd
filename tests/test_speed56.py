"""Round 56's exact speed-ups: work one text decides asked once (remembered on its parse, or
per name), and readings asked only where a cheap necessary test passes. Each is held here
against the reading it shortens, written out in full, on invented sentences (the gates of
`compare` and `align` are held in tests/test_gates.py)."""
import re

import pytest

from qa.claims import compare as K
from qa.claims.check import spelled_out, spelling
from qa.claims.compare import (ACRONYM_PLURAL, HYPHENATED, acronyms_singular, joined_parts,
                               same_role)
from qa.claims.facts import parse
from qa.claims.forms import irregular_stem
from qa.claims.initialled import ACRONYM_RE, acronym_names
from qa.claims.named_role import find_role_after, role_after
from qa.claims.phrasal import said_by
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "Tarland suspended its ferry service in May 2019, and Norland suspended it in June.",
    "The talks went ahead with the Harbour Board acting as principal mediator.",
    "The guild met Tarland as the principal mediator on 3 March 2021.",
    "Norland's coast guard sent 120 officers, 45 divers and 30 pilots to the lake.",
    "The coast guard sent 140 officers to the lake after the storm.",
    "The Lake Authority (LA) and the Regional Water Board (RWB) withdrew their staff.",
    "LA staff and RWB inspectors withdrew from the northern pier in 2020.",
    "The Tarland-Norland commission met the NGOs and the TCCs in the Tarish capital.",
    "Inspectors of the ministry pulled out of the talks, and the mill left the region.",
]


@pytest.fixture(scope="module")
def texts():
    return [parse(text, VOCAB) for text in TEXTS]


def full_same_role(claim, mine, sentence, theirs, vocab):
    """`compare.same_role` as it read before round 56: every reading asked, in order (with
    round 61's tie: a name's shared word must be tied to both names alike, `compare.tied`)."""
    if mine.family == "year" and K.month_before(claim, mine) \
            and K.month_before(claim, mine) == K.month_before(sentence, theirs):
        return True
    skip = mine.family not in ("name", "year", "month")
    clause = mine.family == "name"
    before, after = K.neighbours(claim, mine, vocab, skip_names=skip, in_clause=clause)
    other_before, other_after = K.neighbours(sentence, theirs, vocab, skip_names=skip,
                                             in_clause=clause)
    if mine.family in K.AMOUNTS:
        before &= K.item_words(claim, mine, vocab)
        other_before &= K.item_words(sentence, theirs, vocab)
    if mine.family == "name" and (
            K.in_genitive(sentence, theirs) and not K.in_genitive(claim, mine)
            or K.adjective(claim, mine) != K.adjective(sentence, theirs)
            or K.owned_before(claim, mine) != K.owned_before(sentence, theirs)
            or K.adjunct_against_subject(claim, mine, sentence, theirs)):
        before = other_before = frozenset()
    sides = (bool(before & other_before), bool(after & other_after))
    return any(sides) and K.tied(claim, mine, sentence, theirs, vocab, sides) \
        or K.turned_role(claim, mine, sentence, theirs, vocab)


def test_same_role_asks_the_narrowing_readings_only_where_it_matters(texts):
    asked = shared = 0
    for claim in texts:
        for sentence in texts:
            for mine in claim.mentions:
                for theirs in sentence.mentions:
                    if not K.same_kind(mine, theirs):
                        continue
                    asked += 1
                    found = same_role(claim, mine, sentence, theirs, VOCAB)
                    assert found == full_same_role(claim, mine, sentence, theirs, VOCAB), \
                        (claim.text, mine.text, sentence.text, theirs.text)
                    shared += found
    assert asked > 100 and 0 < shared < asked  # both answers met


def test_a_names_parts_and_singular_are_the_patterns_own():
    for name in ("Tarland-Norland", "AU-ECOWAS", "TCCs", "the NGOs and TCCs", "Lake Authority",
                 "Co-operation Board"):
        assert joined_parts(name) == tuple(HYPHENATED.split(name))
        assert acronyms_singular(name) == (bool(ACRONYM_PLURAL.search(name)),
                                           ACRONYM_PLURAL.sub(r"\1", name))


def test_said_by_is_the_sentences_terms_and_irregular_stems(texts):
    for sentence in texts:
        expected = sentence.terms | {s for t in sentence.terms
                                     for s in [irregular_stem(t, VOCAB.analyzer)] if s}
        assert said_by(sentence, VOCAB) == expected
        assert said_by(sentence, VOCAB) is said_by(sentence, VOCAB)  # remembered


def test_role_after_remembered_by_where_the_name_ends(texts):
    found = set()
    for text in texts:
        for name in text.mentions:
            assert role_after(text, name) == find_role_after(text, name.end)
            found |= role_after(text, name)
    assert found  # "as principal mediator"


def test_acronym_names_are_the_names_the_pattern_matches(texts):
    for claim in texts:
        expected = [(m, ACRONYM_RE.fullmatch(m.text).group(1).lower()) for m in claim.mentions
                    if m.family == "name" and m.kind != "country"
                    and ACRONYM_RE.fullmatch(m.text)]
        assert acronym_names(claim) == expected
    assert any(acronym_names(claim) for claim in texts)


def test_an_acronym_is_spelled_only_by_a_claim_with_each_of_its_initials(texts):
    defined = {"la": "Lake Authority", "rwb": "Regional Water Board", "tcc": "Troop Count"}
    spelled = False
    for claim in texts:
        for sentence in texts:
            found = spelled_out(claim, sentence, VOCAB, defined)  # (reads the capitals)
            expected = set()
            for acronym in sentence.capitals & defined.keys():  # each, spelled out in full
                expected |= spelling(claim, acronym, defined[acronym], VOCAB)
            assert found == frozenset(expected)
            spelled |= bool(expected)
    assert spelled
    # a letter first in no word of the claim: no long form can be found for it
    claim = parse("The board met the guild.", VOCAB)
    assert not re.search(r"\bw", claim.text.lower())
    assert spelling(claim, "bwg", "board water guild", VOCAB) == frozenset()
