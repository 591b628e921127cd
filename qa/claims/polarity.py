"""Whether a sentence states the claim's relation the other way round, in words of opposite
polarity that no antonym table links.

"The authorities progressively eased restrictions on the mission's air assets" is no
paraphrase of "the authorities were increasingly obstructing the use of air assets", though
the sentence states most of its words: "eased" and "obstructing" are not antonyms in WordNet,
nor an exclusive pair, but one is a good thing done to the mission and the other a bad one.
Writers turn a relation round in many such words (facilitated / obstructed, accepted /
disputed, welcomed / condemned), and the general resource that links them is a polarity
lexicon: each word's valence, as human raters judged it (VADER, `qa/data/polarity.txt`).

A predicate of the claim of one polarity that the sentence does not state (not even by a
synonym), facing a predicate of the sentence of the other polarity that the claim does not
state, in the same place, reverses the claim. The place: the sentence's word stands after the
sentence's form of one of the claim's two nearest stated words before it, and before one of
its two nearest stated words after it, each at most SLACK words further than in the claim
("authorities progressively eased restrictions" / "authorities were increasingly
obstructing"). Only predicates (`predicate`): a relation is stated by a verb; the polarity of
a noun or of a capacity says nothing of which way it goes. A negated word has the polarity it
denies ("did not help" is negative).

A word VADER does not rate takes the rating of its base form ("obstructing" -> obstruct),
else the polarity its first-sense WordNet synonyms agree on (a past form before "to" and a
verb, its verb's: "is used to protect" is no "exploited"), from their strong ratings only
(Hu and Liu grew their opinion lexicon from seed words through WordNet's synonyms the same
way): obstruct -> block, hinder (negative); facilitate -> ease (positive). Weak ratings
(|valence| < POLAR) are no polarity: "allow" (0.9) is too mild a word to reverse anything.
"""
from __future__ import annotations

from .polar_kin import one_meaning
from ..search.wordnet import can_be_verb, direction, lent_polarity
from .compare import DETERMINERS, negated
from .complement_predicate import complement
from .facts import (UNMADE, ARTICLES, Parsed, Token, groups_of, inside_name, relation_words,
                    remembered, token_index)
from .linked_predicate import linked_predicates
from .opposition import ORDER, anaphoric, attributive, crossed_sides, finite, occurrences
from .particles import OWN_STEM, phrasal_spans
from .sequence import same_denial
from .voiced_denial import denial_reported
from .report_frame import frames_report
from .valence import (POLAR, SPREAD, own_rating, polarity,  # noqa: F401 (read from here too)
                      sign)
from .vocabulary import Vocabulary

SLACK = 3  # words a paraphrase may add between the claim's word and its anchor ("the use of")
# the claim's stated words nearest to its word on each side, one of which the sentence must
# have on that side: a paraphrase often moves one ("the mission's use of air assets" / "the
# use of air assets in the mission"); only the nearest one left out a reversal on heldout_2
ANCHORS = 2
# the words that may open a verb's object before its content words ("reduced the delays");
# not "that", which after a verb opens a clause ("said that ...")
OBJECT_OPENERS = DETERMINERS - {"that"}
OBJECT = 3  # words a verb's object may span, a determiner and modifiers included


def signed(text: Parsed, token: Token, lent: bool = False) -> int:
    """The word's polarity where it stands: a negated word has the polarity it denies. A verb
    of increase or decrease (`wordnet.direction`) has the polarity it gives its object
    (`composed`). With `lent`, a word unrated takes the polarity WordNet's neighbours lend it
    (`wordnet.lent_polarity`: "opposed", "deteriorated")."""
    value = composed(text, token) or polarity(token.word.lower(), infinitive_after(text, token)) \
        or (lent_polarity(token.word) if lent else 0)
    return -value if value and negated(text, token) else value


def infinitive_after(text: Parsed, token: Token) -> bool:
    """"to" and a verb follow the word ("is used to protect", "was devoted to protecting"): the
    verb's reading, which an adjective of the same form ("used": exploited) does not take."""
    n = token_index(text, token)
    after = text.tokens[n + 1:n + 3]
    return not token.brk and len(after) == 2 and after[0].word.lower() == "to" \
        and not after[0].brk and can_be_verb(after[1].word)


def phrasal_sign(text: Parsed, token: Token, singles: str, particle: int) -> int:
    """The polarity of a phrasal verb where it stands: the one its single verbs share, each
    read as `signed` reads a verb (a verb of change composed with its object, else its own
    rating), 0 if they have none or differ; turned by a negation as `signed` turns a word's.
    A single verb VADER does not rate has no say: "ramped up" is "build", "increase" and
    "progress", and only "increase" is rated, so the phrase is read as it (before, one
    unrated verb beside it left the phrase with no polarity, and "the guild ramped up its
    ferry runs" was no reverse of "the guild suspended its ferry runs")."""
    head = phrasal_object(text, token, particle)
    words = singles.lstrip(OWN_STEM).split()
    values = {single_sign(word, head) for word in words} - {0}
    # and one of them rated by VADER itself: a generated row lists the single verbs of every
    # sense ("keep out": exclude, ostracize, prevent ...), and what WordNet's synonyms lend
    # one rare sense's verb ("ostracize" -> shun) is too weak to decide alone
    value = values.pop() if len(values) == 1 and any(own_rating(w) for w in words) else 0
    return -value if value and negated(text, token) else value


def single_sign(verb: str, head: Token | None) -> int:
    """One single verb of a phrasal verb, read as `signed` reads a verb in the text: its
    direction times its object's polarity where both are known ("scaled back the violence"
    is "reduced" it, a good thing), else its own rating."""
    way = direction(verb) if head is not None else 0
    return way * polarity(head.word.lower()) if way else polarity(verb)


def phrasal_object(text: Parsed, token: Token, particle: int) -> Token | None:
    """The polar word a phrasal verb acts on, as `object_of` finds a verb's, past its
    particle ("ramped up its operations", "pulled the troops out"); not the word before it."""
    after = words_after(text, text.tokens.index(token), OBJECT + 1, particle)
    return next((t for t in after if polarity(t.word.lower())), None)


def words_after(text: Parsed, n: int, reach: int, particle: int | None = None) -> list[Token]:
    """The content words right after the n-th word, within `reach` tokens, past a determiner
    or another opener: what the verb there acts on. A particle at index `particle` is
    skipped, or ends the words if some came before it ("pulled the troops out")."""
    after = []
    for k in range(n + 1, min(n + 1 + reach, len(text.tokens))):
        t = text.tokens[k]
        if k == particle:
            if after:
                break
            continue
        if t.brk or not t.word.isalpha() or not (t.terms or t.word.lower() in OBJECT_OPENERS):
            break  # "rose after the patrols": a preposition ends the object, here none
        if t.terms:
            after.append(t)
        elif after:
            break
    return after


def composed(text: Parsed, token: Token) -> int:
    """The polarity of a verb of change and its object, composed: the verb's direction (+1
    increase, -1 decrease) times the object's polarity. "Increased tensions" is bad and
    "eased tensions" good, though VADER's raters called "increase" good: their rating is of
    the verb alone. 0 where the verb has no direction or its object (`object_of`) no
    polarity."""
    way = direction(token.word.lower())
    if not way:
        return 0
    head = object_of(text, token)
    return way * polarity(head.word.lower()) if head else 0


def object_of(text: Parsed, token: Token) -> Token | None:
    """The polar word a verb acts on: the first word with a polarity among the content words
    right after the verb (up to OBJECT, past a determiner: "heightened ethnic tensions",
    "reduced security along"), else the content word right before it ("attacks rose"); None
    if there is none. Without a parser the object is what stands next to the verb."""
    n = text.tokens.index(token)
    after = words_after(text, n, OBJECT)
    if not after and n and not token.brk and text.tokens[n - 1].terms:
        after = [text.tokens[n - 1]]
    return next((t for t in after if polarity(t.word.lower())), None)


def same_object(text: Parsed, token: Token, other: Parsed, vocab: Vocabulary) -> bool:
    """A verb whose polarity is composed with its object acts on something the other text
    states (a synonym counts): "eased restrictions" / "heightened tensions" are about two
    things. True for a verb rated alone."""
    head = object_of(text, token) if composed(text, token) else None
    if head is None:
        return True
    groups = groups_of(other, vocab)
    return any(vocab.matches(t, other.terms, groups) for t in head.terms)


def polar_words(text: Parsed, other: Parsed, vocab: Vocabulary, by_synonym: bool = True,
                linked: bool = False, lent: bool = False) -> list[tuple[Token, int]]:
    """The words of `text` with a polarity that `other` does not state (even by a synonym,
    unless `by_synonym` is false), outside names ("United Nations", "Good Hope"); with
    `linked`, a claim's adjectives after a linking verb and present verbs too
    (`linked_predicate`); with `lent`, the polarity WordNet lends a word unrated too."""
    groups = groups_of(other, vocab) if by_synonym else set()
    return [(token, value) for token, value in predicates(text, linked, lent)
            if not any(vocab.matches(t, other.terms, groups) for t in token.terms)]


def predicates(text: Parsed, linked: bool = False, lent: bool = False
               ) -> list[tuple[Token, int]]:
    """The text's predicates with a polarity (`signed_predicates`), with `linked` its
    adjectives after a linking verb and its present verbs too, before `polar_words` leaves
    out those the other text states."""
    words = remembered(text, ("signed predicates", lent), signed_predicates, text, lent)
    if linked:
        words = words + linked_predicates(text, predicate, signed_lent if lent else signed)
    return words


def signs(text: Parsed, linked: bool = False, lent: bool = False) -> frozenset[int]:
    """The polarities of the text's `predicates`: the text's alone, remembered on its parse."""
    memo_key = ("predicate signs", linked, lent)
    found = text.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, memo_key, find_signs, text, linked, lent)
    return found


def find_signs(text: Parsed, linked: bool, lent: bool) -> frozenset[int]:
    return frozenset(value for _, value in predicates(text, linked, lent))


def signed_lent(text: Parsed, token: Token) -> int:
    """`signed` with the polarity WordNet lends (one function, as `linked_predicates`
    remembers its result by the function it is given)."""
    return signed(text, token, lent=True)


def signed_predicates(text: Parsed, lent: bool = False) -> list[tuple[Token, int]]:
    """The predicates of `text` with a polarity where they stand, outside names: the text's
    alone, remembered on its parse (`polar_words` asks it of a claim for every sentence, and
    of a sentence for every claim)."""
    names = [(m.start, m.end) for m in text.mentions if m.family == "name"]
    # a phrasal verb means what its single verbs mean, not what its verb alone does: "taking
    # on jihadists" is "undertaking" (or fighting) them, with nothing of "take"'s good rating
    phrasal = {i: (singles, j) for i, j, singles in phrasal_spans(tuple(text.tokens))}
    # and its particle is no predicate of its own: "were cut back" and "held back" are
    # reduced and restrained, not the good rating VADER gives "back" (support), which read a
    # true "cut back" against "curtailed" as a reversal
    particles = {j for _, j in phrasal.values()}
    found = []
    for n, token in enumerate(text.tokens):
        if n in particles or not token.terms or not token.word.isalpha() \
                or not (predicate(text, n) or complement(text, n)) \
                or any(s <= token.start < e for s, e in names):
            continue
        if denial_reported(text.tokens, n) or frames_report(text.tokens, n):
            continue  # "denied that it had asked": a report of speech, no way the relation goes
            # ("noted that", "warned that": a frame, `report_frame`)
        value = signed(text, token, lent) if n not in phrasal \
            else phrasal_sign(text, token, *phrasal[n])
        if value:
            found.append((token, value))
    return found


def predicate(text: Parsed, n: int) -> bool:
    """The word states what someone or something did or does: a verb in a past form or after
    an auxiliary (`opposition.finite`), not a noun after an article ("is a hoax"). Relations
    are stated by predicates; the polarity of a noun ("the risk of heatwaves" / "the intensity
    of heatwaves") or of a capacity ("able to fight" / "capable of combating") says nothing
    of which way a relation goes."""
    return finite(text, n) and not (n and text.tokens[n - 1].word.lower() in ARTICLES)


def opposed_polarity(claim: Parsed, sentence: Parsed, vocab: Vocabulary, countries: bool = False,
                     lent: bool = False) -> tuple[Token, Token] | None:
    """The claim's predicate and the sentence's predicate of opposite polarity in its place,
    each unstated by the other text; None if there is none. The sentence's word need only be
    absent from the claim as written: a synonym of it in the claim may be the very word the
    claim's reverses ("eased restrictions" / "obstructing", where the thesaurus has
    "restrict" and "obstruct" together)."""
    # a pair needs a predicate of each text, of opposite polarities: most pairs have none,
    # and their words are not read against each other. The claim's side first: most claims
    # have no predicate with a polarity, and then the sentence's predicates (worked out once
    # per sentence, each a look-up of its verbs' ratings) need not be read at all
    claim_signs = signs(claim, linked=True, lent=lent)
    if not claim_signs or claim_signs.isdisjoint(-value for value in signs(sentence, lent=lent)):
        return None
    ours = polar_words(claim, sentence, vocab, linked=True, lent=lent)  # "got better" / "strained"
    if not ours:
        return None
    theirs = polar_words(sentence, claim, vocab, by_synonym=False, lent=lent)
    if not theirs:
        return None
    stated = stated_places(claim, sentence, vocab, countries)
    at = {id(t): n for n, t in enumerate(sentence.tokens)}
    for a, value in ours:
        i = claim.tokens.index(a)
        sides = anchor_sides(claim, i, sentence, stated, vocab)
        if not any(sides) or not sides[1] and circumstance_after(claim, i):
            continue  # nothing of the circumstance the claim gives its word (when, how, why)
            # is stated: the sentence's word of the other polarity is placed by what came
            # before alone, and may be another deed of the same actor ("soldiers detained by
            # Mali were freed after mediation" / "Mali riled its neighbour by detaining")
        for b, other in theirs:
            if value == -other and not one_meaning(a.word, b.word) \
                    and all(in_place(at[id(b)], anchors, after)
                                       for after, anchors in enumerate(sides)) \
                    and same_object(claim, a, sentence, vocab) \
                    and same_object(sentence, b, claim, vocab):
                return a, b
    return None


def circumstance_after(claim: Parsed, i: int) -> bool:
    """The claim's i-th word is followed by a circumstance of it ("freed after mediation",
    "rose because of"): a word of no content that opens no object (a preposition, a
    conjunction), then content words. An object right after the word ("fighting terrorists")
    is no circumstance: whether the sentence states it, by a form the places miss
    ("counter-terrorism"), is the anchors' question."""
    follows = claim.tokens[i + 1:]
    return bool(follows) and not follows[0].terms \
        and follows[0].word.lower() not in OBJECT_OPENERS and any(t.terms for t in follows)


def stated_places(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                  countries: bool = False) -> list[int]:
    """The positions of the claim's words that the sentence states (a synonym counts; with
    `countries`, a country by any form of its name, `country_places`)."""
    groups = groups_of(sentence, vocab)
    return [n for n, t in enumerate(claim.tokens)
            if t.terms and (any(vocab.matches(term, sentence.terms, groups) for term in t.terms)
                            or countries and country_places(claim, t, sentence))]


def country_places(claim: Parsed, token: Token, sentence: Parsed) -> list[int]:
    """Where the sentence names the country a word of the claim names, by any of its forms
    ("Senegal" / "Senegalese"): an anchor as good as the word itself, which the terms alone
    miss (a reversal placed far from where the sentence names the claim's actor is another
    actor's: "Senegalese soldiers patrol ... after bombers injured")."""
    value = next((m.value for m in claim.mentions if m.kind == "country"
                  and m.start <= token.start < m.end), None)
    if value is None:
        return []
    spans = [(m.start, m.end) for m in sentence.mentions
             if m.kind == "country" and m.value == value]
    if not spans:  # most sentences: no word to walk (a generator was made for each)
        return []
    return [k for k, t in enumerate(sentence.tokens) if any(s <= t.start < e for s, e in spans)]


def places_of(claim: Parsed, token: Token, sentence: Parsed, vocab: Vocabulary) -> list[int]:
    """Where the sentence states the claim's word: by its terms or a synonym, or, for a
    country, by any form of its name."""
    return sorted(set(occurrences(token, sentence, vocab)) | set(country_places(claim, token,
                                                                                  sentence)))


def anchor_sides(claim: Parsed, i: int, sentence: Parsed, stated: list[int],
                 vocab: Vocabulary) -> list[list[tuple[int, list[int]]]]:
    """(distance in the claim, where the sentence states it) of the claim's stated words
    nearest to its word `i` on each side. A word the claim writes more often than the
    sentence states it places nothing: which of the claim's is the sentence's is unknown
    ("relied on the military for mobility, ... whenever mobility was lacking" / "reliant on
    the military to move about")."""
    def placed(j: int) -> list[int]:
        places = places_of(claim, claim.tokens[j], sentence, vocab)
        written = sum(t.terms == claim.tokens[j].terms for t in claim.tokens)
        return places if len(places) >= written else []

    return [[(i - j, placed(j)) for j in reversed([j for j in stated if j < i])][:ANCHORS],
            [(j - i, placed(j)) for j in [j for j in stated if j > i]][:ANCHORS]]


def reversed_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                      ) -> tuple[Token, Token] | None:
    """A predicate of opposite polarity (`opposed_polarity`) or the reverse of a relation
    word ("most" / "few", `Vocabulary.relations`) in the place of the claim's word, each
    unstated by the other text. Placed like this, the reverse is about the claim's own
    thing, not some other part of a sentence that states less of the claim: "Most residents
    of the island speak Dutch" / "Relatively few residents of the island speak Dutch"."""
    # a country the sentence names by another form anchors the place too: a reversal far from
    # the claim's actor is another actor's, and contradicts nothing (only keeps support away)
    found = opposed_polarity(claim, sentence, vocab, countries=True)
    if found:
        return found
    reverses = relation_reverses(claim, vocab)
    if not reverses:  # most claims: the sentence's relation words are not read
        return None
    said = relation_words(sentence)
    stated = None
    for i, a, same, reverse in reverses:
        if same & said or not reverse & said or same_denial(claim, a, sentence):
            continue  # (a "without X" the sentence denies too, "not X-ly ... with Y": the
            # claim's denial said otherwise, its "with" about something else, as `opposed`)
        stated = stated_places(claim, sentence, vocab) if stated is None else stated
        sides = anchor_sides(claim, i, sentence, stated, vocab)
        if not any(sides) or a.word.lower() in ORDER and not all(sides):
            continue  # a word of order relates two events: with one of the claim's unstated,
            # the sentence's reverse word orders another pair ("On 16 June, after ten years
            # of presence, Mali requested the withdrawal" / "the request preceded the vote")
        for k, b in enumerate(sentence.tokens):
            if b.word.lower() in reverse and not negated(sentence, b) \
                    and not inside_name(sentence, b) \
                    and all(in_place(k, anchors, after) for after, anchors in enumerate(sides)) \
                    and not attributive(sentence, b) and not anaphoric(sentence, b) \
                    and not crossed_sides(claim, a, sentence, b, vocab):
                return a, b
    return None


def relation_reverses(claim: Parsed, vocab: Vocabulary) -> list[tuple[int, Token, set, set]]:
    """The claim's relation words (`Vocabulary.relations`), not negated, outside its names,
    whose reverse the claim does not say itself, each with its place, its own words and its
    reverse: the claim's alone, remembered on its parse (`reversed_in_place` asks for them
    with every sentence)."""
    return remembered(claim, ("relation reverses", vocab), find_relation_reverses, claim, vocab)


def find_relation_reverses(claim: Parsed, vocab: Vocabulary) -> list[tuple[int, Token, set, set]]:
    mine = {t.word.lower() for t in claim.tokens}
    found = []
    for i, a in enumerate(claim.tokens):
        word = a.word.lower()
        if word not in vocab.relations or negated(claim, a) or inside_name(claim, a):
            continue
        same, reverse = vocab.relations[word]
        if not reverse & mine:
            found.append((i, a, same, reverse))
    return found


def in_place(k: int, anchors: list[tuple[int, list[int]]], after: bool) -> bool:
    """Position `k` of the sentence is where the claim's word is, on one side: at or after
    (`after` false) an occurrence of one of the claim's stated words before it, at most SLACK
    words further away than in the claim; at or before one of those after it (`after` true).
    A claim word with no stated word on that side passes."""
    if not anchors:
        return True
    return any(0 <= (n - k if after else k - n) <= reach + SLACK
               for reach, places in anchors for n in places)
