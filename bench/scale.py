"""`qa` at scale: build, disk, load and query costs on a synthetic corpus, beside rank-bm25.

The corpus (deterministic for a given N, --files and --seed): N paragraphs of 40-150 words,
blank-line separated, one title line per file, spread over F `.txt` files (default N/200).
Words follow a Zipf-Mandelbrot law over a vocabulary whose head is the words of the bundled
reports, ranked by their frequency there, and whose tail is made-up words, sized by Heaps' law
(about 40 * sqrt(tokens) distinct words), so that common words are stopwords, content words
repeat realistically and most of the vocabulary is rare. Queries are 2-6 content words (seed
words of rank 20-3000 and a few tail words) that all occur in the corpus, so that a query never
needs the stemmer that the index does not ship.

Measured, all in one run:
  - `qa index --corpus DIR --index IDX` from scratch: wall time; peak RSS of its largest process
    (`/usr/bin/time -v`, else getrusage of a fresh child) and of all its processes together
    (sampled every 0.1 s: the build may fork workers); the index's size on disk;
  - cold `qa ask --corpus DIR --index IDX QUESTION`: median wall time of a few runs, interleaved
    with the floor `python -c "import typer, rich.console"` (the ratio is to that floor);
  - in a fresh child process: `qa.index.open.open_index` time and RSS growth (again after all
    the queries, since a memory-mapped index grows as it is touched), the latency of ranking
    (`Query.parse` then `qa.search.rank.rank(index, query, 10)`: expansion and re-scoring
    included; wall and CPU time) and of its BM25 core `Index.search(terms, 10)`, p50/p95 over
    the query set;
  - in the same child, a warm question as `qa ask --batch --json` answers each line: `ask`
    (ranking, answer sentence, results) and the JSON line, p50/p95 over the query set;
  - in the same child, rank-bm25 on the very same passages and tokens (`Analyzer().terms`):
    tokenizing time, `BM25Okapi` build time and RSS growth, and per-query `get_scores` time,
    timed alternately with `Index.search` and with the warm question on the same terms over a
    subset of the queries, with the largest score difference between the two (0: both
    computed the same BM25Okapi).

    python bench/scale.py N [--files F] [--queries Q] [--skip-rank-bm25] [--workdir DIR]
                            [--reuse-index] [--timeout S] [--max-build-mb MB] [--snapshot]
                            [--json]

`--reuse-index` keeps the index a run left in --workdir (no build figures): for changes to
the query path only, measured again and again without a build of several minutes.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cold_start import FLOOR_ARGV, qa_command, run_once  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAMP = ".bench-corpus.json"  # hidden: qa skips dot files
ZIPF_EXPONENT, ZIPF_SHIFT = 1.0, 2.7
HEAPS_K = 40
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
TIME_BIN = Path("/usr/bin/time")


# ---------------------------------------------------------------- the synthetic corpus

def seed_folder() -> Path:
    checkout = ROOT / "seeds"
    if checkout.is_dir():
        return checkout
    from qa.documents.files import bundled_corpus

    return bundled_corpus()


def seed_words() -> list[str]:
    """Each distinct token of the bundled reports (as qa splits them), commonest first."""
    from qa.text.analyze import split_words

    counts: Counter[str] = Counter()
    for path in sorted(seed_folder().glob("*.txt")):
        counts.update(split_words(path.read_text(encoding="utf-8")))
    return [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def made_up_words(count: int, taken: set[str], rng: np.random.Generator) -> list[str]:
    """`count` distinct pronounceable words of 2-4 syllables that are not real (seed) words."""
    words: dict[str, None] = {}
    while len(words) < count:
        lengths = rng.integers(2, 5, size=count)
        picks = rng.integers(0, len(SYLLABLES), size=(count, 4))
        for n, row in zip(lengths, picks):
            word = "".join(SYLLABLES[i] for i in row[:n])
            if word not in taken:
                words[word] = None
    return list(words)[:count]


def vocabulary(n_paragraphs: int, rng: np.random.Generator) -> tuple[list[str], int]:
    """The ranked vocabulary (seed words, then made-up ones) and how many are seed words."""
    seeds = seed_words()
    expected_tokens = n_paragraphs * 95
    tail = max(int(HEAPS_K * expected_tokens ** 0.5) - len(seeds), 1000)
    return seeds + made_up_words(tail, set(seeds), rng), len(seeds)


def zipf_cdf(size: int) -> np.ndarray:
    weights = 1.0 / (np.arange(size) + ZIPF_SHIFT) ** ZIPF_EXPONENT
    cdf = np.cumsum(weights)
    return cdf / cdf[-1]


def paragraph(tokens: list[str], rng: np.random.Generator) -> str:
    """Sentences of 8-25 words, capitalized and ending with a full stop."""
    sentences, start = [], 0
    while start < len(tokens):
        end = min(start + int(rng.integers(8, 26)), len(tokens))
        words = tokens[start:end]
        sentences.append(" ".join([words[0].capitalize(), *words[1:]]) + ".")
        start = end
    return " ".join(sentences)


def write_file(path: Path, title: str, n: int, words: np.ndarray, cdf: np.ndarray,
               rng: np.random.Generator) -> np.ndarray:
    """One document of `n` paragraphs; returns the word ids it used."""
    lengths = rng.integers(40, 151, size=n)
    ids = np.searchsorted(cdf, rng.random(int(lengths.sum())), side="right")
    tokens = words[ids].tolist()
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    paragraphs = [paragraph(tokens[a:b], rng) for a, b in zip(bounds[:-1], bounds[1:])]
    path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return ids


def write_corpus(folder: Path, n: int, files: int, seed: int) -> dict:
    """Write the corpus; return its statistics and query set (also stored in the stamp file)."""
    rng = np.random.default_rng(seed)
    vocab, n_seed = vocabulary(n, rng)
    words, cdf = np.array(vocab, dtype=object), zipf_cdf(len(vocab))
    used = np.zeros(len(vocab), dtype=np.int64)
    for number, part in enumerate(np.array_split(np.arange(n), files)):
        ids = write_file(folder / f"doc_{number:05d}.txt", f"Synthetic report {number}",
                         len(part), words, cdf, rng)
        used += np.bincount(ids, minlength=len(vocab))
    return {"paragraphs": n, "files": files, "seed": seed, "words": int(used.sum()),
            "distinct_words": int((used > 0).sum()), "vocabulary": len(vocab),
            "query_pool": query_pool(vocab, n_seed, used)}


def query_pool(vocab: list[str], n_seed: int, used: np.ndarray) -> dict[str, list[str]]:
    """Content words that occur in the corpus: seed words of rank 20-3000 and rare tail words."""
    from qa.text.analyze import load_stopwords

    stop = load_stopwords()
    ok = [i for i in np.flatnonzero(used) if vocab[i].isalpha() and vocab[i] not in stop]
    return {"common": [vocab[i] for i in ok if 20 <= i < min(3000, n_seed)][:2000],
            "rare": [vocab[i] for i in ok if i >= n_seed][-2000:]}


def make_queries(pool: dict[str, list[str]], count: int, seed: int) -> list[str]:
    rng = np.random.default_rng(seed + 1)
    frames = ("how many {}?", "what {}?", "when did {}?", "{}", "which {}?")
    queries = []
    for _ in range(count):
        words = [pool["common"][i] for i in rng.integers(0, len(pool["common"]),
                                                          size=int(rng.integers(2, 6)))]
        if pool["rare"] and rng.random() < 0.3:
            words.append(pool["rare"][int(rng.integers(0, len(pool["rare"])))])
        queries.append(frames[int(rng.integers(0, len(frames)))].format(" ".join(words)))
    return queries


def ensure_corpus(folder: Path, n: int, files: int, seed: int) -> tuple[dict, float]:
    """Reuse a corpus generated with the same parameters, else (re)write it; (stats, seconds)."""
    stamp = folder / STAMP
    if stamp.is_file():
        stats = json.loads(stamp.read_text())
        if (stats["paragraphs"], stats["files"], stats["seed"]) == (n, files, seed):
            return stats, 0.0
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    stats = write_corpus(folder, n, files, seed)
    stamp.write_text(json.dumps(stats))
    return stats, time.perf_counter() - started


# ---------------------------------------------------------------- measurements of `qa`

def run_with_peak(argv: list[str], timeout: float | None,
                  max_mb: float | None = None) -> tuple[float, float, float, str]:
    """(wall s, peak RSS MB of the largest process, sampled peak RSS MB of the whole process
    tree, stdout) of one command; the first from /usr/bin/time -v, else getrusage."""
    with tempfile.TemporaryDirectory(prefix="qa-run-") as scratch:
        report, out, err = (Path(scratch) / name for name in ("rss", "out", "err"))
        if TIME_BIN.is_file():
            wrapped = [str(TIME_BIN), "-v", "-o", str(report), *argv]
        else:
            wrapped = [sys.executable, "-c", RUSAGE_CHILD, str(report), *argv]
        started = time.perf_counter()
        with open(out, "w") as stdout, open(err, "w") as stderr:
            process = subprocess.Popen(wrapped, stdout=stdout, stderr=stderr, text=True,
                                       start_new_session=True)
            tree_peak = sample_tree_peak(process, timeout, max_mb)
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} exited {process.returncode}:\n{err.read_text()}")
        return seconds, peak_kb(report.read_text()) / 1024, tree_peak, out.read_text()


def sample_tree_peak(process: subprocess.Popen, timeout: float | None,
                     max_mb: float | None) -> float:
    """Poll the summed RSS of `process` and its descendants every 0.1 s until it exits;
    kill its process group past `timeout` seconds or `max_mb` megabytes."""
    started, peak = time.monotonic(), 0.0
    while process.poll() is None:
        peak = max(peak, sum(map(rss_of_mb, process_tree(process.pid))))
        elapsed = time.monotonic() - started
        if elapsed > (timeout or float("inf")) or peak > (max_mb or float("inf")):
            os.killpg(process.pid, 9)
            process.wait()
            raise SystemExit(f"stopped `qa index` after {elapsed:.0f} s at {peak:.0f} MB "
                             f"(limits: {timeout} s, {max_mb} MB)")
        time.sleep(0.1)
    return peak


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as fh:
                parent = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry))
    tree, stack = [], [root]
    while stack:
        tree.append(stack.pop())
        stack.extend(children.get(tree[-1], []))
    return tree


def rss_of_mb(pid: int | str = "self") -> float:
    """Resident memory of a process now (not its peak); 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


RUSAGE_CHILD = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[2:]).returncode; "
                "open(sys.argv[1], 'w').write(str(resource.getrusage("
                "resource.RUSAGE_CHILDREN).ru_maxrss)); sys.exit(code)")


def peak_kb(report: str) -> float:
    for line in report.splitlines():
        if "Maximum resident set size" in line:
            return float(line.rsplit(":", 1)[1])
    return float(report.strip() or "nan")


def build_index(corpus: Path, index: Path, timeout: float | None,
                max_mb: float | None) -> dict:
    shutil.rmtree(index, ignore_errors=True)
    argv = [*qa_command(), "index", "--json", "--corpus", str(corpus), "--index", str(index)]
    seconds, peak_mb, tree_peak_mb, stdout = run_with_peak(argv, timeout, max_mb)
    report = json.loads(stdout)
    return {"build_s": seconds, "build_peak_mb": peak_mb, "build_tree_peak_mb": tree_peak_mb,
            "passages": report["passages"],
            "disk_mb": folder_bytes(index) / 2**20}


def reuse_index(index: Path) -> dict:
    """Keep the index as it is, marked as built by the code measured (`qa` would otherwise
    rebuild it, since its freshness check fingerprints the indexing code)."""
    from qa.index import store
    from qa.index.fingerprint import code_fingerprint

    meta_file = store.live_generation(index) / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["builder"] = code_fingerprint()
    temporary = meta_file.with_suffix(".tmp")
    temporary.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    temporary.replace(meta_file)
    return {"build_s": None, "build_peak_mb": None, "build_tree_peak_mb": None,
            "passages": len(store.load(index).passages), "disk_mb": folder_bytes(index) / 2**20}


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def cold_asks(corpus: Path, index: Path, question: str, runs: int,
              timeout: float | None) -> dict:
    """Median wall time of `qa ask` on this corpus, interleaved with the import floor and with
    the same question asked of the bundled reports (the small-corpus reference)."""
    ask = [*qa_command(), "ask", "--corpus", str(corpus), "--index", str(index), question]
    bundled = [*qa_command(), "ask", question]
    run_once(bundled, timeout)  # make sure the bundled index exists before timing it
    asks, floors, smalls, rebuilds = [], [], [], 0
    for _ in range(runs):
        seconds, rebuilt = run_once(ask, timeout)
        asks.append(seconds)
        rebuilds += rebuilt
        floors.append(run_once(FLOOR_ARGV, timeout)[0])
        smalls.append(run_once(bundled, timeout)[0])
    ask_s, floor_s = statistics.median(asks), statistics.median(floors)
    small_s = statistics.median(smalls)
    return {"cold_ask_s": ask_s, "floor_s": floor_s, "cold_ask_x_floor": ask_s / floor_s,
            "cold_bundled_s": small_s, "cold_ask_x_bundled": ask_s / small_s,
            "cold_ask_rebuilds": rebuilds}


def in_child(corpus: Path, index: Path, queries: list[str], subset: int, skip: bool,
             timeout: float | None) -> dict:
    """Run `measure_in_process` in a fresh interpreter so that its RSS figures are its own."""
    job = {"corpus": str(corpus), "index": str(index), "queries": queries, "subset": subset,
           "skip": skip}
    done = subprocess.run([sys.executable, __file__, "--in-process", json.dumps(job)],
                          stdout=subprocess.PIPE, text=True, timeout=timeout)
    if done.returncode != 0:
        raise SystemExit(f"in-process measurement failed ({done.returncode})")
    return json.loads(done.stdout)


# ---------------------------------------------------------------- in the child process

def rss_mb() -> float:
    """This process's resident memory now (not its peak), after a collection."""
    gc.collect()
    return rss_of_mb()


def anon_rss_mb() -> float:
    """The part of this process's resident memory that is not file-backed (mapped files are
    page cache the kernel can drop)."""
    with open("/proc/self/status") as fh:
        kb = next(line.split()[1] for line in fh if line.startswith("RssAnon:"))
    return int(kb) / 1024


def percentile(seconds: list[float], q: float) -> float:
    """The q-th percentile, in milliseconds."""
    return float(np.percentile(np.asarray(seconds), q)) * 1000


def measure_in_process(job: dict) -> dict:
    from qa.index.open import open_index

    before, anon_before = rss_mb(), anon_rss_mb()
    started = time.perf_counter()
    index = open_index(Path(job["corpus"]), Path(job["index"]),
                       lambda message: print(message, file=sys.stderr))
    figures = {"load_s": time.perf_counter() - started, "load_rss_mb": rss_mb() - before,
               "terms": term_count(index), "code": str(Path(sys.modules["qa"].__file__).parent)}
    figures.update(query_latencies(index, job["queries"]))
    # a mapped index grows as queries touch it: count the file-backed part apart
    figures.update(queried_rss_mb=rss_mb() - before, queried_anon_mb=anon_rss_mb() - anon_before)
    if not job["skip"]:
        figures.update(against_rank_bm25(index, job["queries"][:job["subset"]]))
    return figures


def term_count(index) -> int:
    """Vocabulary size, whichever way this version of `Index` holds it."""
    terms = getattr(index, "terms", None)
    return len(terms if terms is not None else index.term_ids)


def query_latencies(index, queries: list[str]) -> dict:
    """p50/p95 of `rank` (the entry point: BM25, expansion, re-scoring) and of its BM25 core
    `Index.search` on already analyzed terms."""
    from qa.search.query import Query
    from qa.search.rank import rank

    def rank_question(question: str):  # the question parsed and expanded, as `ask` does
        return rank(index, Query.parse(index, question), 10)

    rank_question(queries[0])  # untimed: first-call costs are not per-query costs
    # CPU time beside the wall time: on a shared machine the wall time of the same code
    # moves by 1.5-2x with the other processes' load, its CPU time far less
    ranks, rank_cpus = zip(*(timed_cpu(rank_question, q) for q in queries))
    cores = [timed(index.search, query_terms(index, q), 10) for q in queries]
    asks = [timed(warm_question, index, q) for q in queries]
    return {"rank_p50_ms": percentile(ranks, 50), "rank_p95_ms": percentile(ranks, 95),
            "rank_cpu_p50_ms": percentile(rank_cpus, 50),
            "rank_cpu_p95_ms": percentile(rank_cpus, 95),
            "core_p50_ms": percentile(cores, 50), "core_p95_ms": percentile(cores, 95),
            "ask_p50_ms": percentile(asks, 50), "ask_p95_ms": percentile(asks, 95)}


def warm_question(index, question: str) -> str:
    """One line of `qa ask --batch --json`: the answer (5 passages) and its JSON."""
    from qa.encode import dumps
    from qa.search.ask import ask

    return dumps(ask(index, question, 5))


def query_terms(index, question: str) -> list[str]:
    """The terms of the question's words, before expansion."""
    from qa.search.query import Query

    return [term for _, term in Query.parse(index, question).words]


def timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def timed_cpu(function, *args) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    function(*args)
    return time.perf_counter() - started, time.process_time() - cpu


def against_rank_bm25(index, queries: list[str]) -> dict:
    from qa.text.analyze import Analyzer
    from rank_bm25 import BM25Okapi

    started = time.perf_counter()
    analyzer = Analyzer()
    memo = getattr(index.passages, "memo", None)  # a big index's passages read so far
    kept = dict(memo) if memo is not None else None
    tokens = [analyzer.terms(p.text) for p in index.passages]
    tokenize_s = time.perf_counter() - started
    if kept is not None:
        # reading every passage here cycled the memo (cleared each time it fills), leaving
        # the corpus's last passages in it: the alternated questions below, asked in the
        # block already, would decompress each candidate again, which no `qa ask --batch`
        # does between two questions (only rank-bm25 needs every passage)
        memo.clear()
        memo.update(kept)
    before = rss_mb()
    started = time.perf_counter()
    bm25 = BM25Okapi(tokens)
    figures = {"bm25_tokenize_s": tokenize_s, "bm25_build_s": time.perf_counter() - started,
               "bm25_rss_mb": rss_mb() - before}
    figures.update(interleaved_queries(index, bm25, queries))
    return figures


def interleaved_queries(index, bm25, queries: list[str]) -> dict:
    """`Index.search` and `get_scores` alternately on the same terms, and how far their
    scores differ (0 means qa computes BM25Okapi exactly)."""
    ours, theirs, asks, diff = [], [], [], 0.0
    for question in queries:
        terms = query_terms(index, question)
        ours.append(timed(index.search, terms, 10))
        theirs.append(timed(bm25.get_scores, terms))
        asks.append(timed(warm_question, index, question))
        diff = max(diff, float(np.abs(index.bm25_scores(terms) - bm25.get_scores(terms)).max()))
    qa_ms, bm25_ms = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    return {"subset": len(queries), "subset_core_ms": qa_ms, "bm25_query_ms": bm25_ms,
            "subset_ask_ms": statistics.median(asks) * 1000, "max_score_diff": diff}


# ---------------------------------------------------------------- report

def print_table(f: dict) -> None:
    print(f"corpus: {f['paragraphs']:,} paragraphs in {f['files']:,} files, "
          f"{f['words'] / 1e6:.2f}M words, {f['corpus_mb']:.1f} MB, "
          f"{f['distinct_words']:,} distinct words "
          + (f"(generated in {f['generate_s']:.1f} s)" if f["generate_s"] else "(reused)"))
    print(f"qa ({f['code']}): {f['passages']:,} passages, {f['terms']:,} terms; "
          f"index {f['disk_mb']:.1f} MB on disk")
    print(f"{'':<40}{'qa':>10}{'rank-bm25':>11}{'qa/bm25':>9}")
    for label, ours, theirs, fmt in table_rows(f):
        print(f"{label:<40}{cell(ours, fmt):>10}{cell(theirs, fmt):>11}"
              f"{cell(ours / theirs if ours and theirs else None, '{:.3g}x'):>9}")
    print_notes(f)


def table_rows(f: dict) -> list[tuple]:
    bm25_build = f["bm25_tokenize_s"] + f["bm25_build_s"] if "bm25_build_s" in f else None
    rows = [("build, end to end (s)", f["build_s"], bm25_build, "{:.2f}"),
            ("build peak RSS, largest process (MB)", f["build_peak_mb"], None, "{:.0f}"),
            ("build peak RSS, all processes (MB)", f["build_tree_peak_mb"], None, "{:.0f}"),
            ("load (s)", f["load_s"], None, "{:.2f}"),
            ("in memory: RSS growth (MB)", f["load_rss_mb"], f.get("bm25_rss_mb"), "{:.0f}"),
            ("  after all queries, all (MB)", f["queried_rss_mb"], None, "{:.0f}"),
            ("  after all queries, anonymous (MB)", f["queried_anon_mb"], None, "{:.0f}"),
            ("rank() p50 (ms)", f["rank_p50_ms"], None, "{:.2f}"),
            ("rank() p95 (ms)", f["rank_p95_ms"], None, "{:.2f}"),
            ("rank() CPU p50 (ms)", f["rank_cpu_p50_ms"], None, "{:.2f}"),
            ("rank() CPU p95 (ms)", f["rank_cpu_p95_ms"], None, "{:.2f}"),
            ("BM25 core p50 (ms)", f["core_p50_ms"], None, "{:.2f}"),
            ("BM25 core p95 (ms)", f["core_p95_ms"], None, "{:.2f}")]
    rows.insert(-2, ("warm question (ask + JSON) p50 (ms)", f["ask_p50_ms"], None, "{:.2f}"))
    rows.insert(-2, ("warm question (ask + JSON) p95 (ms)", f["ask_p95_ms"], None, "{:.2f}"))
    if "subset_core_ms" in f:
        rows.append((f"BM25 alternated, median of {f['subset']} (ms)", f["subset_core_ms"],
                     f["bm25_query_ms"], "{:.2f}"))
        rows.append((f"warm question alternated, median of {f['subset']}", f["subset_ask_ms"],
                     f["bm25_query_ms"], "{:.2f}"))
    return rows


def cell(value, fmt: str) -> str:
    return "-" if value is None else fmt.format(value)


def print_notes(f: dict) -> None:
    print(f"cold `qa ask` median {f['cold_ask_s'] * 1000:.0f} ms = {f['cold_ask_x_floor']:.2f}x "
          f"the import floor ({f['floor_s'] * 1000:.0f} ms) = {f['cold_ask_x_bundled']:.2f}x "
          f"a cold `qa ask` on the bundled reports ({f['cold_bundled_s'] * 1000:.0f} ms)"
          + (f"; WARNING: {f['cold_ask_rebuilds']} run(s) rebuilt" if f["cold_ask_rebuilds"]
             else ""))
    if "max_score_diff" in f:
        print(f"rank-bm25 build = tokenize {f['bm25_tokenize_s']:.2f} s + BM25Okapi "
              f"{f['bm25_build_s']:.2f} s; BM25 core = Index.search vs get_scores, same terms")
        print(f"scores: largest |qa - rank-bm25| difference {f['max_score_diff']:.1e} "
              f"over {f['subset']} queries")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="paragraphs in the corpus")
    parser.add_argument("--files", type=int, help="files (default N/200)")
    parser.add_argument("--queries", type=int, default=200, help="query set size (default 200)")
    parser.add_argument("--subset", type=int, default=50,
                        help="queries timed against rank-bm25 (default 50)")
    parser.add_argument("--skip-rank-bm25", action="store_true")
    parser.add_argument("--cold-runs", type=int, default=5, help="cold `qa ask` runs (default 5)")
    parser.add_argument("--workdir", type=Path, help="keep corpus and index here (reused)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--timeout", type=float, help="seconds allowed to each child process")
    parser.add_argument("--max-build-mb", type=float,
                        help="stop `qa index` if its processes together exceed this RSS")
    parser.add_argument("--reuse-index", action="store_true",
                        help="keep the index a run left in --workdir (no build figures), "
                             "relabelled as built by this code: only for changes that leave "
                             "the index format and the analysis alone")
    parser.add_argument("--snapshot", action="store_true",
                        help="measure a copy of the code taken at the start (others may edit)")
    parser.add_argument("--json", dest="json_", action="store_true", help="print JSON")
    return parser.parse_args()


def freeze_code(dest: Path) -> None:
    """Copy this checkout's code to `dest` and run every `qa` (and import `qa`) from there, so
    that edits made to the working tree during a long run neither mix two versions of the code
    nor make the index stale (its freshness check fingerprints the indexing code)."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(ROOT / "qa", dest / "qa", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("cli.py", "pyproject.toml"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "seeds", dest / "seeds")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(dest), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(dest))


def run(args: argparse.Namespace, workdir: Path) -> dict:
    if args.snapshot:
        freeze_code(workdir / "code")
    corpus, index = workdir / "corpus", workdir / "index"
    stats, generate_s = ensure_corpus(corpus, args.n, args.files or max(1, args.n // 200),
                                      args.seed)
    queries = make_queries(stats.pop("query_pool"), args.queries, args.seed)
    figures = dict(stats, generate_s=generate_s, corpus_mb=folder_bytes(corpus) / 2**20)
    if args.reuse_index and (index / "CURRENT").is_file():
        figures.update(reuse_index(index))
    else:
        figures.update(build_index(corpus, index, args.timeout, args.max_build_mb))
    figures.update(cold_asks(corpus, index, queries[0], args.cold_runs, args.timeout))
    figures.update(in_child(corpus, index, queries, args.subset, args.skip_rank_bm25,
                            args.timeout))
    return figures


def main() -> None:
    if sys.argv[1:2] == ["--in-process"]:
        print(json.dumps(measure_in_process(json.loads(sys.argv[2]))))
        return
    args = parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="qa-scale-"))
    try:
        figures = run(args, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.json_:
        print(json.dumps({k: round(v, 6) if isinstance(v, float) else v
                          for k, v in figures.items()}))
    else:
        print_table(figures)


if __name__ == "__main__":
    main()
