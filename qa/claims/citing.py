"""What the evidence says of a claim's citation (`qa.claims.cited`): whether the supporting
sentence's document names the source the claim cites (and the citation's year), and whether
the sentence itself gives the claim's content to another speaker.

Who a report's sentence speaks for: a sentence in the document's own voice ("On 11 November,
Côte d'Ivoire informed the UN ...") speaks for the document, so a claim citing the document
("According to Crisis Group, ...") is stated when the document names Crisis Group anywhere
(its title, header, byline, any passage: `document_names`) and, for a dated citation, names
its year (`document_dates`: the year is the document's, never compared with the event's
dates). A sentence that gives its content to a named speaker ("London says the Malian
government has become uncooperative") speaks for that speaker: a claim citing another one
("Bamako says ...", "According to Human Rights Watch, ...") is not stated by it, however
well the rest matches (`spoken_otherwise`); a speaker the claim's content names itself
("According to Crisis Group, Côte d'Ivoire informed ...") is part of the content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.acronyms import acronym_letters
from ..text.lexicon import capital_cities, country_names
from ..types import Attribution
from .cited import YEAR, Citation
from .facts import Mention, Parsed, parse
from .identity import document_range, headings, passages_in, states_terms
from .sayings import Saying, named_with, sayings
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Speaker:
    """A named speaker of a sentence: the words naming it, their terms and countries."""
    text: str
    terms: frozenset[str]
    countries: frozenset[str]


def voices(sentence: Parsed, saying: Saying) -> list[Speaker]:
    """The names a saying's speaker goes by in the sentence: its own, and those before it in
    its clause (`sayings.named_with`: "Mali's Foreign Minister Abdoulaye Diop")."""
    return [speaker_of(sentence, m) for m in named_with(sentence, saying.speaker)]


def speaker_of(sentence: Parsed, name: Mention) -> Speaker:
    """The name as a speaker: its terms as the parse reads the name (dotted initials closed
    up: "U.N. High Commissioner" is "UN High Commissioner", `facts.undotted`), or those of
    its words (a country), and the countries it names."""
    countries = {m.value for m in sentence.mentions if m.kind == "country"
                 and m.start < name.end and m.end > name.start}
    countries |= countries_named(name.text)
    terms = name.value if isinstance(name.value, frozenset) else frozenset(
        t for token in sentence.tokens if name.start <= token.start < name.end
        for t in token.terms)
    return Speaker(name.text, terms, frozenset(countries))


def countries_named(text: str) -> set[str]:
    """The countries its words name, by a spelling or a capital ("Bamako" -> mali)."""
    found = set()
    for word in re.findall(r"[\w'\u2019]+", text.lower()):
        country = country_names().get(word) or capital_cities().get(word)
        if country:
            found.add(country)
    return found


def source_of(source: str, vocab: Vocabulary) -> Speaker:
    parsed = parse(source, vocab)
    countries = {m.value for m in parsed.mentions if m.kind == "country"} | countries_named(source)
    return Speaker(source, frozenset(parsed.terms), frozenset(countries))


def same(source: Speaker, speaker: Speaker) -> bool:
    """The speaker is the source: one's words are all the other's ("Crisis Group" /
    "International Crisis Group"), or both name the same country ("Bamako" / "Mali")."""
    if source.terms and speaker.terms and (source.terms <= speaker.terms
                                           or speaker.terms <= source.terms):
        return True
    return bool(source.countries & speaker.countries)


def in_content(speaker: Speaker, content: Parsed) -> bool:
    """The claim's content names the speaker itself ("Côte d'Ivoire informed the UN ...")."""
    if speaker.terms and speaker.terms <= content.terms:
        return True
    countries = {m.value for m in content.mentions if m.kind == "country"} \
        | countries_named(content.text)
    return bool(speaker.countries & countries)


def spoken_otherwise(citation: Citation, content: Parsed, sentence: Parsed,
                     vocab: Vocabulary, defined: dict[str, str] | None = None
                     ) -> Speaker | None:
    """The named speaker the sentence gives the claim's content to, when it is none of the
    claim's sources and the content does not name it ("London says ..." against "Bamako says
    ..."); None when the sentence speaks in its document's voice or for the source. A
    speaker gives the content when what it says (`sayings`) holds some of the claim's words
    the sentence has: one saying other things does not ("London says the government has
    become uncooperative" against a claim of what the Wagner Group did, told after it; "Côte
    d'Ivoire informed the UN ..." read with the next sentence, which tells the claim's). A
    source cited by an acronym is also the body the corpus spells out for it (`defined`, the
    index's acronyms): "according to the WRA" / "according to the Western Rivers Authority
    (WRA)", whose name the parse may cut at its "and" or "of"."""
    if not citation.named:
        return None
    shared = frozenset(content.terms & sentence.terms)
    said_by = [voices(sentence, s) for s in sayings(sentence) if s.words & shared]
    if not said_by:
        return None
    sources = [source_of(s, vocab) for s in citation.sources] + [
        source_of(defined[letters], vocab) for letters in map(acronym_letters, citation.sources)
        if defined and letters in defined]
    if any(same(source, name) for source in sources for names in said_by for name in names):
        return None
    return next((names[0] for names in said_by
                 if not any(in_content(name, content) for name in names)), None)


def short_forms(source: str) -> list[str]:
    """The name and the shorter names a document may give it: the words before its
    prepositional tail ("Harrow Centre" for "Harrow Centre for Maritime Studies") and its last
    two words ("Crisis Group" for "International Crisis Group"), two words at least."""
    forms = [source]
    words = source.split()
    head = next((words[:i] for i, w in enumerate(words) if w.lower() in ("of", "for")), words)
    if 2 <= len(head) < len(words):
        forms.append(" ".join(head))
    if len(head) >= 3:
        forms.append(" ".join(head[-2:]))
    return forms


def per_document(index, passage_id: int, key: tuple, make):
    """`make()` for the document of `passage_id`, remembered on the index (as `bodies.Bodies`
    keeps its long forms): what a document names depends on the document alone, and a cited
    claim's two readings ask it of each supporting sentence and of their first evidence."""
    span = document_range(index, passage_id)
    memo = index.__dict__.setdefault("_citing_documents", {})
    at = (span.start, span.stop, *key)
    if at not in memo:
        memo[at] = make()
    return memo[at]


def document_names(index, passage_id: int, source: str, vocab: Vocabulary) -> int | None:
    """The passage of the evidence's document that names `source` or a short form of it
    (-1 for its title or a heading), or None. Remembered per document (`per_document`)."""
    return per_document(index, passage_id, ("names", source),
                        lambda: first_naming(index, passage_id, source, vocab))


def first_naming(index, passage_id: int, source: str, vocab: Vocabulary) -> int | None:
    for form in short_forms(source):
        where = names_form(index, passage_id, form, vocab)
        if where is not None:
            return where
    return None


def names_form(index, passage_id: int, source: str, vocab: Vocabulary) -> int | None:
    """The passage of the evidence's document that names `source` (-1 for its title or a
    heading), or None: every word of the name in one passage or heading."""
    terms = vocab.analyzer.terms(source)
    if not terms:
        return None
    if any(set(terms) <= set(vocab.analyzer.terms(h)) for h in headings(index, passage_id)):
        return -1
    span = document_range(index, passage_id)
    return next((q for q in passages_in(index, terms[-1], span)
                 if states_terms(index.passages[q].text, terms, vocab)), None)


def document_dates(index, passage_id: int, year: str) -> bool:
    """The evidence's document may be dated in the citation's year: it names the year (its
    title, a heading or any passage), or names none later (a report written in 2023 about
    the years before may name none of 2023). A year before one the document names, and that
    it never names, is not its date ("(Tideline, 2019)" for a report that tells of 2021).
    Remembered per document (`per_document`)."""
    return per_document(index, passage_id, ("dates", year),
                        lambda: dated_in(index, passage_id, year))


def dated_in(index, passage_id: int, year: str) -> bool:
    titles = headings(index, passage_id)
    if any(re.search(rf"\b{year}\b", h) for h in titles):
        return True
    span = document_range(index, passage_id)
    if passages_in(index, year, span):
        return True
    named = [int(y) for text in titles + [index.passages[q].text for q in span]
             for y in YEAR_RE.findall(text)]
    return bool(named) and int(year) > max(named)


YEAR_RE = re.compile(rf"\b({YEAR})\b")


def documented(index, passage_id: int, citation: Citation, sentence: Parsed,
               vocab: Vocabulary) -> tuple[bool, int | None, bool]:
    """Whether the evidence's document states the citation: (one of) its sources named by
    the sentence or its document, with that source's year; and where the source was found
    (a passage id, -1 for the title) and whether the year was."""
    if not citation.named:
        dated = not citation.year or document_dates(index, passage_id, citation.year)
        return dated, None, dated
    for n, source in enumerate(citation.sources):
        year = citation.years[n] if n < len(citation.years) else citation.year
        own = source_of(source, vocab)
        where = passage_id if own.terms and own.terms <= sentence.terms \
            else document_names(index, passage_id, source, vocab)
        if where is None:
            continue
        dated = not year or document_dates(index, passage_id, year)
        return dated, where, dated
    year = citation.year or (citation.years[0] if citation.years else "")
    return False, None, not year or document_dates(index, passage_id, year)


def attribution_of(index, citation: Citation, passage_id: int | None, sentence: Parsed | None,
                   content: Parsed, reading: str, vocab: Vocabulary) -> Attribution:
    """What the result shows of the citation against its first evidence (none: not asked)."""
    if passage_id is None or sentence is None:
        return Attribution(citation.frame, citation.sources, citation.year or None, reading)
    stated, where, dated = documented(index, passage_id, citation, sentence, vocab)
    other = spoken_otherwise(citation, content, sentence, vocab, index.acronyms)
    named_at = None
    if where is not None:
        entry = index.sources[index.document_of(passage_id)]
        named_at = f"{entry['source']} (title or heading)" if where == -1 \
            else f"{entry['source']} ¶{index.passages[where].paragraph}"
    return Attribution(citation.frame, citation.sources, citation.year or None, reading,
                       named=where is not None if citation.named else None,
                       named_in=named_at, year_named=dated if citation.year else None,
                       other_speaker=other.text if other else None)
