"""The clause a speaker's frame reports, read alone when the whole claim finds nothing
(round 74).

Claims come in the voice of whoever said them: a speaker opening the claim ("Our delegation
recalls that P", "A senior official said P", "According to a spokesperson, P"), a resolution's
participle with no subject ("Recalling that P", "Noting with concern that P"), or a speaker
between commas or closing the claim ("P, officials say, Q", "P, a spokesperson said."). The
frame's words can help retrieve the sentence that tells who said it, so the claim is read whole
first; stripping every such frame first lost two right verdicts to not_found (frames80, round
73). Only a claim the whole reading leaves not_found is read again as its clause
(`check.check`), and the clause's verdict is taken when it is
- contradicted by a passage that does not name the frame's speaker: "The harbour board said
  P" is true where the passage tells that the board said P and others say not P;
- supported with every fact of the clause stated, by a sentence that does not give the clause
  to another speaker (a verb of saying or "according to" with none of the speaker's words):
  the clause alone is a looser reading than the claim, as a citation's content is
  (`check.check_cited`).
Who said it is the claim's voice, not a fact of the event: it is shown as the attribution
("an unnamed source, no fact to check"), not weighed.

Read narrowly, by syntactic place and WordNet's classes rather than a list of phrases: the
speaker is a short phrase whose last word is a noun of a person or a group (`actor_noun`:
"delegation", "officials", "staffer"), never a name (a named speaker is a fact the whole
reading weighs); the verb is one of communication or cognition (`communicates`, `thinks`) and
not one that doubts or denies (`speaker_hedges.negative`); without "that" only a verb that
takes a bare clause ("said", `cited.BARE_CLAUSE`). What is left must be a clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..search.wordnet import (actor_kind, actor_noun, cognition_nouns, communicates,
                              derivations, proper_noun, synonyms, thinks)
from ..text.analyze import load_stopwords
from ..text.lexicon import country_names, valences
from .cited import BARE_CLAUSE
from .rhetoric import DEGREE_WORDS
from .corrections import capitalised
from .clause_size import clause
from .speaker_hedges import negative, saying_verbs

# what may stand between the speaker and the verb ("has also recalled", "would like to stress")
BESIDE = r"(?:\s+(?:also|again|once\s+again|further|has|have|had|would|must|wishes\s+to|" \
         r"wish\s+to|would\s+like\s+to|firmly|strongly))*"
WORD = r"[\w.'\u2019-]+"
# after "according to": up to six words, none a comma or a quote
SPEAKER = rf"(?P<speaker>{WORD}(?:\s+{WORD}){{0,5}}?)"
# "told reporters", "informed the Council", "reminded members": a verb and its addressee
ADDRESSEE = r"(?:\s+(?!(?:that|once|again|also)\b)(?P<addressee>(?:the\s+)?[a-z]+))?"
# an adverb in "-ly" before the verb ("Participants generally agreed"), tested in `asserting`
ADVERB = r"(?:\s+(?P<adverb>[a-z]+ly))?"
MAX_SPEAKER_WORDS = 8  # "A deputy director of the regional transit agency"
# "recall once again that", "stress also that"
AGAIN = r"(?:\s+(?:once\s+again|again|also))?"
# the manner of saying between the verb and "that", as a resolution's participle has it
# ("notes with regret that", "recalls with deep concern that"): how the speaker takes the
# fact, which it still asserts
MANNER = r"(?:\s+with\s+(?:[a-z]+\s+)?(?P<manner>[a-z]+))?"
# the speaker's phrase of one to eight words before the verb, each length its own pattern: the
# verb is the first word after a speaker that reads as one
LEADING_RES = tuple(
    re.compile(rf"^(?P<speaker>{WORD}(?:\s+{WORD}){{{n}}}){BESIDE}{ADVERB}\s+(?P<verb>[a-z]+)"
               rf"(?:{ADDRESSEE}{MANNER}{AGAIN}\s+(?P<that>that)\b\s*,?|\s*,|(?=\s))\s*(?=\S)")
    for n in range(MAX_SPEAKER_WORDS))
# the speaker's state of mind, a copula and an adjective before "that" ("Our delegation is
# mindful that P", "The committee remains fully aware that P"): tested in `mindful`
COPULA = r"(?:is|are|remains|remain)(?:\s+[a-z]+ly)?\s+"
COPULA_ADJECTIVE_RE = re.compile(rf"\b{COPULA}([a-z]+)\s+that")
MINDFUL_RES = tuple(
    re.compile(rf"^(?P<speaker>{WORD}(?:\s+{WORD}){{{n}}})\s+{COPULA}"
               rf"(?P<adjective>[a-z]+)\s+(?P<that>that)\b\s*,?\s*(?=\S)")
    for n in range(MAX_SPEAKER_WORDS))
# "Recalling that P", "Noting with deep concern that P", "Recalling also that P"
PARTICIPLE_RE = re.compile(r"^(?P<verb>[A-Z][a-z]+ing)(?:\s+(?:also|further|again)"
                           r"|\s+with\s+(?:[a-z]+\s+)?[a-z]+)*\s+that\s*,?\s*(?=\S)")
# the main clause after a participle's clause: ", the delegation regretted ..."
MAIN_CLAUSE_RE = re.compile(r",\s+(?P<subject>(?:the|our|my|this|its|their)\s+[a-z]+)\s+[a-z]+")
# "According to a senior official, P"
ACCORDING_RE = re.compile(rf"^(?i:according\s+to)\s+{SPEAKER}\s*,\s*(?=\S)")
# "P, officials say, Q" / "P, a spokesperson said."
ASIDE_RE = re.compile(r",\s*(?P<speaker>[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,6}?)"
                      r"\s+(?:(?:have|has)\s+)?(?P<verb>say|says|said|told\s+[a-z]+|noted|stressed|"
                      r"insisted|added|explained|confirmed)\s*(?:,\s*|(?=[.!]*\s*$))")
# words that make the phrase before the verb something other than a speaker
NOT_SPEAKER = frozenset("not never no did does do that which who it this there but and yet "
                        "while".split())
REPORTING = frozenset({"according"})
PREPOSITIONS = frozenset("of to from at in for with on".split())
OWN = frozenset({"our", "my"})  # the claim's author speaking: "Our delegation", "My country"
PASSIVE_BE = frozenset("is are was were be been being".split())


@dataclass(frozen=True)
class Frame:
    """A speaker's frame and the clause it reports."""
    words: str  # the frame as written ("Our delegation recalls that")
    speaker: str  # who says it ("Our delegation"), "" for a participle's unnamed voice
    clause: str  # what is said, as a claim
    # whose voice: "own" (the claim's author: "Our delegation", "My government", a
    # resolution's participle), "other" (a third party: "A senior official", "officials")
    # or "document" (the text the claim was read in: `qa.claims.document_voice`)
    voice: str = "other"
    # a main clause after a participle's clause ("Recalling that P, the delegation regretted
    # Q"): its fact is not checked, so the clause alone may contradict the claim, not support it
    remainder: str = ""


def reported_clause(claim: str) -> Frame | None:
    """The frame around the claim's clause and that clause, or None."""
    for read in (leading, minded, participle, according, aside):
        frame = read(claim)
        if frame is not None and clause(frame.clause):
            return frame
    return None


def leading(claim: str) -> Frame | None:
    for pattern in LEADING_RES:
        match = pattern.match(claim)
        frame = match and speaker_phrase(match.group("speaker")) and said_with(claim, match)
        if frame:
            return frame
    return None


def minded(claim: str) -> Frame | None:
    for pattern in MINDFUL_RES:
        match = pattern.match(claim)
        if match and speaker_phrase(match.group("speaker")) and mindful(match.group("adjective")):
            return frame_at(claim, match, match.group("speaker"))
    return None


def mindful(adjective: str) -> bool:
    """An adjective of knowing ("aware", "mindful", "cognizant", "conscious"): it, or a WordNet
    synonym of it, is the adjective of a noun whose first sense is cognition ("mindful" is
    "aware": awareness); not one VADER's raters call negative ("unaware", "doubtful",
    "sceptical"), which denies or doubts the clause."""
    if valences().get(adjective, 0.0) < 0:
        return False
    nouns = cognition_nouns()
    return any(noun in nouns for word in (adjective, *synonyms(adjective))
               for noun in derivations(word))


def said_with(claim: str, match: re.Match) -> Frame | None:
    """The frame of a speaker's phrase before a verb of saying, when the verb is one."""
    verb, addressee = match.group("verb"), match.group("addressee")
    adverb = match.group("adverb")
    if not reporting_verb(verb) or adverb and not asserting(adverb):
        return None
    if addressee and not (match.group("that") and communicates(verb) and telling(addressee)):
        return None
    if not match.group("that") and verb not in BARE_CLAUSE:
        return None
    return frame_at(claim, match, match.group("speaker"))


def participle(claim: str) -> Frame | None:
    match = PARTICIPLE_RE.match(claim)
    if match is None or not reporting_verb(match.group("verb").lower()):
        return None
    frame = frame_at(claim, match, "", "own")
    # its subject a determiner and a noun of a person or a group ("the delegation")
    main = next((m for m in MAIN_CLAUSE_RE.finditer(frame.clause)
                 if actor_noun(m.group("subject").split()[-1]) is not None), None)
    if main is None:
        return frame
    return Frame(frame.words, "", frame.clause[:main.start()] + ".", "own",
                 frame.clause[main.start():].strip(" ,"))


def according(claim: str) -> Frame | None:
    match = ACCORDING_RE.match(claim)
    if match is None or not speaker_phrase(match.group("speaker")):
        return None
    return frame_at(claim, match, match.group("speaker"))


def aside(claim: str) -> Frame | None:
    """"P, officials say, Q" read as "P Q"; "P, a spokesperson said." as "P."."""
    match = ASIDE_RE.search(claim)
    if match is None or not speaker_phrase(match.group("speaker")):
        return None
    closing = not match.group(0).rstrip().endswith(",")
    rest = claim[:match.start()] + ("" if closing else " ") + claim[match.end():]
    return Frame(match.group(0).strip(" ,"), match.group("speaker"), " ".join(rest.split()),
                 voice_of(match.group("speaker")))


def frame_at(claim: str, match: re.Match, speaker: str, voice: str = "") -> Frame:
    return Frame(match.group(0).strip(), speaker, capitalised(claim[match.end():]),
                 voice or voice_of(speaker))


def voice_of(speaker: str) -> str:
    """"own" for the claim's author speaking as the group it belongs to ("Our delegation",
    "My government": a noun whose first WordNet sense is a group), else "other" ("My
    opponent", "Our rivals": persons the author speaks of)."""
    words = speaker.split()
    return "own" if words[0].lower() in OWN and actor_kind(head_of(speaker)) == "g" else "other"


def speaker_phrase(phrase: str) -> bool:
    """A phrase naming a speaker by what it is: its last word a noun of a person or a group,
    in lower case (a name is a fact the whole reading weighs), and no word of a clause; not a
    party of the story: a definite speaker ("the army", "the ministry": the sources may tell
    what it said), one of a country ("Ivorian diplomats", "Malian officials": a state's
    statements are events of the story, as `cited.Citation.party` reads them) or one owned
    by a name ("Vermont's state government")."""
    words = phrase.split()
    if words[0].lower() == "the" or any(w.lower().strip(".") in country_names()
                                         or w.endswith(("'s", "\u2019s")) for w in words):
        return False
    head = head_of(phrase)
    if len(words) == 1 and head.istitle() and not proper_noun(head):
        head = head.lower()  # "Officials say ...", not "Arrhenius said" nor "NOAA said"
    return head.isalpha() and head.islower() and head not in load_stopwords() \
        and actor_noun(head) is not None \
        and not any(w.lower() in NOT_SPEAKER or w.lower().endswith(("n't", "n\u2019t"))
                    for w in words)


def head_of(phrase: str) -> str:
    """The speaker phrase's head: its last word before a preposition ("official" of "A senior
    official of the transport directorate"), else its last word."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in PREPOSITIONS), len(words))
    return words[cut - 1]


def reporting_verb(verb: str) -> bool:
    """A verb of saying or knowing that asserts what it frames ("recalls", "stressed",
    "noting"), not one that doubts or denies it ("doubted", "deplores")."""
    return (communicates(verb) or thinks(verb) or verb in saying_verbs()) \
        and not negative(verb) and not negative(re.sub(r"(?:s|ed|ing)$", "", verb))


def asserting(adverb: str) -> bool:
    """An adverb that leaves the verb asserting its clause ("generally", "repeatedly"), not a
    degree or a negative one ("hardly", "wrongly")."""
    return adverb not in DEGREE_WORDS and valences().get(adverb, 0.0) >= 0


def telling(addressee: str) -> bool:
    """The words between a verb of telling and its "that": whom it tells ("reporters", "the
    Council"), not a clause's start."""
    word = addressee.split()[-1]
    return word not in load_stopwords() and actor_noun(word) is not None


def speaker_terms(frame: Frame, terms) -> frozenset[str]:
    """The analyzer's terms of the speaker's head noun ("clerk" of "A junior U.N. clerk";
    `terms`: the index's analyzer): who the speaker is, not how it is described."""
    return frozenset(terms(head_of(frame.speaker))) if frame.speaker else frozenset()


def told_by_speaker(text: str, speaker: frozenset[str], terms) -> bool:
    """The text names the frame's speaker: it may tell that the speaker said the clause, which
    is true whatever else the text says of the clause."""
    return bool(speaker & set(terms(text)))


def given_to_another(sentence: str, speaker: frozenset[str], terms) -> bool:
    """The sentence reports its content as someone's saying ("..., officials said", "according
    to eyewitnesses") and names none of the frame's speaker's words."""
    lowered = sentence.lower()
    found = list(re.finditer(r"[a-z]+", lowered))
    words = [m.group() for m in found]
    says = any(w in REPORTING or (communicates(w) and w.endswith(("s", "ed", "said", "told"))
                                  and not agentless(words, k) and frames_content(found, k, lowered))
               for k, w in enumerate(words))
    return says and not told_by_speaker(sentence, speaker, terms)


REPORT_REACH = 4  # words from a verb of saying to its "that": "told reporters on Friday that"
# what may close a verb of saying's clause right after it: "..., officials said.", "said: '..."
CLOSING_MARK_RE = re.compile(r"[.,;:!?\"“”'‘’()—–-]")


def frames_content(found: list[re.Match], k: int, text: str) -> bool:
    """The verb of saying at `k` frames what the sentence tells: a "that" follows it within
    REPORT_REACH words ("officials said that", "told the council that"), or no word does
    before a stop, a comma or a quotation mark ("..., officials said.", "said: '..."). A verb
    WordNet files under communication that takes an object and "to" ("mandated the council
    to hire pilots", "authorized crews to") gives the content to nobody."""
    if k + 1 == len(found) or CLOSING_MARK_RE.search(text, found[k].end(), found[k + 1].start()):
        return True
    return any(m.group() == "that" for m in found[k + 1:k + 1 + REPORT_REACH])


def agentless(words: list[str], k: int) -> bool:
    """The verb of saying at `k` is a passive without its agent ("it was noted that"): nobody
    is given the content."""
    return k > 0 and words[k - 1] in PASSIVE_BE and words[k + 1:k + 2] != ["by"]


def own_assertion(frame: Frame) -> bool:
    """The frame is the claim's author asserting the clause in full ("Our delegation recalls
    that P", "Recalling that P"): a source stating P supports the claim. A third party's saying
    ("A senior official said P", "My opponent claims P") is an event of its own, which a
    source stating P in its own voice does not state; so is a clause with a main clause after
    it, whose fact is not checked."""
    if frame.voice == "document":
        # the text the claim was read in, its verb already one that asserts
        # (`qa.claims.document_voice`)
        return not frame.remainder
    if frame.voice != "own" or frame.remainder:
        return False
    words = re.findall(r"[a-z]+", frame.words.lower())
    # (an adjective of knowing is factive: "Our delegation is mindful that P" asserts P)
    return any(w in saying_verbs() or re.sub(r"(?<=ss)es$|s$", "", w) in saying_verbs()
               or w.endswith("ing") and reporting_verb(w) for w in words) \
        or any(mindful(m.group(1)) for m in COPULA_ADJECTIVE_RE.finditer(frame.words))
