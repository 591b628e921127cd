"""A claim's shorthand that the corpus never writes, read as the one word or phrase of the
corpus it stands for, before the claim is retrieved and parsed.

Notes shorten what a report spells out: "the Kessan HQ", "two PKOs", "the 2019 LTA", "a
nav. patrol", "air temp. records". Left as written, each is a word no sentence states, so
a claim the sources state is not found, and one they contradict is not caught either. The
general table of informal English (`qa.claims.informal`) spells out the common ones before
this reader runs; what is left is read against the corpus's own vocabulary:
- an acronym in capitals ("LTA", "PKs") the corpus never writes nor defines (a definition
  in brackets is `qa.claims.long_forms`'s), read as the one phrase of common nouns whose
  initials spell it, one word a letter ("long-term agreement"), a small word inside it too
  ("status of forces agreement"), or one closed compound two letters ("headquarters":
  head + quarters, both corpus words). Only a phrase in lower case: the initials of a name
  are `check.spelled_out`'s, by its capitals;
- a clipped word with its full stop ("nav. patrol") the corpus never writes, read as the
  one corpus word that begins with it and stands beside the claim's next (or previous)
  content word somewhere in the corpus ("naval patrol"): the neighbour picks between the
  words it could clip ("naval", "navigation");
- a clipped or contracted word without its full stop, as logs and situation reports write
  them ("Malian tps", "full dply", "foreign mil pers"), when neither the corpus nor WordNet
  knows it as a word: read the same way, as the one corpus word beside its neighbour that
  begins with its first letter and holds all its letters in order ("troops", "deployment",
  "military personnel"). A word general English knows ("pol", "log", "folks") means what
  it means there. A neighbour already spelled out is read spelled out ("mil pers": the
  "military" beside which the corpus writes "personnel").
The expansion must be the only one: a second phrase of the same initials, or a second word
beside the neighbour, leaves the shorthand unknown, as it was ("FM" could be many things).
It must be written twice at least, in lower case, so that a one-off phrase does not become
a claim's meaning. Only the words are spelled out: what they state is asked of the sources
like any word, so an expansion alone never makes a claim supported.

The table is the corpus's text joined once per index, only for a claim holding a candidate:
16 ms for the 5,237 passages of the real-world corpus, and a scan of it 0.16 s for a
four-letter acronym, both growing with the corpus. Past MAX_PASSAGES the reader does not run
(the shorthand stays unknown, as before it existed): on a corpus of a million passages the
join would decode every passage and each scan take half a minute, for one claim.
"""
from __future__ import annotations

import re
import weakref
from collections import Counter

from ..search.wordnet import acronym_meanings, is_english
from ..text.analyze import load_stopwords

# an acronym of two to five capitals, maybe in the plural ("PKs"); not inside a code
# ("S/RES/2100") nor a hyphenated name ("AU-ECOWAS")
ACRONYM_RE = re.compile(r"(?<![\w/\-‐‑–.])([A-Z]{2,5})(s?)(?![\w/\-‐‑–])")
# what opens an acronym the claim puts beside its own long form
APPOSED_RE = re.compile(r"(?:\(|\w,\s+the\s+)$")
# a clipped word: lower-case letters and a full stop before a lower-case word ("nav. patrol"),
# so never the claim's last word
CLIPPED_RE = re.compile(r"(?<![\w'’.-])([a-z]{2,6})\.(?=\s+([a-z][\w'’-]*))")
# a clipped or contracted word without a full stop: three to five lower-case letters, maybe
# with a possessive ("the msn's mandate"), or ending the claim's sentence ("foreign mil
# pers."); never inside a hyphenated word, a code or a path
UNSTOPPED_RE = re.compile(r"(?<![\w'’./-])([a-z]{3,5})"
                          r"(?=['’]s\b|\.(?:\s*$|\s+[A-Z0-9])|(?![\w'’./-]))")
NEXT_RE = re.compile(r"(?:['’]s)?\s+([a-z][\w'’-]*)")
# the word right before the clipped one, without its possessive ("Kessan's nav. patrol")
PREVIOUS_RE = re.compile(r"([A-Za-z]+)(?:['’]s)?\s*$")
APOSTROPHE_RE = re.compile(r"[’‘`]")
TIMES = 2  # how often the corpus must write the expansion
RIVAL = 8  # how many times as often as any other reading the expansion must be written
SMALL = frozenset("of and for in on to the".split())  # may stand inside a phrase, by its letter
PART = 3  # the shortest half of a closed compound read as two letters
MAX_PASSAGES = 20_000  # the largest corpus read for shorthand (a scan: about 0.6 s at this size)

TABLES: dict[int, tuple] = {}  # id(index) -> (a weak reference to it, its Text)


class Text:
    """The corpus's text as one lower-case string and as written, and what was read from
    it, for one index."""

    def __init__(self, index):
        self.index = index
        written = APOSTROPHE_RE.sub("'", "\n".join(p.text for p in index.passages))
        self.written = written
        self.expanded: dict[str, str | None] = {}  # the claim's word -> its expansion or None

    def known(self, word: str) -> bool:
        """The corpus writes the word (any form of it)."""
        terms = self.index.analyzer.terms(word)
        return not terms or any(self.index.doc_freq(t) > 0 for t in terms)


def corpus_text(index) -> Text:
    """The index's `Text`, made on first use and kept while the index lives."""
    kept = TABLES.get(id(index))
    if kept is not None and kept[0]() is index:
        return kept[1]
    text = Text(index)
    TABLES[id(index)] = (weakref.ref(index), text)
    return text


def spelled_shorthand(index, claim: str) -> str:
    """The claim with each acronym and clipped word the corpus never writes spelled out as
    the one phrase or word of the corpus it stands for; the claim itself when none is."""
    acronyms = [m for m in ACRONYM_RE.finditer(claim)]
    clipped = [m for m in CLIPPED_RE.finditer(claim)]
    unstopped = [m for m in UNSTOPPED_RE.finditer(claim) if maybe_clipped(m.group(1))]
    if not acronyms and not clipped and not unstopped or len(index.passages) > MAX_PASSAGES:
        return claim
    text = None
    out, at = [], 0
    for match in sorted(acronyms + clipped + unstopped, key=lambda m: m.start()):
        if text is None:
            text = corpus_text(index)
        if match.re is ACRONYM_RE:
            if APPOSED_RE.search(claim[:match.start()]):
                # "a monitoring committee (CMS)", "a monitoring committee, the CMS,": the
                # claim says what it stands for
                continue
            full = acronym_phrase(text, match.group(1), bool(match.group(2)))
            end = match.end()
        else:
            # the words before it as spelled out so far: a neighbour clipped too is read
            # spelled out ("mil pers")
            before = "".join(out) + claim[at:match.start()]
            after = NEXT_RE.match(claim, match.end())
            full = clipped_word(text, match.group(1), before, after.group(1) if after else "",
                                contracted=match.re is UNSTOPPED_RE)
            end = match.end()  # its full stop too
        if full is not None:
            out += [claim[at:match.start()], full]
            at = end
    if not out:
        return claim
    return "".join(out) + claim[at:]


def acronym_phrase(text: Text, letters: str, plural: bool) -> str | None:
    """The one lower-case phrase of the corpus whose initials spell `letters`, as the corpus
    writes it most often (its plural for "PKs"), or None."""
    key = letters + ("s" if plural else "")
    if key in text.expanded:
        return text.expanded[key]
    text.expanded[key] = None
    if text.known(letters) or letters.lower() in text.index.acronyms \
            or (letters + "s").lower() in text.index.acronyms:
        return None
    # an acronym of general English means what it means there ("PM": a prime minister), and
    # only a corpus phrase among those meanings is read ("HQ": headquarters)
    meanings = {tuple(text.index.analyzer.terms(m)) for m in acronym_meanings(letters)}
    found: Counter = Counter()  # the phrase's terms -> how often
    written: dict[tuple, Counter] = {}
    for pattern in spellings(letters.lower()):
        for match in pattern.finditer(text.written):
            words = match.group(0).split()
            if not initialled(text, words, letters.lower()):
                continue
            terms = tuple(text.index.analyzer.terms(match.group(0)))
            found[terms] += 1
            written.setdefault(terms, Counter())[match.group(0)] += 1
    if not dominant(found):
        return None
    terms = found.most_common(1)[0][0]
    if meanings and terms not in meanings:
        return None
    forms = written[terms]
    # the number the claim writes, where the corpus writes it ("a PKO": "operation")
    alike = [f for f in forms if f.endswith("s") == plural] or list(forms)
    phrase = max(alike, key=lambda f: forms[f])
    if plural and not phrase.endswith("s"):  # "PKs": the corpus's plural of the last word
        plurals = sorted((w for w in text.index.analyzer.words_for(terms[-1])
                          if w.endswith("s")), key=len)
        if plurals:
            phrase = " ".join(phrase.split()[:-1] + plurals[:1])
    text.expanded[key] = phrase
    return phrase


def spellings(letters: str) -> list[re.Pattern]:
    """Patterns of the lower-case phrases that may spell `letters`: each letter a word's
    initial, or two letters one closed compound's (checked by `initialled`)."""
    patterns = []
    for parts in compositions(len(letters)):
        words, at = [], 0
        for size in parts:
            if size == 1:
                words.append(f"{letters[at]}[a-z]*")
            else:
                half = f"[a-z]{{{PART - 1},}}"  # the rest of a half, PART letters at least
                words.append(f"{letters[at]}{half}{letters[at + 1]}{half}")
            at += size
        patterns.append(re.compile(r"(?<![\w'-])" + r"[ \t]+".join(words) + r"(?![\w'-])"))
    return patterns


def compositions(n: int) -> list[tuple[int, ...]]:
    """The ways to cut n letters into words of one or two letters each."""
    if n == 0:
        return [()]
    found = [(1,) + rest for rest in compositions(n - 1)]
    if n >= 2:
        found += [(2,) + rest for rest in compositions(n - 2)]
    return found


def initialled(text: Text, words: list[str], letters: str) -> bool:
    """The words spell `letters`: a content word at each end, each word a letter (a small
    word only inside: "status of forces agreement"), or a closed compound of two corpus
    words two letters ("headquarters"); none a stopword otherwise."""
    stopwords = load_stopwords()
    if words[0] in stopwords or words[-1] in stopwords:
        return False
    if any(word in stopwords and word not in SMALL for word in words):
        return False
    return compounded(text, words, letters)


def compounded(text: Text, words: list[str], letters: str) -> bool:
    """Each word stands for its initial, or (a closed compound of two words the corpus
    writes, each at least PART letters) for the initials of its two halves, in order."""
    def spell(i: int, at: int) -> bool:
        if i == len(words):
            return at == len(letters)
        word = words[i]
        if at < len(letters) and word[0] == letters[at] and spell(i + 1, at + 1):
            return True
        if at + 1 < len(letters) and word[0] == letters[at] and word not in load_stopwords():
            for cut in range(PART, len(word) - PART + 1):
                if word[cut] == letters[at + 1] and text.known(word[:cut]) \
                        and text.known(word[cut:]) and spell(i + 1, at + 2):
                    return True
        return False
    return spell(0, 0)


def maybe_clipped(word: str) -> bool:
    """A lower-case word without its full stop that may be clipped: neither a stopword nor
    a word general English knows as one of its own (WordNet's "pol", "log", "folks")."""
    return word not in load_stopwords() and not is_english(word)


def clipped_word(text: Text, stem: str, preceding: str, after: str,
                 contracted: bool = False) -> str | None:
    """The one corpus word that the clipped word `stem` begins (or, `contracted`, whose
    letters it holds in order from the first) and that the corpus writes beside the claim's
    next content word `after` (or, failing that, its previous one, the last word of the
    claim's text `preceding` the clipped word)."""
    stopwords = load_stopwords()
    if stem in stopwords or text.known(stem):
        return None
    after = after.lower()
    previous = PREVIOUS_RE.search(preceding)
    before = previous.group(1).lower() if previous else ""
    for neighbour, side in ((after, "after"), (before, "before")):
        if not neighbour or neighbour in stopwords or not text.known(neighbour):
            continue
        key = f"{stem}{'' if contracted else '.'}.{side}.{neighbour}"
        if key in text.expanded:
            if text.expanded[key] is not None:
                return text.expanded[key]
            continue
        text.expanded[key] = beside(text, stem, neighbour, side, contracted)
        if text.expanded[key] is not None:
            return text.expanded[key]
    return None


def beside(text: Text, stem: str, neighbour: str, side: str,
           contracted: bool = False) -> str | None:
    """The one word beginning with `stem` (or, `contracted`, with its first letter and
    holding the rest of its letters in order), longer by two letters at least, that the
    corpus writes right before (`side` "after": the neighbour follows it) or right after the
    neighbour, at least TIMES times, in any form of the neighbour's stem; None if none or
    more than one."""
    analyzer = text.index.analyzer
    wanted = set(analyzer.terms(neighbour))
    word = rf"({re.escape(stem)}[a-z]{{2,}})" if not contracted else \
        "(" + stem[0] + "".join(f"[a-z]*{re.escape(c)}" for c in stem[1:]) + "[a-z]*)"
    other = r"([A-Za-z]+)"
    pattern = rf"(?<![\w'-]){word}[ \t]+{other}(?![\w-])" if side == "after" else \
        rf"(?<![\w'-]){other}(?:'s)?[ \t]+{word}(?![\w-])"
    found: Counter = Counter()
    written: dict[str, Counter] = {}
    for match in re.finditer(pattern, text.written, re.I):
        candidate, next_to = (match.group(1), match.group(2)) if side == "after" \
            else (match.group(2), match.group(1))
        if candidate[0].isupper() and candidate[1:2].isupper() \
                or len(candidate) < len(stem) + 2:
            continue
        if set(analyzer.terms(next_to.lower())) != wanted:
            continue
        terms = tuple(analyzer.terms(candidate.lower()))
        found[terms] += 1
        written.setdefault(terms, Counter())[candidate.lower()] += 1
    if len(found) != 1:
        return None
    terms = next(iter(found))
    if not any(text.index.doc_freq(t) >= TIMES for t in terms):
        return None
    return written[terms].most_common(1)[0][0]


def dominant(found: Counter) -> bool:
    """One reading written at least TIMES times, and every other at most 1/RIVAL as often:
    "peacekeepers" (64) for "PKs", not the verb phrase "peacekeepers killed" (2)."""
    ranked = found.most_common(2)
    if not ranked or ranked[0][1] < TIMES:
        return False
    return len(ranked) == 1 or ranked[1][1] * RIVAL <= ranked[0][1]
