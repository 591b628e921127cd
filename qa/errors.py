"""The exceptions the library raises for what a user can act on. Each message is one line,
printed by the command line as `Error: ...`; which exit code each gets is the CLI's business
(`cli.EXIT_CODES`)."""
from __future__ import annotations


class QAError(Exception):
    """An error the user can act on; its message is printed as one `Error: ...` line."""


class UsageError(QAError):
    """Bad arguments or input: an empty question, an unknown source, a missing folder."""


class IndexUnusable(QAError):
    """The stored index cannot be written or read and cannot be rebuilt."""


class IndexBusy(QAError):
    """Another process has been building the index for longer than we are willing to wait."""


class UnreadableDocument(Exception):
    """A file that cannot be turned into text (binary, corrupt or encrypted PDF, no text
    layer). Not a user error: the indexer skips the file and says why in a notice."""
