"""How much of a group a text says something of: "most", "nearly all", "few".

A quantifier is a fact of its own, and the stopword list drops most of them from the weighted
words coverage counts ("most", "few", "all"). "Most of the troops were Pakistani" is not stated
by a sentence naming a Pakistani hospital beside troop pledges, and "English is widely spoken"
is denied, not stated, by "relatively few people speak English". Two classes, each a
proportion a writer would not give without saying so: the greater part (MOST: "most", "the
majority", "nearly all") and a small part (FEW: "few", "a minority", "a handful", "a small
number"); and the whole (ALL: "all", "every"), which a sentence may leave unsaid of a group it
names, so only another part it gives of it ("most troops") leaves a claim's "all" unstated. A claim's
quantifier must be stated by one of its class or by a share (a percent, a fraction), when the
sentence speaks of what it quantifies; a sentence's "few" denies a claim that says nothing of a
small part (nor denies anything: "not many" is few), when the claim speaks of what the "few"
quantifies ("very few facilities" says nothing against "whole camps were shipped").
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from .auxiliaries import BE
from .facts import (DETERMINERS, MEASURES, POSSESSIVE_ENDINGS, UNITS, Mention, Parsed, Token,
                    UNMADE, negated_word, remembered)
from .frequency import frequency_stated
from .quantity_duality import denied_after
from .tallies import counted
from .vocabulary import Vocabulary

MOST, FEW, ALL, SOME = "most", "few", "all", "some"
WORDS = {"most": MOST, "majority": MOST, "bulk": MOST, "few": FEW, "minority": FEW,
         "handful": FEW}
PAIRS = {(hedge, whole): MOST for hedge in ("nearly", "almost", "virtually", "practically")
         for whole in ("all", "every", "everyone", "everybody")}
PAIRS.update({(size, "part"): MOST for size in ("greater", "larger", "biggest", "largest")})
PAIRS.update({(size, part): FEW for size in ("small", "tiny")
              for part in ("part", "share", "fraction", "proportion", "minority", "number")})
# before "few": some, not a small part ("a few", "quite a few"; but "only a few" is few), or a
# span of time ("the past few years", "the next few weeks": also `MEASURES` after it)
NOT_FEW = frozenset("a past last next these those first".split())
# before "most": a superlative ("the most dangerous", "was most likely", and after a possessive
# determiner, "its most severe drought", "their most important"), a bound ("at most")
NOT_MOST = BE | frozenset("the a at its their his her our my your".split())
# the whole of a group ("all the troops", "every contingent"), not an idiom around "all"
# ("at all", "above all", "all but", "of all kinds", "once and for all", "all along")
UNIVERSAL = frozenset(("all", "every"))
NOT_ALL_BEFORE = frozenset("at above for of after".split())
NOT_ALL_AFTER = frozenset("but along over kinds sorts types".split())
# a part of a group, of no stated size ("several contingents", "some donors", "a few of
# them"): another part than the whole, so it leaves a claim's "all" unstated; a sentence may
# name one without a claim on the same group naming it, so it is asked of no claim
SOME_WORDS = frozenset("several some certain".split())
SCOPE = 4  # words after a quantifier that say what it quantifies ("few people in Mali")


def quantities(text: Parsed) -> list[tuple[str, int]]:
    """Each quantifier of the text: its class and the index of its (last) word. The text's
    alone, remembered on its parse: a claim's is asked with every sentence that has a figure,
    a sentence's with every claim it may support."""
    found = text.memo.get(("quantities",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("quantities",), quantifiers_of, text)
    return found


def quantifiers_of(text: Parsed) -> list[tuple[str, int]]:
    """`quantities`, worked out."""
    words = [t.lower for t in text.tokens]
    found = []
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if (before, word) in PAIRS:
            found.append((PAIRS[before, word], i))
        elif word == "few" and (before not in NOT_FEW or before == "a" and i > 1
                                and words[i - 2] == "only") \
                and after.rstrip("s") not in MEASURES:
            found.append((FEW, i))  # "few people", "only a few people"
        elif word == "most" and before not in NOT_MOST and not after.endswith("ly") and after \
                and not before.endswith(POSSESSIVE_ENDINGS):  # "the country's most severe"
            found.append((MOST, i))  # "most of the troops", "most troops"
        elif word == "little" and scant(words, i):
            found.append((FEW, i))  # "little value", "did little to", "of very little use"
        elif word in WORDS and word not in ("few", "most"):
            found.append((WORDS[word], i))
        elif (word in SOME_WORDS or word == "few" and before == "a") and after \
                and not after[0].isdigit() and after not in UNITS \
                and after.rstrip("s") not in MEASURES:
            found.append((SOME, i))  # "several contingents"; not "some 13,000", "a few weeks"
        elif word in UNIVERSAL and before not in NOT_ALL_BEFORE and after \
                and after not in NOT_ALL_AFTER:
            found.append((ALL, i))  # "all the dead", "every contingent"
    return found


def scant(words: list[str], i: int) -> bool:
    """Whether "little" at i is a small amount of a mass ("little value", "added little",
    "of little use"), the FEW of what is not counted, not a size ("a little boat", "the little
    harbour", "little boats") nor "a little" (some). Its word is the claim's point where the
    claim judges a thing of little worth, and a sentence judging it of worth ("highly
    desirable") states every other word."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before not in DETERMINERS and not before.endswith(POSSESSIVE_ENDINGS) \
        and not (after.endswith("s") and not after.endswith("ss"))


def quantified(text: Parsed, i: int) -> list[Token]:
    """The content words after the i-th word, up to SCOPE of them in its clause: what the
    quantifier there is said of."""
    stop, found = load_stopwords(), []
    for token in text.tokens[i + 1:]:
        if token.brk or len(found) >= SCOPE:
            break
        if token.terms and token.word.lower() not in stop:
            found.append(token)
    return found


def speaks_of(words: list[Token], text: Parsed, vocab: Vocabulary,
              named: frozenset[str] = frozenset()) -> bool:
    groups = vocab.expand(text.terms)
    return any(t in named or vocab.matches(t, text.terms, groups)
               for token in words for t in token.terms)


def quantity_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's quantifiers whose class the sentence states by one of its own
    ("a small number of sailors" / "few sailors"): for support, as a figure the sentence
    states states its words, however written. Both words of a pair ("small number")."""
    mine = quantities(claim)
    if not mine:  # most claims: asked of every sentence they are aligned with
        return frozenset()
    theirs = {kind for kind, _ in quantities(sentence)}
    tokens, found = claim.tokens, set()
    for kind, i in mine:
        if kind in theirs:
            words = tokens[i - 1:i + 1] if i and (tokens[i - 1].word.lower(),
                                                  tokens[i].word.lower()) in PAIRS \
                else tokens[i:i + 1]
            found.update(t for token in words for t in token.terms)
    return frozenset(found)


def unstated_quantity(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      named: frozenset[str] = frozenset()) -> str | None:
    """The class of a quantifier of the claim that the sentence does not state (by a quantifier
    of the class or a share: a percent, a fraction) though it speaks of what it quantifies (the
    whole, "all", only where the sentence gives another part of it, "most"); or FEW, when the sentence says few of something the claim speaks of and the claim, with no
    quantifier nor negation, says it of the whole. None if neither."""
    mine, theirs = quantities(claim), quantities(sentence)
    said = {kind for kind, _ in theirs}
    shares = any(m.family == "percent" for m in sentence.mentions)
    for kind, i in mine:
        # the whole ("all the troops") only against another part the sentence names ("most
        # troops", "several troops"): a sentence may speak of a whole group without a word
        # for it; a part of no stated size is the claim's to name (SOME_WORDS)
        if kind != SOME and kind not in said and not shares \
                and not frequency_stated(claim, i, sentence) \
                and (kind != ALL or other_part(claim, i, theirs, sentence, vocab)) \
                and (speaks_of(quantified(claim, i), sentence, vocab, named)
                     or claim.tokens[i].lower == "little"):  # "little value" wholly unsaid:
            # the claim's judgement, not a part of a group the sentence may leave unsaid
            return kind
    if not mine and not claim.has_negation and any(
            kind == FEW and speaks_of(quantified(sentence, i), claim, vocab)
            for kind, i in theirs):
        return FEW
    return None


def other_part(claim: Parsed, i: int, theirs: list[tuple[str, int]], sentence: Parsed,
               vocab: Vocabulary) -> bool:
    """Whether the sentence gives a part of the group the claim's "all" at i is said of: a
    proportion (MOST, FEW) as ever, a part of no stated size (SOME) only of that same group
    ("several troop contributors" / "every troop contributor", not "several weeks later")."""
    group = None
    for kind, j in theirs:
        if kind in (MOST, FEW):
            return True
        if kind == SOME:
            group = group if group is not None else terms_of(quantified(claim, i))
            if group & terms_of(quantified(sentence, j)):
                return True
    return False


def terms_of(tokens: list[Token]) -> set[str]:
    return {term for token in tokens for term in token.terms}


HALF = 0.5  # the share "most" must pass and "few" must stay under


def share_against_counts(claim: Parsed, sentence: Parsed) -> tuple[str, Mention] | None:
    """(the claim's quantifier, the sentence's count) where the claim says most (or few) of a
    whole it counts were something and the sentence's own figures settle it otherwise: "of
    the 900 recruits, the majority were nurses" against "900 recruits (710 drivers, 190
    nurses)", whose count of nurses is under half of the whole the claim names and the
    sentence states. The count is of what the quantifier's clause speaks of (its first words,
    `tallies.counted`), below the whole."""
    if not any(m.family in ("count", "percent") for m in sentence.mentions):
        return None  # no figure to settle a quantifier: the usual case, decided at once
    mine = quantities(claim)
    if not mine:
        return None
    percent = share_against_percent(claim, sentence, mine)
    if percent:
        return percent
    wholes = [m.value for m in claim.mentions if m.family == "count" and not m.bound
              and any(s.family == "count" and s.value == m.value and not s.bound
                      for s in sentence.mentions)]
    if not wholes:
        return None
    whole = max(wholes)
    for kind, i in mine:
        said = clause_after(claim, i)
        for part in sentence.mentions:
            if part.family != "count" or part.bound or not 0 < part.value < whole \
                    or not counted(sentence, part) & said:
                continue
            share = part.value / whole
            if kind == MOST and share < HALF or kind == FEW and share > HALF:
                return cue(claim, i), part
    return None


OF_WHAT = 2  # content words after a quantifier or share that name its whole ("of the budget")


def first_counted(text: Parsed, mention: Mention) -> set[str]:
    """The terms of the OF_WHAT content words after a share, before a break: "30 percent of
    the crews worked on dredging" is a share of crews, not of dredging."""
    stop, found = load_stopwords(), []
    for token in text.tokens:
        if token.start < mention.end:
            continue
        if token.brk or len(found) == OF_WHAT:
            break
        if token.terms and token.word.lower() not in stop:
            found.append(token)
    return {t for token in found for t in token.terms}


def cue(text: Parsed, i: int) -> str:
    """The quantifier ending at the i-th word, as written: "majority", "greater part"."""
    words = text.tokens
    first = i - 1 if i and (words[i - 1].word.lower(), words[i].word.lower()) in PAIRS else i
    return text.text[words[first].start:words[i].end]


def share_against_percent(claim: Parsed, sentence: Parsed, mine: list[tuple[str, int]]
                          ) -> tuple[str, Mention] | None:
    """(the claim's quantifier, the sentence's percent) where the sentence gives the share of
    what the quantifier is said of on the other side of half: "only a small part of the
    budget went to wages" / "up to 80 percent of the budget went to wages". The percent
    must count what the quantifier's first words name (OF_WHAT of them: "of the budget");
    a bound that leaves the other side open ("more than 30 percent" for "most") settles
    nothing, and "up to", the share reached, is the share."""
    for kind, i in mine:
        said = {t for token in quantified(claim, i)[:OF_WHAT] for t in token.terms}
        for share in sentence.mentions:
            if share.family != "percent" or not first_counted(sentence, share) & said:
                continue
            reached = share.text.lower().startswith(("up to", "at most"))
            if kind == MOST and share.value < 100 * HALF and share.bound != "lower" \
                    or kind == FEW and share.value > 100 * HALF \
                    and (share.bound != "upper" or reached):
                return cue(claim, i), share
    return None


def clause_after(text: Parsed, i: int) -> set[str]:
    """The terms of the i-th word's clause after it: the predicate too ("most of the 900
    recruits the board weighed were nurses"), which SCOPE words may not reach."""
    found: set[str] = set()
    for token in text.tokens[i + 1:]:
        if token.brk:
            break
        found.update(token.terms)
    return found


# adverbs that say a deed is done by the greater part of those who could do it, before the
# verb they qualify ("widely spoken", "commonly held"): the many, against a sentence's "few"
MANY_ADVERBS = frozenset("widely commonly universally".split())
# "a large number of people", "a great many": many, not a share (so not MOST for support)
MANY_PAIRS = frozenset((size, "number") for size in ("large", "great", "significant", "high"))
MANY_WORDS = frozenset("many lots numerous".split())  # "many people", "lots of people"


def reversed_quantity(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                      ) -> tuple[Token, Token] | None:
    """(the claim's word of the many, the sentence's "few") where the claim says of the
    greater part ("most", "widely spoken", "a large number of people") what the sentence
    says of few, each speaking of what the other's quantifier quantifies ("English is widely
    spoken in Mali" / "relatively few people in Mali speak English"), and the claim says few
    of nothing itself ("many countries sent staff lacking French, while few Malians speak
    English" sets the two against each other as the source does); with no "few" in the
    sentence, the claim's "few" against the sentence's many (`few_against_many`); else None."""
    theirs = [i for kind, i in quantities(sentence) if kind == FEW]
    if not theirs:
        return few_against_many(claim, sentence, vocab)
    if members_few(claim) or any(t.word.lower() == "few" for t in claim.tokens):
        return None  # a claim with a few of its own ("a few pilots" too) sets many against
        # it, as the source may: which few the sentence's is, its place tells (`polarity`);
        # not a little of a mass ("little trouble"), no part of a group set against many
    for i in many(claim):
        if negated_word(claim, claim.tokens[i]):
            continue
        for j in theirs:
            if one_group(claim, i, sentence, j, vocab):
                return claim.tokens[i], sentence.tokens[j]
    return None


def few_against_many(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                     ) -> tuple[Token, Token] | None:
    """(the claim's "few", the sentence's word of the many): `reversed_quantity` the other way
    round ("few crews renewed their permits" / "many crews renewed them"), each speaking of
    what the other's quantifier quantifies, and the claim saying many of nothing itself. The
    two clauses must deny their predicate alike: "many crews did not renew" tells what "few
    crews renewed" tells (`qa.claims.quantity_duality`); so "few were reluctant" and "most were
    not willing" are left alone, a word's own denial being unread. Whether the two predicates
    are one is the rest's to tell, as for any reversal. Not a little of a mass ("did
    little"), which counts no members."""
    mine = members_few(claim)
    if not mine or many(claim):
        return None
    for i in mine:
        for j in many(sentence):
            if negated_word(sentence, sentence.tokens[j]) \
                    or denied_after(claim, i) != denied_after(sentence, j):
                continue
            if one_group(claim, i, sentence, j, vocab):
                return claim.tokens[i], sentence.tokens[j]
    return None


def members_few(text: Parsed) -> list[int]:
    """Where the text says few of a group: its FEW quantities, not a little of a mass ("did
    little", "little trouble"), which counts no members."""
    return [i for kind, i in quantities(text) if kind == FEW and text.tokens[i].lower != "little"]


def one_group(claim: Parsed, i: int, sentence: Parsed, j: int, vocab: Vocabulary) -> bool:
    """The claim's quantifier at `i` and the sentence's at `j` each speak of what the other
    quantifies, names aside (`unnamed`)."""
    return speaks_of(unnamed(sentence, quantified(sentence, j)), claim, vocab) \
        and speaks_of(unnamed(claim, quantified(claim, i)), sentence, vocab)


def unnamed(text: Parsed, tokens: list[Token]) -> list[Token]:
    """The tokens outside the text's names: a place both name ("few ferries call at Velm" /
    "widely spoken in Velm") is where, not what is quantified."""
    names = [(m.start, m.end) for m in text.mentions if m.family == "name"]
    return [t for t in tokens if not any(s <= t.start < e for s, e in names)]


def many(text: Parsed) -> list[int]:
    """The indexes of the text's words of the many: MOST's quantifiers, MANY_WORDS, an adverb
    of MANY_ADVERBS right before a verb, the last word of a MANY_PAIRS pair."""
    tokens = text.tokens
    found = [i for kind, i in quantities(text) if kind == MOST]
    found += [i for i, token in enumerate(tokens) if token.word.lower() in MANY_WORDS]
    for i, token in enumerate(tokens[:-1]):
        word, after = token.word.lower(), tokens[i + 1]
        if word in MANY_ADVERBS and not after.brk and can_be_verb(after.word.lower()):
            found.append(i)
        elif (word, after.word.lower()) in MANY_PAIRS:
            found.append(i + 1)
    return sorted(found)
