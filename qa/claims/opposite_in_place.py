"""Whether the sentence puts an opposite of a claim's word in that word's place, by a link
WordNet makes through one more relation than a direct antonym.

Support weighs words by rarity, so a sentence that states a claim's participants, date and
place reaches SUPPORT without the claim's verb or adjective: "the board detained the three
fishermen" was supported by "the board released the three fishermen", and "described the
water as clean" by "... as polluted". A different word in that place is no proof of a
different claim (writers reword: "halted" / "suspended"; round 45 measured a gate requiring
the claim's verb: 95 right supports lost). An opposite there is: the direct antonyms are read
by `opposition.opposed`, and `wordnet_indirect_antonyms.txt` gives the ones WordNet reaches
through a synset's other words, a similar adjective, a derivation or a hypernym ("released" ~
"free" / "detain", "polluted" ~ "impure" / "pure" ~ "clean", "shrank" ~ "decrease" /
"increase"); `wordnet_event_opposites.txt` the verbs that are kinds of the two sides of one
antonym pair ("swelled" ~ "increase" / "decrease" ~ "dwindled", "prohibited" ~ "forbid" /
"permit" ~ "approved"). The place is
read as `verb_in_place` reads it, between the claim's stated words nearest it on each side.

Such a sentence keeps support away (`related`). Where the two words are opposed by the tables
themselves (not only as a change each way, "deepening" / "restricted") and the sentence's word
is no word of the claim, `opposite_reversed` reads the pair as the claim's event reversed, also
in a sentence that fell short of support ("gained the logistics" / "lost logistics"): unplaced,
so it contradicts only with as much of the rest stated as any conflict no finder placed needs
(`check.CONTRADICT`); the indirect link is weaker than an antonym (round 50 read it as a
placed reversal, with kinds of change: a true claim contradicted, bench/README).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import (adjective_bases, antonyms, attribute_rivals, can_be_verb,
                               direction, event_opposites, indirect_antonyms, inflections,
                               possession_opposites)
from ..types import Conflict, ConflictKind
from .actors import said
from .compare import negated
from .facts import UNMADE, Parsed, Token, inside_name, remembered
from .linked_predicate import linked
from .polarity import anchor_sides, in_place, predicate, stated_places
from .verb_in_place import passive_voice, states, verb_in_place
from .vocabulary import Vocabulary

OBJECT_REACH = 2  # claim words from a verb of change to the thing it changes ("shrank its zone")


def opposite_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's word, stated nowhere in the sentence, and the sentence's affirmed word in
    its place that WordNet opposes to it (indirectly); None if there is none. A word negated
    on either side is left out ("did not release" says what "detained" says), and so is one
    that support reads as stating the claim's word (`verb_in_place.states`: a synonym or
    paraphrase of another sense, "open" / "established", "take" / "yield")."""
    stated_at = None
    for i, mine, opposites, way, direct in opposable_words(claim):
        # the cheap test first: most sentences have no opposite of the word at all. Only the
        # sentence's words that may pass it are read (`opposite_places`): the others fail
        # its first test, a form among the opposites or a change the other way
        found = [k for k in opposite_places(sentence, opposites, way)
                 if (forms(sentence.tokens[k].word) & opposites
                     or changes_against(way, sentence.tokens[k])
                     and not graded_after(sentence, k))
                 and not forms(sentence.tokens[k].word) & direct
                 and candidate(sentence, sentence.tokens[k])
                 and not negated(sentence, sentence.tokens[k])
                 and not states(mine, sentence.tokens[k], vocab)
                 and not written_by_claim(claim, sentence.tokens[k])]
        if not found or negated(claim, mine) or said(mine, sentence, vocab, stated):
            continue
        if stated_at is None:
            stated_at = stated_places(claim, sentence, vocab)
        k = verb_in_place(claim, i, sentence, vocab, stated_at, found)
        if k is None:
            k = ending_in_place(claim, i, sentence, vocab, stated_at, found)
        if k is None:
            k = compared_in_place(claim, i, sentence, vocab, stated_at, found)
        if k is None:  # "the coldest town" / "the warmest town": both qualify one noun
            k = qualifier_in_place(claim, i, sentence, vocab, stated_at, found)
        if k is None:  # a change the other way, or an opposite of the tables ("gained
            # logistics" / "the mission lost logistics"), right before the thing it acts on
            k = object_in_place(claim, i, sentence, vocab, stated_at,
                                [k for k in found if changes_against(way, sentence.tokens[k])
                                 or forms(sentence.tokens[k].word) & opposites])
        if k is not None:
            return mine, sentence.tokens[k]
    return None


def written_by_claim(claim: Parsed, token: Token) -> bool:
    """The sentence's word is one the claim writes itself, elsewhere ("came in the last
    decade" / "occurred over the last decade": "last" is the claim's own "last", not an
    opposite of its "came"): a word stated by the claim in its own place reverses no other
    claim word. Without it a true claim whose sentence restated its "last" was not
    supported."""
    return bool(token.terms) and not claim.terms.isdisjoint(token.terms) \
        and any(t.word.lower() == token.word.lower() for t in claim.tokens)


def opposed_by_form(claim: Parsed, sentence: Parsed) -> bool:
    """One of the sentence's words has a form among the one-link opposites of one of the
    claim's opposable words: what `opposite_reversed` needs before it reads anything. Proof
    that it is needed: `opposite_reversed` returns a pair only if `forms(theirs.word) &
    one_link_opposites(mine.word)` is not empty, where `mine` is a word of
    `opposable_words(claim)` (whose opposites are `one_link_opposites(mine.word)`) and
    `theirs` a word of the sentence (whose forms are keys of `form_places`). Without such a
    form it returns None whatever `opposite_in_place` finds (a change the other way alone,
    "shrank" / "enlarged", is no pair of the tables), so reading the places is skipped: most
    sentences aligned with a claim have no opposite of any of its words."""
    every = every_opposite(claim)
    if not every:  # the claim has no word with an opposite: the sentence is not read
        return False
    # one of the words' opposites is a form of the sentence's just when their union is
    places = remembered(sentence, ("form places",), form_places, sentence)
    return not places.keys().isdisjoint(every)


def every_opposite(claim: Parsed) -> frozenset[str]:
    """The one-link opposites of all the claim's `opposable_words` together: the claim's
    alone, remembered on its parse (`opposed_by_form` asks with every sentence, and tested
    the sentence's forms against each word's opposites in turn)."""
    found = claim.memo.get(("every opposite",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(claim, ("every opposite",), find_every_opposite, claim)
    return found


def find_every_opposite(claim: Parsed) -> frozenset[str]:
    return frozenset(form for _, _, opposites, _, _ in opposable_words(claim)
                     for form in opposites)


def opposable_words(claim: Parsed) -> list[tuple[int, Token, frozenset[str], int, set[str]]]:
    """The claim's words `opposite_in_place` looks for an opposite of, each with its place,
    its opposites (indirect and of events), its way of change (0: none, or graded after it)
    and its direct antonyms (`opposition.opposed` reads those, with its care): the claim's
    alone, remembered on its parse (asked again for every sentence it is aligned with)."""
    return remembered(claim, ("opposable words",), find_opposable_words, claim)


def find_opposable_words(claim: Parsed) -> list[tuple[int, Token, frozenset[str], int, set[str]]]:
    found = []
    for i, mine in enumerate(claim.tokens):
        if not candidate(claim, mine):
            continue
        opposites = one_link_opposites(mine.word)
        way = 0 if graded_after(claim, i) else direction(mine.word)
        if opposites or way:
            found.append((i, mine, opposites, way, set(antonyms(mine.word))))
    return found


def opposite_places(sentence: Parsed, opposites: frozenset[str], way: int) -> list[int]:
    """The places of the sentence's words one of whose `forms` is among `opposites`, or that
    change the other `way` (`changes_against`), in order: a superset of the words
    `opposite_in_place` finds, looked up in tables of the sentence's forms and ways
    remembered on its parse instead of a pass over its words for each claim word."""
    places = remembered(sentence, ("form places",), form_places, sentence)
    # the forms both have, found by one set operation, not a pass in Python over the claim
    # word's opposites (dozens of forms) for each sentence
    found = {k for form in places.keys() & opposites for k in places[form]}
    if way:
        ways = remembered(sentence, ("way places",), way_places, sentence)
        found.update(ways.get(-way, ()))
    return sorted(found)


def form_places(sentence: Parsed) -> dict[str, list[int]]:
    """Each of the `forms` of the sentence's words, with the places of the words having it."""
    places: dict[str, list[int]] = {}
    for k, token in enumerate(sentence.tokens):
        for form in forms(token.word):
            places.setdefault(form, []).append(k)
    return places


def way_places(sentence: Parsed) -> dict[int, list[int]]:
    """The places of the sentence's verbs of increase (+1) and of decrease (-1)
    (`wordnet.direction`)."""
    places: dict[int, list[int]] = {}
    for k, token in enumerate(sentence.tokens):
        way = direction(token.word)
        if way:
            places.setdefault(way, []).append(k)
    return places


def changes_against(way: int, theirs: Token) -> bool:
    """The sentence's word is a verb of change the other way from the claim's (`wordnet.
    direction`: "shrank" / "enlarged", "widened" / "curtailed"): each a kind of one side of
    increase / decrease, a pair the antonym tables join only where both words sit right
    under the two sides."""
    return bool(way) and direction(theirs.word) == -way


def graded_after(text: Parsed, k: int) -> bool:
    """A comparative follows the text's k-th word ("had grown weaker", "became less
    secure"): the change is the comparative's way, not its verb's."""
    if k + 1 >= len(text.tokens) or text.tokens[k + 1].brk:
        return False
    word = text.tokens[k + 1].word.lower()
    return word in COMPARATIVES or word.endswith("er") and len(word) > 4 \
        and word.isalpha() and not can_be_verb(word)


COMPARATIVES = frozenset("more less fewer".split())


def object_in_place(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary,
                    stated_at: list[int], found: list[int]) -> int | None:
    """The first of the sentence's words at `found` that stands right before the claim's
    stated word right after its word `i` (the thing changed: "shrank its zone" / "enlarged
    its zone"), both active, where the claim states nothing before its word that the sentence
    states: the claim's subject may be the sentence's by another name ("MINUSMA" / "the
    Mission"), so `verb_in_place`, which needs both sides, never places it. Read for changes
    the other way only, a verb and the thing it changes being the whole event."""
    before, after = anchor_sides(claim, i, sentence, stated_at, vocab)
    if any(places for _, places in before) or not after or after[0][0] > OBJECT_REACH \
            or passive_voice(claim, i):
        return None
    return next((k for k in found if not passive_voice(sentence, k)
                 and in_place(k, after[:1], True)), None)


def qualifier_in_place(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary,
                       stated_at: list[int], found: list[int]) -> int | None:
    """The first of the sentence's words at `found` right before the sentence's form of the
    claim's stated word right after its word `i`: two values qualifying the same noun ("the
    coldest town in Norland" / "... making it the warmest town in Norland"). `verb_in_place`
    needs the words before both within a few words of each other, and a sentence telling the
    figure or the day first puts its adjective far from the claim's subject: the opposite
    went unplaced and the claim was supported with its one adjective unstated. Only the
    word next to the noun on both sides, as an adjective stands."""
    _, after = anchor_sides(claim, i, sentence, stated_at, vocab)
    if not after or after[0][0] != 1:
        return None
    return next((k for k in found if k + 1 in after[0][1]), None)


def ending_in_place(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary,
                    stated_at: list[int], found: list[int]) -> int | None:
    """The first of the sentence's words at `found` that ends its clause where the claim's
    word `i` ends its own, after the place of the claim's stated words before it: an adjective
    after its verb has no party after it ("critics called the rules lenient" / "... strict"),
    so `verb_in_place`, which needs one on each side, never places it. The claim's words
    after a break are another clause's, no party of its word ("the glacier was thinning,
    like the ones around it"), and the sentence's clause may go on with words the claim says
    elsewhere ("was thickening in 2019" for "In 2019, the glacier was thinning"):
    `ends_with_claim_words`. Only a predicate ends a clause of its own so: an adverb before
    a comma ("a month on, the guild voted") opens the clause after it, its event."""
    if not clause_end(claim, i):
        return None
    before, after = anchor_sides(claim, i, sentence, stated_at, vocab)
    if not before or after and not (predicate(claim, i) or linked(claim, i)):
        return None
    return next((k for k in found if ends_with_claim_words(sentence, k, claim)
                 and in_place(k, before, False)), None)


def compared_in_place(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary,
                      stated_at: list[int], found: list[int]) -> int | None:
    """The first of the sentence's words at `found` that, like the claim's word `i`, is
    followed by "than", after the place of the claim's stated words before it, where none of
    the claim's stated words after it has a place in the sentence: "the northern shelf is
    warmer than the southern shelf" / "the northern shelf is colder than its southern
    neighbour" (the claim writes "shelf" twice, the sentence once: which is which is unknown,
    so `verb_in_place` finds no party after the word). The compared thing before the word
    must be placed: "B is colder than A" has the claim's A after the word, not before, and
    tells the claim's own fact from the other side."""
    if not before_than(claim, i):
        return None
    before, after = anchor_sides(claim, i, sentence, stated_at, vocab)
    if not any(places for _, places in before) or any(places for _, places in after):
        return None
    return next((k for k in found if before_than(sentence, k) and in_place(k, before, False)),
                None)


def before_than(text: Parsed, i: int) -> bool:
    """"than" follows the text's i-th word."""
    return i + 1 < len(text.tokens) and text.tokens[i + 1].word.lower() == "than"


def clause_end(text: Parsed, i: int) -> bool:
    """The text's i-th word is the last of its clause."""
    return i + 1 == len(text.tokens) or text.tokens[i + 1].brk


def ends_with_claim_words(sentence: Parsed, k: int, claim: Parsed) -> bool:
    """The sentence's k-th word ends its clause, or every content word after it in its clause
    is a word of the claim: the word ends what the sentence says anew there."""
    for token in sentence.tokens[k + 1:]:
        if token.brk:
            return True
        if token.terms and not claim.terms.issuperset(token.terms):
            return False
    return True


def candidate(text: Parsed, token: Token) -> bool:
    """A word that may be a verb or an adjective of the text's own: a word of letters, lower
    case, outside names and figures ("one", "second": WordNet's adjectives too)."""
    return bool(token.terms) and token.word.isalpha() and token.word.islower() \
        and not inside_name(text, token) \
        and not any(m.start <= token.start < m.end for m in text.mentions)


@lru_cache(maxsize=8192)  # asked of every sentence word against each claim word
def forms(word: str) -> frozenset[str]:
    """The word's `inflections` ("shrank" -> shrink) and the adjective an irregular
    comparative or a superlative is formed from ("hotter", "coldest": `adjective_bases`),
    lower case, as a set: a scale's value is read in any degree."""
    word = word.lower()
    return frozenset(inflections(word) + adjective_bases(word))


@lru_cache(maxsize=8192)  # asked of each claim word, and again by the vetoes pair after pair
def one_link_opposites(word: str) -> frozenset[str]:
    """The word's opposites one WordNet link further than a direct antonym: the indirect
    antonyms, the event opposites, a verb of getting's verbs of losing and the reverse
    ("obtained" / "lost": `wordnet.possession_opposites`) and the rival values of its
    attribute ("warmer" / "colder": `wordnet.attribute_rivals`)."""
    return indirect_antonyms(word) | event_opposites(word) | possession_opposites(word) \
        | attribute_rivals(word)


def one_link_further(conflict: Conflict) -> bool:
    """A relation conflict whose two words only the indirect or event-opposite tables oppose:
    they join words through any of their senses ("promoting river safety" / "reduced
    river safety checks": "promote" and "reduce" are opposed in rank), so such a reversal needs the
    whole rest of a conflict no finder placed (`check.CONTRADICT`), never the lesser bar of a
    conflict placed by a phrase the two texts share (`qa.claims.phrase_place`)."""
    if conflict.kind is not ConflictKind.RELATION:
        return False
    mine, theirs = forms(conflict.claim), forms(conflict.source)
    if any(theirs & forms(antonym) for word in mine for antonym in antonyms(word)):
        return False
    return any(theirs & one_link_opposites(word) for word in mine)


def opposite_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> tuple[Token, Token] | None:
    """`opposite_in_place` read as the claim's event reversed (`check.align` then asks the
    rest of the claim as of any conflict no finder placed): the pair, if WordNet opposes the
    two words themselves (the indirect or event-opposite tables), not only their kinds of
    change ("deepening frictions" / "restricted movement": a kind of increase and one of
    decrease, said of two things), and the sentence's word is no word of the claim ("cutting
    speed limits" / "limiting warming": the sentence's "limiting" is the claim's own
    "limits", no reversal of its "speed")."""
    if not opposed_by_form(claim, sentence):
        return None  # the cheap test first: the pair below could never pass its last test
    found = opposite_in_place(claim, sentence, vocab, stated)
    if not found or not claim.terms.isdisjoint(found[1].terms):
        return None
    mine, theirs = found
    if not forms(theirs.word) & one_link_opposites(mine.word) or lessened(sentence, theirs):
        return None
    if forms(theirs.word) & (indirect_antonyms(mine.word) | event_opposites(mine.word)
                             | possession_opposites(mine.word)):
        return found
    # rival values of an attribute only ("warmest" / "coldest"): the weakest link, read as
    # the claim's event reversed only where the sentence states every other word of the
    # claim ("the skating season ... coldest" / "the fishing season ... warmest": another)
    return found if every_other_word_stated(claim, mine, sentence, vocab) \
        and not year_in_pair(claim, sentence) else None


def lessened(text: Parsed, token: Token) -> bool:
    """"less" stands right before the word ("a shade less dense than brine"): the comparative
    of less of it, which is the way of its opposite ("lighter than brine"), not a reversal of
    it (round 74, branch sc81: such a true claim was called contradicted)."""
    k = next((n for n, t in enumerate(text.tokens) if t is token), 0)
    return k > 0 and not token.brk and text.tokens[k - 1].lower == "less"


def year_in_pair(claim: Parsed, sentence: Parsed) -> bool:
    """One of the claim's lone years is written by the sentence only as an end of a pair
    ("the winter of 2012" / "the winter of 2012/2013": a season across two years, or an
    uncertain date): another period, perhaps, so no rival value of an attribute (the weakest
    link) reverses the claim there."""
    paired = {m.value for m in sentence.mentions if m.family == "year" and slashed(sentence, m)}
    return any(m.family == "year" and m.value in paired and not slashed(claim, m)
               for m in claim.mentions)


def slashed(text: Parsed, year) -> bool:
    """The year is written beside a slash, one end of a pair ("2012/2013")."""
    return "/" in (text.text[year.end:year.end + 1], text.text[max(0, year.start - 1):year.start])


def every_other_word_stated(claim: Parsed, mine: Token, sentence: Parsed,
                            vocab: Vocabulary) -> bool:
    """Each common word of the claim but `mine` is stated by the sentence, or begins a
    longer word of it, as the rest of any conflict may ("north" / "northern":
    `check.started`). A name is left to the checks of names, which read another name in its
    place as another actor or place; a common word no table opposes may be another thing
    ("skating" / "fishing" season)."""
    stated = set(stated_places(claim, sentence, vocab, countries=True))
    return all(n in stated or any(len(t) >= STEM_START and any(
                   s.startswith(t) for s in sentence.terms) for t in token.terms)
               for n, token in enumerate(claim.tokens)
               if token.terms and token is not mine and token.word.islower()
               and not inside_name(claim, token))


STEM_START = 5  # letters of a claim word a longer sentence word must start with (`check`'s)
