"""A body named by its acronym and by the generic noun its name is built on: a report that
spells out "the Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)" then
writes "the Mission" or "Mission officials" for it, as "the Council" stands for "the United
Nations Security Council (UNSC)". Claim checking must not read "MINUSMA officials" against
"Mission officials" as two actors.

The link comes from the corpus's own definitions, read where the acronym is written: the
capitalised words right before "(ACRONYM)", with the acronym's first letter, whose head is
the last capitalised word before a preposition ("Mission" in "... Mission in Mali") or the
last word. Unlike `qa.text.acronyms`, the initials need not spell the acronym
in order: a body's acronym is often made in another language (MINUSMA is French) or skips
words.
"""
from __future__ import annotations

import re

from ..search.lookup import stored
from ..text.acronyms import MINOR_WORDS
from .facts import Mention, is_acronym

OWNER_RE = re.compile(r"['’]s?$")  # "MINUSMA's", "the states'"
WORD_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
# a word, or a figure: a figure ends a name's run ("on 25 June 2014 the United Nations Security
# Council (UNSC)": "June" is the date's, not the name's)
WORD_OR_FIGURE_RE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\d+")
BEFORE = 200  # characters before "(ACRONYM)" that may hold its long form
MAX_WORDS = 10
# the small words that open a name's post-modifier ("Mission [in Mali]", "Community [of West
# African States]"); "and" joins two words of the name ("Defense and Security Forces")
PREPOSITIONS = MINOR_WORDS - {"and", "et", "the", "la", "le"}
SCANNED = 200  # passages holding the acronym that are read for its definition, in index order


class Bodies:
    """The corpus's long forms of acronyms, read on first need (most claims never ask) and
    kept on the index for every check after (they depend on the corpus alone)."""

    def __init__(self, index):
        self.index = index
        self.heads: dict[str, frozenset[str]]
        self.initials: dict[str, frozenset[str]]
        self.modifiers: dict[str, frozenset[str]]
        self.words: dict[str, frozenset[str]]  # every capitalised word of the long forms
        self.heads, self.initials, self.modifiers, self.words = index.__dict__.setdefault(
            "_body_long_forms", ({}, {}, {}, {}))

    def within(self, part: str, body: str) -> bool:
        """`body` is an acronym whose long form in the corpus opens with `part`'s words:
        "UN" (or "U.N.") and "United Nations Multidimensional ... Mission in Mali (MINUSMA)":
        the mission is the UN's, one actor named whole or by the body it belongs to."""
        part = part.replace(".", "")
        if not (is_acronym(body) and is_acronym(part)) or part == body:
            return False
        self.heads_of(body)  # fills the initials with the heads
        # the part's initials, then the body's own long form ("UN" + "M...")
        return any(letters.startswith(part) and letters[len(part):len(part) + 1] == body[0]
                   for letters in self.initials.get(body, ()))

    def related(self, a: Mention, b: Mention) -> bool:
        """One name is the body the other belongs to (`within`), either way round: "the UH
        base" and "the CPSR base" are one base (CPSR: "United Harbours Coastal Patrol
        Service in Ruvala")."""
        return self.within(a.text, b.text) or self.within(b.text, a.text)

    def named_whole(self, text, part: Mention, other) -> bool:
        """`text` names, by `part` and the generic noun right after it, a body `other` names
        by its acronym: "the UH service" is CPSR where the corpus spells CPSR out as "United
        Harbours ... Service in Ruvala". The part then names no actor of its own that
        `other` could put another in the place of ("the UH service took over from a joint
        harbour and river service" / "CPSR replaced a joint NR-LB service")."""
        return any(m.family == "name" and self.whole(text, part, m.text)
                   for m in other.mentions)

    def whole(self, text, part: Mention, body: str) -> bool:
        """`text` names `body` (an acronym) by `part` and the generic noun after it: `part`
        the initials its long form opens with ("the UH service"), or a word of that long
        form before its head ("the Norvik-led service" for NHRS, spelled out "the
        Norvik-led Harbour Rescue Service (NHRS)")."""
        after = next((t for t in text.tokens if t.start >= part.end), None)
        if after is None or not after.word.islower() or text.text[part.end:after.start].strip() \
                or not (self.within(part.text, body) or self.modifies(part.text, body)):
            return False
        word = after.word.lower()
        return word in self.heads[body] or word.rstrip("s") in self.heads[body]

    def modifies(self, part: str, body: str) -> bool:
        """`part` is one capitalised word of the corpus's long form of the acronym `body`,
        written before the form's head ("Norvik-led" in "Norvik-led Harbour Rescue
        Service")."""
        if not is_acronym(body) or is_acronym(part) or " " in part:
            return False
        self.heads_of(body)
        return part in self.modifiers.get(body, ())

    def same(self, a: Mention, b: Mention) -> bool:
        """One of the two names is a single capitalised word ("Mission") that heads the
        corpus's long form of the other, an acronym ("MINUSMA")."""
        return self.same_names(a.text, b.text)

    def same_names(self, a: str, b: str) -> bool:
        """`same`, of the two names' texts."""
        for acronym, word in ((a, b), (b, a)):
            if not (is_acronym(acronym) and word.istitle() and word.isalpha()):
                continue
            if word.lower() in self.heads_of(acronym):
                return True
        return False

    def one_body(self, a: str, b: str, sentence) -> bool:
        """The two names are one body that an acronym of the sentence stands for: one names
        it by its acronym or by the head of its long form ("UNHON", "the Office"), the
        other by the body it belongs to and the long form's other words ("UN Norvik" for the
        "United Nations Harbour Office in Norvik (UNHON)", `spelled_by`): "Velden's offer to
        send 300 clerks to the Office" tells of the claim's "UN Norvik staff"."""
        for acronym in {m.text for m in sentence.mentions
                        if m.family == "name" and is_acronym(m.text)}:
            for whole, other in ((a, b), (b, a)):
                if (other == acronym or other.istitle() and other.isalpha()
                        and other.lower() in self.heads_of(acronym)) \
                        and self.spelled_by(whole, acronym):
                    return True
        return False

    def spelled_by(self, name: str, body: str) -> bool:
        """`name` is the acronym of the body `body` belongs to (`within`) followed by
        capitalised words of `body`'s long form: "UN Norvik" for "United Nations Harbour Office
        in Norvik (UNHON)". A word the long form does not write ("UN Velden") is another body."""
        words = name.split()
        if len(words) < 2 or not self.within(words[0], body):
            return False
        return all(w in self.words.get(body, ()) for w in words[1:])

    def headed(self, word: str, sentence) -> bool:
        """The sentence names a body by an acronym whose long form in the corpus is headed by
        `word`: "the UN mission deployed" is said by "... into MINUSMA upon its deployment"
        (MINUSMA: "... Stabilization Mission in Mali"), though "Mission" is in no name of the
        sentence but the acronym's."""
        return any(m.family == "name" and is_acronym(m.text)
                   and word.lower() in self.heads_of(m.text) for m in sentence.mentions)

    def called(self, name: str, noun: str) -> bool:
        """The acronym `name` is the body a report calls by the head of its long form, `noun`
        ("MINUSMA's future" / "the mission's future"), possessives aside."""
        name, noun = OWNER_RE.sub("", name), OWNER_RE.sub("", noun)
        return is_acronym(name) and noun.lower() in self.heads_of(name)

    def heads_of(self, acronym: str) -> frozenset[str]:
        """The head nouns of the acronym's long forms in the corpus ("mission" for MINUSMA)."""
        if acronym not in self.heads:
            self.heads[acronym] = corpus_heads(self.index, acronym, self.initials,
                                               self.modifiers, self.words)
        return self.heads[acronym]


def corpus_heads(index, acronym: str, initials: dict[str, frozenset[str]],
                 modifiers: dict[str, frozenset[str]],
                 spelled: dict[str, frozenset[str]]) -> frozenset[str]:
    """The head nouns of the acronym's long forms; the long forms' capital initials go to
    `initials` ("UNMISM" for "United Nations Multidimensional Integrated Stabilization Mission
    in Mali"), the capitalised words before their heads to `modifiers`."""
    initials[acronym] = frozenset()
    modifiers[acronym] = frozenset()
    spelled[acronym] = frozenset()
    terms = index.analyzer.terms(acronym)
    if len(terms) != 1:
        return frozenset()
    ids, _ = stored(index, terms[0])  # as the index holds them: no numpy for a small one
    pattern = re.compile(r"\(\s*" + re.escape(acronym) + r"s?\s*\)")
    heads, letters, before_head, capitals = set(), set(), set(), set()
    for pid in ids[:SCANNED]:
        text = index.passages[int(pid)].text
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - BEFORE):match.start()]
            head = long_form_head(before, acronym)
            if head:
                heads.add(head)
                before_head.update(pre_head_words(before))
                capitals.update(w for w in long_form(before) if w[:1].isupper())
            letters.add("".join(w[0] for w in long_form(before) if w[:1].isupper()))
    initials[acronym] = frozenset(letters)
    modifiers[acronym] = frozenset(before_head)
    spelled[acronym] = frozenset(capitals)
    return frozenset(heads)


def long_form_head(before: str, acronym: str) -> str | None:
    """The head noun of the capitalised name that ends `before`, if it starts with the
    acronym's first letter and has two capitalised words at least."""
    run = long_form(before)
    capitals = [w for w in run if w[:1].isupper()]
    if len(capitals) < 2 or run[0][:1].upper() != acronym[:1].upper():
        return None
    minor = next((k for k, w in enumerate(run) if w.lower() in PREPOSITIONS), len(run))
    return run[minor - 1].lower() if minor else None


def pre_head_words(before: str) -> list[str]:
    """The capitalised words of the long form ending `before` that come before its head."""
    run = long_form(before)
    minor = next((k for k, w in enumerate(run) if w.lower() in PREPOSITIONS), len(run))
    return [w for w in run[:minor - 1] if w[:1].isupper()]


def long_form(before: str) -> list[str]:
    """The words of the capitalised name that ends `before` (minor words inside it kept)."""
    words = WORD_OR_FIGURE_RE.findall(before)[-MAX_WORDS:]
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isdigit():
            break
        if word[:1].isupper():
            run.insert(0, word)
        elif word.lower() in MINOR_WORDS and run:
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in MINOR_WORDS:
        run.pop(0)
    return run
