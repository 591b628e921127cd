"""Whether a sentence pairs the claim's words across its clauses the other way round.

"Most troops were based in rural areas, while armed groups multiplied in the cities" is not
stated by "while most troops were stationed in cities, armed groups proliferated in rural
areas": every word is there, but each clause of the sentence pairs one clause's actor with
the other clause's place. The clauses are the stretches between breaks (commas, semicolons,
brackets); the words compared are the claim's lower-case content words that the sentence
states once. The pairing is crossed when two clauses of the claim each have words in the same
two clauses of the sentence, each in both: the claim's clauses are not each said by one clause
of the sentence, but mixed. A word the claim or the sentence says twice is left out. When
the claim sets its clauses against each other ("while", "whereas"), a word said in the clause
that holds the claim's other clause is a fact the sentence states otherwise: it contradicts
(`crossed_pair`).
"""
from __future__ import annotations

import re
from collections import Counter

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from .adverb_words import participle_adverb
from .auxiliaries import TENSED_BE
from .clause_ends import clause_end
from .facts import Parsed, Token, remembered
from .neighbour_parts import sentences
from .place_bound import bound_clause_numbers, place_crossed, where_heads
from .verb_retold import verb_retold
from .vocabulary import Vocabulary
from .word_groups import word_groups


def crossed_clauses(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """Two clauses of the claim whose words are each in the same two clauses of the
    sentence."""
    placed = placements(claim, sentence, vocab)
    if placed is None:  # one clause: its place may still be another's (`place_bound`)
        return len(where_heads(sentence, clause_numbers(sentence))) >= 2 and place_crossed(
            claim, sentence, placed_words(claim, sentence, vocab), clause_numbers(sentence))
    where: dict[int, set[int]] = {}
    for mine, theirs, _, _ in placed:
        where.setdefault(mine, set()).add(theirs)
    spread = [places for places in where.values() if len(places) >= 2]
    return any(len(a & b) >= 2 for i, a in enumerate(spread) for b in spread[i + 1:]) \
        or place_crossed(claim, sentence, placed, clause_numbers(sentence)) \
        or contrasted(claim, sentence) and strayed_across(claim, sentence, placed, vocab) is not None


def crossed_pair(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                 ) -> tuple[Token, tuple[int, int]] | None:
    """The claim's word that the sentence says in the clause holding another clause of the
    claim, and the span of that clause of the sentence, when the claim sets its clauses
    against each other ("ferries were docked in the outer bays, while the storm hit the
    inner port" / "while ferries were docked in port, the storm hit the outer bays": "outer",
    "the storm hit the outer bays"): the two clauses' pairing reversed, a fact the sentence
    states otherwise. None otherwise."""
    placed = placements(claim, sentence, vocab) if contrasted(claim, sentence) else None
    found = strayed_across(claim, sentence, placed, vocab) if placed else None
    if found is None:
        return None
    numbers = clause_numbers(sentence)
    clause = [t for t, n in zip(sentence.tokens, numbers) if n == found[1]]
    return claim.tokens[found[2]], (clause[0].start, clause[-1].end)


def strayed_terms(claim: Parsed, word: Token) -> set[str]:
    """The terms of the claim's word that strays (`crossed_pair`) and of the noun right after
    it in its phrase ("rural areas", "armed groups"): the two are said in the other clause
    together, and the sentence may name the place by other words ("rural Mali")."""
    tokens = claim.tokens
    n = tokens.index(word)
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    found = set(word.terms)
    if after is not None and not after.brk and after.terms and after.word.isalpha() \
            and after.word.islower() and not can_be_verb(after.word):
        found.update(after.terms)
    return found


def contrasted(claim: Parsed, sentence: Parsed) -> bool:
    """A clause of the claim set against another ("while", "whereas"), or the sentence's
    first clause set against the next ("While ferries were docked in port, the storm hit the
    outer bays"): where a word strays. Elsewhere a word of one clause is often said in the
    sentence's other (a measured 5 supports lost)."""
    return any(n and contrast_at(claim.tokens, n) for n in range(len(claim.tokens))) \
        or bool(sentence.tokens) and contrast_at(sentence.tokens, 0)


def contrast_at(tokens: list[Token], n: int) -> bool:
    """The n-th word sets a clause against another: a "while" or "whereas" that opens a
    clause with a subject of its own. Before a participle ("while leaving", "while still
    attempting to provide") "while" opens a reduced clause of time or manner, whose subject
    is the main clause's: nothing is set against anything."""
    if tokens[n].word.lower() not in CONTRASTING:
        return False
    after = [t.word for t in tokens[n + 1:n + 3] if not t.brk]
    if after and participle_adverb(after[0]):
        after = after[1:]  # an adverb between: "while still attempting"
    return not (after and after[0].islower() and after[0].endswith("ing")
                and can_be_verb(after[0])) and not progressive_after(tokens, n)


def progressive_after(tokens: list[Token], n: int) -> bool:
    """The clause the n-th word opens tells an event in progress ("while ferries were crossing
    in convoy"): "while" then says when, during that event, not what is set against
    it ("while ferries were docked in port, the storm hit the outer bays")."""
    for k in range(n + 1, min(len(tokens) - 1, n + 1 + SUBJECT_REACH)):
        if tokens[k].brk:
            return False
        if tokens[k].word.lower() in PROGRESSIVE_BE:
            verb = tokens[k + 1].word
            return not tokens[k + 1].brk and verb.islower() and verb.endswith("ing") \
                and can_be_verb(verb)
    return False


def strayed_across(claim: Parsed, sentence: Parsed, placed, vocab: Vocabulary
                   ) -> tuple[int, int, int, int] | None:
    """`strayed`, in a pairing the contrast covers: when only the sentence's opening "While"
    sets clauses against each other, the word must stray into a clause of that first
    sentence (a neighbour read with it, `check.neighbour_pairs`, is no part of its contrast)."""
    found = strayed(placed)
    if found is not None and verb_retold(
            claim, sentence, placed, found,
            bound_clause_numbers(claim, clause_numbers(claim), claim=True), vocab):
        return None  # one verb said of both deeds there (`verb_retold`)
    if found is None or any(n and contrast_at(claim.tokens, n)
                            for n in range(len(claim.tokens))):
        return found
    return found if found[1] < first_sentence_clauses(sentence) else None


def first_sentence_clauses(text: Parsed) -> int:
    """How many clauses (`clause_numbers`) the text's first sentence has: all of them for
    one sentence."""
    numbers = clause_numbers(text)
    tokens = text.tokens
    for k in range(1, len(tokens)):
        if tokens[k].brk and SENTENCE_END_RE.search(text.text, tokens[k - 1].end,
                                                     tokens[k].start):
            return numbers[k]
    return max(numbers, default=0) + 1


SENTENCE_END_RE = re.compile(r"[.!?]")


def placements(claim: Parsed, sentence: Parsed, vocab: Vocabulary
               ) -> list[tuple[int, int, int, int]] | None:
    """(claim clause, sentence clause, claim token, sentence token) of each of the claim's
    lower-case content words that the sentence states once; None for a claim of one clause."""
    if max(clause_numbers(claim), default=0) < 1:
        return None
    return placed_words(claim, sentence, vocab)


def placed_words(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                 ) -> list[tuple[int, int, int, int]]:
    """`placements`, for a claim of any number of clauses."""
    ours = bound_clause_numbers(claim, clause_numbers(claim), claim=True)
    # a place noun counts in the "where" clause that tells what happens there (`place_bound`)
    theirs = bound_clause_numbers(sentence, clause_numbers(sentence))
    stop = load_stopwords()
    found = []
    said = Counter(t for token in claim.tokens for t in token.terms)
    for n, token in enumerate(claim.tokens):
        word = token.word
        if not token.terms or not word.isalpha() or not word.islower() or word in stop \
                or word in CONTRASTING or any(said[t] > 1 for t in token.terms):
            continue  # a word the claim says twice tells nothing of which clause says it,
            # nor does the conjunction that divides its clauses
        # (the sentence words' terms and groups from `word_groups`, made once a sentence)
        places = [k for k, terms, groups in word_groups(sentence, vocab)
                  if any(vocab.matches(t, terms, groups) for t in token.terms)]
        if len(places) == 1:
            found.append((ours[n], theirs[places[0]], n, places[0]))
    return found


def strayed(found: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int] | None:
    """A word of one clause of the claim found only in the clause of the sentence that
    holds another clause of the claim (each clause's home: the sentence clause where two of
    its words at least are, more than anywhere else; or where its one word found is, when the
    claim's other words of that clause are said otherwise or not at all, "posted in the
    countryside" / "in rural areas"): "troops were based in rural areas,
    while groups spread in the cities" / "while troops were based in towns, groups spread in
    rural areas", where the other words of the claim's clauses stay at home."""
    counts: dict[int, Counter] = {}
    for mine, theirs, _, _ in found:
        counts.setdefault(mine, Counter())[theirs] += 1
    homes = {}
    for mine, count in counts.items():
        ranked = count.most_common(2)
        if (ranked[0][1] >= 2 or sum(count.values()) == 1) \
                and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            homes[mine] = ranked[0][0]
    # a clause whose words are as many in two clauses of the sentence, one of them the other
    # clause's home, is at home in the other: the two clauses set against each other are told
    # by two clauses ("troops were based in rural areas, while groups multiplied in the
    # cities" / "while troops were stationed in cities, groups proliferated in rural Mali":
    # "troops" and "rural" one each, "groups" at home in the second)
    for mine, count in counts.items():
        ranked = count.most_common(3)
        taken = set(homes.values())
        if mine not in homes and len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            free = [clause for clause, _ in ranked if clause not in taken]
            if len(free) == 1 and len(taken) == 1:
                homes[mine] = free[0]
    return next((placed for placed in found
                 if placed[0] in homes and placed[1] != homes[placed[0]]
                 and any(other != placed[0] and home == placed[1]
                         for other, home in homes.items())), None)


# a conjunction that sets a clause against the one before it with no comma needed: "troops
# were based in towns while armed groups multiplied in the countryside"
CONTRASTING = frozenset(("while", "whereas"))
# the forms of "be" before a verb in progress, and how many words of a subject may stand
# between "while" and one ("while the Egyptian troops were moving")
PROGRESSIVE_BE = TENSED_BE
SUBJECT_REACH = 5


def clause_numbers(text: Parsed) -> list[int]:
    """Each token's clause, counted from 0: a break starts the next, and so does a contrasting
    conjunction ("while", "whereas") inside the text. A bracketed aside is a
    clause of its own, and the words after it go on with the clause it interrupted:
    "MINUSMA has kept a base in Ogossagou (central Mali) since 2020" is one clause with an
    aside, not two."""
    numbers, clause, count, open_ = [], 0, 0, []
    tokens = text.tokens
    for n, token in enumerate(tokens):
        if n and not token.brk and token.word.lower() in CONTRASTING:
            count += 1
            clause = count
        elif n and token.brk:
            between = text.text[tokens[n - 1].end:token.start]
            closing = between.rfind(")") > between.rfind("(")
            if "(" in between and not closing:
                open_.append(clause)
            count += 1
            resumed = open_.pop() if closing and open_ else None
            # "(the south), poachers": a break after the aside ends the clause it interrupted
            clause = count if resumed is None or any(
                mark in between[between.rfind(")"):] for mark in ",;:") else resumed
        numbers.append(clause)
    return numbers


# what sets a claim's fact against an alternative ("rather than", "instead of"), and the
# words by which a sentence sets one against another ("rather than", "instead", "not")
ALTERNATIVES = (("rather", "than"), ("instead", "of"))
CONTRASTS = frozenset(("rather", "instead", "not"))


def unstated_alternative(claim: Parsed, sentence: Parsed) -> bool:
    """The claim sets its fact against an alternative ("readily accept escorts rather than
    using them only as a last resort") and the sentence sets nothing against anything: the
    contrast is a fact of the claim, and a sentence that states the alternative alone ("only
    approve escorts as a last resort") states the reverse of it."""
    words = [t.word.lower() for t in claim.tokens]
    if not any(pair == tuple(words[i:i + 2]) for i in range(len(words) - 1)
               for pair in ALTERNATIVES):
        return False
    return not any(t.word.lower() in CONTRASTS for t in sentence.tokens)


def contrast_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's cue of an alternative ("rather" of "rather than", "instead"
    of "instead of") when the sentence sets one thing against another too ("rather",
    "instead", or a "not" opening a phrase of its own: "to support, not substitute, the
    authorities"): the claim's cue is a word of contrast, which the sentence's states, as it
    states nothing itself of the claim's fact. The stopword list keeps "rather" and "instead"
    as words of content; a "not" inside a clause denies its verb, and sets nothing against
    anything ("did not include")."""
    # the claim's alone, remembered on its parse: asked for every sentence, and most claims
    # set nothing against anything
    cues = alternative_cues(claim)
    if not cues or not any(t.word.lower() in CONTRASTS and (t.brk or t.word.lower() != "not")
                           for t in sentence.tokens):
        return frozenset()
    return cues


def alternative_cues(claim: Parsed) -> frozenset[str]:
    """The terms of the claim's cues of an alternative (`contrast_terms`), remembered on its
    parse."""
    return remembered(claim, ("alternative cues",), lambda: frozenset(
        t for i, token in enumerate(claim.tokens[:-1])
        if (token.lower, claim.tokens[i + 1].lower) in ALTERNATIVES
        for t in token.terms))


def set_aside(claim: Parsed, sentence: Parsed, weights: dict[str, float]) -> bool:
    """The sentence sets aside, after its "rather than" ("instead of"), a word of the claim's
    fact it states nowhere else ("went to protecting personnel, rather than ... to protect
    civilians" / "went into protecting civilians"): the claim affirms what the sentence
    passes over. Not the claim's own alternative, nor a word the claim denies."""
    span = alternative_span(sentence) if sets_against(sentence) else None
    if span is None:
        return False
    _, at, end = span
    passed = {t for token in sentence.tokens[at + 2:end] for t in token.terms}
    # kept: said outside the alternative in the alternative's own sentence (of two joined
    # neighbours, the next one's "The quay wardens" does not keep "wardens" set aside)
    own_sentence = next((set(map(id, part)) for part in sentences(sentence)
                         if any(t is sentence.tokens[at] for t in part)), None)
    kept = {t for k, token in enumerate(sentence.tokens) if not at <= k < end
            and (own_sentence is None or id(token) in own_sentence) for t in token.terms}
    own = alternative_span(claim)
    skipped = {t for token in claim.tokens[own[1]:own[2]] for t in token.terms} if own \
        else set()
    return any(t in passed and t not in kept and t not in skipped and t not in claim.negated
               for t in weights)


CUE_RE = re.compile(r"\b(?:rather|instead)\b", re.IGNORECASE)


def sets_against(text: Parsed) -> bool:
    """The text has "rather" or "instead": the text's alone, remembered on its parse (a claim
    is asked for every sentence, a sentence for every claim)."""
    return remembered(text, ("sets against",), find_sets_against, text)


def find_sets_against(text: Parsed) -> bool:
    return bool(CUE_RE.search(text.text))


def sets_aside(text: Parsed) -> bool:
    """The text has ", not" (`aside`): the text's alone, remembered on its parse."""
    return remembered(text, ("sets aside",), lambda: bool(ASIDE_RE.search(text.text)))


ASIDE_RE = re.compile(r",\s+not\b", re.IGNORECASE)


def aside(text: Parsed) -> tuple[Token, set[str], set[str]] | None:
    """The "not" of the text's one parenthetical contrast ("pollution, not overfishing, was
    the main cause": a comma before it and a comma or the end after what it sets aside), with
    the terms of the SIDE content words before it (back to the clause's start) and of those
    it sets aside; None without exactly one."""
    tokens = text.tokens
    cues = [i for i in range(1, len(tokens) - 1) if tokens[i].word.lower() == "not"
            and tokens[i].brk and not tokens[i + 1].brk]
    if len(cues) != 1:
        return None
    i, stop = cues[0], load_stopwords()
    end = clause_end(tokens, i)
    right = [t for t in tokens[i + 1:end] if t.terms and t.word.lower() not in stop]
    left: list[Token] = []
    for k in range(i - 1, -1, -1):
        if tokens[k].terms and tokens[k].word.lower() not in stop:
            left.append(tokens[k])
        if tokens[k].brk or len(left) == SIDE:
            break
    if not left or not right or len(right) > SIDE:
        return None
    terms = lambda side: {t for token in side for t in token.terms}
    return tokens[i], terms(left), terms(right)


SIDE = 4  # content words on each side of "rather than" that say what is set against what


def swapped_alternative(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                        ) -> tuple[Token, Token] | None:
    """(the claim's cue, the sentence's) where both set one thing against another ("X rather
    than Y", "X instead of Y") and the sentence has them the other way round: what the claim
    prefers is what the sentence passes over, and the reverse ("capacity went to patrols
    rather than to escorts" / "capacity went to escorts, rather than patrols"). The sides
    are SIDE content words before and after each cue; a word on both sides of either text
    tells nothing and is left out. Both crossed pairs must share a word, and more words
    cross than pair straight."""
    if not (sets_against(claim) or sets_aside(claim)) \
            or not (sets_against(sentence) or sets_aside(sentence)):
        return None  # most texts set nothing against anything
    mine = alternative(claim) or aside(claim)
    theirs = alternative(sentence) or aside(sentence)
    if mine is None or theirs is None:
        return None
    (c_cue, c_left, c_right), (s_cue, s_left, s_right) = mine, theirs
    return (c_cue, s_cue) if sides_traded((c_left, c_right), (s_left, s_right), vocab) \
        else None


def sides_traded(mine: tuple[set[str], set[str]], theirs: tuple[set[str], set[str]],
                 vocab: Vocabulary) -> bool:
    """Two texts each set one side against another (the terms of each), and the second has
    them the other way round: a word on both sides of either text tells nothing and is left
    out; both crossed pairs share a word (a synonym counts), and more words cross than pair
    straight."""
    (c_left, c_right), (s_left, s_right) = mine, theirs
    both = (c_left & c_right) | (s_left & s_right)
    c_left, c_right, s_left, s_right = (side - both for side in (c_left, c_right, s_left,
                                                                  s_right))
    shared = lambda a, b: {t for t in a if vocab.matches(t, b, vocab.expand(b))}
    crossed = (shared(c_left, s_right), shared(c_right, s_left))
    straight = len(shared(c_left, s_left)) + len(shared(c_right, s_right))
    return all(crossed) and sum(map(len, crossed)) > straight


def alternative(text: Parsed) -> tuple[Token, set[str], set[str]] | None:
    """The cue of the text's one alternative ("rather", "instead") and the terms of the SIDE
    content words before it (in its clause, or the clause a comma ends right before it) and
    after it (in its clause)."""
    words = [t.word.lower() for t in text.tokens]
    cues = [i for i in range(len(words) - 1) if tuple(words[i:i + 2]) in ALTERNATIVES]
    if len(cues) != 1:
        return None
    i, stop = cues[0], load_stopwords()
    tokens = text.tokens
    left: list[Token] = []
    breaks = 0
    for k in range(i - 1, -1, -1):
        if tokens[k + 1].brk:
            breaks += 1
            if breaks > 1 or k + 1 != i:
                break
        if tokens[k].terms and tokens[k].word.lower() not in stop:
            left.append(tokens[k])
            if len(left) == SIDE:
                break
    right: list[Token] = []
    for token in tokens[i + 2:]:
        if token.brk:
            break
        if token.terms and token.word.lower() not in stop:
            right.append(token)
            if len(right) == SIDE:
                break
    terms = lambda side: {t for token in side for t in token.terms}
    return tokens[i], terms(left), terms(right)


# content words before the claim's fact that may hold its anchor ("stationed in rural areas"),
# and words after the sentence's anchor that may hold the alternative in the fact's place
PLACE_REACH = 3


def alternative_span(claim: Parsed) -> tuple[int, int, int] | None:
    """Where the claim's fact starts, where "rather than" ("instead of") is, and where the
    alternative after it ends: the fact is the content words right before the pair, back to
    a function word ("in [rural villages] rather than [in ports and harbours]")."""
    words = [t.word.lower() for t in claim.tokens]
    at = next((i for i in range(len(words) - 1) if tuple(words[i:i + 2]) in ALTERNATIVES), None)
    if at is None:
        return None
    n = at
    while n and claim.tokens[n - 1].terms and not claim.tokens[n].brk:
        n -= 1
    end = next((k for k in range(at + 2, len(claim.tokens)) if claim.tokens[k].brk),
               len(claim.tokens))
    return n, at, end


def set_aside_terms(text: Parsed) -> frozenset[str]:
    """The terms of the alternative the text sets aside after its "rather than" ("instead
    of"), to the clause's end: the text denies them as "not" would ("to support rather than
    replace the wardens" denies "replace", as "to support, not replace, the wardens" does).
    The text's alone, remembered on its parse (a claim is asked for every sentence)."""
    def make():
        span = alternative_span(text) if sets_against(text) else None
        return frozenset(t for token in text.tokens[span[1] + 2:span[2]] for t in token.terms) \
            if span else frozenset()
    return remembered(text, ("set aside",), make)


def alternative_terms(claim: Parsed) -> set[str]:
    """The terms of the claim's fact and of its alternative: the conflict's own words, which
    the rest of a contradicting sentence need not state."""
    span = alternative_span(claim)
    return {t for token in claim.tokens[span[0]:span[2]] for t in token.terms} if span \
        else set()


def alternative_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                         ) -> tuple[Token, Token] | None:
    """The claim's fact and the word of its rejected alternative that the sentence puts in
    the fact's place: "most divers were based in rural villages rather than in ports" /
    "most divers are based in ports": the content word before the fact (its anchor, "based")
    is followed in the sentence, within PLACE_REACH words and in its clause, by a word of the
    alternative and by no word of the fact. The reverse of the claim, where
    `unstated_alternative` only keeps support away."""
    span = alternative_span(claim)
    if span is None:
        return None
    n, at, end = span
    fact = claim.tokens[n:at]
    mine = {t for token in fact for t in token.terms}
    other = {t for token in claim.tokens[at + 2:end] for t in token.terms}
    anchor = next((t for t in reversed(claim.tokens[max(0, n - PLACE_REACH):n]) if t.terms),
                  None)
    if anchor is None or not fact or not other or mine & other:
        return None
    for k, token in enumerate(sentence.tokens):
        if not any(vocab.matches(t, set(token.terms), vocab.expand(set(token.terms)))
                   for t in anchor.terms):
            continue
        placed = []
        for after in sentence.tokens[k + 1:k + 1 + PLACE_REACH]:
            if after.brk:
                break
            placed.append(after)
        said = {t for after in placed for t in after.terms}
        found = next((after for after in placed if set(after.terms) & other), None)
        if found is not None and not said & mine:
            return fact[0], found
    return alternative_stated(claim, sentence, span)


def alternative_stated(claim: Parsed, sentence: Parsed, span: tuple[int, int, int]
                       ) -> tuple[Token, Token] | None:
    """The claim's fact and the first word of its rejected alternative where the sentence
    states the alternative whole, its opening function word with it ("died on foot patrols
    rather than during road convoys" / "died ..., largely during road convoys"), and no word
    of the fact: the sentence gives the alternative the claim sets aside, in a role of its
    own that its preposition marks, wherever its clause puts it."""
    n, at, end = span
    fact = claim.tokens[n:at]
    alternative = [t.word.lower() for t in claim.tokens[at + 2:end]]
    if len(alternative) < 2 or claim.tokens[at + 2].terms \
            or any(set(t.terms) & set(sentence.terms) for t in fact):
        return None  # "rather than convoys": a bare noun names no role
    words = [t.word.lower() for t in sentence.tokens]
    size = len(alternative)
    start = next((k for k in range(len(words) - size + 1) if words[k:k + size] == alternative),
                 None)
    return (fact[0], sentence.tokens[start + 1]) if start is not None else None
