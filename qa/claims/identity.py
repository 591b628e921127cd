"""Facts of identity a claim adds to its event, checked in the whole document the sentence
comes from: who a name is ("the Russian private security company Wagner Group", "Egypt,
MINUSMA's third-largest troop contributor,") and who the claim is attributed to ("According to
Crisis Group, ..."), which one of a kind a year names ("the 2015 peace agreement") and whose a
name is ("Russia's Wagner Group", where the document says "the Wagner Group, a Russian ..."). A
report says once who Wagner is, who wrote it and when the agreement was signed, and then
reports the event without repeating any; a sentence stating the event, in a document that puts
the same description next to the same name (or names the source the claim is attributed to,
or puts the year next to the same noun), states the whole claim. A description the document
never puts next to the name is checked as before, by the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..search.lookup import stored
from ..search.wordnet import can_be_verb
from .around import attributive, heads
from .attribution import attributed
from .byline import bylines
from .compare import superlative_bases
from .general import general_words
from .facts import (ORDINAL_RE, POSSESSIVE_ENDINGS, Mention, Parsed, Token, parse, prefixed_denials,
                    words_of)
from .vocabulary import Vocabulary

DETERMINERS = frozenset("the a an".split())
# how many words a description may have, and how far from the name the document may put
# each of its words ("Egypt, the mission's third-largest troop contributor,": 6)
DESCRIPTION_WORDS = 6
REACH = 8
RELATIVES = frozenset("which who whom whose where that when".split())


@dataclass(frozen=True)
class Known:
    """What a document states of a claim's identities."""
    terms: frozenset[str] = frozenset()  # the words of the descriptions it states
    mentions: frozenset[int] = frozenset()  # the claim's mentions inside them, or attributed to
    # the claim's years naming a thing the document dates the same way: (the year's mention,
    # its noun's modifiers, its noun), for a sentence that names the noun
    years: tuple[tuple[int, frozenset[str], frozenset[str]], ...] = ()
    # the claim's mentions the document states away from the sentence, with the words that
    # state them ("Russia": "the Wagner Group, a Russian"), for the report
    shown: tuple[tuple[int, str], ...] = ()


NOTHING_KNOWN = Known()


@dataclass(frozen=True)
class Identity:
    """A description of one of the claim's names, or a name the claim is attributed to."""
    name: int  # the claim mention described, or attributed to
    terms: frozenset[str]  # the description's words (empty for an attribution)
    mentions: tuple[int, ...]  # the claim's mentions inside the description, or the name
    head: frozenset[str] = frozenset()  # for a year naming a thing: the noun it dates
    country: str = ""  # for a country owning the name ("Russia's Wagner Group"): its value
    # for the author of what the claim cites ("a Harbor Trust study said", `byline`): the
    # terms of the frame's noun and verb, stated with the name by a document naming it
    frame: frozenset[str] = frozenset()
    byline: bool = False  # the name must be the document's own (`in_byline`)


def identities(claim: Parsed, background: set[str], vocab: Vocabulary) -> list[Identity]:
    """The claim's descriptions of a name, before it after a determiner ("the Russian private
    security company Wagner Group") or after it between commas, starting with a determiner or
    an owner ("Egypt, MINUSMA's third-largest troop contributor, suspended"), and the names
    it is attributed to. The corpus's setting inside a description may go unsaid ("the
    mission's" for "MINUSMA's")."""
    found = []
    authors = bylines(claim)
    for n, name in enumerate(claim.mentions):
        if name.family == "year":
            found += dated_noun(claim, n)
        if name.family != "name":
            continue
        owned = owned_name(claim, n)
        if owned is not None:  # "Russia's Wagner Group": the country says whose
            found.append(Identity(owned, frozenset(), (n,), country=name.value))
            continue
        if attributed(claim, name):
            found.append(Identity(n, frozenset(), (n,)))
            continue
        if n in authors:
            frame = frozenset(t for i in authors[n] for t in claim.tokens[i].terms)
            found.append(Identity(n, frozenset(), (n,), frame=frame, byline=True))
            continue
        for words in (premodifiers(claim, name), appositive(claim, name)):
            if not words:
                continue
            start, end = words[0].start, words[-1].end
            inside = tuple(k for k, m in enumerate(claim.mentions)
                           if start <= m.start < end and m.text not in background)
            setting = {t for m in claim.mentions if m.family == "name" and m.text in background
                       and start <= m.start < end for t in vocab.analyzer.terms(m.text)}
            terms = frozenset(t for w in words for t in w.terms) - setting
            if terms:
                found.append(Identity(n, terms, inside))
    return found


def dated_noun(claim: Parsed, n: int) -> list[Identity]:
    """A year between a determiner and a common noun ("the 2015 peace agreement", `attributive`)
    says which agreement, not when the claim's event happened: the noun phrase after it, its
    last word that WordNet gives a hypernym (a noun; no adverb) the head the sentence must name
    ("the agreement"), the words before the head stated by the document wherever it puts them
    near the year ("the peace agreement signed in 2015")."""
    year = claim.mentions[n]
    if not attributive(claim, year):
        return []
    words = []
    for token in (t for t in claim.tokens if t.start >= year.end):
        if not token.terms or not token.word.isalpha() or not token.word.islower() \
                or token.brk or len(words) == DESCRIPTION_WORDS \
                or can_be_verb(token.word) and token.word.endswith(("ed", "ing")):
            break  # a break before the token, or a verb, ends the phrase
        words.append(token)
    while words and not general_words(words[-1].word):
        words.pop()  # "the 2011 accord soon after": the noun is the last word WordNet has as one
    if not words:
        return []
    head = frozenset(words[-1].terms)
    return [Identity(n, frozenset(t for w in words for t in w.terms), (n,), head)]


# between a country and the name it owns: the possessive alone ("Russia's Wagner Group")
OWNER_RE = re.compile(r"['’]s\s+")


def owned_name(claim: Parsed, n: int) -> int | None:
    """The name the claim's n-th mention, a country, owns by a possessive right before it
    ("Russia's Wagner Group has ...", "France's Operation Barkhane left"), when the name ends
    its noun phrase (`around.heads`: in "Sweden's MINUSMA contingent" the country owns the
    contingent, a fact of its own)."""
    country = claim.mentions[n]
    if country.kind != "country":
        return None
    after = min((k for k, m in enumerate(claim.mentions) if m.start >= country.end),
                key=lambda k: claim.mentions[k].start, default=None)  # mentions go by family
    if after is None or claim.mentions[after].family != "name" \
            or claim.mentions[after].kind == "country" \
            or not OWNER_RE.fullmatch(claim.text[country.end:claim.mentions[after].start]) \
            or not heads(claim, claim.mentions[after]):
        return None
    return after


def premodifiers(claim: Parsed, name: Mention) -> list[Token]:
    """The words between a determiner and the name: "the [Russian private security company]
    Wagner Group"; none when a clause break or a function word stands between ("the primary
    responsibility to protect civilians in Mali" describes no Mali: "to" and "in" start
    phrases of their own)."""
    tokens = claim.tokens
    first = next((i for i, t in enumerate(tokens) if t.start >= name.start), None)
    if first is None or tokens[first].brk:
        return []
    k = first - 1
    while k >= 0 and tokens[k].word.lower() not in DETERMINERS and not tokens[k].brk \
            and first - k <= DESCRIPTION_WORDS:
        k -= 1
    if k < 0 or tokens[k].word.lower() not in DETERMINERS or k == first - 1:
        return []
    words = tokens[k + 1:first]
    if any(not t.terms for t in words):
        return []
    return words if any(t.word.islower() for t in words) else []


def appositive(claim: Parsed, name: Mention) -> list[Token]:
    """The words after the name between two commas, led by a determiner or an owner
    ("MINUSMA's"), with a common noun among them, not a relative clause."""
    tokens = claim.tokens
    after = next((i for i, t in enumerate(tokens) if t.start >= name.end), None)
    if after is None or not tokens[after].brk or claim.text[name.end:tokens[after].start].strip() != ",":
        return []
    end = next((k for k in range(after + 1, len(tokens)) if tokens[k].brk), None)
    if end is None or claim.text[tokens[end - 1].end:tokens[end].start].strip() != ",":
        return []
    words = tokens[after:end]
    lead = words[0].word
    if len(words) > DESCRIPTION_WORDS or lead.lower() in RELATIVES \
            or not (lead.lower() in DETERMINERS or lead.endswith(POSSESSIVE_ENDINGS)) \
            or not any(t.word.islower() and t.word.lower() not in DETERMINERS for t in words):
        return []
    return words[1:] if lead.lower() in DETERMINERS else words


def document_range(index, passage_id: int) -> range:
    """The passages of the document `passage_id` belongs to."""
    entry = index.sources[index.document_of(passage_id)] if index.sources else None
    if entry is None or not entry["first"] <= passage_id < entry["first"] + entry["count"]:
        return range(passage_id, passage_id + 1)
    return range(entry["first"], entry["first"] + entry["count"])


def known(index, passage_id: int, claim: Parsed, found: list[Identity], vocab: Vocabulary,
          memo: dict) -> Known:
    """The description terms and claim mentions that the document of `passage_id` states, as
    `identities` found them (`memo`: per document, for one claim)."""
    if not found:
        return NOTHING_KNOWN
    span = document_range(index, passage_id)
    if span.start not in memo:
        terms, mentions, years, shown = set(), set(), [], []
        for identity in found:
            name = claim.mentions[identity.name]
            if identity.country:
                phrase = country_near(index, span, name, identity.country, vocab)
                if phrase:
                    owner = claim.mentions[identity.mentions[0]]
                    terms |= set(vocab.analyzer.terms(owner.text))
                    mentions.update(identity.mentions)
                    shown.append((identity.mentions[0], phrase))
                continue
            if not (in_byline(index, span, name, vocab) if identity.byline
                    else in_document(index, span, name, identity.terms, vocab)):
                continue
            if identity.head and dated_otherwise(index, span, name, identity, vocab):
                continue  # "the 2013 peace agreement" too: which one, unsaid
            if identity.head:
                years.append((identity.name, identity.terms - identity.head, identity.head))
            else:
                terms |= identity.terms | identity.frame
                mentions.update(identity.mentions)
        memo[span.start] = Known(frozenset(terms), frozenset(mentions), tuple(years),
                                 tuple(shown))
    return memo[span.start]


def in_document(index, span: range, name: Mention, terms: frozenset[str],
                vocab: Vocabulary) -> bool:
    """Some passage of the document states the name, with every description term within REACH
    words of it (by the same term or a synonym)."""
    own = vocab.analyzer.terms(name.value if name.kind == "country" else name.text)
    if not own:
        return False
    for pid in passages_in(index, own[-1], span):
        text = index.passages[pid].text
        if not states_terms(text, own, vocab):
            continue
        if not terms:
            return True
        words = words_of(text, vocab)
        if not possibly_described(words.terms, terms, vocab):
            continue  # no window of it can state them: not read name by name
        for i in words.places.get(own[-1], ()):
            if describes(words.tokens[max(0, i - REACH - len(own)):i + REACH + 1], terms,
                         vocab):
                return True
    return False


# the passages at a document's end, where its back matter goes: the authors' notes ("X is
# a research lead with the Harbor Trust"), "about" notes, a footer ("Subscribe to X's updates")
BACK_MATTER = 3
# a writer naming the body they write for ("research by my organization, the Harbor Trust")
OWN_BODY_RE = re.compile(r"\b(?:my|our)\s+(?:organi[sz]ation|institute|centre|center|group|"
                         r"team|colleagues)\b", re.I)


def in_byline(index, span: range, name: Mention, vocab: Vocabulary) -> bool:
    """The document names the body as its own: in its title or a heading, in its back matter
    (its last BACK_MATTER passages), or where its writer calls the body theirs ("my
    organization, the Harbor Trust"). A body the document names elsewhere is one it speaks
    of or cites (a footnote's "International Crisis Group, ...", a meeting held "under
    the Tideway rule"), not who wrote it."""
    own = vocab.analyzer.terms(name.text)
    if not own:
        return False
    if any(set(own) <= set(vocab.analyzer.terms(h)) for h in headings(index, span.start)):
        return True
    back = range(max(span.start, span.stop - BACK_MATTER), span.stop)
    for pid in passages_in(index, own[-1], span):
        text = index.passages[pid].text
        if states_terms(text, own, vocab) and (pid in back or own_body(text, own, vocab)):
            return True
    return False


def own_body(text: str, own: list[str], vocab: Vocabulary) -> bool:
    """The passage calls the name the writer's own body ("my organization, Center for
    Harbors (CH)"): the name's terms within REACH words after "my"/"our organization"."""
    for found in OWN_BODY_RE.finditer(text):
        after = vocab.analyzer.terms(" ".join(text[found.end():].split()[:REACH]))
        if set(own) <= set(after):
            return True
    return False


def headings(index, passage_id: int) -> list[str]:
    """The evidence's document's title and the headings of its sections: its header lines
    ("Tideline Policy Institute | Briefing", "Published 12 June 2022") are kept as the section
    of the passages after them."""
    span = document_range(index, passage_id)
    entry = index.sources[index.document_of(passage_id)] if index.sources else None
    found = [entry["title"]] if entry is not None else []
    for q in span:
        section = index.passages[q].section
        if section and section not in found:
            found.append(section)
    return found


def country_near(index, span: range, name: Mention, country: str,
                 vocab: Vocabulary) -> str | None:
    """The words by which some passage of the document names the country (by name or
    adjective: "a Russian private security company") within REACH words of the name ("the
    Wagner Group, a Russian"): the document says whose the name is, as the claim's possessive
    does. None when no passage does."""
    own = vocab.analyzer.terms(name.text)
    if not own:
        return None
    for pid in passages_in(index, own[-1], span):
        passage = parse(index.passages[pid].text, vocab)
        places = [m for m in passage.mentions if m.family == "name" and m.kind != "country"
                  and m.value == name.value]
        owners = [m for m in passage.mentions if m.kind == "country" and m.value == country]
        for a in places:
            for b in owners:
                if len(WORDS_RE.findall(passage.text[min(a.end, b.end):max(a.start, b.start)])) \
                        <= REACH:
                    return passage.text[min(a.start, b.start):max(a.end, b.end)]
    return None


WORDS_RE = re.compile(r"\w+")


def passages_in(index, term: str, span: range) -> list[int]:
    """The passages of `span` (a document's) that have `term`, in order: the run of its
    postings (passage ids, ascending) that the span bounds, found by two bisections, as a
    document's name is looked up again for every claim naming it. The postings as the index
    holds them (`stored`): a small index's are no numpy arrays, and reading them loads no
    numpy."""
    ids, _ = stored(index, term)
    return [int(i) for i in ids[bisect_left(ids, span.start):bisect_left(ids, span.stop)]]


YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")


def dated_otherwise(index, span: range, year: Mention, identity: Identity,
                    vocab: Vocabulary) -> bool:
    """Some passage of the document puts the words of the noun a claim's year names within
    REACH words of another year ("the 2013 peace agreement" where the claim has "the 2015
    peace agreement"): the document has two of them, and a sentence naming the noun alone may
    mean either ("the 2013 status of forces agreement" is another kind)."""
    for term in identity.head:
        for pid in passages_in(index, term, span):
            words = words_of(index.passages[pid].text, vocab)
            for i in words.places.get(term, ()):
                near = words.tokens[max(0, i - REACH):i + REACH + 1]
                if any(YEAR_RE.fullmatch(t.word) and t.word != year.text for t in near) \
                        and describes(near, identity.terms, vocab):
                    return True
    return False


def states_terms(text: str, own: list[str], vocab: Vocabulary) -> bool:
    """Every term of `own` is among the text's terms as its parse has them (its words', and
    those its negative prefixes deny): a document's passages are read for a name's terms
    without parsing each (`parse`, ten times dearer)."""
    words = words_of(text, vocab)
    missing = [t for t in own if t not in words.terms]
    return not missing or all(t in prefixed_denials(words.tokens, vocab) for t in missing)


def possibly_described(stated: frozenset[str], terms: frozenset[str], vocab: Vocabulary) -> bool:
    """`describes` asked of a whole passage's terms (`stated`), of which a window's are some:
    where it fails, it fails for every window, and a document whose passages name a frequent
    name hundreds of times but never its description is not read window by window."""
    missing = [t for t in terms if t not in stated]
    if not missing:
        return True
    groups = passage_groups(stated, vocab)
    return all(not vocab.groups.get(t, EMPTY).isdisjoint(groups)
               or superlative_alike(t, stated, vocab) for t in missing)


EMPTY = frozenset()


@lru_cache(maxsize=1024)
def passage_groups(terms: frozenset[str], vocab: Vocabulary) -> frozenset[int]:
    """The synonym groups of a passage's terms: asked again for each claim whose name the
    passage has."""
    return frozenset(vocab.expand(terms))


def describes(near: tuple[Token, ...], terms: frozenset[str], vocab: Vocabulary) -> bool:
    """Every description term is one of the words' terms, a synonym of one
    (`Vocabulary.matches`), or, for a superlative, one of a synonymous adjective
    (`superlative_alike`); the words' synonym groups are looked up only for a term not among
    them that has any. A superlative the window ranks by an ordinal ("the third-largest")
    states only a description that gives the same rank: "the biggest contributor" is the
    first."""
    # (`outranked_by`'s first test before the call: most words are no superlative)
    stated = {t for k, w in enumerate(near) for t in w.terms
              if not (k and w.word.lower().endswith("est") and outranked_by(near, k, terms))}
    groups = None
    for term in terms:
        if term in stated:
            continue
        if vocab.groups.get(term):
            groups = vocab.expand(stated) if groups is None else groups
            if vocab.groups[term] & groups:
                continue
        if not superlative_alike(term, stated, vocab):
            return False
    return True


def outranked_by(near: tuple[Token, ...], k: int, terms: frozenset[str]) -> bool:
    """The word at `k` is a superlative right after an ordinal the description lacks."""
    return k > 0 and near[k].word.lower().endswith("est") \
        and bool(ORDINAL_RE.fullmatch(near[k - 1].word)) \
        and not set(near[k - 1].terms) <= terms


def superlative_alike(term: str, stated: set[str], vocab: Vocabulary) -> bool:
    """A superlative is stated by one of a synonymous adjective ("the third-biggest
    contributor" / "the third-largest contributor"), which the stemmer leaves whole."""
    groups = vocab.expand(superlative_bases(term, vocab))
    return bool(groups) and any(groups & vocab.expand(superlative_bases(t, vocab))
                                for t in stated)
