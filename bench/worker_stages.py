"""CPU of one build worker's job per file, stage by stage, for the code of a given checkout.

    python bench/worker_stages.py CHECKOUT CORPUS [--warm DIR] [--nwarm 200] [--rounds 1]

CHECKOUT is a folder holding a `qa` package (this worktree, /work/main, a copy of an old
commit): it is put first on sys.path, so two checkouts are compared by running this once for
each, alternated, on the same files. A worker is first warmed on `--nwarm` files of `--warm`
(its stem cache and term numbering, as after the first files of a build: a cold worker meets
every word anew), then each file of CORPUS is read and analysed as a worker does it
(`read_source`, then the steps of `analyze_document` timed one by one) with the codec trained
on CORPUS's first file. Prints the CPU (process time) a file of each stage and in all; the
stages sum to one worker's job but for pickling the result. The stage functions are the
ones both checkouts have since round 23 (`passage_words`, `number_words`).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--warm", type=Path, help="files to warm the worker on (default: none)")
    parser.add_argument("--nwarm", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1, help="passes over CORPUS (min kept)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    from qa.documents.files import SourceFile
    from qa.documents.load import read_source
    from qa.index import build
    from qa.index.tables import PassageCodec, passage_line
    from qa.text.acronyms import mine_acronyms

    def source(path: Path) -> SourceFile:
        stat = path.stat()
        return SourceFile(path.name, path, stat.st_size, stat.st_mtime_ns)

    files = [source(p) for p in sorted(args.corpus.iterdir()) if p.is_file()]
    codec = PassageCodec.trained_on(read_source(files[0])[0].passages)
    job = build.AnalyzeInWorker(read_source, codec)
    if args.warm:
        for path in sorted(args.warm.iterdir())[:args.nwarm]:
            job(source(path))
    if job.numbering is None:
        job.numbering = build.TermNumbering(1)
    analyzer, numbering = job.analyzer, job.numbering
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent: dict[str, float] = {}

        def tick(stage: str, start: float) -> float:
            now = time.process_time()
            spent[stage] = spent.get(stage, 0.0) + now - start
            return now

        for item in files:
            at = time.process_time()
            document, _ = read_source(item)
            at = tick("read", at)
            passages = document.passages
            acronyms = mine_acronyms(p.text for p in passages)
            analyzer.terms(" ".join({f"{p.section} {p.title}" for p in passages}))
            analyzer.terms(" ".join(f"{k} {v}" for k, v in acronyms.items()))
            at = tick("acronyms+headings", at)
            split = [build.passage_words(p.text) for p in passages]
            at = tick("sentences+words", at)
            build.number_words(split, analyzer, numbering)
            at = tick("numbering", at)
            lines = [passage_line(p) for p in passages]
            at = tick("json", at)
            [codec.compress(line) for line in lines]
            at = tick("compress", at)
            numbering.new_terms()
            analyzer.remember_learned()
            tick("rest", at)
        spent["total"] = sum(spent.values())
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    print(" ".join(f"{k} {v / len(files) * 1000:.1f}" for k, v in best.items()),
          "ms a file;", len(files), "files")


if __name__ == "__main__":
    main()
