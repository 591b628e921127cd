"""Random-access tables over plain files, so that opening a big index reads only what a query
touches: a sorted string table (binary search over a UTF-8 blob) and a table of passages,
each a JSON object compressed on its own (`PassageCodec`).

Both keep their bytes as `bytes` for small files or a read-only mmap for big ones; either
way nothing is parsed until asked for.
"""
from __future__ import annotations

import json
import mmap
import zlib
from bisect import bisect_left
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Iterable, Iterator


from ..errors import IndexUnusable
from ..types import Passage


MEMO_SIZE = 4096  # terms found, kept: a question looks each up several times
# passages decompressed and parsed, kept (about 25 MB): a question reads each several times,
# and a batch's questions share many (a read costs 20 us: 9 decompressing, 8 parsing)
PASSAGE_MEMO_SIZE = 16384
PASSAGE_FIELDS = frozenset(field.name for field in dataclass_fields(Passage))


def read_bytes(path: Path, big: bool):
    """The file's content, memory-mapped when big (pages are read on demand)."""
    if not big or path.stat().st_size == 0:
        return path.read_bytes()
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def blob_and_offsets(items: Iterable[bytes]) -> tuple[bytes, np.ndarray]:
    import numpy as np

    chunks = list(items)
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    np.cumsum([len(c) for c in chunks], out=offsets[1:])
    return b"".join(chunks), offsets


def as_ints(values: np.ndarray):
    """A read-only view of a numeric array whose items are Python numbers (no copy)."""
    try:
        return memoryview(values)
    except (TypeError, ValueError, BufferError):  # not contiguous
        return values.tolist()


class SortedStrings:
    """An immutable sorted list of strings: `position(s)` is its index, or None."""

    def __init__(self, blob, offsets: np.ndarray):
        self.blob, self.offsets = blob, offsets
        # plain ints for the binary search: an element of a memory-mapped array is a numpy
        # scalar made through several Python calls
        self.bounds = as_ints(offsets)
        self.found: dict[str, int | None] = {}  # a question looks its terms up many times

    @staticmethod
    def encode(sorted_strings: list[str]) -> tuple[bytes, np.ndarray]:
        # UTF-8 byte order equals code point order, so sorting str sorts the bytes too.
        return blob_and_offsets(s.encode("utf-8") for s in sorted_strings)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return bytes(self.blob[self.bounds[i]:self.bounds[i + 1]]).decode("utf-8")

    def position(self, key: str) -> int | None:
        if key not in self.found:
            if len(self.found) >= MEMO_SIZE:
                self.found.clear()
            self.found[key] = self.search(key)
        return self.found[key]

    def search(self, key: str) -> int | None:
        wanted, offsets, blob = key.encode("utf-8"), self.bounds, self.blob
        # the bisection's loop in C (`bisect_left` over the positions, each read as its
        # string's bytes): the same steps as a loop written here, without its arithmetic in
        # Python at each of them (a question's first look-up of each new word)
        low = bisect_left(range(len(self)), wanted,
                          key=lambda i: blob[offsets[i]:offsets[i + 1]])
        if low < len(self) and blob[offsets[low]:offsets[low + 1]] == wanted:
            return low
        return None

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


class StringMap:
    """A read-only str -> str mapping stored as two aligned string tables, plus the
    permutation that sorts it by value, so that the keys of a value can be found too."""

    def __init__(self, keys: SortedStrings, values: SortedStrings, by_value: np.ndarray):
        self.keys, self.values, self.by_value = keys, values, as_ints(by_value)
        self._seen: dict[str, str | None] = {}  # each binary search is done once per process

    def get(self, key: str, default=None):
        if key not in self._seen:
            at = self.keys.position(key)
            self._seen[key] = None if at is None else self.values[at]
        found = self._seen[key]
        return default if found is None else found

    def keys_for(self, value: str) -> list[str]:
        """Every key mapped to `value` ('peacekeep' -> ['peacekeeper', 'peacekeepers']).
        The values are compared as their stored UTF-8 bytes, whose order is the strings'
        (`SortedStrings.encode`): no string decoded at each step of the bisection (a
        question's first meeting with each of its terms, 20 steps over a mapped table)."""
        wanted, order = value.encode("utf-8"), self.by_value
        blob, bounds = self.values.blob, self.values.bounds
        low, high = 0, len(order)
        while low < high:
            middle = (low + high) // 2
            at = order[middle]
            if blob[bounds[at]:bounds[at + 1]] < wanted:
                low = middle + 1
            else:
                high = middle
        found = []
        while low < len(order) and blob[bounds[order[low]]:bounds[order[low] + 1]] == wanted:
            found.append(self.keys[order[low]])
            low += 1
        return found

    @staticmethod
    def value_order(values: list[str]) -> np.ndarray:
        import numpy as np

        return np.array(sorted(range(len(values)), key=values.__getitem__), dtype=np.int32)


class PassageCodec:
    """Each passage as its JSON object, compressed alone (raw deflate) against a dictionary
    of passages of the same corpus: one passage decompresses in microseconds, yet compresses
    about as well as blocks of 16 (the JSON keys, the source and title that every passage of
    a document repeats, and the corpus's common words are found in the dictionary). zlib is
    in the standard library; the stored dictionary makes each generation readable alone."""

    # memLevel 8 (zlib's default) compresses these as well as 9 in half the time: a copy of
    # the primed compressor carries its hash tables, twice as big at 9 (100 against 200 us)
    LEVEL, WBITS, MEMLEVEL = 6, -15, 8
    DICTIONARY_BYTES = 16 * 1024  # deflate looks back 32 KB; 16 KB decompresses faster

    def __init__(self, zdict: bytes = b""):
        self.zdict = bytes(zdict)
        options = {"zdict": self.zdict} if self.zdict else {}
        # primed once: copying a compressor is cheaper than giving each one the dictionary
        self.primed = zlib.compressobj(self.LEVEL, zlib.DEFLATED, self.WBITS, self.MEMLEVEL,
                                       zlib.Z_DEFAULT_STRATEGY, **options)
        self.options = options

    @classmethod
    def trained_on(cls, passages: Iterable[Passage]) -> PassageCodec:
        """A codec whose dictionary is the end of these passages' JSON lines (a document
        of the corpus): what deflate would have seen just before, had they been one stream."""
        sample = b"".join(passage_line(p) for p in passages)
        return cls(sample[-cls.DICTIONARY_BYTES:])

    def encode(self, passage: Passage) -> bytes:
        return self.compress(passage_line(passage))

    def compress(self, line: bytes) -> bytes:
        compressor = self.primed.copy()
        return compressor.compress(line) + compressor.flush()

    def decompress(self, data: bytes) -> bytes:
        decompressor = zlib.decompressobj(self.WBITS, **self.options)
        line = decompressor.decompress(data)
        if not decompressor.eof or decompressor.unused_data:
            raise ValueError("a stored passage is truncated or has trailing bytes")
        return line


class PassageTable:
    """Passages stored one compressed JSON object each; passage i is read only when asked."""

    def __init__(self, blob, offsets: np.ndarray, codec: PassageCodec):
        self.blob, self.offsets, self.codec = blob, offsets, codec
        self.bounds = as_ints(offsets)
        self.memo: dict[int, Passage] = {}

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def stored(self, i: int) -> bytes:
        """Passage i as stored (compressed with this table's codec)."""
        return bytes(self.blob[self.bounds[i]:self.bounds[i + 1]])

    def __getitem__(self, i: int) -> Passage:
        if not 0 <= i < len(self):
            raise IndexError(i)
        found = self.memo.get(i)
        if found is None:
            if len(self.memo) >= PASSAGE_MEMO_SIZE:
                self.memo.clear()
            try:
                found = read_passage(self.codec.decompress(self.stored(i)))
            except (zlib.error, ValueError, TypeError) as exc:
                # a big index is checked by size at open, not byte by byte: a damaged passage
                # shows only when read (json's errors are ValueErrors)
                raise IndexUnusable(f"the index is damaged (passage {i} cannot be read: {exc});"
                                    " run `qa index --rebuild`") from exc
            self.memo[i] = found
        return found

    def __iter__(self) -> Iterator[Passage]:
        return (self[i] for i in range(len(self)))


def read_passage(line: bytes) -> Passage:
    # decoded as the UTF-8 `passage_line` wrote (json.loads of bytes first guesses the
    # encoding in Python); a read is most of a question's first meeting with a passage
    fields = json.loads(line.decode("utf-8"))
    if not isinstance(fields, dict):
        raise ValueError("a stored passage is not a JSON object")
    if fields.keys() != PASSAGE_FIELDS:
        return Passage(**fields)  # a damaged line: refused as __init__ refuses it
    # every field as __init__ would set it (all stored: `passage_line` writes vars()),
    # without its nine assignments past the frozen class's refusing __setattr__: the same
    # object (equal, same hash), in a fifth of the time
    passage = object.__new__(Passage)
    object.__setattr__(passage, "__dict__", fields)
    return passage


# json.dumps with any option makes an encoder each call: one made once writes the same text
_PASSAGE_ENCODER = json.JSONEncoder(ensure_ascii=False)


def passage_line(passage: Passage) -> bytes:
    # vars() rather than asdict(): the fields are plain values, and asdict deep-copies them
    return (_PASSAGE_ENCODER.encode(vars(passage)) + "\n").encode("utf-8")
