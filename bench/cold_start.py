"""Cold start of the `qa` command: wall time of fresh processes, against an import floor.

What is measured: the wall time of a new process for
  - `qa ask QUESTION` (rich rendering) and `qa ask QUESTION --json`, on the bundled corpus,
  - `qa check CLAIM` (rich rendering), on the bundled corpus,
  - `qa --help`,
  - `python -c "import qa"`, what a script using the Python API pays before `qa.open`,
  - the floor `python -c "import typer, rich.console"`: the least any Typer+rich CLI pays.
How: the commands run round-robin, one of each per round, N rounds (default 15), so that the
noise of a busy machine falls on all of them alike; each figure is the median of its N runs and
each ratio is that median over the floor's median. Beside the wall time, the CPU time of each
process (user + system) is taken the same way: on a machine shared with other work, waiting for
a core inflates wall times at random, CPU times much less. The index is warmed by an untimed run
of every command first (below); a timed run whose stderr says the index was (re)built is counted
and flagged, because then it measured a build and not a start.

Bytecode: every command is run once untimed first, without PYTHONDONTWRITEBYTECODE, so that
the modules it loads have their `.pyc` (as `pip install` writes them, and any first run of a
checkout). With that variable set and no `__pycache__`, `qa` compiled its ~300 KB of source in
every timed run (40-60 ms at round 30) while typer and rich, which the floor loads, came from
their installed bytecode: a cost no user pays, measured against a floor that does not pay it.
`--as-is` warms in the environment as it is, to measure that case.

`--imports` adds `python -X importtime` for `qa ask`: import time per top-level package and
the slowest top-level imports.

`--reference QA` times another `qa` command (another version's, installed elsewhere) in the
same rounds, as "ref ask", "ref ask --json", "ref check", "ref --help" and "ref import qa" (by
the python beside that qa): the way to show that a change did not make starting slower.

    python bench/cold_start.py [-n 15] [--question "..."] [--claim "..."]
                               [--reference PATH/TO/qa] [--imports] [--as-is] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUESTION = "How many peacekeepers were killed in hostile acts?"
DEFAULT_CLAIM = "174 peacekeepers were killed in hostile acts."
FLOOR = "floor"
FLOOR_ARGV = [sys.executable, "-c", "import typer, rich.console"]
TARGETS = {"ask": 2.0, "ask --json": 1.6, "--help": 1.5}  # max ratio to the floor (issue 18)


def qa_command() -> list[str]:
    """The `qa` of this interpreter's environment, else this checkout's cli.py run by it."""
    script = Path(sys.executable).parent / "qa"
    return [str(script)] if script.is_file() else [sys.executable, str(ROOT / "cli.py")]


def commands(question: str, reference: str | None = None,
             claim: str = DEFAULT_CLAIM) -> dict[str, list[str]]:
    found = {}
    for prefix, qa in [("", qa_command())] + ([("ref ", [reference])] if reference else []):
        found.update({f"{prefix}ask": [*qa, "ask", question],
                      f"{prefix}ask --json": [*qa, "ask", question, "--json"],
                      f"{prefix}check": [*qa, "check", claim],
                      f"{prefix}--help": [*qa, "--help"],
                      f"{prefix}import qa": import_command(qa)})
    found[FLOOR] = FLOOR_ARGV
    return found


def import_command(qa: list[str]) -> list[str]:
    """`import qa` by the python of a `qa` command: the package it has installed (-I, so that
    the checkout in the working folder is not imported instead), or this checkout's."""
    python = Path(qa[0]).parent / "python"
    if qa[0] != sys.executable and python.is_file():
        return [str(python), "-I", "-c", "import qa"]
    return [sys.executable, "-c", "import qa"]


def run_once(argv: list[str], timeout: float | None = None,
             env: dict[str, str] | None = None) -> tuple[float, bool]:
    """Wall seconds of one run, and whether it (re)built the index instead of just starting."""
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=timeout, env=env)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr}")
    return seconds, "building the index" in done.stderr or "rebuilding" in done.stderr


def bytecode_env() -> dict[str, str]:
    """This environment without PYTHONDONTWRITEBYTECODE: a run in it writes the `.pyc` of
    what it imports, which the timed runs then read (the variable stops writing, not reading)."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def warm(cmds: dict[str, list[str]], as_is: bool) -> None:
    """One untimed run of every command: indexes missing or stale are built, and (unless
    `as_is`) the bytecode of every module a command loads is written."""
    for name, argv in cmds.items():
        if name != FLOOR:
            run_once(argv, env=None if as_is else bytecode_env())


def bytecode_note(as_is: bool) -> str:
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return "bytecode: written and read as usual"
    if as_is:
        return ("bytecode: PYTHONDONTWRITEBYTECODE is set and --as-is: modules without a .pyc "
                "were compiled from source in every run")
    return ("bytecode: PYTHONDONTWRITEBYTECODE is set; the warm-up ran without it, so every "
            "module had its .pyc")


def measure(cmds: dict[str, list[str]], runs: int
            ) -> tuple[dict[str, list[float]], dict[str, list[float]], int]:
    """Round-robin wall and CPU times per command, and how many runs rebuilt the index. CPU
    time (user + system, of the process and its children) is what the command itself cost:
    on a busy machine the wall time also counts waiting for a core."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    cpu: dict[str, list[float]] = {name: [] for name in cmds}
    rebuilds = 0
    for _ in range(runs):
        for name, argv in cmds.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            seconds, rebuilt = run_once(argv)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[name].append(seconds)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            rebuilds += rebuilt
    return times, cpu, rebuilds


def summarize(times: dict[str, list[float]], cpu: dict[str, list[float]]) -> dict[str, dict]:
    floor, cpu_floor = statistics.median(times[FLOOR]), statistics.median(cpu[FLOOR])
    rows = {}
    for name, values in times.items():
        median, cpu_median = statistics.median(values), statistics.median(cpu[name])
        target = TARGETS.get(name)
        rows[name] = {"median_ms": round(median * 1000, 1), "min_ms": round(min(values) * 1000, 1),
                      "ratio": round(median / floor, 2), "target": target,
                      "ok": None if target is None else median / floor <= target,
                      "cpu_ms": round(cpu_median * 1000, 1),
                      "cpu_ratio": round(cpu_median / cpu_floor, 2)}
    return rows


def versions() -> str:
    from importlib.metadata import version

    packages = ", ".join(f"{name} {version(name)}" for name in ("typer", "rich", "numpy", "nltk"))
    return f"Python {sys.version.split()[0]}, {packages}"


def print_table(rows: dict[str, dict], runs: int, rebuilds: int, note: str = "") -> None:
    print(f"cold start, median of {runs} interleaved runs ({sys.executable}; {versions()})")
    if note:
        print(note)
    print(f"{'command':<18}{'median ms':>10}{'min ms':>9}{'x floor':>9}{'cpu ms':>9}"
          f"{'x floor':>9}  target (wall)")
    for name, row in rows.items():
        verdict = "" if row["target"] is None else (
            f"<= {row['target']}x  {'ok' if row['ok'] else 'OVER'}")
        print(f"{name:<18}{row['median_ms']:>10.1f}{row['min_ms']:>9.1f}{row['ratio']:>9.2f}"
              f"{row['cpu_ms']:>9.1f}{row['cpu_ratio']:>9.2f}  {verdict}")
        reference = rows.get(f"ref {name}")
        if reference:
            print(f"{'':<18}{'= ' + format(row['median_ms'] / reference['median_ms'], '.2f'):>10}"
                  f"x the reference's{'':<9}"
                  f"{'= ' + format(row['cpu_ms'] / reference['cpu_ms'], '.2f'):>9}x")
    if rebuilds:
        print(f"warning: {rebuilds} timed run(s) rebuilt the index (the code or corpus changed "
              "during the run); rerun for clean figures")


def import_times(argv: list[str]) -> list[tuple[int, int, str]]:
    """(self us, cumulative us, indented module name) per line of `-X importtime`."""
    python, *rest = argv if argv[0] == sys.executable else [sys.executable, *argv]
    done = subprocess.run([python, "-X", "importtime", *rest], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            own, cumulative, name = line[len("import time:"):].split("|", 2)
            rows.append((int(own), int(cumulative), name.rstrip()))
    return rows


def print_imports(rows: list[tuple[int, int, str]], top: int = 12) -> None:
    per_package: dict[str, int] = {}
    for own, _, name in rows:
        package = name.strip().split(".")[0]
        per_package[package] = per_package.get(package, 0) + own
    total = sum(per_package.values())
    print(f"\nimports of `qa ask --json`: {total / 1000:.0f} ms in all; by top-level package:")
    for package, us in sorted(per_package.items(), key=lambda item: -item[1])[:top]:
        print(f"  {package:<24}{us / 1000:>7.1f} ms")
    print("slowest imports made by name at top level (cumulative):")
    outer = [(c, n.strip()) for _, c, n in rows if not n.startswith("  ", 1)]
    for cumulative, name in sorted(outer, reverse=True)[:top]:
        print(f"  {name:<24}{cumulative / 1000:>7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=15, help="rounds (default 15)")
    parser.add_argument("--question", default=DEFAULT_QUESTION)
    parser.add_argument("--claim", default=DEFAULT_CLAIM)
    parser.add_argument("--imports", action="store_true", help="show -X importtime for qa ask")
    parser.add_argument("--json", dest="json_", action="store_true", help="print JSON")
    parser.add_argument("--reference", metavar="QA", help="another qa command to time alongside")
    parser.add_argument("--as-is", dest="as_is", action="store_true",
                        help="warm up in this environment as it is (PYTHONDONTWRITEBYTECODE kept)")
    args = parser.parse_args()
    cmds = commands(args.question, args.reference, args.claim)
    warm(cmds, args.as_is)
    times, cpu, rebuilds = measure(cmds, args.runs)
    rows = summarize(times, cpu)
    note = bytecode_note(args.as_is)
    if args.json_:
        print(json.dumps({"runs": args.runs, "rebuilds": rebuilds, "versions": versions(),
                          "bytecode": note, "commands": rows}))
    else:
        print_table(rows, args.runs, rebuilds, note)
    if args.imports:
        print_imports(import_times(cmds["ask --json"]))


if __name__ == "__main__":
    main()
