"""The fact a claim frames, without the words that frame it.

A claim often comes wrapped in words that carry no fact a source would state: a discourse or
stance marker of spoken or opinion register ("Frankly, ...", "Make no mistake: ...", "The fact
is that ...", "..., of course."), or a report without a named source ("According to reports,
...", "Reports say ...", "It was noted that ...", "... is said to have ...", "... was described
as ..."). Left in, their words are weighed as facts no sentence states ("mistake", "fact",
"honest") and some read as negation ("make NO mistake"), so a stated claim is not found. The
checker reads the framed clause instead (`unframed`); the claim shown back is the one given.

What is removed is a closed class (qa/data/frames.json) in fixed syntactic places: a marker
at the start followed by a comma, colon or dash, at the end after a comma, or between commas; a
frame taking a "that" clause at the start; "according to" a source that is no name (only
lower-case words ending in a noun of reports or texts); a passive report ("is said to have
left" -> "has left", "was described as vital" -> "was vital"). A frame that names its
source ("according to the port authority", "the union said that") is a fact and stays (a
person or group it names must be stated by the supporting sentence, `unstated_according`);
hedging and modal frames ("may", "is expected to"; "reportedly" aside) are not in the lists,
since without them the claim would assert more. A frame that denies its clause ("It is not
true that ...") is not taken out but turned: the clause is checked and its verdict reversed
where that is sound (`denied_clause`, `denial_of`). A question in the sources states nothing
(`asks`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from dataclasses import replace

from ..search.wordnet import actor_noun, can_be_verb
from ..types import CheckResult, Conflict, ConflictKind, Stance, Verdict
from ..text.analyze import load_stopwords
from ..text.lexicon import frame_lists, valences
from .actors import said
from .attribution import document_nouns
from .calibration import DOUBT
from .facts import Parsed, Token
from .corrections import correction_read
from .discourse import discourse_removed
from .estimative import estimative_removed, unlikely_clause
from .listener_place import listener_place_read
from .pointed_place import pointed_place_read
from .rhetoric import rhetoric_removed
from .speaker_asides import asides_removed
from .writer_frames import writer_frame_removed
from .vocabulary import Vocabulary

SEP = r"\s*(?:[,:;]|\s[-\u2013\u2014])\s*"  # what ends a marker: a comma, colon or dash
MAX_PASSES = 3  # frames stack: "Look, frankly, the fact is that ..."


def lists() -> dict:
    """qa/data/frames.json, read once on first use."""
    return frame_lists()


def phrase(text: str) -> str:
    """A listed phrase as a pattern: words apart by any space, either apostrophe."""
    return r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in text.split())


def alternatives(items) -> str:
    """The phrases as one case-insensitive group, longest first."""
    return "(?i:" + "|".join(phrase(i) for i in sorted(items, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def unnamed_source() -> str:
    """A source that is no name: an optional determiner, up to two modifiers in lower case
    (or listed ones, which may open the claim: "Media reports say"), and a noun of reports or
    texts ("reports", "local sources", "the policy brief"). A capitalised word ("Danish
    sources", "Reuters reports") names the source: no match."""
    data = lists()
    nouns = alternatives(set(data["report_nouns"]) | document_nouns())
    return (rf"(?:{alternatives(data['report_determiners'])}\s+)?"
            rf"(?:(?:{alternatives(data['report_modifiers'])}|[a-z]+)\s+){{0,2}}{nouns}")


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, ...]:
    data = lists()
    markers = alternatives(data["markers"])
    frames = alternatives(data["that_frames"])
    verbs = alternatives(data["report_verbs"])
    unnamed = unnamed_source()
    say = alternatives(data["report_say"])
    return (
        # "Frankly, ..." / "Make no mistake: ..." / "The fact is, ..."
        re.compile(rf"^{markers}{SEP}(?=\S)"),
        # "The fact is that ..." / "I can tell you that ..." / "TIL that ..."
        re.compile(rf"^{frames}(?:\s+(?i:that)\b|{SEP})\s*(?=\S)"),
        # "It was noted that ..." / "It has been reported that ..." / "It was noted that, by
        # May, ...": an aside may open the clause after "that"
        re.compile(rf"^(?i:it(?:['\u2019]s|\s+is|\s+was|\s+has\s+been|\s+had\s+been))\s+"
                   rf"{verbs}\s+(?i:that)(?:\s*,\s*|\s+)(?=\S)"),
        # "Let us remember that ..." / "I remind the House that ..." / "We must not forget
        # that ...": a speaker's own frame (`first_person`)
        first_person(),
        # "According to reports, ..." / "According to the policy brief, ..."
        re.compile(rf"^(?i:according\s+to)\s+{unnamed}{SEP}(?=\S)"),
        # "Reports say (that) ..." / "Media reports indicate ..."
        re.compile(rf"^{unnamed}\s+{say}(?:\s+(?i:that)\b|{SEP}|\s)\s*(?=\S)"),
    )


@lru_cache(maxsize=1)
def first_person() -> re.Pattern:
    """A speaker's frame of the clause after "that": one of those in the debate as subject
    ("I", "we", "let us", "this House", "honourable members", "we in this House"), any of the
    listed modals and adverbs ("must", "will", "have", "once again"), a verb of saying or
    recalling from a closed list (none that denies or doubts: "deny", "believe" are not in
    it; "forget" only when negated) and an addressee ("the House", "colleagues"); or nobody
    doubting it ("Nobody in this chamber will dispute that", "No one can deny that")."""
    data = lists()
    speakers = alternatives(data["speakers"])
    places = alternatives(data["speaker_places"])
    modals = alternatives(data["first_person_modals"])
    verbs = alternatives(data["first_person_verbs"])
    addressees = alternatives(data["addressees"])
    doubts = alternatives(data["denied_doubts"])
    return re.compile(
        rf"^(?:{speakers}(?:\s+{places})?(?:\s+{modals})*"
        rf"\s+(?:{verbs}|(?i:not|never)\s+(?i:forget))(?:\s+(?:(?i:to)\s+)?{addressees})?"
        rf"(?:\s+(?i:once\s+again|again|also))?"
        rf"|(?i:nobody|no\s+one)(?:\s+{places})?(?:\s+{modals})*\s+{doubts})"
        rf"\s+(?i:that)\s+(?=\S)"
        # "Let us not pretend otherwise: ...", "I will say this: ...": a speaker's lead-in
        rf"|^(?i:let\s+us|let['\u2019]s|let\s+me|i|we)\s[^:;.,]{{0,50}}:\s+(?=\S)")


@lru_cache(maxsize=1)
def spoken_aside() -> re.Pattern:
    """The same frame between commas inside the claim, without its "that": "The mission, we
    should recall, remains ...": the commas become one space."""
    data = lists()
    speakers = alternatives(data["speakers"])
    modals = alternatives(data["first_person_modals"])
    verbs = alternatives(data["first_person_verbs"])
    return re.compile(rf",\s*{speakers}(?:\s+{modals})*\s+{verbs}\s*,\s*")


@lru_cache(maxsize=1)
def trailing() -> tuple[re.Pattern, ...]:
    data = lists()
    markers = alternatives(m for m in data["markers"] if m not in LEADING_ONLY)
    unnamed = unnamed_source()
    say = alternatives(data["report_say"])
    return (
        # "..., make no mistake." / "..., according to reports." / "..., sources say."
        re.compile(rf",\s*(?:{markers}|(?i:according\s+to)\s+{unnamed}|{unnamed}\s+{say})"
                   rf"\s*(?=[.!]*\s*$)"),
        # "The board reportedly left ..."
        re.compile(rf"\s+{alternatives(data['report_adverbs'])}\b(?=\s)"),
    )


# markers that are other words away from the claim's start ("so", "well", "look"): never
# taken out of its middle or end
LEADING_ONLY = frozenset("so well yes ok okay look listen reminder psa fyi spoiler newsflash "
                         "actually basically indeed colleagues friends members oh yeah".split())


@lru_cache(maxsize=1)
def parenthetical() -> re.Pattern:
    """A marker between commas inside the claim ("The board, frankly, ..."): the commas become one
    space."""
    markers = alternatives(m for m in lists()["markers"] if m not in LEADING_ONLY)
    return re.compile(rf",\s*{markers}\s*,\s*")


@lru_cache(maxsize=1)
def raising() -> tuple[tuple[re.Pattern, str], ...]:
    """A passive report of the subject's own doing ("X is said to have left", "X is understood
    to have left") and its fact ("X has left"), a passive description ("X was described as
    vital": "X was vital"), and a verb of seeming before its fact ("X appears to have left",
    "X seems to be vital"): the writer's reading of the evidence, which a source stating the
    fact supports. A negated frame ("does not appear to") stays: it denies, `denied_clause`."""
    verbs = alternatives(lists()["raising_verbs"])
    seeming = lists()["seeming_verbs"]
    unnegated = r"(?<!not\s)(?<!n't\s)(?<!n\u2019t\s)"
    seems = {kind: unnegated + r"\b(" + "|".join(v for v, k in seeming.items() if k == kind) + ")"
             for kind in ("singular", "plural", "past")}
    every = unnegated + r"\b(" + "|".join(seeming) + ")"
    return (
        (re.compile(rf"\b(is|are)\s+(?:{verbs})\s+to\s+have\b"), None),
        (re.compile(rf"\b(was|were)\s+(?:{verbs})\s+to\s+have\b"), "had"),
        (re.compile(rf"\b(is|are|was|were)\s+(?:{verbs})\s+to\s+be\b"), "same"),
        (re.compile(rf"\b(is|are|was|were)\s+(?:{verbs})\s+to\s+(?=([a-z]+)\b)"), "verb"),
        (re.compile(r"\b(is|are)\s+described\s+as\s+having\b"), None),
        (re.compile(r"\b(was|were)\s+described\s+as\s+having\b"), "had"),
        (re.compile(r"\b(is|are|was|were)\s+described\s+as\s+(?:being\s+)?(?=[a-z])"),
         "same "),
        (re.compile(seems["singular"] + r"\s+to\s+have\b"), "has"),
        (re.compile(seems["plural"] + r"\s+to\s+have\b"), "have"),
        (re.compile(seems["past"] + r"\s+to\s+have\b"), "had"),
        (re.compile(seems["singular"] + r"\s+to\s+be\b"), "is"),
        (re.compile(seems["plural"] + r"\s+to\s+be\b"), "are"),
        (re.compile(seems["past"] + r"\s+to\s+be\b"), "was"),
        (re.compile(every + r"\s+to\s+(?=([a-z]+)\b)"), "verb"),
    )


def replacement(match: re.Match, how: str | None) -> str:
    be = match.group(1)
    if how is None:  # present perfect: "is" -> "has", "are" -> "have"
        return "has" if be.lower() == "is" else "have"
    if how == "verb":  # "is understood to favour" -> "favour"; not "is known to the police"
        return "" if fact_verb(match.group(2)) else match.group(0)
    if how.startswith("same"):
        return be + how[4:]
    return how


def fact_verb(word: str) -> bool:
    """`word`, after "is understood to" or "appears to", is the verb of the fact framed, not
    the start of a noun phrase ("to the police", "to staff")."""
    return can_be_verb(word) and word not in load_stopwords() and actor_noun(word) is None


def unframed(claim: str) -> str:
    """The claim without its framing words (the claim itself when it has none)."""
    text = claim
    for _ in range(MAX_PASSES):
        before = text
        for pattern in patterns():
            match = pattern.match(text)
            if match and match.end() < len(text):
                text = text[match.end():]
        for pattern in trailing():
            text = pattern.sub("", text)
        text = parenthetical().sub(" ", text)
        text = spoken_aside().sub(" ", text)
        # a witness's remark between commas or dashes ("..., on the figures I've seen, ...",
        # "— and I find this remarkable —", `qa.claims.speaker_asides`)
        text = asides_removed(text)
        text = evaluated(uncommented(text))
        # the writer's comment on the fact (`qa.claims.rhetoric`)
        text = rhetoric_removed(text)
        # the writer's own stance ("I can confirm that", "Contrary to your article,") and
        # a correction's denied alternative (`writer_frames`, `corrections`)
        text = correction_read(writer_frame_removed(text))
        # an analyst's numbered judgement and its lead of confidence or high likelihood
        # ("Key Judgment 2: We assess with high confidence that", `qa.claims.estimative`)
        text = estimative_removed(text)
        # a dateline, the speaker's memory, a factive cleft, a discourse adverb (`discourse`)
        text = discourse_removed(text)
        # the listener's place as the setting ("If you're watching from X," `listener_place`)
        text = listener_place_read(text)
        # the speaker's pointer before the place ("Down in X," `pointed_place`)
        text = pointed_place_read(text)
        if text == before:
            break
    for pattern, how in raising():
        text = pattern.sub(lambda m: replacement(m, how), text)
    text = " ".join(text.split())
    if text != claim and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text if has_words(text) else claim


# an adverb in "-ly" set off by commas, at the start or inside: "Sadly, ...", "..., shamefully,
# ...", with the "not" that turns it ("Not surprisingly," is "unsurprisingly,": the comment is
# negated, not the clause) or the "enough" that stresses it ("Oddly enough,")
COMMENT_RE = re.compile(r"^(?:(?i:not)\s+)?([A-Za-z]+ly)(?:\s+enough)?\s*,\s*(?=\S)"
                        r"|,\s*(?:not\s+)?([A-Za-z]+ly)(?:\s+enough)?\s*,\s*")


# "It is deeply troubling that ...", "It is shameful that ...": the speaker's feeling about a
# fact the clause states
EVALUATIVE_RE = re.compile(r"^(?i:it\s+is|it['\u2019]s|it\s+was)\s+(?:([a-z]+ly)\s+)?([a-z]+)"
                           r"\s+that\s+(?=\S)")
# what says how sure a fact is, not how one feels about it: such a frame stays
EPISTEMIC = frozenset("likely unlikely possible impossible probable improbable doubtful "
                      "uncertain unclear questionable debatable false untrue true certain "
                      "sure unsure conceivable plausible implausible".split())


def evaluated(text: str) -> str:
    """The clause of an evaluative frame: "It is (deeply) troubling that X" states X and how the
    speaker feels about it; an adjective VADER's raters give a polarity ("troubling",
    "shameful", "good") and no word of certainty ("doubtful", "unlikely": they hedge X)."""
    match = EVALUATIVE_RE.match(text)
    if match is None:
        return text
    adverb, adjective = match.group(1), match.group(2).lower()
    if adjective in EPISTEMIC or (adverb and adverb.lower() in EPISTEMIC) \
            or not valences().get(adjective):
        return text
    return text[match.end():]


def uncommented(text: str) -> str:
    """The text without the speaker's comment on it: an evaluative sentence adverb set off by
    commas ("Sadly,", ", shamefully,", ", thankfully,": `comment_adverbs`), the speaker's
    feeling about the fact, not a fact a source states. Adverbs of manner, time or report
    ("violently", "Initially,", "Allegedly,") stay: an adverb of manner is a fact of the
    event, though a polarity lexicon rates it as it rates a comment. (A conjunction joining
    the claim to what came before, "And yet", "But", stays: taken off, it exposed a
    CLIMATE-FEVER claim to a contradiction on its figure's unit alone, bench/README.)"""
    def drop(match: re.Match) -> str:
        word = match.group(1) or match.group(2)
        if word.lower() not in lists()["comment_adverbs"]:
            return match.group(0)
        return "" if match.group(1) else " "
    return COMMENT_RE.sub(drop, text)


def has_words(text: str) -> bool:
    """What is left is a clause, not a frame alone ("Of course.")."""
    return len(re.findall(r"[^\W\d_]+", text)) >= 2


QUESTION_RE = re.compile(r"\?[\"'\u201d\u2019\u00bb)\]]*[.\s]*$")


def asks(sentence: str) -> bool:
    """The sentence is a question ("Why did the pier close?", a title quoted with its
    question mark): it asks, it states nothing a claim could be supported or contradicted by."""
    return bool(QUESTION_RE.search(sentence))


def according_source(claim: Parsed) -> Token | None:
    """The head of the source an "according to" frame names ("the mayor" in "According to
    the mayor, ..."; "..., according to an OCHA representative"): who says it is a fact of
    the claim. Only a person or a group (a noun whose first WordNet sense is one, `actor_noun`):
    "according to the WHO analysis", "according to its own figures" give the text or data
    the statement is in, which the sentence need not name. None for no such frame (a source
    that is a text without a name was taken out by `unframed`; a name is checked as names
    are)."""
    tokens = claim.tokens
    for i in range(len(tokens) - 2):
        if tokens[i].word.lower() != "according" or tokens[i + 1].word.lower() != "to":
            continue
        end = next((k for k in range(i + 2, len(tokens)) if tokens[k].brk), len(tokens))
        head = tokens[end - 1] if end > i + 2 else None
        if head is not None and head.terms and head.word.isalpha() and head.word.islower() \
                and head.word.lower() not in load_stopwords() \
                and head.word.lower() not in document_nouns() \
                and actor_noun(head.word) is not None:
            return head
    return None


def unstated_according(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       stated: frozenset[str]) -> Token | None:
    """The source the claim is said to come from ("according to the mayor"), when the
    sentence does not state it, not even by a synonym or another form: the same fact from
    another source, or from none, does not support a statement given to this one."""
    head = according_source(claim)
    return head if head is not None and not said(head, sentence, vocab, stated) else None


@lru_cache(maxsize=1)
def denying() -> re.Pattern:
    """A frame that denies the clause it takes ("It is not true that ...", "It's false that
    ...")."""
    return re.compile(rf"^({alternatives(lists()['denying_frames'])})\s+(?i:that)\s+(?=\S)")


def denied_clause(claim: str) -> tuple[str, str] | None:
    """The frame that denies the claim's clause and that clause ("It is not true that", "the
    mission left in 2022."), or None."""
    match = denying().match(claim)
    if match is None or not has_words(claim[match.end():]):
        # a judgement of low likelihood ("We assess it is unlikely that ...") denies its
        # clause as well (`qa.claims.estimative`)
        return unlikely_clause(claim)
    rest = claim[match.end():]
    return match.group(1), rest[0].upper() + rest[1:]


def denial_of(result: CheckResult, claim: str, frame: str) -> CheckResult:
    """The verdict on a claim that denies a clause, from the verdict on the clause: a clause
    the sources state is a denial they contradict, each supporting sentence now in conflict
    with the claim's denial. A clause they contradict or do not state leaves the denial
    not_found: a conflict on one fact of the clause does not state that the whole is false."""
    if result.verdict != Verdict.SUPPORTED:
        return CheckResult(claim, Verdict.NOT_FOUND, min(result.confidence, 0.5),
                           unverified=result.unverified,
                           evidence=tuple(replace(e, stance=Stance.RELATED)
                                          for e in result.evidence))
    stated = result.claim.rstrip(".!")  # what the source states, which the claim denies
    evidence = tuple(
        replace(e, stance=Stance.CONTRADICTS,
                conflicts=(Conflict(frame, stated, ConflictKind.POLARITY, (0, 0)),))
        if e.stance == Stance.SUPPORTS else replace(e, stance=Stance.RELATED)
        for e in result.evidence)
    # a contradiction, however whole the support it turns, is no surer than any other
    return CheckResult(claim, Verdict.CONTRADICTED, min(result.confidence, DOUBT),
                       evidence=evidence)
