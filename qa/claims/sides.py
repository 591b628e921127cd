"""Whether the actor a sentence names in the claim actor's stead stands in the claim actor's
role: on the same side of a verb both texts state, once their voices are accounted for.

A contradiction by an actor needs the same event with another actor in the SAME role. Two
texts may name different people or bodies in different roles of one event, and neither
contradicts the other: "the board published a report that the floods had drowned twelve
farmers" / "it published a report that the floods had drowned twelve herders" (the board
publishes, the herders drowned), "boats flew injured Chilean divers out" / "the Peruvian
divers ... flying officials in and out" (divers flown, divers flying). The verb both
state places each: before an active verb is its subject, after it its object; a passive
("were flown by", "were flown out") turns that round. Where no verb is stated by both, the
sides say nothing and the actors are taken as rivals, as before.
"""
from __future__ import annotations

from ..search.wordnet import verb_base
from .facts import POSSESSIVE_ENDINGS, Mention, Parsed, Token
from .opposition import agentless, finite, occurrences, passive, used_as_verb
from .role_link import predicate_verb
from .told_party import told_not_acting
from .vocabulary import Vocabulary


def other_role(claim: Parsed, i: int, sentence: Parsed, k: int, vocab: Vocabulary) -> bool:
    """The claim's i-th word and the sentence's k-th word stand on opposite sides of the verb
    nearest the claim's word that the sentence states as a verb too, the voices weighed (a
    passive's subject is the active's object): two roles of one event, not one role held
    by two actors. False when the texts share no verb."""
    return bool(sides_of_verb(claim, i, sentence, k, vocab))


def sides_of_verb(claim: Parsed, i: int, sentence: Parsed, k: int, vocab: Vocabulary
                  ) -> bool | None:
    """`other_role`'s reading: True for opposite sides of the verb both state, False for the
    same side, None when the texts share no verb to place the two words by."""
    verbs = sorted((n for n, t in enumerate(claim.tokens)
                    if n != i and t.terms and finite(claim, n)), key=lambda n: abs(n - i))
    for n in verbs:
        placed = [m for m in set(occurrences(claim.tokens[n], sentence, vocab))
                  | same_verb(claim.tokens[n], sentence, vocab)
                  if m != k and verb_here(sentence, m)]
        if not placed:
            continue
        m = min(placed, key=lambda m: abs(m - k))
        # before the verb: the subject of an active one; not a party told before another
        # subject's clause ("informed the Council that it would recall", `told_party`)
        mine = i < n and not told_not_acting(claim.tokens, i, n, predicate_verb)
        theirs = k < m and not told_not_acting(sentence.tokens, k, m, predicate_verb)
        return (mine != passive_voice(claim, n)) != (theirs != passive_voice(sentence, m))
    return None


def placed_alike(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                 vocab: Vocabulary) -> bool:
    """A verb both texts state puts the two names on the same side of it: the same role of
    one event, which a name the sentence gives elsewhere (a modifier of a noun, "UN member
    states"; an adjunct, "resulting from the Algiers process") does not hold by itself."""
    return sides_of_verb(claim, token_at(claim, mine), sentence, token_at(sentence, theirs),
                         vocab) is False


def verb_here(text: Parsed, m: int) -> bool:
    """The m-th word is a verb there: a past form or one after an auxiliary (`finite`), or
    an -ing form ("by flying"), not a noun after a possessive ("the council's
    request") or a determiner."""
    word = text.tokens[m].word.lower()
    if m and text.tokens[m - 1].word.lower().endswith(POSSESSIVE_ENDINGS):
        return False
    return used_as_verb(text, m) and (finite(text, m) or word.endswith("ing"))


def same_verb(token: Token, text: Parsed, vocab: Vocabulary) -> set[int]:
    """Where `text` has the verb of `token` in another irregular form ("flew" / "flying")."""
    base = lambda word: set(vocab.analyzer.terms(verb_base(word.lower()) or word))
    mine = base(token.word)
    return {m for m, t in enumerate(text.tokens) if t.terms and t.word.isalpha()
            and mine & (set(t.terms) | base(t.word))}


def passive_voice(text: Parsed, verb: int) -> bool:
    """A passive verb, with its agent ("were flown by") or without ("were flown out")."""
    return passive(text, verb) or agentless(text, verb)


def token_at(text: Parsed, mention: Mention) -> int:
    """The index of the first word of a mention."""
    return next((n for n, t in enumerate(text.tokens) if t.start >= mention.start),
                len(text.tokens) - 1)


def names_in_other_roles(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                         vocab: Vocabulary) -> bool:
    """`other_role` for a name of the claim and one of the sentence; or the two names own
    different things ("the report of the Secretary-General" / "MINUSMA's mandate"): each is
    the owner of its own noun, not a rival for one."""
    return other_role(claim, token_at(claim, mine), sentence, token_at(sentence, theirs), vocab) \
        or owners_of_others(claim, mine, sentence, theirs, vocab)


OWNED_WORDS = 2  # content words after a genitive that may be its noun: "Mali's new government"


def owned(text: Parsed, mention: Mention) -> list[Token]:
    """The words of the noun a name owns: after it in the genitive ("MINUSMA's mandate", up to
    OWNED_WORDS words of its phrase), before it by "of" ("the report of the Secretary-General":
    the noun right before "of", past an article); none for a name that owns nothing."""
    tokens = text.tokens
    at = token_at(text, mention)
    if text.text[mention.end:mention.end + 2] in POSSESSIVE_ENDINGS:
        after = [t for t in tokens[at:] if t.start >= mention.end]
        found = []
        for n, t in enumerate(after):
            if n and t.brk or t.word[:1].isdigit():
                break
            if t.terms and not (n == 0 and t.end <= mention.end + 2):
                found.append(t)
            if len(found) == OWNED_WORDS:
                break
        return found
    k = at - 1
    if k >= 0 and tokens[k].word.lower() in ("the", "a", "an") and not tokens[at].brk:
        k -= 1
    if k >= 1 and tokens[k].word.lower() == "of" and not tokens[k + 1].brk \
            and not tokens[k].brk and tokens[k - 1].terms:
        return [tokens[k - 1]]
    return []


def owners_of_others(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                     vocab: Vocabulary) -> bool:
    """Both names own a noun, and the two nouns share no word or synonym group."""
    ours, their = owned(claim, mine), owned(sentence, theirs)
    if not ours or not their:
        return False
    expand = lambda tokens: (terms := {t for token in tokens for t in token.terms}) \
        | {("group", g) for g in vocab.expand(terms)}
    return not expand(ours) & expand(their)
