"""A claim of cause and effect that the sentence tells the other way round: "Dust storms are
caused by drought" by "Drought is caused by dust storms", "Erosion leads to floods" by "Floods
lead to erosion".

Support weighs how much of the claim the sentence states, not on which side of the relation
each word stands, so a sentence holding both sides of the claim's relation reached support
whichever side it made the cause: the effect became the cause. The grammar of cause has two
directions: an active verb of causing ("X causes Y", "X leads to Y", "X results in Y", "X
drives Y", "X is the cause of Y", "X was a factor in Y", "X was responsible for Y") puts the
cause before it; a passive one or a connective of
reason ("Y is caused by X", "Y results from X", "Y is due to X", "Y because of X") puts it
after. Each relation's two sides are its clause's content words before and after the
marker, up to a clause break. A sentence reverses the claim when one of its relations puts
claim words of the claim's cause on its effect side and claim words of the claim's effect on
its cause side, and those crossed words outweigh the ones it keeps in place, while none of
its relations keeps the claim's direction. A word both sides of one text hold ("differences
in pressure cause differences in heat") tells no side and is left out. Withholds support
only: a sentence telling the converse need not deny the claim's direction (feedbacks run
both ways).
"""
from __future__ import annotations

from ..search.wordnet import adjectives, adverbs, can_be_verb, verb_base
from .facts import BE, DETERMINERS, Parsed, Token, remembered
from .past_forms import past_verb, past_verb_form

# verbs whose active voice puts the cause first ("X causes Y"); followed by "by", the effect
VERBS = frozenset("cause drive trigger induce produce generate".split())
# verbs that need a particle: the particle and the direction it gives (+1 cause first)
PARTICLED = {("lead", "to"): 1, ("result", "in"): 1, ("result", "from"): -1,
             ("contribute", "to"): 1, ("stem", "from"): -1, ("arise", "from"): -1,
             # nouns and an adjective of causing, read as the verbs are: "X was a factor in
             # Y", "X is a contributor to Y", "X was responsible for Y" put the cause first
             ("factor", "in"): 1, ("contributor", "to"): 1, ("responsible", "for"): 1,
             # and the nouns of an effect: "X is the result of Y", "X is a consequence of Y"
             # put the cause after
             ("result", "of"): -1, ("consequence", "of"): -1}
# connectives of reason: the effect before them, the cause after ("Y due to X")
CONNECTIVES = (("as", "a", "result", "of"), ("because", "of"), ("due", "to"), ("owing", "to"),
               ("thanks", "to"),
               # a subordinator of reason: "the road closed because the river rose" puts
               # its clause's event as the cause, as "because of" does its noun's
               ("because",))
ENDINGS = ("ing", "es", "ed", "s", "d")


def base_of(word: str) -> str:
    """The base of a regular or irregular verb form ("drove" -> drive, "causing" -> cause)."""
    base = verb_base(word)
    if base:
        return base
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            for candidate in (stem, stem + "e"):
                if candidate in VERBS or any(candidate == v for v, _ in PARTICLED):
                    return candidate
    return word


def relations(text: Parsed) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each relation of cause in the text as (cause terms, effect terms), its sides' content
    terms within the marker's clause, less any term both sides hold; remembered on the parse."""
    return [(cause, effect) for cause, effect, _ in marked_relations(text)]


def marked_relations(text: Parsed, reported: bool = False
                     ) -> list[tuple[frozenset[str], frozenset[str], Token]]:
    """`relations`, each with the first token of its marker; remembered on the parse. With
    `reported`, a cause told in a verb's "that" clause is that clause's words alone
    (`reported_at`): what a contradiction reads, where the report's own words ("surveys of 62
    reefs showed that") would cross a claim's side by chance; a withheld support keeps reading
    them, a word crossed there often being one the sentence otherwise leaves unstated."""
    return remembered(text, ("cause relations", reported), found_relations, text, reported)


def found_relations(text: Parsed, reported: bool = False
                    ) -> list[tuple[frozenset[str], frozenset[str], Token]]:
    tokens = text.tokens
    words = [t.lower for t in tokens]
    found = []
    i = 0
    while i < len(tokens):
        marker = marker_at(text, words, i)
        if marker is None:
            i += 1
            continue
        length, direction = marker
        if i and text.text[tokens[i - 1].end:tokens[i].start] == "-":
            i += 1  # "wind-driven": a compound's half, no relation of its clause
            continue
        start = reported_at(text, words, i) if reported else None
        before = frozenset(t for token in tokens[start:i] for t in token.terms) \
            if start is not None else side(text, i, -1) if i else frozenset()
        end = object_end(text, words, i, length) if reported else None
        after = frozenset(t for token in tokens[i + length:end] for t in token.terms) \
            if end is not None else side(text, i + length, 1)
        if before and after:
            both = before & after
            before, after = before - both, after - both
            if before and after:
                found.append((before, after, tokens[i]) if direction > 0
                             else (after, before, tokens[i]))
        i += length
    return found


def reported_at(text: Parsed, words: list[str], i: int) -> int | None:
    """Where the clause of the marker at i starts when a verb's "that" opens it ("surveys of
    62 reefs showed that heat stress caused ..."): the cause is what follows "that", not the
    report's words before it. A relative "that" right before the marker ("the floods that
    caused ...") opens no clause of its own: None."""
    tokens = text.tokens
    for j in range(i - 1, 0, -1):
        if words[j] == "that":
            return j + 1 if j < i - 1 and deed_verb(words[j - 1]) else None
        if tokens[j].brk:  # a break before this word: the clause starts here
            return None
    return None


def object_end(text: Parsed, words: list[str], i: int, length: int) -> int | None:
    """Where the noun phrase after a connective of reason at i ends when a verb in the past
    with its own object follows it in the clause ("fines due to a stall over the
    audit prompted the board to ..."): the connective's cause is that phrase, not the
    clause the verb goes on with. None for another marker, a clause's "because", or no such
    verb."""
    if tuple(words[i:i + length]) not in CONNECTIVES or length == 1:
        return None
    for k in range(i + length + 1, len(words) - 1):
        if text.tokens[k].brk:
            return None
        if past_verb(words[k]) and words[k + 1] in DETERMINERS:
            return k
    return None


def marker_at(text: Parsed, words: list[str], i: int) -> tuple[int, int] | None:
    """The length of the marker of cause at word i and its direction (+1: the cause before
    it), or None."""
    for connective in CONNECTIVES:
        if tuple(words[i:i + len(connective)]) == connective:
            return len(connective), -1
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    base = base_of(word)
    if (base, nxt) in PARTICLED:
        return 2, PARTICLED[(base, nxt)]
    if base == "give" and tuple(words[i + 1:i + 3]) == ("rise", "to"):
        return 3, 1
    if word == "what" and cleft_verb(words, i):
        # "X is what drove Y" / "X is what is driving Y": X the agent of the verb, Y what
        # it acted on
        return 1 + deed_length(words, i + 1), 1
    if word in CLEFT_RELATIVES and it_cleft(text, words, i):
        return 2, 1  # "It is X that drove Y": the same, the subject put after "it is"
    if base in VERBS:
        if nxt == "by":
            return 2, -1  # "is caused by": the cause after
        if nxt in adverbs() and words[i + 2:i + 3] == ["by"]:
            return 3, -1  # "is caused mainly by", "was driven largely by": the same
        if base == "cause" and nxt == "of":
            return 2, 1  # "X is the cause of Y"
        return 1, 1
    return None


def cleft_verb(words: list[str], i: int) -> bool:
    """"what" at i opens a pseudo-cleft whose subject stands before it: a form of "be" right
    before it, a verb in the past or the third person right after it ("Drought is what
    drove the fires", "Winds are what drives the current"). The cleft names its subject as
    the one that did the deed, whatever the verb ("what killed", "what brought on"); a
    question's "what" (no "be" before it) or "what is" (no deed) opens none."""
    if not i or words[i - 1] not in BE or i + 1 >= len(words):
        return False
    return deed_length(words, i + 1) > 0


def deed_length(words: list[str], k: int) -> int:
    """The words of the deed a cleft's "what" opens at k: one verb in the past or the third
    person ("what drove"), or a form of "be" and an "-ing" form, the deed in progress ("what
    is driving", "what was causing"); 0 for none ("what is", no deed)."""
    if k >= len(words):
        return 0
    if words[k] in BE and k + 1 < len(words) and present_participle(words[k + 1]):
        return 2
    if words[k - 2] in PLURAL_BE and plain_verb(words[k]):
        return 1  # "Floods are what erode the banks": a plural subject's present verb
    return 1 if deed_verb(words[k]) else 0


PLURAL_BE = frozenset(("are", "were"))


def plain_verb(word: str) -> bool:
    """A verb's plain form ("erode", "cause"), after a plural cleft's "are what": no form of
    "be" or "have", no "-ing" or past form (those are read as `deed_verb` reads them)."""
    return word.isalpha() and word not in BE and word not in ("have", "had") \
        and can_be_verb(word) and verb_base(word) in (None, word) \
        and not word.endswith(("ing", "ed"))


def deed_verb(verb: str) -> bool:
    """A verb in the past or the third person after a cleft's "what" or relative; no "be"."""
    if verb in BE or not verb.isalpha():
        return False
    return past_verb(verb) or verb.endswith("s") and can_be_verb(verb)


CLEFT_RELATIVES = frozenset("that which who".split())
CLEFT_FOCUS = 8  # words at most between "it is" and the cleft's relative


def it_cleft(text: Parsed, words: list[str], i: int) -> bool:
    """The relative at i closes an it-cleft's focus and a deed follows: "It is the thaw that
    floods the valley", "It was a landslide which blocked the road". As the pseudo-cleft
    (`cleft_verb`), it names the focus as the one that did the deed, whatever the verb. The
    focus, inside the clause, opens with a determiner or a content word ("It is in May that
    ..." puts a time forward, no doer), and ends on no adjective, adverb or past form ("It
    is likely that rains ...", "It is widely believed that ...": a statement extraposed, no
    focus), with no relative inside it (the statement's own relative clause)."""
    if i + 1 >= len(words) or not deed_verb(words[i + 1]):
        return False
    tokens = text.tokens
    k = i - 1
    while k > 0 and i - k <= CLEFT_FOCUS + 1 and not tokens[k].brk:
        if words[k] in BE and words[k - 1] == "it":
            break
        k -= 1
    else:
        return False
    first, last = k + 1, i - 1
    if first > last or not (words[first] in DETERMINERS or tokens[first].terms):
        return False
    if not CLEFT_RELATIVES.isdisjoint(words[first:i]):
        return False  # "it is hardly news that the levy which ... raised": a relative inside
    end = words[last]
    return end.isalnum() and end not in adjectives() and end not in adverbs() \
        and not past_verb_form(end)


def side(text: Parsed, start: int, step: int) -> frozenset[str]:
    """The content terms from `start` (exclusive going back, inclusive going on) to the end of
    the marker's clause in the direction `step`. A break does not end the clause where it
    only lists ("heat, matter, or momentum": a part of up to two words, or one opened by "and"
    or "or"), brackets an aside ("the circulation (AMOC) is driven by"), or, going back, sets
    off a participle's or a relative clause ("Warmer seas, fed by the current, lead to ...";
    "Warm seas, fed by the current, were a factor in ..."), whose own words are left out and
    past which the clause goes on."""
    tokens = text.tokens
    parts = segments(text, start, step)
    terms: set[str] = set()
    previous, previous_span = None, (0, 0)  # the part last crossed, nearer the marker
    if step < 0 and tokens[start].brk and not present_participle(tokens[start].lower) \
            and not passive_after_break(text, start):
        # ", caused by the wind, lead to": the marker opens after an aside, skipped; a
        # marker that is itself an "-ing" participle (", leading to", ", causing") tells
        # the clause before it as its cause, and a passive one (", caused by") as its effect
        if not parts or not aside(tokens[parts[0][0]:parts[0][1]]):
            return frozenset()
        parts = parts[1:]
    skipped = False  # an aside was just passed going back: the part before it is its clause's
    for a, b in parts:
        part = tokens[a:b]
        if previous is not None:
            if step < 0 and aside(part):
                skipped = True
                continue
            near = previous if step < 0 else part  # the part the break opens
            # ("X, combined with Y, was a factor in Z": the aside sits inside X's clause)
            if not (skipped or len(part) <= 2 or len(previous) <= 2 or listing(near)
                    or bracketed(text, a, b) or bracketed(text, *previous_span)):
                break
            skipped = False
        for token in part:
            terms.update(token.terms)
        previous, previous_span = part, (a, b)
    return frozenset(terms)


LISTING = frozenset(("and", "or"))
LIST_END = 3  # words of a list's last part before its "and" ("carbon dioxide and methane")


def listing(part: list[Token]) -> bool:
    """A part after a break that goes on with a list: opened by "and" / "or", or the list's
    last two items joined by one of them after at most LIST_END words ("water, methane and
    carbon dioxide")."""
    return any(t.lower in LISTING for t in part[:LIST_END + 1])
RELATIVES = frozenset("which who that whose where".split())


def segments(text: Parsed, start: int, step: int) -> list[tuple[int, int]]:
    """The clause parts (spans of token indices between breaks) from `start` outwards."""
    tokens, parts = text.tokens, []
    if step < 0:
        end = start
        k = start - 1
        while k >= 0:
            if tokens[k].brk or k == 0:
                parts.append((k, end))
                end = k
            k -= 1
    else:
        first = start
        for k in range(start + 1, len(tokens) + 1):
            if k == len(tokens) or tokens[k].brk:
                parts.append((first, k))
                first = k
    return [(a, b) for a, b in parts if a < b]


def aside(part: list[Token]) -> bool:
    """A part set off by commas that is a participle's or a relative clause ("caused by the
    wind", "which dries the soil")."""
    if not part:
        return False
    word = part[0].lower
    return word in RELATIVES or word.endswith(("ed", "en")) and len(word) > 4 \
        or bool(verb_base(word)) and verb_base(word) != word or present_participle(word)


def passive_after_break(text: Parsed, start: int) -> bool:
    """The marker at `start`, right after a break, is a past participle and "by" (", caused
    by the thaw", ", driven by the winds"): a reduced relative clause telling what brought
    about the thing before the break ("the decline in the catch, caused by the thaw"). Read
    back as the effect, where a sentence of that shape, its effect named as the claim's
    cause, otherwise reached support on its shared words."""
    tokens = text.tokens
    return start + 1 < len(tokens) and tokens[start + 1].lower == "by" \
        and past_verb_form(tokens[start].lower)


def present_participle(word: str) -> bool:
    """A verb's "-ing" form ("including", "covering", "driving"): it opens an aside as a past
    participle does ("The current, including its eddies, drives ...")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return can_be_verb(stem) or can_be_verb(stem + "e") \
        or stem[-1:] == stem[-2:-1] and can_be_verb(stem[:-1])


def bracketed(text: Parsed, a: int, b: int) -> bool:
    """The part is (or ends) a bracketed aside: a bracket opens before or closes after it."""
    tokens = text.tokens
    before = text.text[tokens[a - 1].end:tokens[a].start] if a else ""
    after = text.text[tokens[b - 1].end:tokens[b].start] if b < len(tokens) else ""
    return "(" in before or ")" in after


def weight(terms, weights: dict[str, float]) -> float:
    return sum(weights.get(t, 0.0) for t in terms)


def cause_reversed(claim: Parsed, sentence: Parsed, weights: dict[str, float]) -> bool:
    """Whether the sentence tells one of the claim's relations of cause the other way round
    and none of them the claim's way (module docstring)."""
    return crossed_markers(claim, sentence, weights) is not None


def crossed_markers(claim: Parsed, sentence: Parsed, weights: dict[str, float],
                    reported: bool = False) -> tuple[Token, Token] | None:
    """The claim's marker of cause and the sentence's that tells its relation the other way
    round, where none of the sentence's tells it the claim's way; None otherwise (`reported`:
    as `marked_relations` reads it)."""
    own = marked_relations(claim, reported)
    if not own:
        return None
    theirs = marked_relations(sentence, reported)
    if not theirs:
        return None
    for cause, effect, mine in own:
        crossing, kept_any = None, False
        for s_cause, s_effect, other in theirs:
            cross_a, cross_b = cause & s_effect, effect & s_cause
            kept_a, kept_b = cause & s_cause, effect & s_effect
            crossed = weight(cross_a, weights) + weight(cross_b, weights)
            kept = weight(kept_a, weights) + weight(kept_b, weights)
            if cross_a and cross_b and crossed > kept:
                crossing = crossing or other
            elif kept_a and kept_b and kept >= crossed:
                kept_any = True
        if crossing is not None and not kept_any:
            return mine, crossing
    return None


def cause_made_coeffect(claim: Parsed, sentence: Parsed, weights: dict[str, float]) -> bool:
    """The sentence puts the claim's cause and its effect both on the effect side of one of
    its relations, whose cause side holds none of the claim's cause, and none of its
    relations keeps the claim's direction: "Floods are what erode the banks" by "Heavy rain
    caused the floods and the erosion of the banks". The two are told as effects of another
    cause, with no tie between them, and support weighed on their shared words reached the
    claim's tie. Withholds support only: the sentence does not deny that one fed the other."""
    own = relations(claim)
    if not own:
        return False
    theirs = relations(sentence)
    for cause, effect in own:
        if any(cause & s_cause and effect & s_effect for s_cause, s_effect in theirs):
            continue  # a relation of the sentence keeps the claim's direction
        if any(whole(cause, s_effect, weights) and most(effect, s_effect, weights)
               and not cause & s_cause and s_cause - cause - effect
               for s_cause, s_effect in theirs):
            return True
    return False


def whole(side_terms: frozenset[str], other: frozenset[str], weights: dict[str, float]) -> bool:
    """Every weighted term of a side of the claim's relation is in `other`: the claim's cause
    told whole as an effect ("rising sea levels"), not a word of it ("global" of "global
    warming" in "global extinction")."""
    return any(weights.get(t, 0) > 0 for t in side_terms) \
        and all(t in other for t in side_terms if weights.get(t, 0) > 0)


def most(side_terms: frozenset[str], other: frozenset[str], weights: dict[str, float]) -> bool:
    """More than half the weight of a side of the claim's relation is in `other`: the side
    told there, not one modifier of it ("global" of "global warming")."""
    return 2 * weight(side_terms & other, weights) > weight(side_terms, weights) > 0
