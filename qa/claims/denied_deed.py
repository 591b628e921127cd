"""Whether a sentence denies a deed done to the very thing the claim says was done to.

A writer who turns a denial into an affirmation often rewords the verb too: "Council members
discussed - but did not endorse - the proposal" becomes "the Council signed off on the
proposal", "the process did not include civil society" becomes "the talks bring in civil
society". The sentence then states the claim's names, its object and most of its weight, and
no word of it reverses a word of the claim, so it reads as support. But the claim's verb is
not in the sentence, and the one verb the sentence has on the claim's object is denied: what
it says happened to that thing is that something did not. It is no evidence that the claim's
deed happened, so it supports nothing (it is not called a contradiction either: the claim's
verb may be of another deed).

`denied.denied_object` does this for a claim verb of a good rating ("was guaranteed" / "would
not allow"); this does it for a claim verb of no rating at all. A claim verb of the negative
side ("left out", "rejected", "refused") or the denied verb's antonym ("excluded" / "did not
include") says what the denial says: left alone.
"""
from __future__ import annotations

from ..search.wordnet import antonyms, base_verb, synonyms
from ..text.analyze import load_stopwords
from .actors import said
from .adverb_words import manner_adverb
from .auxiliaries import BE
from .clause_ends import clause_start
from .compare import negated
from .facts import Parsed, Token, groups_of, inside_name
from .main_verb import main_verb
from .particles import OWN_STEM, phrasal_spans
from .past_forms import past_form
from .polarity import OBJECT, polarity, predicate, signed
from .vocabulary import Vocabulary


def denied_deed(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's verb, unstated by the sentence, and the sentence's denied verb whose object
    (OBJECT content words after it, in its clause) shares a word other than a name with the
    claim verb's object; None if there is none or the claim denies something itself."""
    if claim.has_negation or not sentence.negated:
        return None
    denied = [(i, t) for i, t in enumerate(sentence.tokens)
              if t.terms and t.word.isalpha() and negated(sentence, t)
              and polarity(t.word.lower()) >= 0 and active_denial(sentence, t)]
    if not denied:
        return None
    phrasal = {i: singles for i, _, singles in phrasal_spans(tuple(claim.tokens))}
    groups = groups_of(claim, vocab)
    for n, verb in claim_verbs(claim):
        if negative(claim, n, verb, phrasal):
            continue
        ours = object_terms(claim, n, names=False) if not passive(claim, n) \
            else subject_terms(claim, n)
        if not ours:
            continue
        # the verb stated by a word of the sentence other than a denied one is the sentence's
        # deed too; stated by the denied word alone ("signed" / "did not endorse", synonyms)
        # it is the claim's deed denied
        plainly = said(verb, sentence, vocab, stated) and not any(
            same_word(verb, token, vocab) for _, token in denied)
        if plainly:
            continue
        for i, token in denied:
            own = same_word(verb, token, vocab)
            if not own and any(vocab.matches(t, claim.terms, groups) for t in token.terms):
                continue  # another claim word denied: a polarity conflict, judged elsewhere
            if not ours & object_terms(sentence, i, names=True):
                continue
            if not own and opposite(token, verb, phrasal.get(n, ""), vocab):
                continue  # "left out" / "did not include": the same denial in other words
            return verb, token
    return None


def same_word(verb: Token, token: Token, vocab: Vocabulary) -> bool:
    """The sentence's word is the claim's verb, another form of it or a synonym."""
    terms = set(token.terms)
    return bool(terms & set(verb.terms)) or any(
        vocab.matches(t, terms, vocab.expand(terms)) for t in verb.terms)


def active_denial(sentence: Parsed, token: Token) -> bool:
    """The word is denied by "not" or "never" ("did not endorse", "has never included"), in
    the active voice ("had not been consulted about the proposal": the proposal is no object of
    it) and outside brackets (an aside on another matter). "Without", "no" and "failed to"
    deny in other ways, read by `denied`."""
    start = min(sentence.negated[t][0] for t in token.terms if t in sentence.negated)
    cue = sentence.text[start:token.start].lower().split()
    if not any(w in PLAIN_NEGATIONS or w.endswith(("n't", "n’t")) for w in cue) \
            or any(w in BE for w in cue):
        return False
    before = sentence.text[:token.start]
    return before.count("(") <= before.count(")")


PLAIN_NEGATIONS = frozenset("not never".split())


def claim_verbs(claim: Parsed) -> list[tuple[int, Token]]:
    """The claim's verbs in a past form outside names (`polarity.predicate`: "signed",
    "withdrew"; not "was still short") and its main verb (`main_verb`: a present form, "talks
    bring in")."""
    found = {n: t for n, t in enumerate(claim.tokens)
             if t.word.isalpha() and t.terms and predicate(claim, n) and past_form(t.word)
             and not inside_name(claim, t)}
    main = main_verb(claim)
    if main is not None:
        found[claim.tokens.index(main)] = main
    return sorted(found.items())


def negative(claim: Parsed, n: int, verb: Token, phrasal: dict[int, str]) -> bool:
    """The claim's verb is of the negative side itself, as a word or a phrasal verb."""
    if polarity(verb.word.lower()) < 0 or signed(claim, verb) < 0:
        return True
    # a curated phrasal verb's single verbs ("turned down": refuse); a row WordNet generated
    # gives one sense of the pair, often not the one meant ("sign off": stop, not approve)
    singles = phrasal.get(n, "")
    return not singles.startswith(OWN_STEM) \
        and any(polarity(single) < 0 for single in singles.split())


def passive(claim: Parsed, n: int) -> bool:
    """The claim's n-th word is a participle after a form of "be" ("was adopted"), an adverb
    between at most: what it is done to is its subject."""
    k = n - 1
    if k >= 0 and manner_adverb(claim.tokens[k].word):
        k -= 1
    return k >= 0 and claim.tokens[k].word.lower() in BE and not claim.tokens[k + 1].brk


def subject_terms(claim: Parsed, n: int) -> set[str]:
    """The terms of up to OBJECT content words from the start of the clause of the claim's
    passive n-th word towards its "be", names left out: what the claim says was done to ("the
    mayor's plan to dredge the harbour was adopted": mayor, plan, dredge)."""
    stop, found, count = load_stopwords(), set(), 0
    k = next(i for i in range(n - 1, -1, -1) if claim.tokens[i].word.lower() in BE)
    first = clause_start(claim.tokens, k)
    for token in claim.tokens[first:k]:
        if count == OBJECT:
            break
        if not token.terms or token.word.lower() in stop \
                or any(m.start <= token.start < m.end for m in claim.mentions):
            continue  # a name, a date or a figure ("In March 2019 the plan ..."): no thing done to
        count += 1
        found.update(token.terms)
    return found


def object_terms(text: Parsed, n: int, names: bool) -> set[str]:
    """The terms of up to OBJECT content words after the text's n-th word in its clause,
    function words (particles, prepositions, articles) passed over; names' words only if
    `names`."""
    stop, found, count = load_stopwords(), set(), 0
    end = text.tokens[n].end
    for token in text.tokens[n + 1:]:
        if token.brk and not (count == 0 and closing_dash(text.text[end:token.start])) \
                or count == OBJECT:
            break  # "did not endorse - the proposal": a dash closing an aside goes on to it
        word = token.word.lower()
        if word == "to" and infinitive(text, token):
            break  # "wanted the Council to authorize ...": another clause, its own verb
        if not token.terms or word in stop:
            continue
        count += 1
        if names or not inside_name(text, token):
            found.update(token.terms)
    return found


def infinitive(text: Parsed, to: Token) -> bool:
    """The "to" is followed by a verb's base form ("to authorize"), not a noun phrase."""
    k = text.tokens.index(to) + 1
    return k < len(text.tokens) and text.tokens[k].word.isalpha() \
        and base_verb(text.tokens[k].word.lower())


def closing_dash(between: str) -> bool:
    """What stands between a verb and the next word is a dash alone (the end of an aside)."""
    return between.strip() in DASHES


DASHES = frozenset("- \u2013 \u2014".split())


def opposite(denied: Token, verb: Token, singles: str, vocab: Vocabulary) -> bool:
    """The claim's verb (or a single verb of its phrasal verb, or a first-sense synonym of
    those) is a WordNet antonym of the denied verb."""
    against = {t for w in antonyms(denied.word) if " " not in w for t in vocab.analyzer.terms(w)}
    if not against:
        return False
    words = [verb.word, *singles.lstrip(OWN_STEM).split()]
    words += [s for w in list(words) for s in synonyms(w) if " " not in s]
    return any(set(vocab.analyzer.terms(w)) & against for w in words)
