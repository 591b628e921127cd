"""The sentences of a claim that assert no fact: the writer's question or verdict after it.

A claim written in a voice may close on words that comment on the fact it has just stated
rather than add one: a question put to the reader ("Who could have foreseen it?", "We ask:
whom does that help?"), or the writer's verdict on the statement ("Right you are.",
"Quite correct!", "Exactly."). A question asserts nothing: `check.validate` refused such a
claim outright, and a true statement before it went unread. A verdict of approval holds no
word a source would state: left in, its words are weighed as facts no sentence states and
the statement is not found. `commented` gives the statement without them.

What is taken off is read by grammar, never by listed phrases:
- a closing question, the whole sentence, when it asks without asserting: an open question
  on who or what ("What did the board expect?") presupposes only that someone or something
  fills its gap; a polar question ("Is anybody surprised?") asserts nothing. Not taken off: a
  negated polar question ("Wasn't the pier shut in May?") asserts its clause; a question of
  "why", "how", "when" or "where" presupposes its whole clause ("Why did the ferry stop in
  2031?" takes the stop as given); a question holding a figure or a date the statement does
  not hold (a count or a date asked about is a fact the claim brings in). A colon may
  introduce the question ("We ask: ..."), led by the writer in the first person only.
- a closing verdict sentence: apart from words of the statement itself (a figure it repeats
  must be the statement's own, "That is right, forty!"), stop words and adverbs of degree,
  its words are adjectives (or their adverbs in "-ly") of truth or correctness, WordNet's
  attribute nouns of the adjective, and nothing else: no noun, no name, no figure, no
  negation. "That is right, and the ferry ran late too" is no verdict alone: it adds a fact.
The verdict's polarity is read from VADER's ratings of the adjective, or of its WordNet
antonyms where it has none (rated "wrong" makes "correct" approving), or of its synonyms: an
approving verdict is dropped; a denying one ("False.", "Wrong!") says the writer holds the
statement untrue, so the claim is not supported on the statement alone (`denied_statement`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.wordnet import adverbs, antonyms, attributes, synonyms
from ..text.analyze import load_stopwords
from ..text.lexicon import valences
from .adverb_words import adjective_forms

# the attribute nouns WordNet gives the adjectives of a statement's truth ("correct" ->
# correctness, "true" -> truth); a verdict word is an adjective with one of them
TRUTH_ATTRIBUTES = frozenset({"truth", "correctness"})
# a sentence end: its mark and any closing quote or bracket, then space and the next start
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")
WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d[\d,.]*")
CLOSING = "\"'\u201d\u2019)] "
# the auxiliaries a polar question opens with ("Is anybody surprised?", "Did it help?")
AUXILIARIES = frozenset("is are was were am do does did can could will would shall should "
                        "may might must has have had".split())
# the gap words of an open question whose only presupposition is that the gap is filled
OPEN_GAPS = frozenset("who whom whose what which".split())
CONJUNCTIONS = frozenset("and but so or then".split())
NEGATIONS = frozenset("not no never nor n't nobody nothing none neither".split())
FIRST_PERSON = frozenset("i we".split())
CLITICS = frozenset("s re m ve ll d".split())
MAX_LEAD_WORDS = 4  # "We ask:", "I have to wonder:"


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END_RE.split(text.strip()) if s.strip()]


def words_of(text: str) -> list[str]:
    return WORD_RE.findall(text)


def figures(text: str) -> set[str]:
    return {w for w in words_of(text) if w[0].isdigit()}


def negated(words: list[str]) -> bool:
    return any(w.lower() in NEGATIONS or w.lower().endswith(("n't", "n\u2019t"))
               for w in words)


def idle_question(sentence: str, statement: str) -> bool:
    """`sentence` is a question that asserts nothing and presupposes no fact of its own."""
    if not sentence.rstrip(CLOSING).endswith("?"):
        return False
    body = sentence
    if ":" in body:
        lead, body = body.split(":", 1)
        lead_words = [w.lower() for w in words_of(lead)]
        if not lead_words or len(lead_words) > MAX_LEAD_WORDS \
                or lead_words[0] not in FIRST_PERSON:
            return False
    if figures(body) - figures(statement):
        return False
    words = [w.lower() for w in words_of(body)]
    while words and words[0] in CONJUNCTIONS:
        words = words[1:]
    if not words:
        return False
    if words[0] in OPEN_GAPS:
        return True
    return words[0] in AUXILIARIES and not negated(words)


def adjective_of(word: str) -> str:
    """The adjective of truth an adverb in "-ly" is made from ("exactly" -> exact, "truly" ->
    true; `adverb_words.adjective_forms`), else the word."""
    if len(word) > 4:
        for base in adjective_forms(word):
            if attributes(base) & TRUTH_ATTRIBUTES:
                return base
    return word


@lru_cache(maxsize=1024)
def truth_polarity(word: str) -> int:
    """+1 for an adjective (or its adverb) that calls a statement true or right, -1 for one
    that calls it false or wrong, 0 for any other word."""
    adjective = adjective_of(word.lower())
    if not attributes(adjective) & TRUTH_ATTRIBUTES:
        return 0
    rating = valences().get(adjective)
    if rating:
        return 1 if rating > 0 else -1
    for others, sign in ((antonyms(adjective), -1), (synonyms(adjective), 1)):
        rated = [valences().get(o) for o in others if valences().get(o)]
        if rated:
            return sign if sum(rated) > 0 else -sign
    return 0


def verdict(sentence: str, statement: str) -> int:
    """+1 when `sentence` only approves of the statement, -1 when it only denies it, else 0."""
    said = {w.lower() for w in words_of(statement)}
    stopwords = load_stopwords()
    words = [w for w in words_of(sentence) if w.lower() not in said]
    if not words or fact_words(words):
        return 0
    signs = set()
    for word in words:
        lower = word.lower()
        # a pro-form with its clitic ("That's", "you're") is the stop word it is made of
        stem, _, clitic = lower.replace("\u2019", "'").partition("'")
        if clitic in CLITICS and stem in stopwords:
            continue
        sign = truth_polarity(lower)
        if sign:
            signs.add(sign)
        elif lower in NEGATIONS or lower.endswith(("n't", "n\u2019t")):
            return 0
        elif lower not in stopwords and lower not in adverbs():
            return 0
    return signs.pop() if len(signs) == 1 else 0


def fact_words(words: list[str]) -> bool:
    """A figure or a name (a capitalised word past the first) the statement does not hold."""
    return any(w[0].isdigit() for w in words) or any(w[:1].isupper() for w in words[1:])


def commented(claim: str) -> tuple[str, int, bool] | None:
    """The claim's statement without the closing sentences that comment on it, the verdict
    they give (+1 approving, -1 denying, 0 none) and whether a question was among them; None
    when the claim has no such sentence or nothing but such sentences."""
    parts = sentences(claim)
    dropped_question, signs = False, set()
    while len(parts) > 1:
        statement = " ".join(parts[:-1])
        last = parts[-1]
        sign = verdict(last.rstrip("?!. " + CLOSING), statement)
        if sign:
            signs.add(sign)
        elif idle_question(last, statement):
            dropped_question = True
        else:
            break
        parts = parts[:-1]
    if len(parts) == len(sentences(claim)):
        return None
    if not any(not p.rstrip(CLOSING).endswith("?") for p in parts):
        return None
    if parts[-1].rstrip(CLOSING).endswith("?"):
        return None
    sign = -1 if -1 in signs else (1 if signs else 0)
    return " ".join(parts), sign, dropped_question
