"""A first-person hedge or report frame around a claim's clause: the speaker's access to the
fact, not the fact (round 73).

Written evidence, testimony and letters wrap each fact in how the writer came by it: a main
clause before "that" ("I understand that P", "We believe that P", "I am told that P", "We
were given to understand that P", "It is our understanding that P"), the same frame as an
aside between commas ("P, I understand, Q", "..., as I understand it, ...", "..., as I
recall the record, ..."), or an adjunct of the speaker's mind ("To my knowledge, P", "In my
view, P", "..., so far as we are aware, ..."). Left in, its words ("understand", "knowledge")
are weighed as facts no source states, and an aside inside the clause breaks it in two,
so a stated claim is not found. `unhedged` gives the clause; `check.check` reads it in the
claim's place. The clause keeps every fact: a claim whose clause the sources contradict is
still contradicted.

Each reading is a syntactic place and a test from WordNet, not a list of phrases met:
- the speaker is the first person ("I", "we"); a third party named ("The minister said he
  understood that P") is a fact of the claim and stays;
- the verb is one of cognition (its first sense in WordNet's verb.cognition: "understand",
  "believe", "recall", "think", "know") or one of the speaker's frames of saying the
  project lists (qa/data/frames.json "first_person_verbs": "note", "stress", "say"); a
  passive of being told is a verb of communication's participle ("told", "informed",
  "advised"), "given to understand", or "aware";
- the adjunct's noun has its first sense in noun.cognition ("knowledge", "view",
  "understanding", "recollection"; `tools/wordnet_cognition_nouns.py`): "in my country",
  "in my absence" say where or when and stay;
- no frame that doubts or denies its clause: a negation ("I do not believe"), a verb VADER's
  raters call negative ("doubt", "reject", "forget", "disbelieve") or a verb made from such a
  verb with "dis-" or "mis-" ("misremember", "mistrust"), or a negative degree adverb ("I
  hardly think") is no hedge: without it the claim would assert what the speaker denies.
What is left must be a clause of four words or more.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import cognition_nouns, communicates, thinks
from ..text.lexicon import frame_lists, valences
from .clause_size import clause
from .corrections import capitalised
from .rhetoric import DEGREE_WORDS

SPEAKER = r"(?:I|[Ww]e)"
# what may stand between the speaker and the verb: "I would respectfully note", "we also
# believe", "I can recall"; an adverb in "-ly" is tested in `asserting`
BESIDE = r"(?:\s+(?P<adverb>[a-z]+ly)|\s+(?:would|should|can|could|do|also|further|still|now|" \
         r"have|had|firmly|well))*"
ACTIVE = rf"{SPEAKER}(?:['\u2019]d)?{BESIDE}\s+(?P<verb>[a-z]+(?:\s+out)?)"
# "I am told", "I have been told", "I'm given to understand", "we are aware"
PASSIVE = (rf"{SPEAKER}(?:['\u2019]m|['\u2019]re|['\u2019]ve\s+been|\s+am|\s+are|\s+was|\s+were|"
           r"\s+have\s+been|\s+had\s+been)(?:\s+(?:also|now|reliably|credibly))?"
           r"\s+(?P<passive>given\s+to\s+understand|aware|[a-z]+ed|told)")
FRAME = rf"(?:{PASSIVE}|{ACTIVE})"
# "It is our understanding that", "My view is that"
OWN_NOUN = (r"(?:It\s+is\s+(?:my|our)(?:\s+own)?\s+(?P<own>[a-z]+)"
            r"|(?:My|Our)(?:\s+own)?\s+(?P<owner>[a-z]+)\s+is)")
LEADING_RE = re.compile(rf"^(?:{FRAME}|{OWN_NOUN})(?:\s*,\s*|\s+)that(?:\s*,\s*|\s+)(?=\S)")
# the aside: "I understand", "as I understand it", "as I read the file", "so far as
# we are aware"; and the adjunct of the speaker's mind: "to my knowledge", "to the best of our
# recollection", "in my view"
FRAMED = (rf"(?:(?:[Ss]o|[Aa]s)\s+far\s+)?(?:[Aa]s\s+)?{FRAME}"
          r"(?:\s+(?:it|so|this)|\s+(?:the|this|that)\s+[a-z]+)?")
MINDED = (r"(?:[Tt]o|[Ii]n|[Ff]rom)\s+(?:the\s+best\s+of\s+)?(?:my|our)(?:\s+own)?"
          r"\s+(?P<noun>[a-z]+)")
ASIDE_START_RES = tuple(re.compile(rf"^{aside}\s*,\s*(?=\S)") for aside in (FRAMED, MINDED))
ASIDE_INSIDE_RES = tuple(re.compile(rf",\s*{aside}\s*(?:,\s*|(?=[.!]*\s*$))")
                         for aside in (FRAMED, MINDED))
CUE_RE = re.compile(r"\b(?:I|[Ww]e|my|our|My|Our)\b")
NEGATING_PREFIXES = ("dis", "mis")


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """The speaker's own frames of saying (qa/data/frames.json), one word each."""
    return frozenset(v.split()[0] for v in frame_lists()["first_person_verbs"])


def negative(word: str) -> bool:
    """A word VADER's raters call negative ("doubt", "reject"), or one made with "dis-" or
    "mis-" from a verb of cognition ("misremember", "mistrust", "disbelieve"). Not a frame of
    the speaker's saying the project lists: "stress" is rated as a noun of strain, and "We
    would stress that P" asserts P."""
    if word in saying_verbs():
        return False
    if valences().get(word, 0.0) < 0:
        return True
    return any(word.startswith(p) and len(word) > len(p) + 3 and thinks(word[len(p):])
               for p in NEGATING_PREFIXES)


def asserting(match: re.Match) -> bool:
    """The frame matched hedges or reports its clause, not doubts or denies it."""
    groups = match.groupdict()
    adverb = groups.get("adverb")
    if adverb and (adverb in DEGREE_WORDS or valences().get(adverb, 0.0) < 0):
        return False
    verb, passive = groups.get("verb"), groups.get("passive")
    noun = groups.get("noun") or groups.get("own") or groups.get("owner")
    if noun is not None:
        return noun in cognition_nouns()
    if passive is not None:
        if passive.startswith("given") or passive == "aware":
            return True
        return communicates(passive) and not negative(passive)
    if verb is None:
        return False
    head = verb.split()[0]
    return (thinks(head) or head in saying_verbs()) and not negative(head)


def unhedged(text: str) -> str:
    """`text` without its first-person hedges and report frames (itself when it has none)."""
    if CUE_RE.search(text) is None:
        return text
    for pattern in (LEADING_RE,) + ASIDE_START_RES:
        match = pattern.match(text)
        if match is not None and asserting(match) and clause(text[match.end():]):
            text = capitalised(text[match.end():])
            break
    shorter = text
    for pattern in ASIDE_INSIDE_RES:
        shorter = pattern.sub(lambda m: (" " if m.group(0).rstrip().endswith(",") else "")
                              if asserting(m) else m.group(0), shorter)
    return shorter if shorter != text and clause(shorter) else text


# "I doubt that P", "We do not believe that P", "I never thought that P", "I can't say that P"
DOUBTING_RE = re.compile(
    rf"^{SPEAKER}(?P<before>(?:['\u2019]d|\s+(?:do|did|does|would|could|can|really|still|"
    r"simply|just|honestly))*(?:\s+(?:not|never)|n['\u2019]t)?(?:\s+(?:really|quite))?)"
    r"\s+(?P<verb>[a-z]+)\s+(?P<that>that|whether|if)\s+(?=\S)")
NEGATION_RE = re.compile(r"\b(?:not|never)\b|n['\u2019]t\b")


def doubted(text: str) -> bool:
    """The claim opens with the speaker doubting or denying its clause: a first-person verb of
    cognition or of the speaker's saying under a negation ("We do not believe that P", "I can't
    say that P"), or one VADER's raters call negative ("I doubt that P", "We dispute that P"), or
    one that asks whether P ("I wonder whether P").
    A source stating P does not support such a claim."""
    match = DOUBTING_RE.match(text)
    if match is None:
        return False
    verb = match.group("verb")
    framing = thinks(verb) or verb in saying_verbs() or communicates(verb)
    # "I wonder whether P", "I asked if P": an open question asserts nothing
    return framing and (NEGATION_RE.search(match.group("before")) is not None
                        or negative(verb) or match.group("that") != "that")
