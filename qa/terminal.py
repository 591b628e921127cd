"""Making text safe to print on a terminal. Kept free of rich so that error and notice paths
(and `--json`) do not pay for importing it."""
from __future__ import annotations

import re

# C0/C1 controls (ESC, BEL, CSI, and newline: what is printed on one line must stay on one
# line, as a file name with a newline in it would print a fake line) and invisible bidi and
# zero-width marks that can disguise text.
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Neutralise terminal control sequences: ESC and friends become visible escapes (`\\x1b`)."""
    return CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(message: str) -> str:
    """An error message as the one line `Error: ...` shows: printable, whitespace collapsed."""
    return " ".join(printable(message).split())
