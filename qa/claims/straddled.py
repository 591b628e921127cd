"""A claim of one clause whose words a sentence gives in two clauses that tell of different
things: "Eyewitnesses said all the dead were militants" / "The army said all the dead were
militants, but according to eyewitnesses most were civilians".

Every word of the claim is there, but the speaker is one clause's and what is said the
other's. The sentence's clauses here are its independent ones, set against each other:
what a "but", "whereas", "while", "although", "though", "yet" or a ";" before a new subject
and its verb divides, the clause a "While ...," or "Although ...," opens it with, and a
bracketed clause with a subject of its own ("(the town of Oslin still relies on ...)"), and
a ", and" before a new subject with the same verb ("X ran three clinics, and Y ran two
hospitals"). A relative clause is no clause of its own: it tells of a word of its clause. A
", and" before a new subject with another verb is left joined: on CLIMATE-FEVER dev it parts
clauses a claim rightly reads together (bench/README, round 46). The claim's words found in
one clause only are placed there; the clause holding most of them is the claim's home. A word
placed in another clause straddles when the home clause gives a word of its own in that
word's place: a content word the claim does not state, on the same side of
the home clause's verb as the word is of the claim's ("the army said" / "eyewitnesses said",
"stationed in the towns" / "in rural districts"). A pronoun or a word left out in the home
clause refers back ("the union opposed it", "most were civilians"), so a word taken from the
other clause there fills no place the home clause gives otherwise; and a clause whose
subject is the one before's ("acknowledged it, but said that ...") tells more of the same
subject, so nothing crosses. Only a claim whose deed (its verb) the sentence states is read
so: a claim with its verb unstated is another fault.
"""
from __future__ import annotations

import re
from collections import Counter

from ..search.wordnet import can_be_verb
from ..text.analyze import load_stopwords
from .adverb_words import adverb, participle_adverb, verb_group_adverb
from .facts import DETERMINERS, FINITE_AUXILIARIES as AUXILIARIES, Parsed, Token, remembered
from .headline import present_verb
from .opposition import passive
from .past_forms import past_shaped
from .quantifiers import FEW, MOST
from .vocabulary import Vocabulary
from .word_groups import word_groups

# words that open a clause set against or beside the one before it
CONTRASTING = frozenset("but whereas while although though yet".split())
# "while" and "whereas" need no comma before them ("troops stayed in towns while gangs
# spread"); the others do ("not in towns but in villages" sets two phrases, not clauses)
UNMARKED = frozenset(("whereas", "while"))
# what may open the subject of a bracketed clause: it then has one of its own
SUBJECT_OPENERS = DETERMINERS | frozenset("it they he she we most many some all".split())
SUBJECT_REACH = 6  # words from a ";" to the new clause's verb: "; the traders' union opposed"
PRONOUNS = frozenset("it its they their them he his him she her this that these those "
                     "there which who whom whose".split())
PREPOSITIONS = frozenset("of for to with on in at into about against among between across "
                         "over under within from by".split())
# the quantifiers of a part of a group, by class (`quantifiers.WORDS`): the scope of what a
# clause says of its group, which the stopword list drops
SHARES = {"most": MOST, "majority": MOST, "mostly": MOST, "mainly": MOST, "largely": MOST,
          "few": FEW, "minority": FEW}
OPENERS = CONTRASTING | frozenset(("and", "or", "that"))
NOUN_CLAUSES = frozenset("which who whom whose".split())  # "that" may open what was said
RELATIVES = frozenset("that which who whom whose where when".split())
SENTENCE_END_RE = re.compile(r"[.!?]\s")


def straddled(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim, of one clause, is said by the sentence across two of its clauses, the home
    clause giving a word of its own in the place of the word the claim takes from the other
    (module doc)."""
    if not one_clause(claim):
        return False  # a claim of two clauses: `clauses.crossed_clauses`
    numbers = clause_of(sentence)
    if len(set(numbers)) < 2:
        return False
    stop = load_stopwords()
    found: dict[int, list[int]] = {}  # claim token -> the sentence tokens that state it
    for n, token in enumerate(claim.tokens):
        places = word_places(token, sentence, vocab, stop)
        if places:
            found[n] = places
    matched = {k for places in found.values() for k in places}
    # a text read with its neighbour (`check.neighbour_pairs`): the clauses weighed are the
    # sentence's that states most of the claim's words, the neighbour's words its own
    sentences = sentence_of(sentence)
    told = Counter(sentences[numbers[k]] for places in found.values() for k in places)
    if not told:
        return False
    main = told.most_common(1)[0][0]
    placed: dict[int, int] = {}  # claim token -> the one clause of that sentence stating it
    for n, places in found.items():
        clauses = {numbers[k] for k in places if sentences[numbers[k]] == main}
        if len(clauses) == 1:
            placed[n] = clauses.pop()
    counts = Counter(placed.values())
    if len(counts) < 2:
        return False
    best = max(counts.values())
    homes = [clause for clause, count in counts.items() if count == best]
    claim_verb = verb_at(claim.tokens, range(len(claim.tokens)))
    done = content_verb(claim.tokens, claim_verb) if claim_verb is not None else None
    if done is not None and done not in found:
        return False  # the claim's deed stated nowhere: not a crossing of what is stated
    # two clauses with a subject each: a clause whose subject is the one before's (a pronoun,
    # or none: "acknowledged it, but said that ...") tells more of the same subject
    return all(not refers_back(sentence, numbers, home, stop)
               and any(rival(claim, n, claim_verb, sentence, numbers, home, matched, stop)
                       for n, clause in placed.items()
                       if clause != home and not refers_back(sentence, numbers, clause, stop))
               for home in homes)


def refers_back(sentence: Parsed, numbers: list[int], clause: int, stop) -> bool:
    """The clause's subject is a pronoun, no word of its own before its verb ("(it also said
    it had not been consulted)"): it goes on about the subject of the clause before it, and
    a word the claim takes from it is said of that subject."""
    span = [k for k, c in enumerate(numbers) if c == clause]
    verb = verb_at(sentence.tokens, span)
    return verb is not None and not any(own_word(sentence.tokens[k], stop)
                                        for k in span if k < verb)


def word_places(token: Token, sentence: Parsed, vocab: Vocabulary, stop) -> list[int]:
    """Where the sentence states the claim's word: a content word by its terms or a
    synonym, a quantifier ("most", "few") by one of its class (`quantifiers`); none for
    other function words."""
    word = token.word.lower()
    share = SHARES.get(word)
    if share is not None:
        return [k for k, other in enumerate(sentence.tokens)
                if SHARES.get(other.word.lower()) == share]
    if not token.terms or word in stop or not token.word.isalpha():
        return []
    # the word itself where the sentence has it; a synonym only where it has not ("300 people
    # died ... most were civilians": "civilians" is the home clause's own word, not "people")
    # (each sentence word's terms and synonym groups read from `word_groups`, made once a
    # sentence, not again for each claim word of each claim: the same sets, in the same order)
    mine = set(token.terms)
    every = word_groups(sentence, vocab)
    exact = [k for k, terms, _ in every if not terms.isdisjoint(mine)]
    return exact or [k for k, terms, groups in every
                     if any(vocab.matches(t, terms, groups) for t in token.terms)]


def one_clause(claim: Parsed) -> bool:
    """The claim has no break between its words but the one after an opening "According to
    X": one clause, whose speaker that phrase may give."""
    tokens = claim.tokens
    breaks = [k for k, t in enumerate(tokens) if k and t.brk
              and not SENTENCE_END_RE.search(claim.text[tokens[k - 1].end:t.start] + " ")]
    if not breaks:
        return not any(word_opens_clause(tokens, k) for k in range(1, len(tokens)))
    opening = len(tokens) > 1 and (tokens[0].word.lower(), tokens[1].word.lower()) \
        == ("according", "to") or bool(tokens) and tokens[0].word.lower() == "per"
    return opening and len(breaks) == 1 \
        and not any(word_opens_clause(tokens, k) for k in range(1, len(tokens)))


def word_opens_clause(tokens: list[Token], k: int) -> bool:
    """A "while" or "whereas" inside a text with no break before it opens a clause."""
    return tokens[k].word.lower() in UNMARKED and not reduced(tokens, k)


def rival(claim: Parsed, n: int, claim_verb: int | None, sentence: Parsed, numbers: list[int],
          home: int, matched: set[int], stop) -> bool:
    """The home clause gives a word of its own in the place of the claim's n-th word: its
    verb, unstated, where that word is the claim's verb ("supported the curfew" / "the union
    opposed it"); else a content word the claim does not state on the side of its verb
    where the claim has that word."""
    if claim_verb is None:
        return False
    span = [k for k, c in enumerate(numbers) if c == home]
    verb = verb_at(sentence.tokens, span)
    if verb is None:
        return False
    if n == content_verb(claim.tokens, claim_verb):
        own = content_verb(sentence.tokens, verb)
        return own is not None and own not in matched
    # a passive turns its sides round ("the state laboratory measured the nitrates" / "the
    # phosphates were measured by the state laboratory")
    before = (n < claim_verb) != (voice(claim, claim_verb) != voice(sentence, verb))
    return any(own_word(sentence.tokens[k], stop) and k not in matched
               and (k < verb) == before and k != verb for k in core(sentence.tokens, span))


def core(tokens: list[Token], span: list[int]) -> list[int]:
    """The span without its relative clauses ("civilians whom the soldiers had executed"):
    what they say is of a word of the clause, in no place of the clause's own."""
    kept, inside = [], False
    for k in span:
        if tokens[k].brk:
            inside = False
        if tokens[k].word.lower() in NOUN_CLAUSES:
            inside = True
        if not inside:
            kept.append(k)
    return kept


def voice(text: Parsed, verb: int) -> bool:
    """The clause's verb is a passive with its agent (`opposition.passive`)."""
    done = content_verb(text.tokens, verb)
    return done is not None and passive(text, done)


def content_verb(tokens: list[Token], verb: int) -> int | None:
    """The verb that tells what was done, at or after the subject's end (`verb_at`): past
    the auxiliaries and adverbs ("were stationed", "has also sent"); None for a form of
    "be" before a noun or an adjective ("were militants")."""
    for k in range(verb, len(tokens)):
        word = tokens[k].word.lower()
        if word in AUXILIARIES or verb_group_adverb(word):
            continue
        return k if word.isalpha() and can_be_verb(word) else None
    return None


def own_word(token: Token, stop) -> bool:
    """A word that names something of the clause's own: no function word, pronoun or
    adverb (`adverb_words.adverb`: one of manner in "-ly", or one WordNet's tagged uses make
    mostly an adverb: "later", "then", "again": "the plan was later blocked" tells when, of
    no participant)."""
    word = token.word.lower()
    return word in SHARES or bool(token.terms) and word.isalpha() and word not in stop \
        and word not in PRONOUNS and not adverb(word)


def verb_at(tokens: list[Token], span) -> int | None:
    """Where the span's subject ends: its first auxiliary or verb (a past form, a present
    one, a base form after a plural noun or a name: "ferries dock", "Ferries to Orlen run"),
    none after a determiner ("the report") or a preposition, none in an opening "according
    to X," (the clause's speaker) nor a participle before its agent ("eyewitnesses
    interviewed by Human Rights Watch": a noun's phrase)."""
    span = list(span)
    stop = load_stopwords()
    skipped = speaker_end(tokens, span)
    for k in span[1:]:  # the first word opens the subject, or the clause ("but")
        word = tokens[k].word
        lower = word.lower()
        if k < skipped or not word.isalpha() or not word.islower():
            continue
        j = k - 1
        while j > span[0] and verb_group_adverb(tokens[j].lower):
            j -= 1  # "the curfew only hurt business"
        before = tokens[j].word
        if before.lower() in DETERMINERS or before.lower() in PREPOSITIONS:
            continue
        if lower in AUXILIARIES:
            return k
        if not can_be_verb(lower):
            continue
        if before.lower() in OPENERS:  # "but said": a verb of the subject before
            if past_shaped(lower):
                return k
            continue  # "but fans said": "fans" opens the subject
        after = tokens[k + 1].lower if k + 1 < len(tokens) and not tokens[k + 1].brk \
            else ""
        if after == "by" and lower.endswith("ed"):
            continue  # "eyewitnesses interviewed by": a reduced passive, no clause's verb
        if lower.endswith("s") and not lower.endswith("ss") and (
                after in AUXILIARIES or after.isalpha() and can_be_verb(after)
                and not after.endswith("s") and after not in stop):
            continue  # "voices believe", "numbers are": a plural noun before its verb
        # a base form after a noun: a name ("Ferries to Orlen run"), a plural ("ferries
        # dock"), or any noun an adverb parts from it ("the curfew only hurt")
        noun = before.isalpha() and before.lower() not in stop \
            and not before.endswith("ing")  # "fishing groups": a noun, no verb
        if past_shaped(lower) or noun and present_verb(lower) \
                or noun and (j < k - 1 or before[0].isupper() and j > span[0]
                             or before.endswith("s") and not before.endswith("ss")):
            return k
    return None


def speaker_end(tokens: list[Token], span: list[int]) -> int:
    """Where an "according to X," opening the span (after "but", "while" ...) ends: at the
    break after it; the span's start if it has none."""
    words = [tokens[k].word.lower() for k in span[:3]]
    at = next((n for n, w in enumerate(words) if w in ("according", "per")), None)
    if at is None or words[at] == "according" and words[at + 1:at + 2] != ["to"]:
        return span[0] if span else 0
    for k in span[at + 1:]:
        if tokens[k].brk:
            return k
    return span[0]


def clause_of(text: Parsed) -> list[int]:
    """Each token's independent clause, counted from 0 (module doc); remembered on the
    parse."""
    return remembered(text, ("independent clauses",), independent_clauses, text)


def sentence_of(text: Parsed) -> dict[int, int]:
    """The sentence (counted from 0) of each independent clause (`clause_of`)."""
    def make():
        found, sentence = {}, 0
        tokens, numbers = text.tokens, clause_of(text)
        for k, token in enumerate(tokens):
            if k and sentence_ends(text, k):
                sentence += 1
            found.setdefault(numbers[k], sentence)
        return found
    return remembered(text, ("sentence of clause",), make)


def sentence_ends(text: Parsed, k: int) -> bool:
    """A sentence ends right before the k-th word: a full stop (or "!", "?") between, the
    word after it capitalised, the word before it no initial ("U.N. supercamps")."""
    tokens = text.tokens
    between = text.text[tokens[k - 1].end:tokens[k].start]
    return bool(SENTENCE_END_RE.search(between + " ")) and len(tokens[k - 1].word) > 1 \
        and tokens[k].word[:1].isupper()


def independent_clauses(text: Parsed) -> list[int]:
    tokens = text.tokens
    numbers, clause, count = [], 0, 0
    opened = False  # a "While ...," clause opening the sentence, ended by its first comma
    aside = None  # the clause a bracketed clause interrupts
    start = 0  # where the current clause starts
    for k, token in enumerate(tokens):
        between = text.text[tokens[k - 1].end:token.start] if k else ""
        word = token.word.lower()
        new = False
        # a clause opened by ";" or a bracket follows one with a verb of its own: in "the
        # options: (1) to increase ...; (2) to maintain ..." the ";" parts a list
        told = k and verb_at(tokens, range(start, k)) is not None
        if k and sentence_ends(text, k):
            new, opened, aside = True, False, None
        elif told and ";" in between and subject_follows(tokens, k - 1, any_noun=True):
            new = True
        elif k and word in CONTRASTING and (word in UNMARKED or "," in between) \
                and not (word != "but" and reduced(tokens, k)):
            new = True
        elif told and word == "and" and "," in between and parallel(tokens, start, k):
            new = True  # "X ran three clinics, and Y ran two field hospitals"
        elif opened and "," in between:
            new, opened = True, False
        elif told and "(" in between and subject_follows(tokens, k - 1):
            new, aside = True, clause  # "(the town of Oslin still relies on septic tanks)"
        elif k and ")" in between and aside is not None:
            clause, aside = aside, None  # the clause the aside interrupted goes on
        if new:
            count += 1
            clause, start = count, k
        if (k == 0 or new and ";" not in between) and word in CONTRASTING - {"but", "yet"} \
                and not reduced(tokens, k):
            opened = True
        numbers.append(clause)
    return numbers


def parallel(tokens: list[Token], start: int, k: int) -> bool:
    """After the clause from `start`, the k-th word ("and") opens another with a subject of
    its own (`subject_follows`) and the same verb ("X ran three clinics, and Y ran two
    hospitals"): two subjects set side by side for one deed. Without the same verb the
    second clause often goes on about the first's topic ("..., and all existing models
    assume ..."; bench/README, round 46)."""
    if not subject_follows(tokens, k):
        return False
    first = verb_at(tokens, range(start, k))
    span = [j for j in range(k, min(len(tokens), k + 2 + SUBJECT_REACH)) if not tokens[j].brk
            or j == k]
    second = verb_at(tokens, span)
    if first is None or second is None:
        return False
    mine, theirs = content_verb(tokens, first), content_verb(tokens, second)
    return mine is not None and theirs is not None \
        and bool(set(tokens[mine].terms) & set(tokens[theirs].terms))


def reduced(tokens: list[Token], k: int) -> bool:
    """"while leaving", "although still attempting": a reduced clause whose subject is the
    main clause's, nothing set against anything."""
    after = [t.word for t in tokens[k + 1:k + 3]]
    if after and participle_adverb(after[0]):
        after = after[1:]
    return bool(after) and after[0].islower() and after[0].endswith("ing") \
        and can_be_verb(after[0])


def subject_follows(tokens: list[Token], k: int, any_noun: bool = False) -> bool:
    """After the k-th word (the one before a ";" or a bracket) a subject opens and its verb
    follows within SUBJECT_REACH words, in the same clause: "; the traders' union opposed
    it", "(the town of Oslin still relies on ...)". In a bracket the subject opens with a
    determiner, a pronoun or a name ("(escorted by peacekeepers)" is none); after a ";"
    (`any_noun`) with any word but a preposition or a figure ("; moderate voices believe",
    not "; (2) to maintain")."""
    if k + 1 >= len(tokens):
        return False
    first = tokens[k + 1].word
    if not (first.lower() in SUBJECT_OPENERS or first[0].isupper()
            or any_noun and first.isalpha() and first.lower() not in PREPOSITIONS):
        return False
    span = [k + 1]  # the subject's first word is no verb ("; nurses at the hospital joined")
    for j in range(k + 2, min(len(tokens), k + 2 + SUBJECT_REACH)):
        if tokens[j].brk or tokens[j].word.lower() in RELATIVES:
            break  # "and the impression that leadership focused": a noun and its clause
        span.append(j)
    verb = verb_at(tokens, span)
    return verb is not None and verb > k + 1
