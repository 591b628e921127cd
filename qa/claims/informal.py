"""A claim written informally, spelled out as a report would write it, before it is parsed.

A post or a note writes "the govt", "w/o a mandate", "13k+ troops", "~2,000", "Dec 2021",
"got expanded", "it literally happened"; a report writes "the government", "without a
mandate", "over 13,000 troops", "around 2,000", "December 2021", "was expanded", "it
happened". Left as written, each is a word no sentence states (or a figure, a date, a name
misread: "11 Nov Côte d'Ivoire" as one name), so a stated claim is not found. Spelled out:
- abbreviations and clipped words (`qa/data/informal.tsv`, general English usage), some only
  before a figure ("Res 2164", "c. 1910", "ca. $4 million"); a note's "e.g.", "i.e.", "etc."
  as the words a report writes ("such as", "that is", "and so on");
- month abbreviations ("Sept", "Dec."), "Mar" only beside a figure (it is a verb of its own);
  a log's dates ("11 NOV 21", "111200ZNOV21", "MAR 22") as "11 November 2021"
  (`qa.claims.short_dates`);
- figures: "13k" (thousands), "500+" / "80%+" (a lower bound: "over 500"), "3x" ("3 times"),
  "~4" ("about 4"), "900-plus" (a round figure: "about 900"); "&" and a "+" between words
  ("and");
- a rank by "No."/"number" after an owner or determiner ("its No. 2 buyer": "second buyer");
- the get-passive ("got declared" -> "was declared": "got" states no fact a report writes);
- a speaker's address to the listeners after the opening phrase ("In 2031, friends, ...",
  `qa.claims.vocative`);
- a post's label before a colon ("Wild stat: ..."), its verbless closing comment ("...
  Huge."), and the cleft that puts a subject in focus ("It was the mayor who closed it");
- figures and dates as said ("thirteen thousand", "twenty twenty-three", "November the
  eleventh"), as a report writes them (`qa.text.spoken`);
- adverbs of emphasis before the word they stress ("literally moved away", "really did"),
  WordNet's intensifiers (`qa/search/data/wordnet_intensifiers.txt`,
  tools/wordnet_intensifiers.py); after a verb or before a preposition an adverb tells the
  manner ("spoke frankly about") and stays.
Nothing here adds a fact or takes one away: a figure keeps its bound, a month its day.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import (TABLE, can_be_verb, discourse_kind, is_english, proper_noun,
                              verb_base)
from ..text.lexicon import capital_cities, country_names, rows, words
from ..text.scripts import table_key
from ..text.spoken import written_figures
from .facts import FINITE_AUXILIARIES
from .record_fields import record_read
from .short_dates import MONTH_CLIPS, dates_spelled
from .vocative import unaddressed

INTENSIFIERS = TABLE.with_name("wordnet_intensifiers.txt")
DOT = r"(?:\.(?!\s*$))?"  # "Sept.", "approx.": the clipped word's dot, not the claim's last
# a whole word: "rep" is not "report", "w/" not "w/o"; "govt's" is the govt's
WORD_AFTER = r"(?![\w/]|['’](?!s\b))"
# an adverb before one of these tells how or where ("spoke frankly about"): kept
PREPOSITIONS = frozenset("about above across after against along among around as at before "
                         "behind below beside between by during for from in into like near "
                         "of off on onto over since than through to toward towards under "
                         "until upon with within without".split())


def written_out(claim: str) -> str:
    """The claim with its informal abbreviations, symbols and emphasis written as a report
    writes them."""
    text = unaddressed(unlabelled(record_read(dates_spelled(claim))))
    for pattern, replace in substitutions():
        text = pattern.sub(replace, text)
    if abbreviated().search(text):  # most claims have none: their ~50 patterns are not tried
        for pattern, replace in abbreviations():
            text = pattern.sub(replace, text)
    text = approximated(written_figures(unstressed(text)))
    return " ".join(text.split())


# "Timeline: ...", "Wild stat: ...": a post's label of one to three common words before a colon
LABEL_RE = re.compile(r"^([A-Za-z]+(?: [a-z]+){0,2}):\s+(?=\S)")
# "... civilians. Huge.": a post's last word or two, verbless, after the claim's sentence
COMMENT_RE = re.compile(r"(?<=[.!])\s+([A-Za-z]+(?: [a-z]+)?)[.!]*\s*$")
# the cleft "It was the mayor who closed the pier": the mayor closed the pier
# ("who" after any focus; "that" after a name only: "It was clear that ..." is no cleft)
CLEFT_RE = re.compile(r"^It\s+(?:was|is)\s+(?:([^,;:]*?)\s+who|([A-Z][^,;:]*?)\s+that)\s+"
                      r"(?=[a-z])")


def unlabelled(text: str) -> str:
    """The claim without a label before it, a verbless comment after it, or its cleft; a
    label or comment with a figure or a name ("July 2021:", "Mali:") is a fact and stays."""
    label = LABEL_RE.match(text)
    if label and (" " in label.group(1) and not placed(label.group(1))
                  or common_words(label.group(1)) or message(label.group(1))) \
            and stated_after(text[label.end():]):
        text = text[label.end():]
    comment = COMMENT_RE.search(text)
    if comment and common_words(comment.group(1)) \
            and not any(can_be_verb(w) for w in comment.group(1).split()):
        text = text[:comment.start()]
    text = CLEFT_RE.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def caption_value() -> re.Pattern:
    """A caption's value: a figure with its hedge (`number_bounds`: "about", "more than") and
    a few words of unit ("about $1.2bn", "12,200", "17% of the force"), or a name alone
    ("Algeria", "Côte d'Ivoire")."""
    return re.compile(rf"(?:(?:{hedges()})\s+)?[$€£]?\d[\d,.]*\S*(?:\s+[\w'’-]+){{0,3}}"
                      r"|(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*", re.I)


def stated_after(rest: str) -> bool:
    """What follows a label states something of its own ("Wild stat: 174 peacekeepers were
    killed"), not a caption's value alone ("Initial authorized force: 12,200", "Main mediator:
    Algeria"), which is said of the label: the label is its subject and stays."""
    value = rest.strip(" .!")
    return not caption_value().fullmatch(value) or any(
        w.lower() in FINITE_AUXILIARIES or len(w) > 4 and w.endswith("ed")
        for w in value.split())


# a figure hedged as speech hedges it, after it: "900-odd", "900 (soldiers) or so", "900 or
# thereabouts", "900, give or take", "900, more or less" (the hedges speech puts before it,
# "in the region of", "north of", are `number_bounds`)
ODD_RE = re.compile(r"(?<![\w.,])(\d[\d,.]*)-odd\b")
# the figure in digits, or one number word ("nine months or so": small numbers stay words)
NUMBER_WORD = "|".join(sorted(words()["number_words"], key=len, reverse=True))
OR_SO_RE = re.compile(rf"(?<![\w.,])(\d[\d,.]*|(?i:{NUMBER_WORD}))((?:\s+[a-z]+)?)"
                      r"(?:\s+or\s+(?:so|thereabouts)"
                      r"|,?\s+(?:give\s+or\s+take|more\s+or\s+less))\b")


def approximated(text: str) -> str:
    """A spoken approximation of a figure as a report writes it: "900-odd soldiers", "900
    soldiers or so" -> "about 900 soldiers" (a hedge `number_bounds` reads as an
    approximation). A hedge already before the figure ("some 900-odd") is the one kept."""
    if "odd" not in text and " or " not in text:
        return text

    def about(match: re.Match) -> str:
        hedge = "" if bound_before().search(match.string, 0, match.start()) else "about "
        figure = match.group(1)
        if hedge and match.start() == 0:  # "Nine months or so" -> "About nine months"
            hedge, figure = "About ", figure.lower()
        return hedge + figure + (match.group(2) if match.re is OR_SO_RE else "")
    return OR_SO_RE.sub(about, ODD_RE.sub(about, text))


@lru_cache(maxsize=1)
def bound_before() -> re.Pattern:
    """A hedge of `number_bounds` right before a figure ("some", "up to", "nearly")."""
    return re.compile(rf"\b(?:{hedges()})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def hedges() -> str:
    """The hedges of `number_bounds` as one alternation, the longest first."""
    return "|".join(re.escape(h).replace(r"\ ", r"\s+")
                    for h in sorted(words()["number_bounds"], key=len, reverse=True))


def common_words(words: str) -> bool:
    """Every word is an English word WordNet knows and none is a country or its capital."""
    return all(is_english(w) for w in words.split()) and not placed(words)


def message(word: str) -> bool:
    """A one-word label naming a message ("Flashback:", "Recap:"): its first WordNet sense is
    in noun.communication (`discourse_kind`), though the synonym table may not hold it."""
    return discourse_kind(word.lower(), "label") and not proper_noun(word)


def placed(words: str) -> bool:
    """A word is a country or a capital: "Mali:" says where, a fact."""
    return any(w.lower() in country_names() or w.lower() in capital_cities()
               for w in words.split())


@lru_cache(maxsize=1)
def substitutions() -> tuple[tuple[re.Pattern, object], ...]:
    """Each pattern and its replacement, in order: figures before words ("13k+" before "k"),
    the words themselves after them (`abbreviations`)."""
    clips = "|".join(sorted(MONTH_CLIPS, key=len, reverse=True))
    found = [
        # "13k" -> 13,000; "1.5k" -> 1,500
        (re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)[kK](?=\+|\b)"),
         lambda m: f"{round(float(m.group(1)) * 1000):,}"),
        # "500+ people", "80%+ of staff", "3x+ the size": a lower bound
        (re.compile(r"(?<![\w.,])(\d[\d,.]*%?)(x?)\+(?!\w)"),
         lambda m: f"over {m.group(1)}{m.group(2)}"),
        # "1,000-plus troops", "80%-plus": the figure and a little more, as a round figure is
        # written ("about 1,000"); read as a bare lower bound, "11,000-plus" would be stated
        # by "over 13,000", a figure the writer did not mean. "two plus three" (no hyphen)
        # is a sum and stays
        (re.compile(r"(?<![\w.,])(\d[\d,.]*%?)-plus\b(?!-)"),
         lambda m: f"about {m.group(1)}"),
        # "its No. 3 supplier", "the number two party": a rank, the ordinal a report writes
        (ranked(), rank_ordinal),
        # "3rd-largest" -> third-largest: the ordinal a report writes before a hyphen
        (re.compile(r"(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)(?=-[a-z])"), ordinal_word),
        # "3x the size" -> 3 times the size
        (re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)[x×](?![\w])"), r"\1 times"),
        # "~2,000" -> about 2,000
        (re.compile(r"~\s*(?=\d)"), "about "),
        (re.compile(r"\s(?:&|\+)\s"), " and "),
        # "Dec 2021", "11 Nov", "Sept."; "Mar" only beside a figure
        (re.compile(rf"\b(?!Mar\b)({clips.title()}|{clips.upper()})\b{DOT}"),
         lambda m: MONTH_CLIPS[table_key(m.group(1))]),
        (re.compile(rf"(?<=\d\s)Mar\b{DOT}|\bMar\b{DOT}(?=\s+\d)"), "March"),
        # the get-passive: "got declared" -> was declared
        (re.compile(r"\b(get|gets|got|gotten|getting)\s+(?=([a-z]+)\b)"), passive_be),
    ]
    return tuple(found)


@lru_cache(maxsize=1)
def abbreviations() -> tuple[tuple[re.Pattern, object], ...]:
    """The table's abbreviations, each pattern and its replacement, the longest first: "w/o"
    before "w/"."""
    found = []
    for short, full, *when in abbreviation_rows():
        if short.endswith("/"):  # "w/the": the slash ends the word
            after, full = "", full + " "
        else:
            after = DOT + (r"(?=\s+[$€£]?\d)" if when == ["number"] else "") + WORD_AFTER
            after = f"(?:{FIGURE_AFTER_DOT}|{after})"
        found.append((re.compile(rf"(?<![\w'’/]){re.escape(short)}{after}", re.I),
                      lambda m, full=full: m.group() if acronym_written(m.group())
                      else matching_case(m.group(), full) + spaced_figure(m)))
    return tuple(found)


# a note closes up a clipped word's full stop and the figure after it ("c.16%", "approx.2,000",
# "Res.4410"): the dot ends the word as a space would. Left as written, the figure was read by
# no number pattern (a digit after a dot is a decimal's), so the claim's figure went unchecked:
# "fell c.40%" was supported by a sentence giving 25 per cent
FIGURE_AFTER_DOT = r"\.?(?<=\.)(?=[$€£]?\d)"


def spaced_figure(match: re.Match) -> str:
    """The space a spelled-out word needs before a figure its full stop touched."""
    return " " if re.match(r"[$€£]?\d", match.string[match.end():]) else ""


def acronym_written(short: str) -> bool:
    """A clipped word written in capitals is an acronym of its own: "HR violations" are human
    rights violations, not hour ones; "SEC" is no "section" (a note's clippings are lower-case:
    "hr", "sec"). A capital and a dot ("Res.", "Art.") are clippings still."""
    letters = short.rstrip(".")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def abbreviation_rows() -> list[list[str]]:
    return sorted(rows("informal.tsv"), key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def abbreviated() -> re.Pattern:
    """Where one of `abbreviations` may match: an abbreviation after what its pattern allows
    before it and, unless it ends in a slash, before no word character (its pattern's end
    allows none): a text where this finds nothing is left alone by each of them in turn."""
    return re.compile(r"(?<![\w'’/])(?:" + "|".join(
        re.escape(short) + ("" if short.endswith("/") else rf"(?:(?!\w)|{FIGURE_AFTER_DOT})")
        for short, *_ in abbreviation_rows()) + ")", re.I)


@lru_cache(maxsize=1)
def ranked() -> re.Pattern:
    """A rank written with "No."/"number" and a figure ("the club's No. 2 scorer", "their
    number four choice") after an owner or a determiner and before a lower-case word: that is
    a place in an order, the ordinal ("second scorer"). A label's number ("Law No. 3",
    "Resolution No. 12", "a number of three") has no owner or determiner right before it and
    stays a figure; so does a figure past the ordinal table."""
    numbers = "|".join(sorted(words()["number_words"], key=len, reverse=True))
    return re.compile(r"(['’]s\s+|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our)\s+)"
                      rf"(?:No\.|no\.|[Nn]umber|#)\s?(\d{{1,2}}|{numbers})\b(?=\s+[a-z])")


def rank_ordinal(match: re.Match) -> str:
    """The rank's ordinal word ("No. 3" -> third), or the rank as written when the table has
    no ordinal for it."""
    value = match.group(2)
    number = int(value) if value.isdigit() else words()["number_words"].get(value.lower())
    ordinal = ordinal_words().get(number) if number else None
    return match.group(1) + ordinal if ordinal else match.group()


def ordinal_word(match: re.Match) -> str:
    """The ordinal's word ("3rd" -> third), or the ordinal as written past the table's."""
    return ordinal_words().get(int(match.group(1)), match.group())


@lru_cache(maxsize=1)
def ordinal_words() -> dict[int, str]:
    return {value: word for word, value in words()["ordinals"].items()}


BE = {"get": "be", "gets": "is", "got": "was", "gotten": "been", "getting": "being"}


def passive_be(match: re.Match) -> str:
    """"got" before a past participle is the passive's "was"; before anything else ("got
    the report", "got worse") it stays."""
    get, following = match.group(1), match.group(2)
    return BE[get] + " " if participle(following) else match.group()


def participle(word: str) -> bool:
    """A past participle: a regular "-ed" form, or an irregular one WordNet knows ("kept")."""
    if len(word) > 4 and word.endswith("ed"):
        return True
    base = verb_base(word)  # "worse" -> bad: an adjective's form, no participle
    return bool(base) and can_be_verb(base) and not word.endswith("s")


def matching_case(written: str, full: str) -> str:
    """The spelled-out words capitalised as the abbreviation was ("Govt" -> Government)."""
    return full[0].upper() + full[1:] if written[:1].isupper() else full


@lru_cache(maxsize=1)
def intensifiers() -> frozenset[str]:
    return frozenset(line for line in INTENSIFIERS.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def unstressed(text: str) -> str:
    """The text without adverbs of emphasis before the word they stress."""
    tokens = text.split(" ")
    kept = [token for i, token in enumerate(tokens)
            if not (token.lower() in intensifiers() and i + 1 < len(tokens)
                    and tokens[i + 1][:1].isalpha()
                    and tokens[i + 1].lower().strip(".,;:!") not in PREPOSITIONS)]
    return " ".join(kept)
