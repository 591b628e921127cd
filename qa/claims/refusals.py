"""A verb of refusal is a negation and a predicate at once ("refused", "denied", "failed"):
"refused to sign" denies the signing, but "refused the deal" and "the deal was refused by the
movement" state the refusing itself, which other words of the same side state as well
("rejected", "turned down": `exclusive_predicates.tsv` lists them on one side of a row, against
"approved", "accepted", ...).

Read as a negation only, the refusal set the words after it against a sentence stating the
same act in other words: "The deal was refused by the movement" was contradicted (0.9) by "the
deal was rejected by the movement" (the negation denies "movement", the sentence affirms it),
and "refused to accept the deal" was not found by it ("accept" unstated, though "rejected" says
it is not accepted).

- `refusal_restated`: no polarity conflict where the denying side's cue is such a verb and the
  other side states, in the clause of the denied word, a word of the cue's own side of a row.
  A different act there ("signed", "accepted") is still set against it, by the negation or by
  the row itself.
- `refused_terms`: a claim word denied by a verb of refusal ("refused to accept") is stated
  where the sentence writes a word of the refusal's side of the row whose other side has the
  denied word ("rejected"). Only that way round: the sentence's act entails the claim's denial
  ("rejected" is "did not accept"), and only for a cue that is itself a word of the row, so a
  bare "not" is never lent an opposite ("did not deploy" is not "withdrew").
"""
from __future__ import annotations

from functools import lru_cache

from .facts import BE, CLAUSE_MARK_RE, SCOPE_BREAKERS, Parsed, Token, agent_follows, negation_cues
from ..search.wordnet import TABLE, entry, inflections
from ..text.lexicon import exclusive_predicates
from .vocabulary import Vocabulary

REACH = 8  # words between the denied word and the other side's word of refusal, in one clause


def cue_side(cue: str, vocab: Vocabulary) -> list[tuple[set[str], set[str]]]:
    """(the cue's side, the other side) of each row of exclusive predicates that lists the cue
    word (a negation such as "refused", "denied", "failed")."""
    stems = vocab.stems(cue)
    if not stems:
        return []
    return [(a, b) if stems <= a else (b, a) for a, b in vocab.exclusive
            if stems <= a or stems <= b]


def role(text: Parsed, term_at: int, verb_at: int) -> str:
    """"agent" or "object": the role of the word at `term_at` to the verb at `verb_at`, by
    the voice ("was refused by the board": the agent after "by"; "the board rejected": the
    agent before an active verb; "rejected the offer", "the offer was rejected": the object)."""
    tokens = text.tokens
    if term_at > verb_at:
        by = verb_at + 1 < len(tokens) and tokens[verb_at + 1].word.lower() == "by"
        return "agent" if by else "object"
    before = tokens[verb_at - 1].word.lower() if verb_at else ""
    return "object" if before in BE else "agent"


AGENT_REACH = 6  # words of the refuser's name before an active verb or after "by"


def agent_words(text: Parsed, verb_at: int) -> set[str]:
    """The terms of who did the verb at `verb_at`: the words after "by" of a passive, else the
    words before an active verb, in its clause; none for a passive without its agent."""
    tokens = text.tokens
    if verb_at + 1 < len(tokens) and tokens[verb_at + 1].word.lower() == "by":
        span = range(verb_at + 2, min(len(tokens), verb_at + 2 + AGENT_REACH))
    elif verb_at and tokens[verb_at - 1].word.lower() in BE:
        return set()
    else:
        span = range(verb_at - 1, max(-1, verb_at - 1 - AGENT_REACH), -1)
    found = set()
    for k in span:
        if not one_clause(text, verb_at, k):
            break
        found.update(tokens[k].terms)
        word = tokens[k].word.strip("()")
        if len(word) > 1 and word.isupper():  # "the CMA" for "Coordination of Azawad Movements"
            found.add(word.lower())
    capitals = [tokens[k].word for k in span if tokens[k].word[:1].isupper()]
    if len(capitals) > 1:
        found.add("".join(w[0] for w in capitals).lower())
    return found


def same_agent(denier: Parsed, cue_at: int, other: Parsed, verb_at: int) -> bool:
    """The refusal and the other text's word of refusal have the same doer, or the denier
    names none: "The government refused the deal" is not restated by "the deal was rejected
    by the movement"."""
    mine = agent_words(denier, cue_at)
    return not mine or bool(mine & agent_words(other, verb_at))


PARAPHRASES = TABLE.with_name("wordnet_paraphrases.txt")  # as `paraphrase` reads it


def paraphrased_by(word: str, other: str) -> bool:
    """`other` is a form of a WordNet paraphrase of `word` (`paraphrase.paraphrased_by`, which
    this module cannot import: `paraphrase` reads `compare`, which reads this module)."""
    kin = {w for form in inflections(word) for w in (entry(form, PARAPHRASES) or "").split("|")
           if w}
    return not kin.isdisjoint(inflections(other))


@lru_cache(maxsize=1)
def sides() -> tuple[frozenset[str], ...]:
    """The words of each side of each row of `exclusive_predicates.tsv`, as written."""
    return tuple(frozenset(side.split()) for row in exclusive_predicates() for side in row)


def same_side(word: str, other: str) -> bool:
    """The two words (lower case) stand on one side of a row of exclusive predicates, the
    second a WordNet paraphrase of the first ("refused" / "rejected"; not "fighting" /
    "struggled", which no row lists)."""
    return any(word in side and other in side for side in sides()) \
        and (word == other or paraphrased_by(word, other))


def restates(cue: str, token: Token, side: set[str]) -> bool:
    """The word is of the cue's side of the row and the cue itself or a WordNet paraphrase of
    it ("refused" / "rejected", "declined"): not every word of the side, since "opposed" or
    "disputed" a plan is not to have refused it (a word of those who cannot decide)."""
    word = token.word.lower()
    return bool(side & set(token.terms)) and (word == cue or paraphrased_by(cue, word))


def one_clause(text: Parsed, i: int, j: int) -> bool:
    """No mark that ends a clause and no word opening a contrast ("but", "while") between the
    text's i-th and j-th words (`compare.same_clause`, which reads this module, without its
    reading of "not yet")."""
    tokens = text.tokens
    return not any(tokens[k].word.lower() in SCOPE_BREAKERS
                   or tokens[k].brk and CLAUSE_MARK_RE.search(text.text, tokens[k - 1].end,
                                                             tokens[k].start)
                   for k in range(min(i, j) + 1, max(i, j) + 1))


def near_side(denier: Parsed, span: tuple[int, int], other: Parsed, term: str,
              side: set[str], alike: bool = False) -> bool:
    """A word of `side` within REACH words of `term`'s first place in `other`, in its clause,
    the word in the same role to it as to the denier's cue: a company that "refused the
    board's offer" is not restated by "the board rejected the company's offer". With `alike`,
    any word of the side, by any doer (`refusal_alike`)."""
    cue_at = next((k for k, t in enumerate(denier.tokens) if t.start >= span[0]), None)
    cue = denier.tokens[cue_at].word.lower() if cue_at is not None else ""
    mine = next((k for k, t in enumerate(denier.tokens) if term in t.terms), None)
    theirs = next((k for k, t in enumerate(other.tokens) if term in t.terms), None)
    if cue_at is None or mine is None or theirs is None:
        return False
    wanted = role(denier, mine, cue_at)
    for j in range(max(0, theirs - REACH - 1), min(len(other.tokens), theirs + REACH + 2)):
        word = other.tokens[j]
        if j != theirs and (side.intersection(word.terms) if alike else restates(cue, word, side)) \
                and one_clause(other, theirs, j) and role(other, theirs, j) == wanted \
                and (alike or same_agent(denier, cue_at, other, j)):
            return True
    return False


def refusal_restated(denier: Parsed, span: tuple[int, int], other: Parsed, term: str,
                     vocab: Vocabulary) -> bool:
    """The denying text's cue is a verb of refusal whose side of a row the other text states
    beside the word ("refused by the movement" / "rejected by the movement")."""
    cue = denier.text[span[0]:span[1]].split()[0].lower()
    return any(near_side(denier, span, other, term, mine) for mine, _ in cue_side(cue, vocab))


def refusal_alike(denier: Parsed, span: tuple[int, int], other: Parsed, term: str,
                  vocab: Vocabulary) -> bool:
    """The denying text's cue is a verb of refusal and the other text has, beside the word in
    the same role, any word of the cue's side of its row ("refused the findings" / "disputed
    the findings"): no paraphrase, so no support (`restates`), but no affirmation either. Both
    set themselves against the word, whoever does it; read as the sentence affirming it, a
    true claim was called contradicted (round 74, branch sc81)."""
    cue = denier.text[span[0]:span[1]].split()[0].lower()
    return any(near_side(denier, span, other, term, mine, alike=True)
               for mine, _ in cue_side(cue, vocab))


def refused_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's words denied by a verb of refusal that the sentence states by the refusal's
    side of their row ("refused to accept the deal" / "rejected the deal")."""
    found = set()
    for term, span in claim.negated.items():
        if term in sentence.terms:
            continue
        cue_at = next(k for k, t in enumerate(claim.tokens) if t.start >= span[0])
        cue = claim.tokens[cue_at].word.lower()
        for mine, theirs in cue_side(cue, vocab):
            if term in theirs and any(restates(cue, t, mine)
                                      and same_agent(claim, cue_at, sentence, j)
                                      for j, t in enumerate(sentence.tokens)):
                found.add(term)
    return frozenset(found)


def refused_alike(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """Every word the claim denies, it denies by a verb of refusal the sentence restates: the
    claim's negation is the sentence's refusal, not a negation the sentence lacks."""
    lent = refused_terms(claim, sentence, vocab)
    passive = [i for i in negation_cues(claim) if agent_follows(claim.tokens, i)]
    if passive and not claim.negated:  # "was refused by the board": it denies no word after it
        return all(agent_restated(claim, i, sentence, vocab) for i in passive)
    return bool(claim.negated) and all(
        term in lent or refusal_restated(claim, span, sentence, term, vocab)
        for term, span in claim.negated.items())


def agent_restated(claim: Parsed, cue_at: int, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim's passive refusal with its agent ("the offer was refused by the board") is
    restated by the sentence: a word of the cue's side of a row (the cue or a WordNet paraphrase,
    "rejected") done by the same agent."""
    cue = claim.tokens[cue_at].word.lower()
    return any(restates(cue, token, mine) and same_agent(claim, cue_at, sentence, j)
               for mine, _ in cue_side(cue, vocab)
               for j, token in enumerate(sentence.tokens))
