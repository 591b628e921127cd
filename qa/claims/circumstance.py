"""A claim's circumstance of its event, cause or purpose, that the sentence tells otherwise.

"The cannery was shut after a storm" says why (or upon what) the cannery was shut; "The
cannery was shut in 2004 because stocks collapsed" tells the same shutting with a cause of its
own. Coverage weighs the claim's words by rarity, so the cannery, its shutting and its date
reach support while the one word that is the claim's news, "storm", is left unsaid. The same
holds for a purpose ("was set up to manage tourism" / "set up to manage fishing quotas") and
for the occasion one event is placed by ("after a government official briefed the Council" /
"following the selection of a civil society representative that briefed the Council").

Writers reword such phrases ("following the collapse of stocks" for "after stocks collapsed",
"to deploy" for "to send", "lasting" for "sustainable"), and any unsaid word of one (or half
its words unsaid) kept support away from 126 (60) true claims of the read sets for 8 (4) false
ones (round 52). What is kept is the narrow case where the sentence answers the claim's
question with another thing in the same place: the claim's phrase has a verb (or a multiword
opener such as "at the request of") that the sentence states too, and the thing next to it on
one side (its subject before it, the head of its object after it) is a word the sentence does
not state while the sentence's thing in that place is a word the claim never uses. The sentence
must have a phrase of the same kind (a connective of cause or sequence; an infinitive of
purpose or of what was asked), so that it answers the claim's question at all.

One opener is a fact by its own noun: "at the request of Velden's council" (or "at the behest
of", "on the orders of") says someone asked for the event. A sentence that tells of no
asking (the noun, its forms, a first-sense synonym of it or of "ask") does not state it,
whether it gives the event a cause of its own ("after a worsening of the weather over the
strait") or none: "the board widened the zone in 2021 at the request of Brenna's pilots" was
supported by "the board widened the zone in 2021 to include the bay", which says nothing of
who wanted it (round 65; no read set's true claim had such an opener its sentence left
unasked).
"""
from __future__ import annotations

from ..search.wordnet import MODALS, actor_noun, base_verb, can_be_verb
from .actors import said
from .adverb_words import manner_adverb
from .auxiliaries import BE, DO, HAVE
from .compare import synonym_terms
from .facts import Parsed, Token, remembered, without_possessive
from .past_forms import listed_or_regular_past
from .vocabulary import Vocabulary

# connectives that place an event by its cause or by the event it followed; "due" / "owing"
# / "thanks" / "response" / "request" / "result" / "wake" open their phrase with the words after
CAUSES = frozenset("because after following amid amidst upon due owing thanks".split())
PHRASES = (("in", "response", "to"), ("at", "the", "request", "of"), ("as", "a", "result", "of"),
           ("in", "the", "wake", "of"), ("in", "retaliation", "for"), ("in", "protest", "at"),
           ("at", "the", "behest", "of"), ("at", "the", "invitation", "of"),
           ("on", "the", "orders", "of"), ("at", "the", "urging", "of"))
# a participle of giving a reason, after a break: the clause's doer names its cause
CITING = frozenset(("citing",))
# the openers that make the event another's asking: their noun ("request") is a fact the
# sentence must state, where it gives a cause of its own ("after a worsening")
ASKED = frozenset(("request", "behest", "invitation", "orders", "urging"))
# where a phrase of circumstance ends: a clause break (`Token.brk`) or a new clause or phrase
ENDS = frozenset("and but while whereas which who whom that when as so".split())
KIN = frozenset("of to".split())  # the word after "due", "owing", "thanks": part of the opener
INFINITIVE_MARKERS = MODALS | {"to"}
# the shared auxiliaries (`auxiliaries`) but the modals, which take the base form as "to"
# does and stand with it in INFINITIVE_MARKERS
AUXILIARIES = BE | HAVE | DO
# what may stand between a verb and its subject before it ("a representative that briefed",
# "an official who had briefed")
SUBJECT_GAPS = AUXILIARIES | frozenset("that which who also then".split())
# what may stand between a verb and the head of its object after it ("to manage the fishing
# quotas", "at the request of its board")
OBJECT_GAPS = frozenset("the a an its their his her our this these those some any all each "
                        "several many much more".split())


def circumstance_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                          stated: frozenset[str]) -> Token | None:
    """The word of a claim's phrase of cause or purpose that the sentence replaces: the
    subject or object of the phrase's verb (or the first thing after "at the request of"),
    unsaid by the sentence, where the sentence gives the same verb (or opener) another one,
    a word the claim never uses ("to manage tourism" / "to manage fishing quotas", "after a
    government official briefed" / "a civil society representative that briefed"); None
    otherwise. The sentence must have a phrase of the same kind (`phrases`), but to lack
    the asking an opener tells of."""
    mine = phrases(claim)
    if not mine:
        return None
    theirs = phrases(sentence)
    kinds = {kind for kind, *_ in theirs}
    for kind, start, end, opened in mine:
        asked = asking(claim, start, opened)
        if asked is not None and not asking_told(asked, sentence, vocab):
            return asked  # "at the request of Velden's council" / "after a worsening"
            # or no circumstance at all: the asking is a fact of its own either way
        if kind not in kinds:
            continue
        pairs = [(start - 1, other_start - 1, 1) for _, other_start, _, other in theirs
                 if opened and other == opened]  # "at the request of X" / "... of Y"
        pairs += [(i, j, step) for i in range(start, end)
                  for j in counterparts(claim, i, start, sentence, vocab) for step in (-1, 1)]
        for i, j, step in pairs:
            own = argument(claim, i, step, start, end)
            other = argument(sentence, j, step, 0, len(sentence.tokens))
            if own is not None and other is not None \
                    and not said(own, sentence, vocab, stated) \
                    and not said(other, claim, vocab, frozenset()):
                return own
    return None


def asking(claim: Parsed, start: int, opened: tuple[str, ...]) -> Token | None:
    """The noun of an opener that tells the event was done at another's asking ("request"
    of "at the request of"), or None."""
    return next((claim.tokens[start - len(opened) + n] for n, word in enumerate(opened)
                 if word in ASKED), None)


def asking_told(noun: Token, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence tells that someone asked: the noun itself or another form ("requested"),
    a first-sense synonym of it or of "ask". Not the thesaurus's looser kin, which has
    "request" for "call" ("an operational zone called Sector Centre")."""
    return bool(sentence.terms & (set(noun.terms) | synonym_terms(noun.word.lower(), vocab)
                                  | synonym_terms("ask", vocab) | set(vocab.analyzer.terms("ask"))))


def counterparts(claim: Parsed, i: int, start: int, sentence: Parsed, vocab: Vocabulary):
    """Where the sentence states the claim's i-th word, when that word is the verb of the
    claim's phrase (`verb_shaped`): by its terms or a synonym."""
    token = claim.tokens[i]
    if not token.terms or not token.word.islower() or not verb_shaped(claim, i, start):
        return []
    return [j for j, (terms, groups) in enumerate(token_groups(sentence, vocab))
            if any(vocab.matches(t, terms, groups) for t in token.terms)]


def token_groups(sentence: Parsed, vocab: Vocabulary) -> list[tuple[set[str], set[int]]]:
    """Each word's terms and synonym groups (remembered on the parse)."""
    return remembered(sentence, ("circumstance token groups", vocab), lambda: [
        (set(t.terms), set().union(*(vocab.groups.get(term, ()) for term in t.terms)))
        for t in sentence.tokens])


def argument(text: Parsed, i: int, step: int, start: int, end: int) -> Token | None:
    """The thing next to the verb at i on one side, past a determiner after it ("the") or
    a relative or auxiliary before it ("that", "was"), within the phrase [start, end) and its
    clause: before it, the word next to it (its subject: "a civil society representative that
    briefed"); after it, the last of the words that follow one another (its object's head: "to
    manage fishing quotas" -> quotas, "a lasting settlement" -> settlement). A common word outside names and figures; None
    where that is a name, a figure, another verb ("went on", "consider creating a") or
    connective, an adverb."""
    tokens = text.tokens
    k = i + step
    skipped = 0
    while start <= k < end and skipped <= 3:
        token = tokens[k]
        if (step > 0 and token.brk) or (step < 0 and tokens[k + 1].brk):
            return None
        if token.terms:
            if k > 0 and tokens[k - 1].word.lower() in INFINITIVE_MARKERS:
                return None  # a verb ("to send", "would protect")
            if step < 0:
                return token if thing(text, token) else None
            while k + 1 < end and thing(text, tokens[k + 1]) and not tokens[k + 1].brk:
                k += 1
            if k + 1 < end and tokens[k + 1].terms and not tokens[k + 1].brk:
                return None  # "extra uniformed personnel": where the head is, unsure
            return tokens[k] if thing(text, tokens[k]) else None
        if token.word.lower() not in (SUBJECT_GAPS if step < 0 else OBJECT_GAPS):
            return None  # "stick to the agreed", "restore it within a week": a pronoun or
            # a preposition between, no subject or object of the verb
        skipped += 1
        k += step
    return None


def thing(text: Parsed, token: Token) -> bool:
    """A common word that may name a thing: lower case, outside names and figures, no past
    or -ing form of a verb, no connective, no adverb."""
    word = token.word.lower()
    return bool(token.terms) and without_possessive(token.word).isalpha() and token.word.islower() \
        and not listed_or_regular_past(word) and not (word.endswith("ing") and can_be_verb(word)) \
        and word not in CAUSES and not manner_adverb(word) \
        and not any(m.start <= token.start < m.end for m in text.mentions)


def phrases(text: Parsed) -> list[tuple[str, int, int, tuple[str, ...]]]:
    """The text's phrases of circumstance, each with its kind ("cause", "purpose") and the
    span of its words after the opener, and the opener where it is a phrase of its own
    ("at the request of"; remembered on the parse: a claim is read
    against sentence after sentence, a sentence against claim after claim)."""
    return remembered(text, ("circumstance phrases",), lambda: list(read_phrases(text)))


def read_phrases(text: Parsed):
    """Each phrase from its opener to a clause break, a new clause or another opener."""
    tokens = text.tokens
    words = [t.word.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        opened = opener(words, i, tokens)
        if opened is not None and text.text[tokens[i].start - 1:tokens[i].start] == "-":
            opened = None  # "agreed-upon"
        if opened is None:
            i += 1
            continue
        kind, start = opened
        j = start
        while j < len(tokens) and not (j > start and tokens[j].brk) \
                and words[j] not in ENDS and opener(words, j, tokens) is None:
            j += 1
        if j > start:
            yield kind, start, j, tuple(words[i:start]) if start - i > 2 else ()
        i = max(j, i + 1)


def opener(words: list[str], i: int, tokens: list[Token]) -> tuple[str, int] | None:
    """The kind of the phrase opened at word i and where its own words start, or None."""
    word = words[i]
    for phrase in PHRASES:
        if tuple(words[i:i + len(phrase)]) == phrase:
            return "cause", i + len(phrase)
    if word in CITING and tokens[i].brk:
        # "..., citing the drought": the doer's own stated reason, a cause as "because of"
        # gives one; not "the report citing him" (no break: a noun's modifier)
        return "cause", i + 1
    if word in CAUSES:
        if word in ("due", "owing", "thanks"):
            return ("cause", i + 2) if i + 1 < len(words) and words[i + 1] in KIN else None
        if word == "following" and i > 0 and words[i - 1] in ("the", "a"):
            return None  # "the following year"
        return "cause", i + 1
    if word == "to" and i > 0 and i + 1 < len(words) and infinitive(words[i + 1]) \
            and not tokens[i].brk:
        return "purpose", i + 1
    return None


def infinitive(word: str) -> bool:
    """A verb's base form after "to" ("to manage", "to consider"), not a noun ("to Bamako",
    "to disease", "to the")."""
    return word.isalpha() and word.islower() and base_verb(word)



def verb_shaped(claim: Parsed, i: int, start: int) -> bool:
    """The claim's i-th word is used as a verb: the infinitive that opens a phrase of
    purpose, a verb after an auxiliary or a modal, a past form after its subject ("an audit
    found"), or a present form after an actor noun ("a government official briefs"); not a
    noun that can be a verb ("earlier attacks", "troop cap") nor a participle before a noun
    ("to send armed helicopters", "the agreed calendar")."""
    tokens = claim.tokens
    word = tokens[i].word.lower()
    if not can_be_verb(word):
        return False
    before = tokens[i - 1].word.lower() if i > 0 else ""
    return i == start and before == "to" or before in INFINITIVE_MARKERS | AUXILIARIES \
        or listed_or_regular_past(word) and argument(claim, i, -1, start, i) is not None \
        or word.endswith("s") and bool(before) and actor_noun(before) is not None


