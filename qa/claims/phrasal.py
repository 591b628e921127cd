"""A phrasal verb of the claim stated by the single verb reports use for it: "pulling the
troops out" by "to withdraw uniformed personnel", "turning the mission into" by "convert the
mission into", "handed over" by "the transfer".

A reader writes everyday phrasal verbs where a report writes one Latinate verb; the particle
is a stopword (or one of `particles.CONTENT_PARTICLES`, "pushed back on", then stated with the
verb), and the verb's own stem ("pull", "turn") is not the report's, so coverage counts the
claim's verb unstated. Where the claim has them is `qa.claims.particles`'s reading. `qa/data/phrasal_verbs.tsv` (general English, written for
qa, also read by the question expansion) gives the single verbs; the sentence states one in
any form its stem or a WordNet derivation gives ("the withdrawal"). The particle may stand
after the verb's object ("pulling the troops out"), within PARTICLE_REACH words, in the
same clause. `check.align` counts the verb's terms as stated, for support only, like a
derived form. Where the hand-written table has no row for the phrase, the one generated from
WordNet's two-word verb lemmas (`qa/search/data/wordnet_phrasal.txt`,
`tools/wordnet_phrasal.py`: "leave out" -> exclude omit) gives the single verbs, less any that
is another verb's irregular form ("found", find's, for "set up"); a generated single verb is
stated by its own stem only, not by WordNet's derivations of it: two links in a row drift
("focus on" -> center -> "central")."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, verb_base
from .facts import Parsed, Token, remembered
from .forms import derived_stems, irregular_stem
from .light_verbs import verb_noun_spans
from .particles import OWN_STEM, phrasal_spans
from .past_forms import past_form
from .verb_position import verb_placed
from .verb_phrases import verb_phrase_spans
from .vocabulary import Vocabulary

def phrasals_of(claim: Parsed):
    """`phrasal_of` the claim's words."""
    return phrasal_of(tuple(claim.tokens))


def claim_phrasals(claim: Parsed):
    """`phrasals_of`, remembered on the claim's parse: hashing its tokens for the table cost
    more than the look-up, sentence after sentence."""
    return remembered(claim, ("phrasal",), phrasals_of, claim)


def phrasal_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's phrasal verbs whose single verb the sentence states."""
    found = set()
    for terms, singles, governing in claim_phrasals(claim):
        if not set(terms) <= sentence.terms and states_one(singles, sentence, vocab) \
                and set(governing) <= said_by(sentence, vocab):
            found.update(terms)
    return frozenset(found)


@lru_cache(maxsize=1024)
def phrasal_of(tokens: tuple[Token, ...]
               ) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
    """Each phrasal verb of the claim: its verb's and particle's terms, the single verbs for
    it, and the terms of the verb it is the object of, if any ("recommended turning the
    mission into": what was done with the turning is that verb's fact, and a sentence that
    does not state it, "offered options, one to convert the mission", states no turning the
    claim makes) (remembered: a claim is aligned with every sentence of eight passages)."""
    found = []
    # a verb and its bare noun ('took part': participated) read as a verb and its particle;
    # a verb phrase ('got rid of': eliminated) too, its words all in a row and all its own
    # (a particle's verb has its object between them: "pulling the troops out")
    for spans, in_a_row in ((phrasal_spans(tokens) + verb_noun_spans(tokens), False),
                            (verb_phrase_spans(tokens), True)):
        for i, j, singles in spans:
            token = tokens[i]
            before = tokens[i - 1] if i and not token.brk else None
            governing = before.terms if before is not None and before.word.isalpha() \
                and past_form(before.word) and token.word.lower().endswith("ing") else ()
            places = range(i, j + 1) if in_a_row else (i, j)
            found.append((sum((tokens[k].terms for k in places), ()), singles, governing))
    return tuple(found)


def states_one(singles: str, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence states one of the single verbs, in any form."""
    said = said_by(sentence, vocab)
    if singles.startswith(OWN_STEM):
        # by its own stem, in a verb's place: "polar bears" states no "give birth"
        # (`verb_position`)
        return any(set(vocab.analyzer.terms(verb)) & said
                   and stated_as_verb(verb, set(vocab.analyzer.terms(verb)), sentence, vocab)
                   for verb in singles[len(OWN_STEM):].split())
    return any(stems_of(verb, vocab) & said for verb in singles.split())


def stated_as_verb(verb: str, terms: set[str], sentence: Parsed, vocab: Vocabulary) -> bool:
    """A word of the sentence with one of the verb's terms (or their irregular form: "bore")
    that is no homograph of the verb in a noun's place: the verb's own form ("bears") must
    stand where a verb can (`verb_position.verb_placed`); a derived noun ("the removal" for
    "remove") states it anywhere."""
    tokens = sentence.tokens
    return any(verb_placed(tokens, k) or not own_form(token.word.lower(), verb)
               for k, token in enumerate(tokens)
               if terms & ({*token.terms} | {s for t in token.terms
                                             for s in [irregular_stem(t, vocab.analyzer)] if s}))


def own_form(word: str, verb: str) -> bool:
    """The word is the verb or one of its inflections ("bears", "bore" for "bear"), not a
    word derived from it ("removal")."""
    return word == verb or verb in base_forms(word) or verb_base(word) == verb


def said_by(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The sentence's terms and the stems of its irregular forms ("withdrew": withdraw): the
    sentence's alone, remembered on its parse (asked for each phrasal verb of claim after
    claim, it went through every term of the sentence each time)."""
    return remembered(sentence, ("said by", vocab), find_said_by, sentence, vocab)


def find_said_by(sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(
        sentence.terms | {s for t in sentence.terms
                          for s in [irregular_stem(t, vocab.analyzer)] if s})


@lru_cache(maxsize=1024)
def stems_of_cached(verb: str, analyzer) -> frozenset[str]:
    return frozenset(analyzer.terms(verb)) | derived_stems(verb, analyzer)


def stems_of(verb: str, vocab: Vocabulary) -> frozenset[str]:
    """The verb's stem and those of its derived forms ("withdraw": withdrawal)."""
    return stems_of_cached(verb, vocab.analyzer)
