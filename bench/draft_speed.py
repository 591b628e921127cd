"""How long `qa check --document` takes on a 3,000-word draft against the bundled reports.

The draft is the fixture draft (tests/fixtures/drafts/draft.md) followed by sentences of the
bundled reports, every other one with a figure changed so that the sources contradict it, in
paragraphs of five under a heading every three paragraphs, until it has 3,000 words. The index
is built before timing. Figures are medians of interleaved runs:

- `document`: `qa check --document DRAFT --json` in a fresh process, end to end;
- `batch`: the same checkable sentences through `qa check --batch - --json` (the reference:
  one claim after another, nothing shared);
- in-process: `check_draft` with the engine's parse cache and with every parse made anew.

    python bench/draft_speed.py [-n RUNS] [--words N] [--keep DRAFT.md]
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURE = ROOT / "tests" / "fixtures" / "drafts" / "draft.md"
QA = [sys.executable, "-c", "from cli import app; app(prog_name='qa')"]


def corpus_sentences(index) -> list[str]:
    from qa.text.sentences import split_sentences

    found = []
    for passage in index.passages:
        if passage.kind != "body":
            continue
        found += [passage.text[s:e] for s, e in split_sentences(passage.text)
                  if 12 <= len(passage.text[s:e].split()) <= 45]
    return found


def changed(sentence: str) -> str:
    """The sentence with its first figure changed (the sources now contradict it)."""
    return re.sub(r"\b\d+\b", lambda m: str(int(m.group()) + 3), sentence, count=1)


def make_draft(index, words: int) -> str:
    text = FIXTURE.read_text(encoding="utf-8")
    pool = corpus_sentences(index)
    step = max(1, len(pool) // 200)
    chosen, count = [], len(text.split())
    for n, sentence in enumerate(pool[::step]):
        if count >= words:
            break
        chosen.append(changed(sentence) if n % 2 else sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(chosen[i:i + 5]) for i in range(0, len(chosen), 5)]
    for n, paragraph in enumerate(paragraphs):
        if n % 3 == 0:
            text += f"\n## Part {n // 3 + 1}\n"
        text += "\n" + paragraph + "\n"
    return text


def run(argv: list[str], stdin: bytes | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one `qa` process."""
    before, started = children_cpu(), time.perf_counter()
    done = subprocess.run([*QA, *argv], input=stdin, capture_output=True, cwd=ROOT)
    seconds, cpu = time.perf_counter() - started, children_cpu() - before
    if done.returncode not in (0, 1):
        sys.exit(f"qa {' '.join(argv)} failed: {done.stderr.decode()[-300:]}")
    return seconds, cpu


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def in_process(index, path: Path, share: bool) -> tuple[float, float]:
    """check_draft with the engine's parse cache, or with every parse made anew (the cache
    emptied, and the uncached parser put in its place for this run only)."""
    from qa.claims import check as engine, checkable as decide, facts, review
    from qa.claims.draft import read_draft

    draft = read_draft(str(path), path.read_bytes())
    facts.parse.cache_clear()
    parser = facts.parse if share else facts.parse_text
    saved = engine.parse, decide.parse
    engine.parse = decide.parse = parser
    try:
        started, cpu = time.perf_counter(), time.process_time()
        review.check_draft(index, draft)
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        engine.parse, decide.parse = saved


def checkable(index, path: Path) -> list[str]:
    from qa.claims.checkable import skip_reason
    from qa.claims.draft import read_draft

    draft = read_draft(str(path), path.read_bytes())
    return [s.sentence for s, b in draft.sentences
            if skip_reason(s.sentence, draft.blocks[b], index) is None]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=5, help="runs of each (median)")
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="also write the draft here")
    options = parser.parse_args()
    from qa.documents.files import bundled_corpus
    from qa.index.location import default_index_dir
    from qa.index.open import open_index

    corpus = bundled_corpus()
    index = open_index(corpus, default_index_dir(corpus), lambda message: None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_text(make_draft(index, options.words), encoding="utf-8")
        if options.keep:
            options.keep.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        claims = checkable(index, path)
        print(f"draft: {len(path.read_text(encoding='utf-8').split())} words, "
              f"{len(claims)} checkable sentences; {os.cpu_count()} cores, "
              f"load {os.getloadavg()[0]:.1f}")
        batch = ("\n".join(claims) + "\n").encode()
        times: dict[str, list[tuple[float, float]]] = {
            k: [] for k in ("document", "batch", "shared", "unshared")}
        for _ in range(options.n):  # interleaved, so that load changes hit all alike
            times["document"].append(run(["check", "--document", str(path), "--json", "-q"]))
            times["batch"].append(run(["check", "--batch", "-", "--json", "-q"], batch))
            times["shared"].append(in_process(index, path, share=True))
            times["unshared"].append(in_process(index, path, share=False))
    wall = {k: statistics.median(t for t, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    print("medians: wall-clock s (CPU s); the CPU time is what an idle core would take")
    print(f"qa check --document (process, end to end): {wall['document']:.2f} "
          f"({cpu['document']:.2f}); runs {', '.join(f'{t:.1f}' for t, _ in times['document'])}")
    print(f"qa check --batch, same sentences (reference): {wall['batch']:.2f} "
          f"({cpu['batch']:.2f}) -> document / batch: wall {wall['document'] / wall['batch']:.2f}"
          f", CPU {cpu['document'] / cpu['batch']:.2f}")
    print(f"in process: check_draft {wall['shared']:.2f} ({cpu['shared']:.2f}), without shared "
          f"parses {wall['unshared']:.2f} ({cpu['unshared']:.2f}) -> CPU ratio "
          f"{cpu['shared'] / cpu['unshared']:.2f}")
    print(f"per checked sentence: {1000 * cpu['shared'] / len(claims):.0f} ms CPU")

if __name__ == "__main__":
    main()
