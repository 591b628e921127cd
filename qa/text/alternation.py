"""An alternation of words as a regular expression that re tries quickly: the words' common
starts written once ("more than|most|much" -> "m(?:o(?:re than|st)|uch)").

re tries the branches of an alternation one by one, and under re.IGNORECASE each branch is
entered before its first letter is compared: a list of fifty hedges was fifty tries at every
word that starts like one (`facts.NUMBER_RE`, the pattern of every text parsed). Written as a
tree of their letters, a word that shares no start with the text's is left after one test.

The tree matches what the plain alternation matches, and prefers what it prefers: at one place
of a text two words can both match only where one starts the other (two different letters at
the same point never match the same character: ASCII letters of different case-folds), and the
tree keeps every such pair in the order the words were given. Where it could not (a word
given between two longer words it starts, a character that is not a plain ASCII letter, digit,
space, hyphen or apostrophe, two letters of one case-fold), the plain alternation is returned.
"""
from __future__ import annotations

import re

PLAIN_RE = re.compile(r"[A-Za-z0-9 '’-]+")  # characters the tree writes as themselves
END = ""  # a word that ends at a node of the tree


def alternation(words) -> str:
    """`words` (in order of preference, as "a|b|c" would try them) as one alternation, without
    a capturing group: "(?:...)" around it where it has branches at the top."""
    words = list(dict.fromkeys(words))
    plain = "|".join(words)
    if not words or not all(PLAIN_RE.fullmatch(w) for w in words):
        return plain
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[END] = {}
    if not folds_apart(tree) or not same_preferences(words, tried(tree)):
        return plain
    return written(tree)


def folds_apart(node: dict) -> bool:
    """No two branches of a node start with letters of one case-fold ("a" and "A")."""
    chars = [c for c in node if c != END]
    return len({c.lower() for c in chars}) == len(chars) \
        and all(folds_apart(child) for c, child in node.items() if c != END)


def tried(node: dict, start: str = "") -> list[str]:
    """The words in the order the tree tries them."""
    found = []
    for char, child in node.items():
        found += [start] if char == END else tried(child, start + char)
    return found


def same_preferences(given: list[str], tree_order: list[str]) -> bool:
    """Every two words one of which starts the other (the words that can both match at one
    place) come in the same order in both lists."""
    first, second = ({w: i for i, w in enumerate(order)} for order in (given, tree_order))
    return all((first[a] < first[b]) == (second[a] < second[b])
               for a in given for b in given if a != b and b.startswith(a))


def written(node: dict) -> str:
    branches = [re.escape(char) + written(child) if char != END else ""
                for char, child in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
