"""Record what `qa` prints for a fixed set of commands over the development sets, so that two
versions can be compared with `diff` (a restructuring must not change a byte of it).

    python tools/record_run.py OUT.txt [--eval-dir ../shared/eval]

Every command runs as the installed `qa` (or `$QA_CMD`) with a scratch index folder; each
record is the command, its exit code, its stdout and its stderr with timings blanked.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

TIMING_RE = re.compile(r"\b\d+(?:\.\d+)? ?(?:s|ms)\b|\"seconds\": [0-9.e-]+|/tmp/[\w./-]+")


def commands(ev: Path, scratch: Path) -> list[list[str]]:
    dev_q, dev_c = ev / "dev_questions.jsonl", ev / "dev_claims.jsonl"
    questions = scratch / "questions.txt"
    claims = scratch / "claims.txt"
    import json

    questions.write_text("".join(json.loads(l)["question"] + "\n"
                                 for l in dev_q.read_text().splitlines() if l.strip()))
    claims.write_text("".join(json.loads(l)["claim"] + "\n"
                              for l in dev_c.read_text().splitlines() if l.strip()))
    cran, cf = ev / "cranfield", ev / "climate-fever"
    cran_q, cf_c = scratch / "cran.txt", scratch / "cf.txt"
    cran_q.write_text("".join(json.loads(l)["query"] + "\n"
                              for l in (cran / "dev_queries.jsonl").read_text().splitlines()))
    cf_c.write_text("".join(json.loads(l)["claim"] + "\n"
                            for l in (cf / "dev_claims.jsonl").read_text().splitlines()))
    first = questions.read_text().splitlines()[:3]
    runs = [["--help"], ["--version"]]
    runs += [[c, "--help"] for c in ("ask", "check", "show", "sources", "index", "eval")]
    runs += [["index", "--json"], ["sources"], ["sources", "--json"],
             ["show", "000_ba95725e52efe437.txt", "3"], ["show", "001_e9dd40cb497179a9.txt"],
             ["show", "002_e5416fac81e0f1bd.txt", "--json"],
             ["ask", "--batch", str(questions), "--json", "-k", "10"],
             ["ask", "--batch", str(questions)],
             ["ask", "--batch", str(questions), "--json", "--explain"],
             ["check", "--batch", str(claims), "--json"],
             ["check", "--batch", str(claims)],
             ["eval", str(dev_q), "--json", "-v"], ["eval", str(dev_q), "-v"]]
    runs += [["ask", q] for q in first] + [["ask", q, "--explain"] for q in first]
    runs += [["ask", first[0], "--source", "00[12]*", "--json"],
             ["ask", 'Why were "road convoys" attacked?', "--json"]]
    runs += [["ask", ""], ["ask", "the of and"], ["ask", "q", "-k", "0"], ["ask", "q", "-k", "x"],
             ["show", "nope.txt"], ["show", "000_ba95725e52efe437.txt", "999"],
             ["check", ""], ["ask"], ["eval", str(scratch / "missing.jsonl")],
             ["ask", "q", "--corpus", str(scratch / "missing")]]
    runs += [["ask", "--batch", str(cran_q), "--json", "-k", "10", "--corpus", str(cran / "corpus")],
             ["check", "--batch", str(cf_c), "--json", "--corpus", str(cf / "corpus")]]
    return runs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--eval-dir", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    args = parser.parse_args()
    qa = shlex.split(os.environ.get("QA_CMD", "qa"))
    with tempfile.TemporaryDirectory() as tmp, args.out.open("w", encoding="utf-8") as out:
        scratch = Path(tmp)
        env = dict(os.environ, NO_COLOR="1", COLUMNS="100", XDG_CACHE_HOME=str(scratch / "cache"),
                   QA_INDEX=str(scratch / "index"))
        env.pop("QA_CORPUS", None)
        for argv in commands(args.eval_dir.resolve(), scratch):
            if "--corpus" in argv:
                run_env = dict(env)
                run_env.pop("QA_INDEX")
            else:
                run_env = env
            done = subprocess.run(qa + argv, capture_output=True, env=run_env)
            shown = [a.replace(str(scratch), "SCRATCH") for a in argv]
            out.write(f"$ qa {shlex.join(shown)}\nexit {done.returncode}\n")
            out.write(TIMING_RE.sub("T", done.stdout.decode("utf-8", "replace")))
            err = done.stderr.decode("utf-8", "replace").replace(str(scratch), "SCRATCH")
            out.write("--- stderr\n" + TIMING_RE.sub("T", err) + "\n")
            print(f"exit {done.returncode}: qa {shlex.join(shown)[:80]}", file=sys.stderr)


if __name__ == "__main__":
    main()
