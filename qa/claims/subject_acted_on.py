"""Whether the sentence makes the claim's acting name the one acted on, by a passive.

"The Norvik guild absorbed the Kessel cooperative" and "the Norvik guild was merged into the
Kessel cooperative" share every name and, through WordNet, the verb; coverage reads the claim
as stated. But the passive's subject is the one the deed was done to, and the name after its
preposition ("into", "by", "with") the other party: the sentence tells the claim's deed the
other way round (`deed_elsewhere` and `owner_swapped` read the "by" agent of an active
claim's verb; this reads any preposition after a passive of that verb, where the claim's
direct object is named).

Read only where the claim's clause is plain: an active past verb of the claim (`main_verbs`),
a name written before it (its subject), a name right after it (its object); and the sentence
writes a form, a WordNet kin (`verb_kin.verb_kin`) or a thesaurus synonym of that verb as a
passive participle right after a form of "be", the claim's object named right after the participle's
preposition and the claim's subject before the participle. Support only: which way the deed
went is told, but a converse verb ("was merged into" / "took in") may still say the claim's
relation in the other voice, so no contradiction is drawn.
"""
from __future__ import annotations

from .adverb_words import verb_group_adverb
from .auxiliaries import BE_FORMS
from .facts import DETERMINERS, Parsed, Token
from .past_forms import past_shaped
from .verb_kin import main_verbs, particle_after, verb_bases, verb_kin
from .vocabulary import Vocabulary

# prepositions after a passive that name the deed's other party ("merged into", "taken over
# by", "replaced with")
PARTY_PREPOSITIONS = frozenset("into by with to within under".split())


def subject_made_patient(claim: Parsed, sentence: Parsed,
                         vocab: Vocabulary) -> tuple[Token, Token] | None:
    """(the claim's verb, the sentence's passive participle) when the sentence makes the
    claim's subject the patient of that verb and its object the other party; None
    otherwise."""
    names = [m for m in claim.mentions if m.family == "name"]
    if len(names) < 2:
        return None
    theirs = [m for m in sentence.mentions if m.family == "name"]
    for n in main_verbs(claim):
        verb = claim.tokens[n]
        if not past_shaped(verb.lower) or n and claim.tokens[n - 1].lower in BE_FORMS:
            continue  # a passive claim: its subject is the patient too
        subject = [m for m in names if m.end <= verb.start]
        after = next_name(claim, n, names)
        if not subject or after is None:
            continue
        for j, token in enumerate(sentence.tokens):
            if not token.word.islower() or not passive_participle(sentence, j) \
                    or not restates(claim, n, token, vocab):
                continue
            party = party_after(sentence, j, theirs)
            if party is None or party.value != after.value:
                continue
            if any(m.value == s.value and m.end <= token.start for m in theirs for s in subject):
                return verb, token
    return None


def restates(claim: Parsed, n: int, token: Token, vocab: Vocabulary) -> bool:
    """The sentence's word is a form of the claim's n-th word, a WordNet kin of it
    (`verb_kin`), or its synonym by the thesaurus the coverage reads (`Vocabulary`)."""
    word = claim.tokens[n].lower
    if verb_bases(token.lower) & (verb_kin(word, particle_after(claim, n)) | verb_bases(word)):
        return True
    terms = set(token.terms)
    return bool(terms) and all(vocab.matches(t, terms, vocab.expand(terms))
                               for t in claim.tokens[n].terms)


def party_after(sentence: Parsed, j: int, names: list) -> object | None:
    """The name right after the preposition that follows the sentence's j-th word ("merged
    into the Kessel cooperative"), if any."""
    tokens = sentence.tokens
    if j + 1 >= len(tokens) or tokens[j + 1].brk or tokens[j + 1].lower not in PARTY_PREPOSITIONS:
        return None
    return next_name(sentence, j + 1, names)


def next_name(text: Parsed, n: int, names: list) -> object | None:
    """The name written right after the text's n-th word, past an article ("absorbed the
    Kessel cooperative"), if any."""
    tokens = text.tokens
    k = n + 1
    while k < len(tokens) and not tokens[k].brk and tokens[k].lower in DETERMINERS:
        k += 1
    if k >= len(tokens) or tokens[k].brk:
        return None
    return next((m for m in names if m.start == tokens[k].start), None)


def passive_participle(sentence: Parsed, j: int) -> bool:
    """The sentence's j-th word is a past participle right after a form of "be", past
    adverbs ("was eventually merged")."""
    tokens = sentence.tokens
    if not past_shaped(tokens[j].lower):
        return False
    k = j - 1
    while k >= 0 and not tokens[k + 1].brk and verb_group_adverb(tokens[k].lower):
        k -= 1
    return k >= 0 and not tokens[k + 1].brk and tokens[k].lower in BE_FORMS
