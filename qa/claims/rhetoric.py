"""The writer's comment on a claim's fact, told from the fact (round 54).

An opinion column wraps a checkable core in the writer's verdict on it: a verdict before a colon
("The old scheme is hardly reassuring: a volunteer fleet ... kept the harbour open";
"The tally speaks for itself: ..."), a disjunct saying what the fact tells or how it
strikes the writer ("Damningly, ..."), an intensifier ("widened yet again"), a tail that
comments on the whole clause rather than adding to it ("..., a gap no planner could ever
ignore"; "..., which only widened the split"; "..., though not nearly enough"), a deed the
subject passed over for the one it did ("Rather than answer the charges, the board disputed
the audit"), a concession on the subject ("For all its faults, ..."), a scalar or emphatic
particle ("had not even been asked", "simply took over", "actually improved"). No source
states these words, so left in they are weighed as facts the sources leave unsaid and a
stated claim is not found. `rhetoric_removed` gives the claim without them;
`qa.claims.frames.unframed` calls it with its other frames.

Each reading is a closed syntactic place plus a test that the words in it judge rather than
report: a word VADER's raters gave a polarity (`valences`), a verb of communication
(`communicates`, "tellingly": what the fact tells), a modal (what could or would be is no
event), a focus particle before the verb of a sentential "which". Nothing is taken out that
holds a figure, a date or a name, and nothing that changes what the core asserts: a negation
or a quantifier of the core ("not once", "no fewer than 7") is in the core and stays. So do
particles of time ("already", "still": "the boats were already at sea"
is the fact a source may deny).
Not taken out, measured: "..., to its credit, ..." (a VADER-rated noun after a possessive)
made one wrong support on a blind set (round 54): the judgement of a deed can be what a
claim gets wrong.
"""
from __future__ import annotations

import re

from ..search.wordnet import MODALS, can_be_verb, communicates
from ..text.analyze import load_stopwords
from ..text.lexicon import valences

# a verdict before a colon: a subject of a few words, a copula, an optional degree or
# negation ("hardly", "not", "far from"), an optional adverb, and the judging adjective; or
# the idiom that hands the point to what follows ("speaks for itself")
COPULA = r"(?:is|was|are|were|remains|remained|looks|looked|seems|seemed|has\s+been|had\s+been)"
DEGREE = (r"(?:hardly|scarcely|barely|not|never|far\s+from|anything\s+but|less\s+than|"
          r"no\s+less\s+than|nothing\s+short\s+of)")
VERDICT_RE = re.compile(
    rf"^(?P<subject>(?:[\w'\u2019-]+\s+){{1,5}}?){COPULA}\s+(?:{DEGREE}\s+)?"
    rf"(?:(?P<adverb>[a-z]+ly)\s+)?(?P<adjective>[a-z-]+)\s*:\s+(?=\S)")
ITSELF_RE = re.compile(
    r"^(?:[\w'\u2019-]+\s+){1,5}?(?:speaks?\s+for\s+(?:itself|themselves)|says?\s+it\s+all|"
    r"tells?\s+(?:its|their)\s+own\s+story)\s*:\s+(?=\S)")
# "Damningly, ...": an "-ingly" disjunct at the start
INGLY_RE = re.compile(r"^([A-Z][a-z]+ingly)\s*,\s*(?=\S)")
# "yet again": "yet" only stresses "again"
YET_AGAIN_RE = re.compile(r",\s*yet\s+again\s*,|\byet\s+again\b", re.IGNORECASE)
# a tail set off by a comma to the end: an appositive on the whole clause ("..., a stretch
# no planner could ever ignore") or a sentential "which" led by a focus particle ("...,
# which only widened the split")
APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+(?P<tail>[a-z][^,;:]*?)\s*(?P<end>[.!]?)\s*$")
WHICH_ONLY_RE = re.compile(
    r",\s+which\s+(?:only|merely|simply|just|further)\s+(?P<tail>[a-z][^,;:]*?)"
    r"\s*(?P<end>[.!]?)\s*$")
# "..., though not nearly enough.": a verbless concessive of degree words alone
CONCESSIVE_RE = re.compile(
    r",\s+(?:though|although|albeit|if)\s+(?P<tail>[a-z][a-z\s]*?)\s*(?P<end>[.!]?)\s*$")
DEGREE_WORDS = frozenset("never not quite enough always rather too very so fully entirely "
                         "wholly altogether sufficiently hardly barely scarcely nearly "
                         "almost".split())
# "Rather than answer X, ...": the deed passed over, a base verb after the opener
RATHER_RE = re.compile(r"^(?:Rather\s+than|Instead\s+of)\s+(?P<verb>[a-z]+)\b[^,;:]{0,80},\s*"
                       r"(?=[a-z]*[A-Za-z])")
# particles of emphasis or focus that add no fact to the verb they stand before: "merely" and
# "simply" (WordNet: "and nothing more", the synset of "only" that restricts a verb phrase;
# before a figure, "simply two weeks", it restricts the figure and stays), "actually"
# (WordNet's senses: "in actual fact", "surprisingly", "to add slight emphasis"; not the
# one of time, "at the present moment", which stands after its verb)
EMPHASIS_BEFORE_VERB = frozenset({"merely", "simply", "actually"})
# "even" after a negation ("had not even been asked", "never even tried") or before a
# comparative ("even more exposed"), and "Even" opening a noun phrase or an "after" /
# "before" phrase ("Even the harbour master ...", "Even after the storm, ..."): a scalar
# particle, the writer's surprise, no fact; "even if", "even though", "even as", "even so",
# "even when" are conjunctions and stay
EVEN_RE = re.compile(
    r"(?<=\bnot\s)even\s+|(?<=\bnever\s)even\s+|(?<=n['\u2019]t\s)even\s+|"
    r"\beven\s+(?=(?:more|less|worse|better|further|greater|fewer|larger|smaller)\b)|"
    r"^Even\s+(?=(?:the|a|an|its|their|his|her|after|before)\s)")
# "For all its faults, ...": a concessive disjunct ("despite its faults") on the subject
FOR_ALL_RE = re.compile(
    r"^(?i:for\s+all)\s+(?:its|their|his|her)\s+(?:[a-z]+\s+)?[a-z]+\s*,\s*(?=\S)")
WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
MIN_CORE_WORDS = 5  # what is left must be a clause of its own, not a fragment


def rhetoric_removed(text: str) -> str:
    """`text` without the writer's comment on its fact (itself when it has none)."""
    if not cheap_cue(text):
        return text
    core = text
    core = verdict_removed(core)
    core = disjunct_removed(core)
    core = YET_AGAIN_RE.sub(lambda m: again_only(m.group(0)), core)
    core = tail_removed(core)
    core = passed_over_removed(core)
    core = EVEN_RE.sub("", core)
    core = FOR_ALL_RE.sub("", core)
    core = emphasis_removed(core)
    core = " ".join(core.split())
    if core == text or len(WORD_RE.findall(core)) < MIN_CORE_WORDS:
        return text
    return core[0].upper() + core[1:] if core[:1].islower() else core


CUE_RE = re.compile(r":|ingly,|\byet\s+again\b|,\s+(?:a|an|which|though|although|albeit|if)\s|"
                    r"^(?:Rather|Instead|For\s+all)\b|\b(?:even|merely|simply|actually)\b",
                    re.IGNORECASE)


def cheap_cue(text: str) -> bool:
    """Whether any reading could apply: most claims have none of these marks."""
    return CUE_RE.search(text) is not None


# words of quantity: "which only lasted a week", "a move that cost dozens of jobs" measure
# something, a fact of their own, though no digit is written
QUANTITY_WORDS = frozenset("a an one two three four five six seven eight nine ten eleven twelve "
                           "dozen dozens hundred hundreds thousand thousands million millions "
                           "billion few several many half most".split())


def fact_bearing(span: str) -> bool:
    """A figure, a date or a name (a capitalised word past the first) is a fact, not a
    comment."""
    if re.search(r"\d", span):
        return True
    words = WORD_RE.findall(span)
    return any(w[:1].isupper() for w in words[1:])


def measuring(span: str) -> bool:
    """The span counts or measures something in words ("a week", "dozens of jobs")."""
    return any(w.lower() in QUANTITY_WORDS for w in WORD_RE.findall(span))


def rated(word: str) -> bool:
    """VADER's raters gave the word a polarity: it judges."""
    return bool(valences().get(word.lower()))


def verdict_removed(text: str) -> str:
    """"The old scheme is hardly reassuring: X" -> "X"; "The tally speaks for itself: X"
    -> "X". The lead judges what the colon introduces; it has no figure or date
    and its adjective is one VADER rates (an adjective of fact, "full", "late", is not)."""
    match = ITSELF_RE.match(text)
    if match and not re.search(r"\d", match.group(0)):
        return text[match.end():]
    match = VERDICT_RE.match(text)
    if match is None or re.search(r"\d", match.group(0)):
        return text
    adjective = match.group("adjective")
    if not rated(adjective) or can_be_verb(adjective) and not adjective.endswith("ing"):
        return text  # "The plan failed:" is an event, not a verdict
    return text[match.end():]


def disjunct_removed(text: str) -> str:
    """"Damningly, X" -> "X": an "-ingly" adverb from a verb of communication (what the fact
    tells, reveals) or from an adjective VADER rates (how it strikes the writer). One of
    change or extent ("Increasingly,") is neither and stays."""
    match = INGLY_RE.match(text)
    if match is None:
        return text
    adverb = match.group(1).lower()
    participle = adverb[:-2]
    if communicates(participle) or rated(participle) or rated(adverb):
        return text[match.end():]
    return text


def again_only(found: str) -> str:
    """", yet again," / "yet again" -> "again" (the commas go with the stress)."""
    return " again " if found.startswith(",") and found.endswith(",") else "again"


def tail_removed(text: str) -> str:
    """The comment closing the claim: an appositive with a modal ("a gap no planner could
    ever ignore": what could be is no event), a sentential "which" after a focus particle
    ("which only widened the split"), a verbless concessive of degree words ("though not
    nearly enough"). None with a figure, date or name."""
    for pattern, judges in ((APPOSITIVE_RE, modal_comment), (WHICH_ONLY_RE, lambda tail: True),
                            (CONCESSIVE_RE, degree_only)):
        match = pattern.search(text)
        tail = match.group("tail") if match else ""
        if match and not fact_bearing(tail) and not measuring(tail) and judges(tail):
            return text[:match.start()] + (match.group("end") or ".")
    return text


def modal_comment(tail: str) -> bool:
    words = [w.lower() for w in WORD_RE.findall(tail)]
    return any(w in MODALS and w not in ("will", "shall", "must") for w in words[1:])


def degree_only(tail: str) -> bool:
    words = [w.lower() for w in WORD_RE.findall(tail)]
    return bool(words) and all(w in DEGREE_WORDS or rated(w) for w in words)


def passed_over_removed(text: str) -> str:
    """"Rather than answer X, the board disputed Y" -> "The board disputed Y": the deed the
    subject did not do, named to judge the one it did (a base verb after the opener: "rather
    than 100 years of warming" compares a figure and stays)."""
    match = RATHER_RE.match(text)
    if match is None:
        return text
    verb = match.group("verb")
    if verb in load_stopwords() or not can_be_verb(verb) or fact_bearing(match.group(0)):
        return text
    return text[match.end():]


NUMBER_RE = re.compile(r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b",
                       re.IGNORECASE)


def emphasis_removed(text: str) -> str:
    """"the board simply took over the fund" -> "the board took over the fund": a particle of
    EMPHASIS_BEFORE_VERB directly before a word that can be a verb (not before a figure or a
    noun phrase, "merely a matter", "simply two weeks", which it restricts)."""
    words = text.split(" ")
    kept = [w for i, w in enumerate(words)
            if not (w.lower() in EMPHASIS_BEFORE_VERB and i > 0 and i + 1 < len(words)
                    and not NUMBER_RE.match(words[i + 1])
                    and can_be_verb(words[i + 1].strip(".,;:!").lower()))]
    return " ".join(kept)

