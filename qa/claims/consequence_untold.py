"""A claim "A after B" (or "A once B", "A because B") whose main event A the sentence never
tells: "Ferry fares doubled after the harbour board sold the quay in 2011" by "In 2011 the
harbour board sold the quay to a private firm".

Support weighs the share of the claim's words the sentence states; a claim that adds a
consequence (or a sequel) to an event the sentence tells holds most of its words in the event
clause, the one after "after", so a sentence telling only that event reached support, with
the claim's own point, the main clause's subject and verb, unsaid. The main clause is the
claim's words before its first subordinator of time or reason; its verb is its first verb in
a past form, in lower case (a name's "United" is none), and its subject's head the nearest
word with terms before the verb. When the sentence states neither (in any form: `Pair.told`), the claim tells a further
event the sentence does not. Withholds support only.
"""
from __future__ import annotations

from ..search.wordnet import verb_base
from .facts import BE, Parsed
from .past_forms import AUXILIARIES, listed_or_regular_past

# subordinators that put an event or reason after the main clause ("A after B", "A as a
# consequence of B" is `cause_reversed`'s)
LATER = frozenset("after following once since because when".split())


def consequence_untold(claim: Parsed, told: frozenset[str]) -> bool:
    """The claim's main clause, before a subordinator of LATER, has a verb and a subject head
    the sentence states neither of (module docstring)."""
    tokens = claim.tokens
    words = [t.lower for t in tokens]
    cut = next((k for k in range(2, len(tokens)) if words[k] in LATER), None)
    if cut is None:
        return False
    verb = next((k for k in range(1, cut) if tokens[k].terms and tokens[k].word[0].islower()
                 and main_verb(words[k])), None)
    if verb is None:
        return False
    head = next((k for k in range(verb - 1, -1, -1) if tokens[k].terms), None)
    if head is None:
        return False
    return told.isdisjoint(tokens[verb].terms) and told.isdisjoint(tokens[head].terms)


def main_verb(word: str) -> bool:
    """A verb in a past form ("rose", "doubled"), no auxiliary. Not a third-person "-s" form:
    a plural noun ("prices", "levels") is spelled so too, and would be read as the verb."""
    return word.isalpha() and word not in BE and listed_or_regular_past(word) \
        and (verb_base(word) or word) not in AUXILIARIES
