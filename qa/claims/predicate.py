"""Whether a sentence states what the claim says its subject did: its verb and that verb's
object.

`supported` needs every fact of the claim, its predicate included. A sentence about the same
people, place and date may say they did something else: "Human Rights Watch interviewed
eyewitnesses to the airstrikes" is not stated by "in 2021, it published evidence that the
airstrikes killed nineteen guests", though the sentence states most of the claim's weight.
Where the sentence states neither the claim's verb (in a past form) nor any word of its
direct object, not even by a synonym or another form, the claim's event is not in it.

A verb alone is not enough: writers paraphrase verbs freely ("stopped" / "suspended",
"recorded" / "experienced", "concluded" / "found", "widened" / "expanded"), and WordNet links
few of those pairs (bench/README, round 25, branch support3), so a claim whose verb is
paraphrased and whose object is stated stays supported.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, irregular_base, verb_base
from ..text.analyze import load_stopwords
from .actors import said
from .adverb_words import manner_adverb
from .auxiliaries import AUXILIARY_WORDS
from .degree import of_degree
from .object_kinds import not_acted_on
from .facts import BE, POSSESSIVE_ENDINGS, Parsed, Token
from .future_verb import after_modal
from .opposition import PARTICLES, inside_name
from .past_forms import past_form
from .polarity import OBJECT_OPENERS, predicate
from .present_tense import present_after_name
from .vocabulary import Vocabulary

# nouns that name a part of what follows their "of" ("part of the mandate")
PARTITIVES = frozenset("part parts portion share component element member".split())
# what opens a noun phrase without being part of what it names
NOUN_OPENERS = OBJECT_OPENERS | {"some", "any"}
# an owner's ending, a plural owner's too ("the states'")
OWNER_ENDINGS = POSSESSIVE_ENDINGS + ("s'", "s’")


def unstated_event(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                   stated: frozenset[str], around: list[Parsed] = ()) -> tuple[Token, Token] | None:
    """The claim's verb and its direct object, no word of which the sentence states, not even
    by a synonym or another form ("Human Rights Watch interviewed eyewitnesses" / "it
    published evidence"; "Niger recalled its ambassador"): what the claim says its subject
    did is not in the sentence, however much of the rest is. None if there is none. The
    subject may be stated by a neighbour the sentence leans on (`around`: "They firmly
    disputed the findings" after a sentence on "the transitional authorities"). A present
    verb right after a name is such a verb too, a headline's past ("2022: Mali closes its
    borders", `qa.claims.present_tense`), and so is a verb after "will"
    (`qa.claims.future_verb`)."""
    tokens = claim.tokens
    for n, token in enumerate(tokens):
        if not token.terms or not (past_form(token.word) and predicate(claim, n)
                                   or own_word_past(claim, n)
                                   or present_after_name(claim, n)
                                   or after_modal(claim, n)) \
                or inside_name(claim, token) or said(token, sentence, vocab, stated) \
                or attributive_past(claim, n):
            continue
        done_to = light_object(claim, n, object_phrase(claim, n))
        if not done_to or not_acted_on(claim, n, done_to):
            continue  # no object, or words that are none ("got together", "a mere 12 percent of
            # its soldiers": `object_kinds`)
        # the object unstated; or the subject, the object alone being stated ("the militaries
        # accepted the findings" / "it published the findings": someone else did something
        # else with them)
        for phrase, by in ((done_to, [sentence]), (subject_phrase(claim, n), [sentence, *around])):
            if phrase and not any(said(t, sentence, vocab, stated) or any(
                    said(t, other, vocab, frozenset()) for other in by[1:]) for t in phrase):
                return token, phrase[-1]
    return None


def attributive_past(claim: Parsed, n: int) -> bool:
    """The claim's n-th word, a past form, stands right after a past verb of the same clause
    ("Russia favoured reduced oversight"): it modifies the noun after it, the verb before it
    being the clause's, so it tells no event of its own, and the verb before it is no subject
    whose words the sentence must state. (A past form after a preposition, "killed in
    improvised explosive attacks", is a modifier too, but the noun phrase it opens is the
    claim's fact all the same: read set 32 kept a false claim away by it.)"""
    if n == 0 or claim.tokens[n].brk:
        return False
    before = claim.tokens[n - 1]
    return before.lower not in AUXILIARY_WORDS and before.word.isalpha() \
        and past_form(before.word) and predicate(claim, n - 1)


def unstated_state(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str],
                   weights: dict[str, float]) -> tuple[str, ...] | None:
    """What the claim says its subject is or had done to it, after its last "be" up to a
    break ("the siege was lifted by the army", "the helicopters are equipped for night
    flying"), when the sentence states none of its weighted words (not by a synonym, another
    form, or inside a longer word: "stretched" in "overstretched"): the passive or copular
    counterpart of `unstated_event`, whose verb has no direct object to look for. Two such
    words at least: one may be a paraphrase WordNet misses ("was deployed" / "began its
    deployment"); a whole predicate unsaid is another fact. Names and figures are checked
    elsewhere. Returns the predicate's words, or None."""
    tokens = claim.tokens
    last = max((i for i, t in enumerate(tokens) if t.word.lower() in BE), default=None)
    if last is None:
        return None
    inside = [(m.start, m.end) for m in claim.mentions]
    words = []
    for token in tokens[last + 1:]:
        if token.brk:
            break
        if token.word.isalpha() and not any(s <= token.start < e for s, e in inside) \
                and any(weights.get(t, 0) > 0 for t in token.terms):
            words.append(token)
    if len(words) < 2:
        return None
    if any(said(t, sentence, vocab, stated)
           or all(said_within(term, sentence) for term in t.terms) for t in words):
        return None
    return tuple(t.word for t in words)


WITHIN = 5  # letters a claim term needs to be found inside a longer term of the sentence


def said_within(term: str, sentence: Parsed) -> bool:
    """The term stands inside a longer term of the sentence ("stretch" in "overstretch"): a
    derived form no table lists, stated for a predicate or a complement."""
    return len(term) >= WITHIN and any(term in other for other in sentence.terms)


def subject_phrase(claim: Parsed, n: int) -> list[Token]:
    """The common-noun phrase right before the claim's n-th word (its subject), past adverbs
    ("jointly held"): the words before it up to a break, a function word or a name; [] when
    the word before is a name, a function word or an auxiliary ("Egypt suspended", "that
    were deployed")."""
    tokens, stop = claim.tokens, load_stopwords()
    k = n - 1
    while k >= 0 and not tokens[k + 1].brk and manner_adverb(tokens[k].word):
        k -= 1
    phrase: list[Token] = []
    while k >= 0 and not tokens[k + 1].brk and tokens[k].word.isalpha() \
            and tokens[k].word.lower() not in stop and not inside_name(claim, tokens[k]):
        phrase.insert(0, tokens[k])
        k -= 1
    return phrase if phrase and phrase[-1].terms else []


def object_phrase(claim: Parsed, n: int) -> list[Token]:
    """The noun phrase right after the claim's n-th word (its direct object), without its
    article or possessive ("its", "the"): the words that follow up to a break, a function word
    or a verb form; [] when a preposition, a clause or a name follows ("stripped of its role",
    "recommended that", "asked Mali"), or a comparative is among the words ("got much worse"). After a gerund ("stopped carrying out road convoys"),
    the gerund and its own object."""
    tokens, stop = claim.tokens, load_stopwords()
    k = n + 1
    if k < len(tokens) and not tokens[k].brk and gerund(tokens[k].word):
        while k + 1 < len(tokens) and not tokens[k + 1].brk \
                and tokens[k + 1].word.lower() in PARTICLES:
            k += 1
        rest = object_phrase(claim, k)
        return [tokens[n + 1]] + rest if rest else []
    while k < len(tokens) and not tokens[k].brk and (tokens[k].word.lower() in NOUN_OPENERS
                                                     or possessive(tokens[k])):
        k += 1  # "its", "the", "Mali's" ("overthrew Mali's government")
    opened = k > n + 1
    phrase: list[Token] = []
    while k < len(tokens) and not tokens[k].brk and tokens[k].word.lower() not in stop \
            and tokens[k].word.isalpha() and not inside_name(claim, tokens[k]) \
            and not (phrase and can_be_verb(tokens[k].word)
                     and tokens[k].word.lower().endswith(("ed", "ing"))):
        phrase.append(tokens[k])
        k += 1
    if not opened and any(of_degree(t.word) for t in phrase):
        return []  # "got much worse", "grew stronger": a change of state ("a number": a noun)
    return phrase if phrase and phrase[-1].terms else []


def light_object(claim: Parsed, n: int, done_to: list[Token]) -> list[Token]:
    """What the claim's n-th verb is done to, when its object `done_to` is one bare noun naming
    a part of what follows its "of" ("became part of the mandate", "formed part of the
    budget"): the noun phrase after "of" too, the mandate being what the claim is about. A
    noun of its own ("published evidence of the damage") stays the object. (A verb and noun
    WordNet knows as one lemma, "took place", were tried as no object at all: no gain, and
    a contradicted claim supported whose "took place" alone had kept it away, bench/README.)"""
    tokens = claim.tokens
    if len(done_to) != 1 or tokens.index(done_to[0]) != n + 1:
        return done_to  # "published the evidence", "recalled its ambassador": a real object
    k = n + 2
    if k < len(tokens) and not tokens[k].brk and tokens[k].word.lower() == "of" \
            and done_to[0].word.lower() in PARTITIVES:
        return done_to + object_phrase(claim, k)
    return done_to


def gerund(word: str) -> bool:
    word = word.lower()
    return word.endswith("ing") and can_be_verb(word)


def possessive(token: Token) -> bool:
    """A possessive ("Mali's", "the survey's"): it opens the noun phrase of what is owned."""
    return token.word.endswith(OWNER_ENDINGS)


def own_word_past(claim: Parsed, n: int) -> bool:
    """An irregular past form that is also a word of its own ("paid", "spent", "left",
    "kept"), which `past_form` leaves out, right after a word of its subject ("France paid"):
    not after an article or a preposition ("the paid staff"), nor a regular form or a gerund
    (`verb_base` gives "running" -> run: "stopped running convoys" is the gerund's)."""
    word = claim.tokens[n].word.lower()
    if n == 0 or claim.tokens[n].brk or word.endswith(("ed", "ing")) or not verb_base(word) \
            or irregular_base(word):
        return False
    before = claim.tokens[n - 1].word.lower()
    return before.isalpha() and before not in load_stopwords() or possessive(claim.tokens[n - 1])
