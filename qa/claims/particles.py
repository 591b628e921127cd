"""Where a claim has a phrasal verb, a verb and its particle ("pulled the troops out", "pushed
back on the plan"), and the single verbs reports use for it (`qa/data/phrasal_verbs.tsv`,
written for qa; else the table generated from WordNet's two-word verb lemmas,
`qa/search/data/wordnet_phrasal.txt`, `tools/wordnet_phrasal.py`). `qa.claims.phrasal` reads
the single verbs as stating the phrasal verb; the comparisons (`compare`, `opposition`) read
a particle that is no stopword ("back", "away") as the phrasal verb's, not as a word of its
own with antonyms or an exclusive partner ("pushed back on" is no "backed" against
"opposed"). Apart from `qa.claims.phrasal` because the comparisons read it and `phrasal`
reads them."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..search.wordnet import TABLE, verb_base
from ..text.lexicon import phrasal_verbs
from .compounds import firsts
from .facts import Parsed, Token, remembered

PARTICLE_REACH = 4  # "pulling the UN troops out": the verb, an object of up to three words
WORDNET_PHRASAL = TABLE.with_name("wordnet_phrasal.txt")
OWN_STEM = "="  # opens the single verbs of a generated row
# particles of both tables that are no stopwords ("pushed back on", "moved away"): read as a
# particle only where a table has a row for the verb and it, and then stated with the verb
CONTENT_PARTICLES = frozenset({"away", "back"})


def generated_rows(path: Path) -> Iterator[tuple[tuple[str, ...], str]]:
    """Each row of a table of phrases generated from WordNet (this one, `light_verbs`',
    `verb_phrases`'): the phrase's words and its single verbs, leaving out single verbs that
    are irregular forms of other verbs, marked as stated by the verb's own stem only
    (`phrasal.states_one`); a row left with none is skipped."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, singles = line.split("\t")
            kept = " ".join(w for w in singles.split() if not verb_base(w))
            if kept:
                yield tuple(phrase.split()), OWN_STEM + kept


def verb_bases(word: str) -> frozenset[str]:
    """The word (in lower case) and its bases as a verb: its base forms and the verb an
    irregular form is ("left" -> leave, "cutting" -> cut, "got" -> get)."""
    verb = verb_base(word)
    return firsts(word) | {verb} if verb else firsts(word)


@lru_cache(maxsize=1)
def wordnet_phrasal() -> dict[tuple[str, str], str]:
    """{(verb, particle): its single verbs} from the WordNet table (`generated_rows`)."""
    return dict(generated_rows(WORDNET_PHRASAL))


@lru_cache(maxsize=1024)
def phrasal_spans(tokens: tuple[Token, ...]) -> tuple[tuple[int, int, str], ...]:
    """(the verb's place, the particle's place, the single verbs) of each phrasal verb of the
    claim: the particle within PARTICLE_REACH words after the verb, in its clause, past the
    object's words (remembered: a claim is aligned with every sentence of eight passages)."""
    found, table, generated = [], phrasal_verbs(), wordnet_phrasal()
    for i, token in enumerate(tokens):
        if not token.word.isalpha() or not token.terms:
            continue
        bases = firsts(token.lower)
        more = verb_bases(token.lower)  # "left" -> leave, "cutting" -> cut
        for j in range(i + 1, min(i + 1 + PARTICLE_REACH, len(tokens))):
            if tokens[j].brk:
                break  # a clause ends: "pulled, out of" is no phrasal verb
            particle = tokens[j].lower
            if tokens[j].terms and particle not in CONTENT_PARTICLES \
                    or not tokens[j].word.isalpha():
                continue  # the object's words
            singles = first_row(table, bases, particle) \
                or first_row(generated, more, particle)
            if singles:
                found.append((i, j, singles))
                break
    return tuple(found)


def first_row(table: dict, bases, particle: str):
    """The table's row of the first base with the particle, None without. A loop, not
    `next(...)` over a generator: asked of each word after each verb of every text parsed,
    where a generator was made at every ask."""
    for base in bases:
        if (base, particle) in table:
            return table[(base, particle)]
    return None


def is_particle(claim: Parsed, token: Token) -> bool:
    """The token is a particle of one of the claim's phrasal verbs that is no stopword ("back"
    in "pushed back on the plan"): no verb "back" of its own to oppose ("opposed")."""
    return token.word.lower() in CONTENT_PARTICLES and set(token.terms) <= particle_terms(claim)


def phrasal_verb_meanings(text: Parsed) -> dict[int, str]:
    """{the place of a verb that heads a phrasal verb: the phrase's single verbs}, remembered
    on the text's parse ("carried" in "the search was carried out": conduct, perform): such
    a verb stands for the phrase, whose meaning its verb alone does not carry (carry out is
    no carrying)."""
    return remembered(text, ("phrasal verb meanings",), lambda: {
        i: singles.replace(OWN_STEM, " ") for i, _, singles in phrasal_spans(tuple(text.tokens))})


def particle_terms(claim: Parsed) -> frozenset[str]:
    """The terms of the claim's particles that are no stopwords, remembered on its parse (asked
    for each sentence)."""
    return remembered(claim, ("content particles",), lambda: frozenset(
        t for _, j, _ in phrasal_spans(tuple(claim.tokens))
        if claim.tokens[j].word.lower() in CONTENT_PARTICLES for t in claim.tokens[j].terms))
