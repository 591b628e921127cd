"""An actor the claim names by a common noun, replaced in the sentence by another one:
"MINUSMA's force commander was declared persona non grata" / "MINUSMA's human rights director
was declared persona non grata", "jihadist fighters were responsible for killing" / "the
killing ... was carried out by Malian troops". Names have their own checks
(`check.another_named`, `opposition.swapped_names`); a person or a body named by a common
noun ("commander", "fighters", "troops", "official") is an actor too, which a sentence naming
someone else in its place does not support.

A noun is such an actor when WordNet files its first sense under noun.person or noun.group
(`qa.search.wordnet.actor_noun`); as written, it must end its noun phrase (a break, a function
word or a verb follows: "fighters were", "commander was"), since "the general rule" or "fossil
fuel" use such nouns as modifiers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import actor_kind, actor_noun, can_be_verb, verb_base, verbs
from ..text.analyze import load_stopwords
from .auxiliaries import BE_FORMS, HAVE, TENSED_BE
from .compare import synonym_terms
from .facts import Mention, Parsed, Token, groups_of
from .occurrence import event_noun, verb_forms
from .past_forms import past_verb_form
from .titled_actors import compound_title, titled_actor  # "the U.N. High Commissioner urged"
from .vocabulary import Vocabulary

FINITE_BE = TENSED_BE | HAVE
MODIFIERS = 2  # words before an actor noun read as its modifiers ("jihadist armed groups")
VERB_ENDINGS = (("", ""), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"), ("ies", "y"), ("ied", "y"))


def another_actor(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                  ) -> tuple[Token, Token, bool] | None:
    """The claim's first actor noun that the sentence does not state (by its term, a synonym
    or another form: `stated`), with a word of its noun phrase the sentence does not state
    either, and the sentence's first actor noun that the claim does not state; then whether
    the sentence's comes with a word of its own that the claim does not state (two whole noun
    phrases: another actor for certain, not a synonym WordNet's first senses miss: "armed
    men" / "gunmen"). A bare office a name owns ("Velden's mayor", `owned_office`) is such
    an actor too, against any office of the sentence. None when either is missing."""
    for i, mine in enumerate(claim.tokens):
        actor = (actor_at(claim, i) or compound_title(claim, i)) \
            and described(claim, i, sentence, vocab, stated)
        owned = not actor and office_at(claim, i) and owned_office(claim, i)
        if (actor or owned) and not said(mine, sentence, vocab, stated):
            break
    else:
        return None
    if owned and another_in_role(claim, sentence, vocab, stated):
        return None  # "the interim president" / "the interim Prime Minister": that reading's
    groups = groups_of(claim, vocab)
    for i, token in enumerate(sentence.tokens):
        # against one person's office, any office of the sentence ("the harbour master
        # closed"), as `another_in_role` reads offices
        if (actor_at(sentence, i) or titled_actor(sentence, i)
                or owned and office_at(sentence, i)) \
                and not stated_by_claim(token, claim, vocab, groups):
            # an office is often named by a title the tables do not join ("premier" /
            # "prime minister"): no contradiction on it, only no support
            whole = not owned and described(sentence, i, claim, vocab, frozenset())
            return mine, token, whole
    return None


def owned_office(text: Parsed, i: int) -> bool:
    """The text's i-th word is a person noun in the singular whose noun phrase opens on a
    name, its owner ("Velden's mayor", "the Norland prime minister"): one person's office.
    A sentence telling the deed of someone else ("the harbour master", "the authorities")
    does not state that person, where an unstated bare plural ("sailors" / "seamen") may be
    a synonym WordNet's first senses miss (`described`)."""
    token = text.tokens[i]
    # a person noun that is no adjective too ("chief", "premier", "dependent" are), as
    # `titled_actor` reads a title's person
    if token.word.lower().endswith("s") or actor_kind(token.word) != "p" \
            or actor_noun(token.word) is not False:
        return False
    for k in range(i - 1, max(-1, i - 2 - MODIFIERS), -1):  # "Mali's prime minister"
        word = text.tokens[k]
        if text.tokens[k + 1].brk or not word.word[:1].isalpha():
            return False  # a break before the next word ends the noun phrase
        if word.word[:1].isupper():
            return any(m.family == "name" and m.start <= word.start < m.end
                       for m in text.mentions)
        if word.word.lower() in load_stopwords():
            return False
    return False


def stated_by_claim(token: Token, claim: Parsed, vocab: Vocabulary, groups: set[int]) -> bool:
    return any(vocab.matches(term, claim.terms, groups) for term in token.terms) \
        or bool(synonym_terms(token.word.lower(), vocab) & claim.terms)


def described(claim: Parsed, i: int, sentence: Parsed, vocab: Vocabulary,
              stated: frozenset[str]) -> bool:
    """The actor noun comes with another word of its noun phrase (up to MODIFIERS words on
    either side, up to a function word or a break) that the sentence does not state either
    ("jihadist fighters", "jihadist armed groups", "force commander", "government
    official"): a whole noun phrase unstated. A bare noun the sentence does not state may be
    a synonym WordNet's first senses miss ("100 sailors" / "100 seamen")."""
    tokens = claim.tokens
    for side in (range(i - 1, max(-1, i - 1 - MODIFIERS), -1),
                 range(i + 1, min(len(tokens), i + 1 + MODIFIERS))):
        for k in side:
            word = tokens[k]
            if (k > i and word.brk) or not word.terms or not word.word.isalpha() \
                    or not word.word.islower() or word.word.lower() in load_stopwords():
                break
            if not said(word, sentence, vocab, stated):
                return True
            if k < i and word.brk:
                break
    return False


def said(token: Token, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]) -> bool:
    """The sentence states the word: its terms, a thesaurus or first-sense WordNet synonym,
    or another form of it (`stated`: "unanimous" for "unanimously")."""
    groups = groups_of(sentence, vocab)
    return all(t in stated or vocab.matches(t, sentence.terms, groups) for t in token.terms) \
        or bool(synonym_terms(token.word.lower(), vocab) & sentence.terms)


def actor_at(text: Parsed, i: int) -> bool:
    """The text's i-th word is an actor noun ending its noun phrase, outside names: a common
    noun as written (lower case), not a verb form ("escorts"), followed by a break, a function
    word or (unless it can be an adjective: "official") a verb."""
    token = text.tokens[i]
    if not (token.word.islower() and token.word.isalpha()) \
            or verb_form(token.word) and not before_finite_be(text, i) \
            or any(m.start <= token.start < m.end for m in text.mentions):
        return False
    adjective = actor_noun(token.word)
    if adjective is None:
        return False
    if i + 1 == len(text.tokens):
        return True
    after = text.tokens[i + 1]
    if after.brk or after.word.lower() in load_stopwords():
        return True
    if adjective:  # "official figures": a modifier before a noun that can be a verb; a past
        # verb after it is the noun's ("a government official briefed the board"): a noun
        return past_verb(after.word) and actor_noun(after.word) is None
    return verb_form(after.word) and actor_noun(after.word) is None


def before_finite_be(text: Parsed, i: int) -> bool:
    """The i-th word is followed, in its clause, by a finite "be" or "have" ("pilots were",
    "crews had"): the subject of that verb, a noun, however often the word is a verb too."""
    return i + 1 < len(text.tokens) and not text.tokens[i + 1].brk \
        and text.tokens[i + 1].lower in FINITE_BE


@lru_cache(maxsize=1 << 16)  # asked of the words of every sentence a claim is aligned with
def past_verb(word: str) -> bool:
    """A regular past form of a verb ("briefed", "denied")."""
    word = word.lower()
    table = verbs()
    return any(word.endswith(ending) and word[:len(word) - len(ending)] + base in table
               for ending, base in (("ed", ""), ("ed", "e"), ("ied", "y")))


@lru_cache(maxsize=1 << 16)
def verb_form(word: str) -> bool:
    """`word` is a verb or an inflection of one ("escorts", "declared"), by its regular
    endings only: "commander" is no form of "command"."""
    word = word.lower()
    table = verbs()
    return any(word.endswith(ending) and word[:len(word) - len(ending)] + base in table
               for ending, base in VERB_ENDINGS)



def another_in_role(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                    ) -> tuple[Token, Token] | None:
    """The claim's bare actor noun (its modifier stated, so `another_actor` does not take it:
    "the interim mayor") that the sentence does not state, where the sentence's own actor
    noun, which the claim does not state, comes after the same modifier ("the interim vice
    president"): another person in the same office. None if there is none."""
    groups = groups_of(claim, vocab)
    for i, token in enumerate(claim.tokens):
        if i == 0 or not actor_at(claim, i) or said(token, sentence, vocab, stated):
            continue
        modifier = claim.tokens[i - 1]
        if modifier.brk or token.brk or not modifier.word.isalpha() \
                or not modifier.word.islower() or modifier.word in load_stopwords():
            continue
        for k, other in enumerate(sentence.tokens):
            if not office_at(sentence, k) or stated_by_claim(other, claim, vocab, groups):
                continue
            before = [t for t in sentence.tokens[max(0, k - MODIFIERS):k]]
            if any(set(t.terms) & set(modifier.terms) for t in before) \
                    and not any(t.brk for t in sentence.tokens[k - len(before) + 1:k + 1]):
                return token, other
    return None


def office_at(text: Parsed, i: int) -> bool:
    """The text's i-th word is an actor noun ending its noun phrase (`actor_at`), or one that
    is also a verb ("minister", "head") before a past verb: "the prime minister angered"."""
    if actor_at(text, i):
        return True
    token = text.tokens[i]
    if not (token.word.islower() and token.word.isalpha()) or actor_noun(token.word) is None \
            or i + 1 == len(text.tokens):
        return False
    return past_verb(text.tokens[i + 1].word) and not text.tokens[i + 1].brk


AGENT_CUE = "by"
AGENT_WORDS = 3  # words of the agent's noun phrase after "by" ("the city council")
PRONOUNS = frozenset("it its they their them he his him she her".split())
POSSESSIVE_RE = re.compile(r"['\u2019]s$")


def unstated_agent(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                   ) -> Token | None:
    """The actor noun of an agent the claim gives after "by" (a passive or an event noun:
    "the expulsion of the inspector by the city council", "sanctions adopted by the regional
    council") or in the possessive before an event noun ("the city council's expulsion of the
    inspector"), that the sentence does not state, even by a synonym or another form: who did
    it is a fact of the claim, which a sentence telling the deed of another ("the port
    authority expelled the inspector") does not state. Common nouns only: a name the claim
    gives is checked as names are (`check.another_named`, `opposition.agent_replaced`). A
    sentence with a personal pronoun ("in 2021, it published ...") may name the agent by it."""
    if any(t.word.lower() in PRONOUNS for t in sentence.tokens):
        return None
    tokens = claim.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.word.lower() == AGENT_CUE and i and not token.brk:
            for k in range(i + 1, min(len(tokens), i + 1 + AGENT_WORDS)):
                if actor_at(claim, k) and not said(tokens[k], sentence, vocab, stated):
                    return tokens[k]
                if tokens[k].brk:
                    break
        elif owner_of_event(token, tokens[i + 1]) and not said(token, sentence, vocab, stated):
            return token
    return None


def agent_unsaid(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                 ) -> Token | None:
    """The last word of a passive's agent ("was claimed by an al-Qaeda affiliate"), when the
    sentence states neither it nor most words of that phrase (up to AGENT_WORDS content words
    after "by", articles passed over), not even by a synonym or another form (a synonym may
    match by chance: WordNet's "al-Qaeda" is also "the Base"): who did it is a fact of the
    claim, and `unstated_agent` reads only actor nouns, which "affiliate" (also a verb) and a
    name the parser does not know ("al-Qaeda") are not. None if there is none, or if the
    sentence has a personal pronoun that may stand for the agent."""
    if any(t.word.lower() in PRONOUNS for t in sentence.tokens):
        return None
    tokens, stop = claim.tokens, load_stopwords()
    for i, token in enumerate(tokens[:-1]):
        if token.word.lower() != AGENT_CUE or not i or token.brk \
                or not passive_participle(tokens[i - 1].word):
            continue
        phrase = []
        for later in tokens[i + 1:]:
            word = later.word.lower()
            if later.brk or len(phrase) == AGENT_WORDS:
                break
            if word in ARTICLES:
                continue
            if word in stop or not later.terms:
                break
            phrase.append(later)
        if phrase and not said(phrase[-1], sentence, vocab, stated) \
                and 2 * sum(said(t, sentence, vocab, stated) for t in phrase) < len(phrase):
            return phrase[-1]  # its head unsaid, and most of its words
    return None


ARTICLES = frozenset("a an the".split())


NOT_PARTICIPLES = BE_FORMS


def passive_participle(word: str) -> bool:
    """A past participle right before "by": "claimed", "armed", "taken"."""
    word = word.lower()
    base = verb_base(word)  # "struck" -> strike, "taken" -> take
    if word in NOT_PARTICIPLES or word.endswith("ing"):
        return False  # "was by the river", "working by night": no passive
    return word.isalpha() and (past_verb_form(word)
                               or can_be_verb(word) and base is not None and base != word)


def owner_of_event(token: Token, after: Token) -> bool:
    """`token` is an actor noun in the possessive ("council's") right before an event noun
    ("expulsion": a noun with a verb among its derived forms, `occurrence.event_noun`)."""
    bare = POSSESSIVE_RE.sub("", token.word)
    return bare != token.word and bare.isalpha() and bare.islower() and not token.brk \
        and actor_noun(bare) is not None and event_noun(after)


COMING = "come"  # "the request came from X": X made it


def agent_named(claim: Parsed, name: Mention) -> bool:
    """The name is the agent the claim gives a deed after "by" ("sanctions adopted by the
    regional bloc", "the expulsion of the envoy by Norland") or after "came from" ("the
    request came from the port's director, Ana Ruiz"), a few words of title between."""
    tokens = claim.tokens
    at = next((i for i, t in enumerate(tokens) if t.start >= name.start), len(tokens))
    for k in range(at - 1, max(0, at - 2 - AGENT_WORDS), -1):
        word = tokens[k].word.lower()
        if tokens[k].brk or not k:
            return False
        if word == AGENT_CUE or word == "from" and COMING in verb_forms(tokens[k - 1].word):
            return True
    return False
