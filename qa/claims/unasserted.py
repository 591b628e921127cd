"""A deed the sentence only asks for, means to do or puts off: "the commissioner urged the
authorities to break the cycle of impunity" does not state "the authorities have broken the
cycle", nor "members wanted details before approving the proposal" that they approved it,
nor "campaigned on a promise to hold a referendum" that one was held.

The infinitive after a verb of asking ("urged X to break", "called on X to end", "asked X to
consider") or a word of intent ("promised to", "plans to") is what someone wants done, not
what was done; so is the gerund after "before" ("before approving"). A claim that tells that
deed as done, and has no asking of its own, is not stated by a sentence whose only word for
the deed stands in such a place; and a claim that denies it ("did not hold a referendum") is
not contradicted there, nor where the deed was only tried ("struggled to fill posts" /
"did not fill its posts", `intended_only`).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, irregular_base, plural, verb_base, verbs
from ..text.analyze import load_stopwords
from ..text.lexicon import frame_lists, unchanged_pasts
from .facts import CLAUSE_MARK_RE, DETERMINERS, Parsed, finite_verb, remembered
from .informal import PREPOSITIONS
from .past_forms import past_shaped
from .vocabulary import Vocabulary

# verbs of asking that take an object and "to" with a verb: "urged the council to act"
DIRECTIVES = frozenset(
    "urge ask request press encourage invite demand implore exhort call order instruct "
    "advise push beg appeal".split())
# words of intent before "to" with a verb: "a promise to hold a referendum", "pledged to
# cut taxes", "plans to open": what someone means to do, not what was done
INTENTIONS = frozenset(
    "promise pledge vow plan intend intention aim hope seek want wish threaten offer "
    "propose proposal".split())
# words of trying before "to" with a verb: "struggled to fill posts" tells no post filled, nor
# that none was; only against a denial (`intended_only`): "had difficulty filling posts" is
# what "struggled to fill posts" states, and a claim's own word of trying is often another
ATTEMPTS = frozenset("try attempt struggle strive endeavour endeavor".split())
REACH = 6  # words between the verb of asking and its "to" ("urged the Malian authorities to")


def asked_only(claim: Parsed, sentence: Parsed, vocab: Vocabulary | None = None,
               paraphrased=None) -> bool:
    """A deed of the claim, told as done, that the sentence states only as asked for or put
    off (`unasserted_places`): by a form of its word, or, where no form of it stands in the
    sentence, by a synonym (`vocab`) or a paraphrase (`paraphrased(claim word, sentence
    word)`, given by the caller: `qa.claims.paraphrase` reaches `compare`, which imports this
    module): "endorsed" / "before approving", as support reads them."""
    places = unasserted_places(sentence) | mandative_places(sentence)
    if not places:
        return False
    # the claim's own asking and what it asks for are no deed told as done ("endorsed the
    # proposal to send troops": "endorsed" is, "proposal" and "send" are not; "proposed that
    # the council authorize": nothing after "proposed" is; "insisted that the council
    # resign": "resign" is not)
    asking = next((i for i, t in enumerate(claim.tokens) if directive(t.word)), len(claim.tokens))
    asked = mandative_places(claim)
    for i, token in enumerate(claim.tokens[:asking]):
        if i in asked or not token.word.isalpha() or not token.terms \
                or i and claim.tokens[i - 1].word.lower() == "to":
            continue
        found = words_for(token, sentence, vocab, paraphrased)
        if found and all(k in places for k in found):
            return True
    return False


def told_done(claim: Parsed, sentence: Parsed, vocab: Vocabulary | None = None,
              paraphrased=None) -> bool:
    """A deed the claim only asks for, in a mandative clause (`mandative_places`: "insists
    that the board hire ten pilots"), that the sentence tells as done: each of its words for
    the deed (`words_for`) stands outside what it only asks for, means or puts off ("the
    board hired ten pilots"). The claim states the asking, not the deed; the deed done is no
    statement of that."""
    asked = mandative_places(claim)
    if not asked:
        return False
    places = unasserted_places(sentence) | mandative_places(sentence)
    for i in sorted(asked):
        token = claim.tokens[i]
        if not token.word.isalpha() or not token.terms:
            continue
        # the deed told done is a verb's past ("hired", "was removed"); "demanded the
        # removal" names the deed asked for, as the claim's clause does
        found = [k for k in words_for(token, sentence, vocab, paraphrased)
                 if past_shaped(sentence.tokens[k].lower)]
        if found and not any(k in places for k in found):
            return True
    return False


def words_for(token, sentence: Parsed, vocab: Vocabulary | None, paraphrased) -> list[int]:
    """The positions of the sentence's words for the claim's word: a form of it, or, where
    no form of it stands in the sentence, a synonym (`vocab`) or a paraphrase."""
    forms = verb_forms(token.word)
    found = [k for k, b in enumerate(sentence.tokens) if verb_forms(b.word) & forms]
    if not found and vocab is not None and token.word.islower():
        found = [k for k, b in enumerate(sentence.tokens) if b.terms and (
            any(vocab.matches(t, set(b.terms), vocab.expand(set(b.terms)))
                for t in token.terms)
            or paraphrased is not None and b.word.isalpha()
            and paraphrased(token.word, b.word.lower()))]
    return found


# the modals that put a that-clause's deed as owed, not done: "insisted that the board
# should hire" ("must have hired" guesses at a deed done, and is left out)
OWED = frozenset(("should", "must"))
# the subjects a bare verb form shows as subjunctive: a third-person singular pronoun
SINGULAR_PRONOUNS = frozenset(("he", "she", "it"))
SUBJECT_OPENERS = (DETERMINERS - {"that"}) | SINGULAR_PRONOUNS
# what opens a verb's object: a determiner or an object pronoun ("hire the", "pay them")
OBJECT_OPENERS = (DETERMINERS - {"that"}) | frozenset(("him", "them", "us", "me", "it"))
SUBJECT_LINKS = frozenset(("of", "'s", "and"))  # within a subject: "the board of the port"
SUBJECT = 6  # words of a that-clause's subject before its verb ("that the harbour board")


def mandative_places(text: Parsed) -> frozenset[int]:
    """Where the text's words stand for a deed a that-clause asks for rather than tells: a
    mandative subjunctive, the clause's verb in its bare form after a third-person singular
    subject ("that the board hire ten pilots", "that he resign"), "be" with any subject
    ("that the pilots be paid": "paid"), or "should"/"must" with a verb ("that the board
    should hire"). Grammar alone tells it: "insists that the board hired" asserts, "insists
    that the board hire" asks. Remembered on the parse."""
    return remembered(text, ("mandative places",), lambda: frozenset(find_mandative(text)))


def frame_asks(said: Parsed, content: Parsed) -> bool:
    """A frame asks for the clause it frames in the mandative ("The report insists that the
    board hire pilots"): the claim (`said`) has more mandative places than its clause read
    alone (`content`). A clause that asks within itself ("says that the council demanded
    that the pier be sold") is the clause's own fact, told as any other."""
    return len(mandative_places(said)) > len(mandative_places(content))


def find_mandative(text: Parsed) -> set[int]:
    tokens, places = text.tokens, set()
    stop = load_stopwords()
    for k, token in enumerate(tokens[:-2]):
        if token.lower != "that":
            continue
        # a bare verb is read only after a subject a determiner opens or a singular pronoun
        # is: "that the board hire", "that he resign"; not "that nineteen people attending",
        # "that French air strikes", which no verb's bare form follows
        opened = tokens[k + 1].lower in SUBJECT_OPENERS
        for j in range(k + 2, min(k + 2 + SUBJECT, len(tokens))):
            if CLAUSE_MARK_RE.search(text.text, tokens[j - 1].end, tokens[j].start):
                break
            word, after = tokens[j].lower, tokens[j + 1] if j + 1 < len(tokens) else None
            if word in OWED:
                if after is not None and not after.brk and after.lower in verbs() \
                        and after.lower != "have":
                    places.add(j + 1)
                    places |= coordinated_infinitives(text, j + 1)
                break
            if word == "be":
                if after is not None and not after.brk and after.word.isalpha():
                    places.add(j + 1)  # "that the pilots be paid": the deed is "paid"
                break
            if finite_verb(word) or past_shaped(word) \
                    or word in stop and word not in SUBJECT_LINKS and tokens[j - 1].lower not in stop:
                break  # the clause's own verb ("that the board opened a new ferry", "that
                # the price rise was"), or its subject ends ("that the board in May", not
                # "that the board of the port")
            if opened and subjunctive(tokens, j, stop):
                places.add(j)
                places |= coordinated_infinitives(text, j)
                break
            following = after.lower if after is not None else ""
            if word in verbs() and tokens[j - 1].lower not in stop and (
                    following in PREPOSITIONS
                    or following not in stop and following not in verbs()):
                break  # the subject's last word ("that a storm surge near"): no verb after
                # it is its bare form; a noun before a verb or a modal goes on ("the harbour
                # board hire", "the harbour board should")
    return places


def subjunctive(tokens, j: int, stop: frozenset[str]) -> bool:
    """The word at `j` is a verb in its bare form after a third-person singular subject, and
    no noun a word after it still heads ("the harbour board hire": not "harbour", "board")."""
    word, before = tokens[j].lower, tokens[j - 1].lower
    if not word.isalpha() or word not in verbs() or not tokens[j].word.islower() \
            or word in PREPOSITIONS or past_shaped(word) or word in unchanged_pasts():
        return False  # "that the team lost", "that the board cut fees": a past tells a deed
    if before not in SINGULAR_PRONOUNS and (
            before in stop or not before.isalpha() or before.endswith("s")
            or before.endswith("men") or plural(before)):
        return False  # "that the hire", "that they hire", "that the pilots hire"
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or after.brk:
        return True
    # what follows opens the verb's object ("hire the pilots", "hire ten pilots", "pay them")
    # or is a word that is no verb; not a preposition, which follows a noun as often ("that a
    # storm surge near the quay had drowned"), nor the clause's own verb ("that the price
    # rise was")
    if after.lower in stop:
        return after.lower in OBJECT_OPENERS
    return not finite_verb(after.word) and after.lower not in verbs()


def unasserted_places(text: Parsed, tried: bool = False) -> frozenset[int]:
    """Where the text's words stand for a deed asked for ("urged them to break": "break"),
    meant ("a promise to cut taxes and to hold a referendum": "cut", "hold") or put off
    ("before approving": "approving"); with `tried`, tried too ("struggled to fill").
    Remembered on the parse: a sentence is read with claim after claim."""
    return remembered(text, ("unasserted places", tried),
                      lambda: frozenset(find_unasserted(text, tried)))


def find_unasserted(text: Parsed, tried: bool) -> set[int]:
    tokens, places = text.tokens, set()
    for k, token in enumerate(tokens):
        word = token.word.lower()
        if word == "before" and k + 1 < len(tokens) and tokens[k + 1].word.endswith("ing") \
                and not tokens[k + 1].brk:
            places.add(k + 1)
        if not (directive(word) or tried and attempt(word)):
            continue
        for j in range(k + 1, min(k + 1 + REACH, len(tokens) - 1)):
            if CLAUSE_MARK_RE.search(text.text, tokens[j - 1].end, tokens[j].start):
                break  # a quotation mark opens what was urged; a comma ends the clause
            if tokens[j].word.lower() == "to":
                places.add(j + 1)
                places |= coordinated_infinitives(text, j + 1)
                break
    return places


def coordinated_infinitives(text: Parsed, start: int) -> set[int]:
    """The verbs of further infinitives joined to the one at `start` in its clause ("a
    promise to cut taxes and to hold a referendum": "hold"), with or without their own "to"
    ("urged the guild to end its boycott and restore the crossings": "restore")."""
    tokens, found = text.tokens, set()
    for j in range(start + 1, len(tokens) - 1):
        if CLAUSE_MARK_RE.search(text.text, tokens[j - 1].end, tokens[j].start):
            break
        if tokens[j - 1].word.lower() not in ("and", "or"):
            continue
        word = tokens[j].word
        if word.lower() == "to":
            found.add(j + 1)
        elif word.islower() and word in verbs():
            # a verb in its bare form right after "and" shares the first infinitive's "to":
            # "and restored" or "and the guild restored" would tell a deed of its own
            found.add(j)
    return found


def intended_only(text: Parsed, term: str) -> bool:
    """Each word of the text with the term stands for a deed only asked for, meant, tried or
    put off (`unasserted_places`), or for the object of that deed (`object_places`): the
    text does not affirm it ("campaigned on a promise to hold a referendum" is no "held a
    referendum", and no opposite of "did not hold one"; "has struggled for years to advance
    a settlement" no opposite of "still no settlement")."""
    at = [k for k, t in enumerate(text.tokens) if term in t.terms]
    if not at:
        return False
    places = unasserted_places(text, tried=True)
    return set(at) <= places or set(at) <= places | object_places(text, places)


def doubted_only(text: Parsed, term: str) -> bool:
    """Each word of the text with the term stands in a clause that a verb of doubt opens
    ("doubted that a mission was the right tool", "questioned whether", "denied that"):
    the text reports someone's doubt of it, or denial, and affirms it nowhere; a denial of
    the same word ("it wasn't the right tool") is no opposite of that."""
    at = [k for k, t in enumerate(text.tokens) if term in t.terms]
    return bool(at) and set(at) <= doubted_places(text)


# what opens the clause a verb of doubt takes: "doubted that", "questioned whether"
DOUBTED_OPENERS = frozenset(("that", "whether", "if"))


def doubted_places(text: Parsed) -> frozenset[int]:
    """Where the text's words stand in a clause opened by a verb of doubt or denial (the
    frames' `denied_doubts`: deny, dispute, doubt, question) and "that", "whether" or "if",
    up to the clause's end. Remembered on the parse."""
    return remembered(text, ("doubted places",), lambda: frozenset(find_doubted(text)))


def find_doubted(text: Parsed) -> set[int]:
    doubts = frozenset(frame_lists()["denied_doubts"])
    tokens, places = text.tokens, set()
    for k, token in enumerate(tokens[:-1]):
        if verb_forms(token.word).isdisjoint(doubts):
            continue
        opener = k + 1 if tokens[k + 1].word.lower() in DOUBTED_OPENERS \
            else dated_opener(text, k)
        if opener is None:
            continue
        for j in range(opener + 1, len(tokens)):
            if CLAUSE_MARK_RE.search(text.text, tokens[j - 1].end, tokens[j].start):
                break
            places.add(j)
    return places


DATED_ADJUNCT = 4  # words a phrase of time may span between a verb of doubt and its "that"


def dated_opener(text: Parsed, verb: int) -> int | None:
    """Where "that" or "whether" opens the verb's clause after a phrase of time between
    ("doubted in early 2011 that the plan would hold"): a preposition, then at most
    DATED_ADJUNCT words holding a year or a month, no clause mark. A phrase with no date
    ("questioned in a memo that found ...") may hold the noun a relative "that" follows,
    and is not read."""
    tokens = text.tokens
    if verb + 2 >= len(tokens) or tokens[verb + 1].word.lower() not in PREPOSITIONS:
        return None
    for m in range(verb + 2, min(verb + 2 + DATED_ADJUNCT, len(tokens))):
        if CLAUSE_MARK_RE.search(text.text, tokens[m - 1].end, tokens[m].start):
            return None
        if tokens[m].word.lower() in DOUBTED_OPENERS:
            dated = any(m2.family in ("year", "month")
                        and tokens[verb + 1].start <= m2.start < tokens[m].start
                        for m2 in text.mentions)
            return m if dated else None
    return None


OBJECT = 3  # words a verb's object may span, a determiner and modifiers included


def object_places(text: Parsed, verbs: frozenset[int]) -> set[int]:
    """The words after each of those verbs, up to OBJECT of them in its clause: its object
    ("to advance a sustainable settlement": "a", "sustainable", "settlement"), which the deed
    only asked for or tried brings into being no more than it does the deed."""
    tokens, found = text.tokens, set()
    for verb in verbs:
        for j in range(verb + 1, min(verb + 1 + OBJECT, len(tokens))):
            if CLAUSE_MARK_RE.search(text.text, tokens[j - 1].end, tokens[j].start):
                break
            found.add(j)
    return found


@lru_cache(maxsize=8192)  # asked of every word of every text read for a request (`find_unasserted`)
def directive(word: str) -> bool:
    """A verb of asking or a word of intent (`DIRECTIVES`, `INTENTIONS`), in any form."""
    return any(form in DIRECTIVES or form in INTENTIONS for form in verb_forms(word))


@lru_cache(maxsize=8192)  # a word alone decides it, as for `directive`
def attempt(word: str) -> bool:
    return not verb_forms(word).isdisjoint(ATTEMPTS)  # "tried": try


def verb_forms(word: str) -> set[str]:
    """The word's base forms, an irregular form's base too ("broken" -> "break")."""
    word = word.lower()
    forms = set(base_forms(word))
    forms |= {base for base in (irregular_base(word), verb_base(word)) if base}
    return forms
