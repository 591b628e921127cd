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

from ..search.wordnet import (agent_noun, base_forms, can_be_verb, communicates, irregular_base,
                              verb_base)
from ..text.analyze import load_stopwords
from ..text.lexicon import DATA, frame_lists, valences
from ..text.lexicon import words as word_lists
from .facts import BE, DETERMINERS, Mention, Parsed, Token, clause_bounds, remembered

# the source the claim was read in is a definite one ("the brief", "this report"); "a video
# shows" introduces what the claim is about
DEFINITE = frozenset("the this".split())
AUXILIARIES = frozenset("has have had will would can could may might must shall should did does do".split())
SOURCE_WORDS = 3  # words of a source without a name: "the (latest) policy brief"


def unattributed(claim: Parsed) -> set[int]:
    """The positions of the claim's tokens that attribute it to an unnamed source."""
    tokens = claim.tokens
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if token.word.lower() not in reporting_verbs():
            continue
        if 0 < i <= SOURCE_WORDS + 1 and i + 1 < len(tokens):
            # "The brief reports (that) ...", at the start of the claim
            if tokens[0].word.lower() in DEFINITE and unnamed(tokens[:i], first=True) \
                    and not any(t.brk for t in tokens[1:i + 1]):
                that = i + 1 < len(tokens) and tokens[i + 1].word.lower() == "that"
                found.update(range(0, i + 1 + that))
        if i == len(tokens) - 1:
            # "..., the brief reports." at its end, after a comma
            start = max((k for k in range(i, max(0, i - SOURCE_WORDS - 1) - 1, -1)
                         if tokens[k].brk), default=None)
            if start and tokens[start].word.lower() in DEFINITE \
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
    return word.endswith("ed") or irregular_base(word) is not None or before in AUXILIARIES


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


# --- a reporting frame whose speaker is no named source (round 60) -------------------------
# "The witness said (that) X", "The chair noted that X", "Officials told reporters that X",
# "He recounts that X", "Delegates were told that X", "According to the witness, X", "X,
# according to a senior diplomat." The frame tells who passed the content on, not what
# happened: a source stating X states the claim, and the frame's words ("witness", "said")
# are no facts a sentence repeats. Who speaks decides, as for `unattributed`: a speaker
# without a name (a determiner and lower-case words ending in a noun of a person or a group,
# WordNet's first three senses, `agent_noun`, not a text: `document_nouns` are
# `unattributed`'s; a bare plural such as "Officials"; a personal pronoun). A capitalised
# word or an acronym inside it ("The UN said", "According to Crisis Group", "the Malian
# government said") names the source: a fact, kept. The verb is one of communication
# (WordNet's verb.communication as first sense, `communicates`, or the project's reporting
# lexicons), never one that leaves its clause unasserted (`denial`: "denied that", "disputed
# that", "recommended that", "predicted that"), never negated ("did not say": no "not" may
# stand in the frame), never "-ing". Without "that", only a plain reporting verb right
# before what opens a clause ("said Egypt had ...", "said the base was ...").
PRONOUN_SPEAKERS = frozenset("he she they it".split())  # "I" / "we" are `frames.first_person`'s
SPEAKER_DETERMINERS = frozenset("the a an this that these those one two three several some many "
                                "most his her its their".split())
SPEAKER_WORDS = 3  # "the (senior) (UN) official", lower-case words after the determiner
# what may stand between the speaker and its verb: an auxiliary or adverb of time, a form of
# "be" before a passive of telling ("were told that"); "not", "never", "did" are not here
BETWEEN_FRAME = frozenset("has have had also later further again once would will then "
                          "was were is are been".split())
ADDRESSEE_WORDS = 3  # "told (the) (foreign affairs) committee that"
# words after a plain reporting verb that open no clause of what was said ("said nothing",
# "said so", "said in 2014 that ...")
NO_CLAUSE = frozenset("nothing little much so otherwise something anything this that to of "
                      "in on at for about with by from as".split())
MIN_CLAUSE_WORDS = 4  # what is left must be a clause of its own
WORD_RE = re.compile(r"[^\W\d_](?:[\w'\u2019-]*\w)?|\d+(?:[,.]\d+)*|[^\w\s]")


def unnamed_speaker_removed(text: str) -> str:
    """`text` without a leading or closing reporting frame whose speaker is no named source,
    or `text` itself."""
    words = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    end = leading_frame(words)
    if end is not None:
        rest = text[end:].lstrip(" ,")
        if len(WORD_RE.findall(rest)) >= MIN_CLAUSE_WORDS and not refers_back(rest):
            return rest[0].upper() + rest[1:]
    start = closing_frame(words)
    if start is not None and not refers_back(text):
        return text[:start].rstrip(" ,") + "."
    return text


# personal pronouns and possessives that, opening what was said, may stand for the speaker
# ("the mission said it would leave"): without the frame the clause would lose its subject
ANAPHORS = frozenset("he she it they him her them his its their".split())


def refers_back(clause: str) -> bool:
    """The clause opens with a pronoun that may stand for the frame's speaker."""
    first = WORD_RE.match(clause)
    return first is not None and first.group().lower() in ANAPHORS


def leading_frame(words: list[tuple[str, int, int]]) -> int | None:
    """Where the clause after an opening frame starts ("The witness said that | X",
    "According to the witness, | X"), or None."""
    if len(words) < MIN_CLAUSE_WORDS + 3:
        return None
    first = words[0][0].lower()
    if first == "according" and words[1][0].lower() == "to" or first == "per":
        k = 1 if first == "per" else 2
        return next((words[head][2] for head in speaker_ends(words, k, sentence_start=False)
                     if head < len(words) and words[head][0] == ","), None)
    # the longest speaker first: "The report | states that" is no "The report states | that"
    return next((end for head in reversed(speaker_ends(words, 0, sentence_start=True))
                 if (end := clause_after(words, head)) is not None), None)


def clause_after(words: list[tuple[str, int, int]], head: int) -> int | None:
    """Where what the speaker ending at `head` says starts: after its verb and "that" ("said
    that", "told the committee that", "were told that"), or right after a plain reporting
    verb before what opens a clause ("said Egypt had ..."); None for no frame."""
    k = head
    while k < len(words) and words[k][0].lower() in BETWEEN_FRAME:
        k += 1
    if k >= len(words) or not frame_verb(words[k][0], plural=plural_speaker(words[head - 1][0])):
        return None
    passive = any(w[0].lower() in BE for w in words[head:k])
    if passive and not participle_of_saying(words[k][0]):
        return None
    k += 1
    if k < len(words) and words[k][0].lower() == "that":
        return words[k][2]
    if not passive:  # "told the committee that", "reminded members that"
        after = addressee_end(words, k)
        if after is not None and after < len(words) and words[after][0].lower() == "that":
            return words[after][2]
    verb = words[k - 1][0].lower()
    if not passive and plain_reporting(verb) and k < len(words) \
            and opens_clause(words[k][0]):
        return words[k][1]
    return None


def closing_frame(words: list[tuple[str, int, int]]) -> int | None:
    """Where a closing "according to" frame starts ("X, | according to a ferry captain."), or
    None. Not "X, officials said.": a headline's clause that drops its auxiliary ("staff
    mostly recruited locally, officials said") then stood bare, and a sentence stating
    some of its words supported it (bench/README, round 60)."""
    if len(words) < MIN_CLAUSE_WORDS + 4 or words[-1][0] not in ".!":
        return None
    for k in range(len(words) - 2, max(0, len(words) - SPEAKER_WORDS - 6), -1):
        if words[k][0] != ",":
            continue
        tail = words[k + 1:-1]
        if len(tail) > 2 and tail[0][0].lower() == "according" and tail[1][0].lower() == "to" \
                and len(tail) in speaker_ends(tail, 2, sentence_start=False):
            return words[k][1]
        return None
    return None


def speaker_ends(words: list[tuple[str, int, int]], k: int, sentence_start: bool) -> list[int]:
    """The positions after which a speaker without a name starting at k may end, shortest
    first: a personal pronoun, a determiner and up to SPEAKER_WORDS lower-case words ending in
    a person or group noun ("the witness", "a senior official", "the committee"), or a bare
    plural of such a noun ("Officials", "experts"); none for anything else, a name above all.
    A capitalised first word that is no determiner may only be that bare plural: "Malian
    officials", "Local officials" may start with a name, which only case would tell."""
    if k >= len(words):
        return []
    word = words[k][0]
    if word.lower() in PRONOUN_SPEAKERS and (word.islower() or sentence_start and k == 0):
        return [k + 1]
    bare = word.lower() not in SPEAKER_DETERMINERS
    if bare and not word.islower():
        return [k + 1] if sentence_start and k == 0 and word.istitle() and word.isalpha() \
            and speaker_noun(word.lower()) and plural_speaker(word) else []
    if not bare and not (word.islower() or sentence_start and k == 0 and word.istitle()):
        return []
    start = k if bare else k + 1
    ends = []
    for j in range(start, min(len(words), start + SPEAKER_WORDS)):
        token = words[j][0]
        if not token.islower() or not token.replace("-", "").isalpha():
            break
        if speaker_noun(token) and (not bare or plural_speaker(token)):
            ends.append(j + 1)
    return ends


def plural_speaker(word: str) -> bool:
    """The speaker's head is plural ("officials", "they"; not "witness"), so a base form
    after it is finite ("officials say")."""
    lower = word.lower()
    return lower == "they" or lower.endswith("s") and not lower.endswith("ss") \
        and any(form != lower for form in base_forms(lower))


def speaker_noun(word: str) -> bool:
    """A noun that can name who says something: a person or a group (`agent_noun`). Not a
    text ("the brief reports that", "the author says"): `unattributed` reads those, and taking
    them off made a claim only half stated by the brief a support (bench/README, round 60)."""
    return word not in load_stopwords() and word not in document_nouns() and agent_noun(word)


def addressee_end(words: list[tuple[str, int, int]], k: int) -> int | None:
    """The position after whom a speaker told: a pronoun ("us") or lower-case words ending in
    a person or group noun ("the committee", "members", "foreign reporters"); None for
    anything else ("retracted the claim that" tells no one)."""
    if k < len(words) and words[k][0].lower() in ("us", "them", "him", "her", "me"):
        return k + 1
    j = k + (k < len(words) and words[k][0].lower() in SPEAKER_DETERMINERS)
    end = None
    for i in range(j, min(len(words), j + ADDRESSEE_WORDS)):
        word = words[i][0]
        if not word.islower() or not word.isalpha() or word == "that":
            break
        end = i + 1 if speaker_noun(word) else None
    return end


def opens_clause(word: str) -> bool:
    """What follows a reporting verb without "that" opens a clause: a name, a figure, a
    determiner or a pronoun, none of NO_CLAUSE."""
    lower = word.lower()
    return lower not in NO_CLAUSE and (word[:1].isupper() or word[:1].isdigit()
                                       or lower in DETERMINERS or lower in PRONOUN_SPEAKERS)


@lru_cache(maxsize=4096)
def frame_verb(word: str, plural: bool) -> bool:
    """A finite verb of communication that passes its clause on as said: no "-ing", a base
    form only after a plural speaker ("officials say"), no denial or doubt."""
    lower = word.lower()
    if not word.islower() or not lower.isalpha() or lower.endswith("ing"):
        return False
    if not (plain_reporting(lower) or communicates(lower)
            or any(form in speaker_verbs() for form in base_forms(lower))):
        return False
    finite = lower.endswith(("ed", "s")) or verb_base(lower) is not None or plural
    return finite and not denial(lower)


def plain_reporting(verb: str) -> bool:
    """One of the plain reporting verbs, or its base form ("say" of "says")."""
    return verb in reporting_verbs() or verb + "s" in reporting_verbs()


@lru_cache(maxsize=1)
def speaker_verbs() -> frozenset[str]:
    """The one-word verbs a speaker frames a clause with in `frames.first_person` ("remind",
    "stress", "heard"), which WordNet files under other kinds than communication."""
    return frozenset(v for v in frame_lists()["first_person_verbs"] if " " not in v)


# what WordNet makes a verb a kind of when its clause is not asserted: a directive ("recommend"
# -> propose, suggest; "urge" -> advise; "ask", "demand" -> request; "order" -> command), a
# guess at what is to come ("predict" -> guess; "forecast" -> predict; "speculate" ->
# expect), a statement taken back ("retract", "refute" -> repudiate, disown)
UNASSERTED_KINDS = frozenset("request bid command advise counsel propose suggest urge guess "
                             "predict foretell anticipate expect hope wish repudiate disown".split())


@lru_cache(maxsize=4096)
def denial(word: str) -> bool:
    """A verb that does not pass its clause on as asserted: a verb of the project's negation
    cues or verbs of doubt ("deny", "refuse", "dispute", "question"), one WordNet makes a kind
    of such a verb or of what those are kinds of (one step each, `general.general_words`:
    "deny" -> contradict, negate), a verb that is, or is a kind of, a directive, a guess or a
    retraction (UNASSERTED_KINDS), or a verb rated negative that is no plain reporting verb
    nor a listed speaker's verb ("condemned", not "argued", "stressed")."""
    from .general import forms, general_words  # here: general imports what imports this one
    kinds = denials() | denial_kinds() | UNASSERTED_KINDS
    return any(form in kinds for form in forms(word) if can_be_verb(form)) \
        or bool(general_words(word) & kinds) \
        or word not in reporting_verbs() | speaker_verbs() and valences().get(word, 0.0) < 0


@lru_cache(maxsize=1)
def denials() -> frozenset[str]:
    """The verbs among the negation cues and the verbs of doubt, in all their listed forms."""
    listed = set(word_lists()["negations"]) | set(frame_lists()["denied_doubts"])
    return frozenset(w for w in listed if can_be_verb(w))


@lru_cache(maxsize=1)
def denial_kinds() -> frozenset[str]:
    """What WordNet makes the denial verbs kinds of ("deny" -> contradict, negate)."""
    from .general import general_words
    return frozenset(g for w in denials() for g in general_words(w) if can_be_verb(g))
