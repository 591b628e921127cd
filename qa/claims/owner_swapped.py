"""A noun of a deed whose doer the claim gives by a possessive ("the guild's 'seizure' of the
harbour") and the sentence by a "by" phrase naming the claim's other party ("the guild
protested the seizure of the harbour by the port board"): the claim gives the deed to the one
the sentence says suffered it, or decried it.

Every word of the claim is in such a sentence, so coverage reaches support.
`deed_elsewhere.noun_agent_elsewhere` compares names right before a noun's genitive or right
after its "by"; here the claim's possessive may close a short phrase ("the Ostvik board's"),
a quotation mark may stand between it and its noun, the sentence's "by" may follow the noun's
"of" phrase, and its agent may be a common noun that heads the long form of an acronym the
claim names ("the mission" for an acronym whose long form ends in "Mission"). Read for
abstention only.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import POSSESSIVE_ENDINGS, Parsed
from .compare import as_text, name_found
from .opposition import AUXILIARY_WORDS, finite, used_as_verb
from .vocabulary import Vocabulary

OWNER_WORDS = 3  # words of a possessive phrase before its noun ("the Ostvik harbour board's")
REACH = 8  # words between the noun and its "by" (its "of" phrase, a coordinated noun)
AGENT_WORDS = 4  # words of the "by" phrase
QUOTES = "\"'“”‘’ "


def owner_swapped(claim: Parsed, sentence: Parsed, vocab: Vocabulary, bodies=None
                  ) -> str | None:
    """The claim's possessive phrase before a noun of a deed, where the sentence gives the
    same noun a "by" agent that is another party the claim names and not that phrase; None
    otherwise."""
    for n, token in enumerate(claim.tokens):
        if n == 0 or not token.terms or not token.word.isalpha():
            continue  # (a word after a genitive is a noun, "the guild's fencing"; one a "by"
            # agent follows in the sentence is one of a deed)
        owner = possessor(claim, n)
        if not owner:
            continue
        owner_terms = {t for k in owner for t in claim.tokens[k].terms}
        others = {t for k, other in enumerate(claim.tokens) if k not in owner and k != n
                  for t in other.terms}
        span = (claim.tokens[owner[0]].start, claim.tokens[owner[-1]].end)
        acronyms = [(m.text, span[0] <= m.start < span[1]) for m in claim.mentions
                    if m.family == "name" and m.text.isupper() and len(m.text) > 1]
        for k, other in enumerate(sentence.tokens):
            if not set(token.terms) & set(other.terms) or used_as_verb(sentence, k):
                continue
            agent = by_agent(sentence, k)
            if not agent:
                continue
            terms = {t for j in agent for t in sentence.tokens[j].terms}
            head = sentence.tokens[agent[-1]]
            held = {t for j in possessor(sentence, k) + list(range(k + 1, agent[0]))
                    for t in sentence.tokens[j].terms}
            if held & owner_terms:
                continue  # "the extension of Ostvik's mandate by the board": the sentence
                # gives the noun the claim's owner itself; its "by" is another noun's
            called = [owned for name, owned in acronyms
                      if bodies is not None and bodies.called(name, head.word)]
            if terms & owner_terms or any(called):
                return None  # the sentence's doer is the claim's
            if set(head.terms) <= others or called or named(claim, span, sentence, agent, vocab):
                return claim.text[slice(*span)]
    return None


def possessor(claim: Parsed, n: int) -> list[int]:
    """The token indexes of the possessive phrase right before the n-th word (only quotation
    marks between): its last word in the genitive, with up to OWNER_WORDS - 1 content words
    before it in its phrase; [] without one."""
    tokens = claim.tokens
    last = tokens[n - 1]
    # a quotation mark is a break of its own: the gap must hold nothing else ('the
    # guild's "seizure"')
    if claim.text[last.end:tokens[n].start].strip(QUOTES) \
            or not last.word.endswith(POSSESSIVE_ENDINGS):
        return []
    found = [n - 1]
    for k in range(n - 2, max(-1, n - 1 - OWNER_WORDS), -1):
        word = tokens[k].word
        if tokens[k + 1].brk or not tokens[k].terms or not word.isalpha() \
                or word.islower() and can_be_verb(word) and not word.endswith("ing"):
            break  # the phrase's verb ("decries the guild's"), no word of the owner
        found.insert(0, k)
    return found


def by_agent(sentence: Parsed, k: int) -> list[int]:
    """The token indexes of the "by" phrase that follows the k-th word (a noun) in its
    phrase, past its "of" phrase or a noun joined to it, up to its head; [] without one."""
    tokens = sentence.tokens
    for j in range(k + 1, min(len(tokens), k + 1 + REACH)):
        if tokens[j].brk and sentence.text[tokens[j - 1].end:tokens[j].start].strip(QUOTES):
            return []  # (a closing quotation mark ends no phrase: '"seizure" of the port')
        if tokens[j].lower in AUXILIARY_WORDS or finite(sentence, j):
            return []  # a verb: a "by" after it is the verb's ("the pullout would be
            # completed by May"), not the noun's
        if tokens[j].word.lower() == "by":
            if any(m.family != "name" and m.start <= tokens[j + 1].start < m.end
                   for m in sentence.mentions if j + 1 < len(tokens)):
                return []  # "by 2031", "by the end of May": a date, no doer
            after = tokens[j + 1].word if j + 1 < len(tokens) else ""
            if after.islower() and after.endswith(("ing", "ly")):
                return []  # "by unanimously adopting": the means, no doer
            agent = []
            for i in range(j + 1, min(len(tokens), j + 1 + AGENT_WORDS)):
                if tokens[i].brk and agent:
                    break
                if tokens[i].terms and tokens[i].word.isalpha():
                    agent.append(i)
                elif agent:
                    break
            return agent
    return []


def named(claim: Parsed, span: tuple[int, int], sentence: Parsed, agent: list[int],
          vocab: Vocabulary) -> bool:
    """A name of the claim outside its possessive phrase is the sentence's "by" agent, read
    with the bracketed acronym right after it ("by the Regional Land Office (RLO)")."""
    tokens = sentence.tokens
    end = tokens[agent[-1]].end
    close = sentence.text.find(")", end)
    if close >= 0 and sentence.text[end:close].lstrip().startswith("(") \
            and close - end <= ACRONYM_SPAN:
        end = close + 1
    start = tokens[agent[0]].start
    theirs = [as_text(m) for m in sentence.mentions
              if m.family == "name" and start <= m.start and m.end <= end]
    return any(name_found(m, text, vocab) for m in claim.mentions
               if m.family == "name" and not span[0] <= m.start < span[1] for text in theirs)


ACRONYM_SPAN = 14  # characters of a bracketed acronym after a name: " (RLO)"
