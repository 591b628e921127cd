"""A person the sentence names by a capitalised title ("the U.N. High Commissioner for Human
Rights urged ...") as the other actor against a claim's actor noun the sentence does not
state ("the UN secretary-general had urged ...").

`actors.another_actor` withholds support from a claim whose actor noun phrase the sentence
leaves unsaid ("the force commander") where the sentence has an actor noun of its own that the
claim does not state ("the human rights director"): two persons, two deeds. It read the
sentence's actor nouns in lower case only, outside names, so a sentence that names its actor
by a title ("High Commissioner", "Special Representative", "Foreign Minister") had no actor
to set against the claim's, and its every other word stated the claim: the deed given to
another office was supported. A capitalised noun inside a name (not its first word) whose
first sense is a person ends a title: it is that actor. Not a group ("Security Council": a
body, which `bodies` and the names' own checks read). And the claim's own actor may be a
hyphenated title in lower case ("the UN secretary-general"), whose person noun stands before
the hyphen (`titles.title_part`), not at the end of its noun phrase.
"""
from __future__ import annotations

from ..search.wordnet import actor_kind, actor_noun
from .facts import Parsed
from .titles import title_part


def titled_actor(text: Parsed, i: int) -> bool:
    """The text's i-th word is a capitalised person noun ending a title inside a name ("High
    Commissioner for Human Rights", "Foreign Minister Diop"): not the name's first word
    alone, nor a word that can be an adjective ("Official")."""
    token = text.tokens[i]
    word = token.word
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()) or i == 0:
        return False
    if not any(m.family == "name" and m.start < token.start and token.end <= m.end
               for m in text.mentions):
        return False  # the name's first word: "Commissioner" alone opens no title
    return actor_kind(word) == "p" and actor_noun(word) is False  # a person, not a body


def compound_title(text: Parsed, i: int) -> bool:
    """The text's i-th word is a person noun in lower case before a hyphenated title's last
    part ("secretary" of "secretary-general", "attorney" of "attorney-general")."""
    token = text.tokens[i]
    return i + 1 < len(text.tokens) and token.word.isalpha() and token.word.islower() \
        and actor_kind(token.word) == "p" and title_part(text, text.tokens[i + 1])
