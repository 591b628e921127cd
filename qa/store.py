"""The index on disk: a versioned folder of plain files, replaced atomically, never pickled.

    INDEX/CURRENT            name of the live generation (replaced with os.replace)
    INDEX/gen-*/meta.json    format version, analyzer, BM25 params, source fingerprints,
                             and the size and sha256 of every other file of the generation
    INDEX/gen-*/passages.jsonl, terms.json, stems.json, titles.json, acronyms.json
    INDEX/gen-*/offsets.npy, docs.npy, weights.npy, doc_lengths.npy

A build writes a new generation beside the live one and then swaps CURRENT, so an interrupted
build leaves the previous index intact; builds hold an exclusive lock on INDEX/.lock.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

from .analyze import Analyzer
from .bm25 import BM25Params
from .errors import IndexUnusable
from .index import Index
from .passage import Passage

FORMAT_VERSION = 1
ARRAYS = ("offsets", "docs", "weights", "doc_lengths")
# Hashing every file on each load is cheap for small indexes; big ones are checked by size.
HASH_LIMIT_BYTES = 64 * 1024 * 1024


class DamagedIndex(Exception):
    """The files on disk are not a complete index of this format (the caller rebuilds)."""


def save(index: Index, folder: Path, meta: dict) -> None:
    """Write `index` as a new generation of `folder` and make it the live one."""
    folder.mkdir(parents=True, exist_ok=True)
    gen = folder / f"gen-{time.time_ns():x}-{os.getpid()}"
    gen.mkdir()
    try:
        files = write_generation(index, gen)
        meta = dict(meta, format=FORMAT_VERSION, params=index.params.as_dict(),
                    analyzer=index.analyzer.settings, passages=len(index.passages), files=files)
        write_atomic(gen / "meta.json", json.dumps(meta, indent=1).encode())
        fsync_dir(gen)
        write_atomic(folder / "CURRENT", gen.name.encode())
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        raise
    remove_old_generations(folder, keep=gen.name)


def write_generation(index: Index, gen: Path) -> dict:
    """Write the data files; return {file name: {bytes, sha256}} for meta.json."""
    payloads = {
        "passages.jsonl": "".join(json.dumps(asdict(p), ensure_ascii=False) + "\n"
                                  for p in index.passages).encode(),
        "terms.json": json.dumps(sorted(index.term_ids, key=index.term_ids.get)).encode(),
        "stems.json": json.dumps(index.analyzer.known_stems, ensure_ascii=False).encode(),
        "titles.json": json.dumps(index.titles, ensure_ascii=False).encode(),
        "acronyms.json": json.dumps(index.acronyms, ensure_ascii=False).encode(),
    }
    files = {}
    for name, data in payloads.items():
        write_atomic(gen / name, data)
        files[name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    for name in ARRAYS:
        path = gen / f"{name}.npy"
        with open(path, "wb") as fh:
            np.save(fh, getattr(index, name), allow_pickle=False)
            fh.flush()
            os.fsync(fh.fileno())
        files[path.name] = {"bytes": path.stat().st_size, "sha256": file_sha256(path)}
    return files


def load(folder: Path) -> Index:
    """Read the live generation; raise DamagedIndex if anything is missing or altered."""
    gen = live_generation(folder)
    meta = read_json(gen / "meta.json")
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION:
        raise DamagedIndex(f"index format {meta.get('format') if isinstance(meta, dict) else '?'}"
                           f" is not {FORMAT_VERSION}")
    verify_files(gen, meta)
    try:
        return assemble_loaded(gen, meta)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise DamagedIndex(f"unreadable index file ({exc})") from exc


def assemble_loaded(gen: Path, meta: dict) -> Index:
    big = sum(f["bytes"] for f in meta["files"].values()) > HASH_LIMIT_BYTES
    arrays = {n: np.load(gen / f"{n}.npy", allow_pickle=False, mmap_mode="r" if big else None)
              for n in ARRAYS}
    terms = read_json(gen / "terms.json")
    with open(gen / "passages.jsonl", encoding="utf-8") as fh:
        passages = [Passage(**json.loads(line)) for line in fh]
    index = Index(passages, {t: i for i, t in enumerate(terms)}, **arrays,
                  params=BM25Params(**meta["params"]),
                  analyzer=Analyzer(known_stems=read_json(gen / "stems.json")),
                  titles=read_json(gen / "titles.json"),
                  acronyms=read_json(gen / "acronyms.json"), meta=meta)
    check_shapes(index)
    return index


def check_shapes(index: Index) -> None:
    n_terms, n_postings = len(index.term_ids), len(index.docs)
    if (len(index.offsets) != n_terms + 1 or index.offsets[-1] != n_postings
            or len(index.weights) != n_postings or len(index.doc_lengths) != len(index.passages)
            or (n_postings and int(index.docs.max()) >= len(index.passages))):
        raise DamagedIndex("index arrays do not fit together")


def live_generation(folder: Path) -> Path:
    try:
        name = (folder / "CURRENT").read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise DamagedIndex("no index yet" if isinstance(exc, FileNotFoundError)
                           else f"unreadable CURRENT ({exc})") from exc
    gen = folder / name
    if not name.startswith("gen-") or "/" in name or not gen.is_dir():
        raise DamagedIndex(f"CURRENT names a missing generation {name!r}")
    return gen


def verify_files(gen: Path, meta: dict) -> None:
    files = meta.get("files")
    if not isinstance(files, dict) or set(files) != {*ARRAY_FILES, *TEXT_FILES}:
        raise DamagedIndex("meta.json does not list the index files")
    total = sum(f["bytes"] for f in files.values())
    for name, expected in files.items():
        path = gen / name
        if not path.is_file() or path.stat().st_size != expected["bytes"]:
            raise DamagedIndex(f"{name} is missing or truncated")
        if total <= HASH_LIMIT_BYTES and file_sha256(path) != expected["sha256"]:
            raise DamagedIndex(f"{name} does not match its checksum")


ARRAY_FILES = tuple(f"{n}.npy" for n in ARRAYS)
TEXT_FILES = ("passages.jsonl", "terms.json", "stems.json", "titles.json", "acronyms.json")


def read_meta(folder: Path) -> dict:
    """The live generation's meta.json; DamagedIndex when there is no readable one."""
    meta = read_json(live_generation(folder) / "meta.json")
    if not isinstance(meta, dict):
        raise DamagedIndex("meta.json is not an object")
    return meta


def read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DamagedIndex(f"{path.name} is unreadable ({exc.__class__.__name__})") from exc


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def remove_old_generations(folder: Path, keep: str) -> None:
    """Drop superseded generations (readers that still have them open keep their data)."""
    for child in folder.glob("gen-*"):
        if child.name != keep and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)


@contextlib.contextmanager
def build_lock(folder: Path):
    """Serialise builds of one index folder across processes."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / ".lock", "a+")
    except OSError as exc:
        raise IndexUnusable(f"cannot write the index at {folder}: {exc.strerror}") from exc
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
