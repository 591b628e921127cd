"""WordNet's first-sense synonyms of a word: "improbable" -> unbelievable, unlikely.

`qa.search.expand` uses them for question words the corpus lacks, where they are the only
way the question's meaning can match. The table (`qa/search/data/wordnet_synonyms.txt`, 1.8 MB, made from
Princeton WordNet 3.1 by `tools/wordnet_synonyms.py`) is read on first use only and
searched in place, through a sample of its sorted lines (`Table`): reading it takes 0.2 ms,
sampling it 0.5 ms; splitting it into lines would take 6-8 ms of the questions that need it
(a dict of them, ~60 ms). The tables claim checking reads are asked thousands of words a
batch, each found in C in the same way.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "wordnet_synonyms.txt"
# Antonyms (`tools/wordnet_antonyms.py`): claim checking reads "rejected" against "accepted".
ANTONYMS = TABLE.with_name("wordnet_antonyms.txt")
# Derivationally related forms (`tools/wordnet_derivations.py`): claim checking reads "decided"
# as stated by "the decision".
DERIVATIONS = TABLE.with_name("wordnet_derivations.txt")
# The hypernyms of a noun's or verb's first sense (`tools/wordnet_hypernyms.py`): "book" is a
# kind of "publication"; read by `hypernyms` and by `qa.claims.general`.
HYPERNYMS = TABLE.with_name("wordnet_hypernyms.txt")
# The same of two-word nouns of a concrete kind and of chemical formulas
# (`tools/wordnet_compound_kinds.py`): "carbon dioxide" and "co2" are gases, as "methane" is;
# read by `qa.claims.kin_in_place`.
COMPOUND_KINDS = TABLE.with_name("wordnet_compound_kinds.txt")
# Antonyms of a verb's hypernyms (`tools/wordnet_stasis.py`): claim checking reads "grew"
# against "remained unchanged" ("grow" is a kind of "change", whose antonym is "stay").
STASIS = TABLE.with_name("wordnet_stasis.txt")
# Irregular verb forms that are words of their own (`tools/wordnet_pasts.py`): "spent" the
# adjective (exhausted) is, as a verb, a form of "spend".
PASTS = TABLE.with_name("wordnet_pasts.txt")
# Irregular comparatives and superlatives of every adjective (`tools/wordnet_adjective_forms.py`):
# "hottest" -> hot, which the synonyms table leaves out where "hot" has no first-sense synonyms.
ADJECTIVE_FORMS = TABLE.with_name("wordnet_adjective_forms.txt")
# Verbs whose first sense is one of communication (`tools/wordnet_reporting.py`): claim checking
# lets the sentence's "announced" report what the claim's "said" reports.
REPORTING = TABLE.with_name("wordnet_reporting.txt")
# Verbs whose first sense is one of cognition (`tools/wordnet_cognition.py`): "officials doubt
# that" takes a stance on what follows, as a verb of saying does.
COGNITION = TABLE.with_name("wordnet_cognition.txt")
# Nouns whose first sense is one of cognition (`tools/wordnet_cognition_nouns.py`): "to my
# knowledge", "in my view" give the speaker's access to a fact, not a fact.
COGNITION_NOUNS = TABLE.with_name("wordnet_cognition_nouns.txt")
# Nouns whose first sense is one of communication (`tools/wordnet_communication_nouns.py`):
# "the field memo says that P" is a text's own voice, "the mission says" a party's.
COMMUNICATION_NOUNS = TABLE.with_name("wordnet_communication_nouns.txt")
# Every word that can be a verb (`tools/wordnet_verbs.py`): a claim must state something.
VERBS = TABLE.with_name("wordnet_verbs.txt")
# Nouns and adjectives of absence (`tools/wordnet_privatives.py`): claim checking reads "for
# want of funds" and "devoid of cover" as denying what follows "of", as "lack of" does.
PRIVATIVES = TABLE.with_name("wordnet_privatives.txt")
# Adjectives that give a noun of a part to one holder only (`tools/wordnet_undivided.py`):
# claim checking reads two holders of "the chief duty" as rivals.
UNDIVIDED = TABLE.with_name("wordnet_undivided.txt")
# Words used mostly as adverbs (`tools/wordnet_adverbs.py`): claim checking reads "sooner than
# planned" as stated by "earlier than planned", as it reads an adverb of manner in "-ly".
ADVERBS = TABLE.with_name("wordnet_adverbs.txt")
# Words used mostly as adjectives (`tools/wordnet_adjectives.py`): claim checking reads
# "increasing" in "a trend of increasing losses" as a modifier of the noun after it.
ADJECTIVES = TABLE.with_name("wordnet_adjectives.txt")
# The word of an adverb's prepositional phrase (`tools/wordnet_adverb_phrases.py`): "initially"
# / "at first" -> first, for "was first authorized" / "was initially authorized".
ADVERB_PHRASES = TABLE.with_name("wordnet_adverb_phrases.txt")
# One-word nouns whose first sense is a person or a group (`tools/wordnet_actors.py`): claim
# checking reads "the force commander" against "the human rights director" as two actors.
ACTORS = TABLE.with_name("wordnet_actors.txt")
# One-word nouns with a person or group sense among their first three, not first
# (`tools/wordnet_agents.py`): claim checking reads "the union", "the hospital" as a deed's
# participant where a verb's subject, object or agent stands.
AGENTS = TABLE.with_name("wordnet_agents.txt")
# Direction of verbs of change (`tools/wordnet_direction.py`): claim checking reads "increased
# tensions" against "eased tensions" (a bad thing grown / a good thing done).
DIRECTION = TABLE.with_name("wordnet_direction.txt")
# Direction in which a verb moves a figure it takes, any sense (`tools/wordnet_scale_direction.py`):
# claim checking reads "fell from 67 percent" as a change's start, "fall" having no first-sense
# direction.
SCALE_DIRECTION = TABLE.with_name("wordnet_scale_direction.txt")
# verbs that continue a state (+1: "remain") or end it (-1: "withdraw"), tools/wordnet_continuation.py
CONTINUATION = TABLE.with_name("wordnet_continuation.txt")
# Words that frame a claim without a fact of it (`tools/wordnet_discourse.py`): adverbs whose
# every tagged sense is a use in discourse ("admittedly", "by the way"), nouns whose first
# sense is a message ("reminder", "flashback"), read by qa.claims.discourse and informal.
DISCOURSE = TABLE.with_name("wordnet_discourse.txt")
# Nouns whose first sense is a proper noun (`tools/wordnet_proper.py`): claim checking reads
# "Wagner" as a name first in its sentence, where its capital tells nothing.
PROPER = TABLE.with_name("wordnet_proper.txt")
# Acronyms of general English and their long forms (`tools/wordnet_acronyms.py`): claim
# checking reads a claim's "PM" as no phrase of the corpus's initials ("peacekeeping mission").
ACRONYMS = TABLE.with_name("wordnet_acronyms.txt")
# The attributes an adjective is a value of (`tools/wordnet_attributes.py`): "large" -> size;
# claim checking reads "as large as" against "the size of", and "tightened" as "tight" graded.
ATTRIBUTES = TABLE.with_name("wordnet_attributes.txt")
# The same, of the senses annotators used only (`tools/wordnet_used_attributes.py`): "dry" ->
# wetness, not "dry humour"'s emotionality; claim checking reads two superlatives' scales by it.
USED_ATTRIBUTES = TABLE.with_name("wordnet_used_attributes.txt")
# Opposites of verbs and adjectives through one more relation than a direct antonym
# (`tools/wordnet_indirect_antonyms.py`): "released" shares a synset with "free", whose
# antonym synset holds "detain"; "polluted" is similar to "impure", the antonym of "pure".
INDIRECT_ANTONYMS = TABLE.with_name("wordnet_indirect_antonyms.txt")
# Opposite events (`tools/wordnet_event_opposites.py`): verbs each a kind of one side of an
# antonym pair, "swell" / "dwindle" (increase / decrease), "prohibit" / "approve" (forbid /
# permit), "plummet" / "soar" (descend / rise).
EVENT_OPPOSITES = TABLE.with_name("wordnet_event_opposites.txt")
# Verbs VADER rates with opposite signs that WordNet joins as one synset or a sense and its
# direct hypernym (`tools/wordnet_polar_kin.py`): "engage" (wage) is a kind of "fight".
POLAR_KIN = TABLE.with_name("wordnet_polar_kin.txt")
# Verbs of getting against verbs of losing (`tools/wordnet_possession.py`): "obtain",
# "receive", "procure" / "lose", which no antonym pointer joins ("get" and "lose" are no pair).
POSSESSION = TABLE.with_name("wordnet_possession.txt")
# values across one attribute's scale that no antonym pointer joins ("warm" /
# "cold"), made by tools/wordnet_attribute_rivals.py
ATTRIBUTE_RIVALS = TABLE.with_name("wordnet_attribute_rivals.txt")
# The polarity WordNet neighbours lend a verb or adjective VADER leaves unrated
# (`tools/wordnet_lent_polarity.py`): "oppose" a kind of "protest", "consistent" the antonym of
# "conflicting".
LENT_POLARITY = TABLE.with_name("wordnet_lent_polarity.txt")
# one-word nouns whose first sense is a vehicle (tools/wordnet_conveyances.py, WordNet 3.0)
CONVEYANCES = TABLE.with_name("wordnet_conveyances.txt")
# one-word nouns whose first sense is a concrete kind: a substance, a span of time, an
# artifact ... (tools/wordnet_concrete_kinds.py, WordNet 3.0)
CONCRETE_KINDS = TABLE.with_name("wordnet_concrete_kinds.txt")
MODALS = frozenset("can could may might must shall should will would ought".split())
# How WordNet finds a base form (its "morphy" rules): an ending and what it replaced; first a
# noun's plural endings ("envoys" -> envoy), read alone where only a noun is meant
# (`qa.claims.noun_kin`: "caused" is no noun "cause")
NOUN_ENDINGS = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
                ("shes", "sh"), ("men", "man"), ("ies", "y"))
ENDINGS = NOUN_ENDINGS + (("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                          ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))


# The characters between two lines of a table's sample (`Table`): a word's line is looked for
# by `str.find` in about this many characters, after a bisection of ~1/30 of the lines
BLOCK = 1024


class Table:
    """One table, kept as its text and searched in two steps, both in C: a bisection of a
    sample of its lines (the first line of each block of about BLOCK characters, made on first
    use: ~0.5 ms for a 1.8 MB table) finds the block that would hold the word's line, and
    `str.find` finds the line in that block. A line is its key, a tab and its value, or its
    key alone (a word list: the value is ""); the keys are sorted and unique, and a tab sorts
    before every character of a word, so the lines sort as their keys do.

    A batch of claims asks the big tables thousands of words: split into its lines (one
    string each, ~100,000 in all), a table was bisected in C as well, but the lines cost
    ~6 ms a table to make, ~22 MB kept in a batch, and they lay scattered over the heap, so
    each bisection touched ~17 of them; before the split each word cost a bisection of the
    text in Python (~15 us). The sample is a few thousand strings made in one pass, and a
    look-up reads one of its bisections and about a kilobyte of the text."""

    def __init__(self, text: str, start: int):
        # each line starts after a newline and ends with one, so that "\n" + word finds the
        # line that starts with it
        if not text.endswith("\n"):
            text += "\n"
        if start == 0:
            text, start = "\n" + text, 1
        self.text, self.start = text, start  # where the first entry starts
        end = len(text)  # after the last entry's newline (blank lines after it left out)
        while end - 2 >= start and text[end - 2] == "\n":
            end -= 1
        self.end = end
        self.firsts: list[str] | None = None  # the first line of each block
        self.places: list[int] = []  # where each block starts

    def sample(self) -> list[str]:
        text, end, at = self.text, self.end, self.start
        firsts, places = [], []
        while 0 < at < end:
            places.append(at)
            firsts.append(text[at:text.index("\n", at)])
            at = text.find("\n", at + BLOCK, end) + 1
        self.firsts, self.places = firsts, places
        return firsts

    def get(self, word: str) -> str | None:
        """The value of the line whose key is `word` ("" for a word list's), or None. A key
        holds no tab nor newline: a word with one is no key."""
        if not word or "\n" in word or "\t" in word:
            return None
        firsts = self.firsts if self.firsts is not None else self.sample()
        places, text = self.places, self.text
        # the block whose first line is the last not after the word: its line, if any, is
        # in that block or is the next block's first line ("word\tvalue" sorts after "word")
        j = bisect_right(firsts, word) - 1
        low = places[j] - 1 if j >= 0 else self.start - 1
        high = places[j + 1] + len(word) + 1 if j + 1 < len(places) else self.end
        needle = "\n" + word
        at = text.find(needle, low, high)  # the first line starting with the word
        if at < 0:
            return None
        after = at + len(needle)
        mark = text[after]  # a line that starts with the word is its own only if the key ends
        if mark == "\t":
            return text[after + 1:text.index("\n", after)]
        return "" if mark == "\n" else None


@lru_cache(maxsize=32)  # each table read once (there are about 20)
def table(path: Path = TABLE) -> tuple[str, int]:
    """The table's text, and where its first entry starts (after the comment lines)."""
    text = path.read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text, start


@lru_cache(maxsize=32)  # one per table, keeping count of the words it was asked
def searched(path: Path) -> Table:
    return Table(*table(path))


@lru_cache(maxsize=1 << 16)  # claim checking asks of the same words thousands of times a batch
def entry(word: str, path: Path = TABLE) -> str | None:
    """What the table says of `word` (its synonyms, or "=base form"), or None."""
    return searched(path).get(word)


def acronym_meanings(acronym: str) -> tuple[str, ...]:
    """What general English writes `acronym` (in capitals: "PM") for, lower case ("prime
    minister", "premier", ...), or () when WordNet lists no such acronym."""
    found = entry(acronym, ACRONYMS)
    return tuple(found.split("|")) if found else ()


def proper_noun(word: str) -> bool:
    """Whether WordNet's first sense of `word` is an instance, a proper noun ("Wagner",
    "Bamako"), and the word no verb, adjective or adverb."""
    return entry(word.lower(), PROPER) is not None


def is_english(word: str) -> bool:
    """Whether WordNet knows `word` or a base form of it (as a word with synonyms, a verb or
    a modal): the words whose part of speech `can_be_verb` can judge."""
    word = word.lower()
    return can_be_verb(word) or any(entry(form) is not None for form in base_forms(word))


def plural(word: str) -> bool:
    """A plural noun: one of its base forms drops a plural ending ("troops", "authorities",
    "fishermen")."""
    word = word.lower()
    return (word.endswith("s") and not word.endswith("ss") or word.endswith("men")) \
        and len(base_forms(word)) > 1


@lru_cache(maxsize=16384)  # asked of every claim word against every sentence's words
def base_forms(word: str) -> tuple[str, ...]:
    """The word, then what it may be an inflection of ("rulers" -> "ruler")."""
    forms = [word] + [word[:-len(ending)] + base for ending, base in ENDINGS
                      if word.endswith(ending) and len(word) > len(ending) + 2]
    return tuple(dict.fromkeys(forms))


def hypernyms(word: str) -> frozenset[str]:
    """The `HYPERNYMS` table's hypernyms of the word or of the first of its base forms it
    lists (`base_forms`: "books" -> book)."""
    found = next((f for f in map(lambda form: entry(form, HYPERNYMS), base_forms(word)) if f), "")
    return frozenset(found.split("|")) if found else frozenset()


def compound_hypernyms(*words: str) -> frozenset[str]:
    """The `COMPOUND_KINDS` table's hypernyms of the two-word noun or the chemical formula
    `words` ("carbon", "dioxide"; "co2"), the last word singular where the table lists only
    that form ("greenhouse gases" -> greenhouse gas); empty where it lists none."""
    *head, last = words
    found = next((f for f in (entry(" ".join([*head, form]), COMPOUND_KINDS)
                              for form in base_forms(last)) if f), "")
    return frozenset(found.split("|")) if found else frozenset()


@lru_cache(maxsize=8192)  # asked of every claim word against every sentence
def irregular_base(word: str) -> str | None:
    """The base form WordNet gives an irregular form ("went" -> go, "worse" -> bad), or None
    (the table's "=base" entries)."""
    found = entry(word)
    return found[1:] if found and found.startswith("=") else None


@lru_cache(maxsize=8192)
def verb_base(word: str) -> str | None:
    """The verb an irregular form is a form of, also where the form is a word of its own
    ("spent" -> spend, "left" -> leave), or None."""
    return irregular_base(word) or entry(word, PASTS)


def base_verb(word: str) -> bool:
    """Whether the word (in lower case) can be a verb in its base form, no irregular or past
    form of another: what follows "to" in an infinitive ("to manage", not "to left")."""
    return can_be_verb(word) and verb_base(word) in (None, word)


@lru_cache(maxsize=8192)
def hypernym_antonyms(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that oppose the verb `word` (or its base form) through its hypernyms
    ("grew": remain, stay), and the hypernyms they oppose, whose denial opposes it too
    ("did not change", "unchanged"); ((), ()) if none."""
    for form in base_forms(word.lower()):  # the table lists irregular forms ("rose", "grown")
        found = entry(form, STASIS)
        if found:
            opposed, _, above = found.partition("\t")
            return tuple(opposed.split("|")), tuple(w for w in above.split("|") if w)
    return (), ()


@lru_cache(maxsize=1)
def stasis_vocabulary() -> frozenset[str]:
    """Every word `hypernym_antonyms` can give, of any verb: the table's opposites and
    hypernyms ("remain", "stay"; "change")."""
    text, start = table(STASIS)
    return frozenset(word for line in text[start:].splitlines()
                     for field in line.split("\t")[1:] for word in field.split("|") if word)


def synonyms(word: str) -> list[str]:
    """The other words of the first sense of `word` (or of its base form), phrases with
    spaces; [] if WordNet does not know it."""
    for form in base_forms(word.lower()):
        base = irregular_base(form)  # an irregular form: "went" -> go
        found = entry(base) if base else entry(form)
        if found:
            return [synonym.replace("_", " ") for synonym in found.split("|")]
    return []


@lru_cache(maxsize=4096)
def antonyms(word: str) -> tuple[str, ...]:
    """Words WordNet opposes to `word` in its first senses and to its base forms ("accepted"
    the adjective and "accept" the verb: refuse, reject...); () if none."""
    forms = list(base_forms(word.lower()))
    irregular = irregular_base(forms[0]) or entry(forms[0], ADJECTIVE_FORMS)
    if irregular:  # "worse" -> "bad"
        forms.insert(1, irregular)
    found = [entry(form, ANTONYMS) for form in forms]
    words = [w.replace("_", " ") for f in found if f for w in f.split("|")]
    if word.lower().endswith(VERB_ENDINGS) and not found[0]:
        # a verb's inflection ("lasted") takes a verb's opposites only: "first", the opposite
        # of the adjective "last", is no opposite of "lasted" (the form's own entry, as for
        # the adjective "increased", stands)
        words = [w for w in words if can_be_verb(w.split()[0])]
    return tuple(dict.fromkeys(words))


VERB_ENDINGS = ("ed", "ing")


@lru_cache(maxsize=8192)  # asked of the words of sentences that may reverse a claim word
def adjective_bases(word: str) -> tuple[str, ...]:
    """The adjectives a superlative may be formed from: WordNet's irregular form ("hottest" ->
    hot, "worse" -> bad, `ADJECTIVE_FORMS`), else WordNet's rules for a regular superlative
    ("coldest" -> cold, "largest" -> large); () for any other word. Only superlatives are read
    by rule: a regular "-er" is as often a noun or an adverb of time ("water", "later")."""
    irregular = entry(word, ADJECTIVE_FORMS)
    if irregular:
        return (irregular,)
    if word.endswith("est") and len(word) > 5:
        return word[:-3], word[:-2]
    return ()


@lru_cache(maxsize=16384)  # asked of every sentence word against each claim word
def inflections(word: str) -> tuple[str, ...]:
    """The word, what it may be an inflection of (`base_forms`) and the verb of an irregular
    or word-like past (`verb_base`: "shrank" -> shrink, "kept" -> keep): the forms a table
    of base forms is looked up by."""
    base = verb_base(word)
    return base_forms(word) + (base,) if base else base_forms(word)


@lru_cache(maxsize=4096)
def indirect_antonyms(word: str) -> frozenset[str]:
    """The verbs and adjectives WordNet opposes to `word` (or to its `inflections`: "shrank"
    -> shrink) through a similar adjective, a derivation or a hypernym on one side
    (`INDIRECT_ANTONYMS`); empty if none."""
    return frozenset(w for form in inflections(word.lower())
                     for w in (entry(form, INDIRECT_ANTONYMS) or "").split("|") if w)


@lru_cache(maxsize=4096)
def attribute_rivals(word: str) -> frozenset[str]:
    """The adjectives across an attribute's scale from `word` (or from its
    `inflections` or the adjective a comparative or superlative is formed from, "warmer" ->
    warm) that WordNet joins to it only through another pair of the scale ("warm" / "cold":
    `ATTRIBUTE_RIVALS`); empty if none."""
    return frozenset(w for form in inflections(word.lower()) + adjective_bases(word.lower())
                     for w in (entry(form, ATTRIBUTE_RIVALS) or "").split("|") if w)


@lru_cache(maxsize=4096)
def possession_opposites(word: str) -> frozenset[str]:
    """The verbs of losing opposed to the verb of getting `word` (or to its `inflections`:
    "received" -> lose), or the reverse (`POSSESSION`); empty if none."""
    return frozenset(w for form in inflections(word.lower())
                     for w in (entry(form, POSSESSION) or "").split("|") if w)


@lru_cache(maxsize=4096)
def event_opposites(word: str) -> frozenset[str]:
    """The verbs opposed to the verb `word` (or to its `inflections`) as kinds of the two sides
    of one WordNet antonym pair (`EVENT_OPPOSITES`: "swelled" -> dwindle, shrink ...); empty
    if none."""
    return frozenset(w for form in inflections(word.lower())
                     for w in (entry(form, EVENT_OPPOSITES) or "").split("|") if w)


@lru_cache(maxsize=4096)
def polar_kin(word: str) -> frozenset[str]:
    """The verbs of the other rating WordNet makes kin of the verb `word` (or of its
    `inflections`: "engaging" -> fight, struggle), `POLAR_KIN`; empty if none."""
    return frozenset(w for form in inflections(word.lower())
                     for w in (entry(form, POLAR_KIN) or "").split("|") if w)


def word_list(path: Path) -> frozenset[str]:
    """The words of a table made one word a line (its "#" lines are its header)."""
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return word_list(VERBS)


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    return word_list(ADVERBS)


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    return word_list(ADJECTIVES)


@lru_cache(maxsize=1)
def privatives() -> frozenset[str]:
    return word_list(PRIVATIVES)


@lru_cache(maxsize=1)
def undivided() -> frozenset[str]:
    return word_list(UNDIVIDED)


def discourse_kind(words: str, kind: str) -> bool:
    """Whether `words` (lower case; "by the way") is a word of that kind in
    `DISCOURSE`: "adverb" or "label"."""
    return kind in (entry(words, DISCOURSE) or "").split("|")


@lru_cache(maxsize=1)
def communication_verbs() -> frozenset[str]:
    return word_list(REPORTING)


@lru_cache(maxsize=1)
def cognition_verbs() -> frozenset[str]:
    return word_list(COGNITION)


@lru_cache(maxsize=1)
def cognition_nouns() -> frozenset[str]:
    return word_list(COGNITION_NOUNS)


@lru_cache(maxsize=1)
def communication_nouns() -> frozenset[str]:
    return word_list(COMMUNICATION_NOUNS)


def tells_as_text(noun: str) -> bool:
    """Whether the noun (or its singular) is one whose first sense is one of communication
    ("note", "memo", "commentary", "report")."""
    return any(form in communication_nouns() for form in base_forms(noun.lower()))


@lru_cache(maxsize=4096)  # asked of a claim's verbs before "that"
def thinks(word: str) -> bool:
    """Whether `word` (or its base form) is a verb whose first sense is one of cognition
    ("doubts", "believed", "knew")."""
    return any(form in cognition_verbs() for form in base_forms(word.lower()))


@lru_cache(maxsize=16384)  # asked of the words around the verbs of every pair
def communicates(word: str) -> bool:
    """Whether `word` (or its base form) is a verb whose first sense is one of communication
    ("announced", "told", "declares")."""
    return any(form in communication_verbs() for form in base_forms(word.lower()))


@lru_cache(maxsize=16384)  # asked of every word of every sentence a claim is aligned with
def can_be_verb(word: str) -> bool:
    """Whether `word` or its base form can be a verb ("withdrew", "killed", "is")."""
    word = word.lower()
    forms = [word[:-len(ending)] + base for ending, base in ENDINGS  # "died" -> "die" too
             if word.endswith(ending) and len(word) >= len(ending) + 2]
    return word in MODALS or word in verbs() or any(form in verbs() for form in forms)


@lru_cache(maxsize=1)
def actor_rows(path: Path = ACTORS) -> dict[str, list[str]]:
    """Each noun whose first sense is a person or a group -> its marks: "p" (a person) or
    "g" (a group), then "a" if it can be an adjective too."""
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    marks: dict[tuple[str, ...], list[str]] = {}  # one list for all the nouns of the same
    # marks (a handful): a list and its strings for each of ~11,000 nouns cost ~1.5 MB
    return {row[0]: marks.setdefault(tuple(row[1:]), row[1:]) for row in rows}


@lru_cache(maxsize=1)
def actors() -> dict[str, bool]:
    """Each noun whose first sense is a person or a group -> whether it can be an adjective
    too."""
    return {word: "a" in marks for word, marks in actor_rows().items()}


def actor_kind(word: str) -> str | None:
    """"p" if the first sense of `word` (or its singular) is a person ("Hume", "commander"),
    "g" if a group ("society", "council"), None if neither."""
    table = actor_rows()
    for form in base_forms(word.lower()):
        if form in table:
            return table[form][0]
    return None


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    return word_list(AGENTS)


def agent_noun(word: str) -> bool:
    """Whether `word` (or its singular) is a noun that can name a person or a body: its first
    sense does (`actor_noun`), or one of its next two ("union", "hospital")."""
    word = word.lower()
    return actor_noun(word) is not None or any(form in agent_nouns() for form in (
        word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
        word[:-3] + "y" if word.endswith("ies") else ""))  # a plural's singular; no verb's
    # base ("funded" is no "fund")


def actor_noun(word: str) -> bool | None:
    """None if `word` (or its singular) is no noun whose first sense is a person or a group
    ("fighters", "commander", "troops"), else whether it can be an adjective too
    ("official")."""
    table = actors()
    for form in base_forms(word.lower()):
        if form in table:
            return table[form]
    return None


def derived_forms(word: str) -> list[str]:
    """The derivationally related forms of `word` (or of its base form) in its first senses:
    "decided" -> deciding, decision, decisive; [] if WordNet has none. A past in "-ied" is a
    form of its verb in "-y" ("relied" -> reliance, "denied" -> denial), as the exception
    list says for some ("relied": rely) and WordNet's endings for none: the endings strip
    "-ed" alone ("reli"), so such a verb's nouns were never found."""
    return list(derivations(word.lower()))


@lru_cache(maxsize=1 << 14)  # asked of each word of a pair (`roles.kin`), pair after pair
def derivations(word: str) -> tuple[str, ...]:
    """`derived_forms` of a word in lower case, remembered (a tuple: a caller given the list
    may change it)."""
    for form in (*base_forms(word), *y_verb(word)):
        found = entry(form, DERIVATIONS)
        if found:
            return tuple(found.split("|"))
    return ()


def y_verb(word: str) -> tuple[str, ...]:
    """The verb in "-y" a past in "-ied" is a form of ("relied" -> rely), or ()."""
    if word.endswith("ied") and len(word) > 5:  # not "died", "tied", "lied"
        return (irregular_base(word) or word[:-3] + "y",)
    return ()


@lru_cache(maxsize=1024)
def attributes(adjective: str) -> frozenset[str]:
    """The nouns of the attributes WordNet makes `adjective` a value of ("large" -> size), {}
    for a word that is no gradable adjective."""
    found = entry(adjective, ATTRIBUTES)
    return frozenset(found.split("|")) if found else frozenset()


def used_attributes(adjective: str) -> frozenset[str]:
    """The attributes of the senses of `adjective` annotators used (`USED_ATTRIBUTES`: "dry"
    -> wetness, "warm" -> temperature, emotionality), or, where those have none, of all its
    senses (`attributes`); {} for a word that is no gradable adjective."""
    found = entry(adjective, USED_ATTRIBUTES)
    return frozenset(found.split("|")) if found else attributes(adjective)


@lru_cache(maxsize=1)
def attribute_nouns() -> frozenset[str]:
    """Every attribute noun of `USED_ATTRIBUTES` (about 550: "size", "temperature",
    "wetness")."""
    text, start = table(USED_ATTRIBUTES)
    return frozenset(noun for line in text[start:].splitlines() if "\t" in line
                     for noun in line.split("\t", 1)[1].split("|"))


@lru_cache(maxsize=4096)
def direction(word: str) -> int:
    """+1 for a verb of increase ("heightened", "rose"), -1 for one of decrease ("reduced",
    "lessen"), 0 for any other word (`tools/wordnet_direction.py`)."""
    for form in base_forms(word.lower()):  # the table lists irregular forms ("rose", "grew")
        found = entry(form, DIRECTION)
        if found:
            return int(found)
    return 0


@lru_cache(maxsize=4096)
def lent_polarity(word: str) -> int:
    """+1 or -1: the polarity WordNet's neighbours of the verb or adjective `word` (or of its
    `inflections`) agree on (`LENT_POLARITY`), 0 if none."""
    return next((int(found) for form in inflections(word.lower())
                 for found in [entry(form, LENT_POLARITY)] if found), 0)


@lru_cache(maxsize=4096)
def scale_direction(word: str) -> int:
    """+1 for a verb that moves a figure up ("soared", "climbed"), -1 for one that moves it
    down ("fell", "declined", "plunged"), 0 for any other word: the direction of the verb's
    first sense of change of magnitude or of vertical motion, whatever its rank
    (`tools/wordnet_scale_direction.py`), for a verb that takes a figure."""
    for form in base_forms(word.lower()):  # the table lists irregular forms ("fell", "sank")
        found = entry(form, SCALE_DIRECTION)
        if found:
            return int(found)
    return 0


@lru_cache(maxsize=1)
def conveyances() -> frozenset[str]:
    return word_list(CONVEYANCES)


@lru_cache(maxsize=1)
def concrete_kinds() -> frozenset[str]:
    return word_list(CONCRETE_KINDS)


def concrete_kind(word: str) -> bool:
    """Whether `word` (or its singular) is a noun whose first sense is a concrete kind
    ("years", "argon", "road"), not an act, event, state or attribute ("work", "occasion")."""
    return any(form in concrete_kinds() for form in base_forms(word.lower()))


def conveyance(word: str) -> bool:
    """Whether `word` (or its singular) is a noun whose first sense is a vehicle ("car",
    "trucks", "ferry"), not the way one goes along ("road", "rail", "sea")."""
    return any(form in conveyances() for form in base_forms(word.lower()))
