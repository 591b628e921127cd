"""A claim that someone acted on another's act, against a sentence telling only that act.

"The Council turned down Diop's request" says what the Council did with a request; "Diop
requested the Council to consider a force" tells the request and nothing of its outcome. The
claim's object belongs to someone else (a possessor other than its subject: "Diop's
request", "France's proposal"; in the passive, "the force requested by Diop was endorsed by
the Council"), so the claim's verb is the whole of its news: when the sentence states that
other party's act but not the claim's verb (not by a synonym, another form or a phrasal
verb's single verb), the claim is not stated.

Narrower than reading every unstated verb as a missing event: writers paraphrase verbs
freely, and a noun for the event stands for its verb ("gave its authorization" /
"authorized", "funding came from" / "funded by": bench/README, round 29, `polar8`). Those
objects are the subject's own ("its") or have none; a named or described possessor other
than the subject marks two parties, one asking and one answering.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from .actors import said
from .facts import ARTICLES, Parsed, Token
from .opposition import inside_name
from .past_forms import past_form
from .phrasal import phrasal_terms
from .polarity import predicate
from .predicate import BE, PARTICLES, possessive
from .vocabulary import Vocabulary

RELATIVES = frozenset("that which who whom".split())  # open a clause describing a noun
REACH = 4  # words between a verb and its object ("rejected the fishermen's petition")
POSSESSOR = 6  # words a possessor phrase may have ("the Malian foreign minister's")


def answered_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> Token | None:
    """The claim's verb acting on another party's act (`possessed_object` / `passive_by`)
    that the sentence does not state, while it states the object: None if there is none."""
    tokens = claim.tokens
    for n, token in enumerate(tokens):
        if not token.terms or not past_form(token.word) or inside_name(claim, token):
            continue
        if not (predicate(claim, n) or passive(claim, n)) \
                or n and tokens[n - 1].word.lower() in RELATIVES:
            continue  # "the process that produced Mali's agreement": a description
        owned = possessed_object(claim, n) or passive_by(claim, n)
        if not owned:
            continue
        if said(token, sentence, vocab, stated) \
                or set(token.terms) <= phrasal_terms(claim, sentence, vocab):
            continue  # "turned down" stated by "rejected"
        if any(t.terms and said(t, sentence, vocab, stated) for t in owned) \
                and not acted_on(sentence, claim, owned, vocab):
            return token
    return None


def acted_on(sentence: Parsed, claim: Parsed, owned: list[Token], vocab: Vocabulary) -> bool:
    """The sentence has a verb, in a past, finite or "-ing" form and not the object's own
    ("requested" for "request"), next to a word of the object ("rejected the petition", "the
    petition was rejected", "were obstructing the use"): what was done with the object,
    maybe a paraphrase of the claim's verb WordNet does not link ("refused" / "rejected",
    "brought to an end" / "terminated"), or its reverse, which the checks after this one
    read. An infinitive ("asked the board to consider a patrol") is the request's content,
    not an answer to it."""
    tokens = sentence.tokens
    terms = {term for t in owned for term in t.terms}
    near = [i for i, t in enumerate(tokens) if terms.intersection(t.terms)]
    if not near:
        return False
    for i, t in enumerate(tokens):
        word = t.word.lower()
        if not t.terms or terms.intersection(t.terms) or not can_be_verb(word) \
                or not (past_form(word) or word.endswith("ing") or predicate(sentence, i)) \
                or (i and tokens[i - 1].word.lower() == "to"):
            continue  # the request's own verb ("requested"), or its content ("to consider")
        if any(i < j <= i + REACH or j < i and passive(sentence, i)
               and not any(u.brk for u in tokens[j + 1:i + 1]) for j in near):
            # after the object, a passive in its clause ("the petition on the pier was
            # rejected"); not an active ("a force capable of combating": what it does)
            return True
    return False


def passive(claim: Parsed, n: int) -> bool:
    """The n-th word is a participle right after a form of "be" ("was endorsed")."""
    return n > 0 and claim.tokens[n - 1].word.lower() in BE and not claim.tokens[n].brk


def possessed_object(claim: Parsed, n: int) -> list[Token]:
    """The object's head words after the n-th word when a possessor other than a pronoun
    opens the object ("turned down Diop's request", "endorsed the minister's proposal"):
    [] otherwise, or when the possessor's words are the subject's."""
    tokens, stop = claim.tokens, load_stopwords()
    k = n + 1
    while k < len(tokens) and not tokens[k].brk and tokens[k].word.lower() in PARTICLES:
        k += 1
    while k < len(tokens) and not tokens[k].brk and tokens[k].word.lower() in ARTICLES:
        k += 1
    owner: list[Token] = []
    while k < len(tokens) and not tokens[k].brk and len(owner) < POSSESSOR:
        owner.append(tokens[k])
        k += 1
        if possessive(owner[-1]):
            break
    if not owner or not possessive(owner[-1]) \
            or any(t.word.lower() in stop and not possessive(t) for t in owner):
        return []
    subject = {term for t in claim.tokens[:n] for term in t.terms}
    if subject & {term for t in owner for term in t.terms}:
        return []  # "the Council approved the Council's plan": its own act
    while k < len(tokens) and not tokens[k].brk and any(
            m.start <= tokens[k].start < m.end and m.family != "name" for m in claim.mentions):
        k += 1  # a date or a figure before the head: "Lodwar's May 2020 plan"
    head: list[Token] = []
    while k < len(tokens) and not tokens[k].brk and tokens[k].word.isalpha() \
            and tokens[k].word.lower() not in stop and not inside_name(claim, tokens[k]):
        head.append(tokens[k])
        k += 1
    return head  # [] for a name ("Mali's Agreement for Peace"): no act of the possessor's


def passive_by(claim: Parsed, n: int) -> list[Token]:
    """The subject's words before "was" when the n-th word is a passive participle with an
    agent ("... was endorsed by the Council") and the subject names another agent of its own
    ("the force requested by Diop", "Diop's request"): [] otherwise."""
    tokens, stop = claim.tokens, load_stopwords()
    if not passive(claim, n) or n + 1 >= len(tokens) or tokens[n + 1].word.lower() != "by":
        return []
    k = n - 2
    subject: list[Token] = []
    while k >= 0 and not tokens[k + 1].brk:
        subject.insert(0, tokens[k])
        k -= 1
    agent = {term for t in tokens[n + 2:] for term in t.terms}
    for i, t in enumerate(subject):
        owner = []
        if t.word.lower() == "by" and i > 0 and past_form(subject[i - 1].word):
            owner = subject[i + 1:i + 1 + POSSESSOR]
        elif possessive(t):
            owner = [t]
        if owner and not (agent & {term for o in owner for term in o.terms}):
            return [s for s in subject if s.terms and s.word.lower() not in stop
                    and s not in owner and s.word.isalpha()]
    return []
