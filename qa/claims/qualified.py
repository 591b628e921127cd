"""Another kind of the thing the claim names: "the melt rate" against "the rate of retreat".

A conflict needs the same event. A sentence may state the claim's head noun ("rate",
"toll", "budget") and give it a figure or a date, and still speak of another kind of it: the
claim qualifies the noun by a word before it ("the melt rate"), the sentence by an "of"
phrase the claim never states ("the rate of retreat since 1995"). Then the sentence's
figure or date is the other thing's: neither a conflict nor support.
"""
from __future__ import annotations

from ..search.wordnet import adjectives, adverbs
from ..text.analyze import load_stopwords
from .actors import said, stated_by_claim
from .facts import Parsed, Token, groups_of
from .vocabulary import Vocabulary

OPENERS = frozenset("the a an its their".split())


def qualified_heads(claim: Parsed) -> list[tuple[Token, Token]]:
    """(qualifier, head) of each two common nouns written together in the claim ("melt rate"),
    the head ending its noun phrase (a break, a function word or the end follows)."""
    tokens, stop, found = claim.tokens, load_stopwords(), []
    inside = [(m.start, m.end) for m in claim.mentions]
    for k in range(1, len(tokens)):
        before, head = tokens[k - 1], tokens[k]
        if head.brk or not all(t.word.isalpha() and t.word.islower() and t.terms
                               and t.word not in stop for t in (before, head)) \
                or any(s <= t.start < e for s, e in inside for t in (before, head)):
            continue
        if k + 1 == len(tokens) or tokens[k + 1].brk or tokens[k + 1].word.lower() in stop:
            found.append((before, head))
    return found


def of_phrases(sentence: Parsed, head: Token, vocab: Vocabulary) -> list[Token]:
    """The noun after "of" (an article between at most) after each of the sentence's words
    with the head's terms ("the rate of retreat"); in a name whose head is capitalised too,
    a capitalised one that names no country ("the Ministry of Defence", "Minister of Foreign
    Affairs": a name's kind, where "the budget of France" names an owner)."""
    tokens, found = sentence.tokens, []
    for k, token in enumerate(tokens[:-2]):
        if not set(token.terms) & set(head.terms) or tokens[k + 1].word.lower() != "of" \
                or tokens[k + 1].brk:
            continue
        j = k + 2
        while j < len(tokens) and tokens[j].word.lower() in OPENERS and not tokens[j].brk:
            j += 1
        j = past_modifiers(tokens, j)
        if j is None or j == len(tokens) or tokens[j].brk or not tokens[j].word.isalpha() \
                or not tokens[j].terms:
            continue
        word = tokens[j].word
        if word.islower() or token.word.istitle() and word.istitle() and j == k + 2 \
                and not in_country(sentence, tokens[j], vocab):
            found.append(tokens[j])
    return found


def past_modifiers(tokens: list[Token], j: int) -> int | None:
    """The index of the noun an "of" phrase opening at `j` is about, past the words before it
    that only qualify it: an adjective with a word of the phrase after it ("a trend of
    increasing losses": the trend is of losses, "increasing" no kind of trend), None where
    the phrase holds an adverb in its noun's place ("there is no evidence of either": a word
    pointing back, no other kind of evidence). Without it, a denial of the claim's own thing
    ("no trend of rising damage" / "a clear upward trend in damage") was read as a denial of
    another kind of it, and the contradiction dropped. A lower-case word only: a capitalised
    one is a name's ("the Ministry of Foreign Affairs", `office_replaced`)."""
    while j < len(tokens) and tokens[j].word.islower():
        word = tokens[j].word
        if word in adverbs():
            return None
        if word not in adjectives() or j + 1 == len(tokens) or tokens[j + 1].brk \
                or not tokens[j + 1].word.isalpha() or not tokens[j + 1].terms:
            return j  # a noun, or an adjective ending the phrase: used as a noun ("of warming")
        j += 1
    return j


def coordinated(sentence: Parsed, noun: Token) -> list[Token]:
    """The "of" phrase's noun and the nouns "and" / "or" join to it in the same clause ("no
    evidence of fraud or deliberate misconduct": fraud, misconduct): the claim stating any of
    them speaks of a kind the sentence names, not of another ("clear evidence of misconduct"
    is denied there, not left to another kind of evidence)."""
    tokens, nouns = sentence.tokens, [noun]
    k = tokens.index(noun)
    while k + 2 < len(tokens) and tokens[k + 1].word.lower() in ("and", "or") \
            and not tokens[k + 1].brk and not tokens[k + 2].brk:
        k = past_modifiers(tokens, k + 2)
        if k is None or k == len(tokens) or not tokens[k].terms:
            break
        nouns.append(tokens[k])
    return nouns


def in_country(sentence: Parsed, token: Token, vocab: Vocabulary) -> bool:
    """The token is part of a country's name, or a country's capital ("of Mali", "of
    Bamako")."""
    return any(m.kind == "country" and m.start <= token.start < m.end for m in sentence.mentions) \
        or token.word.lower() in vocab.countries


def another_kind(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's qualifier, which the sentence does not state, and the sentence's "of"
    noun on the same head, which the claim does not state; None if there is none."""
    groups = groups_of(claim, vocab)
    for qualifier, head in qualified_heads(claim):
        if said(qualifier, sentence, vocab, stated):
            continue
        for other in of_phrases(sentence, head, vocab):
            if not any(stated_by_claim(noun, claim, vocab, groups)
                       for noun in coordinated(sentence, other)):
                return qualifier, other
    return None


def office_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> tuple[Token, Token] | None:
    """`another_kind` where the sentence's kind is a name's ("defence minister" / "Minister
    of Foreign Affairs", "foreign ministry" / "Ministry of Defence"): the head names an
    office or a body, not a thing whose figure another kind has, so the sentence's office
    stands in the claim's place: a fact replaced. Only when none of the sentence's kinds of
    that head is the claim's ("the Ministries of Defence and of Foreign Affairs")."""
    groups = groups_of(claim, vocab)
    for qualifier, head in qualified_heads(claim):
        if said(qualifier, sentence, vocab, stated):
            continue
        others = of_phrases(sentence, head, vocab)
        if others and all(o.word.istitle() and not stated_by_claim(o, claim, vocab, groups)
                          for o in others):
            return qualifier, others[0]
    return None
