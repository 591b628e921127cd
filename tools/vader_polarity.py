"""Regenerate qa/data/polarity.txt from the VADER sentiment lexicon.

    pip download --no-deps vaderSentiment==3.3.2     # a wheel shipping vader_lexicon.txt
    unzip vaderSentiment-3.3.2-py2.py3-none-any.whl -d vader
    python tools/vader_polarity.py vader/vaderSentiment/vader_lexicon.txt > qa/data/polarity.txt

VADER (Hutto & Gilbert, 2014) rates about 7,500 English words, emoticons and slang from -4
(most negative) to +4 by the mean of ten human ratings. Claim checking reads a claim word of
one polarity against a sentence word of the other in the same place ("eased" / "obstructing",
"accepted" / "disputed"). Kept: the mean rating of each entry that is a word (letters, with
"-" or "'" inside); emoticons, the ratings themselves and their deviation are left out.
"""
from __future__ import annotations

import re
import sys

WORD_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*")
HEADER = """\
# Polarity of English words: the mean valence VADER's raters gave each word, -4 (most negative)
# to +4 (most positive). Made by tools/vader_polarity.py from vader_lexicon.txt of the
# vaderSentiment 3.3.2 package (C.J. Hutto and E.E. Gilbert, "VADER: A Parsimonious Rule-based
# Model for Sentiment Analysis of Social Media Text", ICWSM 2014), under the MIT licence:
#
# The MIT License (MIT)
# Copyright (c) 2016 C.J. Hutto
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# word<TAB>mean valence"""


def main(path: str) -> None:
    rows = {}
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 2 and WORD_RE.fullmatch(fields[0]):
            rows[fields[0]] = float(fields[1])
    print(HEADER)
    for word in sorted(rows):
        print(f"{word}\t{rows[word]:g}")


if __name__ == "__main__":
    main(sys.argv[1])
