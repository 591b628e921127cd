"""An adjective a complex-transitive verb gives its object: "finds it problematic", "made it
difficult", "considered them essential". The adjective is what the clause predicates of its
object, as "were comfortable" predicates of a subject (`linked_predicate`), so it is the word
that says which way the relation goes.

`polarity.opposed_polarity` reads as predicates the words that state what someone did (a past
form, a verb after an auxiliary) and, on a claim, an adjective after a linking verb. A sentence
says how someone judges a thing as often by a verb of judging and its object's complement:
"the fishing guild finds it awkward to deal with the harbour board" left "the guild was at
ease dealing with the harbour board" supported, its one word of opposite polarity ("awkward")
no predicate. These verbs are a closed class of English grammar (Quirk et al.'s
complex-transitive verbs with an adjective complement); read here are the verbs of finding and
judging, and "make" of a result (`COMPLEX_TRANSITIVE`; "keep" and "leave" have not been tried).
"""
from __future__ import annotations

from .facts import Parsed

# the complex-transitive verbs that give their object an adjective, in their written forms
COMPLEX_TRANSITIVE = frozenset(
    "find finds found finding consider considers considered considering deem deems deemed "
    "deeming judge judges judged judging make makes made making".split())
# the objects such a verb's complement follows: a pronoun (a noun object would be a
# noun phrase whose adjective modifies the next word: "made key decisions")
OBJECTS = frozenset("it them this that".split())


def complement(text: Parsed, n: int) -> bool:
    """The n-th word is the adjective complement of a complex-transitive verb's pronoun
    object ("finds it problematic"): right after the pronoun, right after the verb, all in one
    clause."""
    if n < 2:
        return False
    tokens = text.tokens
    verb, obj, word = tokens[n - 2], tokens[n - 1], tokens[n]
    return obj.lower in OBJECTS and verb.lower in COMPLEX_TRANSITIVE \
        and not obj.brk and not word.brk and word.word.isalpha() and word.word.islower()
