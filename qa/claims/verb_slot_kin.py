"""A claim's main verb stated, for support, by a kindred verb or its event noun in the verb's
own place ("the pump drains the cellar to 2 metres below the floor" / "draining the cellar to
2 metres below the floor"; "the ferry survived until 1961" / "the ferry's survival until
1961" under "endured").

Support weighs words by rarity, so a sentence stating the claim's subject, object and figures
misses only the claim's verb when it words the deed its own way; the paraphrase reading
(`qa.claims.paraphrase`) takes a verb's synonym only in the past tense, since a present verb
swapped anywhere changed what CLIMATE-FEVER's claims say ("affect" / "influence"). Here a
present verb too may be stated by its WordNet kin (`paraphrase.paraphrases`: the table's
verbs sharing a synset, one hypernym step or a verb group apart, in senses frequent enough
for both), written as a verb in any form or as a noun derived from one ("cooling" of "cool"
for "chill"), under `noun_kin`'s gate: in the verb's place (a content word next to it is
next to the sentence's word), the sentence stating ANCHORS names, figures or dates of the
claim, contradicting none, its passage stating the others, and the verb the last of the
claim's words left (as `qa.claims.modifier_kin`: a link that merely adds weight lifts claims
whose point the sentence does not state). Those facts select the sense the two verbs share;
a verb of change must go the same way as its kin ("climbed" is no kin of "dropped").
"""
from __future__ import annotations

from ..search.wordnet import derivations, direction
from .compare import Comparison
from .facts import UNMADE, Parsed, remembered
from .main_verb import main_verb
from .noun_kin import kin_anchored, terms_by_kin
from .paraphrase import paraphrases, plain

# endings of a derived noun that names the deed itself, not its doer or tool ("cooling",
# "survival", "expansion"; not "cooler", "survivor", "coolant")
EVENT_ENDINGS = ("ing", "ion", "ment", "al", "ance", "ence", "ure", "age")


def verb_slot_kin_terms(claim: Parsed, sentence: Parsed, found: Comparison) -> frozenset[str]:
    """The claim's main verb, when the sentence states it by a kindred verb or event noun in
    its place under `noun_kin.terms_by_kin`'s gate."""
    if not kin_anchored(found):  # the gate first: most pairs fail it, and the claim's verb and
        return frozenset()  # its WordNet kin are then not read (the same empty result)
    verb = main_verb(claim)
    if verb is None or not plain(verb) or len(verb.terms) != 1 \
            or claim.text[verb.start - 1:verb.start] == "-":  # "low-lying": an adjective
        return frozenset()
    kin = claim.memo.get(("verb slot kin",), UNMADE)  # a hit without a call (`remembered`)
    if kin is UNMADE:
        kin = remembered(claim, ("verb slot kin",), kin_of_verb, verb.word.lower())
    if not kin:
        return frozenset()
    n = claim.tokens.index(verb)
    return terms_by_kin(claim, sentence, found, lambda _tokens: ((n, verb, kin),))


def kin_of_verb(word: str) -> frozenset[str]:
    """The verb's paraphrases going its way (`direction`), with the event nouns derived from
    them (`derivations`)."""
    way = direction(word)
    same = {w for w in paraphrases(word) if direction(w) == way}
    nouns = {d for w in same for d in derivations(w) if d.endswith(EVENT_ENDINGS)}
    return frozenset(same | nouns)

