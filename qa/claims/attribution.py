"""Words of a claim that attribute it to a source without a name: "the policy brief reports
that ...", "..., the article says" (a text: `document_nouns`). They say where the claim was
read, which the documents themselves are, not what happened: a sentence stating the claim
does not repeat them. An
attribution that names its source ("Human Rights Watch said", "the UN report concluded") is a
fact of the claim and stays. "According to the brief" is the same attribution, but leaving it
out cost a right verdict (bench/README): not read here. A citation frame naming its source
("Crisis Group notes that ...", "... (Crisis Group, 2022).") is `qa.claims.cited`'s: its
content is also read alone, the named source a fact of the evidence's document.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from ..search.wordnet import can_be_verb, communicates, irregular_base, verb_base
from ..text.lexicon import DATA, valences
from .facts import BE, DETERMINERS, Mention, Parsed, Token, clause_bounds, remembered
from .verb_forms import AUXILIARY_WORDS, past_verb_form

# the source the claim was read in is a definite one ("the brief", "this report"); "a video
# shows" introduces what the claim is about
DEFINITE = frozenset("the this".split())
AUXILIARIES = AUXILIARY_WORDS - BE  # before a verb of saying: "has said", "will announce"
SOURCE_WORDS = 3  # words of a source without a name: "the (latest) policy brief"


def unattributed(claim: Parsed) -> set[int]:
    """The positions of the claim's tokens that attribute it to an unnamed source."""
    tokens = claim.tokens
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if token.lower not in reporting_verbs():
            continue
        if 0 < i <= SOURCE_WORDS + 1 and i + 1 < len(tokens):
            # "The brief reports (that) ...", at the start of the claim
            if tokens[0].lower in DEFINITE and unnamed(tokens[:i], first=True) \
                    and not any(t.brk for t in tokens[1:i + 1]):
                that = i + 1 < len(tokens) and tokens[i + 1].lower == "that"
                found.update(range(0, i + 1 + that))
        if i == len(tokens) - 1:
            # "..., the brief reports." at its end, after a comma
            start = max((k for k in range(i, max(0, i - SOURCE_WORDS - 1) - 1, -1)
                         if tokens[k].brk), default=None)
            if start and tokens[start].lower in DEFINITE \
                    and unnamed(tokens[start:i], first=False):
                found.update(range(start, i + 1))
    return found


def passive_reports(claim: Parsed) -> set[int]:
    """The positions of a passive of saying without its agent ("the force was said to have
    kept ...", "the missions were characterised as parallel", "Egypt, described as the
    third-largest contributor, ..."): a participle of a verb of communication after a form
    of "be" or a comma and right before "as" or "to". Whoever said it is not told, so two
    sentences stating every other word need not say it (`check.neighbour_pairs`; with an
    agent, "described by Reuters as", or an addressee, "described to CIVIC as", the source is
    a fact and stays). One sentence still weighs it: leaving it out of the claim's weight
    tipped a sentence stating half of the rest over the support threshold (bench/README)."""
    tokens = claim.tokens
    return remembered(claim, ("passive reports",), lambda: {
        i for i in range(1, len(tokens) - 2)
        # a form of "be" makes a participle of saying passive ("was said to", "are described as")
        if (tokens[i - 1].word.lower() in BE or tokens[i].brk)
        and introduces(tokens[i].word.lower(), tokens[i + 1].word.lower(), tokens[i + 2].word)
        and participle_of_saying(tokens[i].word)})


def introduces(verb: str, word: str, after: str) -> bool:
    """"as" after any verb of saying ("described as"), or "to" and a verb after a plain
    reporting one ("said to have", "reported to depend"), opening what was said: "described to
    CIVIC as" names who was told, "ordered to leave" tells what was ordered, not reported."""
    return word == "as" or word == "to" and verb in reporting_verbs() and after.islower() \
        and can_be_verb(after)


def participle_of_saying(word: str) -> bool:
    """A past participle ("said", "described", "characterised") of a verb of communication;
    WordNet spells "-ize", so "characterised" is its "characterized"."""
    word = word.lower()
    if not word.isalpha() or not (word.endswith("ed") or irregular_base(word) or verb_base(word)):
        return False
    return communicates(word) or word.endswith("ised") and communicates(word[:-4] + "ized")


def reported_alike(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's plain reporting verbs ("said", "stated") where the sentence
    reports with a verb of communication of its own ("the UK said its troops would leave" /
    "the UK announced that its troops will pull out"): one statement reported, whatever the
    verb. Not a sentence's verb that is negated or rated negative ("denied", "rejected"),
    which reports the opposite of a statement."""
    # each text's half alone, remembered on its parse: the claim's reporting verbs for every
    # sentence, whether a sentence reports for every claim
    mine = reporting_tokens(claim)
    if not mine:
        return frozenset()
    if not sentence_reports(sentence):
        return frozenset()
    return frozenset(term for t in mine for term in t.terms)


def reporting_tokens(claim: Parsed) -> list[Token]:
    """The claim's plain reporting verbs (`reported_alike`), remembered on its parse."""
    return remembered(claim, ("reporting verbs",), lambda: [
        t for t in claim.tokens if t.word.lower() in reporting_verbs()])


def sentence_reports(sentence: Parsed) -> bool:
    """`reports`, remembered on the sentence's parse (asked for every claim)."""
    return remembered(sentence, ("reports",), reports, sentence)


def reports(sentence: Parsed) -> bool:
    """The sentence reports with a verb of communication, neither negated nor rated negative
    (`reported_alike`)."""
    tokens = sentence.tokens
    return any(t.word.isalpha() and t.word.islower() and communicates(t.word)
               and reports_here(tokens, k) and not set(t.terms) & set(sentence.negated)
               and valences().get(t.word.lower(), 0.0) >= 0 for k, t in enumerate(tokens))


def reports_speech(sentence: Parsed) -> bool:
    """The sentence gives what it says to a speaker: a plain reporting verb ("said", "noted",
    "argues") after no determiner ("the notes" is a noun), or "according to". Remembered on
    its parse."""
    return remembered(sentence, ("reports speech",), lambda: bool(
        ACCORDING_TO_RE.search(sentence.text)) or any(
        t.word in reporting_verbs() and (k == 0 or sentence.tokens[k - 1].word.lower()
                                         not in DETERMINERS)
        for k, t in enumerate(sentence.tokens)))


ACCORDING_TO_RE = re.compile(r"\baccording\s+to\b", re.I)


def reports_here(tokens: list[Token], k: int) -> bool:
    """The word is used as a verb of the sentence: a past form ("announced", "told") or a
    verb after an auxiliary ("has said", "will announce"), never after a determiner ("the
    report", "its statement")."""
    word = tokens[k].word.lower()
    before = tokens[k - 1].word.lower() if k else ""
    if before in DETERMINERS:
        return False
    return past_verb_form(word) or before in AUXILIARIES


ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def attributed(claim: Parsed, mention: Mention) -> bool:
    """A name the claim is attributed to ("According to Crisis Group, Mali has detained ..."):
    who says it, not who did it, so never an actor in conflict with the sentence's (the
    attribution itself stays a fact of the claim, as above)."""
    # the claim's alone, remembered on its parse: asked for each name, sentence after sentence
    return mention.family == "name" and remembered(
        claim, ("according to", mention.start),
        lambda: bool(ACCORDING_RE.search(claim.text, 0, mention.start))
        or in_trailing_source(claim, mention))


def in_trailing_source(claim: Parsed, mention: Mention) -> bool:
    """The name is in the phrase that closes the claim after a comma with "according to"
    ("..., according to the port authority's own logs cited by the guild"): every name of that phrase is
    the source's (whose records, who cited them), none the event's."""
    found = [m for m in ACCORDING_TO_RE.finditer(claim.text, 0, mention.start)]
    if not found:
        return False
    start, end = found[-1].start(), found[-1].end()
    return claim.text[:start].rstrip().endswith(",") \
        and clause_bounds(claim, start, end)[1] >= mention.end


def unnamed(tokens: list[Token], first: bool) -> bool:
    """The source is a text without a name: no word is capitalised (the claim's first word
    aside) and its last word names a written text ("the policy brief"; "the mission reported"
    is an actor's statement, a fact)."""
    rest = tokens[1:] if first else tokens
    return len(tokens) >= 2 and all(t.word.islower() for t in rest) \
        and tokens[-1].word.lower() in document_nouns()


@lru_cache(maxsize=1)
def lists() -> dict:
    """qa/data/attribution.json, read once on first use."""
    return json.loads((DATA / "attribution.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return frozenset(lists()["reporting_verbs"])


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    return frozenset(lists()["document_nouns"])
