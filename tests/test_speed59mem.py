"""Round 59's exact speed-up of the WordNet tables (`qa.search.wordnet.Table`): a table is
kept as its text and searched through a sample of its lines (a block's first line, bisected)
and `str.find` in the block, instead of being split into one string per line. Invented
tables: the answers are those of a bisection of the lines, wherever the word's line falls
(inside a block, a block's first line, the first or last line), and no list of the lines
is made."""
from __future__ import annotations

from bisect import bisect_left

import pytest

from qa.search import wordnet

# an invented table, sorted: keys alone (a word list) and keys with values, keys that
# are prefixes of others ("tarn", "tarns", "tarn-side"), a phrase with a space
LINES = sorted([
    "alder\tbrook|stream", "aldermen\tcouncil", "bexley", "corrie\tcirque|hollow",
    "fell\tmoor|upland", "fell walker\thiker", "ghyll\tbeck|ravine", "howe", "knott\thill",
    "lonning\tlane", "mere\tlake|tarn", "scree\ttalus", "tarn\tpool|lakelet", "tarn-side",
    "tarns\tpools", "thwaite\tclearing", "wath\tford", "yan\tone",
])
HEADER = "# an invented table for the tests\n# key<TAB>value\n"


def bisected(lines: list[str], word: str) -> str | None:
    """What a table says of `word`, read by a bisection of its lines."""
    i = bisect_left(lines, word)
    line = lines[i] if i < len(lines) else None
    if line == word:
        return ""
    return line[len(word) + 1:] if line and line.startswith(word + "\t") else None


def asked_words() -> list[str]:
    keys = [line.partition("\t")[0] for line in LINES]
    return keys + [k[:-1] for k in keys] + [k + "s" for k in keys] + [k + "-" for k in keys] \
        + [k + "\t" for k in keys] + ["", "a", "zzz", "fell\twalker", "tarn\npool", "\uffff"]


@pytest.mark.parametrize("block", [1, 16, 40, 1024])  # a block of one line, of several, all
@pytest.mark.parametrize("text, start", [
    (HEADER + "\n".join(LINES) + "\n", len(HEADER)),
    ("\n".join(LINES) + "\n", 0),  # no header
    (HEADER + "\n".join(LINES), len(HEADER)),  # no newline after the last line
    (HEADER + "\n".join(LINES) + "\n\n\n", len(HEADER)),  # blank lines after it
])
def test_a_table_answers_as_a_bisection_of_its_lines(monkeypatch, block, text, start):
    monkeypatch.setattr(wordnet, "BLOCK", block)
    table = wordnet.Table(text, start)
    for word in asked_words():
        assert table.get(word) == bisected(LINES, word), (block, word)


def test_a_table_keeps_a_sample_of_its_lines_not_the_lines(monkeypatch):
    # a table asked many words keeps its text and one line a block: no list of every line
    monkeypatch.setattr(wordnet, "BLOCK", 64)
    table = wordnet.Table(HEADER + "\n".join(LINES) + "\n", len(HEADER))
    for _ in range(50):
        for word in asked_words():
            table.get(word)
    assert 1 < len(table.firsts) < len(LINES) / 2
    assert all(first in LINES for first in table.firsts)
    assert not any(isinstance(value, list) and len(value) >= len(LINES)
                   for value in vars(table).values())


def test_a_table_of_comments_alone_has_no_entry():
    table = wordnet.Table(HEADER, len(HEADER))
    assert [table.get(word) for word in ("alder", "", "#")] == [None, None, None]
