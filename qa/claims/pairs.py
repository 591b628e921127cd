"""What two neighbouring sentences read as one may leave unsaid: the claim's verb, where they
state its object.

`check.neighbour_pairs` reads two sentences as one only where each claim word is in one of
them: together they are a looser unit than one sentence. One sentence that states most of the
claim may put another verb in the place of the claim's ("deployed staff" for "sent staff",
"played a central role by providing" for "supported the elections by providing"), since
writers paraphrase verbs freely and WordNet links few of the pairs (`qa.claims.predicate`).
Two sentences may do the same, on the same terms: a verb in a past form that is the claim's
predicate, with a direct object whose every word one of the two states. A noun, an adjective,
an agent ("armed by the government"), a passive verb ("were trained by") or a verb without an
object ("people killed") stays a word the pair must state.
"""
from __future__ import annotations

from .actors import said
from .facts import Parsed
from .opposition import inside_name
from .past_forms import past_form
from .polarity import predicate
from .predicate import object_phrase
from .vocabulary import Vocabulary


def paraphrased_verbs(claim: Parsed, a: Parsed, a_stated: frozenset[str], b: Parsed,
                      b_stated: frozenset[str], vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's past verbs whose direct object sentence `a` or `b` states
    (`*_stated`: the claim terms each states in another form)."""
    found = set()
    for n, token in enumerate(claim.tokens):
        if not token.terms or not past_form(token.word) or not predicate(claim, n) \
                or inside_name(claim, token):
            continue
        done_to = object_phrase(claim, n)
        if done_to and all(said(t, a, vocab, a_stated) or said(t, b, vocab, b_stated)
                           for t in done_to if t.terms):
            found.update(token.terms)
    return frozenset(found)
