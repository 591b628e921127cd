"""What a text states, parsed once for claim checking: its tokens with their index terms, the
facts it states (numbers, percentages, amounts, ordinals, years, months, superlatives, names of
actors and places) and the words it negates. `qa.compare` lines a claim up with a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..search.wordnet import (actor_noun, antonyms, can_be_verb, derived_forms, irregular_base,
                              is_english, privatives, proper_noun, verbs)
from ..text.alternation import alternation
from ..text.analyze import load_stopwords
from ..text.lexicon import capital_cities, words
from ..text.scripts import capitals, table_key
from ..text.spoken import number_value, ordinal_value, original_place, rewritten
# the auxiliaries (their one definition, `auxiliaries`): `opposition`, `role_link` and others
# import them from here
from .energy_units import hours_of_power, symbol_unit
from .metric_units import metric_units
from .numeric_dates import EITHER_ORDER, numeric_dates
from .clock_times import clock_times
from .range_ends import shared_scale
from .auxiliaries import AUXILIARY_WORDS, BE, FINITE_AUXILIARIES  # noqa: F401
from .negation_scope import contrasted_part, no_denial, quantified_reach, quantified_verb
from .denial_verb_end import clause_verb
from .early_years import early_year
from .hedged_years import hedged_year
from .period_over import period_over
from .unit_exponents import unit_exponent
from .either_or import opens_either_branch
from .past_forms import past_verb_form
from .prefix_opposite import PRIVATIVE_PREFIXES, privative_pair
from .privative_of import privative_of
from .vocabulary import Vocabulary

UNITS = words()["number_words"]
SCALES = words()["number_scales"]
ORDINALS = words()["ordinals"]
MONTHS = {month: n for n, month in enumerate(words()["months"], 1)}
# the articles and possessives that open a noun phrase (one set for every module that asks)
DETERMINERS = frozenset("a an the this that these those its their his her our".split())
ARTICLES = frozenset("a an the".split())  # the determiners that are articles
SUPERLATIVES = frozenset(words()["superlatives"])
BOUNDS = words()["number_bounds"]
CURRENCY_WORDS = tuple(words()["currency_words"])
# the units of a measure: time and the lengths of the table, and the metric units with their
# SI prefixes (`metric_units`: "teragram", "megawatt"), each with the measure it is a unit of
METRIC_UNITS = metric_units()
MEASURES = {**{unit: measure for unit, (measure, _) in METRIC_UNITS.items()}, **words()["measures"]}
# and the millennium, the calendar's unit above the century, which encyclopedias use for spans
# of climate history ("some three millennia" is 3,000 years): without it "three" counted
# nothing and a claim's "3,000 years" was left unstated by it (`measure_unit` reads its Latin
# plural). Kept here, not in the shared word list, whose change rebuilds every index
MEASURES["millennium"] = "time"
NEGATIONS = frozenset(words()["negations"])
# the negations of a noun phrase, and the nouns and adjectives of absence before "of" ("for
# want of", "devoid of": `privative_of`), which deny a noun phrase as "lack of" does
NOUN_NEGATIONS = frozenset(words()["noun_negations"]) | privatives()
INFINITIVE_NEGATIONS = frozenset(("failure", "failures"))
# a verb of refusal that denies only the verb of its infinitive ("declined to endorse" is "did
# not endorse", as "refused to" is); alone it tells a fall ("the number declined"), no denial
INFINITIVE_REFUSALS = frozenset(("decline", "declines", "declined", "declining"))
# the verbs before "yet to" that make it a negation of the infinitive ("has yet to sign" has
# not signed); "and yet to our surprise" is no negation
YET_TO_HEADS = frozenset("have has had having is are was were be been remain remains remained".split())
SCOPE_BREAKERS = frozenset(words()["scope_breakers"])
NEGATIVE_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis")  # "unchanged", "inaccessible"

WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
BREAK_RE = re.compile(r"[,;:.!?()\[\]—–\"“”]")
# the number words and the hedges, longest first, as trees of their letters (`alternation`:
# the same matches, without a try of each of fifty words at every word that starts like one)
_NUMWORD = alternation(sorted([*UNITS, *SCALES], key=len, reverse=True))
_BOUND = alternation(sorted(BOUNDS, key=len, reverse=True))
# "a full year", "an entire decade": one of the measure, the adjective saying it is whole
WHOLE = "full|whole|entire|single"
# a scale written as a suffix, as the press writes amounts: "£200m", "$1.2bn", "€3bn"; "m"
# and "k" only after a currency ("a 5m wall" is five metres, "a 5k run" five kilometres)
SCALE_SUFFIXES = {"bn": "billion", "mn": "million", "m": "million", "k": "thousand"}
CURRENCY_ONLY_SUFFIXES = ("m", "k")


def last_words(text: str, end: int, count: int, start: int = 0) -> list[str]:
    """The last `count` words of `text[start:end]`. Only they are split off: a figure may stand
    far into a long sentence, and splitting all the text before it was a hot spot of `check`
    (bench/README, round 38, speedcpu18)."""
    return text[start:end].rsplit(None, count)[-count:]


def starting(words) -> str:
    """A lookahead that passes only before the first character of one of `words` (of any
    case, with re.I). re tries a pattern at every character; put before an alternation of
    the words, it lets the alternation be tried at a few places only: the same matches, found
    in a half to a third of the time."""
    return f"(?=[{re.escape(''.join(sorted({w[0] for w in words})))}])"


# where a figure, or a hedge or currency before it, can start (`starting`)
NUMBER_START = r"(?=\b\w|US\$|[$€£])"
# ISO codes written before an amount ("EUR 45 million", "USD 2.5bn"); after it they are
# `CURRENCY_WORDS`
CODES = ("USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "XOF")
CURRENCY_CODES = rf"{starting(CODES)}(?:{alternation(CODES)})\s?"
# the currency each sign, code or word names: an amount in one is never stated by, nor a
# rival of, an amount in another (`Mention.kind`); which dollar "$" is, the text rarely says
CURRENCIES = {"$": "dollar", "us$": "dollar", "usd": "dollar", "cad": "dollar", "aud": "dollar",
              "dollar": "dollar", "dollars": "dollar", "€": "euro", "eur": "euro",
              "euro": "euro", "euros": "euro", "£": "pound", "gbp": "pound", "pounds": "pound",
              "chf": "franc", "xof": "franc", "cfa": "franc", "francs": "franc", "jpy": "yen"}
# "a second offer": the ordinal before its noun, not a span of one second ("a second later",
# "a second of silence" are)
ORDINAL_SECOND = r"(?!\s+second\s+(?!(?:later|earlier|after|before|ago|of|or|and|to)\b)[^\W\d_])"
# "and" inside a number said in words comes only after a scale word ("two hundred and fifty",
# "a thousand and one"); "between ten and twenty" is two numbers, not thirty
SCALE_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"
# the hedges and the number words, each alternation behind a lookahead of their first letters
# (`starting`): tried at every word's start, they were most of the pattern's time
NUMBER_RE = re.compile(
    rf"{NUMBER_START}(?:{starting(BOUNDS)}\b(?P<bound>{_BOUND})\s+)?"
    rf"(?P<cur>US\$\s?|[$€£]\s?|{CURRENCY_CODES}(?=\d))?"
    rf"(?P<num>(?<![\w/.,])(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:(?![\w/])|(?=(?:{'|'.join(SCALE_SUFFIXES)})\b))"
    rf"|\b{starting([*UNITS, *SCALES, 'a'])}(?:an?\s+)?(?:{_NUMWORD})"
    rf"(?:(?:{SCALE_AND}|\s+|-)(?:{_NUMWORD}))*\b"
    rf"|\ban?(?=\s+(?:(?:{WHOLE})\s+)?(?:{alternation(MEASURES)})\b){ORDINAL_SECOND})"
    rf"(?P<scale>\s+(?:million|billion|thousand|hundred)\b"
    rf"|(?<=\d)(?:{'|'.join(SCALE_SUFFIXES)})\b)?"
    rf"(?P<pct>\s*%|\s+per\s?cent\b)?(?P<curword>\s+(?:{alternation(CURRENCY_WORDS)})\b)?",
    re.I)
ABOVE_ALL = "than any other"  # the rank of "more ... than any other", "than all others"
ABOVE_ALL_RE = re.compile(r"\bthan\s+(?:any|all|every)\s+others?\b", re.I)
DECADE_RE = re.compile(r"\b((?:1[5-9]|20)\d0)['’]?s\b")
SPAN_RE = re.compile(r"\b(the\s+(?:last|past|previous))\s+(decade|century)\b", re.I)
# a span of one unit after a preposition of duration: "within the next year", "over the past
# month" last one year or one month, as "within a year" does. "In" and "during" make one only
# of the time to come: "in the previous year" is the year an event fell in, as "last year" is.
# Not "the last year of the mandate" (which year) nor "the next day" (a date told by its
# distance from another, `around`)
SPAN_UNITS = ("year", "month", "week")
ONE_UNIT_SPAN_RE = re.compile(r"\b(?:(?:within|over|for|throughout|across)\s+"
                              r"(the\s+(?:next|coming|past|last|previous))"
                              r"|(?:in|during)\s+(the\s+(?:next|coming)))"
                              rf"\s+({'|'.join(SPAN_UNITS)})\b(?!\s+(?:of|before|after|when)\b)",
                              re.I)
YEAR_PAIR_RE = re.compile(r"(?<![\w/.,])((?:1[5-9]|20)\d\d)/((?:1[5-9]|20)\d\d|\d\d)(?![\w/])"
                          # a span of years shortened: "2013-14", "2016–17" (its end after it)
                          r"|(?<![\w/.,\-–])((?:1[5-9]|20)\d\d)[-–](\d\d)(?![\w/.,]?\d)(?![-–])")
# what each pair of `YEAR_PAIR_RE` has, found at C speed where that pattern (a look-behind
# first) is tried at every character
PAIRED_DIGITS_RE = re.compile(r"\d[/\-–]\d")
# an ordinal of tens and units, "twenty-first" (21), before the words alone ("first")
TENS_WORDS = [w for w, n in UNITS.items() if n in range(20, 100, 10)]
TENS_ORDINAL_RE = rf"(?:{alternation(TENS_WORDS)})" \
    rf"[\s-](?:{alternation(w for w, n in ORDINALS.items() if n < 10)})"
TENS_RE = re.compile(starting(TENS_WORDS) + TENS_ORDINAL_RE, re.I)
# each tens word ends in "ty", and a space or hyphen follows it: most texts have no such "ty",
# found at C speed where the pattern above is tried at every character
TENS_CUE_RE = re.compile(r"ty[\s-]", re.I)
DIGITS = "0123456789"
ORDINAL_RE = re.compile(rf"\b{starting([*TENS_WORDS, *ORDINALS, *DIGITS])}"
                        rf"(?:{TENS_ORDINAL_RE}|{alternation(ORDINALS)}|\d+(?:st|nd|rd|th))\b",
                        re.I)
# a fraction in words: "two-thirds", "a quarter (of)", "one half", "half of", "half the"
_FRACTION_COUNT = "an?|one|two|three|four|five|six|seven|eight|nine"
FRACTION_RE = re.compile(
    rf"\b{starting([*_FRACTION_COUNT.split('|'), 'half'])}(?:({_FRACTION_COUNT})[\s-]+"
    r"(halfs?|halves|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)\b"
    r"|(half)(?=\s+(?:of|the|its|their|his|her|our|all)\b)|(half)\b)", re.I)
# a share said as a count of a whole: "one in five", "nine out of ten", "1 in 4", "one in
# every three" (the first fewer than the second: "one in two hundred" is no such share)
_SMALL = alternation(w for w, n in UNITS.items() if 0 < n <= 100)
# found from the "in" or "out of" between the two numbers, a literal found at C speed where a
# pattern that starts with the number words is tried at every character
SHARE_JOIN_RE = re.compile(r"\s(?:in|out\s+of)\s+(?:every\s+)?")
SHARE_PART_RE = re.compile(rf"\b(?:{_SMALL}|\d{{1,3}})$", re.I)
SHARE_WHOLE_RE = re.compile(rf"(?:{_SMALL}|\d{{1,3}})\b"
                            r"(?![.,]\d|[\s-]+(?:hundred|thousand|million|billion)\b)", re.I)
# a count said by its order of magnitude: "hundreds of", "thousands", "tens of thousands",
# "hundreds of thousands", "millions of"; its value the order (100, 1,000, 10,000 ...), its
# bound "magnitude": it holds any figure from the order to a hundred times it (`compare`)
MAGNITUDES = {"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10 ** 6,
              "billions": 10 ** 9}
ORDER_ENDINGS = ("ozens", "undreds", "ousands", "illions")  # "Thousands", "thousands"
MAGNITUDE_RE = re.compile(r"\b(?:(?P<times>tens|hundreds)\s+of\s+)?"
                          r"(?P<order>dozens|hundreds|thousands|millions|billions)\b"
                          r"(?!\s+(?:of\s+)?times\b)", re.I)  # "thousands of times": a multiple
# what makes a bare "half" a share: a change by half ("cut by half", "grew by about half")
BY_HALF_RE = re.compile(rf"\bby\s+(?:(?:{_BOUND})\s+)?$", re.I)
# the verb of a change by half: "halved the incidents", "has been halving" ("halves" is
# also the noun, "two halves")
HALVE_RE = re.compile(r"\bhalv(?:e|ed|ing)\b", re.I)
# a hedge right before a fraction: "more than half", "nearly two-thirds"
FRACTION_BOUND_RE = re.compile(rf"\b({_BOUND})\s+$", re.I)
# a day written as an ordinal word before its month: "the first of July", "the third of May"
DAY_WORD_RE = re.compile(rf"\bthe\s+(?:{alternation(ORDINALS)})\s+of\s+$", re.I)
MONTH_RE = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS)})\b")
# the names `MONTH_RE` finds, one of which a text holds before the pattern is tried at every
# word of it (most texts name no month)
MONTH_CAPITALS = tuple(m.capitalize() for m in MONTHS)
# a capital of any cased script opens a name ("Østervik", "Łódź", "Éire"), as A-Z does: with
# A-Z alone, a name opening on another capital was no name, and "sold a tug to Brenmark" was
# supported by a sentence that sold it to "Ørsholm"
_UPPER = f"[{capitals()}]"
_CAP = rf"(?:{_UPPER}(?:\.{_UPPER})+\.?|{_UPPER}[\w’'-]*\w|{_UPPER})"
_GLUE = r"(?:\s+(?:(?:of|the|for|de|du)\s+)?|\s+d['’])"  # "Bank of Mali", "Côte d'Ivoire"
NAME_RE = re.compile(rf"(?<![\w’'-]){_CAP}(?:{_GLUE}{_CAP})*")
PLACE_WORDS = frozenset(words()["place_prepositions"])
DATE_FAMILIES = ("year", "month")  # the mentions that are dates (a year, a month with its day)
NUMBER_FAMILIES = {"count": "number", "percent": "percent", "amount": "amount",
                   "ordinal": "number", "year": "date", "month": "date", "time": "time"}
WINDOW = 2  # content words either side that define a fact's role in its sentence
# the size of each measure in one unit of its kind (days, metres): "a decade" is "ten years"
SIZES = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
         "fortnight": 14, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525,
         "millennium": 365250,
         "millimetre": 0.001, "millimeter": 0.001, "mm": 0.001, "centimetre": 0.01,
         "centimeter": 0.01, "cm": 0.01, "metre": 1, "meter": 1, "kilometre": 1000,
         "kilometer": 1000, "km": 1000, "mile": 1609.344,
         # imperial lengths by their exact definitions (international yard, 1959), so that
         # "40 feet" is no statement of "40 metres"; "feet" is its own spelling, not "foot"+s
         "inch": 0.0254, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "yard": 0.9144,
         # and the metric units by their SI prefixes: grams, litres, watts, joules, metres
         **{unit: size for unit, (_, size) in METRIC_UNITS.items()}}
UNIT_RE = re.compile(rf"[\s-]+(?:(?:{WHOLE})\s+)?([^\W\d_]+)")
# a measure and a half: "a year and a half", "two and a half years", "half a day" (the 1.5,
# 2.5 or 0.5 of the measure, which the number pattern reads as 1, 2 or a share of 50 percent)
_HOW_MANY = rf"an?|\d+|{_NUMWORD}"
_MEASURE = rf"(?:{alternation([*MEASURES, 'centur'])})(?:s|ies)?"
# the degree of a temperature, which has no size among the measures: "half a degree" is the
# figure 0.5 a sentence writes "0.5 °C" (its scale, "Celsius", is no name: `names`)
DEGREE = "degree"
HALF_RE = re.compile(
    rf"(?:\b(?P<bound>{_BOUND})\s+)?\b(?:(?P<a>{_HOW_MANY})[\s-]+and[\s-]+a[\s-]+half[\s-]+(?P<ua>{_MEASURE})"
    rf"|(?P<b>{_HOW_MANY})[\s-]+(?P<ub>{_MEASURE})[\s-]+and[\s-]+a[\s-]+half"
    rf"|half[\s-]+an?[\s-]+(?P<uc>{_MEASURE}|{DEGREE}))\b", re.I)
# each of its three forms spells "half": most texts have none, and this literal is found at C
# speed where the pattern above is tried at every character
HALF_WORD_RE = re.compile("half", re.I)


@dataclass(frozen=True, init=False)
class Token:
    start: int
    end: int
    word: str
    terms: tuple[str, ...]
    brk: bool  # a clause break (comma, bracket, full stop) comes right before this token

    # one for each word of every text parsed (~30,000 in a batch of 96 claims), kept with the
    # parses to the batch's end, and its fields read in every loop over a text's words: slots
    # are read by an indexed load as a plain instance's fields are, in one block of 80 bytes
    # (a plain instance: ~115 bytes in two blocks, and another block once its hash is kept)
    # `lower`: the word in lower case, made once with the token (no field: not compared, not
    # shown). The readers of a parse lower-cased word after word of every text (~8,000
    # `str.lower` calls a claim, each a new string); the word itself when it is lower-case
    __slots__ = ("start", "end", "word", "terms", "brk", "_hash", "lower")

    def __init__(self, start: int, end: int, word: str, terms: tuple[str, ...], brk: bool):
        # set past the frozen class's refusing __setattr__, as @dataclass(frozen=True) sets
        # them, by each slot's own setter (`set_start` ... below)
        set_start(self, start)
        set_end(self, end)
        set_word(self, word)
        set_terms(self, terms)
        set_brk(self, brk)
        set_hash(self, None)  # the instance's own hash, once worked out
        lower = word.lower()
        set_lower(self, word if lower == word else lower)

    # `tokens.index(token)` compares the token with each before it (~400 a claim), and tokens
    # are members of sets and keys of the memories on a parse: the comparison @dataclass
    # gives (two tuples of every field made and compared) stops here at the first field that
    # differs, the start for two tokens of one text; the hash it gives, of every field, is
    # worked out once (they never change). The same results
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.start == other.start and self.end == other.end \
            and self.word == other.word and self.terms == other.terms and self.brk == other.brk

    def __hash__(self) -> int:
        found = self._hash
        if found is None:
            found = hash((self.start, self.end, self.word, self.terms, self.brk))
            set_hash(self, found)
        return found


set_field = object.__setattr__  # what a frozen dataclass's own __init__ calls, found once
# the setter of each of a token's slots, what `set_field` finds by the slot's name at every
# call: called directly, a token (one per word of every text parsed, ~27,000 in a batch of
# 96 claims) is made in two thirds of the time
set_start, set_end, set_word, set_terms, set_brk, set_hash, set_lower = (
    getattr(Token, name).__set__
    for name in ("start", "end", "word", "terms", "brk", "_hash", "lower"))


@dataclass(frozen=True)
class Mention:
    """A fact as written: `family` is count, percent, amount, ordinal, year, month, time (of
    day, in minutes after midnight), rank (a superlative) or name."""

    family: str
    value: object
    text: str
    start: int
    end: int
    bound: str = ""  # lower, upper, approx or "" (exact); for years, decade ("the 1990s");
    # for percents, fraction ("two-thirds": the percent rounded); for months and times, a
    # reading left open (`qa.claims.open_readings`)
    kind: str = ""  # for names: country or name; for amounts: the currency (`CURRENCIES`);
    # for times, the zone written ("utc", "cet"; "" for none)
    day: int = 0  # for months: the day of the month, when the text gives one ("14 November")
    unit: str = ""  # for counts: the measure after it, singular ("ten years" -> year)

    _hash = None  # the instance's own, once worked out (no field: not compared, not shown)

    def __hash__(self) -> int:
        # a key of the memories on a parse (`remembered`), hashed ~400 times a claim: the
        # hash @dataclass would give, of every field, worked out once (they never change).
        # Kept as an attribute, not through `self.__dict__`, which would slow every read of
        # the mention's fields (see Token)
        found = self._hash
        if found is None:
            found = hash((self.family, self.value, self.text, self.start, self.end, self.bound,
                          self.kind, self.day, self.unit))
            set_field(self, "_hash", found)
        return found


@dataclass
class Parsed:
    text: str
    tokens: list[Token]
    terms: set[str]
    mentions: list[Mention]
    negated: dict[str, tuple[int, int]]
    acronyms: set[str] = field(default_factory=set)
    has_negation: bool = False
    prefixed: dict[str, tuple[int, int]] = field(default_factory=dict)  # "unchanged": chang
    # the synonym groups of `terms`, made on first use (`groups_of`): a parse is remembered
    # and aligned with claim after claim
    groups: set[int] | None = field(default=None, repr=False, compare=False)
    # upper-case words that may be acronyms ("TOBs" -> tob), made on first use (`spelled_out`)
    capitals: set[str] | None = field(default=None, repr=False, compare=False)
    # its verbs of change with their stasis terms, made on first use (`compare.changes`): a
    # pure function of the parse, asked again for every sentence the text is aligned with
    changes: list | None = field(default=None, repr=False, compare=False)
    # the indices of its negation cues (`is_negation`), made on first use (`negation_cues`)
    cues: tuple[int, ...] | None = field(default=None, repr=False, compare=False)
    # the words around a span, by (start, end, window, skip_names) (`compare.neighbours`),
    # and its verbs of continuing or ending (`continuation.verbs`), made on first use
    neighbourhoods: dict = field(default_factory=dict, repr=False, compare=False)
    continuing: list | None = field(default=None, repr=False, compare=False)
    # its words with paraphrases (`paraphrase.candidates`), made on first use: hashing the
    # tokens to look them up again cost more than the lookup saved
    paraphrasable: tuple | None = field(default=None, repr=False, compare=False)
    # the list each of its names is an item of, by mention (`listed.list_of`), made on use
    lists: dict = field(default_factory=dict, repr=False, compare=False)
    # other pure results of the parse alone (a claim's, asked again for every sentence it is
    # aligned with; a sentence's or a passage's, asked again for every claim), by a key that
    # names what they are (`remembered`)
    memo: dict = field(default_factory=dict, repr=False, compare=False)


def relation_tokens(text: Parsed) -> list[Token]:
    """The words that may be a relation of the text's clauses: all but those inside a name,
    which are the name's own ("for" in "the Office of the Commissioner for Human Rights").
    The text's alone, remembered on its parse: a sentence is asked it for every claim."""
    return remembered(text, ("relation tokens",), find_relation_tokens, text)


def find_relation_tokens(text: Parsed) -> list[Token]:
    positions = name_positions(text)  # found once for the text, not asked for each word
    return [t for t in text.tokens if not inside_name(text, t, positions)]


def relation_words(text: Parsed) -> frozenset[str]:
    """The `relation_tokens` as lower-case words, remembered on the parse."""
    return remembered(text, ("relation words",), find_relation_words, text)


def find_relation_words(text: Parsed) -> frozenset[str]:
    return frozenset(t.lower for t in relation_tokens(text))


def inside_name(text: Parsed, token: Token, positions: frozenset[int] | None = None) -> bool:
    """The word is part of a name ("Peace" in "the Agreement for Peace and Reconciliation"),
    or a title's word between two ("against" in "the Committee against Torture");
    `positions`: the text's `name_positions`, when the caller has them."""
    if positions is None:
        positions = name_positions(text)
    return token.start in positions \
        or token.lower in TITLE_WORDS and titled(text, token)


def as_mention(token: Token) -> Mention:
    """The word as a mention of itself, for the readings that take a mention's span
    (`compare.neighbours`)."""
    return Mention("word", token.word, token.word, token.start, token.end)


def token_covering(text: Parsed, offset: int) -> int | None:
    """The index of the word that holds the character at `offset`; None between words."""
    return next((n for n, t in enumerate(text.tokens) if t.start <= offset < t.end), None)


def token_index(text: Parsed, token: Token) -> int:
    """`text.tokens.index(token)`: where the word stands in its text, found by identity in a
    table remembered on the parse. `list.index` compares the word with each word before it,
    a call of `Token.__eq__` each, and readings ask it of word after word of every sentence
    (the main verb's search asks it of each candidate word: quadratic in the words). The
    text's words differ in their starts, so the word found by identity is the first equal one;
    a word that is no object of this text is looked for as before."""
    places = text.memo.get(("token places",), UNMADE)  # a hit without a call (`remembered`)
    if places is UNMADE:
        places = remembered(text, ("token places",), token_places, text)
    i = places.get(id(token))
    if i is not None and text.tokens[i] is token:
        return i
    return text.tokens.index(token)


def token_places(text: Parsed) -> dict[int, int]:
    """Each word's place in the text, by the word object's identity (`token_index`)."""
    return {id(t): i for i, t in enumerate(text.tokens)}


def name_positions(text: Parsed) -> frozenset[int]:
    """Every position inside one of the text's names, remembered on its parse: `inside_name`
    is asked of word after word of a text, claim after claim, and a look-up in this set
    replaces a pass over the text's mentions each time (names are a few words long)."""
    found = text.memo.get(("name positions",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("name positions",), find_name_positions, text)
    return found


def find_name_positions(text: Parsed) -> frozenset[int]:
    """`name_positions`, worked out."""
    return frozenset(
        at for m in text.mentions if m.family == "name" for at in range(m.start, m.end))


def inside_figure(text: Parsed, token: Token) -> bool:
    """The word is a hedge's word inside a figure ("little" in "a little over two months",
    "just" in "just under 300"): it grades the figure's closeness and relates no event, so
    its WordNet antonyms ("little" / "extension") reverse nothing the text says."""
    return token.word.isalpha() and any(
        m.family != "name" and m.start <= token.start < m.end for m in text.mentions)


# a title's word between two capitalised parts: "the Committee against Torture". Not in the
# name pattern's glue ("of", "for"), which a sentence's first word would join: "Protests
# against MINUSMA" is a clause
TITLE_WORDS = frozenset(("against",))


def titled(text: Parsed, token: Token) -> bool:
    """The word stands between two names that are no countries ("Mali against France"
    relates two), the first a name mid-sentence (a capitalised word no sentence start
    explains), with nothing else between them."""
    before = next((m for m in text.mentions if m.family == "name" and m.end < token.start
                   and not text.text[m.end:token.start].strip()), None)
    after = next((m for m in text.mentions if m.family == "name" and m.start > token.end
                  and not text.text[token.end:m.start].strip()), None)
    return bool(before and after) and before.kind == after.kind == "name" \
        and not sentence_initial(text.text, before.start)


def remembered(text: Parsed, key, make, *args):
    """`make(*args)`, remembered on `text` under `key` (a tuple whose first item names the
    function, and the vocabulary when the result depends on it): only for what depends on
    `text` and the key alone, as parses are never changed once made. Asked ~3,500 times a
    claim, nearly always found: pass a module's function and its arguments rather than a
    `lambda: ...`, which makes a new function object at every ask, found or not. The readers
    asked for every pair (~10,000 times a batch of 426 claims, some ~75,000) look the key up
    themselves first and call this only when it is missing: the call itself (its frame, the
    arguments' tuple) cost more than the look-up, ~0.2 microseconds of each of ~530,000 hits a
    batch; found or made, the same value under the same key."""
    value = text.memo.get(key, UNMADE)  # one lookup
    if value is UNMADE:
        value = text.memo[key] = make(*args)
    return value


UNMADE = object()  # what `remembered` finds for a result not made yet (None is a result)


def negated_word(text: Parsed, token: Token) -> bool:
    """One of the word's terms is negated in the text. Asked of word after word by the
    readers of changes and stases: a look-up in C, where `any(t in text.negated for t in
    token.terms)` made a generator for each word."""
    return not text.negated.keys().isdisjoint(token.terms)


def groups_of(text: Parsed, vocab: Vocabulary) -> set[int]:
    if text.groups is None:
        text.groups = vocab.expand(text.terms)
    return text.groups


PARSES = 4096  # parses kept: a batch or a draft retrieves the same passages claim after claim


@lru_cache(maxsize=PARSES)
def parse(text: str, vocab: Vocabulary) -> Parsed:
    """What `text` states. Remembered (a bounded, thread-safe cache): the same text parses the
    same way, and nothing changes a parse once made."""
    return parse_text(text, vocab)


WORDS = 1 << 16  # words whose terms are kept: a corpus's vocabulary, and the claims'


@lru_cache(maxsize=WORDS)
def word_terms(word: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The index terms of one word of a text, or of a short phrase (a name, a figure as the
    claim writes it): asked again for every text that uses it, and analysing a word costs
    more than remembering it (a batch parses a thousand texts and meets each claim's names in
    every sentence of its passages)."""
    return vocab.analyzer.term_tuple(word)


@dataclass(frozen=True)
class Words:
    """A text's tokens and the terms they have: where its parse starts, and all that some
    readers need of a text (`identity.in_document` reads a document's passages for a name)."""
    tokens: tuple[Token, ...]
    terms: frozenset[str]

    @cached_property
    def places(self) -> dict[str, list[int]]:
        """Where each term stands (token indices, in order): made once, where claim after
        claim looks for its names in the same passage."""
        found: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            for term in dict.fromkeys(token.terms):
                found.setdefault(term, []).append(i)
        return found


@lru_cache(maxsize=PARSES)
def words_of(text: str, vocab: Vocabulary) -> Words:
    """The tokens of `text` with their terms. Remembered, as `parse` is, so that a text read
    for its words first is not tokenized again when it is parsed."""
    # where the break marks stand, found in one pass: a word follows a break when one stands
    # between the end of the word before and its start (a search of that gap for each word
    # cost more than the word's other work)
    breaks = [m.start() for m in BREAK_RE.finditer(text)]
    tokens, last, b = [], 0, 0
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        while b < len(breaks) and breaks[b] < last:
            b += 1
        brk = b < len(breaks) and breaks[b] < start or not tokens
        word = match.group()
        tokens.append(Token(start, end, word, word_terms(word, vocab), brk))
        last = end
    return Words(tuple(tokens), frozenset(t for tok in tokens for t in tok.terms))


def parse_text(text: str, vocab: Vocabulary) -> Parsed:
    found = words_of(text, vocab)
    tokens = list(found.tokens)
    parsed = Parsed(text, tokens, set(found.terms), [], {})
    figures = numbers(text)
    # a currency's code or sign is part of its amount ("EUR 45 million", "US$ 2 billion"):
    # no name of its own, which a sentence writing "45 million euros" would not state; so is
    # a time's zone or word ("09:30 UTC", "14.30 Uhr")
    currencies = [(m.start, m.end) for m in figures if m.family in ("amount", "time")]
    parsed.mentions = figures + [n for n in names(text, vocab)
                                 if not any(s <= n.start < e for s, e in currencies)] \
        + superlatives(text, tokens)
    # its negation cues, found once for the three readers of them (`negation_cues`)
    parsed.cues = tuple(i for i in range(len(tokens)) if is_negation(tokens, i))
    parsed.negated = negated_terms(tokens, frozenset(parsed.cues))
    # a gerund denied ("blocked them from visiting") is no negation of the clause, which
    # affirms the blocking: the text's negated words have it (`negated_terms`)
    parsed.has_negation = any(not gerund_cue(tokens, i) for i in parsed.cues)
    denied = prefixed_denials(tokens, vocab)
    split = split_denials(text, tokens)
    if denied or split:  # "remained unchanged" states "changed", denied: as "have not changed" does
        parsed.terms |= set(denied)
        parsed.negated.update({t: span for t, span in denied.items() if t not in found.terms})
        parsed.negated.update(split)
        denied = {**split, **denied}
        parsed.prefixed = denied  # not `has_negation`: "unlike X" does not negate the clause
    parsed.acronyms = {m.text.replace(".", "") for m in parsed.mentions
                       if m.family == "name" and is_acronym(m.text)}
    return parsed


# --- numbers and dates -------------------------------------------------------------------

def numbers(text: str) -> list[Mention]:
    """The figures and dates the text states, those said in words ("thirteen thousand",
    "nineteen ninety-nine") read as written (`qa.text.spoken`), at their place as said."""
    written, places = rewritten(text)
    if not places:
        return written_numbers(text)
    return [replace(m, text=text[start:end], start=start, end=end)
            for m in written_numbers(written)
            for start, end in [(original_place(places, m.start),
                                original_place(places, m.end, end=True))]]


def written_numbers(text: str) -> list[Mention]:
    found = months(text) + figured_dates(text) + clocked(text) + fractions(text) + [
        Mention("year", float(m.group(1)), m.group(), m.start(), m.end(),
                bound="decade")  # "the 1990s": a date, any year of ten
        for m in DECADE_RE.finditer(text)] + year_pairs(text) \
        + [one_unit(m) for m in (SPAN_RE.finditer(text) if written_in(text, SPAN_WORDS)
                                 else ())] + magnitudes(text) \
        + [one_unit(m) for m in (ONE_UNIT_SPAN_RE.finditer(text)
                                 if written_in(text, SPAN_UNITS) else ())] \
        + singles(text)
    halves = half_measures(text)
    found = [m for m in found if not any(h.start <= m.start < h.end for h in halves)] + halves
    taken = [(m.start, m.end) for m in found]
    # "twenty-first": an ordinal, not the count twenty
    tens = [m.span() for m in TENS_RE.finditer(text)] if TENS_CUE_RE.search(text) else []
    taken_or_tens = taken + tens
    for match in NUMBER_RE.finditer(text):
        if any(s <= match.start("num") < e for s, e in taken_or_tens) \
                or not match.group("num").strip():
            continue
        if unit_exponent(text, match.start("num"), match.end("num")):
            continue  # "°C yr-1": per year, no figure (`unit_exponents`)
        mention = number_mention(match, text)
        if mention:
            found.append(mention)
    for match in ORDINAL_RE.finditer(text) if ordinal_cue(text) else ():
        if any(s <= match.start() < e for s, e in taken):
            continue  # the day of a date ("July 18th", "the first of July"), not a rank
        if adverbial(text, match.start(), match.end()):
            continue  # "first authorized", "was first deployed": when, not which one
        value = ordinal_value(match.group())
        found.append(Mention("ordinal", value, match.group(), match.start(), match.end()))
    return ranged(sorted(found, key=lambda m: m.start), text)


def figured_dates(text: str) -> list[Mention]:
    """Dates in figures alone ("14/11/2021", "2021-11-14"): a month with its day, and a year
    (`qa.claims.numeric_dates`), so their figures are no counts. A day and month of either
    order ("03/04/2022") is a month with the bound `EITHER_ORDER` (`qa.claims.open_readings`)."""
    return [Mention("year", float(value), text[start:end], start, end) if family == "year"
            else Mention("month", value, text[start:end], start, end, day=day,
                         bound=EITHER_ORDER if family == EITHER_ORDER else "")
            for family, value, start, end, day in numeric_dates(text)]


def written_word(text: Parsed, mention: Mention) -> str:
    """The words a figure or date is written in: its own, or, for a date in figures whose
    dots make one word of it ("14.11.2021": its day and month one fact, its year another),
    that word, whose term the claim's support (or the rest of a conflict) needs as it needs
    the date's; so is a date of figures with no mark between them ("20230630")."""
    if mention.family not in ("month", "year") or "." not in text.text[mention.start:] \
            and not glued_figures(text.text, mention):
        return mention.text
    k = token_covering(text, mention.start)
    word = text.tokens[k].word if k is not None else ""
    return word if len(word) > len(mention.text) and ("." in word or word.isdigit()) \
        else mention.text


def glued_figures(text: str, mention: Mention) -> bool:
    """A figure right before or after the mention: its word is a longer run of figures."""
    before = text[mention.start - 1:mention.start] if mention.start else ""
    return before.isdigit() or text[mention.end:mention.end + 1].isdigit()


def clocked(text: str) -> list[Mention]:
    """Times of day ("09:30", "9.30 a.m.", "0930 hrs"), their minute of the day, their zone
    as the kind (`qa.claims.clock_times`), so their figures are no counts."""
    return [Mention("time", value, text[start:end], start, end, bound=bound, kind=zone)
            for value, start, end, zone, bound in clock_times(text)]


def written_in(text: str, words) -> bool:
    """Whether the text may hold one of `words` (lower-case ASCII), in any case: an ASCII
    text that writes none in any case holds none, and a pattern that needs one (tried at every
    word, or every character) finds nothing in it. Any other text is read by the pattern: a
    letter outside ASCII may match one of theirs in a case lower-casing does not give ("ſ"
    for "s")."""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(word in lower for word in words)


SPAN_WORDS = ("decade", "century")  # the units of `SPAN_RE`: "the last decade"


# a digit's ordinal ending ("18th"), looked for in a text lower-cased (`ordinal_cue`)
DIGIT_ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)")


def ordinal_cue(text: str) -> bool:
    """Whether the text may hold an ordinal of `ORDINAL_RE`: one of its ordinal words (a tens
    ordinal ends in one: "twenty-first", `written_in`) or a digit with an ordinal's ending
    (most texts hold neither; the pattern is tried at every word that starts like one)."""
    return written_in(text, ORDINALS) or bool(DIGIT_ORDINAL_RE.search(text.lower()))


RANGED = ("count", "amount", "percent")  # not years: "between 2013 and 2023" is a span of time
BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
BETWEEN_REACH = 10  # characters before a range's first figure searched for "between"
RANGE_JOIN_RE = re.compile(r"\s+and\s+", re.I)


def ranged(found: list[Mention], text: str) -> list[Mention]:
    """"Between 400 and 500 troops": a range, so its ends are bounds, the first a lower one
    and the second an upper one (as "at least 400" and "at most 500"), and a figure inside it
    ("about 450") states both. Read as two exact figures, each end was set against the
    figure the range holds. Only unhedged ends of one family: "between about 400 and 500" is
    left as written."""
    found = shared_hedge(shared_percent(found, text), text)
    found = shared_scale(found, text, SCALES,
                         lambda t, a, b: between_and(t, a, b) or from_to(t, a, b))
    for i, (low, high) in enumerate(zip(found, found[1:])):
        if low.family in RANGED and low.family == high.family and not low.bound \
                and not high.bound and low.value < high.value and between_and(text, low, high):
            found[i] = replace(low, bound="lower")
            found[i + 1] = replace(high, bound="upper")
    return found


FROM_RE = re.compile(r"\bfrom\s+$", re.I)
RANGE_TO_RE = re.compile(r"\s+to\s+", re.I)


def shared_percent(found: list[Mention], text: str) -> list[Mention]:
    """A bare figure that opens a pair whose second end is a percent is a percent too: "between
    20 and 30 percent", "from 67 to 16 percent", "60 to 80%", "about 10–20%" write the unit
    once for both ends. Read as a count, the first end was compared with no percent of the
    sources (and, hedged, with no count either: "c.10–20%" against "60 to 80%" found only
    20 / 80, and was left unstated)."""
    for i, (first, second) in enumerate(zip(found, found[1:])):
        if first.family == "count" and second.family == "percent" \
                and first.bound in ("", "approx") and not first.unit \
                and (between_and(text, first, second) or from_to(text, first, second)
                     or PERCENT_RANGE_RE.fullmatch(text, first.end, second.start)):
            found[i] = replace(first, family="percent")
    return found


# the link of a range whose unit is written once, after its second end: "10–20%", "60 to 80%"
PERCENT_RANGE_RE = re.compile(r"\s*[–—-]\s*|\s+to\s+", re.I)


# what may stand between two figures of one list: the first's noun phrase, then a comma or
# "and" ("around 8,800 military personnel, 1,050 police"; "some 450 and 200 personnel")
LIST_JOIN_RE = re.compile(r"((?:\s+[a-z][a-z-]*){0,3})\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
HEDGE_SHARED = ("count", "amount")


def shared_hedge(found: list[Mention], text: str) -> list[Mention]:
    """An "about" on a list's first figure is on each after it ("some 8,800 troops and 1,050
    police", "roughly 300 and 120 staff"): a list of figures, as a headline or a wire
    writes it, rounds all it lists, and the hedge is written once. Read as exact, the second
    figure was set against the sources' own (1,052). Only figures of one family joined by a
    comma or "and", with no more than the first's noun between (no verb, no small word:
    "about 300 were killed and 15 wounded" says nothing of the second); not a range's ends
    ("between about 400 and 500": `ranged`)."""
    for i, (first, second) in enumerate(zip(found, found[1:])):
        if first.family in HEDGE_SHARED and first.family == second.family \
                and first.bound == "approx" and not second.bound \
                and not between_and(text, first, second):
            join = LIST_JOIN_RE.fullmatch(text, first.end, second.start)
            if join and not any(word in load_stopwords() for word in join.group(1).split()):
                found[i + 1] = replace(second, bound="approx")
    return found


def from_to(text: str, first: Mention, second: Mention) -> bool:
    """The two figures are written "from FIRST to SECOND", nothing else between them."""
    return RANGE_TO_RE.fullmatch(text, first.end, second.start) is not None \
        and FROM_RE.search(text, max(0, first.start - BETWEEN_REACH), first.start) is not None


def between_and(text: str, low: Mention, high: Mention) -> bool:
    """The two figures are written "between LOW and HIGH", nothing else between them."""
    return RANGE_JOIN_RE.fullmatch(text, low.end, high.start) is not None \
        and BETWEEN_RE.search(text, max(0, low.start - BETWEEN_REACH), low.start) is not None


def range_partner(text: Parsed, mention: Mention) -> Mention | None:
    """The other end of the range `mention` is an end of ("between 400 and 500"), or None: a
    figure states the range only if it lies between both ends (`ranged`)."""
    if mention.bound not in ("lower", "upper") or mention.family not in RANGED:
        return None
    ends = [m for m in text.mentions if m.family == mention.family]
    for low, high in zip(ends, ends[1:]):
        if (low.bound, high.bound) == ("lower", "upper") and mention in (low, high) \
                and between_and(text.text, low, high):
            return high if mention == low else low
    return None


NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
AT_BEFORE_RE = re.compile(r"\bat\s+$", re.I)  # "at first": a time, not a rank
# "was first set up", "had first met": after "be" or "have", before a verb, a time too
AUXILIARY_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|had|has|have)\s+$", re.I)


DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s+$",
                                  re.I)


def adverbial(text: str, start: int, end: int) -> bool:
    """An ordinal word right before a verb in the past ("first authorized", "was first
    deployed"), or between "be" or "have" and a verb ("was first set up"), tells when something
    happened, not which of several things it was: no rank to state. After a determiner it is a rank still ("the first armed convoy"). So does "at
    first", WordNet's adverb phrase ("initially"), whatever follows it."""
    if AT_BEFORE_RE.search(text, max(0, start - 4), start) and text[start].isalpha():
        return True
    following = NEXT_WORD_RE.match(text, end)
    if not following or not text[start].isalpha() \
            or DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start):
        return False
    word = following.group(1)
    return past_verb_form(word) or can_be_verb(word) \
        and AUXILIARY_BEFORE_RE.search(text, max(0, start - 8), start) is not None


def fractions(text: str) -> list[Mention]:
    """A fraction written in words is a share, as a percent ("two-thirds" 66.7, "a quarter of"
    25): plural ("two thirds"), hyphenated, or followed by "of" ("a third mission" is a rank);
    a bare "half" before "of" or a determiner ("half of its troops", "half the budget") or
    after "by" (a change by half: "cut incidents by about half"). Its
    bound is "fraction": it stands for the percent rounded ("67 percent" states "two-thirds"),
    or the bound of a hedge before it ("more than half": above 50, "nearly half": about 50)."""
    found = []
    for match in FRACTION_RE.finditer(text) if written_in(text, FRACTION_WORDS) else ():
        if match.group(4) and not BY_HALF_RE.search(text, max(0, match.start() - 20),
                                                    match.start()):
            continue  # "the second half", "a half-degree": no share
        if match.group(3) or match.group(4):  # "half of the troops", "cut by half": one half
            top, part = 1, "half"
        else:
            top = 1 if match.group(1).lower() in ("a", "an") else UNITS[table_key(match.group(1))]
            part = table_key(match.group(2))
            if (top > 1) != part.endswith(("s", "halves")) or not (
                    top > 1 or "-" in match.group() or re.match(r"\s+of\b", text[match.end():])):
                continue  # "a third mission", "one fifth" alone: a rank, a count
        bottom = 2 if part.startswith("hal") else 4 if part.startswith("quarter") \
            else ORDINALS[part.rstrip("s")]
        # "more than half" is a percent above 50, "nearly half" about 50: the hedge's bound
        hedge = FRACTION_BOUND_RE.search(text, max(0, match.start() - 20), match.start())
        bound = BOUNDS[table_key(hedge.group(1))] if hedge else "fraction"
        start = hedge.start() if hedge else match.start()
        found.append(Mention("percent", round(100 * top / bottom, 2), text[start:match.end()],
                             start, match.end(), bound=bound))
    found += [Mention("percent", 50.0, m.group(), m.start(), m.end(), bound="fraction")
              for m in (HALVE_RE.finditer(text) if written_in(text, ("halv",)) else ())]
    # ("halved": a change by half, as "cut by half")
    return found + shares_of_whole(text)


# the words one of which each fraction of `FRACTION_RE` writes, lower-case
FRACTION_WORDS = ("hal", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth")


def shares_of_whole(text: str) -> list[Mention]:
    """"One in five", "nine out of ten": a share, as a percent (20, 90) of bound "fraction",
    so that it compares with "20 percent" and with "one in four"; the hedge before it bounds
    it, as a fraction's ("nearly one in five")."""
    found = []
    for join in SHARE_JOIN_RE.finditer(text):
        before = SHARE_PART_RE.search(text, max(0, join.start() - 12), join.start())
        after = before and SHARE_WHOLE_RE.match(text, join.end())
        if not after:
            continue
        part, whole = parse_number(before.group()), parse_number(after.group())
        if not part or not whole or part >= whole:
            continue
        hedge = FRACTION_BOUND_RE.search(text, max(0, before.start() - 20), before.start())
        start = hedge.start() if hedge else before.start()
        found.append(Mention("percent", round(100 * part / whole, 2), text[start:after.end()],
                             start, after.end(),
                             bound=BOUNDS[table_key(hedge.group(1))] if hedge else "fraction"))
    return found


# "a single storm", "one single battalion": a count of one, which "two storms" contradicts as it
# does "one storm"; not denied ("not a single officer", "without a single loss": none)
SINGLE_RE = re.compile(r"(?<!\bnot )(?<!\bwithout )(?<!\bno )\b(?:a|one)\s+single\b(?=\s+[a-z])",
                       re.I)


def singles(text: str) -> list[Mention]:
    """"A single storm": the count one (`SINGLE_RE`), counting the word after it."""
    if "single" not in text.lower():
        return []  # most texts
    return [Mention("count", 1.0, m.group(), m.start(), m.end(), unit=unit_of(text, m.end()))
            for m in SINGLE_RE.finditer(text)]


def magnitudes(text: str) -> list[Mention]:
    """"Hundreds of people", "tens of thousands": a count of that order (`MAGNITUDES`)."""
    if not any(order in text for order in ORDER_ENDINGS):
        return []  # most texts: no order said
    found = []
    for match in MAGNITUDE_RE.finditer(text):
        times = {"tens": 10, "hundreds": 100}.get((match.group("times") or "").lower(), 1)
        found.append(Mention("count", float(times * MAGNITUDES[table_key(match.group("order"))]),
                             match.group(), match.start(), match.end(), bound="magnitude"))
    return found


def one_unit(match: re.Match) -> Mention:
    """"The last decade", "the next year": a count of one of the unit, written up to the unit,
    which follows it as it follows a figure ("ten years"), so that another unit after the same
    count is read as another length (`compare.other_units`: "the past year" / "decade")."""
    said = next(g for g in range(1, match.lastindex) if match.group(g))  # the first group filled
    return Mention("count", 1.0, match.group(said), match.start(said), match.end(said),
                   unit=match.group(match.lastindex).lower())


def one_unit_span(mention: Mention) -> bool:
    """"The next year", "the past month" (`ONE_UNIT_SPAN_RE`): a length the claim may give
    where the sentence gives a date ("last year"), a conflict with another length but no
    figure a sentence must repeat (`check.singular`)."""
    return mention.value == 1.0 and mention.unit in SPAN_UNITS \
        and mention.text[:4].lower() == "the "


def half_measures(text: str) -> list[Mention]:
    """"A year and a half", "two and a half years", "half a day": a count of the measure with
    its half (1.5, 2.5, 0.5), so that it compares with "18 months" as one duration; "half a
    degree" is 0.5, compared as the bare figure "0.5 °C" is."""
    found = []
    if HALF_WORD_RE.search(text) is None:
        return found
    for match in HALF_RE.finditer(text):
        how_many = match.group("a") or match.group("b")
        value = parse_number(how_many) + 0.5 if how_many else 0.5
        unit = unit_of(" " + (match.group("ua") or match.group("ub") or match.group("uc")), 0)
        if unit or (match.group("uc") or "").lower() == DEGREE:
            found.append(Mention("count", value, match.group(), match.start(), match.end(),
                                 BOUNDS.get((match.group("bound") or "").lower(), ""), unit=unit))
    return found


def year_pairs(text: str) -> list[Mention]:
    """Both years of "1945/1946" or "2014/15" (a season, a fiscal year, an uncertain date),
    or of a span shortened, "2013-14": each is a year the text states, which the slash or the
    two-digit end hides from the number pattern (which read "14" as a count)."""
    found = []
    if not PAIRED_DIGITS_RE.search(text):
        return found  # most texts: no digit on both sides of a slash or a dash
    for match in YEAR_PAIR_RE.finditer(text):
        at = 1 if match.group(1) else 3  # a slash's pair, or a span's
        first, second = match.group(at), match.group(at + 1)
        if len(second) == 2:
            second = first[:2] + second
        if int(second) <= int(first):
            continue  # "2013-09", "2013/09": a month of 2013, no span of years
        found.append(Mention("year", float(first), first, match.start(at), match.end(at)))
        found.append(Mention("year", float(second), match.group(at + 1), match.start(at + 1),
                             match.end(at + 1)))
    return found


def superlatives(text: str, tokens: list[Token]) -> list[Mention]:
    """'the largest', 'the only', 'the first': a rank the source must state as well; and a
    comparison with every other ("more troops than any other country"): a rank too, stated by
    the same comparison or by a superlative ("the largest contributor")."""
    found = [Mention("rank", t.lower, t.word, t.start, t.end) for t in tokens
             if t.lower in SUPERLATIVES and t.lower not in ORDINALS]
    for match in ABOVE_ALL_RE.finditer(text) if written_in(text, ("than",)) else ():
        found.append(Mention("rank", ABOVE_ALL, match.group(), match.start(), match.end()))
    return found


def months(text: str) -> list[Mention]:
    """Month names, with an attached day ("June 16", "16 June", "the first of June") so the day
    is not a count (nor a rank)."""
    found = []
    for match in MONTH_RE.finditer(text) if any(m in text for m in MONTH_CAPITALS) else ():
        start, end = match.span()
        after = re.match(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,\d)", text[end:])
        before = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", text[:start]) \
            or DAY_WORD_RE.search(text[:start])
        end += after.end() if after else 0
        start = before.start() if before else start
        if match.group() == "May" and not (after or before or year_follows(text, end)
                                           or mid_sentence(text, start)):
            continue  # the modal verb
        found.append(Mention("month", MONTHS[table_key(match.group())], text[start:end], start, end,
                             day=day_of((after or before).group() if after or before else "")))
    return found


def mid_sentence(text: str, start: int) -> bool:
    """A word at `start` that does not open its sentence: a capital there is a name's (the
    month in "In May, the clinics treated ...", the modal being "may" mid-sentence)."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'(["


def day_of(text: str) -> int:
    """The day a date's day part gives: "16", "16th", "the first of" -> 1; 0 for none."""
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    word = re.search(r"[a-z]+(?=\s+of)", text.lower())
    return ORDINALS.get(word.group(), 0) if word else 0


def year_follows(text: str, end: int) -> bool:
    return bool(re.match(r",?\s+(?:19|20)\d\d\b", text[end:]))


# the other end of a range of years, after or before a figure ("about 1930 to 1965",
# "’65 to about 2001"): a year, written whole or cut to its last two digits after an apostrophe
YEAR_END = r"(?:(?:19|20)\d\d|[’']\d\d)\b"
RANGE_LINK = r"\s*(?:to|until|till|through|[–—-])\s*"
HEDGES = r"(?:about|around|approximately|roughly|circa|c\.)\s+"
YEAR_AFTER_RE = re.compile(rf"{RANGE_LINK}(?:{HEDGES})?{YEAR_END}")
YEAR_BEFORE_RE = re.compile(rf"{YEAR_END}{RANGE_LINK}$")


def year_range_end(text: str, start: int, end: int) -> bool:
    """A hedged figure of the year band ("about 1930") is a year when the other end of its
    range is one: a hedge reads "about 1930 troops" as a count, but in "from about 1930 to
    1965" both ends date the same span."""
    return bool(YEAR_AFTER_RE.match(text, end)) \
        or bool(YEAR_BEFORE_RE.search(text, max(0, start - 16), start))


def number_mention(match: re.Match, text: str) -> Mention | None:
    raw = match.group("num")
    value = parse_number(raw)
    if value is None:
        return None
    scale = table_key((match.group("scale") or "").strip())
    if scale in CURRENCY_ONLY_SUFFIXES and not match.group("cur"):
        return None  # "a 5m wall": a length, not a figure in millions
    if scale:
        value *= SCALES[SCALE_SUFFIXES.get(scale, scale)]
    bound = BOUNDS.get(table_key(match.group("bound") or ""), "")
    if bound and not scale and period_over(match.group("bound"), raw, text, match.end()):
        bound = ""  # "over 1993–2018": the years of a span, not "more than 1993" (`period_over`)
    family = "count"
    if match.group("pct"):
        family = "percent"
    elif match.group("cur") or match.group("curword"):
        family = "amount"
    elif re.fullmatch(r"(?:19|20)\d\d", raw) and not bound and not match.group("scale"):
        family = "year"
    elif not bound and not match.group("scale") \
            and early_year(text, raw, match.start("num"), match.end()):
        family = "year"  # "in 1824 by": a date before 1900 (`early_years`)
    elif re.fullmatch(r"(?:19|20)\d\d", raw) and bound == "approx" and not match.group("scale") \
            and year_range_end(text, match.start("bound"), match.end()):
        family = "year"  # "from about 1930 to 1965": a range's end takes its other end's kind
    elif bound == "approx" and not match.group("scale") \
            and hedged_year(text, raw, match.start("bound"), match.end()):
        family = "year"  # "since about 1978", "by around 2040": a hedged date (`hedged_years`)
    elif raw[0].isalpha() and raw.lower() in ORDINALS:
        return None
    start = match.start("bound") if bound else match.start("cur") if match.group("cur") \
        else match.start("num")
    if family == "count" and text[start - 1:start] == "(" and text[match.end():match.end() + 1] \
            == ")":
        return None  # "(1) to increase ...": the label of an item in a list, not a figure
    if family == "count" and text[start - 1:start] in "’'" and start and len(raw) == 2:
        return None  # "from ’75 on": a year whose century is left to the reader, no count
    if raw.lower() == "one" and not match.group("scale") and not match.group("pct") \
            and pronoun_follows(text, match.end()):
        return None  # "one of the options", "one being to withdraw": a pronoun, not a count
    if raw.lower() in ("a", "an") and per_unit_of_time(text, start, match.end()):
        return None  # "145 days a year", "$100 million a year": a rate, not one year
    written = (match.group("cur") or match.group("curword") or "").strip().lower()
    return Mention(family, value, text[start:match.end()], start, match.end(), bound,
                   kind=CURRENCIES.get(written, written) if family == "amount" else "",
                   unit=unit_of(text, match.end()) if family == "count" else "")


# the prepositions and adverbs of time the stopwords leave out: "900 soldiers within a week"
# is a length, "three days later a week" no rate
TIME_PREPOSITIONS = frozenset("within throughout across later ago earlier".split())
# what ends a clause after "a year" (a rate closes it), what breaks one before it, and the
# words that join another clause's event ("and a year later", "while a year")
CLAUSE_END_RE = re.compile(r"\s*(?:[,;:.!?)]|$)")
CLAUSE_BREAK_RE = re.compile(r"[,;:!?()]|\.\s")
JOINING_WORDS = frozenset("and but or while whereas then after before since until".split())
FIGURE_NOUN_RE = re.compile(r"(?P<figure>\d[\d.,]*)\s+(?P<noun>[^\W\d_]+)")
BARE_YEAR_RE = re.compile(r"1\d{3}|20\d{2}")
# a figure and the words of what it counts, right before "a" ("145 days a", "$100 million a"),
# with what those words measure after "of" ("12 million litres of brine a"): one noun phrase
RATE_WORDS = r"(?:\s+[^\W\d_][\w°-]*){1,3}"
RATE_BEFORE_RE = re.compile(rf"\d(?:\s*%|{RATE_WORDS}(?P<of>\s+of{RATE_WORDS})?)\s+$")


def per_unit_of_time(text: str, start: int, end: int) -> bool:
    """"A year" after a figure and its noun is the rate's "per year" ("145 days a year",
    "1.8 mm a year"), not a span of one year: the figure is counted in each year, and read
    as the count one, "a" was set against the sentence's other figures ("145.0 days
    annually ... 16.9 days"). Only when what stands between is the figure's noun phrase,
    no function word ("in 2013 and a year later")."""
    if text[start:end].lower() not in ("a", "an"):
        return False
    if MEASURES.get(unit_of(text, end)) != "time":
        return False
    if span_placed(text, end):
        return False  # "300 residents a year later": a span from another event, no rate
    before = RATE_BEFORE_RE.search(text, max(0, start - 80), start)
    if before is None:
        return rate_closing_clause(text, start, end)
    stop = load_stopwords()
    # the "of" that joins a measure to what it measures ("cubic metres of gas") is the noun
    # phrase's own; any other function word opens another phrase ("in 2013 and a year later")
    words = re.findall(r"[^\W\d_]+", before.group())
    if before.group("of"):
        words.remove(before.group("of").split()[0])
    return not any(w.lower() in stop or w.lower() in TIME_PREPOSITIONS for w in words) \
        or rate_closing_clause(text, start, end)


# the words after "a year" that make it a span from another event: an adverb of time ("a
# year later", "a year earlier", "a year ago"), a preposition of time before the event it
# counts from ("a year after the flood", "a year into the war"; not before a date: "2% a year
# after 2010" is a rate from then on), or "on" closing the phrase ("a year on, the town ...")
SPAN_AFTER_RE = re.compile(r"[\s-]+(?:[^\W\d_]+)(?:\s+(?:later|earlier|ago|into)\b"
                           r"|\s+(?:after|before)\b(?!\s*\d)|\s+on\s*(?:[,;:.!?)]|$))", re.I)


def span_placed(text: str, end: int) -> bool:
    """The unit after the article at `end` is placed as a span by the word after it ("a year
    later", "a year after the flood", "a year on,"): one span from another event, which a
    figure and its noun before it do not make a rate ("300 residents a year later")."""
    return bool(SPAN_AFTER_RE.match(text, end))


def rate_closing_clause(text: str, start: int, end: int) -> bool:
    """"A year" that closes the clause of a figure and what it counts, whatever phrases stand
    between ("29 billion tonnes of gas to the air a year"): the rate too. A span is placed by
    what follows it ("a year later", "a year into the war") or by the preposition before it
    ("for a year", "in 2013 and a year later"), and a clause joined by a conjunction or a
    time adverb is another event's."""
    unit = UNIT_RE.match(text, end)
    if unit is None or not CLAUSE_END_RE.match(text, unit.end()):
        return False
    clause = CLAUSE_BREAK_RE.split(text[max(0, start - 120):start])[-1]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", clause)]
    if not words or words[-1] in load_stopwords() \
            or any(w in TIME_PREPOSITIONS or w in JOINING_WORDS for w in words):
        return False
    # a figure and the noun it counts; a year is no figure counted ("the accord of 2015
    # lasted a year")
    return any(not BARE_YEAR_RE.fullmatch(counted.group("figure"))
               and counted.group("noun").lower() not in load_stopwords()
               for counted in FIGURE_NOUN_RE.finditer(clause))


def pronoun_follows(text: str, end: int) -> bool:
    """What follows "one" makes it a pronoun: a function word, a clause break or the end
    ("one of", "one being", "one that"); a count qualifies a noun ("one battalion")."""
    after = UNIT_RE.match(text, end)
    return not after or bool(re.match(r"\s*[,;:.!?)]", text[end:])) \
        or after.group(1).lower() in load_stopwords()


def unit_of(text: str, end: int) -> str:
    """The measure a count is in, from the word after it ("ten years", "a decade", "30-day")."""
    after = UNIT_RE.match(text, end)
    if not after:
        return ""
    # "400 GWh", "400 gigawatt hours": energy, where the word alone ("gigawatt") is power
    unit = symbol_unit(after.group(1)) or measure_unit(after.group(1))
    return hours_of_power(unit, text, after.end())


def measure_unit(word: str) -> str:
    """The unit a word names, singular ("years", "inches", "centuries"), or ""."""
    word = word.lower()
    for unit in (word, word[:-1] if word.endswith("s") else None,
                 word[:-2] if word.endswith("es") else None,  # "inches"
                 word[:-3] + "y" if word.endswith("ies") else None,  # "centuries"
                 word[:-1] + "um" if word.endswith("a") else None):  # "millennia"
        if unit in SIZES:
            return unit
    return ""


def parse_number(raw: str) -> float | None:
    """The value of a figure as the number pattern found it: digits, or number words added up
    as they stand (`spoken.number_value`)."""
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    return number_value(re.split(r"[\s-]+", raw.lower()), in_a_row=False)


# --- names ---------------------------------------------------------------------------------

# the unit word a temperature's scale follows ("half a degree Fahrenheit", "2 degrees Kelvin")
DEGREES_BEFORE_RE = re.compile(r"\bdegrees?\s+$", re.IGNORECASE)
DEGREES_REACH = len("degrees  ")


def names(text: str, vocab: Vocabulary) -> list[Mention]:
    found = []
    stop = vocab.analyzer.stopwords
    for start, run in country_parts(dated_parts(possessive_parts(text), text), vocab):
        skipped = 0
        while run and (run[0].lower() in stop or run[0] in ("A", "I")
                       or contracted_function_word(run[0], stop)
                       or run[0].lower() in OPENING_PREPOSITIONS
                       and sentence_initial(text, start + skipped)):
            skipped += len(run.pop(0)) + 1
        if not run or all(w.lower().rstrip(".") in MONTHS for w in run):
            continue
        start += skipped
        if text[max(0, start - 1):start] == "°":
            continue  # "2–3 °C", "36 °F": a unit of temperature, no one named
        if DEGREES_BEFORE_RE.search(text, max(0, start - DEGREES_REACH), start):
            continue  # "0.3 degrees Celsius": the scale a degree is of, no one named (read
            # as a name, it was a rival of the sentence's names: "on Earth")
        if len(run) > 2 and run[1] == "of" and not skipped \
                and (act_noun(run[0]) or run[0].lower() in UNITS) \
                and sentence_initial(text, start):
            # "Lifting of ECOWAS sanctions": ECOWAS; "Four of Norland's ports": a count of
            # the name's things, the name Norland (read as "Four of Norland", the claim's
            # name was never stated, and any sentence's name was its rival)
            start += len(run[0]) + len(run[1]) + 2
            run, skipped = run[2:], 1
        name = POSSESSIVE_END_RE.sub("", " ".join(run))
        country = country_of(name, vocab)
        initial = sentence_initial(text, start) and not skipped
        if initial and len(run) == 1 and not country and not is_acronym(name) \
                and not owner_named(run[0]) and not first_named(name):
            continue  # a capitalised first word is not a name by itself, but "Wagner" is
        found.append(Mention("name", country or frozenset(vocab.analyzer.terms(
                                 singular_acronyms(undotted(name)))),
                             name, start, start + len(name), kind="country" if country else "name"))
        at = start
        for word in run if len(run) > 1 and not country else ():
            inner = country_of(POSSESSIVE_END_RE.sub("", word), vocab)
            if inner:  # "the Norwegian Ministry of Defence" names Norway, "Northern Mali" Mali
                found.append(Mention("name", inner, word, at, at + len(word), kind="country"))
            at += len(word) + 1
    return found


# prepositions the stopword list lacks, which a sentence may open with, capitalised only for
# being first ("Per Crisis Group, ...", "Despite ECOWAS sanctions, ...", "Unlike Djibo, ..."):
# no word of the name after them. Closed-class words that no name opens with (not "Near",
# "Beyond", "Inside", which titles and names do)
OPENING_PREPOSITIONS = frozenset(
    "per amid amidst despite via unlike regarding concerning including excluding following "
    "throughout toward towards upon versus among amongst across along around beside besides "
    "within without since till onto underneath beneath".split())


def contracted_function_word(word: str, stop) -> bool:
    """A function word with its "'s" ("There's a precedent", "That's the point", "What's
    more"): "is" or "has" contracted onto it, not a name's possessive ("Norland's"); an
    acronym ("US's") is a name whatever word its letters spell."""
    if not word.endswith("s") or word[-2:-1] not in APOSTROPHES:
        return False  # most words of a name: no "'s", no pattern tried
    bare = word[:-2]
    return bare.lower() in stop and not is_acronym(bare)


# the endings of a noun naming a verb's act ("obstruction", "approval", "interference")
ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "al")


def act_noun(word: str) -> bool:
    """A noun naming the act of a verb ("Lifting", "Withdrawal", "Deployment"): first in a
    sentence that drops its article ("Lifting of ECOWAS sanctions was welcomed"), it is the
    common noun its capital only marks the start of, not the first word of a name ("the
    Lifting of ECOWAS"); the name is what follows its "of"."""
    lower = word.lower()
    if not lower.isalpha() or not lower.endswith(ACT_NOUN_ENDINGS + ("ing",)):
        return False
    if lower.endswith("ing"):
        return can_be_verb(lower[:-3]) or can_be_verb(lower[:-3] + "e")
    return any(can_be_verb(verb) and lower.startswith(verb[:max(3, len(verb) - 1)])
               for verb in derived_forms(lower))


def first_named(word: str) -> bool:
    """A word first in its sentence that is a name there: WordNet's proper noun ("Wagner",
    "Lincoln") or a capital of the capitals table, which stands there for its government
    ("Norvik has angered its neighbours"). Once kept no name, so that a government's deed
    not be read as a rival actor's (now `capital_state` reads a capital and its country as
    one state); but then a claim opening on a capital named no actor at all, and a sentence
    in which other parties did the deed supported it ("Norvik signed the accord" by "the
    Norvik accord between the militias", round 65, branch capital69)."""
    return proper_noun(word) or word.lower() in capital_cities()


DOTTED_RE = re.compile(r"\b(?:[A-Z]\.){2,}")


PLURAL_ACRONYM_RE = re.compile(r"\b([A-Z]{2,})s\b")


def singular_acronyms(name: str) -> str:
    """A name with its plural acronyms made singular ("East Coast NGOs" -> "East Coast
    NGO"): the stemmer leaves "NGOs" whole, yet "NGO staff" and "the NGOs" name the same
    groups."""
    return PLURAL_ACRONYM_RE.sub(acronym_letters_of, name)


def acronym_letters_of(plural: re.Match) -> str:
    """The letters of a plural acronym `PLURAL_ACRONYM_RE` found ("NGOs" -> "NGO"). A function,
    not the template "\\1": `re` reads a template through Python code (an import, a cached
    parse and a new function) at every `sub`, matched or not, and every name of every parsed
    text is asked (~20 a claim); a function is called only for a match."""
    return plural.group(1)


def undotted(name: str) -> str:
    """A name with its dotted initials closed up ("U.N. High Commissioner" -> "UN High
    Commissioner"): one actor, however its initials are written."""
    return DOTTED_RE.sub(lambda m: m.group().replace(".", ""), name)


def owner_named(word: str) -> bool:
    """A capitalised word in the possessive that is no English word ("Norland's imposition
    of tariffs", not "Today's meeting"): a name, even first in its sentence."""
    bare = POSSESSIVE_END_RE.sub("", word)
    return bare != word and bare.isalpha() and not is_english(bare) \
        and actor_noun(bare) is None and not derived_forms(bare)


POSSESSIVE_PART_RE = re.compile(r"\S.*?(?:['’]s(?=\s)|$)")  # up to a possessive's "'s"
POSSESSIVE_END_RE = re.compile(r"['’]s$")
# the apostrophes a text may write, straight or typographic, and an owner's ending, one of
# them and "s" ("Mali's", "Mali’s"); a plural owner's is the apostrophe alone ("the states'")
APOSTROPHES = ("'", "’")
POSSESSIVE_ENDINGS = ("'s", "’s")


def without_possessive(word: str) -> str:
    """The word without an owner's ending ("fishermen's" -> fishermen)."""
    for ending in POSSESSIVE_ENDINGS:
        word = word.removesuffix(ending)
    return word


def possessive_parts(text: str):
    """(start, words) of each capitalised run, cut after a possessive: "Sweden's MINUSMA
    contingent" names a country and a mission, not one actor called "Sweden's MINUSMA"."""
    for match in NAME_RE.finditer(text):
        run = match.group()
        if "'" not in run and "’" not in run and "\n" not in run:
            # most runs: no possessive, one part, the whole run (as the pattern finds it
            # where no line break stops its "."), found without it
            yield match.start(), run.split()
            continue
        parts = list(POSSESSIVE_PART_RE.finditer(run))
        at = 0
        for n, part in enumerate(parts):
            if n + 1 < len(parts) and plural_owner(part.group()):
                continue  # "the Fishermen's Union", "the UN Children's Fund": one name
            yield match.start() + parts[at].start(), run[parts[at].start():part.end()].split()
            at = n + 1


# irregular plurals, the nouns whose genitive is "'s" though they name many: in a name they
# say whom the body is for ("Fishermen's Union", "Children's Fund"), not who owns it
IRREGULAR_PLURALS = frozenset(("children", "people"))


def plural_owner(part: str) -> bool:
    """The run's part ends in a plural's "'s" ("Fishermen's", "Women's")."""
    word = POSSESSIVE_END_RE.sub("", part.split()[-1]).lower()
    return word != part.split()[-1].lower() and (word.endswith("men") or word in IRREGULAR_PLURALS)


def dated_parts(parts, text: str):
    """Each run without a month the name pattern joined to its end, by its glue or by a
    space, when a figure follows: "the Security Council for June 2024" names the Council and
    dates a deed, not an actor called "Security Council for June" (read so, the claim's date
    was no date, and a sentence on another June's deed supported it); a note's "submitted to
    UNSC Jan 2023" names the UNSC (read as "UNSC January", it was another actor than the
    Security Council)."""
    for start, run in parts:
        # the run's end is measured only for the rare run ending in a month
        if len(run) > 1 and run[-1].lower() in MONTHS \
                and DATED_AFTER_RE.match(text, start + sum(len(w) + 1 for w in run) - 1):
            glued = len(run) > 2 and run[-2].lower() in MONTH_GLUE
            run = run[:-2] if glued else run[:-1]
        yield start, run


MONTH_GLUE = frozenset(("of", "for", "the"))
DATED_AFTER_RE = re.compile(r"\s+\d")  # "June 2024", "June 13"


def country_parts(parts, vocab: Vocabulary):
    """Each run cut between a country and an acronym right after it: "in Mali MINUSMA" names a
    country and a mission, not one place called "Mali MINUSMA" (an acronym first, "EUCAP Sahel
    Mali", stays one name)."""
    for start, run in parts:
        first = 0
        for i in range(1, len(run)):
            if is_acronym(run[i]) and not is_acronym(run[i - 1]) \
                    and country_of(run[i - 1], vocab):
                yield start, run[first:i]
                start += sum(len(w) + 1 for w in run[first:i])
                first = i
        yield start, run[first:]


def country_of(name: str, vocab: Vocabulary) -> str | None:
    # the whole name: "EUCAP Sahel Mali" is an organisation, not the country
    return vocab.countries.get(name.lower().replace("’", "'"))


SENTENCE_OPENERS = ".!?:;\"“("  # what a sentence's first word may follow, spaces aside


def sentence_initial(text: str, start: int) -> bool:
    # the last character before `start` that is no space (a search of the text before it
    # for a pattern anchored at its end read all of it, once for each name of a passage)
    before = text[:start].rstrip()
    return not before or before[-1] in SENTENCE_OPENERS or spaced_dash(before, start)


def spaced_dash(before: str, start: int) -> bool:
    """A dash with a space on each side opens a clause as a colon does ("January 2030 -
    Harbour review begins", "Tarn — Reed beds spread"); one between two words without spaces
    joins them ("Orsk–Tella ferry", "1990-2000")."""
    return before[-1] in DASHES and len(before) < start and before[:-1].endswith((" ", "\t"))


DASHES = "-\u2013\u2014"


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """The capitals that start the name's words ("African Union" -> "AU"): asked of a claim's
    name again for every sentence it is looked for in (`compare.name_found`)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


# --- negation ------------------------------------------------------------------------------

def negated_terms(tokens: list[Token], cues: frozenset[int]) -> dict[str, tuple[int, int]]:
    """What a negation denies, with the span from cue to word: the first content word after
    "did not", "failed to", "refused to" (the verb), and up to two after "without", "no",
    "lack of" (a noun phrase). A term the text also states outside any negation is left out:
    it is not clearly negated. `cues`: the indices of the tokens' negations (`is_negation`)."""
    inside: dict[str, tuple[int, int]] = {}
    outside: set[str] = set()
    cue, reach, denied_from = None, 0, 0
    branch = False  # the cue opens the first branch of "either ... or" (`either_or`)
    cue_word, taken = "", 0
    for i, token in enumerate(tokens):
        word = token.lower
        if word in SCOPE_BREAKERS and i and i - 1 in cues and not token.brk:
            continue  # part of the cue: "had not yet reached" denies "reached"
        if token.brk or word in SCOPE_BREAKERS or branch and word == "or":
            cue, reach, branch = None, 0, False
        if i in cues:
            branch = opens_either_branch([t.lower for t in tokens[max(0, i - 2):i + 1]],
                                         min(i, 2))
            cue, reach = cue_start(tokens, i), 2 if word in NOUN_NEGATIONS else 1
            cue_word, taken = word, 0  # (the words denied since: `denial_verb_end`)
            denied_from = complement_start(tokens, i)
            if denied_from > i + 1:
                reach = 1 if tokens[denied_from - 1].lower == "to" else reach
            moved = contrasted_part(tokens, i)  # "not to the board but to ...": the board
            verb = None if moved else quantified_verb(tokens, i)  # "no member attended"
            if moved or verb:
                denied_from, reach = (moved, 2) if moved else (verb, 1)
            else:
                reach = quantified_reach(tokens, i, reach)
            if agent_follows(tokens, i):
                reach = 0  # "was refused by the council": the council refused, it is not denied
            continue
        if not token.terms:
            continue
        if not reach or i < denied_from:
            outside.update(token.terms)
            continue
        if possessor(tokens, i):
            continue  # "denied Ferrante's accusation": the accusation, not Ferrante, denied
        if taken and cue_word in NOUN_NEGATIONS \
                and clause_verb([t.lower for t in tokens[i:i + 2]], 0, finite_verb(token.word)):
            cue, reach = None, 0  # "insufficient funding crippled the programme": the
            outside.update(token.terms)  # subject denied, not its verb (`denial_verb_end`)
            continue
        for term in token.terms:
            inside.setdefault(term, (cue, token.end))
        reach, taken = reach - 1, taken + 1
    return {t: span for t, span in inside.items() if t not in outside}


def possessor(tokens: list[Token], i: int) -> bool:
    """The word at i owns the content word right after it ("Ferrante's accusation"): what a
    negation denies there is the owned noun, and the owner's existence is no part of it."""
    return tokens[i].word.endswith(POSSESSIVE_ENDINGS) and i + 1 < len(tokens) \
        and not tokens[i + 1].brk and bool(tokens[i + 1].terms)


def agent_follows(tokens: list[Token], i: int) -> bool:
    """The cue at i is a verb of denial in the passive, its agent right after it ("the request
    was refused by the council", "were denied by the ministry"): what it denies is its subject,
    told before it, and the "by" phrase names who did the refusing, which the clause affirms."""
    word = tokens[i].word.lower()
    return word.endswith("ed") and i + 1 < len(tokens) and not tokens[i + 1].brk \
        and tokens[i + 1].word.lower() == "by"


def complement_start(tokens: list[Token], i: int) -> int:
    """Where the negation at i starts to deny, when it is a noun with a complement of its own:
    "the inability of the mission to respond" and "the failure of the talks to produce" deny
    the infinitive, whose subject the "of" phrase names ("the mission" responded not, it is
    not itself denied), as "unable to" and "failed to" would; "the lack of the government's
    support" denies the noun the possessive qualifies. i + 1 otherwise: "lack of peace to
    keep" denies the peace, as a noun of absence takes no infinitive of its own (the
    infinitive qualifies the noun)."""
    if i + 2 >= len(tokens) or tokens[i + 1].word.lower() != "of" or tokens[i + 1].brk:
        return i + 1
    infinitive = tokens[i].word.lower() not in NOUN_NEGATIONS
    owner_possible = True  # the possessive must qualify the "of" phrase's own noun
    for k in range(i + 2, min(len(tokens) - 1, i + 3 + SUBJECT_REACH)):
        if tokens[k].brk:
            break
        if infinitive and tokens[k].word.lower() == "to" and k > i + 2 \
                and not tokens[k + 1].brk and can_be_verb(tokens[k + 1].word):
            return k + 1
        # "the lack of air assets has limited MINUSMA's mobility": past the clause's verb,
        # a possessive is the object's, and the lack is still of the assets
        owner_possible = owner_possible and not finite_verb(tokens[k].word)
        if owner_possible and tokens[k].word.lower().endswith(POSSESSIVE_ENDINGS) \
                and not tokens[k + 1].brk:
            return k + 1
    return i + 1




def finite_verb(word: str) -> bool:
    """A word that can only be the clause's verb here: an auxiliary, or a past form ("limited",
    "hampered", "hurt" as WordNet's exception list has it), never a noun phrase's word."""
    word = word.lower()
    return word in FINITE_AUXILIARIES or len(word) > 4 and word.endswith("ed") \
        or irregular_base(word) is not None


SUBJECT_REACH = 6  # words of the "of" phrase before its infinitive: "of the UN mission in Mali to"


def negative_prefix(word: str) -> tuple[str | None, str]:
    """The lower-case word's negative prefix and the rest after it ("un", "changed" for
    "unchanged"); (None, "") without one."""
    if not word.startswith(NEGATIVE_PREFIXES):  # most words: no generator made
        return None, ""
    prefix = next((p for p in NEGATIVE_PREFIXES if word.startswith(p)), None)
    return prefix, word[len(prefix):].lstrip("-") if prefix else ""


def prefixed_denials(tokens: list[Token], vocab: Vocabulary) -> dict[str, tuple[int, int]]:
    """The words a text denies by a negative prefix, as WordNet has it: "unchanged" is the
    antonym of "changed", "nonexistent" of "existent", "independent" of "dependent" (and
    "unrest" is not the antonym of "rest", nor "increase" of "crease"): stem -> the word's
    span."""
    found = {}
    for token in tokens:
        rest = token.terms and denied_by_prefix(token.lower)
        if rest:
            for word in (rest, *denied_kin(rest)):
                for term in vocab.analyzer.terms(word):
                    found.setdefault(term, (token.start, token.end))
    return found


@lru_cache(maxsize=1024)
def denied_kin(rest: str) -> tuple[str, ...]:
    """The verbs a prefix denies with the noun it denies: WordNet's derivations of `rest`
    that can be verbs ("noncompliance" denies "compliance", and so "comply"; "disagreement"
    "agree"; "inaction" "act"), since the stemmer keeps the noun and its verb apart
    ("complianc" / "compli") and "the authorities' noncompliance with the agreement" denies
    that they complied with it. A verb in its base form only (not "settler", which
    `can_be_verb` reads as "settle" with an ending), and no function word ("willingness" ->
    "will")."""
    return tuple(kin for kin in derived_forms(rest)
                 if kin in verbs() and kin not in load_stopwords() and len(kin) >= 3)


@lru_cache(maxsize=WORDS)  # asked of every word of every text parsed: the same words again
def denied_by_prefix(word: str) -> str:
    """The rest of a lower-case word after a negative prefix, where WordNet has it as the
    word's antonym ("changed" for "unchanged"), of four letters or more; "" otherwise."""
    prefix, rest = negative_prefix(word)
    # (or a productive "un-" / "non-" before an adjective WordNet opposes to it only through
    # cluster heads or not at all: "unworrying" / "worrying", `prefix_opposite`)
    return rest if len(rest) >= 4 and (rest in antonyms(word) or prefix in PRIVATIVE_PREFIXES
                                       and privative_pair(word, rest)) else ""


SPLIT_PREFIXES = frozenset({"non"})  # a prefix that denies the word it is hyphenated to


def split_denials(text: str, tokens: list[Token]) -> dict[str, tuple[int, int]]:
    """The words a text denies by a negative prefix written with a hyphen ("non-binding",
    which the tokens split in two: "non", "binding"), as `prefixed_denials` has "unchanged":
    stem -> the span of both. Not a word the text also states elsewhere without it."""
    found: dict[str, tuple[int, int]] = {}
    for i in range(len(tokens) - 1):
        token, word = tokens[i], tokens[i + 1]
        if token.lower in SPLIT_PREFIXES and word.start == token.end + 1 \
                and text[token.end] == "-" and word.word.isalpha():
            for term in word.terms:
                found.setdefault(term, (token.start, word.end))
    if not found:  # most texts: no split prefix, nothing more to read
        return found
    elsewhere = {t for k, tok in enumerate(tokens) for t in tok.terms
                 if not (k and tokens[k - 1].lower in SPLIT_PREFIXES
                         and tok.start == tokens[k - 1].end + 1)}
    return {t: span for t, span in found.items() if t not in elsewhere}


# "did little to stop it", "does little for security": the verb "do" with "little" for its
# object says the thing was hardly done, as "barely" and "hardly" do; "a little", "little
# time" do not
DO_FORMS = frozenset("do does did done doing".split())


# every word `is_negation` reads as a cue (or as the start of one), besides a verb in "n't":
# asked of every token of every text parsed, most of which are none of them
CUE_WORDS = NEGATIONS | INFINITIVE_NEGATIONS | INFINITIVE_REFUSALS | privatives() \
    | {"from", "as", "of", "nothing", "little", "yet"}


def is_negation(tokens: list[Token], i: int) -> bool:
    word = tokens[i].lower
    if word not in CUE_WORDS and not word.endswith(("n't", "n’t")):
        return False  # the checks below all start from one of these words
    if word in ("from", "as", "of"):  # a cue before a gerund ("blocked them from visiting")
        return denied_gerund(tokens, i)
    if no_denial(tokens, i):  # "should not have paid", "did not deny", "the system failed"
        return False
    if word == "nothing" and i + 3 < len(tokens) \
            and denied_gerund(tokens, i + 3):  # "nothing as drastic as disrupting": the
        return False  # gerund is what is denied, the degree word only measures it
    if word == "little":
        return bool(i) and tokens[i - 1].lower in DO_FORMS and not tokens[i].brk
    if (word.endswith(("n't", "n’t")) or word in NEGATIONS) and delayed(tokens, i):
        return False  # "did not authorize it until 2014" dates the authorizing, not denies it
    if word.endswith(("n't", "n’t")):
        return True
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    previous = tokens[i - 1].lower if i else ""
    # a noun of failing denies the verb of its infinitive as "failed to" does ("the
    # failure to respond"), not the noun after "of" ("the failure of the talks")
    if word in INFINITIVE_NEGATIONS:
        return following == "to" or complement_start(tokens, i) > i + 1 \
            and tokens[complement_start(tokens, i) - 1].lower == "to"
    if word in INFINITIVE_REFUSALS:  # "declined to endorse", not "declined to 30 percent"
        return following == "to" and i + 2 < len(tokens) and not tokens[i + 2].brk \
            and tokens[i + 2].word.isalpha() and tokens[i + 2].lower not in load_stopwords() \
            and can_be_verb(tokens[i + 2].word)
    if word not in NEGATIONS and word in NOUN_NEGATIONS:  # "for want of", "devoid of"
        return privative_of(tokens, i)
    if word == "yet":  # "had yet to reach" / "is yet to decide": not reached, not decided
        return following == "to" and previous in YET_TO_HEADS
    # "no fewer than 174", "not more than 30": a bound of the figure, no negation
    if word in ("no", "not") and following in BOUND_COMPARATIVES and i + 2 < len(tokens) \
            and tokens[i + 2].lower == "than":
        return False
    # "not only X but Y", "whether or not": no negation
    return word in NEGATIONS and not (word == "not" and (following in ("only", "just")
                                                         or previous == "or"))


BOUND_COMPARATIVES = frozenset("more fewer less".split())


# verbs that keep a thing from happening: "blocked the inspectors from visiting" says the
# inspectors did not visit, as "refrained from commenting" says no comment was made
PREVENTIONS = frozenset(words()["preventions"])
PREVENTION_REACH = 5  # words between the verb and its "from" ("barred UN investigators from")


def denied_gerund(tokens: list[Token], i: int) -> bool:
    """The token at i is a cue that denies the gerund right after it: "from" after a verb of
    prevention in its clause ("blocked UN investigators from visiting the site"), the second
    "as" of "nothing as drastic as" ("have done nothing as drastic as disrupting the flows":
    the disrupting is denied), or "of" in "stopped short of" / "fell short of"."""
    if i + 1 >= len(tokens) or tokens[i + 1].brk or tokens[i].brk \
            or not tokens[i + 1].word.lower().endswith("ing") \
            or not can_be_verb(tokens[i + 1].word):  # "from morning": no gerund
        return False
    word = tokens[i].word.lower()
    if word == "as":
        return i >= 3 and (tokens[i - 3].word.lower() == "nothing" or went_no_farther(tokens, i)) \
            and tokens[i - 2].word.lower() in ("as", "so") \
            and not any(t.brk for t in tokens[i - 2:i + 1])
    if word == "of":  # "stopped short of disrupting", "fell short of meeting"
        return i >= 2 and tokens[i - 1].word.lower() == "short" \
            and tokens[i - 2].word.lower() in SHORT_OF and not tokens[i - 1].brk
    for k in range(i - 1, max(-1, i - 1 - PREVENTION_REACH), -1):
        if tokens[k].word.lower() in PREVENTIONS:
            return True
        if tokens[k].brk:
            return False
    return False


GO_FORMS = frozenset("go goes went gone going".split())


def went_no_farther(tokens: list[Token], i: int) -> bool:
    """The "as" at i ends a denied "go as far as" ("did not go as far as cutting off the
    supplies", "never went so far as blocking"): the deed after it was not done, as after
    "stopped short of". Affirmed ("went as far as disrupting") it is done, and stressed."""
    return i >= 4 and tokens[i - 1].word.lower() == "far" \
        and tokens[i - 3].word.lower() in GO_FORMS and not tokens[i - 3].brk \
        and (tokens[i - 4].word.lower() in ("not", "never")
             or tokens[i - 4].word.lower().endswith(("n't", "n’t")))


def prevented(text: Parsed, term: str) -> bool:
    """The text's gerund of `term` follows a verb of prevention in its clause without "from"
    ("stops jihadist violence spilling across"): not plainly affirmed, though no cue denies it."""
    tokens = text.tokens
    for i, token in enumerate(tokens):
        if term not in token.terms or not token.word.lower().endswith("ing") \
                or not can_be_verb(token.word):
            continue
        for k in range(i - 1, max(-1, i - 1 - PREVENTION_REACH), -1):
            if tokens[k].word.lower() in PREVENTIONS:
                return True
            if tokens[k + 1].brk:
                break
    return False


def gerund_cue(tokens: list[Token], i: int) -> bool:
    """The negation at i is a gerund's cue (`denied_gerund`)."""
    return tokens[i].word.lower() in ("from", "as", "of")


def gerunds_denied(text: Parsed) -> bool:
    """Every negation of the text denies a gerund (`denied_gerund`), and it has one."""
    cues = negation_cues(text)
    return bool(cues) and all(gerund_cue(text.tokens, i) for i in cues)


# verbs before "short of" that deny the gerund after it
SHORT_OF = frozenset("stop stops stopped stopping fall falls fell fallen falling".split())


def cue_start(tokens: list[Token], i: int) -> int:
    """Where the negation at i begins: at a gerund's cue, the verb of prevention or the
    "nothing" it stands for ("blocked them from visiting" is denied from "blocked"), so that
    a conflict on the verb and one on the gerund are one difference (`around.differences`)."""
    word = tokens[i].word.lower()
    if word == "as" and denied_gerund(tokens, i):
        return tokens[i - 3].start
    if word == "of" and denied_gerund(tokens, i):
        return tokens[i - 2].start
    if word == "from" and denied_gerund(tokens, i):
        return next(t.start for t in reversed(tokens[max(0, i - PREVENTION_REACH):i])
                    if t.word.lower() in PREVENTIONS)
    return tokens[i].start


def negation_cues(text: Parsed) -> tuple[int, ...]:
    """The indices of the text's tokens that are negations (`is_negation`), in order:
    remembered on the parse, which clause after clause asks about word after word."""
    if text.cues is None:
        text.cues = tuple(i for i in range(len(text.tokens)) if is_negation(text.tokens, i))
    return text.cues


def denied_before(text: Parsed, i: int) -> bool:
    """A negation before the i-th word in its clause, however far ("was not followed by any
    additional boats", "could not travel without escorts"): the word is denied with the rest
    of its clause."""
    cues = negation_cues(text)
    if not cues or cues[0] >= i:
        return False  # no negation before the word at all: nothing to scan for
    tokens = text.tokens
    for j in range(i - 1, -1, -1):
        if tokens[j + 1].brk or tokens[j].word.lower() in SCOPE_BREAKERS:
            return False
        if j in cues:
            return True
    return False


UNTIL = frozenset(("until", "till"))


def delayed(tokens: list[Token], i: int) -> bool:
    """The negation at i is "not ... until" in one clause: it says when the event happened,
    not that it did not ("the board did not sign until May" signed in May)."""
    for token in tokens[i + 1:]:
        if token.brk:
            return False
        if token.word.lower() in UNTIL:
            return True
    return False


def clause_words_after(tokens: list[Token], i: int, most: int) -> list[Token]:
    """The first `most` content words after the token at i, to its clause's end, past its
    function words (the phrase a "without" or a denied word governs; `object_phrase` reads a
    noun phrase, which ends at the first function word after it)."""
    words = []
    for token in tokens[i + 1:]:
        if token.brk or len(words) == most:
            break
        if token.terms:
            words.append(token)
    return words


def content(token: Token) -> bool:
    """A word that gives a fact its role: not another figure or date ("May 2023" and "June
    2023" share a year, not a role)."""
    return bool(token.terms) and not token.word[0].isdigit() \
        and token.lower not in MONTHS


def around(text: Parsed, start: int, end: int, window: int, role=None
           ) -> tuple[list[Token], list[Token]]:
    """Up to `window` words of the text (content words, or those `role` keeps) just before
    `start` and just after `end`. Each side is read outwards from the span and stops at its
    `window`-th word: the same words as keeping every word of the side and then its last (or
    first) `window`, as `role` is a pure test, without testing the text's other words (asked
    for every fact of every sentence, most of them far from the ends)."""
    role = role or content
    tokens = text.tokens
    if window <= 0:  # (a slice [-0:] keeps every word: read as written)
        return ([t for t in tokens if t.end <= start and role(t)][-window:],
                [t for t in tokens if t.start >= end and role(t)][:window])
    before = []
    for t in reversed(tokens):
        if t.end <= start and role(t):
            before.append(t)
            if len(before) == window:
                break
    before.reverse()
    after = []
    for t in tokens:
        if t.start >= end and role(t):
            after.append(t)
            if len(after) == window:
                break
    return before, after


CLAUSE_MARK_RE = re.compile(r"[,;:.!?—–]")


def clause_bounds(text: Parsed, start: int, end: int) -> tuple[int, int]:
    """Where the clause of the text's span starts and ends: at the clause marks between words
    (a comma, a colon, a dash ..., `same_clause`) nearest before and after it."""
    marks = clause_marks(text)
    return (max((m for m in marks if m <= start), default=0),
            min((m for m in marks if m >= end), default=len(text.text)))


def clause_marks(text: Parsed) -> list[int]:
    """Where each clause after the first starts (`clause_bounds`): the text's alone,
    remembered on its parse, as each of its figures and names asks for its clause against
    every sentence or claim."""
    return remembered(text, ("clause marks",), find_clause_marks, text)


def find_clause_marks(text: Parsed) -> list[int]:
    tokens = text.tokens
    return [t.start for k, t in enumerate(tokens) if k and t.brk
            and CLAUSE_MARK_RE.search(text.text, tokens[k - 1].end, t.start)]
