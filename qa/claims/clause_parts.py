"""A claim of two or more clauses whose clauses one document states in neighbouring sentences,
none of which states the whole claim: "Because the depot was already full, any extra trucks
depended on the council granting more land" / "The depot is already full. Any deployment of
additional trucks would be contingent on permission from the council to acquire land."

Two sentences read as one (`check.neighbour_pairs`) must state every word of the claim
between them; a claim that words each clause in its own way (a paraphrase the tables miss
here and there) then fails, though each clause, checked as a claim of its own, is supported
by one of the sentences. This reads the claim as its clauses, parted at a connective that
joins two finite clauses by cause, time or consequence: an opening "Because / Since / Given
that / After / Once / When A, B", and a ", so B", ", and as a result B", ", consequently B",
", since B", ", because B", ", and B" (B with a subject of its own) or ", which led to /
contributed to / caused ... B" (the "which" read as "this"). A claim adds a fact of its own
to its main clause too, which the same reading checks (`added_split`): a second sentence
("X left in 2022. Then Y went too."), "; B", ", where B" (B told of the place just named),
an appositive noun summing up the clause before it (", a finding that B dismissed" -> "B
dismissed this finding"), a relative clause closing the claim whose subject is the noun
before it (", who seized B" -> "The rebels seized B"; after a time, "early the next year,
which mattered ...", the clause before), one set between commas inside the claim ("The
depot, which had been enlarged in 2021, was full by May" -> "The depot was full by May" and
"The depot had been enlarged in 2021"), a noun phrase set beside a name ("Norvik, the
second-largest shipping line, halted ..." -> "Norvik was the second-largest shipping line") and
an absolute phrase (", with 800 police on the ground"). A part with no finite verb of its own is no clause ("After the elections of May
2021, ..."; the absolute phrase apart), and the claim is left whole.
Clauses set against each other ("while", "but", "yet", "although") are left to the whole
claim's reading: who did what there is the question (`qa.claims.straddled`), and a clause
read alone loses it (read sets: "X labelled them mercenaries, while Y says they were
supporting the mission", the speakers swapped, had each clause supported alone).

The claim is supported only when every clause is, each with its own full support (the
checker's verdict on that clause alone, every gate included), by sentences of one document
of one paragraph or that follow one another across two (`in_sequence`), each tied to the one
before when the claim relates its clauses by cause, time or consequence (`tied`: "As a
result, ...", "This led to ...", "Then, ..."; two sentences on other subjects, neither
referring to the other, are no account of why or when, as for two sentences read as one,
`joined`), and not all by one sentence: a sentence that states every clause was read with the whole claim already, and its
verdict stands. A clause not stated leaves the claim not_found: a claim half-stated is not
supported. Only a claim the whole reading leaves not_found is read so, and only one with a
comma: the rest pay nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..search.wordnet import MODALS, can_be_verb, verb_base
from ..text.lexicon import words as closed_words
from ..text.sentences import split_sentences
from ..types import CheckResult, Verdict
from .adverb_words import manner_adverb
from .auxiliaries import TENSED_AUXILIARIES
from .joined import ANAPHORS, LEANING, TIME_LINKS

# what opens a claim with a subordinate clause before the main one: "Because A, B"
LEADING_RE = re.compile(r"^(?:because|since|given\s+that|after|once|when)\s+",
                        re.IGNORECASE)
# what joins a second clause to the first: ", so B", ", and as a result, B" ...
JOINING_RE = re.compile(
    r",\s+(?:and\s+)?(?:so|as\s+a\s+result(?!\s+of),?|consequently,?|since|because|and)\s+",
    re.IGNORECASE)
# ", which led to B": a relative clause whose verb tells of a consequence tells of the whole
# clause before it; another verb tells of the last noun ("the government, which cited")
WHICH_RE = re.compile(
    r",\s+which\s+(?:(?:only|also|in\s+turn|further|then)\s+)?(?=(?:led|contributed|caused|"
    r"generated|created|deepened|resulted|prompted|triggered|fuell?ed|sparked|helped|worsened|"
    r"forced|meant|made|brought|undermined|hampered|left)\b)", re.IGNORECASE)
# a clause added after the first that asserts a fact of its own, its link to the first a word
# the clause can do without: "; B" (two clauses set side by side), ", where B" (B told of the
# place just named: "a valley twice the size of Orsk, where some farms lie two days from any
# road")
ADDED_RE = re.compile(r"(?:;\s+|,\s+where\s+)", re.IGNORECASE)
# an appositive noun that sums up the clause before it and opens a relative clause of its own:
# ", a finding that the army dismissed", ", a presence that unsettled its partners"; its noun
# (after at most two describing words) is the clause's subject or object read alone
SUMMING_RE = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+(?:that|which)\s+")
# a relative clause on the noun before it, closing the claim: ", who characterised ...",
# ", which had been enlarged in 2021"
RELATIVE_RE = re.compile(r",\s+(?:who|which)\s+(?!.*,\s)", re.IGNORECASE)
# a relative clause set between commas inside the claim, the main clause going on after it:
# "The depot, which had been enlarged in 2021, was full by May" (its words no comma: a
# clause of clauses is left whole)
EMBEDDED_RE = re.compile(r",\s+(?:who|which)\s+(?P<clause>[^,;]+),\s+(?P<rest>[^,;].*)$",
                         re.IGNORECASE)
# the words that name a time, which no relative clause tells of (`time_phrase`)
TIME_NOUNS = frozenset([unit for unit, measure in closed_words()["measures"].items()
                        if measure == "time"] + [m.lower() for m in closed_words()["months"]])
# an absolute phrase closing the claim, its noun and what is said of it a fact of their own:
# ", with 800 police on the ground", ", with some farms lying days from any road"
ABSOLUTE_RE = re.compile(r",\s+with\s+(?!.*,\s)", re.IGNORECASE)
# a noun phrase set between commas after a name, the main clause going on after it with its
# verb: "Norvik, the second-largest shipping line, halted its sailings in June"
APPOSITION_RE = re.compile(r",\s+(?P<apposition>(?:the|an?)\s+[^,;]+),\s+(?P<rest>[^,;].*)$")
# what makes the words after a name a list's next items, not an apposition
COORDINATION_RE = re.compile(r"\b(?:and|or)\b")
# the copula an apposition is read with, by the tense of the main clause's verb
PAST_COPULAS = frozenset("was were had did".split())
# a name's word after an elided particle: "d'Ivoire", "l'Ouest"
ELIDED_NAME_RE = re.compile(r"[a-z]['’][A-Z]")
# what begins the noun phrase a relative clause tells of, read back from the comma
NOUN_PHRASE_START = frozenset("the a an its their his her this that these those".split())
# what ends that reading back: the word before the noun phrase
NOUN_PHRASE_END = frozenset("of in on at by with from to for into over under about against "
                            "after before during and or as than".split())
# what opens a clause joined to the one before: a comma before it ends no opening clause
CONJUNCTION_RE = re.compile(r"^(?:so|and|but|yet|which|while|whereas|as|because|since|then)\b",
                            re.IGNORECASE)
# what opens a clause after ", and" and relates it to the one before
RELATING_OPENER_RE = re.compile(
    r"^(?:as\s+a\s+(?:consequence|result)|consequently|thus|therefore|hence|then|so|"
    r"in\s+turn|accordingly|afterwards|later)\b", re.IGNORECASE)
# what among a sentence's first words ties it to the one before: an anaphor or a time counted
# from its event (`joined`), or a word of consequence ("As a result, ...", "The resulting ...")
TIED = ANAPHORS | TIME_LINKS | frozenset(
    "result resulting consequence consequently hence thus therefore so then accordingly "
    "ensuing".split())
# the words of a finite verb that are not past forms of an event verb
# `auxiliaries`' tensed auxiliaries less "may" and "might", which are also a month ("May 2021")
# and a noun ("military might") where a clause's verb is looked for; plus the tensed forms of
# remain and stay
FINITE = (TENSED_AUXILIARIES - frozenset(("may", "might"))) \
    | frozenset("remains remained stays stayed".split())
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
MIN_WORDS = 4  # a clause of fewer words states too little to be checked alone
MAX_DEPTH = 3  # clauses of clauses: "Because A, B, which led to C"
MAX_PARTS = 4
PARAGRAPH_REACH = 1  # the clauses' sentences: one paragraph or the next


class NamedAside(str):
    """A part that says what a name is or did beside the claim's event: a relative clause
    set between commas after a name ("Norvik, which took over the Kora route in 2029,
    halted ...") or an apposition beside it ("Norvik, the second-largest shipping line,
    ..."). A standing fact of the name's, which a report tells where it first names it, as
    often paragraphs away from the event the claim is about: its sentence need only be one
    of the same document (`joined_result`)."""


def finite_clause(text: str) -> bool:
    """The words hold a finite verb ("was", "had", "took", "proliferated") and are enough
    of them to be checked as a claim of their own."""
    words = WORD_RE.findall(text)
    if len(words) < MIN_WORDS:
        return False
    return any(past_or_finite(w) for w in words[1:] if w[0].islower()) \
        or any(w.lower() in FINITE for w in words)


def past_or_finite(word: str) -> bool:
    word = word.lower()
    if word in FINITE:
        return True
    if not can_be_verb(word):
        return False
    base = verb_base(word)  # "took", "spent", "led"; "was", "had" are FINITE
    return bool(base) and base not in ("be", "have", "do") or word.endswith("ed")


def parts_of(claim: str) -> list[str]:
    """The claim's clauses, each as a claim of its own, and those parted again into what each
    adds to its main clause (`added_split`): the finest reading, which `read_by_clauses`
    reaches where no coarser part is supported; the claim alone when it has one clause."""
    return [piece for part in reading_of(claim)[0] for piece in added_parts(part)]


def added_parts(text: str, depth: int = 0) -> list[str]:
    split = added_split(text) if depth < MAX_DEPTH else None
    if split is None:
        return [text]
    return [piece for part in split[0] for piece in added_parts(part, depth + 1)]


def reading_of(claim: str, depth: int = 0) -> tuple[list[str], bool]:
    """The claim's clauses, and whether a connective between two of them relates their
    events (cause, time, consequence: "because", "after", ", so", ", and as a result"), not
    merely adds one to the other (", and")."""
    text = claim.strip().rstrip(".!")
    if depth >= MAX_DEPTH:
        return [text], False
    split = (depth == 0 and sentence_split(text)) or leading_split(text) \
        or joined_split(text)
    if split is None:
        return [text], False
    halves, relates = split
    parts = []
    for half in halves:
        more, related = reading_of(half, depth + 1)
        parts += more
        relates = relates or related
    return (parts, relates) if len(parts) <= MAX_PARTS else ([text], False)


def leading_split(text: str) -> tuple[list[str], bool] | None:
    """"Because A, B" -> [A, B], at the first comma that leaves a finite clause each side."""
    opener = LEADING_RE.match(text)
    if opener is None:
        return None
    rest = text[opener.end():]
    for comma in re.finditer(r",\s+", rest):
        first, second = rest[:comma.start()], rest[comma.end():]
        if CONJUNCTION_RE.match(second):
            return None  # "When A, so B": the opening clause ends without a comma
        if finite_clause(first) and finite_clause(second):
            return [first, capitalised(second)], True
    return None


def joined_split(text: str) -> tuple[list[str], bool] | None:
    """"A, so B" -> [A, B]; "A, which led to B" -> [A, "This led to B"]; "A, and B" when B
    has a subject of its own, relating the two only when B opens on a word that does ("and
    as a consequence", "and then")."""
    for pattern, prefix in ((JOINING_RE, ""), (WHICH_RE, "This ")):
        for joint in pattern.finditer(text):
            first, second = text[:joint.start()], prefix + text[joint.end():]
            bare_and = not prefix and joint.group().strip(", ").lower() == "and"
            if finite_clause(first) and finite_clause(second) \
                    and (not bare_and or subject_first(second)):
                relates = not bare_and or bool(RELATING_OPENER_RE.match(second))
                return [first, capitalised(second)], relates
    return None


def sentence_split(text: str) -> tuple[list[str], bool] | None:
    """A claim of two or more sentences -> its sentences, each a claim of its own ("X left in
    2022. Then Y went too."), relating them when one after the first opens on a word of
    time or consequence ("Then", "So", "As a result"), as after ", and" (`joined_split`)."""
    sentences = [text[s:e].strip().rstrip(".!") for s, e in split_sentences(text)]
    sentences = [s for s in sentences if s]
    if len(sentences) < 2:
        return None
    return sentences, any(RELATING_OPENER_RE.match(s) for s in sentences[1:])


def added_split(text: str) -> tuple[list[str], bool] | None:
    """"A; B", "A, where B" -> [A, B]; "A, a finding that B dismissed" -> [A, "B dismissed
    this finding"]; "A, a presence that unsettled B" -> [A, "This presence unsettled B"];
    "A ... the rebels, who seized B" -> [A, "The rebels seized B"]; "A, with 800 police on
    the ground" -> [A, "800 police on the ground"]. Each part a finite clause but the
    absolute phrase's, none relating its event to the other's (no cause, no order)."""
    for joint in ADDED_RE.finditer(text):
        first, second = text[:joint.start()], text[joint.end():]
        if finite_clause(first) and finite_clause(second):
            return [first, capitalised(second)], bool(RELATING_OPENER_RE.match(second))
    for joint in SUMMING_RE.finditer(text):
        first, rest = text[:joint.start()], text[joint.end():]
        noun = joint.group("noun")
        # "that unsettled B": the noun is the subject; "that B dismissed": the object
        second = (f"This {noun} {rest}" if opens_on_verb(rest) else f"{rest} this {noun}")
        if finite_clause(first) and finite_clause(second):
            return [first, capitalised(second)], False
    for joint in RELATIVE_RE.finditer(text):
        first, rest = text[:joint.start()], text[joint.end():]
        antecedent = noun_phrase_before(first)
        if antecedent and time_phrase(antecedent):
            # "... early the next year, which mattered because ...": a time is no thing a
            # clause tells of; the relative clause tells of the whole clause before it
            antecedent = "This"
        # a relative clause whose subject is its noun ("who seized"); one with a subject of
        # its own ("which the Council adopted") would need its noun put back in its place
        if antecedent and opens_on_verb(rest) and finite_clause(first) \
                and finite_clause(f"{antecedent} {rest}"):
            return [first, capitalised(f"{antecedent} {rest}")], False
    split = embedded_split(text) or apposition_split(text)
    if split is not None:
        return split
    for joint in ABSOLUTE_RE.finditer(text):
        first, second = text[:joint.start()], text[joint.end():]
        # read as the claim it makes, verb or none ("800 police on the ground")
        if finite_clause(first) and len(WORD_RE.findall(second)) >= MIN_WORDS:
            return [first, capitalised(second)], False
    return None


def embedded_split(text: str) -> tuple[list[str], bool] | None:
    """"The depot, which had been enlarged in 2021, was full by May" -> ["The depot was full
    by May", "The depot had been enlarged in 2021"]: a non-restrictive relative clause is an
    assertion of its own about the noun before it, and the main clause reads whole without
    it. Only a clause whose subject is its noun ("which had been enlarged"), each part a
    finite clause, neither relating its event to the other's."""
    for joint in EMBEDDED_RE.finditer(text):
        before, clause, rest = text[:joint.start()], joint.group("clause"), joint.group("rest")
        antecedent = noun_phrase_before(before)
        if not antecedent or time_phrase(antecedent) or not opens_on_verb(clause):
            continue
        main, told = f"{before} {rest}", f"{antecedent} {clause}"
        if finite_clause(main) and finite_clause(told):
            told = capitalised(told)
            return [main, NamedAside(told) if proper_name(antecedent) else told], False
    return None


def apposition_split(text: str) -> tuple[list[str], bool] | None:
    """"Norvik, the second-largest shipping line, halted its sailings in June" -> ["Norvik
    halted its sailings in June", "Norvik was the second-largest shipping line"]: a noun
    phrase set beside a name says what the name is, a fact of its own. Only after a name (a
    capitalised phrase: one thing, whose copula is "is" or "was" as the main verb's tense
    is), the main clause going on with its verb, the noun phrase no list ("by the guild, the
    harbour board and the council")."""
    for joint in APPOSITION_RE.finditer(text):
        before, apposition, rest = (text[:joint.start()], joint.group("apposition"),
                                    joint.group("rest"))
        name = noun_phrase_before(before)
        if not name or not proper_name(name) or time_phrase(name) or not opens_on_verb(rest) \
                or COORDINATION_RE.search(apposition):
            continue  # "by the guild, the harbour board and the council": a list
        main = f"{before} {rest}"
        told = f"{name} {'was' if past_main(rest) else 'is'} {apposition}"
        if finite_clause(main):
            return [main, NamedAside(capitalised(told))], False
    return None


def proper_name(phrase: str) -> bool:
    """Every word of the phrase but a leading "the" is capitalised, an elided particle's
    word by the letter after its apostrophe: "the Wagner Group", "Egypt", "Côte d'Ivoire",
    not "Many African contingents"."""
    words = phrase.split()
    if words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(w[0].isupper() or ELIDED_NAME_RE.match(w) for w in words)


def past_main(text: str) -> bool:
    """The clause's first verb (after an adverb: "temporarily suspended") is a past form."""
    words = [w.lower() for w in WORD_RE.findall(text)[:2]]
    verb = words[1] if manner_adverb(words[0]) and len(words) > 1 else words[0]
    if verb in FINITE:
        return verb in PAST_COPULAS
    base = verb_base(verb)
    return verb.endswith("ed") or bool(base) and base != verb and not verb.endswith("s")


def opens_on_verb(text: str) -> bool:
    """The clause's first word (or the one after an adverb: "which later seized") is a
    finite verb or a modal: the relative pronoun before it is its subject."""
    words = [w.lower() for w in WORD_RE.findall(text)[:2]]
    if not words:
        return False
    if words[0] in MODALS or past_or_finite(words[0]) or verb_form(words[0]):
        return True
    return manner_adverb(words[0]) and len(words) > 1 \
        and (words[1] in MODALS or past_or_finite(words[1]))


def verb_form(word: str) -> bool:
    """A present form of a verb ("appears", "holds"), as a relative clause's verb is."""
    return word.endswith("s") and can_be_verb(word) and bool(verb_base(word))


def noun_phrase_before(text: str) -> str | None:
    """The noun phrase that closes the text, read back from its end to its determiner ("the
    transitional authorities") or over its capitalised words ("Sector Centre"); None when
    the words before the comma are no such phrase."""
    words = text.split()
    phrase: list[str] = []
    for word in reversed(words):
        bare = word.strip("()\"'").lower()
        if bare in NOUN_PHRASE_START:
            phrase.append(word)
            break
        if bare in NOUN_PHRASE_END or not bare or verbal(bare) \
                or phrase and not word[0].isupper() and phrase[-1][0].isupper():
            break
        phrase.append(word)
    phrase.reverse()
    if not phrase or not (phrase[0].lower() in NOUN_PHRASE_START or phrase[0][0].isupper()) \
            or not WORD_RE.match(phrase[-1]):
        return None
    return " ".join(phrase)


def verbal(word: str) -> bool:
    """A word no noun phrase holds before its noun: a finite verb ("was", "met", "closed")
    or an adverb ("quickly")."""
    if word in FINITE or manner_adverb(word):
        return True
    if not can_be_verb(word):
        return False
    base = verb_base(word)
    return word.endswith("ed") or bool(base) and base != word and not word.endswith("s")


def time_phrase(phrase: str) -> bool:
    """The noun phrase names a time: its last word a unit of time ("the next year", "two
    weeks"), a month or a year ("in May", "2019")."""
    last = phrase.split()[-1].strip("()\"'.").lower()
    singular = last[:-1] if last.endswith("s") else last
    return singular in TIME_NOUNS or last.isdigit() and len(last) == 4


def subject_first(text: str) -> bool:
    """After a bare ", and": the clause opens with its own subject, not with a verb or a
    participle that shares the first clause's ("..., and restricted staff movement", "close
    to, and supporting, ..." continue one clause, not two)."""
    words = WORD_RE.findall(text)
    return bool(words) and not past_or_finite(words[0]) and not words[0].endswith("ing")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def joined_result(whole: CheckResult, results: list[CheckResult], relates: bool = False,
                  asides: list[bool] | None = None) -> CheckResult | None:
    """The claim supported by its clauses' results, when each clause is supported by
    sentences of one document in neighbouring paragraphs, not all by one sentence; else
    None (the whole claim's verdict stands). A name's aside (`NamedAside`, flagged in
    `asides`) may be stated anywhere in that document: only the other parts' sentences must
    be neighbours."""
    if len(results) < 2 or any(r.verdict != Verdict.SUPPORTED or not r.evidence
                               for r in results):
        return None
    firsts = [r.evidence[0] for r in results]
    told = [e for e, aside in zip(firsts, asides or [False] * len(firsts)) if not aside]
    if len({e.hit.passage.source for e in firsts}) != 1 \
            or len({(e.hit.passage.paragraph, e.sentence) for e in firsts}) == 1 \
            or not in_sequence(told) or relates and not tied(firsts):
        return None
    evidence, seen = [], set()
    for e in firsts:
        if (e.hit.passage.paragraph, e.sentence) not in seen:
            seen.add((e.hit.passage.paragraph, e.sentence))
            evidence.append(replace(e, hit=replace(e.hit, rank=len(evidence) + 1)))
    unverified = tuple(dict.fromkeys(w for r in results for w in r.unverified))
    return replace(whole, verdict=Verdict.SUPPORTED,
                   confidence=min(r.confidence for r in results),
                   disagreement=any(r.disagreement for r in results),
                   unverified=unverified, evidence=tuple(evidence))


def in_sequence(evidence) -> bool:
    """The sentences are one paragraph's (one passage's account of one matter), or the last
    of one paragraph and the first of the next. A clause stated further off tells of
    something else as often as of the claim's event ("the board spent 2023 on plans for a
    quay" a paragraph before "the depot is full"; read sets: a speaker's words in one
    paragraph, another's in the one before)."""
    placed = []
    for e in evidence:
        text = e.hit.passage.text
        start = text.find(e.sentence)
        if start < 0:
            return False  # a sentence given otherwise than it stands (a heading lent)
        placed.append((e.hit.passage.paragraph, start, start + len(e.sentence), text))
    placed.sort()
    for (p1, s1, e1, t1), (p2, s2, e2, t2) in zip(placed, placed[1:]):
        if p1 == p2:
            continue  # one paragraph: one passage's account
        if p2 - p1 > PARAGRAPH_REACH or t1[e1:].strip() or t2[:s2].strip():
            return False
    return True


def tied(evidence) -> bool:
    """Each sentence after the first (in the text's order) ties itself to the one before: a
    claim that relates its clauses ("because", "so", "after") states what two sentences do
    not, unless the second goes on from the first ("As a result, ...", "This led to ...",
    "Three days later, ..."). Two sentences on other subjects, neither referring to the
    other, are not one account of cause or sequence (`check.neighbour_pairs`, `joined`)."""
    placed = sorted((e.hit.passage.paragraph, e.hit.passage.text.find(e.sentence), e.sentence)
                    for e in evidence)
    for (p1, s1, t1), (p2, s2, t2) in zip(placed, placed[1:]):
        if p1 == p2 and s2 < s1 + len(t1):
            continue  # one sentence, or a pair holding the one before
        opening = {w.lower() for w in WORD_RE.findall(t2)[:LEANING]}
        if not opening & TIED:
            return False
    return True


def read_by_clauses(claim: str, whole: CheckResult, check_one) -> CheckResult:
    """The whole claim's result, or, when it is not_found and the claim has clauses that
    `joined_result` finds supported, the claim supported by them. `check_one`: the checker of
    one clause (only called for a claim of two or more clauses)."""
    if whole.verdict != Verdict.NOT_FOUND or whole.attribution is not None \
            or not re.search(r"[,;]|[.!]\s+\S", claim.strip()):
        return whole
    parts, relates = reading_of(claim)
    if len(parts) < 2:  # one clause: what it adds to its main clause, if anything
        parts, relates = added_split(claim) or ([claim], False)
        if len(parts) < 2:
            return whole
    results, asides = [], []
    for part in parts:
        found = supported_pieces(part, check_one)
        if found is None:
            return whole  # a clause unstated: the claim is half-stated at best
        results += found[0]
        relates = relates or found[1]
        asides += found[2]
    return joined_result(whole, results, relates, asides) or whole


def supported_pieces(part: str, check_one, depth: int = 0
                     ) -> tuple[list[CheckResult], bool, list[bool]] | None:
    """The part supported whole, or else each of the pieces `added_split` parts it into
    supported (and whether a joint between them relates their events, and which results are
    a name's aside); None when a piece is not, or the part is contradicted. The part is read
    whole first: a piece read alone loses the words it leans on ("its farms" in "..., with
    some of its farms lying days from any road")."""
    aside = isinstance(part, NamedAside)
    result = check_one(part)
    if result.verdict == Verdict.SUPPORTED:
        return [result], False, [aside]
    if result.verdict == Verdict.CONTRADICTED:
        return None  # a part the sources set otherwise: its pieces must not outvote it
    split = added_split(part) if depth < MAX_DEPTH else None
    if split is None:
        return None
    results, relates, asides = [], split[1], []
    for piece in split[0]:
        found = supported_pieces(piece, check_one, depth + 1)
        if found is None:
            return None
        results += found[0]
        relates = relates or found[1]
        asides += [aside or a for a in found[2]]
    return results, relates, asides
