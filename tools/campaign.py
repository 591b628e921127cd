"""Run every `qa` command over real corpora with all their questions and claims, and count
internal errors.

    python tools/campaign.py [--out DIR]

For each corpus (the bundled reports, Cranfield, CLIMATE-FEVER from ../shared/eval) it builds
the index with `qa index`, lists `qa sources`, runs `qa ask` and `qa check` in batch mode over
every question and claim that corpus has (its own and the other corpora's, as odd input), in
JSON and in human form, `qa ask --explain`, `qa show` on every cited passage of a sample, `qa
eval` on the gold questions, and `qa check --document` on a draft made of the claims. An
internal error is: a traceback on stderr, an exit code outside the documented ones (0, 1, 2),
or a JSON batch whose output is not exactly one JSON object per input line. Prints one line per
run and a total; exits 1 if anything failed.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DOCUMENTED_CODES = {0, 1, 2}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def corpora() -> dict[str, tuple[Path, list[str], list[str], Path | None]]:
    """name -> (folder, questions, claims, gold questions file for qa eval)."""
    seeds_questions = [r["question"] for r in read_jsonl(EVAL / "dev_questions.jsonl")]
    for gold in sorted((ROOT / "bench" / "gold").glob("*questions*.jsonl")):
        seeds_questions += [r["question"] for r in read_jsonl(gold)]
    seeds_claims = [r["claim"] for r in read_jsonl(EVAL / "dev_claims.jsonl")]
    for gold in sorted((ROOT / "bench" / "gold").glob("*claims*.jsonl")):
        seeds_claims += [r["claim"] for r in read_jsonl(gold)]
    cranfield = [r["query"] for r in read_jsonl(EVAL / "cranfield" / "dev_queries.jsonl")]
    climate = [r["claim"] for r in read_jsonl(EVAL / "climate-fever" / "dev_claims.jsonl")]
    return {
        "seeds": (ROOT / "seeds", seeds_questions, seeds_claims, EVAL / "dev_questions.jsonl"),
        "cranfield": (EVAL / "cranfield" / "corpus", cranfield + seeds_questions,
                      cranfield[:40] + seeds_claims[:40], None),
        "climate-fever": (EVAL / "climate-fever" / "corpus", climate + seeds_questions[:40],
                          climate + seeds_claims[:40], None),
    }


class Campaign:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.runs = 0
        self.failures: list[str] = []
        self.inputs = 0

    def qa(self, label: str, *args: str, lines: int | None = None, stdin: str | None = None
           ) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        done = subprocess.run(["qa", *args], input=stdin, capture_output=True, text=True)
        problems = []
        if "Traceback" in done.stderr:
            problems.append("traceback")
        if done.returncode not in DOCUMENTED_CODES:
            problems.append(f"exit {done.returncode}")
        if lines is not None:
            outputs = done.stdout.splitlines()
            if len(outputs) != lines:
                problems.append(f"{len(outputs)} output lines for {lines} inputs")
            try:
                errors = sum(1 for line in outputs if "error" in json.loads(line))
            except json.JSONDecodeError:
                problems.append("output that is not JSON Lines")
                errors = 0
            if errors:
                label += f" ({errors} lines answered with an error object)"
        self.runs += 1
        status = ", ".join(problems) or "ok"
        print(f"{status:>10}  exit {done.returncode}  {time.perf_counter() - started:6.1f} s  "
              f"{label}", flush=True)
        if problems:
            self.failures.append(f"{label}: {status}: {done.stderr.strip()[-300:]}")
        return done

    def batch(self, name: str, verb: str, items: list[str], common: list[str]) -> None:
        batch_file = self.work / f"{name}-{verb}.txt"
        # one input per line: a line break inside an input would make it two
        batch_file.write_text("".join(" ".join(item.split()) + "\n" for item in items),
                              encoding="utf-8")
        self.inputs += 2 * len(items)
        self.qa(f"{name}: {verb} --batch --json, {len(items)} lines", verb, "--batch",
                str(batch_file), "--json", *common, lines=len(items))
        self.qa(f"{name}: {verb} --batch (human), {len(items)} lines", verb, "--batch",
                str(batch_file), *common)

    def corpus(self, name: str, folder: Path, questions: list[str], claims: list[str],
               gold: Path | None) -> None:
        index = self.work / f"{name}-index"
        common = ["--corpus", str(folder), "--index", str(index), "-q"]
        self.qa(f"{name}: index --rebuild", "index", "--rebuild", *common)
        self.qa(f"{name}: index (up to date)", "index", *common)
        self.qa(f"{name}: sources --json --verbose", "sources", "--json", "--verbose", *common)
        self.batch(name, "ask", questions, common)
        self.batch(name, "check", claims, common)
        for question in questions[:15]:
            self.inputs += 1
            done = self.qa(f"{name}: ask --explain -k 3 {question[:40]!r}", "ask", question,
                           "--explain", "-k", "3", "--json", *common)
            if done.returncode == 0:
                for hit in json.loads(done.stdout)["results"]:
                    self.qa(f"{name}: show {hit['source']} {hit['paragraph']}", "show",
                            hit["source"], str(hit["paragraph"]), *common)
        if gold is not None:
            self.qa(f"{name}: eval {gold.name}", "eval", str(gold), *common)
        draft = self.work / f"{name}-draft.md"
        draft.write_text("# A draft\n\n" + " ".join(claims[:60]) + "\n\nIs this a question?\n",
                         encoding="utf-8")
        self.inputs += 1
        self.qa(f"{name}: check --document (JSON Lines)", "check", "--document", str(draft),
                "--json", *common)
        self.qa(f"{name}: check --document --html", "check", "--document", str(draft),
                "--html", str(self.work / f"{name}-report.html"), *common)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="keep batch files and indexes here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = options.out or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        campaign = Campaign(work)
        for name, (folder, questions, claims, gold) in corpora().items():
            campaign.corpus(name, folder, questions, claims, gold)
    print(f"{campaign.runs} runs, {campaign.inputs} inputs, "
          f"{len(campaign.failures)} internal errors")
    for failure in campaign.failures:
        print("FAILED", failure)
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
