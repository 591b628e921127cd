"""The claim's subject told with another modifier of its head noun: "the tanning industry emits 40
megatonnes" is not stated by "the printing industry emits 40 megatonnes", nor "the marine
situation stayed calm" by "the political situation stayed calm".

Coverage weighs the claim's words, and a sentence that states the head noun, the verb, the
figure and the rest reaches support with one modifier unsaid; a writer who rewords a subject
keeps its head and often its modifier, so the one word left out looked like any paraphrase. But
a modifier before a head noun picks which thing of that kind the claim speaks of, and where the
sentence puts its own modifier before the same head, in the claim's words' place, it speaks of
another thing of the kind: another industry, another situation, with its own figures. The
claim's subject is read as its noun phrase before its first verb (`subject_head.first_verb`,
from the last clause break): its common words up to a function word ("and"/"or" joining
modifiers kept), the last one its head. The veto holds when some modifier of the claim is said
nowhere in the sentence (no form, no synonym: `actors.said`) and the sentence writes the head
with a common word of its own right before it (no name, no figure, no word of the claim), one
of the two modifiers a noun (WordNet has hypernyms for it: a classifier, "cement", "security");
two adjectives of time or status ("the planned deployment" / "the imminent deployment") may be
a rewording. A name as a modifier ("Sudland's fleet") is left to the readings of owners
(`named_modifier`, `agent_country`); a sentence that adds a modifier to a subject whose words
the claim all states ("the solar power industry" for "the power industry") is left alone.
"""
from __future__ import annotations

from ..search.wordnet import adverbs, hypernyms
from ..text.analyze import load_stopwords
from .actors import said
from .facts import Parsed, Token, groups_of, remembered
from .subject_head import first_verb, mentioned
from .vocabulary import Vocabulary

JOINERS = frozenset(("and", "or"))


def common(text: Parsed, token: Token, stop: frozenset[str]) -> bool:
    """A common content word: lower case, letters (a hyphen allowed), no stopword, no part
    of a name, a figure or a date."""
    word = token.word
    return bool(token.terms) and word.islower() and word.replace("-", "").isalpha() \
        and word not in stop and not mentioned(text, token)


def subject_phrase(claim: Parsed, stop: frozenset[str]) -> list[Token]:
    """The common words of the noun phrase that opens the claim's subject, modifiers first
    and its head last ("rail", "haulage", "industry" of "The rail and haulage industry"), or
    [] when the subject opens otherwise (a name, a figure, a pronoun)."""
    tokens = claim.tokens
    verb = first_verb(claim)
    if verb is None:  # no verb read ("The survey process in eastern Norland faced"): the
        # phrase opens the claim and ends at its first function word or clause break
        start, verb = 0, len(tokens)
    else:
        start = max((i for i in range(verb + 1) if tokens[i].brk), default=0)
    phrase: list[Token] = []
    for token in tokens[start:verb]:
        lower = token.lower
        if phrase and (token.brk or lower in adverbs()):
            break  # "the mandate explicitly called": an adverb ends the noun phrase
        if common(claim, token, stop):
            phrase.append(token)
        elif not phrase and lower in stop and lower not in JOINERS:
            continue  # "the", "its": the determiner before the phrase
        elif phrase and lower in JOINERS:
            continue  # "rail and haulage": two modifiers of one head
        elif token.word.endswith(("'s", "’s")) and not phrase:
            continue  # "the country's": an owner before the phrase, read with the names
        else:
            break
    return phrase


def modifier_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      told: frozenset[str]) -> bool:
    """The sentence writes the head noun of the claim's subject with a modifier of its own,
    and says some modifier of the claim's subject nowhere."""
    stop = load_stopwords()
    # the claim's alone, remembered on its parse: asked for every sentence it is aligned with
    phrase = remembered(claim, ("subject phrase",), subject_phrase, claim, stop)
    if len(phrase) < 2:
        return False
    head, modifiers = phrase[-1], phrase[:-1]
    unsaid = [t for t in modifiers if not said(t, sentence, vocab, told)]
    if not unsaid:
        return False
    # a noun among the two modifiers classifies the head ("cement industry", "security
    # situation"); two adjectives of time or status ("planned" / "imminent deployment")
    # may be one reworded
    classed = any(hypernyms(t.lower) for t in unsaid)
    heads = set(head.terms)
    tokens, groups = sentence.tokens, groups_of(claim, vocab)
    for k, token in enumerate(tokens):
        if k == 0 or not heads & set(token.terms) or not token.word.islower():
            continue
        before = tokens[k - 1]
        if token.brk or not common(sentence, before, stop):
            continue
        # the sentence's words right before its head, back to the first that is no
        # modifier: one of them the claim has not, in any form
        j = k - 1
        while j >= 0 and common(sentence, tokens[j], stop) and not tokens[j + 1].brk:
            if not set(tokens[j].terms) & claim.terms \
                    and not any(vocab.matches(t, claim.terms, groups) for t in tokens[j].terms) \
                    and (classed or hypernyms(tokens[j].lower)):
                return True
            j -= 1
    return False
