"""Exit statuses and the exceptions the library raises; the CLI maps one to the other."""
from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """The exit codes scripts rely on (documented in the README)."""

    OK = 0  # found / supported
    NOT_FOUND = 1  # nothing matched / claim contradicted or not found
    ERROR = 2  # usage or input error, unusable index


class QAError(Exception):
    """An error the user can act on; its message is printed as one `Error: ...` line."""

    exit_status = ExitStatus.ERROR


class UsageError(QAError):
    """Bad arguments or input: an empty question, an unknown source, a missing folder."""


class IndexUnusable(QAError):
    """The stored index cannot be written or read and cannot be rebuilt."""


class IndexBusy(QAError):
    """Another process has been building the index for longer than we are willing to wait."""
