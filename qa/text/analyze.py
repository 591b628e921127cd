"""Text analysis: the same tokenize -> stopword -> stem pipeline for the corpus and the query.

The analyzer's settings are stored in the index (`Analyzer.settings`), so a query is always
analyzed exactly like the corpus it searches. nltk is imported only when a word's stem is not
already known: the index ships the stems of its own vocabulary (`Analyzer.known_stems`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping

from .scripts import has_mark, split_unspaced, stemmer_language, word_pattern

# Russian and Arabic Snowball for Cyrillic and Arabic words, English Snowball for the rest
# (it leaves other scripts whole); unspaced scripts in character bigrams (`qa.text.scripts`).
STEMMER_NAME = "snowball-english;by-script:russian,arabic;unspaced-bigrams"

# Numbers stay whole ("2,069", "11,200", "3.5"); document codes with a digit stay whole
# ("S/RES/2100"); words are runs of letters of any script (with the combining marks that
# follow a letter: vowel signs, harakat) with an optional inner apostrophe.
_TOKEN_PATTERN = (
    r"[^\W\d_][^\W_]*(?:/[^\W_]+)*/\d[^\W_]*"  # codes such as s/res/2100 or s/2023/21
    r"|\d+(?:[.,]\d+)*"  # numbers, with thousands separators or decimals
    r"|{word}(?:['’]{word})*"  # words, possessives and elisions kept together for now
)
# Text without a combining mark (ASCII, and most text beyond it: curly quotes, dashes,
# accents folded away): a pattern without the ~300 ranges of marks finds the same tokens in
# it (a word is then a run of letters), and compiles in a fraction of the time (start-up of
# every command).
ASCII_TOKEN_RE = re.compile(_TOKEN_PATTERN.format(word=r"[^\W\d_]+"))


@lru_cache(maxsize=1)
def _full_token_re() -> re.Pattern:
    return re.compile(_TOKEN_PATTERN.format(word=word_pattern()))


def token_re(text: str) -> re.Pattern:
    """The tokenizer's pattern for `text`: the cheap one without combining marks (ASCII
    among others), the full one otherwise."""
    return ASCII_TOKEN_RE if text.isascii() or not has_mark(text) else _full_token_re()


APOSTROPHES = "'’"
THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")


@lru_cache(maxsize=1)
def stem_exceptions() -> dict[str, str]:
    """Word families Snowball merges but reports keep apart get stems of their own:
    "authorities" (the government) and "authorized" (permitted) are both "author" to
    Snowball, "international" and "internal" both "intern" (`words.json`, stem_families)."""
    from .lexicon import words

    return {word: stem for stem, family in words()["stem_families"].items() for word in family}


# Characters that do not show but split or glue words: zero-width space and joiners, word
# joiner, byte-order mark, soft hyphen. Text is compared with them removed.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def remove_invisible(text: str) -> str:
    return text.translate(INVISIBLE)


# Accents to strip, except after a Cyrillic letter: there the breve of `й` makes another
# letter, not an accented `и` (and `ё` is folded to `е` below, as Russian search does).
COMBINING_MARKS_RE = re.compile(
    r"(?<![\u0400-\u052f])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_accents(text: str) -> str:
    """Lowercase and strip diacritics so 'Ségou' matches 'Segou' and 'Ελληνικά' 'ελληνικα';
    letters of other scripts are kept as they are (recomposed: `й`, Hangul syllables)."""
    if text.isascii():  # the common case, and much cheaper
        return text.lower()
    # lower() again: compatibility forms decompose to capitals (`ℋ` -> `H`, `𝐀` -> `A`)
    folded = COMBINING_MARKS_RE.sub("", unicodedata.normalize("NFKD", text.lower())).lower()
    return unicodedata.normalize("NFC", folded).replace("ё", "е")


# Lowercase ASCII text without a "/" holds no document code: the tokens of the other two
# alternatives of the pattern, found without trying the codes' at every word (which runs to
# the word's end and backs off letter by letter looking for a "/"); in ASCII a letter is a-z
# once lowercased, a digit 0-9 and the apostrophe "'" (three times faster in all).
ASCII_PLAIN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+(?:'[a-z]+)*")
# what the rules of `split_words` act on: numbers with a comma (a number of this pattern
# never ends with "."; without "," the thousands rule has nothing to remove), apostrophes,
# "cent" after "per"; a text with none of them is its tokens as they are found (most
# sentences of prose, years and figures without separators included). Looked for with `in`
# and a pattern that starts with a literal, both of which skip ahead in C: a pattern that
# starts with a class (`[0-9],[0-9]|'|cent`) is tried at every character, a third of the cost
# of finding the tokens. A comma before a digit is a superset of a number's comma.
COMMA_DIGIT_RE = re.compile(r",[0-9]")


def needs_rules(folded: str) -> bool:
    return "'" in folded or "cent" in folded or COMMA_DIGIT_RE.search(folded) is not None


def split_words(text: str) -> list[str]:
    """Raw lowercase tokens, before stopwords and stemming."""
    folded = fold_accents(text)
    if not folded.isascii():
        found = token_re(folded).findall(folded)
    elif "/" in folded:
        found = ASCII_TOKEN_RE.findall(folded)
    else:
        found = ASCII_PLAIN_RE.findall(folded)
        if not needs_rules(folded):
            return found
    return word_tokens(found)


def word_tokens(found: list[str]) -> list[str]:
    """The tokens of the pattern's matches (in order): numbers without thousands separators,
    apostrophes split off, "per cent" joined, unspaced scripts in bigrams."""
    tokens = []
    for token in found:
        if token[0].isdigit():
            tokens.append(THOUSANDS_RE.sub("", token).rstrip("."))
        elif "/" in token:  # a document code stays whole, in any script ("𠀀/0" is not
            tokens.append(token)  # the bigram "𠀀" and a "/0" that reads as "0" when spaced)
        elif "'" in token or "’" in token:
            for piece in split_apostrophe(token):
                tokens.extend(split_unspaced(piece))
        elif token == "cent" and tokens and tokens[-1] == "per":  # "per cent" is "percent"
            tokens[-1] = "percent"
        else:  # plain words, codes such as s/res/2100, bigrams of unspaced scripts
            tokens.extend(split_unspaced(token))
    return tokens


def split_apostrophe(token: str) -> list[str]:
    """'minusma's' -> ['minusma'], "d'ivoire" -> ['d', 'ivoire']; the pieces are words."""
    if "'" not in token and "’" not in token:
        return [token]
    parts = re.split(f"[{APOSTROPHES}]", token)
    return [p for p in parts if p and p != "s"] if len(parts) > 1 else [token]


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    # a plain path, not importlib.resources: that import alone costs ~10 ms of every start
    text = (Path(__file__).parent.parent / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=None)
def snowball_stemmer(language: str = "english") -> Callable[[str], str]:
    # Imported here: nltk costs ~0.3 s to import and most queries never need it.
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(language).stem


# the texts whose terms `Analyzer.terms` remembers: up to SHORT_TEXT characters (words, names
# and phrases; not sentences, nor a corpus's passages while it is indexed), SHORT_TEXTS of them
SHORT_TEXT = 40
SHORT_TEXTS = 1 << 16


class Analyzer:
    """Turns text into index terms. Stems are cached per word; the stemmer is injectable."""

    def __init__(self, stemmer: Callable[[str], str] | None = None,
                 known_stems: Mapping[str, str] | None = None):
        self._stemmer = stemmer
        # A dict while building; a read-only table of the index's vocabulary once loaded.
        self.known_stems = known_stems if known_stems is not None else {}
        self.learned: dict[str, str] = {}  # stems computed here, not found in known_stems
        self.remembered = 0  # how many of `learned` were read back from an earlier process
        self.stopwords = load_stopwords()
        self.short_terms: dict[str, tuple[str, ...]] = {}  # `terms` of short texts, remembered

    @property
    def settings(self) -> dict:
        return {"stemmer": STEMMER_NAME,
                "stopwords": len(self.stopwords), "fold_accents": True}

    def stem(self, word: str) -> str:
        stem = self.known_stems.get(word)
        if stem is None:
            stem = self.learned.get(word)
            if stem is None:
                stem = self.learned[word] = self.compute_stem(word)
        return stem

    def words_for(self, term: str) -> list[str]:
        """The words of the corpus that have this stem: 'peacekeep' -> ['peacekeeper', ...]."""
        if hasattr(self.known_stems, "keys_for"):  # the index's table
            return self.known_stems.keys_for(term)
        return [word for word, stem in self.known_stems.items() if stem == term]

    def remember_learned(self) -> dict[str, str]:
        """Move newly computed stems into known_stems (a dict while building); return them."""
        learned, self.learned = self.learned, {}
        self.known_stems.update(learned)
        return learned

    def compute_stem(self, word: str) -> str:
        if not word.isalpha():  # numbers, codes, words with combining marks: their own terms
            return word
        language = stemmer_language(word)
        if language != "english":  # Russian or Arabic
            return snowball_stemmer(language)(word)
        exception = stem_exceptions().get(word)
        if exception is not None:
            return exception
        if self._stemmer is None:
            self._stemmer = snowball_stemmer()
        return self._stemmer(word)

    def terms(self, text: str) -> list[str]:
        """Index terms of `text` in order, repeats kept (BM25 counts them). Those of a short
        text (a word, a name, a phrase) are remembered: claim checking asks the terms of the
        same names, conflicting words and synonyms pair after pair (15,000 times in a batch of
        96 claims, 6,500 texts), and splitting a text costs more than a look-up. A new list
        each time: the caller may change it."""
        if len(text) > SHORT_TEXT:
            return self.text_terms(text)
        return list(self.term_tuple(text))

    def term_tuple(self, text: str) -> tuple[str, ...]:
        """`terms` as a tuple, a short text's the remembered one itself (no copy to make: a
        caller that keeps it, as a parse keeps each word's, asks it of every word)."""
        if len(text) > SHORT_TEXT:
            return tuple(self.text_terms(text))
        found = self.short_terms.get(text)
        if found is None:
            if len(self.short_terms) >= SHORT_TEXTS:
                self.short_terms.clear()
            found = self.short_terms[text] = tuple(self.text_terms(text))
        return found

    def text_terms(self, text: str) -> list[str]:
        """`terms`, worked out."""
        return [self.stem(w) for w in split_words(text) if w not in self.stopwords]

    def word_terms(self, text: str) -> list[tuple[str, str]]:
        """`terms`, each beside the word it was made from: [("troops", "troop"), ...]."""
        return [(w, self.stem(w)) for w in split_words(text) if w not in self.stopwords]
