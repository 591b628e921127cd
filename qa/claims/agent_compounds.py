"""A noun naming whoever does something to a thing, stated by the verb and its object, and the
other way: "France, the penholder" / "France held the pen", "the main shareholder" / "holds
shares", "a gatekeeper" / "kept the gate".

English closes a verb's object and its agent noun into one word ("pen" + "holder"), so the
stemmer gives the compound a term of its own and a claim that says what the actor does ("held
the pen on the file") meets a source that names the actor by it ("France as penholder"). The
compound is read from its letters: a noun (MIN_NOUN letters or more) followed by the agent
noun of a WordNet verb ("-er", "-r" after an "e", a doubled consonant: "holder", "maker",
"setter"); the claim's verb (any form WordNet's endings or exception list give) must have the
noun as its object, within OBJECT_REACH words after it in its clause. Written apart ("pen
holder") or hyphenated ("pen-holder") the compound is two words the sentence states already.

The office held, too: a claim's "held the penholdership" is the sentence's "penholder", with
the verb "hold" before it ("held the chairmanship" / "the chairman"); another verb before such a
noun ("hosted the championship") is not being the "champion", and nothing is counted then.
For support only (`check.align`), as another form of a word is.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import HYPERNYMS, base_forms, entry, is_english, verb_base, verbs
from .adverb_words import manner_adverb
from .facts import Parsed, Token, remembered

MIN_NOUN = 3  # letters of the object in a compound: "pen", "gate"
OBJECT_REACH = 4  # words from the verb to its object's noun: "held the Security Council pen"
OFFICE = "ship"  # "penholdership": the office of the penholder
HOLD = "hold"
ACTOR_REACH = 6  # words before an agent noun where its actor stands: "France as penholder"
RELATIVES = frozenset("which who that".split())


def agent_compound_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms of a verb and its object the sentence names in one compound agent
    noun, of such a compound the sentence gives as a verb and its object, and of an office
    held that the sentence names by its holder; each only where the one who does it is the
    same word on both sides (`same_actor`)."""
    found = set()
    theirs = compounds_of(sentence)
    if theirs:
        for word, (verb, noun) in verb_objects(claim).items():
            if word in theirs and same_actor(claim, verb, sentence, theirs[word]):
                found.update(verb.terms + noun.terms)
    for word, token in compounds_of(claim).items():
        spelled = spelled_apart(sentence, word)
        if spelled and same_actor(sentence, spelled[0], claim, token):
            found.update(token.terms)
    for verb, office, holder in offices_held(claim, sentence):
        if same_actor(claim, verb, sentence, holder):
            found.update(verb.terms + office.terms)
    return frozenset(found)


def same_actor(text: Parsed, verb: Token, other: Parsed, noun: Token) -> bool:
    """Whether the subject of the verb in `text` (its nearest word of weight before it, past
    "which", "who", auxiliaries and adverbs) stands in `other` within ACTOR_REACH words before
    the agent noun: "France, which held the pen" / "the removal of France as penholder", not
    "the ministry held the pen" / "the council, the penholder, asked the ministry"."""
    tokens = text.tokens
    i = tokens.index(verb)
    subject = next((t for t in reversed(tokens[:i]) if t.terms
                    and t.word.lower() not in RELATIVES and not manner_adverb(t.word)),
                   None)
    if subject is None:
        return False
    j = other.tokens.index(noun)
    return any(set(subject.terms) & set(t.terms) for t in other.tokens[max(0, j - ACTOR_REACH):j])


def compounds_of(text: Parsed) -> dict[str, Token]:
    """The text's words that are a noun and an agent noun closed into one ("penholder",
    "shareholders"), by the word in the singular, remembered on the parse (a sentence meets
    claim after claim)."""
    return remembered(text, ("agent compounds",), find_compounds, text)


def find_compounds(text: Parsed) -> dict[str, Token]:
    found = {}
    for t in text.tokens:
        if t.word.isalpha() and t.terms and len(t.word) > MIN_NOUN + 3:
            for form in base_forms(t.lower):
                if agent_compound(form):
                    found[form] = t
    return found


@lru_cache(maxsize=8192)
def agent_compound(word: str) -> bool:
    """Whether the word is a noun followed by a verb's agent noun ("pen" + "holder")."""
    if not word.endswith("er"):
        return False
    for cut in range(MIN_NOUN, len(word) - 3):
        noun, agent = word[:cut], word[cut:]
        if any(v in verbs() for v in agent_verbs(agent)) \
                and (is_english(noun) or entry(noun, HYPERNYMS) is not None):
            return True
    return False


def agent_verbs(agent: str) -> tuple[str, ...]:
    """The verbs the agent noun may be made from: "holder" -> hold, "maker" -> make, "setter"
    -> set."""
    stem = agent[:-2]
    found = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        found.append(stem[:-1])
    return tuple(found)


def agent_nouns(verb: str) -> tuple[str, ...]:
    """The agent nouns of a verb: "hold" -> holder, "make" -> maker, "set" -> setter."""
    if verb.endswith("e"):
        return (verb + "r",)
    return (verb + "er", verb + verb[-1] + "er")


def verb_objects(text: Parsed) -> dict[str, tuple[Token, Token]]:
    """Each compound agent noun a verb of the text and a noun after it in its clause spell
    ("held the pen": penholder), with the two tokens, remembered on the parse."""
    def make():
        found = {}
        for word, pair in spellings(text):
            found.setdefault(word, pair)  # the first that spells it
        return found
    return remembered(text, ("verb objects",), make)


def spelled_apart(text: Parsed, compound: str) -> tuple[Token, Token] | None:
    """The verb and the noun after it that spell the compound agent noun in the text, as
    `verb_objects` finds them first, or None; remembered on the parse by the compound. A
    sentence's, asked for a claim's compound ("peacekeepers"): a dict of every compound its
    words could spell kept ~25 strings a sentence to a batch's end."""
    return remembered(text, ("spelled apart", compound), lambda: next(
        (pair for word, pair in spellings(text, compound) if word == compound), None)
        if not agent_endings(compound).isdisjoint(agents_of(text)) else None)


def agents_of(text: Parsed) -> frozenset[str]:
    """The agent nouns of every verb a word of the text may be a form of (`spellings` ends
    each compound it spells with one of them), remembered on the parse: a compound ending in
    none is spelled by no verb of the text, and its words after each verb are not read."""
    return remembered(text, ("agent nouns",), lambda: frozenset(
        agent for t in text.tokens for verb in verb_forms(t.lower)
        for agent in agent_nouns(verb)))


@lru_cache(maxsize=4096)
def agent_endings(compound: str) -> frozenset[str]:
    """The endings of the compound after a noun of MIN_NOUN letters or more: where one of
    its agent nouns may start ("holder", "older", ... of "penholder")."""
    return frozenset(compound[cut:] for cut in range(MIN_NOUN, len(compound)))


def spellings(text: Parsed, compound: str = ""):
    """Each compound agent noun a verb of the text and a noun after it in its clause spell,
    with the two tokens, in the text's order (a compound may come more than once); only those
    beginning with the noun of `compound`'s start, if given."""
    tokens = text.tokens
    for i, token in enumerate(tokens):
        verbs_ = verb_forms(token.word.lower())
        if not verbs_:
            continue
        # the nouns that may be the verb's object, read once for all its forms (the same
        # for each): most words have none that begins `compound`, and no form is tried then
        objects = []
        for j in range(i + 1, min(i + 1 + OBJECT_REACH, len(tokens))):
            other = tokens[j]
            if other.brk:
                break
            if not other.word.isalpha() or not other.terms:
                continue
            nouns = [noun for noun in base_forms(other.word.lower())
                     if len(noun) >= MIN_NOUN and (not compound or compound.startswith(noun))]
            if nouns:
                objects.append((other, nouns))
        for verb in verbs_ if objects else ():
            for other, nouns in objects:
                for noun in nouns:
                    for agent in agent_nouns(verb):
                        yield noun + agent, (token, other)


@lru_cache(maxsize=8192)
def verb_forms(word: str) -> tuple[str, ...]:
    """The verbs the word may be a form of ("held" -> hold, "holds" -> hold), or ()."""
    if not word.isalpha():
        return ()
    irregular = verb_base(word)
    found = [irregular] if irregular else []
    found += [form for form in base_forms(word) if form in verbs()]
    return tuple(dict.fromkeys(found))


def offices_held(claim: Parsed, sentence: Parsed) -> list[tuple[Token, Token, Token]]:
    """(the verb "hold", the office, the sentence's holder) of each office the claim says is
    held ("held the penholdership") whose holder the sentence names ("penholder")."""
    found = []
    for verb, token, holder in remembered(claim, ("offices held",), offices, claim):
        named = next((t for t in sentence.tokens if t.word.lower() == holder), None)
        if named is not None:
            found.append((verb, token, named))
    return found


def offices(claim: Parsed) -> list[tuple[Token, Token, str]]:
    """(the verb "hold", the office, its holder's word) of each office the claim says is held:
    the claim's alone, remembered on its parse (asked for every sentence)."""
    found = []
    tokens = claim.tokens
    for j, token in enumerate(tokens):
        word = token.lower
        if not (word.endswith(OFFICE) and len(word) > len(OFFICE) + MIN_NOUN and token.terms):
            continue
        for i in range(j - 1, max(-1, j - 1 - OBJECT_REACH), -1):
            if HOLD in verb_forms(tokens[i].lower):
                found.append((tokens[i], token, word[:-len(OFFICE)]))
                break
            if tokens[i + 1].brk:
                break
    return found
