"""Whether two names that share a word beside them are tied to it the same way.

`compare.same_role` gives two names one role when a content word on the same side of both is
shared: "Sweden suspended" / "Egypt suspended". The shared word tells the role only if it is
tied to each name alike: "Nigeria protested the prime minister's speech" and "Mali's interim
prime minister" share "prime" after the name, but in the claim a verb stands between the
name and "prime" (the name is the subject of "protested", the prime minister its object),
while in the sentence the name owns the prime minister. Likewise "the hospital was financed
by the Union" / "the hospital to the mission's supercamp": the hospital is the thing the
Union financed, across the verb, and the place of the mission's camp without one. A verb
between a name and a word is a clause's predicate linking two of its parties; no verb
between, the word qualifies or is qualified by the name in one phrase. Two names are in the
same role by a shared word only where that word is tied to both the same way.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, derived_forms
from .facts import (AUXILIARY_WORDS, WINDOW, Mention, Parsed, Token, around, clause_bounds,
                    content, inside_name)
from .occurrence import verb_forms
from .past_forms import past_verb_form
from .told_party import told_not_acting



def tied_alike(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
               expand, sides: tuple[bool, bool]) -> bool:
    """Some word shared on a side of the two names (`sides`: before, after, the sides whose
    shared words `same_role` reads) stands across a verb from both names or from neither, or
    across a verb from one and across that verb's noun from the other ("the Union imposed
    sanctions" / "the Community's imposition of sanctions": one deed, told as a noun).
    `expand`: a token list's terms and synonym groups (`compare.expand`, with its vocabulary)."""
    ours, others = window(claim, mine), window(sentence, theirs)
    for side in (0, 1):
        if not sides[side]:
            continue
        for a in ours[side]:
            mine_terms = expand([a])
            for b in others[side]:
                if not mine_terms.isdisjoint(expand([b])) \
                        and (listed_with(claim, mine, a)
                             or linked_alike(between(claim, mine, a),
                                             between(sentence, theirs, b))
                             # the party told, not the one who acts after ("informed the
                             # Council that it would recall": `qa.claims.told_party`)
                             and told(claim, mine, a) == told(sentence, theirs, b)):
                    return True  # (a name listed with the claim's, "Mali and Niger" / "Mali
                    # has riled Côte d'Ivoire": two countries set against one, whatever links
                    # them in the sentence)
    return False


def told(text: Parsed, name: Mention, word: Token) -> bool:
    """`told_party.told_not_acting` of the name and a word after it."""
    if word.start < name.end:
        return False
    tokens = text.tokens
    k = next((n for n, t in enumerate(tokens) if t.start >= name.start), 0)
    return told_not_acting(tokens, k, tokens.index(word, k), predicate_verb)


def window(text: Parsed, name: Mention) -> tuple[list[Token], list[Token]]:
    """The content words just before and after the name, those after within its clause unless
    it has none there (as `compare.neighbours` reads a name's role)."""
    before, after = around(text, name.start, name.end, WINDOW, content)
    _, high = clause_bounds(text, name.start, name.end)
    mine = [t for t in after if t.start < high]
    return before, mine if before or mine else after


def listed_with(text: Parsed, name: Mention, word: Token) -> bool:
    """The word is part of another name joined to this one by nothing but function words
    ("Mali and Niger")."""
    return inside_name(text, word) and not any(t.terms for t, _ in between(text, name, word))


def between(text: Parsed, name: Mention, word: Token) -> list[Token]:
    """The words between the name and the word, with whether each is a predicate's verb."""
    low, high = (word.end, name.start) if word.end <= name.start else (name.end, word.start)
    tokens = text.tokens
    return [(t, predicate_verb(tokens, n)) for n, t in enumerate(tokens)
            if low <= t.start < high]


def linked_alike(ours: list, theirs: list) -> bool:
    """Two spans between a name and its shared word link them alike: a verb in both or in
    neither, or a verb in one and a form of it in the other ("imposed" / "imposition")."""
    verbs, other_verbs = [t for t, verb in ours if verb], [t for t, verb in theirs if verb]
    if bool(verbs) == bool(other_verbs):
        return True
    verbs, words = (verbs, theirs) if verbs else (other_verbs, ours)
    bases = {form for v in verbs for form in (v.lower, *verb_forms(v.lower))}
    return any(t.lower in bases or not bases.isdisjoint(derived_forms(t.lower))
               for t, _ in words if t.word.isalpha())


def predicate_verb(tokens: list[Token], n: int) -> bool:
    """The word is a verb in a past form ("financed", "sent") or right after an auxiliary."""
    word = tokens[n].lower
    return word.isalpha() and (past_verb_form(word) or can_be_verb(word) and n > 0
                               and tokens[n - 1].lower in AUXILIARY_WORDS)
