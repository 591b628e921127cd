"""What a claim adds that a sentence stating most of its words may still not say: a
comparison the sentence makes no comparison of, the source the claim reports from, a relation
the sentence turns the other way after the same subject, the owner of a thing, a deed the
sentence only says was attempted, the clause after the scene, any event at all (a reference
or a title).

Support needs every fact of the claim (`qa.claims.check`), but coverage weighs words, and one
word can carry the whole fact while the rest of the sentence matches:

- a predicative comparative ("the fishermen moved closer to the pier", "left the board relying
  less on its ferries") says which way something changed; a sentence with the positive form
  ("moved away from moorings close to the pier") or no comparison at all ("rely heavily on its
  ferries") does not state the change (`unstated_comparison`). Before a noun ("a tougher
  licence") a comparative is a description, often paraphrased ("a more robust licence"), and
  before "than" a comparison `qa.claims.comparisons` reads.
- a report's source ("harbour board officials acknowledged that ...", "the assembly
  concluded that ...") is a fact of the claim: a sentence stating what was found, but not who
  said it (a study, "a report that concluded"), does not support it (`unstated_source`).
- a predicate of one polarity facing one of the other polarity right after the same words
  ("the fishermen welcomed the plan" / "the fishermen disagreed with the closure"):
  `qa.claims.polarity.opposed_polarity` contradicts only when both sides of the word are in
  place; one side in place is already enough to keep support away (`turned_after_subject`).
- a thing the claim gives to one owner ("the Guild's own negligence") that the sentence gives
  to another, described by words the claim lacks ("the island councillors' negligence"):
  the owner is the thing's role (`owner_replaced`).
- a verb the sentence states only as what a negative verb strove for ("has struggled for
  years to advance a lease" / "advanced a lease"): not done, or barely
  (`attempted_only`).
- the main clause after a fronted "When ...," or "After ...," clause is what the claim says
  happened: a sentence stating the scene and a word of the clause does not state it
  (`main_clause`, weighed in `check.align`).
- a sentence with no verb outside its quotations and parentheses, a reference or a title,
  states no event (`verbless`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import (actor_noun, can_be_verb, communicates, derived_forms, hypernyms,
                              inflections, polar_kin, thinks)
from ..text.analyze import load_stopwords
from ..text.lexicon import capital_cities, unchanged_pasts
from .actors import said
from .attribution import reporting_verbs, unattributed
from .auxiliaries import AUXILIARY_WORDS
from .facts import APOSTROPHES, INFINITIVE_NEGATIONS, POSSESSIVE_ENDINGS, Parsed, Token
from .forms import derived_stems
from .main_verb import main_verb_before
from .compare import negated
from .degree import COMPARING, comparative
from .past_forms import past_form, past_shaped
from .refusals import same_side
from .unasserted import directive, verb_forms
from .reason_opener import noun_opener
from .polarity import (anchor_sides, in_place, polar_words, polarity, same_object,
                       stated_places)
from .vocabulary import Vocabulary

def unnamed_text_frame(claim: Parsed) -> set[int]:
    """The positions of the claim's frame that attributes it to an unnamed text, read wide
    (`attribution.unattributed`: "The book recounts that"), unless a word of that frame asks
    for or proposes its clause rather than tells it (`unasserted.directive`, directly or
    through a WordNet hypernym: "recommend" is a kind of "propose"): "The report recommends
    that the board hire pilots" tells no hiring, so its frame stays a fact a sentence must
    state, read narrow as before the wide reading."""
    wide = unattributed(claim, wide=True)
    if any(asks_for(claim.tokens[i].word) for i in wide):
        return unattributed(claim)
    return wide


@lru_cache(maxsize=8192)  # asked of the words of the claim and of each sentence, pair after pair
def asks_for(word: str) -> bool:
    """A verb of asking or proposing (`unasserted.directive`), or one WordNet files under
    such a verb ("recommend" under "propose", "urge" under "advise")."""
    return word.isalpha() and (directive(word) or any(
        directive(h) for form in verb_forms(word) for h in hypernyms(form)))


def unstated_comparison(claim: Parsed, sentence: Parsed) -> Token | None:
    """The claim's first predicative comparative (after a verb, before a preposition, a break
    or the end: "moved closer to", "relying less on", "grew stronger.") that the sentence does
    not write as such; None if there is none. The word itself must be there: its positive
    ("close") or a synonym of the positive states no change."""
    tokens, stop = claim.tokens, load_stopwords()
    inside = [(m.start, m.end) for m in claim.mentions]  # "fewer than 100": a figure's bound
    written = {t.word.lower() for t in sentence.tokens}
    for i, token in enumerate(tokens[1:], 1):
        word = token.word.lower()
        after, before = tokens[i + 1] if i + 1 < len(tokens) else None, tokens[i - 1]
        if not comparative(word) or word in written or token.brk \
                or any(s <= token.start < e for s, e in inside):
            continue
        if after is not None and (after.word.lower() in COMPARING
                                  or not (after.brk or after.word.lower() in stop)):
            continue  # "closer than", "a tougher licence", "more troops"
        if before.word.lower() in stop or not verb_like(before.word):
            continue  # "the closer", "much more": not a verb's comparative
        if repeated(tokens, i) and word not in DIMINISHING and written & GRADUAL:
            continue  # "grew more and more critical" / "became increasingly critical"
        return token
    return None


# the adverbs that tell a change going on by degrees, as a repeated comparative does
GRADUAL = frozenset("increasingly progressively gradually steadily ever".split())
DIMINISHING = frozenset(("less", "fewer", "lesser"))  # "less and less": the other way


def repeated(tokens, i: int) -> bool:
    """The comparative at `i` is repeated after "and" ("more and more", "harder and
    harder"): a change going on by degrees, not a comparison with another thing."""
    return i + 2 < len(tokens) and tokens[i + 1].word.lower() == "and" \
        and tokens[i + 2].word.lower() == tokens[i].word.lower()


@lru_cache(maxsize=8192)  # asked of word after word, pair after pair; the word alone decides
def verb_like(word: str) -> bool:
    """A verb form that a comparative can follow: "moved", "relying", "grew", "became"."""
    word = word.lower()
    return word.isalpha() and (word.endswith("ing") or past_shaped(word))


def unstated_source(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> Token | None:
    """The head of the noun phrase the claim reports from ("officials" in "harbour board
    officials acknowledged that ...") when the sentence does not state it,
    not even by a synonym or another form; None if the claim reports from no one, or from a
    capital (which stands for its government: "Bamako demanded that"), or from an unnamed
    document (`attribution.unattributed`: "the memo reports that"). The document is read
    wide, as this test's own verbs are (any verb of communication: "the book recounts that",
    any noun WordNet files as a text): the source the claim was read in is the corpus itself,
    which no sentence names."""
    tokens, stop = claim.tokens, load_stopwords()
    skipped = unnamed_text_frame(claim)
    figures = [(m.start, m.end) for m in claim.mentions if m.family != "name"]
    for i in range(1, len(tokens) - 1):
        verb = tokens[i].word.lower()
        if tokens[i + 1].word.lower() != "that" or i in skipped or tokens[i].brk \
                or not (verb in reporting_verbs() or communicates(verb)) \
                or not verb_like(verb) and not verb.endswith("s"):
            continue
        head = tokens[i - 1]
        if not head.terms or not head.word.isalpha() or head.word.lower() in stop \
                or verb_like(head.word) or any(s <= head.start < e for s, e in figures) \
                or head.word.lower() in capital_cities():
            continue
        if not said(head, sentence, vocab, stated):
            return head
    return None


def unstated_stance(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> Token | None:
    """The claim's verb of taking a stance on what follows, after a name or an actor noun
    ("the board acknowledged that", "Tolo admitted that", "officials doubt that"), a verb
    of communication or of doubt (`doubting`) that is not one of the neutral
    reporting verbs ("said", "found", "noted": they only frame the content), when the
    sentence states neither it, even by a synonym or another form, nor any verb of saying of
    its own: the sentence tells what happened, not that anyone acknowledged it. None
    otherwise. An unnamed text ("the author records that") is read wide, as in
    `unstated_source`: what the corpus's own author records is what its sentences state."""
    tokens = claim.tokens
    neutral = reporting_verbs()
    skipped = unnamed_text_frame(claim)
    for i in range(1, len(tokens) - 1):
        verb = tokens[i].word.lower()
        if tokens[i + 1].word.lower() != "that" or i in skipped or tokens[i].brk \
                or verb in neutral or not (communicates(verb) or doubting(verb)):
            continue
        # someone who takes the stance: a name or a person or body ("the army"), not a cause
        # ("the threats meant that")
        subject = tokens[i - 1]
        # a present too after its subject ("officials doubt that", "Tolo doubts that"), not
        # an owner's noun ("the board's doubt that")
        if not verb_like(verb) and subject.word.endswith(POSSESSIVE_ENDINGS):
            continue
        if not any(m.family == "name" and m.start <= subject.start < m.end
                   for m in claim.mentions) and actor_noun(subject.word.lower()) is None:
            continue
        if said(tokens[i], sentence, vocab, stated):
            return None
        # a sentence with a verb of saying of its own may word the claim's otherwise; a
        # doubt must be stated itself, even by a synonym: the sentence's "decided that" is
        # no one's doubt
        if communicates(verb) and any(
                t.word.lower() in neutral or communicates(t.word.lower())
                for t in sentence.tokens if t.word.isalpha() and t.word.islower()):
            return None
        return tokens[i]
    return None


def doubting(verb: str) -> bool:
    """A verb of thinking (first sense in WordNet's verb.cognition) that VADER's raters
    found negative: "doubt", "disbelieve", "distrust", "reject", "forget". It takes a stance
    against the clause it opens, which a sentence stating the clause does not state; one of
    knowing or recalling ("let the board know that", "recalled that") takes that clause as
    true, and a belief is not rated either way."""
    return thinks(verb) and polarity(verb, as_verb=True) < 0


def turned_after_subject(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                         ) -> tuple[Token, Token] | None:
    """A predicate of the claim and one of the sentence of opposite polarity, each unstated by
    the other text (`polarity.polar_words`), both verbs, the sentence's right after the claim's
    stated words before its own (its subject's place, `polarity.in_place`), whatever follows:
    "the harbour fishermen welcomed the plan" / "the harbour fishermen disagreed with the
    closure". None if there is none."""
    ours = polar_words(claim, sentence, vocab)
    theirs = polar_words(sentence, claim, vocab, by_synonym=False) if ours else []
    if not theirs:
        return None
    stated = stated_places(claim, sentence, vocab)
    at = {id(t): n for n, t in enumerate(sentence.tokens)}
    for a, value in ours:
        if not verb_like(a.word):
            continue  # "effects are short-term": an adjective after "be" relates nothing
        subject = anchor_sides(claim, claim.tokens.index(a), sentence, stated, vocab)[0]
        for b, other in theirs:
            if value == -other and verb_like(b.word) and subject and not polar_kin_of(a, b) \
                    and in_place(at[id(b)], subject, False) \
                    and same_object(claim, a, sentence, vocab) \
                    and same_object(sentence, b, claim, vocab):
                return a, b
    return None


def polar_kin_of(a: Token, b: Token) -> bool:
    """The two verbs, rated opposite, are kin in WordNet (`wordnet.polar_kin`: one synset, or
    a sense and its direct hypernym): a sentiment rating reads a verb's common sense, and
    "was engaging in raids" (engage: wage) tells what "was fighting" does, no reversal."""
    kin = polar_kin(a.word)
    return bool(kin) and any(form in kin for form in inflections(b.word.lower()))


OWN = frozenset(("own",))  # "the Guild's own negligence": the owner stressed, the same thing


def possessive_owner(text: Parsed, k: int) -> Token | None:
    """The possessive word right before the text's k-th word ("authorities'" in "the host
    councillors' negligence", "Guild's" in "the Guild's own negligence"), or None."""
    j = k - 1
    while j >= 0 and text.tokens[j].word.lower() in OWN:
        j -= 1
    if j < 0 or text.tokens[j + 1].brk:
        return None
    token = text.tokens[j]
    end = token.start + len(token.word)
    plural = token.word.endswith("s") and text.text[end:end + 1] in APOSTROPHES  # "groups'"
    return token if plural or token.word.endswith(POSSESSIVE_ENDINGS) else None


def owner_replaced(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                   stated: frozenset[str]) -> tuple[Token, Token] | None:
    """A thing the claim gives to one owner by a possessive ("the Guild's own negligence")
    that the sentence gives, wherever it says it, to another owner described by a word the
    claim does not state ("the island councillors' negligence"): the owner of a thing is its
    role. `opposition.owner_swapped` reads names; this reads a common noun owning the word
    too. None when the sentence's owner states the claim's ("the guild's" for the Guild's is
    left to the bodies: any owner the claim states, by a synonym or another form, or with no
    word of its own, "the government's", may be the claim's)."""
    for i, token in enumerate(claim.tokens):
        mine = possessive_owner(claim, i)
        if mine is None or not token.terms or not token.word.isalpha() \
                or not token.word.islower():
            continue
        places = [k for k, t in enumerate(sentence.tokens) if t.terms
                  and t.word.lower() == token.word.lower()] or denials_of(claim, i, sentence, vocab)
        owners = [possessive_owner(sentence, k) for k in places]
        if not places or None in owners:
            continue  # the thing unsaid, or said with no owner somewhere
        if all(not said(o, claim, vocab, frozenset()) and described_owner(sentence, o, claim, vocab)
               and not said(mine, sentence, vocab, stated) for o in owners):
            return mine, owners[0]
    return None


def denials_of(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary) -> list[int]:
    """Where the sentence says the claim's "failure to" + verb (the claim's i-th word) as one
    word with a negative prefix ("the groups' failure to comply" / "the authorities'
    noncompliance"): the thing owned, in another form."""
    tokens = claim.tokens
    if tokens[i].word.lower() not in INFINITIVE_NEGATIONS or i + 2 >= len(tokens) \
            or tokens[i + 1].word.lower() != "to":
        return []
    forms = set(derived_stems(tokens[i + 2].word.lower(), vocab.analyzer)) \
        | set(tokens[i + 2].terms)
    spans = {span for stem, span in sentence.prefixed.items() if stem in forms}
    return [k for k, t in enumerate(sentence.tokens) if (t.start, t.end) in spans]


def described_owner(sentence: Parsed, owner: Token, claim: Parsed, vocab: Vocabulary) -> bool:
    """The sentence's owner comes with a word of its own before it that the claim does not
    state either ("island" in "the island councillors'"): a whole other owner, not a shorter
    name for the claim's ("the government's")."""
    n = sentence.tokens.index(owner)
    before = sentence.tokens[n - 1] if n and not owner.brk else None
    return before is not None and bool(before.terms) and before.word.isalpha() \
        and before.word.islower() and not said(before, claim, vocab, frozenset())


ATTEMPT = 4  # words between a verb of failure and its "to" ("struggled for years to advance")


def attempted_only(claim: Parsed, sentence: Parsed) -> tuple[Token, Token] | None:
    """A verb of the claim that the sentence states only as what a negative verb strove for
    ("has struggled for years to advance a lease", "failed to pass"), the claim putting
    no negative word before its own: the sentence says it was not done, or barely. Returns
    (the claim's verb, the sentence's negative verb), or None."""
    tokens = sentence.tokens
    for n, token in enumerate(tokens):
        if not verb_like(token.word) or polarity(token.word.lower()) >= 0:
            continue
        for k in range(n + 1, min(len(tokens) - 1, n + 2 + ATTEMPT)):
            if tokens[k].brk:
                break
            if tokens[k].word.lower() != "to":
                continue
            aim = tokens[k + 1]
            if not (aim.word.islower() and can_be_verb(aim.word)) and says_too(claim, token):
                break  # "suspended the ferries to Orlen": a place, no aim, and the claim's
                # own "suspension of the ferries to Orlen" says what the verb did
            if says_too(claim, token) or rewords(claim, token):
                break  # "the offer to deepen it was rejected by the board": the claim says
                # the verb of failure too, after its aim, as a passive puts it
            for i, mine in enumerate(claim.tokens):
                if mine.terms and set(mine.terms) == set(aim.terms) \
                        and not any(polarity(t.word.lower()) < 0 or negated(claim, t)
                                    for t in claim.tokens[max(0, i - ATTEMPT - 2):i + 1]):
                    return mine, token
            break
    return None


def says_too(claim: Parsed, verb: Token) -> bool:
    """The claim states the sentence's verb itself, by its stem or a form WordNet derives
    from it ("suspended" / "a suspension")."""
    forms = set(derived_forms(verb.word))
    return any(set(t.terms) == set(verb.terms) or t.word.lower() in forms
               for t in claim.tokens if t.terms)


def rewords(claim: Parsed, verb: Token) -> bool:
    """The claim has a verb of the sentence's side of a row of exclusive predicates that is a
    WordNet paraphrase of it ("refused" / "rejected"): it says the refusal too, in other
    words. Not any paraphrase: a "fighting force" says nothing of having "struggled to
    advance" a settlement."""
    return any(same_side(t.word.lower(), verb.word.lower())
               for t in claim.tokens if t.word.isalpha())


# what opens a fronted adverbial clause, before the main clause
SUBORDINATORS = frozenset("when after before once since because while although though if "
                          "as until whenever".split())


def main_clause(claim: Parsed) -> set[str]:
    """The terms of the claim's main clause after a fronted adverbial ("When the council
    extended the licence in 2019, it provided extra funds for the task": "it provided extra
    funds for the task"): from the first break after an opening conjunction ("When",
    "After", "Because") to the end, when a past verb stands there; empty otherwise. Not after
    a phrase ("In 2019,", "With 174 killed,", "Having lost ..."): such a phrase often carries
    the claim's point, and the clause after it restates the sentence ("Kalokol is still the
    poorest harbour"). The adverbial
    sets the scene; the clause after it is what the claim says happened, and a sentence that
    states the scene and only a word of the clause does not state it."""
    tokens = claim.tokens
    if len(tokens) < 3 or tokens[0].word.lower() not in SUBORDINATORS:
        return set()
    start = next((k for k in range(1, len(tokens)) if tokens[k].brk), None)
    if start is None or not any(past_form(t.word) for t in tokens[start:]):
        return set()
    return {term for t in tokens[start:] for term in t.terms}


# what a title or a reference holds: a quotation, a parenthesis ("(Coast Watch, May 3, 2019)")
QUOTED = re.compile(r"‘[^’]*’|“[^”]*”|\"[^\"]*\"|(?<!\w)'[^']+'(?!\w)|\([^)]*\)")
FINITE_WORDS = AUXILIARY_WORDS


def verbless(text: Parsed) -> bool:
    """No word outside quotations and parentheses can be a verb in a form that states
    something (an auxiliary, a past or -s form, a participle, an irregular form): a reference
    or a title ("Ada Moss, 'Kalokol Harbour Risks Becoming a Ghost Port' (Coast Watch, May 3,
    2019).") names a claim's words but states no event,
    and supports none that does. A sentence quoted whole is not a reference: a headline
    ("\"Storms could sink the old fleet\"") states what it says."""
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(text.text)]
    outside = [t for t in text.tokens if not any(a <= t.start < b for a, b in spans)]
    if not outside:
        return False  # a quoted sentence, a headline: what it says is its statement
    for i, token in enumerate(outside):
        word = token.word.lower()
        if word in FINITE_WORDS or can_be_verb(word) and (
                word.endswith(("s", "ing")) or past_shaped(word)):
            return False
        if token.word in unchanged_pasts():  # "the authority cut leakage": lower case, as a
            return False  # title's "Set" or "Cut" is not read as the verb of an event
        if i and plain_present(outside[i - 1], token):
            return False
    return True


def plain_present(before: Token, token: Token) -> bool:
    """A verb's plain present after a plural subject, both in lower case ("factories
    discharge 40 tonnes", "glaciers retreat"): a statement, though no "-s" form, past or
    auxiliary marks it. A title writes its words capitalised ("Glaciers Retreat"), and a
    reference has no such pair; without it a sentence stating the claim with such verbs alone
    was read as verbless and supported nothing. The subject is a content word (a stopword
    such as "this" or "was" has no term) ending in a plural "-s"."""
    word, subject = token.word, before.word
    return word.isalpha() and word.islower() and can_be_verb(word) \
        and subject.isalpha() and subject.islower() and len(subject) > 3 \
        and subject.endswith("s") and not subject.endswith(("ss", "us", "is")) \
        and bool(before.terms) and not can_be_verb(subject)


# what opens a clause giving a cause or the time of the claim's fact, one word or two:
# "because (of)", "due to", "owing to", "following", "after", "in response to"
REASONS = (("because", "of"), ("because",), ("due", "to"), ("owing", "to"), ("following",),
           ("after",), ("in", "response", "to"), ("in", "reaction", "to"),
           ("as", "a", "result", "of"), ("in", "retaliation", "for"))
# "cut the mill's smoke, but at a heavy price to the town": what the fact came with,
# against it, is a fact of its own as a cause is (round 81); not a cause (`cause_connective`),
# and only after a comma ("small but powerful" joins two words of one description)
CONTRASTS = (("but",),)
# more than this share of a reason's content words unstated: the reason is not the sentence's
# ("after seven of them were killed" / "citing the deaths of seven": half, a paraphrase)
UNSTATED_SHARE = 0.5
# words opening a phrase of time after a cause ("because of the drought since 2019"): the time
# tells when the claim's fact held, not what caused it
TIME_OPENERS = frozenset("since during until till throughout".split())
# the openers of `REASONS` that place the fact after another event rather than give its cause:
# after a verb in the present ("the guild scraps the lease soon after the pier's closure") a
# headline retells the story's events in its own words, and such a phrase was read for a cause
SEQUENCE = frozenset(("after", "following"))


def unstated_reason(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> Token | None:
    """The first word of a cause or a time the claim adds to its fact after the fact ("...
    abstained because of its provisions on rights inquiries", "... set up a base after the
    storm flooded its sheds") when the sentence does not state it: more than half its content
    words unstated (its verb alone unstated is too often a paraphrase: "gave its
    authorization" / "authorized", "were killed" / "the deaths of"). The fact may be the
    sentence's, but why or after what it happened is a fact of its own. A fronted clause
    ("After the army withdrew, ...") is the scene, read by `main_clause`, and a phrase of
    time before the verb ("a decade after the mission arrived, ...") no reason; None if the
    claim gives no such reason, or the sentence states it. Besides the connectives of
    `REASONS`, a complex preposition around an abstract noun opens one
    (`reason_opener.noun_opener`: "in objection to", "on the grounds that").
    The fact before a cause may be in the present too ("seals hunt eels because of
    trawling", `main_verb.main_verb_before`)."""
    tokens = claim.tokens
    words = [t.word.lower() for t in tokens]
    written = [t.word for t in tokens]
    for i in range(1, len(tokens)):
        opener = next((r for r in REASONS if tuple(words[i:i + len(r)]) == r), None)
        if opener is None and tokens[i].brk:
            opener = next((r for r in CONTRASTS if tuple(words[i:i + len(r)]) == r), None)
        if opener is None:
            # "in objection to", "out of concern for": a cause opened by an abstract noun,
            # unless the sentence states that noun ("in support of the mission" / "were
            # supporting MINUSMA"): then it gives the stance, its object maybe reworded
            opener = words[i:i + noun_opener(written, i)] or None
            if opener is not None and said(tokens[i + len(opener) - 2], sentence, vocab, stated):
                continue
        if opener is None:
            continue
        j = i - 1
        while j > 0 and not tokens[j].brk and not verb_like(tokens[j].word):
            j -= 1
        if not verb_like(tokens[j].word) and (opener[0] in SEQUENCE
                                               or not main_verb_before(claim, i)):
            continue  # "a decade after the mission arrived, ...": a phrase of time, no fact yet
        clause = []
        for token in tokens[i + len(opener):]:
            if token.brk:
                break
            clause.append(token)
        if any(mostly_unsaid(part, sentence, vocab, stated)
               for part in (clause, cause_core(clause))):
            return tokens[i]
    return None


def cause_core(clause: list[Token]) -> list[Token]:
    """The cause itself, without a phrase of time the claim writes after it: in "because of
    canal dredging since the old weir was built" the cause is the dredging, and the time is
    the main clause's (a sentence stating the time and the fact, but not the dredging, states
    half the phrase's words and none of its cause)."""
    for k, token in enumerate(clause):
        if k and token.word.lower() in TIME_OPENERS and any(t.terms for t in clause[:k]):
            return clause[:k]
    return clause


def mostly_unsaid(phrase: list[Token], sentence: Parsed, vocab: Vocabulary,
                  stated: frozenset[str]) -> bool:
    """More than `UNSTATED_SHARE` of the phrase's content words unstated by the sentence."""
    content = [t for t in phrase if t.terms]
    unsaid = [t for t in content if not said(t, sentence, vocab, stated)]
    return bool(content) and len(unsaid) > UNSTATED_SHARE * len(content)


# what a sentence says a deed went beyond, or stopped before: "done nothing as drastic as
# disrupting", "nothing so bold as", "stopped short of disrupting", "fell short of"
SHORT_OF = re.compile(r"\b(?:(?:nothing|none|no\s+\w+)\s+(?:as|so)\s+\w+\s+as"
                      r"|(?:stop\w*|f[ae]ll\w*)\s+short\s+of)\s+(\w+)", re.I)


def stopped_short(claim: Parsed, sentence: Parsed) -> tuple[Token, str] | None:
    """A verb of the claim that the sentence names only as what was not done, by "nothing as
    drastic as disrupting" or "stopped short of disrupting": the claim that it was done ("went
    as far as disrupting") states what the sentence denies. None when the claim puts the same
    words before it ("stopped short of disrupting" says what the sentence says), or denies
    the verb otherwise ("did not disrupt", "didn't go as far as disrupting")."""
    for match in SHORT_OF.finditer(sentence.text):
        deed = next((t for t in sentence.tokens if t.start == match.start(1)), None)
        if deed is None or not deed.terms:
            continue
        for token in claim.tokens:
            if set(token.terms) != set(deed.terms):
                continue  # "blocked" for "blocking": the same verb
            if all(t in claim.negated for t in token.terms):
                continue  # "did not disrupt": the claim denies it too (`qa.claims.short_of`)
            if not any(own.start(1) == token.start for own in SHORT_OF.finditer(claim.text)):
                return token, match.group()
    return None
