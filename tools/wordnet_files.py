"""Reading the Princeton WordNet 3.1 database files, for the tools that turn them into qa's
word tables (wordnet_synonyms.py, wordnet_antonyms.py, wordnet_verbs.py,
wordnet_derivations.py ...), and printing a table (`table_main`: most tools' `main`)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator


def synset_fields(folder: Path, pos: str) -> Iterator[tuple[list[str], list[str]]]:
    """(fields, words) of each synset line of data.POS: the line's fields before its gloss,
    and the synset's words, lower-cased, adjectives' markers such as "(a)" removed."""
    for line in (folder / f"data.{pos}").open(encoding="latin-1"):
        fields = line.split(" | ")[0].split()
        if line.startswith(" ") or len(fields) < 5:  # the license block
            continue
        count = int(fields[3], 16)
        yield fields, [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]


def noun_lexfiles(folder: Path) -> dict[str, int]:
    """The lexicographer file number of each noun synset, by its offset (14 is noun.group,
    18 noun.person: WordNet's lexnames)."""
    lexfile = {}
    for line in (folder / "data.noun").open(encoding="latin-1"):
        fields = line.split(maxsplit=2)
        if not line.startswith(" ") and len(fields) == 3:  # not the license block
            lexfile[fields[0]] = int(fields[1])
    return lexfile


def lemma_senses(folder: Path, pos: str, senses: int) -> Iterator[tuple[str, list[str]]]:
    """(lemma, offsets of its first `senses` synsets, most frequent first) of each entry of
    index.POS."""
    for line in (folder / f"index.{pos}").open(encoding="latin-1"):
        if line.startswith(" "):  # the license block
            continue
        fields = line.split()
        count, pointer_count = int(fields[2]), int(fields[3])
        yield fields[0], fields[4 + pointer_count + 2:][:count][:senses]


def irregular_forms(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(form, the verbs it is a form of) of each line of verb.exc ("rose" -> rise)."""
    for line in (folder / "verb.exc").open(encoding="latin-1"):
        form, *bases = line.split()
        yield form, bases


def add_irregular_forms(folder: Path, table: dict, word: re.Pattern) -> None:
    """Give each irregular form (matching `word`) of a verb in `table` its verb's entry, where
    the form has none of its own: the other tables cannot give it where the form is also
    another word ("rose" the flower, "grown" the adjective)."""
    for form, bases in irregular_forms(folder):
        base = next((b for b in bases if b in table), None)
        if base and word.fullmatch(form) and form not in table:
            table[form] = table[base]


def print_header(folder: Path, *lines: str) -> None:
    """The table's own comment lines, then WordNet's license notice, as comments: "  14
    WordNet 3.1 Copyright 2011 by Princeton University..." opens data.noun, and the license
    asks for the notice on every copy of the database."""
    for line in lines:
        print(f"# {line}".rstrip())
    print("#")
    notice = [line.split(maxsplit=1)[1:] for line in
              (folder / "data.noun").open(encoding="latin-1") if line.startswith("  ")]
    for line in notice:
        print(f"# {' '.join(line)}".rstrip())


def print_rows(table: dict) -> None:
    """The table's entries, one a line in word order: word<TAB>related|related for a set of
    words, word<TAB>+1 or -1 for a sign."""
    for word in sorted(table):
        value = table[word]
        print(f"{word}\t{value:+d}" if isinstance(value, int)
              else f"{word}\t{'|'.join(sorted(value))}")


def print_words(words) -> None:
    """A word list, one word a line, sorted."""
    for word in sorted(words):
        print(word)


def table_main(build: Callable[[Path], dict | set | list], *header: str) -> Callable[[str], None]:
    """The `main(folder)` of a tool that prints one table: its header lines (`print_header`),
    then what `build` makes of the WordNet folder, a dict as rows (`print_rows`) or words
    one a line, sorted (`print_words`)."""
    def main(folder: str) -> None:
        root = Path(folder)
        print_header(root, *header)
        table = build(root)
        (print_rows if isinstance(table, dict) else print_words)(table)
    return main


# the lexical kinds a sense key gives each part of speech ("lemma%1:..." is a noun's sense;
# "%3:" an adjective's, "%5:" an adjective satellite's; "%4:" an adverb's)
SENSE_KINDS = {"noun": ("1:",), "adj": ("3:", "5:"), "adv": ("4:",)}


def sense_shares(folder: Path, pos: str, word_re: re.Pattern) -> dict[str, dict[str, float]]:
    """{word: {offset: share}}: each sense's share of the one-word noun's, adjective's or
    adverb's uses (`pos`; the words `word_re` matches) tagged in WordNet's concordance
    (cntlist.rev: "lemma%1:...  sense_number  count"; a sense number is the rank of its
    offset in index.POS), every sense counted once more, so that an untagged sense is rare,
    not absent."""
    offsets: dict[str, list[str]] = {}
    for line in (folder / f"index.{pos}").open(encoding="latin-1"):
        if line.startswith(" "):  # the license block
            continue
        fields = line.split()
        if word_re.fullmatch(fields[0]):
            count, pointer_count = int(fields[2]), int(fields[3])
            offsets[fields[0]] = fields[4 + pointer_count + 2:][:count]
    counts = {lemma: [1] * len(senses) for lemma, senses in offsets.items()}
    for line in (folder / "cntlist.rev").open(encoding="latin-1"):
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith(SENSE_KINDS[pos]) and lemma in counts \
                and int(number) <= len(counts[lemma]):
            counts[lemma][int(number) - 1] += int(count)
    return {lemma: {o: c / sum(counts[lemma]) for o, c in zip(senses, counts[lemma])}
            for lemma, senses in offsets.items()}
