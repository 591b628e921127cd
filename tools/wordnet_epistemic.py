"""Generate qa/search/data/wordnet_epistemic.txt from the Princeton WordNet 3.0 database files:

    python tools/wordnet_epistemic.py /work/wn/usr/share/wordnet \
        > qa/search/data/wordnet_epistemic.txt

A finding and a supposition of the same clause are two statements: "the survey established
that silt narrowed the channel" says more than "the survey suggested that silt narrowed the
channel", whose writer only holds it possible. WordNet files the two kinds of verb apart, and
no synonym, hypernym or derivation joins them.

A verb *knows* (+1) when one of its first KNOWN_SENSES senses is one of WordNet's synsets of
coming to know or showing that something is true, or a kind of one (KNOWING: "confirm,
corroborate: establish or strengthen as with new evidence or facts", under which "prove,
demonstrate, establish, show" sits; "detect, observe, find, discover"; "determine, find, find
out, ascertain" and "discover, find: make a discovery", without their kinds: counts and
places, "tally", "locate"). A verb of knowing that may also declare has no entry (a kind of
"declare" or of "affirm: to declare ... solemnly" among its first senses): "affirmed that",
"confirmed that" report a statement, as "claimed that" does.

A verb *supposes* (-1) when its first sense is one of WordNet's synsets of holding something
true without knowing it, or it is that synset's own word (SUPPOSING: "speculate, theorize,
hypothesize"; "think, opine, suppose, reckon"; "suppose: express a supposition"; "suggest,
intimate: imply as a possibility"; "claim: assert or affirm strongly"; "contend, postulate";
"allege"; "argue, reason: present reasons"; "assume, presume"; "believe"). Their kinds are
left out (ways of defending or relying on a view: "justify", "rely"), and so are the words
whose first sense is another ("say", whose second sense is "allege, aver, say"). A verb of
both kinds has no entry. Sense order is frequency order in 3.0: later senses are rare
meanings.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_antonyms import read_synsets  # beside this script
from wordnet_files import add_irregular_forms, lemma_senses, table_main

KNOWN_SENSES = 4  # "show": display (1), prove (2); "establish": set up (1), prove (3)
WORD_RE = re.compile(r"[a-z]+")
# each root synset as (a word, the rank of the synset among that word's senses, whether the
# synsets under it count too), since offsets differ between WordNet versions; a root of
# supposing gives its own word the sign whatever the rank. Under "determine" stand counts and places ("tally",
# "locate"), under the kinds of supposing ways of defending or relying on a view ("justify",
# "rely"): those roots count alone.
KNOWING = (("confirm", 1, True), ("detect", 1, True), ("determine", 1, False),
           ("discover", 3, False))
# declaring: "declare: state emphatically and authoritatively" and "affirm: to declare or
# affirm solemnly and formally as true", with every kind of them
DECLARING = (("declare", 1, True), ("affirm", 3, True))
SUPPOSING = (("speculate", 1, False), ("think", 2, False), ("suppose", 1, False),
             ("suggest", 3, False), ("claim", 1, False), ("contend", 1, False),
             ("allege", 1, False), ("argue", 1, False), ("assume", 1, False),
             ("believe", 1, False))


def kinds_of(synsets: dict, senses: dict[str, list[str]],
             roots: tuple[tuple[str, int, bool], ...]) -> set[str]:
    """The offsets of the root synsets, and of every synset under the roots that count
    with theirs (hyponyms, any depth)."""
    found = {senses[word][rank - 1] for word, rank, _ in roots}
    layer = {senses[word][rank - 1] for word, rank, below in roots if below}
    while layer:
        layer = {t for o in layer for s, t, p, _, _ in synsets[o][1]
                 if s in ("~", "~i") and p == "v"} - found
        found |= layer
    return found


def epistemic(root: Path) -> dict[str, int]:
    """Each verb: +1 where it knows, -1 where it supposes (neither, or both: no entry)."""
    synsets = read_synsets(root, "verb")
    senses = {lemma: offsets for lemma, offsets in lemma_senses(root, "verb", 1000)
              if WORD_RE.fullmatch(lemma)}
    knowing, supposing = kinds_of(synsets, senses, KNOWING), kinds_of(synsets, senses, SUPPOSING)
    declaring = kinds_of(synsets, senses, DECLARING)
    table: dict[str, int] = {}
    for lemma, offsets in senses.items():
        # a verb that may also declare only reports what was said ("affirmed that", "confirmed
        # that": a statement, as "claimed that" is one)
        found = {1 for o in offsets[:KNOWN_SENSES] if o in knowing
                 and not declaring.intersection(offsets[:KNOWN_SENSES])} \
            | {-1 for o in offsets[:1] if o in supposing}
        if any(lemma == word for word, _, _ in SUPPOSING):
            found.add(-1)
        if len(found) == 1:
            table[lemma] = found.pop()
    add_irregular_forms(root, table, WORD_RE)  # "thought" -> think, "found" -> find
    return table


main = table_main(epistemic,
                  "Verbs of knowing and of supposing, from Princeton WordNet 3.0, made by "
                  "tools/wordnet_epistemic.py.",
                  f"verb<TAB>+1 (coming to know or showing true among its first "
                  f"{KNOWN_SENSES} senses, no declaring) or -1 (supposing as its first "
                  "sense, or a root's own word).")


if __name__ == "__main__":
    main(sys.argv[1])
