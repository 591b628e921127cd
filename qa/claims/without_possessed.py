"""A thing one text says was done without and the other says was had or needed for it: "staff
travelled outside the bases without military escorts" / "staff travelling outside the bases
require escorts from the military", "endorsed the plan without reservation" / "had
reservations about the plan".

A noun after "without" is read against no affirmation of it (`compare.ADJUNCT_NEGATIONS`),
as it may play another role in the other text ("withdraw its uniformed personnel" / "a mission
without uniformed personnel"). "without X" says the act was done not having X; the role it
denies is the object of a verb of having or needing ("had", "required", "relied on"), and a
noun there is the same thing in the same role, affirmed. The verbs are a closed class, as
"with" itself is (which the relation table reverses on its own).
"""
from __future__ import annotations

from ..search.wordnet import MODALS, base_forms, verb_base
from .facts import Parsed
from .without_manner import doubly_denied

WITHOUT = "without"
# verbs whose object is what the doer has for the act: what "without" denies it has
HAVING = frozenset("have need require use carry".split())
PHRASE = 4  # words from "without" to the noun ("without military or police escorts")
OBJECT = 6  # words from the verb into its object ("require escorts from the military")


def possessed(affirming: Parsed, denying: Parsed, term: str) -> bool:
    """`term` is, in the denying text, within PHRASE words after "without" in its clause (no
    other negation before it there: "could not travel without escorts" affirms them; nor
    opening its clause before a modal, a condition: "Without sunlight, the crops would fail"
    says they need it) and, in the affirming one, the object of a verb of having or needing,
    within OBJECT words of it in its clause."""
    return within_after(denying, term, lambda text, k: text.tokens[k].word.lower() == WITHOUT
                        and not supposed(text, k) and not doubly_denied(text, k), PHRASE) \
        and within_after(affirming, term, lambda text, k: having(text.tokens[k].word.lower()),
                         OBJECT)


def supposed(text: Parsed, k: int) -> bool:
    """The "without" at k opens its clause ("Without sunlight, ...") and a modal follows in
    the sentence ("would", "could"): what would happen without the thing, a condition, not
    an act done without it ("Without escorts, the staff drove to Gao" denies them)."""
    tokens = text.tokens
    return (k == 0 or tokens[k].brk) \
        and any(t.word.lower() in MODALS for t in tokens[k + 1:])


def having(word: str) -> bool:
    """A form of a verb of having or needing ("had", "requires", "needed")."""
    return word in HAVING or verb_base(word) in HAVING \
        or any(form in HAVING for form in base_forms(word))


def within_after(text: Parsed, term: str, cue, reach: int) -> bool:
    """A word with `term` stands at most `reach` words after a word that `cue` accepts (asked
    with the text and the word's place), no break between."""
    tokens = text.tokens
    for n, token in enumerate(tokens):
        if term not in token.terms:
            continue
        for k in range(n - 1, max(-1, n - reach - 1), -1):
            if tokens[k + 1].brk:
                break
            if cue(text, k):
                return True
    return False
