"""Claims that say where they were read, as researchers, journalists and NGO writers cite:
"According to Crisis Group, ...", "Crisis Group notes that ...", "As one analysis observes,
...", "..., Crisis Group notes.", "... (Crisis Group, 2022).", "Crisis Group (2022) found that
...", "According to a 2022 Crisis Group briefing, ...".

The frame says who wrote what the claim states, not what happened: a report states its
content in its own voice and names its publisher once, in its title, header, byline or
anywhere in its text, and is dated once. So the claim's content is checked without the frame
(`Citation.content`), and the frame's source is a fact of the evidence's *document*: a
sentence of a document that names the source (and the citation's year) states the cited claim
(`qa.claims.citing`). A citation's year is the document's date, never a date of the event.

A frame whose speaker is a party inside the story ("Bamako says ...", "the UK said ...") is
not a citation of a document: a country, a capital or the corpus's setting speaks in the
story, and who said what is a fact of the sentence (`Citation.party`, read by `citing`).

A speaker without a name reports as a citation without one (round 57): "An official said
that ...", "..., officials told reporters.", "An official, speaking on condition of anonymity,
said ...", and the minutes' "She told the Committee that ...", "The Committee was informed
that ...", "The witness stated that ..." (a speaker told by "the" only where the sources never
speak of one: `check.spoken_of`). Who said it is nobody the sources could name; what was
said is checked as any unnamed citation's content, supported alone only when its every fact
is stated (`check.check_cited`), or, where the speaker opens the claim, as a bare claim is
(`check.spoken_clause`, round 59). "According to the X" opening the claim, X a speaker the
sources never speak of, cites as its verb does ("According to the witness, ..."); otherwise
"according to" a person stays a fact of the sentence (`frames.unstated_according`); so do a
speaker's capitalised affiliation ("UN officials") and "the mission", "its officials":
parties of the story.

Recognised here from the claim's text alone (closed-class words in qa/data/citations.json);
what the document states is `qa.claims.citing`'s.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..search.wordnet import actor_noun, is_english, proper_noun
from ..text.analyze import load_stopwords
from ..text.lexicon import DATA, capital_cities, country_names

# a year as the reports write one (1800-2099); citing and recurring find years with it too
YEAR = r"(?:1[89]|20)\d\d"
# a capitalised word of a name ("Crisis", "Côte", "d'Ivoire" after one, "IPI", "Q&A"): not
# its possessive, which ends the name ("Crisis Group's analysis")
NAME_WORD = r"[A-Z][\w&.\-]*(?:['\u2019](?![sS]\b)\w+)?"
CONNECTORS = r"(?:of|for|in|on|and|de|du|des|la|le|the|&)"
NAME = rf"{NAME_WORD}(?:\s+(?:{CONNECTORS}\s+)*{NAME_WORD})*"
# verbs after which the clause may follow without "that" ("X says the mission ...")
# (not "wrote", "added": "wrote her analysis", "added a second priority" take objects)
BARE_CLAUSE = frozenset("say says said notes noted argues argued warns warned observes observed "
                        "stresses stressed saying".split())
# base forms of citing verbs that are nouns too ("The UN report that came out ..."): after a
# name only with an auxiliary ("have found"), never as its present ("Crisis Group notes")
PRESENT = re.compile(r"(?:s|ed|found|wrote|said|shown|written|told)$")


@lru_cache(maxsize=1)
def lists() -> dict:
    """qa/data/citations.json, read once on first use."""
    return json.loads((DATA / "citations.json").read_text(encoding="utf-8"))


def alternatives(items) -> str:
    """Listed phrases as one case-insensitive group, longest first, words apart by any space."""
    return "(?i:" + "|".join(r"\s+".join(re.escape(w) for w in i.split())
                             for i in sorted(items, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Citation:
    """Where a claim says it was read."""
    frame: str  # the words that attribute the claim, as written
    sources: tuple[str, ...]  # the sources named ("Crisis Group"); none for an unnamed one
    year: str  # the year the citation gives ("2022"), or ""
    content: str  # the claim without the frame
    shape: str  # "according", "verb", "as", "closing", "interjected", "parenthetical"
    # each source's own year, for a citation of several ("(X, 2022; Y, 2024)"), else none
    years: tuple[str, ...] = ()
    # the source is a speaker without a name ("an official said"), not a text or writer
    speaker: bool = False

    @property
    def named(self) -> bool:
        return bool(self.sources)

    @property
    def party(self) -> bool:
        """A source that is a country or a capital ("Bamako says", "According to Mali"): a
        party inside the story, whose statements are facts of the sentence."""
        return any(word.lower() in country_names() or word.lower() in capital_cities()
                   for source in self.sources for word in re.findall(r"[\w'\u2019]+", source))


# an unnamed speaker: an indefinite determiner or a bare plural ("an official", "officials",
# "several diplomats", "a senior official"), checked after the match (`anonymous`); "the
# mission", "the ministry" are parties of the story, left to the checker's own reading
INDEFINITE = r"(?:a|an|one|some|several|many|two|three|four|other|another)"
DEFINITE = "the"  # "the witness said that": the sources may know the speaker (`cited`)
MODIFIERS = 2  # lower-case words before the speaker's noun: "a senior military official"
# or a person the minutes or the story name before ("He said that", "she told the Committee")
PRONOUNS = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
SPEAKER = (rf"(?:(?P<pronoun>{PRONOUNS})"
           rf"|(?:(?P<indefinite>(?i:{INDEFINITE}|{DEFINITE}))\s+)?"
           rf"(?P<speaker>(?:[A-Za-z][a-z]*(?:-[a-z]+)?\s+){{0,{MODIFIERS}}}[A-Za-z][a-z]+))")
# what may open the claim before such a speaker: a phrase of lower-case words, no figure nor
# name ("Asked about logistics, the witness said that"; not "In 2019, officials said")
LEAD = r"(?:[A-Z][a-z]*(?:\s+[a-z]+){0,6},\s+)?"


@lru_cache(maxsize=1)
def source_pattern() -> str:
    """A source: an optional determiner, year and modifier, then a name (with its possessive
    and a noun of texts: "a 2022 Crisis Group briefing", "Crisis Group's analysis", "the
    Stimson Center (2024)"), or a text or writer without a name ("one analysis", "a recent
    study", "researchers", "researchers at the Stimson Center")."""
    data = lists()
    determiners = alternatives(data["source_determiners"])
    modifiers = alternatives(data["source_modifiers"])
    nouns = alternatives(data["source_nouns"])
    persons = alternatives(data["source_persons"])
    return (rf"(?:{determiners}\s+)?(?:(?P<y1>{YEAR})\s+)?(?:{modifiers}\s+)?"
            rf"(?:(?:{nouns}|{persons})(?:\s*\((?P<y3>{YEAR})\))?"
            rf"(?:\s+(?:at|of|from|by)\s+(?:the\s+)?(?P<name2>{NAME}))?"
            rf"|(?P<name>{NAME})(?:['\u2019]s(?:\s+(?P<y4>{YEAR}))?)?(?:\s+{nouns})?"
            rf"(?:\s*\((?P<y2>{YEAR})\))?)")


ACCORDING = r"(?i:according\s+to)"


@lru_cache(maxsize=2)
def patterns(speaker: bool = False) -> tuple[tuple[str, re.Pattern], ...]:
    """The citation frames around a source (`source_pattern`), or, with `speaker`, around a
    speaker without a name (`SPEAKER`), tried after them: "Officials said" is no name."""
    data = lists()
    source = SPEAKER + r"(?:\s*,\s*[a-z][^,]{2,60},)?" if speaker else source_pattern()
    lead = LEAD if speaker else ""
    verbs = alternatives(data["citing_verbs"])
    auxiliaries = alternatives(data["auxiliaries"])
    participles = alternatives(data["as_participles"])
    # a speaker's report in the passive ("an official was quoted as saying") and an aside
    # between the speaker and its verb ("An official, speaking on condition of anonymity,
    # said"): the wire's ways of giving a speaker no name
    quoted = r"|(?i:was|were)\s+quoted\s+as\s+saying" if speaker else ""
    verb = rf"(?:{auxiliaries}\s+)?(?P<verb>{verbs}{quoted})"
    # "told reporters (that)": the person told is where it was said, not what
    told = (rf"(?:{auxiliaries}\s+)?(?P<verb>{alternatives(data['telling_verbs'])})"
            rf"\s+(?P<addressee>(?:the\s+)?[A-Za-z][a-z]+)")
    # "The Committee was informed that": the person told, in the passive, and no speaker
    informed = (rf"(?:(?i:the)\s+)?(?P<addressee>[A-Za-z][a-z]+)\s+(?:was|were)\s+"
                rf"(?P<verb>{alternatives(data['telling_verbs'])})")
    end = r"\s*(?P<end>[.!]?)\s*$"
    cite = rf"(?:the\s+)?{NAME}(?:\s+et\s+al\.?)?,?\s+{YEAR}[a-z]?(?:,\s*pp?\.\s*[\d\u2013-]+)?"
    frames = (
        ("according", re.compile(rf"^(?:{ACCORDING}|(?i:per))\s+{source}\s*,\s*(?P<content>\S.*)$")),
        ("as", re.compile(rf"^(?i:as)\s+{source}\s+{verb}\s*,\s*(?P<content>\S.*)$")),
        ("as", re.compile(rf"^(?i:as)\s+(?:{auxiliaries}\s+)?{participles}\s+by\s+{source}"
                          rf"\s*,\s*(?P<content>\S.*)$")),
        ("verb", re.compile(rf"^{lead}{source}\s+{verb}(?P<that>\s+that\b)?\s*,?\s+"
                            rf"(?P<content>\S.*)$")),
        ("verb", re.compile(rf"^{lead}{source}\s+{told}(?P<that>\s+that\b)?\s*,?\s+"
                            rf"(?P<content>\S.*)$")),
        *((("verb", re.compile(rf"^{informed}(?P<that>\s+that\b)\s+(?P<content>\S.*)$")),)
          if speaker else ()),
        ("closing", re.compile(rf"^(?P<content>\S.*?)\s*,\s*{ACCORDING}\s+{source}{end}")),
        ("closing", re.compile(rf"^(?P<content>\S.*?)\s*,\s*(?:(?i:as)\s+)?{source}\s+{verb}{end}")),
        ("closing", re.compile(rf"^(?P<content>\S.*?)\s*,\s*{source}\s+{told}{end}")),
        ("closing", re.compile(rf"^(?P<content>\S.*?)\s*,\s*(?i:as)\s+(?:{auxiliaries}\s+)?"
                               rf"{participles}\s+by\s+{source}{end}")),
        # a frame set between commas inside the claim ("the board's own tallies, per the
        # Harbor Trust, show ...", "In Velden, the guild notes, ferries ..."): the writer's
        # aside, as a closing frame is; the content is the words either side of it
        # (one of "per" before the source or a verb after it: `cited`)
        ("interjected", re.compile(rf"^(?P<content>\S.*?)\s*,\s*(?:(?P<per>(?i:per))\s+"
                                   rf"|(?i:as)\s+)?{source}(?:\s+{verb})?\s*,\s*"
                                   rf"(?P<rest>\S.*)$")),
        ("parenthetical", re.compile(
            rf"^(?P<content>\S.*?)\s*\((?:(?i:see|cf\.|e\.g\.,?)\s+)?"
            rf"(?P<cites>{cite}(?:\s*;\s*{cite})*)\){end}")),
    )
    # "according to" a person opening the claim cites as the person's own verb does, where
    # the sources never speak of such a person ("According to the witness, X" is "The
    # witness said that X", `cited`); told by "a", "some" or closing the claim, the person
    # stays a fact the sentence must state (`frames.unstated_according`: its content read
    # bare was contradicted by a sentence stating half of it)
    return tuple((shape, pattern) for shape, pattern in frames
                 if not (speaker and shape == "closing" and ACCORDING in pattern.pattern)
                 # an aside of a speaker without a name ("the mission, officials said,
                 # withdrew") is left to the sentence's own reading
                 and not (speaker and shape == "interjected"))


@lru_cache(maxsize=1)
def framings() -> tuple[tuple[str, re.Pattern, bool], ...]:
    """The frames `cited` tries, in order: those around a source, then those around a
    speaker without a name, and last an aside between commas, which reads a claim only where
    no frame at its start or end does."""
    ordered = [(shape, pattern, False) for shape, pattern in patterns()]
    ordered += [(shape, pattern, True) for shape, pattern in patterns(speaker=True)]
    return tuple(sorted(ordered, key=lambda frame: frame[0] == "interjected"))


@lru_cache(maxsize=64)  # a claim is asked twice, one ask after the other
def frame_matches(claim: str) -> tuple[tuple[str, re.Match, bool], ...]:
    """The frames of `framings` that match the claim, in their order, each with its match
    (a match is never changed once made). `cited` is asked twice of nearly every claim, by
    `check` and by `byline.bylines`, and the ~20 patterns tried against it were about 1.3%
    of a batch's CPU (bench/README, Round 71); a claim whose first frame holds has the later
    ones tried too, once."""
    return tuple((shape, match, speaker) for shape, pattern, speaker in framings()
                 if (match := pattern.match(claim)) is not None)


CITE_RE = re.compile(rf"(?:the\s+)?(?P<name>{NAME})(?:\s+et\s+al\.?)?,?\s+(?P<year>{YEAR})")


def cited(claim: str, unknown: Callable[[str], bool] | None = None) -> Citation | None:
    """The claim's citation frame, or None. A source opening the claim must be a name or a
    text ("Researchers found that" too, but not "The mission reported that": a party of the
    story without a name is left to the checker's own reading of the sentence), or a speaker
    without a name ("An official said that"); one told by "the" ("The witness stated that")
    only where `unknown` says the sources never speak of such a speaker (its noun)."""
    for shape, match, speaker in frame_matches(claim):
        content = match.group("content").strip()
        if shape == "interjected":
            if bool(match.group("per")) == bool(match.group("verb")):
                continue  # ", Crisis Group," alone is an apposition; "per X said" no frame
            # the words after the aside go on with the content's clause
            content = f"{content} {match.group('rest').strip()}"
        if len(re.findall(r"[^\W\d_]+", content)) < 3:
            continue
        if shape == "parenthetical":
            cites = [m for m in CITE_RE.finditer(match.group("cites"))]
            sources = tuple(m.group("name").rstrip(".") for m in cites)
            years = tuple(m.group("year") for m in cites)
            year = years[0] if len(set(years)) == 1 else ""
        else:
            if not anonymous(match, claim):
                continue
            if (match.groupdict().get("indefinite") or "").lower() == DEFINITE and not (
                    unknown and unknown(match.group("speaker").split()[-1])):
                continue  # "the mission reported that": a party of the story
            if speaker and shape == "according" and match.group("speaker") \
                    and (match.group("indefinite") or "").lower() != DEFINITE:
                continue  # "according to an official": a person the sentence must state
            # without "that", a verb of saying may still open a clause ("X says the
            # mission ..."); "told villagers to leave" is an order, and takes "that" to tell
            if shape == "verb" and not match.group("that") \
                    and match.group("verb").lower().split()[-1] not in BARE_CLAUSE:
                continue
            name = match.groupdict().get("name") or match.groupdict().get("name2")
            if name and shape == "verb" and not name_opens(name):
                continue
            if name and shape in ("verb", "closing", "as", "interjected") \
                    and match.groupdict().get("verb") \
                    and not PRESENT.search(match.group("verb").split()[0].lower()) \
                    and match.group("verb") == match.group("verb").split()[0] \
                    and not auxiliary_before(claim, match.start("verb")):
                continue  # "The UN report that ...": a noun, not a verb
            if name and name.split()[0].lower() in load_stopwords():
                continue  # "When the Council added ...": a clause, not a source
            name = name.rstrip(".") if name else name
            sources = (name,) if name else ()
            year = next((match.groupdict().get(y) for y in ("y1", "y2", "y3", "y4")
                         if match.groupdict().get(y)), "")
            years = tuple(year for _ in sources)
        content = sentence_of(content, match.groupdict().get("end"))
        frame = claim[:match.start("content")] if shape in ("according", "as", "verb") \
            else claim[match.end("content"):match.start("rest")] if shape == "interjected" \
            else claim[match.end("content"):]
        return Citation(frame.strip(), sources, year, content, shape, years, speaker)
    return None


def anonymous(match: re.Match, claim: str) -> bool:
    """The source, if the match reads it as a speaker without a name (`SPEAKER`), is one: a
    noun whose first WordNet sense is a person or a group ("official", "diplomats"), after at
    most MODIFIERS lower-case words that are no determiner or other closed-class word ("the
    ministry", "its officials" are the story's own parties); its words are capitalised only
    where the claim starts. A person told ("told reporters") must be one as well. True for a
    match of another source."""
    addressee = match.groupdict().get("addressee")
    if addressee and (actor_noun(addressee.split()[-1]) is None
                      or not addressee.split()[-1].islower() and not common(addressee.split()[-1])):
        return False
    if not match.groupdict().get("speaker"):
        return True
    words = match.group("speaker").split()
    start = match.start("indefinite") if match.group("indefinite") else match.start("speaker")
    # a title after "the" is capitalised in minutes ("the Chair", "the Minister")
    titled = (match.group("indefinite") or "").lower() == DEFINITE
    stopwords = load_stopwords()
    return actor_noun(words[-1]) is not None \
        and not any(word.lower() in stopwords for word in words) \
        and all(word.islower() or (n == 0 and start == 0 or titled) and common(word)
                for n, word in enumerate(words))


def common(word: str) -> bool:
    """A capitalised word opening the claim that is a common word, not a name or a people's
    ("Officials", "Diplomats"; not "Malian", "German", "Bamako")."""
    lower = word.lower()
    return is_english(lower) and not proper_noun(lower) and lower not in country_names() \
        and lower not in capital_cities()


def auxiliary_before(claim: str, at: int) -> bool:
    """An auxiliary right before the verb ("have found")."""
    before = claim[:at].split()
    return bool(before) and before[-1].lower() in {"has", "have", "had", "also"}


def name_opens(name: str) -> bool:
    """A name opening the claim is one ("Crisis Group", "London", "CIVIC"), not a capitalised
    common word ("Witnesses", "Officials", "It"): a single word must be an acronym, a country
    or capital, a proper noun WordNet knows, or no English word."""
    words = name.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) >= 2:
        return True
    word = words[0]
    lower = word.lower()
    if lower in load_stopwords():  # "We note that", "It says that"
        return False
    if word.isupper() and len(word) > 1:
        return True
    if actor_noun(lower) is not None:  # "Scientists", "Officials", "Witnesses"
        return False
    return lower in country_names() or lower in capital_cities() or proper_noun(lower) \
        or not is_english(lower)


def sentence_of(content: str, end: str | None) -> str:
    """The content as a sentence: its first letter capitalised, closed by a full stop."""
    content = content.strip()
    if content[:1].islower():
        content = content[0].upper() + content[1:]
    if not content.endswith((".", "!")):
        content += end or "."
    return content
