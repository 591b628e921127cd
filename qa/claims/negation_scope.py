"""Where a negation's denial starts when the clause's grammar moves it off the word right
after the cue.

`facts.negated_terms` denies the first content word after "not" (the verb) and up to two after
"no" (a noun phrase). Two constructions of audit and review prose deny something else:

- **"not X but Y"**, the correlative: "did not report to the board but to the chief
  executive" affirms the reporting and denies only the board; the part set against Y starts
  with the same function word Y starts with ("to the board" / "to the chief executive",
  "the sale" / "the lease"). A "but" that opens a clause of its own ("did not approve the sale
  but deferred it": a verb after "but") has no such parallel, and the verb stays denied.
- **a negative quantifier's own phrase**: "None of the five meters installed in 2022 was
  calibrated" denies the clause's verb of the five meters, which exist; "no" denies the noun it
  quantifies and its modifiers ("no Malian city", "had no cranes": a claim of "several cities"
  is its opposite), not a noun of an "of" phrase after it ("No member of the audit committee
  attended" says nothing against the committee).
"""
from __future__ import annotations

from .auxiliaries import AUXILIARY_WORDS, BE
from .past_forms import past_form

# `tokens` below are `facts.Token`s: `facts` reads negations through this module, so it is not
# imported here
# the words that may open the part of a "not ... but ..." set against what "but" introduces:
# prepositions, determiners and "because" (a phrase or a reason, never a clause's verb)
PARALLEL_OPENERS = frozenset(
    "to by in on at for from with into through over under about against because of as "
    "the a an its their his her this that these those".split())
# quantifiers that deny their clause's verb when they open the clause's subject
SUBJECT_QUANTIFIERS = frozenset(("none",))
# what ends the noun phrase a "no" denies: "of" opens the phrase of another thing ("no
# member of the committee"); "in", "to" mostly qualify the noun ("no city in Mali", "no need
# to ship")
PHRASE_ENDS = frozenset(("of",))
# what a subject may follow and still open its clause ("found that no member attended")
CLAUSE_OPENERS = frozenset("that because although though while whereas since".split())
AUXILIARIES = AUXILIARY_WORDS
SUBJECT_REACH = 10  # words from the quantifier to its clause's verb


def contrasted_part(tokens: list, i: int) -> int | None:
    """In "not X but Y" in one clause (an aside between allowed: "not in June, as planned, but
    in September"), the index where X starts (the word after the function word both X and Y
    open with); None without such a parallel."""
    for j in clause_indices(tokens, i + 1):
        if j + 1 >= len(tokens) or tokens[j].word.lower() != "but" or tokens[j + 1].brk:
            continue
        opener = tokens[j + 1].word.lower()
        if opener not in PARALLEL_OPENERS:
            return None
        return next((k + 1 for k in range(i + 1, j) if tokens[k].word.lower() == opener), None)
    return None


# words that open an aside set off by commas inside a clause ("was not introduced in June, as
# planned, but in September"). Not for "not ... until": "did not finish the survey, which it
# began in 2022, until March" would then state 2022 for the finishing, which the aside dates
ASIDE_OPENERS = frozenset(("which", "who", "whom", "whose", "as"))


def clause_indices(tokens: list, start: int):
    """The indices of the clause's words from `start` to its end, over asides: at a clause
    mark before an aside's opener, on from the first word after the aside's closing mark."""
    k = start
    while k < len(tokens):
        if tokens[k].brk and k > start:
            if tokens[k].word.lower() not in ASIDE_OPENERS:
                return
            k = next((m for m in range(k + 1, len(tokens)) if tokens[m].brk), len(tokens))
            if k == len(tokens):
                return
        yield k
        k += 1


def quantified_verb(tokens: list, i: int) -> int | None:
    """For "none" opening its clause, the index of the clause's verb: the word after
    the first auxiliary ("was calibrated"), else the first past form ("attended"); None when
    the quantifier stands elsewhere or no verb is found before a clause mark."""
    if tokens[i].word.lower() not in SUBJECT_QUANTIFIERS:
        return None
    if i and not tokens[i].brk and tokens[i - 1].word.lower() not in CLAUSE_OPENERS:
        return None
    span = []
    for k in range(i + 1, min(len(tokens), i + 1 + SUBJECT_REACH)):
        if tokens[k].brk:
            break
        span.append(k)
    auxiliary = next((k for k in span if tokens[k].word.lower() in AUXILIARIES), None)
    if auxiliary is not None:
        return next((k for k in span if k > auxiliary and tokens[k].terms), None)
    return next((k for k in span if past_form(tokens[k].word.lower())), None)


def quantified_reach(tokens: list, i: int, reach: int) -> int:
    """How many content words a "no" at i denies: `reach`, or fewer where "of" ends its noun
    phrase first ("no member of the committee": the member only)."""
    if tokens[i].word.lower() != "no":
        return reach
    found = 0
    for token in tokens[i + 1:]:
        if token.brk or found == reach:
            break
        if token.word.lower() in PHRASE_ENDS:
            return max(found, 1)
        found += bool(token.terms)
    return reach


# modals whose perfect, denied, blames a deed that was done: "should not have paid" paid
DEONTIC = frozenset(("should", "ought", "need"))
DEONTIC_DENIED = frozenset(("shouldn't", "shouldn’t", "needn't", "needn’t", "oughtn't",
                            "oughtn’t"))
# negations that are words of denial or failing themselves, cancelled by a negation before
# them ("did not deny that it had overcharged": it had)
DENIALS = frozenset("deny denies denied denying refuse refuses refused refusing fail fails "
                    "failed failing unable incapable".split())
FAILING = frozenset(("fail", "fails", "failed", "failing"))
DOUBLE_REACH = 2  # words from the outer negation to the inner one ("did not quite deny")


def no_denial(tokens: list, i: int) -> bool:
    """The cue at i denies nothing where the grammar around it says so:
    - a deontic modal's perfect: "should not have paid", "ought not to have approved", "need not
      have bought" blame or excuse a deed that was done;
    - a denial denied: "did not deny", "never failed to", "was not unable" (the outer
      negation then denies the word of denial, and the clause affirms);
    - "fail" without an infinitive: "the system failed" broke down, it denies no next word;
    - "not the only": one of several ("was not the only operator"), as "not only" is no denial;
    - a doubt denied impersonally: "there is no doubt that the fund needs more staff" affirms
      what follows, as "did not deny that" does ("the board had no doubts that" is the
      board's view, a fact of its own).
    """
    word = tokens[i].word.lower()
    following = [t.word.lower() for t in tokens[i + 1:i + 4]]
    previous = tokens[i - 1].word.lower() if i else ""
    if word in DEONTIC_DENIED and following[:1] == ["have"]:
        return True
    if word == "not" and previous in DEONTIC and (following[:1] == ["have"]
                                                 or following[:2] == ["to", "have"]):
        return True
    if word in DENIALS and any(t.word.lower() in ("not", "never") or t.word.lower().endswith(
            ("n't", "n’t")) for t in tokens[max(0, i - DOUBLE_REACH):i]) \
            and not tokens[i].brk:
        return True
    if word in FAILING and following[:1] != ["to"]:
        return True
    if word == "no" and following[:1] and following[0] in DOUBTS and previous in BE:
        return True
    return word == "not" and following[:2] in (["the", "only"], ["an", "only"], ["a", "only"])


DOUBTS = frozenset(("doubt", "doubts"))  # "no doubt that" ("no question of" denies)
