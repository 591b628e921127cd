"""SHA-256 without loading OpenSSL when little is hashed.

`hashlib` loads OpenSSL's libcrypto, 4.5 ms of CPU at every start of `qa` (a cold `qa ask` is
~100 ms in all), while a start hashes a few hundred KB at most (the files of a small index,
which are checked against their checksums). CPython carries its own SHA-256 (`_sha2` since
3.12, `_sha256` before), with the same digests, loaded in 0.3 ms but slower per byte (4 ms a
MB against 0.6): it is used while hashlib is not loaded yet, for up to BUILTIN_BYTES (a
caller about to hash more says so first: `expect`); a build, which loads hashlib to hash the
documents, always uses hashlib.
"""
from __future__ import annotations

import sys
from functools import lru_cache

BUILTIN_BYTES = 1 << 20  # loading OpenSSL repays its speed from ~1.3 MB on


@lru_cache(maxsize=1)
def builtin_sha256():
    """CPython's own SHA-256 constructor, or None where this build has none."""
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11 and earlier
        except ImportError:
            return None
    return sha256


def sha256(size: int = 0):
    """A new SHA-256 hash object, for about `size` bytes."""
    if size <= BUILTIN_BYTES and "hashlib" not in sys.modules:
        builtin = builtin_sha256()
        if builtin is not None:
            return builtin()
    import hashlib

    return hashlib.sha256()


def expect(size: int) -> None:
    """About `size` bytes are about to be hashed, in one or many objects: past BUILTIN_BYTES,
    hashlib is loaded now, so that every `sha256()` from here on is OpenSSL's."""
    if size > BUILTIN_BYTES:
        import hashlib  # noqa: F401 - loaded for `sha256` to find
