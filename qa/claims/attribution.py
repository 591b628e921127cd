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

from ..search.wordnet import actor_kind, can_be_verb, communicates
from ..text.lexicon import DATA, valences
from .auxiliaries import AUXILIARY_WORDS
from .facts import (BE, DETERMINERS, POSSESSIVE_ENDINGS, Mention, Parsed, Token, clause_bounds,
                    UNMADE, remembered)
from .past_forms import past_shaped, past_verb_form
from .written_texts import names_text

# the source the claim was read in is a definite one ("the brief", "this report"); "a video
# shows" introduces what the claim is about
DEFINITE = frozenset("the this".split())
AUXILIARIES = AUXILIARY_WORDS - BE  # before a verb of saying: "has said", "will announce"
SOURCE_WORDS = 3  # words of a source without a name: "the (latest) policy brief"


def unattributed(claim: Parsed, wide: bool = False) -> set[int]:
    """The positions of the claim's tokens that attribute it to an unnamed source; `wide`:
    read as `framing` reads them."""
    tokens = claim.tokens
    found: set[int] = set(range(opening_frame(tokens))) | source_phrases(tokens) \
        | set(range(impersonal_frame(tokens))) if wide else set()
    for i, token in enumerate(tokens):
        if not (reporting(tokens, i) if wide else token.lower in reporting_verbs()):
            continue
        if 0 < i <= SOURCE_WORDS + 1 and i + 1 < len(tokens):
            # "The brief reports (that) ...", at the start of the claim
            if tokens[0].lower in DEFINITE and unnamed(tokens[:i], first=True, wide=wide) \
                    and not any(t.brk for t in tokens[1:i + 1]):
                that = i + 1 < len(tokens) and tokens[i + 1].lower == "that"
                found.update(range(0, i + 1 + that))
        if i == len(tokens) - 1:
            # "..., the brief reports." at its end, after a comma
            start = max((k for k in range(i, max(0, i - SOURCE_WORDS - 1) - 1, -1)
                         if tokens[k].brk), default=None)
            if start and tokens[start].lower in DEFINITE \
                    and unnamed(tokens[start:i], first=False, wide=wide):
                found.update(range(start, i + 1))
    return found


def framing_terms(claim: Parsed) -> frozenset[str]:
    """The terms of the words that attribute the claim to a text without a name, read wide:
    any noun WordNet files as a kind of text ("the book", `qa.claims.written_texts`), any verb
    of communication (`reporting`), a frame the comma closes ("As the study recounts,",
    "In the book's account,", `opening_frame`) and a source given with "per"
    (`source_phrases`). Not what happened, so no part of the event a
    conflicting sentence must state (`check.align_passage`'s rest and event). Support keeps
    the narrow reading (`unattributed`): read wide, a false claim that a sentence states but
    for a word it reverses ("was meant to" / "was never meant to") tipped over the support
    threshold once its frame weighed nothing (read set 90). Remembered on the claim's parse."""
    def terms() -> frozenset[str]:
        frame = unattributed(claim, wide=True)
        # a word the claim uses outside its frame too stays (as in `check.claim_weights`)
        elsewhere = {t for i, token in enumerate(claim.tokens) if i not in frame
                     for t in token.terms}
        return frozenset(t for i in frame for t in claim.tokens[i].terms if t not in elsewhere)
    found = claim.memo.get(("framing terms",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("framing terms",), terms)
    return found


def reporting(tokens: list[Token], i: int) -> bool:
    """The word is a verb that reports what a text says: a listed reporting verb, or any verb
    of communication (WordNet's first sense, `communicates`: "recounts", "tells") with what
    it reports after it, "that" or the comma of a frame ("The book recounts that",
    "..., the memoir recounts."). Without them a verb of communication is often the claim's
    event itself ("the report calls for more troops")."""
    word = tokens[i].lower
    if word in reporting_verbs():
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (after is None or after.brk or after.lower == "that") and word.isalpha() \
        and communicates(word)


# "according to" is `qa.claims.cited`'s, which reads the claim's content alone as well; read
# here too, it raised the rest a claim it already reads so shows (test_check_contradict)
SOURCE_PREPOSITIONS = (("per",),)


def source_phrases(tokens: list[Token]) -> set[int]:
    """The positions of a phrase that gives the claim's source with "per", opening the claim
    before a comma ("Per workshop participants, ...") or closing it after one ("..., per the
    meeting note."), of at most SOURCE_WORDS words besides the preposition: whoever passed
    the claim on, named or not, no part of its event."""
    def opens(k: int) -> int:
        """The preposition's length if one starts at `k`, else 0."""
        return next((len(p) for p in SOURCE_PREPOSITIONS
                     if tuple(t.lower for t in tokens[k:k + len(p)]) == p), 0)
    found: set[int] = set()
    size = opens(0)
    if size:
        end = next((k for k in range(size + 1, len(tokens)) if tokens[k].brk), None)
        if end is not None and end - size <= SOURCE_WORDS and a_source(tokens[size:end]):
            found.update(range(end))
    start = max((k for k in range(1, len(tokens)) if tokens[k].brk), default=None)
    if start is not None:
        size = opens(start)
        if size and 0 < len(tokens) - start - size <= SOURCE_WORDS \
                and a_source(tokens[start + size:]):
            found.update(range(start, len(tokens)))
    return found


def a_source(phrase: list[Token]) -> bool:
    """A "per" phrase names who or what said it: it holds a name (a capitalised word: "per
    IPI note"), or its last word is a person or a group ("participants", `actor_kind`) or a
    written text (`names_text`); not a rate ("per year", "per capita")."""
    head = phrase[-1]
    return any(not t.word.islower() for t in phrase) or actor_kind(head.word) is not None \
        or names_text(head.lower, document_nouns())


def opening_frame(tokens: list[Token]) -> int:
    """How many of the claim's first tokens are a frame attributing it to a text without a
    name that the comma closes: "As the study recounts, ...", "As the authors tell it, ...",
    "In the book's account, ..." (the text's own view of what it tells). 0 if none."""
    if len(tokens) < 4 or tokens[0].lower not in ("as", "in") or tokens[1].lower not in DEFINITE:
        return 0
    end = next((k for k in range(2, min(len(tokens), SOURCE_WORDS + 4)) if tokens[k].brk), None)
    if end is None or end < 4:
        return 0
    frame = tokens[1:end]
    if tokens[0].lower == "as":  # "As the study recounts," / "As the authors tell it,"
        verb = tokens[end - 1 - (frame[-1].lower == "it")]
        reports_it = verb.lower in reporting_verbs() or communicates(verb.lower)
        return end if reports_it and unnamed(frame[:-1 - (frame[-1].lower == "it")],
                                             first=False, wide=True) else 0
    # "In the book's account,": the text's, then one word for what it tells
    owner = tokens[end - 2]
    return end if owner.lower.endswith(POSSESSIVE_ENDINGS) and frame[-1].word.islower() \
        and unnamed(tokens[1:end - 1], first=False, wide=True) else 0


# what may stand between "It" and the participle of an impersonal passive: "is", "was",
# "has been", "had been"
IMPERSONAL_AUXILIARIES = frozenset("is was has had been".split())


def impersonal_frame(tokens: list[Token]) -> int:
    """How many of the claim's first tokens are an impersonal passive of saying that opens
    it: "It is submitted that ...", "It was argued that ...", "It has been reported that ...":
    "it", a form of "be", at most one "-ly" adverb ("widely"), the participle of a verb of
    communication (WordNet's first sense, `communicates`) and "that". Nobody is named as the
    one who says it, so, like "The memo states that", the frame tells where the claim was
    put, not what happened: no part of the event a conflicting sentence must state. 0 if
    none; a participle of another kind ("It was decided that", "It is known that") is a deed
    or a state of knowledge, not a frame, and stays."""
    if len(tokens) < 5 or tokens[0].lower != "it":
        return 0
    k = 1
    while k < len(tokens) and tokens[k].lower in IMPERSONAL_AUXILIARIES and not tokens[k].brk:
        k += 1
    if k == 1 or tokens[k - 1].lower not in BE:
        return 0  # "It has reported that": an actor called "it", not a passive
    if k < len(tokens) and tokens[k].lower.endswith("ly") and not tokens[k].brk:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].brk or tokens[k + 1].brk \
            or tokens[k + 1].lower != "that":
        return 0
    participle = tokens[k].lower
    if not (participle.isalpha() and past_shaped(participle) and communicates(participle)):
        return 0
    return k + 2


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
    if not word.isalpha() or not past_shaped(word):
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


def unnamed(tokens: list[Token], first: bool, wide: bool = False) -> bool:
    """The source is a text without a name: no word is capitalised (the claim's first word
    aside) and its last word names a written text ("the policy brief"; "the mission reported"
    is an actor's statement, a fact)."""
    rest = tokens[1:] if first else tokens
    return len(tokens) >= 2 and all(t.word.islower() for t in rest) \
        and (names_text(tokens[-1].word.lower(), document_nouns()) if wide
             else tokens[-1].word.lower() in document_nouns())


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
