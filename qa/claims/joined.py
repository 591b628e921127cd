"""Whether two sentences of a passage go on about the same thing, and which of them states
each fact of a claim they are read together against.

A claim often joins facts its source gives in two sentences ("X, which lost 174 peacekeepers,
saw many of those deaths caused by IEDs" / "X ... with 174 peacekeepers killed." then "Many
of those peacekeepers died because of IEDs."). `check.neighbour_pairs` reads such a pair as
one, and may let it support the claim without every word stated when the two are *joined*:
the second refers back to the first (a pronoun or demonstrative among its first words, or a
time counted from the first's event: "Three days later, ..."), or both state the claim's
subject. A pair must not lend a fact of one sentence's event to the other's: a date, figure
or place of the claim stated by one sentence belongs to the claim's verb it qualifies, and
that verb must be stated by the same sentence when the pair states it at all ("In 2021 the
government changed." then "The mission withdrew." does not state "the mission withdrew in
2021").
"""
from __future__ import annotations

from .actors import said
from .adverb_words import manner_adverb
from .around import attributive, date_phrase, dated_thing
from .compare import synonym_terms
from .facts import Mention, Parsed, Token, remembered
from ..search.wordnet import can_be_verb, verb_base
from .polarity import predicate
from .sequence import gap_word

# words that take a part of a group ("Many of those", "Some of them", "Most of the")
PART_WORDS = frozenset("many some most several few half part majority minority".split())
# words that count a sentence's time from the event told just before it ("Three days later",
# "The following year", "A month earlier")
TIME_LINKS = frozenset("later earlier afterwards subsequently following previous".split())
# words by which a sentence refers back to the one before it, among its first LEANING words
ANAPHORS = frozenset("this these those it its they their them such".split())
LEANING = 5
# the determiners by which a noun phrase names the thing told of before ("the proposed deal"),
# and how many describing words may stand between one and its noun
DEFINITE = frozenset("the this that these those its their".split())
DESCRIBED = 3
# prepositions before a place or origin of the claim's (`placed`)
PLACE_PREPOSITIONS = frozenset("from in into to at near across throughout".split())
# words that open a clause of their own: a figure after one qualifies that clause's verb
# words that join two clauses without relating their events (no order, no cause): a claim
# "X, whereas Y" asserts X and Y, each of which one sentence may state alone (`split_between`)
COORDINATORS = frozenset("and but while whereas yet though although".split())
# adverbs among the stopwords that relate a clause to the one before ("and then", "and so")
LINKING = frozenset("then so accordingly".split())
CLAUSE_OPENERS = frozenset(
    "and but or yet while whereas that which who whom whose when where after before since "
    "although though because as until once following".split())


def part_of_counted(claim: Parsed, second: Parsed) -> bool:
    """The second sentence opens by telling its event of a part of the group the first told
    of ("... with 174 peacekeepers killed." then "Many of those peacekeepers died because of
    IEDs."), and the claim counts its group without that part's word ("174 peacekeepers were
    killed by IEDs"): the first's count is the whole's, not the count of the second's event."""
    if not any(m.family == "count" for m in claim.mentions):
        return False
    words = [t.word.lower() for t in second.tokens[:LEANING + 2]]
    written = {t.word.lower() for t in claim.tokens}
    return any(part in PART_WORDS and of == "of" and back in ANAPHORS | DEFINITE
               and part not in written
               for part, of, back in zip(words, words[1:], words[2:]))


def joined(claim: Parsed, first: Parsed, second: Parsed, first_named: frozenset[str],
           second_named: frozenset[str], vocab) -> bool:
    """The second sentence refers back to the first (an anaphor or a time distance among its
    first words), or both state a word of the claim's subject (`*_named`: the claim terms each
    states in another form, its names)."""
    opening = {t.word.lower() for t in second.tokens[:LEANING]}
    if opening & (ANAPHORS | TIME_LINKS):
        return True
    return any(said(t, first, vocab, first_named) and said(t, second, vocab, second_named)
               for t in subject_tokens(claim))


def subject_tokens(claim: Parsed) -> list[Token]:
    """The claim's content words before its first verb (its subject, with what opens it)."""
    verb = next((n for n in range(len(claim.tokens)) if predicate(claim, n)), len(claim.tokens))
    return [t for t in claim.tokens[:verb] if t.terms]


def lent_fact(claim: Parsed, first, second, vocab, whole: bool = False) -> Mention | None:
    """A figure, date or place of the claim that one sentence states while only the other
    states the claim's verb it qualifies (`first`, `second`: the two sentences' alignments):
    the pair would lend it to another event ("In 2016, insecurity spread." then "This led to
    the decision in 2019 to extend the mandate" for "In 2016 the Council decided to extend
    the mandate"). None when each stays with its verb. `whole`: the two state every word of
    the claim, and a span of time before a word of order is then the gap between their two
    events (`sequence.gap_word`), lent to neither; a pair that leaves a word unsaid ("its pilots"
    / "its sailors") is not read that loosely."""
    for n, mention in enumerate(claim.mentions):
        if mention.family == "name" and not placed(claim, mention) or attributive(claim, mention) \
                or whole and gap_word(claim, mention) is not None:
            continue  # an actor, a year naming a thing ("the 2021 evidence"), a gap: no verb's
        verb = governing_verb(claim, mention)
        if verb is None:
            continue
        stating = [x for x in (first, second) if n in x.found.stated]
        if len(stating) != 1:
            continue  # stated by both (or by neither, then not the pair's to lend)
        own, other = stating[0], second if stating[0] is first else first
        if not said(verb, own.parsed, vocab, own.named) \
                and states_verb(verb, claim, other, vocab):
            return mention
    return None


def describing(claim: Parsed, own, other, weights: dict[str, float], vocab) -> bool:
    """Sentence `own` only describes the thing the claim's date names, which sentence `other`
    tells the claim's event of (`own`, `other`: their alignments): the claim's date names a
    thing (`around.dated_thing`: "turned down the March 2015 preliminary peace deal"), `own`
    states the date and every word of the thing ("A preliminary peace deal was signed ... in
    March 2015."), `other` refers back to it (`referred_back`: "However, the proposed peace
    deal was rejected by ...") and states every other word of the claim. The date is the
    deal's, not lent to `other`'s verb, and who acts in `own` (who signed the deal) is no
    actor of the claim's."""
    for n, mention in enumerate(claim.mentions):
        thing = dated_thing(claim, mention) if n in own.found.stated else []
        if not thing or not all(said(t, own.parsed, vocab, own.named) for t in thing) \
                or not referred_back(thing[-1], other.parsed):
            continue
        start, end = date_phrase(claim, mention)
        lent = {t for token in claim.tokens if start <= token.start < end for t in token.terms} \
            | {t for token in thing for t in token.terms}
        if all(t in other.said or t in lent for t, w in weights.items() if w > 0):
            return True
    return False


def referred_back(head: Token, sentence: Parsed) -> bool:
    """The sentence names the thing by its head noun after a definite determiner ("the
    proposed peace deal", "this deal"): the one the other sentence told of; "a deal drafted by
    others" may be another."""
    tokens = sentence.tokens
    for n, token in enumerate(tokens):
        if head.terms[0] not in token.terms:
            continue
        for before in reversed(tokens[max(0, n - DESCRIBED):n]):
            word = before.word.lower()
            if word in DEFINITE:
                return True
            if not (before.word.isalpha() and before.word.islower() and before.terms) \
                    or before is not tokens[n - 1] and tokens[tokens.index(before) + 1].brk:
                break
    return False


def placed(claim: Parsed, name: Mention) -> bool:
    """The name is a place or origin after a preposition ("soldiers from Niger", "in Gao"),
    not an actor: an actor one sentence names is often the "it" of the next."""
    before = [t for t in claim.tokens if t.end <= name.start]
    return bool(before) and before[-1].word.lower() in PLACE_PREPOSITIONS


def states_verb(verb: Token, claim: Parsed, aligned, vocab) -> bool:
    """The sentence (`aligned`: its alignment) states the claim's verb by a word of its own:
    the verb itself or a synonym that is no other word of the claim ("withdrawing" states the
    claim's "withdrawing", not also its "leave"; each word of a sentence states one of the
    claim's), or in a form the alignment found ("decided" by "the decision", "withdrew" by
    "leaving": `check.align`'s stated terms)."""
    if set(verb.terms) <= aligned.named:
        return True
    free = aligned.parsed.terms - (set(claim.terms) - set(verb.terms))
    groups = vocab.expand(free)
    return all(t in free or vocab.matches(t, free, groups) for t in verb.terms) \
        or bool(synonym_terms(verb.word.lower(), vocab) & free)


def governing_verb(claim: Parsed, mention: Mention) -> Token | None:
    """The claim's verb a figure or date qualifies: the nearest verb before it in its own
    clause ("withdrew ... in 2021"), else the nearest after it in that clause ("and three
    days later the UK said"), or after the comma of an opening phrase ("In 2021, the mission
    withdrew"); None for a figure of a description ("Norland, described as the second-largest
    owner, withdrew"), whose verb is the description's."""
    tokens = claim.tokens
    at = next((n for n, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    opening = True  # nothing but the figure's own phrase before it
    for n in range(at - 1, -1, -1):
        word = tokens[n].word.lower()
        # right before the figure, "that" is its determiner ("deployed that July")
        if word in CLAUSE_OPENERS and not (n == at - 1 and word == "that"):
            opening = False
            break
        if verb_at(claim, n):
            return tokens[n]
        if tokens[n].brk:
            opening = n == 0
            break
    breaks, inner = 0, False  # inner: in a clause the figure opens ("A month before X did Y,")
    for n in range(at, len(tokens)):
        if tokens[n].start < mention.end:
            continue
        if tokens[n].brk and inner:
            inner = False
        elif tokens[n].brk:
            breaks += 1
            if breaks > opening:
                return None
        if tokens[n].word.lower() in CLAUSE_OPENERS:
            inner = True
        elif verb_at(claim, n) and not inner:
            return tokens[n]
    return None


def verb_at(claim: Parsed, n: int) -> bool:
    """The claim's n-th word is a verb stating what someone did (`polarity.predicate`), or an
    irregular past WordNet gives another base for ("said": say, "saw": see)."""
    word = claim.tokens[n].word.lower()
    if predicate(claim, n):
        return True
    base = verb_base(word) if word.isalpha() and not word.endswith(("s", "ing")) else None
    return base is not None and base != word and can_be_verb(word)


def ends_said(claim: Parsed, first, second, vocab) -> bool:
    """Each word a clause of the claim ends on, unless a verb, and each adverb of manner is
    stated by one of the two sentences (`first`, `second`: their alignments): the point of a
    clause ("adopted only by a narrow majority") and how a deed was done ("cheaply
    suspended"), which a pair stating only the rest does not state, as one sentence must state
    an adverb a clause ends on (`vetoes.unstated_manner`). A verb may be one the two sentences
    paraphrase; a name is checked as a name (the corpus's setting may go unsaid)."""
    tokens = claim.tokens
    names = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
    return all(any(said(token, x.parsed, vocab, x.named) for x in (first, second))
               for n, token in enumerate(tokens)
               if token.terms and not any(s <= token.start < e for s, e in names)
               and ((n == len(tokens) - 1 or tokens[n + 1].brk) and not verb_at(claim, n)
                    or manner_adverb(token.word, known=True)))


def split_between(claim: Parsed, first, second, vocab) -> bool:
    """The claim joins two clauses that merely coordinate ("X, whereas Y", "X; Y", "X, but
    Y"), and each sentence (`first`, `second`: their alignments) states its own clause: every
    claim word that only one of them states lies on that one's side of the break (names
    aside: the name one sentence gives is often the "it" of the other). Each clause
    is then told by one sentence, as a claim of one clause is by one sentence, and the pair
    needs no word linking the two (`joined`); a clause of cause or time ("X, after Y", "X
    because Y", "X, and as a consequence Y") relates the two events, which neither sentence
    states, and is no such break."""
    # the claim's coordinating breaks, its own: remembered on its parse (most claims have none,
    # and then no sentence's words are looked up)
    breaks = remembered(claim, ("coordinating breaks",), lambda: [
        n for n in range(1, len(claim.tokens)) if coordinating(claim, n)])
    if not breaks:
        return False
    tokens = claim.tokens
    names = [(m.start, m.end) for m in claim.mentions if m.family == "name"]
    only, unsaid = ([], []), set()
    for n, token in enumerate(tokens):
        if not token.terms or any(s <= token.start < e for s, e in names):
            continue
        stated = [said(token, x.parsed, vocab, x.named) for x in (first, second)]
        if stated[0] != stated[1]:
            only[stated[1]].append(n)
        elif not stated[0]:
            unsaid.add(n)
    if not (only[0] and only[1]):
        return False
    return any(max(one) < n <= min(other) and opens_plainly(claim, n, unsaid)
               for one, other in (only, only[::-1]) for n in breaks)


def coordinating(claim: Parsed, n: int) -> bool:
    """A break before the claim's n-th word joins two clauses without relating them: a
    semicolon, or a comma before a coordinating word ("and", "whereas")."""
    tokens = claim.tokens
    if not tokens[n].brk:
        return False
    mark = claim.text[tokens[n - 1].end:tokens[n].start]
    return ";" in mark or "," in mark and tokens[n].word.lower() in COORDINATORS


def opens_plainly(claim: Parsed, n: int, unsaid: set[int]) -> bool:
    """The clause after the coordinating break before the claim's n-th word opens on no word
    that relates it to the first, which the pair leaves unsaid ("and as a consequence", "and
    thus": `unsaid`, the claim words neither sentence states), nor on a linking adverb of the
    stopwords ("and then", "and so")."""
    tokens = claim.tokens
    for k in range(n + (tokens[n].word.lower() in COORDINATORS), len(tokens)):
        if tokens[k].word.lower() in LINKING or k in unsaid:
            return False
        if tokens[k].terms:
            return True  # the clause's first word a sentence states
    return True
