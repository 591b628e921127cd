"""Round 54's exact speed-ups: word alternations as letter trees (`qa.text.alternation`),
Token's comparison and hash, patterns asked only of texts that write their word, results
remembered on a parse. Invented sentences."""
import re

from qa.claims.facts import (NUMBER_RE, SPAN_WORDS, Token, numbers, parse, superlatives,
                             words_of, written_in)
from qa.claims.main_verb import main_verb
from qa.claims.subject_head import first_verb
from qa.claims.vocabulary import vocabulary_for
from qa.text.alternation import alternation
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def test_alternation_is_a_tree_of_the_words():
    assert alternation(["more than", "most", "much"]) == r"(?:m(?:o(?:re\ than|st)|uch))" \
        or alternation(["more than", "most", "much"]) == r"m(?:o(?:re\ than|st)|uch)"


def test_alternation_keeps_the_order_of_words_that_start_each_other():
    # "four" before "fourteen": tried first in the tree too
    assert alternation(["four", "fourteen"]) == "four(?:|teen)"
    assert alternation(["fourteen", "four"]) == "four(?:teen|)"


def test_alternation_left_plain_where_a_tree_would_try_otherwise():
    # "ab" then "a" then "ac": a tree tries "ac" with "ab", before "a"
    assert alternation(["ac", "a", "ab", "b"]) in ("ac|a|ab|b", "(?:a(?:c||b)|b)")
    assert alternation(["x.y", "z"]) == "x.y|z"  # not plain words: as given
    assert alternation(["May", "may"]) == "May|may"  # one case-fold at one place


def test_alternation_matches_what_the_plain_one_matches():
    words = ["six", "sixteen", "sixty", "seven", "seventy", "a little over", "a little",
             "about"]
    texts = ["Sixteen boats and sixty nets", "a little over seven", "ſixty ſeven",
             "about a little six", "SEVENTY-six", "sixtyish sixteenth"]
    for ending in (r"\b", r"\s+\w+", ""):
        plain = re.compile(rf"(?:{'|'.join(words)}){ending}", re.I)
        tree = re.compile(rf"(?:{alternation(words)}){ending}", re.I)
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] \
                == [m.span() for m in tree.finditer(text)]


def test_number_pattern_reads_hedges_and_number_words():
    found = [(m.group("bound"), m.group("cur"), m.group("num")) for m in NUMBER_RE.finditer(
        "A little more than twenty-one boats, nearly 300 nets and EUR 45 for fourteen men")]
    assert found == [("A little more than", None, "twenty-one"), ("nearly", None, "300"),
                     (None, "EUR ", "45"), (None, None, "fourteen")]


def test_span_and_comparison_patterns_only_where_their_word_is_written():
    assert not written_in("The ferry ran for the whole season.", SPAN_WORDS)
    assert written_in("over the past DECADE", SPAN_WORDS)
    assert written_in("the past deᴄade", SPAN_WORDS)  # not ASCII: read by the pattern
    assert [m.family for m in numbers("The harbour grew over the past decade.")] == ["count"]
    text = "It carried more nets than any other boat."
    assert [m.text for m in superlatives(text, list(words_of(text, VOCAB).tokens))] \
        == ["than any other"]


def test_token_comparison_and_hash_as_dataclass_gives_them():
    a, b = Token(0, 4, "Boat", ("boat",), True), Token(0, 4, "Boat", ("boat",), True)
    c = Token(5, 9, "Boat", ("boat",), True)
    assert a == b and a != c and hash(a) == hash(b) == hash((0, 4, "Boat", ("boat",), True))
    assert a.__eq__((0, 4, "Boat", ("boat",), True)) is NotImplemented
    tokens = [c, a]
    assert tokens.index(b) == 1


def test_main_and_first_verb_remembered_on_the_parse():
    claim = parse("The harbour board has hired three new pilots.", VOCAB)
    verb = main_verb(claim)
    assert verb is not None and verb.word == "hired" and main_verb(claim) is verb
    assert claim.memo[("main verb",)] is verb
    assert first_verb(claim) == 3 and claim.memo[("first verb",)] == 3
