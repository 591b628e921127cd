"""Who said it: the claim's words of what a named speaker said, which the sentence gives
another named speaker ("Velden says the crews were traders" / "Tarland says the crews were
traders").

Coverage weighs words by rarity, and the two speakers of a dispute are both named in the
sentence that tells it, so a claim that swaps them states every word: "the port says the
crews were unpaid, while the union calls them volunteers" was supported by "the union says
the crews were unpaid; the port calls them volunteers". The verbs of saying carry no event
of their own (`main_verb` leaves them to what is said), so the checks of a deed's agent
(`deed_elsewhere`) never read them. Here what was said is matched to its speaker
(`qa.claims.sayings`: the words after a verb of saying up to the clause's end, and the name
right before the verb).

Read for abstention only: the two speakers may be two names of one body that the tables do
not link, so no conflict is drawn.
"""
from __future__ import annotations

from .deed_elsewhere import alike
from .facts import Mention, Parsed, groups_of
from .sayings import named_with, says_same, sayings
from .vocabulary import Vocabulary


def speaker_elsewhere(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                      ) -> tuple[Mention, Mention] | None:
    """(the claim's speaker, the sentence's) where the claim's named speaker says words that
    the sentence puts after another named speaker's verb of saying, and no speaker of the
    claim's says them there; None otherwise."""
    mine, theirs = both_sayings(claim, sentence)
    for said in mine:
        same_said = [s.speaker for s in theirs if says_same(s.words, said.words)]
        if same_said and not any(alike([said.speaker], named_with(sentence, who), claim,
                                       sentence, vocab, bodies) for who in same_said):
            return said.speaker, same_said[0]
    return None


def heard_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                    ) -> tuple[Mention, Mention] | None:
    """(the claim's speaker, the sentence's) where the sentence gives the claim's named
    speaker sayings of its own and none of them has a word of the claim, its form or its
    synonym ("Tarland says the crews were smugglers" / "crews whom it calls smugglers
    (Tarland says they were traders)"): the claim's words are in
    the sentence, but not in that speaker's mouth, which says another thing. A saying that
    shares a word with the claim may be the claim's, its clause read short or its verb
    another ("a report published in May found" / "a report that concluded"); what the claim
    has it say must be stated by the sentence (else the sentence tells it otherwise, "announced
    its departure" / "announced that its boats will sail away"). None otherwise."""
    mine, theirs = both_sayings(claim, sentence)
    if not mine:
        return None
    groups, in_sentence = groups_of(claim, vocab), groups_of(sentence, vocab)
    for said in mine:
        if not all(vocab.matches(t, sentence.terms, in_sentence) for t in said.words):
            continue  # what the claim's speaker says, the sentence does not state at all
        own = [s for s in theirs
               if alike([said.speaker], named_with(sentence, s.speaker), claim, sentence,
                        vocab, bodies)]
        if own and not any(vocab.matches(t, claim.terms, groups) for s in own for t in s.words):
            return said.speaker, own[0].speaker
    return None


def both_sayings(claim: Parsed, sentence: Parsed) -> tuple[tuple, tuple]:
    """The claim's sayings and the sentence's; both empty unless each text has one (the
    sentence's are not read for a claim without any)."""
    mine = sayings(claim)
    theirs = sayings(sentence) if mine else ()
    return (mine, theirs) if theirs else ((), ())
