"""The index on disk: a versioned folder of plain files, replaced atomically, never pickled.

    INDEX/CURRENT              name of the live generation (replaced with os.replace)
    INDEX/.qa-index            the marker that makes INDEX a folder of qa's
    INDEX/gen-*/.qa-generation the marker that makes a generation one qa made
    INDEX/gen-*/meta.json      fingerprint of the indexing code, analyzer, BM25 params, source
                               fingerprints, and the size and sha256 of every other file
    INDEX/gen-*/passages.bin   each passage's JSON object, compressed alone (raw deflate with
                               the dictionary passages.dict); passage_offsets.npy locates each
    INDEX/gen-*/terms.bin      the sorted vocabulary as UTF-8 (term_offsets.npy)
    INDEX/gen-*/stem_*.bin     surface word -> stem for the vocabulary (no nltk at query time);
                               stem_by_value.npy finds the words of a stem
    INDEX/gen-*/offsets.npy, docs.npy, doc_run*.npy, codes.npy   postings: passage ids (low 16
                               bits each, high bits per run) and the code of each one's
                               (tf, passage length) pair
    INDEX/gen-*/factors.npy, idf.npy, doc_lengths.npy   each pair's BM25 factor, each term's
                               idf (a posting's weight is their product, taken when read:
                               the same bits as storing it), each passage's length
    INDEX/gen-*/term_max.npy   each term's largest posting weight (bounds for top-k pruning)
    INDEX/gen-*/tokens.npy, sentences.npy (+ *_offsets.npy)   each passage's sentences (start,
                               end, end of its terms) and the term ids of its words in order
                               (2 bytes each, the high byte in token_highs.npy if needed),
                               for re-scoring without splitting text at query time, and
                               for reuse (a passage's term counts are those of its tokens);
                               extra_terms.json names the few ids beyond the vocabulary,
                               fwd_exceptions.json the term counts of the few passages whose
                               words join across a sentence end ("per. Cent")
    INDEX/gen-*/sources.json   each document's passages and postings count; acronyms.json,
                               synonyms.json

A build writes a new generation beside the live one and then swaps CURRENT, so an interrupted
build leaves the previous index intact; builds hold an exclusive lock on INDEX/.lock.
Big generations are memory-mapped on load, so opening one reads only what a query touches.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import sys
import time
from array import array
from pathlib import Path


from ..errors import IndexBusy, IndexUnusable
from ..text.analyze import Analyzer
from . import digest
from .bm25 import BM25Params
from .fingerprint import built_by_this_code, code_identity
from .model import Index
from .tables import PassageCodec, PassageTable, SortedStrings, StringMap, read_bytes

ARRAYS = ("offsets", "docs", "doc_runs", "doc_run_highs", "doc_run_offsets", "codes",
          "factors", "idf", "term_max", "doc_lengths",
          "tokens", "token_highs", "token_offsets", "sentences", "sentence_offsets",
          "passage_offsets", "term_offsets", "stem_key_offsets", "stem_value_offsets",
          "stem_by_value")
BLOB_OFFSETS = {"terms": "term_offsets", "stem_keys": "stem_key_offsets",
                "stem_values": "stem_value_offsets"}
BLOBS = tuple(f"{name}.bin" for name in BLOB_OFFSETS)
PASSAGES, PASSAGES_DICT = "passages.bin", "passages.dict"
JSONS = ("sources.json", "acronyms.json", "synonyms.json", "extra_terms.json",
         "fwd_exceptions.json")
FILES = (PASSAGES, PASSAGES_DICT, *BLOBS, *JSONS, *(f"{n}.npy" for n in ARRAYS))
# Hashing every file on each load is cheap for small indexes; big ones are checked by size
# and shape only, and memory-mapped.
SMALL_INDEX_BYTES = 64 * 1024 * 1024
WRITERS = 2  # files an index's commit writes at once (`write_parts`)
# An index this small is held in `array.array`s and searched without numpy (whose import
# costs about as much as starting typer and rich); numpy's vectorised sums pay beyond it.
PLAIN_INDEX_BYTES = 8 * 1024 * 1024
# .npy dtypes and their array typecodes
NPY_TYPES = {"<i4": "i", "<i8": "q", "<f8": "d", "|u1": "B", "<u2": "H", "<u4": "I"}
NPY_HEADER_RE = re.compile(rb"\{'descr': '([<>|][a-z][0-9]+)', 'fortran_order': False, "
                           rb"'shape': \((\d+),\), \}")


QUERY_STEMS = "query-stems.json"
# An index folder is qa's only when it says so: nothing is written into or removed from a
# folder without this marker (a user's `gen-thesis/` is not a generation of ours).
FOLDER_MARKER = ".qa-index"
MARKER_TEXT = b"This folder is an index made by qa; qa removes only what it made here.\n"
GENERATION_MARKER = ".qa-generation"
GENERATION_RE = re.compile(r"gen-[0-9a-f]+-[0-9]+")
# What an index of qa before the marker holds: adopted as ours when it holds nothing else.
OUR_NAME_RE = re.compile(r"CURRENT|\.lock|query-stems\.json|gen-[0-9a-f]+-[0-9]+"
                         r"|\.(?:CURRENT|query-stems\.json|lock)\.[0-9]+\.tmp")
MAX_QUERY_STEMS = 20_000


class DamagedIndex(Exception):
    """The files on disk are not a complete index of this format (the caller rebuilds)."""


def new_generation(folder: Path) -> Path:
    """A new, empty generation folder, marked as made by qa (only such folders are removed)."""
    claim(folder)
    gen = folder / f"gen-{time.time_ns():x}-{os.getpid()}"
    gen.mkdir()
    (gen / GENERATION_MARKER).write_bytes(b"")
    return gen


def claim(folder: Path) -> None:
    """Make `folder` (created if missing) recognisably an index folder of qa's. The caller
    has checked with `foreign_content` that it is empty or already ours."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / FOLDER_MARKER
    if marker.is_file():
        return
    for child in folder.iterdir():  # an index of an earlier qa, adopted: see is_ours
        if GENERATION_RE.fullmatch(child.name) and (child / "meta.json").is_file():
            (child / GENERATION_MARKER).touch()
    try:  # exclusive create: builds in several threads or processes may claim at once
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as fh:
        fh.write(MARKER_TEXT)


def foreign_content(folder: Path) -> list[str]:
    """Names in `folder` that qa did not make: [] for a missing or empty folder, one that
    carries our marker, or an index of an earlier qa (nothing but its own names)."""
    try:
        names = sorted(child.name for child in folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    if FOLDER_MARKER in names:
        return []
    if "CURRENT" not in names:
        return names
    return [name for name in names if not OUR_NAME_RE.fullmatch(name)]


def commit(folder: Path, gen: Path, parts: dict, meta: dict) -> None:
    """Write the parts a build produced into `gen`, then make `gen` the live generation."""
    try:
        write_parts(gen, parts)
        sizes = {name: (gen / name).stat().st_size for name in FILES}
        small = sum(sizes.values()) <= SMALL_INDEX_BYTES
        if small:
            digest.expect(sum(sizes.values()))
        files = {name: {"bytes": size, "sha256": file_sha256(gen / name) if small else None}
                 for name, size in sizes.items()}
        builder, builder_stats = code_identity()
        write_atomic(gen / "meta.json", json.dumps(dict(
            meta, builder=builder, builder_stats=builder_stats, files=files),
            indent=1).encode())
        fsync_dir(gen)
        write_atomic(folder / "CURRENT", gen.name.encode())
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        raise
    remove_old_generations(folder, keep=gen.name)


def write_parts(gen: Path, parts: dict) -> None:
    """Write every file of `parts` into `gen`, each synced to disk, two at a time: a
    file's write and fsync wait on the disk (numpy's and the OS's writes let the GIL go),
    and writing the 1M index's ~600 MB of arrays one file after the other took 2 to 18 s
    of wall, two at a time 1.2 to 1.6 s (the same files, alternated)."""
    from concurrent.futures import ThreadPoolExecutor

    arrays = {name: parts[name] for name in ARRAYS if name in parts}
    writes = []
    for name, offsets_name in BLOB_OFFSETS.items():
        blob, arrays[offsets_name] = parts[name]
        writes.append((write_atomic, gen / f"{name}.bin", blob))
    writes.append((write_atomic, gen / PASSAGES_DICT, parts["passages_dict"]))
    for name in JSONS:
        writes.append((write_atomic, gen / name,
                       json.dumps(parts[name[:-5]], ensure_ascii=False).encode()))
    writes.extend((write_array, gen / f"{name}.npy", values) for name, values in arrays.items())
    with ThreadPoolExecutor(WRITERS, thread_name_prefix="qa-index-write") as pool:
        for done in [pool.submit(*write) for write in writes]:
            done.result()  # a failed write raises here (the generation is then removed)


def write_array(path: Path, values) -> None:
    import numpy as np

    with open(path, "wb") as fh:
        np.save(fh, values, allow_pickle=False)
        fh.flush()
        os.fsync(fh.fileno())


def load(folder: Path) -> Index:
    """Open the live generation; raise DamagedIndex if anything is missing or altered."""
    gen = live_generation(folder)
    meta = read_meta_of(gen)
    if not built_by_this_code(meta):
        raise DamagedIndex("the index was built by other code")
    big = verify_files(gen, meta)
    try:
        index = open_generation(gen, meta, big)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise DamagedIndex(f"unreadable index file ({exc})") from exc
    index.folder = folder
    index.analyzer.learned.update(read_query_stems(folder, meta["builder"]))
    index.analyzer.remembered = len(index.analyzer.learned)
    return index


def read_query_stems(folder: Path, builder: str) -> dict[str, str]:
    """Stems of past query words the corpus does not have, so asking again needs no nltk.
    Kept beside the generations (stems do not depend on the documents); a file that is
    unreadable or from other indexing code than `builder` (this code's fingerprint, as the
    live generation's meta.json has it once checked) is ignored."""
    try:
        saved = json.loads((folder / QUERY_STEMS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("builder") != builder:
        return {}
    stems = saved.get("stems")
    return {k: v for k, v in stems.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(stems, dict) else {}


def save_query_stems(folder: Path, stems: dict[str, str], builder: str) -> None:
    """Best effort: a read-only index folder just means nltk is loaded again next time.
    `builder`: this code's fingerprint (the loaded index's, which was checked to be it)."""
    kept = dict(list(stems.items())[-MAX_QUERY_STEMS:])
    try:
        write_atomic(folder / QUERY_STEMS,
                     json.dumps({"builder": builder, "stems": kept}).encode("utf-8"))
    except OSError:
        pass


def update_source_records(folder: Path, updates: dict[str, dict],
                          builder_stats: str | None = None) -> None:
    """Record the new stats of source files whose content is still what the live generation
    indexed (the same sha256), so that they are not hashed again, and those of the code files
    (`fingerprint.renewed_stats`, when they vouch for the generation's builder). Best effort,
    skipped while a build runs: a read-only folder only means hashing them again next time."""
    with lock_if_free(folder) as locked:
        if not locked:
            return
        try:
            gen = live_generation(folder)
            meta = read_meta_of(gen)
            recorded = meta["sources"]
            fitting = {name: entry for name, entry in updates.items()
                       if recorded.get(name, {}).get("sha256") == entry["sha256"]}
            recorded.update(fitting)
            renew = builder_stats is not None and builder_stats.startswith(
                f"{meta['builder']}@") and meta.get("builder_stats") != builder_stats
            if renew:
                meta["builder_stats"] = builder_stats
            if fitting or renew:
                write_atomic(gen / "meta.json", json.dumps(meta, indent=1).encode())
        except (OSError, DamagedIndex, KeyError, TypeError, AttributeError):
            pass


def open_generation(gen: Path, meta: dict, big: bool) -> Index:
    plain = sum(f["bytes"] for f in meta["files"].values()) <= PLAIN_INDEX_BYTES
    arrays = {n: read_array(gen / f"{n}.npy", big, plain) for n in ARRAYS}
    blob = {name: read_bytes(gen / name, big) for name in BLOBS}
    stems = StringMap(SortedStrings(blob["stem_keys.bin"], arrays["stem_key_offsets"]),
                      SortedStrings(blob["stem_values.bin"], arrays["stem_value_offsets"]),
                      arrays["stem_by_value"])
    index = Index(
        PassageTable(read_bytes(gen / PASSAGES, big), arrays["passage_offsets"],
                     PassageCodec((gen / PASSAGES_DICT).read_bytes())),
        SortedStrings(blob["terms.bin"], arrays["term_offsets"]),
        arrays["offsets"], arrays["docs"], arrays["codes"],
        BM25Params(**meta["params"]), Analyzer(known_stems=stems),
        sources=read_json(gen / "sources.json"), acronyms=read_json(gen / "acronyms.json"),
        synonyms=read_json(gen / "synonyms.json"),
        meta=meta, fwd_exceptions=read_json(gen / "fwd_exceptions.json"),
        term_max=arrays["term_max"], tokens=arrays["tokens"], token_highs=arrays["token_highs"],
        token_offsets=arrays["token_offsets"], sentences=arrays["sentences"],
        sentence_offsets=arrays["sentence_offsets"],
        extra_terms=read_json(gen / "extra_terms.json"), idf=arrays["idf"],
        factors=arrays["factors"], doc_runs=arrays["doc_runs"],
        doc_run_highs=arrays["doc_run_highs"], doc_run_offsets=arrays["doc_run_offsets"],
        doc_lengths=arrays["doc_lengths"])
    check_shapes(index, arrays)
    return index


def read_array(path: Path, big: bool, plain: bool):
    """A stored 1-D array: memory-mapped when big, read whole otherwise; an `array.array`
    when `plain` and the file is one `np.save` writes for our dtypes (else numpy reads it)."""
    if plain and sys.byteorder == "little":
        data = path.read_bytes()
        if data[:8] == b"\x93NUMPY\x01\x00" and len(data) >= 10:
            end = 10 + int.from_bytes(data[8:10], "little")
            found = NPY_HEADER_RE.match(data[10:end])
            if found and found.group(1).decode() in NPY_TYPES:
                values = array(NPY_TYPES[found.group(1).decode()])
                values.frombytes(data[end:])
                if len(values) == int(found.group(2)):
                    return values
                raise ValueError(f"{path.name} holds {len(values)} values, not {found.group(2)}")
    import numpy as np

    return np.load(path, allow_pickle=False, mmap_mode="r" if big else None)


def check_shapes(index: Index, arrays: dict) -> None:
    n_terms, n_postings, n_passages = len(index.terms), len(index.docs), len(index.passages)
    fits = (len(index.offsets) == n_terms + 1 and index.offsets[-1] == n_postings
            and len(index.term_max) == n_terms
            and len(index.token_offsets) == len(index.sentence_offsets) == n_passages + 1
            and index.token_offsets[-1] == len(index.tokens)
            and len(index.token_highs) in (0, len(index.tokens))
            and 3 * index.sentence_offsets[-1] == len(index.sentences)
            and len(index.codes) == n_postings and len(arrays["doc_lengths"]) == n_passages
            and len(index.idf) == n_terms and (n_postings == 0 or len(index.factors) > 0)
            and sum(s["count"] for s in index.sources) == n_passages
            and sum(s["postings"] for s in index.sources) == n_postings
            and len(index.doc_run_offsets) == n_terms + 1
            and index.doc_run_offsets[-1] == len(index.doc_runs) == len(index.doc_run_highs)
            and (n_postings == 0 or (index.doc_runs[0] == 0 and index.doc_runs[-1] < n_postings
                                     and (int(index.doc_run_highs[-1]) << 16)
                                     + int(index.docs[-1]) < n_passages)))
    if not fits:
        raise DamagedIndex("index arrays do not fit together")
    try:  # passages of another format or dictionary fail here, not at a question
        index.passages[0]
    except IndexUnusable as exc:  # the table's own word for a passage it cannot read
        raise DamagedIndex(f"unreadable passages ({exc.__cause__})") from exc
        raise DamagedIndex(f"unreadable passages ({exc})") from exc


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


def verify_files(gen: Path, meta: dict) -> bool:
    """Check every file's size (and checksum, for small indexes); True if the index is big."""
    files = meta.get("files")
    if not isinstance(files, dict) or set(files) != set(FILES):
        raise DamagedIndex("meta.json does not list the index files")
    total = sum(f["bytes"] for f in files.values())
    big = total > SMALL_INDEX_BYTES
    if not big:
        digest.expect(total)
    for name, expected in files.items():
        path = gen / name
        try:  # a concurrent build may remove this generation under our feet
            if not path.is_file() or path.stat().st_size != expected["bytes"]:
                raise DamagedIndex(f"{name} is missing or truncated")
            if not big and file_sha256(path) != expected["sha256"]:
                raise DamagedIndex(f"{name} does not match its checksum")
        except OSError as exc:
            raise DamagedIndex(f"{name} is unreadable ({exc.strerror})") from exc
    return big


def read_meta(folder: Path) -> dict:
    """The live generation's meta.json; DamagedIndex when there is no readable one."""
    return read_meta_of(live_generation(folder))


def read_meta_of(gen: Path) -> dict:
    meta = read_json(gen / "meta.json")
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
    """The file's sha256 (`digest.sha256`: OpenSSL's once a caller expects much to hash)."""
    hashed = digest.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            hashed.update(block)
    return hashed.hexdigest()


def remove_old_generations(folder: Path, keep: str) -> None:
    """Drop superseded generations (readers that still have them open keep their data): only
    folders named as qa names them that carry the marker qa writes into each one it makes."""
    for child in folder.iterdir():
        if (child.name != keep and GENERATION_RE.fullmatch(child.name)
                and not child.is_symlink() and (child / GENERATION_MARKER).is_file()):
            shutil.rmtree(child, ignore_errors=True)


# Descriptors of build locks this process holds: a forked worker closes its copies, so that a
# lock always dies with the process that took it (flock is held while any copy is open).
HELD_LOCKS: set[int] = set()
LOCK_POLL = 0.1  # seconds between attempts while another process builds
LOCK_NOTICE_AFTER = 1.0  # a wait longer than this is announced on stderr
LOCK_TIMEOUT = 300.0  # then give up (QA_LOCK_TIMEOUT overrides, in seconds)


@contextlib.contextmanager
def build_lock(folder: Path, notify=lambda _message: None):
    """Serialise builds of one index folder across processes and threads. The holder's pid
    is written in the lock file: a waiter says whom it waits for, breaks the lock of a
    process that is gone, and gives up (IndexBusy) after QA_LOCK_TIMEOUT seconds."""
    path, started, told = folder / ".lock", time.monotonic(), False
    while True:
        try:
            fh = open(path, "a+")
        except OSError as exc:
            raise IndexUnusable(f"cannot write the index at {folder}: {exc.strerror}") from exc
        if take(fh, path):
            break
        fh.close()
        holder, waited = lock_holder(path), time.monotonic() - started
        if holder is not None and not process_alive(holder):
            break_lock(path)
            continue
        if waited > lock_timeout():
            raise IndexBusy(f"gave up after {waited:.0f} s waiting for another qa process "
                            f"(pid {holder or '?'}) to finish building the index at {folder}")
        if not told and waited >= LOCK_NOTICE_AFTER:
            notify(f"waiting for another qa process (pid {holder or '?'}) to finish "
                   f"building the index at {folder}")
            told = True
        time.sleep(LOCK_POLL)
    HELD_LOCKS.add(fh.fileno())
    try:
        yield
    finally:
        release(fh)


@contextlib.contextmanager
def lock_if_free(folder: Path):
    """The build lock if nobody holds it now (True), else nothing (False): for housekeeping
    that may as well be skipped while a build runs."""
    path = folder / ".lock"
    try:
        fh = open(path, "a+")
    except OSError:
        yield False
        return
    if not take(fh, path):
        fh.close()
        yield False
        return
    try:
        yield True
    finally:
        release(fh)


def release(fh) -> None:
    HELD_LOCKS.discard(fh.fileno())
    fh.truncate(0)
    fcntl.flock(fh, fcntl.LOCK_UN)
    fh.close()


def take(fh, path: Path) -> bool:
    """Lock `fh` without waiting; True when it is ours and still the file at `path` (a
    waiter may have replaced a stale lock file meanwhile), with our pid written in it."""
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    try:
        current = path.stat()
    except OSError:
        current = None
    mine = os.fstat(fh.fileno())
    if current is None or (current.st_ino, current.st_dev) != (mine.st_ino, mine.st_dev):
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False
    fh.truncate(0)
    fh.write(f"{os.getpid()}\n")
    fh.flush()
    return True


def lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("QA_LOCK_TIMEOUT", LOCK_TIMEOUT)))
    except ValueError:
        return LOCK_TIMEOUT


def lock_holder(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def break_lock(path: Path) -> None:
    """Replace a lock file left held by a process that is gone (its forked children may
    keep the old file locked): later builds lock the new file. The new file already names
    this process, so that a second waiter does not break it again."""
    tmp = path.with_name(f".lock.{os.getpid()}.tmp")
    tmp.write_text(f"{os.getpid()}\n", encoding="ascii")
    os.replace(tmp, path)


def close_inherited_locks() -> None:
    """In a forked worker: drop the copies of the parent's lock descriptors."""
    for fd in list(HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    HELD_LOCKS.clear()
