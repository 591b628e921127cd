"""Indexing pathological documents: time and peak memory against a plain file of the same size.

Each case is one file of about --mb megabytes (default 1) written into a folder of its own and
indexed from scratch by `qa index --corpus DIR --index IDX` in a fresh process; the reference
is ordinary prose of the same size in a `.txt` file, indexed the same way, in the same run,
its rounds interleaved with the cases'. Printed per case: median wall seconds, peak RSS of the
process (getrusage of the child: the build of one file forks no workers), the ratios of both
to the reference's, the passages made, and peak RSS as a multiple of the file's size.

The huge single-line case (--huge-mb, default 25; 0 skips it) is a text file of one line of
prose with no newline at all, measured against prose of the same size in ordinary lines.

    python bench/pathological.py [--mb 1] [--huge-mb 25] [--rounds 3] [--only NAME ...]
                                 [--timeout 600] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("the mission convoy patrol reached Gao Kidal after armed groups attacked road bridge "
         "engineers rebuilt camp troops civilians protection mandate council report water "
         "supply helicopters flew casualties hospital within hours during rainy season").split()


def prose(size: int, seed: int = 7, line_words: int = 12, paragraph_lines: int = 6) -> str:
    """Sentences of common words, wrapped in lines, in blank-line separated paragraphs."""
    rng, out, length, lines = random.Random(seed), [], 0, 0
    while length < size:
        words = [rng.choice(WORDS) for _ in range(line_words)]
        line = " ".join(words).capitalize() + "."
        lines += 1
        line += "\n\n" if lines % paragraph_lines == 0 else "\n"
        out.append(line)
        length += len(line)
    return "".join(out)[:size]


def repeat(unit: str, size: int, head: str = "", tail: str = " The convoy reached Gao.") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


# name -> (file name, text of about `size` characters)
CASES = {
    "plain prose (reference)": ("plain.txt", lambda n: prose(n)),
    "html <b><i> never closed": ("a.html", lambda n: repeat("<b><i>", n)),
    "html <b>x on one line": ("a.html", lambda n: repeat("<b>x", n)),
    "html <a  never ended": ("a.html", lambda n: repeat("<a ", n)),
    "html <!-- never closed": ("a.html", lambda n: repeat("<!-- x > ", n)),
    "html <![CDATA[ never closed": ("a.html", lambda n: repeat("<![CDATA[ x > ", n)),
    "html 100k nested divs": ("a.html", lambda n: repeat("<div>", n // 2) + repeat("</div>", n // 2)),
    "html <li> under 300 <b>": ("a.html", lambda n: repeat("<li>x</li>", n, "<ul><li>" + "<b>" * 300)),
    "html one table row": ("a.html", lambda n: repeat("<td>x", n, "<table><tr>")),
    "md *a emphasis": ("a.md", lambda n: repeat("*a ", n)),
    "md ** runs": ("a.md", lambda n: repeat("**", n)),
    "md [ brackets": ("a.md", lambda n: repeat("[", n)),
    "md [a]( links": ("a.md", lambda n: repeat("[a](", n)),
    "md > quotes 1 line": ("a.md", lambda n: repeat(">", n)),
    "md nested list": ("a.md", lambda n: "".join("  " * i + f"- item {i}\n" for i in range(
        int((n / 2) ** 0.5)))),
    "txt [ brackets": ("a.txt", lambda n: repeat("[", n)),
    "txt <b  tags": ("a.txt", lambda n: repeat("<b ", n)),
    "txt one word": ("a.txt", lambda n: "a" * n),
    "txt mixed scripts": ("a.txt", lambda n: repeat("Отчёт 车队在加奥 ภาษาไทย مرحبا 🚀 é. ", n)),
}


def measure(name: str, text: str, workdir: Path, timeout: float) -> dict:
    """Index a folder holding `text` as `name` in a fresh `qa` process: wall s, peak RSS MB."""
    folder, index = workdir / "corpus", workdir / "index"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(index, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    command = [shutil.which("qa") or "qa", "index", "--json", "-q", "--corpus", str(folder),
               "--index", str(index)]
    env = dict(os.environ, XDG_CACHE_HOME=str(workdir / "cache"))
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return {"seconds": None, "peak_mb": None, "passages": None, "error": "timeout"}
    seconds = time.perf_counter() - start
    peak = _peak_of_children()
    report = json.loads(out) if process.returncode == 0 else {}
    return {"seconds": seconds, "peak_mb": peak, "passages": report.get("passages"),
            "error": None if process.returncode == 0 else err.decode(errors="replace")[-200:]}


def _peak_of_children() -> float:
    """Peak RSS in MiB of the largest child reaped so far (RUSAGE_CHILDREN only grows): each
    measurement therefore runs in a fresh helper process of its own."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def measure_in_helper(name: str, text_file: Path, workdir: Path, timeout: float) -> dict:
    """`measure` run inside a fresh Python process, so that RUSAGE_CHILDREN is that build's."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
            "import pathological as p; "
            "print(json.dumps(p.measure(sys.argv[2], Path(sys.argv[3]).read_text('utf-8'), "
            "Path(sys.argv[4]), float(sys.argv[5]))))")
    done = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), name,
                           str(text_file), str(workdir), str(timeout)],
                          capture_output=True, text=True, timeout=timeout + 60)
    return json.loads(done.stdout)


def run(cases: dict, rounds: int, timeout: float, workdir: Path) -> dict:
    """Median seconds and peak RSS per case over `rounds` rounds, cases interleaved."""
    texts = {}
    for label, (name, text) in cases.items():
        path = workdir / f"text-{len(texts)}"
        path.write_text(text, encoding="utf-8")
        texts[label] = (name, path, len(text.encode("utf-8")))
    runs: dict[str, list[dict]] = {label: [] for label in cases}
    for _ in range(rounds):
        for label, (name, path, _size) in texts.items():
            if runs[label] and runs[label][-1]["error"] == "timeout":
                continue  # once is enough to know
            runs[label].append(measure_in_helper(name, path, workdir / "run", timeout))
    results = {}
    for label, found in runs.items():
        good = [r for r in found if r["seconds"] is not None]
        results[label] = {
            "bytes": texts[label][2],
            "seconds": statistics.median(r["seconds"] for r in good) if good else None,
            "peak_mb": max(r["peak_mb"] for r in good) if good else None,
            "passages": good[0]["passages"] if good else None,
            "error": next((r["error"] for r in found if r["error"]), None)}
    return results


def report(results: dict, reference: str) -> list[str]:
    ref = results[reference]
    lines = [f"{'case':32} {'MB':>6} {'s':>7} {'x ref':>6} {'peak MiB':>8} {'x ref':>6} "
             f"{'x size':>6} {'passages':>8}"]
    for label, r in results.items():
        if r["seconds"] is None:
            lines.append(f"{label:32} {r['bytes'] / 1e6:6.2f}  {r['error'] or 'failed'}")
            continue
        lines.append(f"{label:32} {r['bytes'] / 1e6:6.2f} {r['seconds']:7.2f} "
                     f"{r['seconds'] / ref['seconds']:6.2f} {r['peak_mb']:8.0f} "
                     f"{r['peak_mb'] / ref['peak_mb']:6.2f} "
                     f"{r['peak_mb'] * 2**20 / r['bytes']:6.1f} "
                     f"{r['passages'] if r['passages'] is not None else '-':>8}")
        if r["error"]:
            lines.append(f"    error: {r['error']}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--huge-mb", type=float, default=25.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=None, help="substrings of case names")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    size = int(args.mb * 1e6)
    chosen = {label: (name, make(size)) for label, (name, make) in CASES.items()
              if args.only is None or label == "plain prose (reference)"
              or any(part in label for part in args.only)}
    workdir = Path(tempfile.mkdtemp(prefix="qa-pathological-"))
    try:
        results = run(chosen, args.rounds, args.timeout, workdir)
        output = {"small": results}
        lines = [f"Cases of {args.mb:g} MB, median of {args.rounds} (peak RSS: the largest):"]
        lines += report(results, "plain prose (reference)")
        if args.huge_mb:
            huge = int(args.huge_mb * 1e6)
            big = {"prose in lines (reference)": ("lines.txt", prose(huge)),
                   "one line, no newline": ("line.txt", prose(huge).replace("\n", " "))}
            results = run(big, 1, args.timeout, workdir)
            output["huge"] = results
            lines += ["", f"A text file of {args.huge_mb:g} MB, one round:"]
            lines += report(results, "prose in lines (reference)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(output, indent=1) if args.json else "\n".join(lines))


if __name__ == "__main__":
    main()
