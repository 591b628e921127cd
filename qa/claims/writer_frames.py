"""The writer's own stance on a claim's clause, told from the clause (round 55).

A written answer, a letter, an essay or a brief wraps its facts in what the writer does with
them: confirms ("I can confirm that P", "We note that P"), judges ("It is our assessment that
P", "It is worth recalling that P"), sets them against another's text ("Contrary to your article, P",
"Your correspondent got the date wrong: P", "Your report omitted that P"). The speaker of
such a frame is the writer, so the frame is no fact a source states; left in, its words
("confirm", "assessment", "correspondent") are weighed as facts no sentence holds and a
stated claim is not found. `writer_frame_removed` gives the clause the frame governs;
`qa.claims.frames.unframed` calls it with its other frames.

Who speaks decides. The writer: a first person ("I", "we", "our", "my"), the writer's own
institution named bare ("The Government notes that", as a minister's answer speaks), the
impersonal "it is worth recalling that", or a verdict on the reader's text ("your article", "what
you wrote"). A third party named ("the Government of Norland said that", "the minister noted
that") is a fact of the claim and stays, as before. A rival the writer answers ("My opponent
forgets that P", `opponent_frame`) is no party of the event either: the writer asserts P. Only verbs that assert or presuppose the
clause take part: "confirm", "note", "understand", "recognise", "overlooked that", never
"believe", "hope", "recommend", "propose", "deny", "expect" (they hedge, wish or deny: the
clause is no longer asserted). A verdict on another's text before a colon counts only when it
says the text erred ("got the date wrong", "is mistaken", "has it backwards"): "Your article
says: P" gives the text's P, the one the writer then corrects.
"""
from __future__ import annotations

import re

from ..search.wordnet import actor_noun
from .clause_size import clause
from .corrections import capitalised

# cheap test: most claims have none of these words, and then nothing below is tried
CUE_RE = re.compile(r"^(?:I|We|Our|My|It|The|This|His|Her|HM|Contrary|Your|You|What|As)\b")

# verbs by which a speaker asserts (or presupposes) the clause after "that"
ASSERTING = (r"(?:confirm|can\s+confirm|can\s+now\s+confirm|am\s+able\s+to\s+confirm|"
             r"are\s+able\s+to\s+confirm|note|understand|recognise|recognize|acknowledge|"
             r"observe|accept|know|can\s+report|(?:am|are)\s+(?:aware|satisfied|clear)|"
             r"(?:have|has)\s+(?:found|established|confirmed|noted|observed|recognised|"
             r"recognized|acknowledged))")
# the same verbs in the third person singular, for the writer's institution
ASSERTS = (r"(?:confirms|can\s+confirm|notes|understands|recognises|recognizes|acknowledges|"
           r"observes|accepts|knows|is\s+(?:aware|satisfied|clear)|"
           r"has\s+(?:found|established|confirmed|noted|observed|recognised|recognized|"
           r"acknowledged))")
# adverbs a speaker may put before the verb ("I can also confirm", "We would further note")
BESIDE = r"(?:\s+(?:also|further|again|now|hereby|would|can|do|would\s+also|would\s+further))*"
THAT = r"\s+that(?:\s*,\s*|\s+)(?=\S)"  # "I can confirm that, as of May, ..."
FIRST_PERSON_RE = re.compile(rf"^(?:I|We){BESIDE}\s+{ASSERTING}{THAT}")
# the writer's own institution, bare: "The Government" of a minister's answer; "the
# Government of Norland" names a third party (an "of" after it) and does not match
INSTITUTION = (r"(?:The|This|His\s+Majesty['\u2019]s|Her\s+Majesty['\u2019]s|HM)\s+"
               r"(?:Government|Department|Ministry)")
INSTITUTION_RE = re.compile(rf"^{INSTITUTION}{BESIDE}\s+{ASSERTS}{THAT}")
# "It is our assessment that", "It is my understanding, having reviewed ..., that", "Our
# assessment is that": the writer's own judgement, stated as the clause
JUDGEMENT = r"(?:assessment|understanding|view|judgement|judgment|conclusion|finding|position)"
OWN_JUDGEMENT_RE = re.compile(
    rf"^(?:It\s+is\s+(?:our|my)(?:\s+(?:considered|firm|clear))?\s+{JUDGEMENT}"
    rf"(?:\s*,[^,]{{1,120}},\s*|\s+)that\s+"
    rf"|(?:Our|My)(?:\s+(?:considered|firm|clear))?\s+{JUDGEMENT}\s+is\s+that\s+)(?=\S)")
# "It is worth recalling that P": the writer calls back a fact it asserts, as the listed
# "it is worth noting" does. Not "It is notable / striking / telling that P": measured, the
# adjectives of note exposed one false clause of a blind essay set to a wrong support (round
# 55), and they stay in
NOTABLE_RE = re.compile(
    r"^It\s+is\s+(?:also\s+)?worth\s+(?:recalling|stressing|recording|underlining|"
    r"emphasising|emphasizing|repeating)\s+that\s+(?=\S)")
# the reader's text, which the writer corrects: "your article", "what you wrote", "what your
# correspondent implied", "the article"
READERS_TEXT = (r"(?:your\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}"
                r"|what\s+(?:you|your\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)"
                r"(?:\s+(?:had|have|has))?\s+(?:said|wrote|written|write|reported|report|"
                r"reports|claimed|claims|stated|states|suggested|suggests|implied|implies|"
                r"printed|published|says)"
                r"|(?:the|this|that|yesterday['\u2019]s|last\s+week['\u2019]s)\s+"
                r"(?:article|report|piece|letter|column|story|editorial|headline|post|thread)"
                r"|(?:popular|common|widespread|received|conventional)\s+"
                r"(?:belief|opinion|perception|wisdom|view|assumption)"
                r"|(?:some|many|earlier|recent|media|press)\s+(?:reports|accounts|claims))")
CONTRARY_RE = re.compile(rf"^Contrary\s+to\s+(?i:{READERS_TEXT})\s*,\s*(?=\S)")
# "Your correspondent got the date wrong: P", "Your article is mistaken: P", "Your article
# has it backwards: P", "You have this the wrong way round: P": a lead before a colon whose
# subject is the reader or the reader's text and that says it erred
ERRED = (r"(?:wrong|wrongly|mistaken|mistake|mistakes|backwards|back\s+to\s+front|"
         r"wrong\s+way\s+round|incorrect|incorrectly|inaccurate|inaccurately|error|errors|"
         r"erred|misleading|misstated|misstates|misreported|misreports|misread|misreads|"
         r"confused|confuses|muddled|garbled|untrue|false|slip|correction)")
VERDICT_LEAD_RE = re.compile(
    rf"^(?:Your|You)\b(?P<lead>[^:;.\d]{{0,90}})\b{ERRED}\b[^:;.\d]{{0,40}}:\s+(?=\S)")
# "Your correspondent overlooked that P", "Your report omitted that P", "You failed to
# mention that P": what the reader's text left out, which the writer asserts
LEFT_OUT = (r"(?:overlooked|overlooks|omitted|omits|ignored|ignores|missed|misses|"
            r"forgot|forgets|left\s+out|leaves\s+out|neglected\s+to\s+(?:mention|say|note|add)|"
            r"failed\s+to\s+(?:mention|say|note|add|report)|did\s+not\s+(?:mention|say|note|"
            r"add|report)|didn['\u2019]t\s+(?:mention|say|note|add|report))")
LEFT_OUT_RE = re.compile(
    rf"^(?:Your(?:\s+[\w'\u2019-]+){{1,3}}|You)(?:\s+(?:also|simply|entirely|completely))?"
    rf"\s+{LEFT_OUT}(?:\s+to\s+(?:mention|say|note|add))?(?:\s+the\s+fact)?{THAT}")

# "My opponent forgets that P", "Our critics overlook that P", "My learned colleague
# conveniently ignores the figures: P" (round 64): a debater's or letter-writer's rival,
# named by the writer's own possessive and a noun of persons, leaves out what the writer then
# asserts; a factive verb presupposes its clause, so P is the writer's fact, the rival's
# forgetting no fact a source states. The rival's noun is checked in `opponent_frame`. Only
# the present tense: a rebuttal answers the rival's argument as it stands, while a past
# ("Our patrols overlooked that the ford was mined", a mission's own voice) tells an event
# of the report, which a source must state.
# ("misses" is left out: "Our crews miss the fords: ..." tells a deed, not an argument)
OVERLOOKING = (r"(?:overlooks|overlook|omits|omit|ignores|ignore|forgets|forget|"
               r"leaves\s+out|leave\s+out|neglects?\s+to\s+(?:mention|say|note|add)|"
               r"fails?\s+to\s+(?:mention|say|note|add|report)|"
               r"(?:does|do)\s+not\s+(?:mention|say|note|add|report)|"
               r"(?:doesn|don)['\u2019]t\s+(?:mention|say|note|add|report))")
# one adverb before the verb: a listed one or one in "-ly" ("conveniently ignores"); a
# factive verb presupposes its clause under any adverb, even a negative one
ASIDE = r"(?:\s+(?:also|simply|entirely|completely|still|again|[a-z]{3,}ly))?"
OPPONENT_RE = re.compile(
    rf"^(?:My|Our)(?P<modifiers>(?:\s+[a-z][a-z'\u2019-]*){{0,2}}?)\s+(?P<noun>[a-z]+)"
    rf"{ASIDE}\s+{OVERLOOKING}(?:\s+to\s+(?:mention|say|note|add))?"
    rf"(?:\s+the\s+fact{THAT}|{THAT}|(?P<lead>\s[^:;.\d]{{0,40}}):\s+(?=\S))")

READINGS = (FIRST_PERSON_RE, INSTITUTION_RE, OWN_JUDGEMENT_RE, NOTABLE_RE, CONTRARY_RE,
            VERDICT_LEAD_RE, LEFT_OUT_RE)


def writer_frame_removed(text: str) -> str:
    """`text` without a frame whose speaker is the writer (itself when it has none)."""
    if CUE_RE.match(text) is None:
        return text
    for pattern in READINGS:
        match = pattern.match(text)
        if match is None:
            continue
        rest = text[match.end():]
        if not clause(rest):
            return text
        return capitalised(rest)
    return opponent_frame(text)


def opponent_frame(text: str) -> str:
    """The clause a rival of the writer is said to leave out ("My opponent forgets that P",
    "Our critics ignore the record: P"), or `text` when the claim has no such frame. The
    subject must be a person or group (WordNet's first sense: `actor_noun`) after the writer's
    "my"/"our": a party of the reports ("The junta ignored that P", "France forgot that P")
    did something a source must state, and stays. Verbs that do not presuppose their clause
    ("claims", "believes", "denies", "hopes") do not match."""
    match = OPPONENT_RE.match(text)
    if match is None or actor_noun(match.group("noun")) is None:
        return text
    rest = text[match.end():]
    if not clause(rest):
        return text
    return capitalised(rest)
