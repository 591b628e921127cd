"""The order of two events a text tells with a word of order, and whether a sentence tells
the claim's order the other way round: one reading for both callers (`compare.reordered`
reports the conflict in any sentence; `opposition.opposed` keeps a sentence that states the
claim's words from supporting the reverse order).

A word of order between two events of its clause ("after", "before", "prior to" and the verbs
"follow", "precede") puts one event on each side of it: "X came after Y" and "X followed Y"
tell X later, "X came before Y" and "X preceded Y" tell X earlier. Three forms turn the sides:
a passive ("X was followed by Y": X earlier), an adverb fronted before its clause ("Y. Two
weeks later, X": the clause after it is the later event, the other way round from "X after
Y"), and a connective opening its clause ("Two weeks after X, Y", "Following X, Y"), read as
"Y after X": its clause after its object is the side before it. Some words of order order
nothing of their own: an adverb after its one event ("a request two weeks prior", "a year
earlier") measures the gap that the verb or connective of its clause states ("X followed a
request two weeks prior" says X later, as "followed" does); an adverb compared with "than"
("earlier than planned"); a word after a determiner ("the following day"; not a
demonstrative subject, "this led to"). A span of time right before the word ("three days
before") measures the gap and is on neither side (`gap_start`).

Two orders are compared by their sides: the same reading of the word (both "later" on the left)
with the claim's events crossed, or the opposite reading with the events on the same sides,
is the order reversed.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import MODALS, can_be_verb, plural
from ..text.analyze import load_stopwords
from .adverb_words import manner_adverb
from .auxiliaries import DO, HAVE
from .clause_ends import clause_start
from .cleft import cleft_clause
from .facts import (BE, DATE_FAMILIES, DETERMINERS, MEASURES, UNITS, Parsed, Token, around,
                    remembered, token_index)
from .past_forms import past_verb_form
from .verb_timed import after_verb
from .vocabulary import Vocabulary

# words of order that stand between their events (not adverbs); "prior" only before "to"
ORDER_WORDS = frozenset(("after", "before"))  # the pair of `Vocabulary.connectives` that orders
ORDER_ADVERBS = frozenset("later earlier afterwards afterward subsequently previously "
                          "beforehand".split())
# what may stand before a span of time opening a clause: articles, hedges, degree words
OFFSET_OPENERS = frozenset("a an the some only just shortly soon barely about around nearly "
                           "almost roughly approximately exactly over under more less than "
                           "fewer at least most".split())
# A cause comes before its effect, so words of cause order two events as "after" and "before"
# do: after these the cause, before them the effect ("X because Y", "X due to Y" tell X later)
EFFECT_FIRST = {"because": "", "due": "to", "owing": "to", "resulted": "from",
                "resulting": "from", "results": "from",
                # "X in response to Y", "in reaction to" ("the response to Y", after a
                # determiner, is a noun: `attributive`)
                "response": "to", "reaction": "to",
                # "X was (partly) a result of Y", "as a result of Y": a noun, after its
                # determiner, that still tells cause (`attributive`)
                "result": "of"}
# ... and after these the effect ("X led to Y", "X paved the way for Y": X earlier); each word
# -> the word that must follow it ("led" must be followed by "to" in its clause, "led by" is
# no cause: `led_to`)
CAUSE_FIRST = {"caused": "", "causing": "", "causes": "", "prompted": "", "prompting": "",
               "triggered": "", "triggering": "", "sparked": "", "sparking": "",
               "paved": "the", "paving": "the", "resulted": "in", "resulting": "in",
               "results": "in", "led": "to", "leading": "to", "leads": "to",
               # "X drove Y", "Y was driven by X" (passive: `passive_order`); not "is
               # driving", whose "is" `passive_order` would read as a passive
               "drove": "", "driven": "", "drives": ""}
DRIVE_FORMS = frozenset(("drove", "driven", "drives"))
# the particles that make "drive" a verb of pushing something somewhere
DIRECTION_PARTICLES = frozenset("back out away off into from across through "
                                "toward towards home".split())
AUXILIARIES = MODALS | HAVE | DO
# a phrase of time or place fronted before a connective opening its clause: "In March 2015,
# shortly after the vote, ..."
FRONTING_PREPOSITIONS = frozenset("in on at by during since until from within".split())
FRONTED_WORDS = 4
DEMONSTRATIVES = frozenset("this that these those".split())
CROSSED = 2  # the crossed sides must share more than this many times the straight ones
EVENTS = 2  # words each side shares with its counterpart when no word beside the two is shared


@lru_cache(maxsize=4)  # one a vocabulary (its word lists never change): asked of every word
def order_groups(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell the event before them later ("after", "followed") and those that
    tell it earlier ("before", "preceded"): the pair of relation words that holds "after"."""
    for one, other in vocab.connectives:
        if "after" in one:
            return one, other
        if "after" in other:
            return other, one
    return frozenset(), frozenset()


def direction(text: Parsed, token: Token, vocab: Vocabulary) -> int:
    """+1 if the words before `token` in its clause tell the later event, -1 if the earlier
    one, 0 if the word orders no two events there."""
    later, earlier = order_groups(vocab)
    word = token.lower
    sign = 1 if word in later else -1 if word in earlier else causal_sign(text, token)
    if not sign:  # most words: the position is not looked up for them
        return 0
    n = text.tokens.index(token)
    if compared(text, n) or attributive(text, token):
        return 0
    if fronted(text, token):
        return -sign
    if not between(text, token):
        return 0
    if cleft_clause(text, n):
        return sign  # "It was after X that Y": Y after X, its "was" no passive of the word
    # "Three days before X, Y": Y before X, read as "Y before X"; with no clause after its
    # object, the word closes the sentence ("Y, a month after X") and stands between
    # a word of cause with its effect first has no passive: "X is due to Y", "X was because
    # of Y" tell X the effect as "X due to Y" does ("is" no auxiliary of a passive verb)
    effect_first = word not in later and word not in earlier and sign > 0
    return -sign if passive_order(text, token) and not opening(text, token) \
        and not effect_first else sign


def causal_sign(text: Parsed, token: Token) -> int:
    """+1 if `token` is a word of cause with the effect before it ("because", "due to",
    "resulted from"), -1 if one with the cause before it ("caused", "led to", "paved the way
    for", "resulted in"), 0 otherwise."""
    word = token.lower
    if word not in EFFECT_FIRST and word not in CAUSE_FIRST:
        return 0
    n = text.tokens.index(token)
    if supposed(text, n):
        return 0
    following = text.tokens[n + 1].lower if n + 1 < len(text.tokens) else ""
    if manner_adverb(following) and n + 2 < len(text.tokens) and not text.tokens[n + 2].brk:
        following = text.tokens[n + 2].lower  # "due partly to", "owing largely to"
    if EFFECT_FIRST.get(word) in ("", following):
        return 1
    needed = CAUSE_FIRST.get(word)
    if word in DRIVE_FORMS and following in DIRECTION_PARTICLES:
        return 0  # "drove back the rebels", "drove out the settlers": a push, no cause
    if needed is None or following == "by" and needed:
        return 0  # "led by the army", "resulting by": a leader or nothing, no cause
    if needed != "to":
        return -1 if needed in ("", following) else 0
    return -1 if led_to(text, n) else 0


def supposed(text: Parsed, n: int) -> bool:
    """A modal stands in the clause before the word at `n` ("how much the temperature would
    rise due to CO2", "could lead to delays"): a cause supposed or foreseen, no two events
    that happened in an order."""
    for t in reversed(text.tokens[:n]):
        if t.word.lower() in MODALS:
            return True
        if t.brk:
            return False
    return False


def led_to(text: Parsed, n: int) -> bool:
    """The verb at `n` ("led", "leading") is followed by "to" in its clause, right after it or
    after its object ("led to delays", "led the council to act")."""
    for t in text.tokens[n + 1:n + 8]:
        if t.brk:
            return False
        if t.word.lower() == "to":
            return True
    return False


def reversed_order(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: bool = False,
                   ) -> tuple[Token, Token] | None:
    """The claim's word of order and the sentence's word that tells the claim's two events in
    the other order; None if there is none. `stated`: the sentence states the claim's words
    otherwise (`opposition.opposed`), and the claim's own word with the sides crossed reverses
    it; without that, the same word crossed is as often the clauses recast ("grew after the
    coups" / "after the coups increased tensions"), and only another word of the group counts,
    with two words on each crossed side."""
    # each text's words of order are its alone: remembered on its parse, as the claim's are
    # asked again for every sentence and a sentence's for every claim with a word of order
    mine = [(a, d) for a, d in claim_order_list(claim, vocab)
            if not same_denial(claim, a, sentence)]
    if not mine:
        return None
    theirs = remembered(sentence, ("order words", vocab), order_words, sentence, vocab)
    for a, way in mine:
        for b, other in theirs:
            straight, crossed = overlaps(claim, a, sentence, b, vocab, dated=way != other)
            if way == other:  # the same reading: reversed if the events crossed sides
                if min(crossed) > 0 and sum(crossed) > CROSSED * sum(straight) and (
                        stated or a.word.lower() != b.word.lower() and min(crossed) >= EVENTS):
                    return a, b
            elif min(straight) > 0 and sum(straight) > sum(crossed) and (
                    same_place(claim, a, sentence, b, vocab) or min(straight) >= EVENTS):
                # the opposite reading, each event on its side: "shortly before" / "shortly
                # after", or two words of each event ("decided to end X before Y asked" /
                # "the decision to end X followed a request from Y")
                return a, b
    return None


def order_words(text: Parsed, vocab: Vocabulary) -> list[tuple[Token, int]]:
    """The text's words that order two events, each with its `direction`."""
    return [(t, d) for t in text.tokens if (d := direction(text, t, vocab))]


def claim_order_list(claim: Parsed, vocab: Vocabulary) -> list[tuple[Token, int]]:
    """`claim_order_words`, remembered on the claim's parse: asked for every sentence (and
    once by `compare.relation_or_order`, which skips `reordered` for a claim without any)."""
    return remembered(claim, ("claim order words", vocab),
                      claim_order_words, claim, vocab)


def claim_order_words(claim: Parsed, vocab: Vocabulary) -> list[tuple[Token, int]]:
    """The claim's words of order that it does not deny."""
    return [(a, d) for a, d in order_words(claim, vocab) if not negated(claim, a)]


def overlaps(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary,
             dated: bool = True) -> tuple[tuple[int, int], tuple[int, int]]:
    """How many words (with synonym groups) the two sides of `a` share with those of `b`:
    (before-before, after-after) and (before-after, after-before). Without `dated`, a date
    both texts give on the same side is not counted as shared that way: read with the same
    word of order, "X on 24 July, the day after Y" and "Y on 24 July, a day after X" both
    date their later event, whichever it is, so the date says nothing of which event stands
    there; crossed, it still counts. (Against the reverse word a date shared on one side is
    the event's own: "before the August 2020 coup" / "following the changes in August 2020".)"""
    # each text's sides of its word are its alone, remembered: a sentence's are asked again
    # for every claim word of order, a claim's for every sentence
    mine = remembered(claim, ("order sides", a.start, vocab),
                      sides, claim, a, vocab)
    theirs = remembered(sentence, ("order sides", b.start, vocab),
                        sides, sentence, b, vocab)
    dates = frozenset() if dated else date_terms(claim)
    return ((len(mine[0] & theirs[0] - dates), len(mine[1] & theirs[1] - dates)),
            (len(mine[0] & theirs[1]), len(mine[1] & theirs[0])))


def date_terms(text: Parsed) -> frozenset[str]:
    """The terms of the text's dates: its years and months, with a month's day."""
    return remembered(text, ("date terms",), lambda: frozenset(
        term for m in text.mentions if m.family in DATE_FAMILIES
        for t in text.tokens if m.start <= t.start < m.end for term in t.terms))




def sides(text: Parsed, token: Token, vocab: Vocabulary) -> tuple[set, set]:
    """The terms (with their synonym groups) on each side of a word of order: before it, the
    whole text (the event an inserted phrase orders is often told before the phrase: "the
    departure of the forces – coming shortly after ..."); after it, its object, up to the end
    of its clause ("concerns over the forces' commitment following previous attacks, the
    mission's ability ..." orders the attacks, nothing after the comma). A fronted adverb
    orders the whole text after it against what came before its clause."""
    i = text.tokens.index(token)
    cleft = cleft_clause(text, i)
    if cleft:  # "It is only after X that Y": Y the side before the word, X the one after it
        return expand(text.tokens[cleft[0]:cleft[1]], vocab), \
            expand(text.tokens[i + 1:cleft[0] - 1], vocab)
    if not fronted(text, token) and opening(text, token):
        clause = opened_clause(text, i)
        if clause:  # its clause after its object is the side before it, as in "Y before X"
            return expand(text.tokens[clause[0]:clause[1]], vocab), \
                expand(text.tokens[i + 1:clause[0]], vocab)
    start = i + 1
    if not fronted(text, token) and start < len(text.tokens) and text.tokens[start].brk:
        # an inserted phrase right after the word ("followed, by about a month, the
        # sanctions"): its object is the clause after the phrase
        start = next((k for k in range(start + 1, len(text.tokens)) if text.tokens[k].brk),
                     len(text.tokens))
    # a word of cause ends the object before it: "sanctions due to the delay led the
    # authorities to impose restrictions" gives the delay as the cause, not the restrictions
    end = len(text.tokens) if fronted(text, token) else next(
        (k for k in range(start + 1, len(text.tokens))
         if text.tokens[k].brk or causal_sign(text, text.tokens[k])), len(text.tokens))
    return expand(text.tokens[:gap_start(text, i)], vocab), expand(text.tokens[start:end], vocab)


def gap_start(text: Parsed, i: int) -> int:
    """Where the span of time right before the word of order at `i` starts ("three days
    before", "Two weeks later,"), or `i` if there is none: the span measures the gap between
    the two events and belongs to neither, so "the board voted three days before the hearing"
    and "The hearing ... Three days later, the board voted" do not share "three days" as if
    on one side. A span is a unit of time ("days", "a year") with the numbers and hedges
    before it; a year or a count alone before the word ("in 2013 before") is the event's."""
    tokens = text.tokens
    if i == 0 or tokens[i].brk \
            or MEASURES.get(tokens[i - 1].word.lower().rstrip("s")) != "time":
        return i
    k = i - 1
    # a token's `brk` is a break before it: the span goes back to it, and no further
    while k and not tokens[k].brk and (
            (word := tokens[k - 1].word.lower()) in OFFSET_OPENERS
            or word in UNITS or word.replace(",", "").isdigit()):
        k -= 1
    return k


def gap_word(text: Parsed, mention) -> Token | None:
    """The word of order whose gap the figure measures, the span of time right before it
    ("informed the UN three days after the UK announced", "Three days later, ..."); None if
    the figure is no such span. A gap is between two events, and qualifies neither verb."""
    tokens = text.tokens
    first = next((n for n, t in enumerate(tokens) if t.end > mention.start), len(tokens))
    # the order word ends the span: right after the figure or after its unit ("three days")
    return next((tokens[j] for j in range(first + 1, min(first + 3, len(tokens)))
                 if tokens[j].word.lower() in ORDER_WORDS | ORDER_ADVERBS
                 and gap_start(text, j) <= first), None)


def gap_of_other_events(claim: Parsed, mine, sentence: Parsed, theirs,
                        vocab: Vocabulary) -> bool:
    """Both figures are gaps between two events (`gap_word`), and the sentence's measures
    another pair than the claim's: its word of order has neither of the claim's events on
    its sides the claim's way round or crossed, and, an adverb with its clause alone ("Three
    days later, the UK announced"), its clause is not the claim's event of its time ("eight
    days after the UK's announcement": the UK's is the claim's earlier event, three days
    after some other). Such figures are no rivals: "eight days" and "three days" may both
    hold."""
    a = gap_word(claim, mine)  # the claim's first: most of its figures are no gap
    b = gap_word(sentence, theirs) if a is not None else None
    if a is None or b is None:
        return False
    if not direction(claim, a, vocab) or not direction(sentence, b, vocab):
        return False
    straight, crossed = overlaps(claim, a, sentence, b, vocab)
    if min(straight) > 0 or min(crossed) > 0:
        return False
    return told_in_order(claim, a, sentence, b, vocab) < 1


def same_place(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary) -> bool:
    """The word right before or right after both is the same ("shortly before" / "shortly
    after"): the two words of order place the same thing."""
    mine, theirs = around(claim, a.start, a.end, 1), around(sentence, b.start, b.end, 1)
    return bool(expand(mine[0], vocab) & expand(theirs[0], vocab)
                or expand(mine[1], vocab) & expand(theirs[1], vocab))


def negated(text: Parsed, token: Token) -> bool:
    return bool(text.negated) and not text.negated.keys().isdisjoint(token.terms)


def same_denial(claim: Parsed, a: Token, sentence: Parsed) -> bool:
    """The claim's word is a negation ("passed without unanimity") whose words the sentence
    denies too ("not unanimously passed, with two members abstaining"): the claim's denial said
    otherwise, and the sentence's "with" is about something else."""
    return any(start == a.start and term in sentence.negated
               for term, (start, _) in claim.negated.items())


def expand(tokens: list[Token], vocab: Vocabulary) -> set:
    """The tokens' terms and their synonym groups."""
    terms = {term for t in tokens for term in t.terms}
    return terms | {("group", g) for g in vocab.expand(terms)}


def between(text: Parsed, token: Token) -> bool:
    """A word of order that stands between its two events ("X after Y", "X followed Y", "X
    prior to Y"), not an adverb after its one event ("a request two weeks prior", "a year
    earlier")."""
    word = token.word.lower()
    if word == "prior":
        n = text.tokens.index(token)
        return n + 1 < len(text.tokens) and text.tokens[n + 1].word.lower() == "to"
    return word not in ORDER_ADVERBS


def passive_order(text: Parsed, token: Token) -> bool:
    """A word of order in the passive ("was followed by", "preceded by"): its subject is the
    other event from the active's."""
    n = text.tokens.index(token)
    before = text.tokens[n - 1].word.lower() if n else ""
    after = text.tokens[n + 1] if n + 1 < len(text.tokens) else None
    # "followed, by about a month, the sanctions": a gap set off by commas, no agent
    return before in BE or after is not None and after.word.lower() == "by" and not after.brk


def fronted(text: Parsed, token: Token) -> bool:
    """An adverb of order set before its clause, a comma after it ("Three days later, the
    board voted"): it orders the clause after it against what came before, the other way
    round from a connective ("the board voted three days after the hearing")."""
    n = token_index(text, token)
    return token.word.lower() in ORDER_ADVERBS and n + 1 < len(text.tokens) \
        and (text.tokens[n + 1].brk and text.text[token.end:text.tokens[n + 1].start].strip() == ","
             and not after_verb(text, n)  # "flower earlier, and": its verb's time (`verb_timed`)
             or clause_opening_adverb(text, n)) \
        or referring_back(text, n) or cause_referred_back(text, n)


def clause_opening_adverb(text: Parsed, n: int) -> bool:
    """An adverb of order at `n` that opens a clause after a break, only a conjunction or a
    word of degree before it and its clause right after it, no comma ("X, and only
    afterwards did Y", "X; subsequently Y"): set before its clause as "Later, Y" is, so it
    tells the clause after it the later event, not the one before it. Read as an adverb after
    its event ("X happened later"), such a claim ordered nothing, and a sentence telling the
    two events the other way round ("X followed Y") supported it. Not at the text's start
    (nothing before it to order against) nor with its clause cut off right after it. A span
    of time may stand before it ("X, and three days later Y")."""
    tokens = text.tokens
    if tokens[n + 1].brk:
        return False
    # a span of time before it measures the gap and opens the clause with it ("X, and two
    # weeks later Y"): read back from the span's start
    g = gap_start(text, n)
    for t in reversed(tokens[:g]):
        if t.word.lower() not in CLAUSE_JOINERS and t.word.lower() not in OFFSET_OPENERS:
            return False
        if t.brk:
            return t is not tokens[0]
    return tokens[g].brk and g > 0


def cause_referred_back(text: Parsed, n: int) -> bool:
    """A word of cause whose object is the event told before it ("X, and because of this Y",
    "X; owing to that, Y", "in response to this"): the cause is told first, the effect after
    it, the other way round from "Y because of X", as "after this" is from "Y after X"."""
    tokens = text.tokens
    word = tokens[n].word.lower()
    if word not in EFFECT_FIRST:
        return False
    k = n + 1
    if k < len(tokens) and not tokens[k].brk \
            and tokens[k].word.lower() in ("of", "to", "from", EFFECT_FIRST[word]):
        k += 1
    if k >= len(tokens) or tokens[k].brk or tokens[k].word.lower() not in ("this", "that"):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.brk or not after.word.islower() \
        or after.word.lower() in load_stopwords()


def referring_back(text: Parsed, n: int) -> bool:
    """"after"/"before" whose object is the event told before it ("X, and a month before that
    Y", "after this, Y", "before then", "X, after which Y"): an adverb, like "earlier" set before its clause; not
    "that" as a determiner ("before that decision")."""
    tokens = text.tokens
    if tokens[n].word.lower() not in ORDER_WORDS or n + 1 >= len(tokens):
        return False
    pronoun = tokens[n + 1].word.lower()
    # "X, after which Y": the relative pronoun stands for X, as "then" does, so Y is the
    # later event, read as "X. After that, Y" (not as "X after Y")
    if pronoun == "then" or pronoun == "which":
        return True
    if pronoun not in ("that", "this") or tokens[n + 1].brk:
        return False
    after = tokens[n + 2] if n + 2 < len(tokens) else None
    return after is None or after.brk or not after.word.islower() \
        or after.word.lower() in load_stopwords() or plural_follows(tokens, n + 2)


# words of a noun phrase a determiner "that" may stand before: "that harbour board's"
DETERMINED_REACH = 3


def plural_follows(tokens: list[Token], k: int) -> bool:
    """A plural noun opens the words from `k` on, before any break or possessive ("before that
    board officials expelled"): "that" is then no determiner, which agrees with its noun in
    number ("that official", "those officials"), but the pronoun of "before that"."""
    for i, token in enumerate(tokens[k:k + DETERMINED_REACH]):
        word = token.lower
        if i and token.brk or not word.isalpha() or word in load_stopwords():
            return False  # (a break before the word (`Token.brk`) ends the phrase; "that
            # guild's officials": the guild's, a possessive)
        if plural(word):
            return True
    return False


def opening(text: Parsed, token: Token) -> bool:
    """The word of order opens its clause, only a span of time before it ("Three days after
    the vote, ...", "Shortly before ..."): its main event comes after its object. So does
    one set off right after a short fronted phrase of time or place that opens the text ("In
    2031, following the floods, the board ..."): read as standing between its events, its
    side before was that phrase alone, and a claim telling the two events the other way round
    ("the board acted in 2031, and only afterwards did floods come") was supported."""
    n = text.tokens.index(token)
    if token.brk and n and opens_text(text, n):
        return True
    for t in reversed(text.tokens[:n]):
        word = t.word.lower()
        if not (word in OFFSET_OPENERS or word.isdigit() or word in UNITS
                or word.rstrip("s") in MEASURES or word in CLAUSE_JOINERS):
            return False
        if t.brk:
            return True
    return True


# a conjunction may open the clause a connective opens ("..., and due to X, Y")
CLAUSE_JOINERS = frozenset(("and", "but", "yet"))


def opened_clause(text: Parsed, n: int) -> tuple[int, int] | None:
    """The span of tokens of the clause that a connective opening its clause at `n` orders
    ("Three days before the vote, the board met": "the board met"), after its object and the
    comma that ends it; None if the object runs to the end."""
    tokens = text.tokens
    end = next((k for k in range(n + 1, len(tokens)) if tokens[k].brk), None)
    if end is None or text.text[tokens[end - 1].end:tokens[end].start].strip() != ",":
        return None
    clause = next((k for k in range(end + 1, len(tokens)) if tokens[k].brk), len(tokens))
    if not opens_text(text, n) and not any(past(tokens, k) for k in range(end, clause)):
        return None  # "Y, a day after X injured one French, several Estonian troops": the
        # phrase closes Y's clause, and the comma after its object parts a list, no clause
    return end, clause


def opens_text(text: Parsed, n: int) -> bool:
    """Only a span of time stands before the connective at `n` ("Three days after ..."), or a
    short fronted phrase of time or place ("In 2013, shortly after ..."), not a clause of
    its own ("Crews inspect the pier, a day after ...")."""
    start = clause_start(text.tokens, n)
    return start == 0 or start <= FRONTED_WORDS \
        and text.tokens[0].word.lower() in FRONTING_PREPOSITIONS


def past(tokens: list[Token], k: int) -> bool:
    """The k-th word is a verb of its clause: a past form ("met", "voted") or a verb after an
    auxiliary or a modal ("will meet", "has voted")."""
    word = tokens[k].word.lower()
    return word.isalpha() and (past_verb_form(word) or can_be_verb(word) and k > 0
                               and tokens[k - 1].word.lower() in AUXILIARIES)


def compared(text: Parsed, n: int) -> bool:
    """An adverb of order compared with "than" right after it ("earlier than planned"): a
    comparison with a plan, not an order of two events."""
    return text.tokens[n].word.lower() in ORDER_ADVERBS and n + 1 < len(text.tokens) \
        and text.tokens[n + 1].word.lower() == "than"


def attributive(text: Parsed, token: Token) -> bool:
    """A relation word after a determiner, qualifying a noun ("the deaths in the preceding
    months", "the following day"): it places that noun against the sentence's own event, not
    one side of the sentence against the other. A demonstrative before a past verb is its
    subject, not a determiner ("this led to an intervention", "that followed the vote")."""
    n = text.tokens.index(token)
    before = text.tokens[n - 1].word.lower() if n else ""
    if token.word.lower() == "result" and causal_sign(text, token):
        return False  # "a result of", "the result of": the noun of cause itself
    return before in DETERMINERS and not (
        before in DEMONSTRATIVES and (token.word.lower().endswith("ed") or token.word == "led"))


def told_in_order(claim: Parsed, a: Token, sentence: Parsed, b: Token, vocab: Vocabulary) -> int:
    """Whether the sentence's adverb of order set before its clause (`b`: "Two weeks later,
    the board announced ...", its other event told before it) has, in its clause, the event
    the claim's word of order (`a`) puts on the same side of time: 1 for "The company
    informed the council two weeks before the board announced" told as "... Two weeks later,
    the board announced", -1 for "The board announced two weeks before the company informed
    the council" (the clause is the claim's earlier event, told as the later), 0 when either
    word orders nothing or the clause shares no more with one of the claim's events than
    with the other."""
    mine, theirs = direction(claim, a, vocab), direction(sentence, b, vocab)
    if not mine or not fronted(sentence, b):
        return 0
    clause = sides(sentence, b, vocab)[1]
    before, after = sides(claim, a, vocab)
    # `theirs` -1: the text before the adverb is the earlier event, its clause the later
    later, earlier = (before, after) if mine > 0 else (after, before)
    same, other = (later, earlier) if theirs < 0 else (earlier, later)
    return (len(clause & same) > len(clause & other)) - (len(clause & other) > len(clause & same))
