"""Claim verdicts of one checkout, set by set, and what changed between two checkouts.

`score.py check` prints a summary line per set; to know whether a change helped, one needs the
verdicts themselves: which claims it gained, which it lost, which stayed wrong. This runs
`qa check --batch --json` of a checkout (its own code, through PYTHONPATH, and its own index
cache) on claim sets and keeps one row per claim; `diff` lists the claims whose verdict
changed, `summary` prints per set what `score.py` prints, plus the calibration the issue asks
for (share right among verdicts with confidence >= 0.8), and `totals` the same pooled over the
unread bundled-report sets, over the read ones and over the unread real-world sets (an unread
set is never shown alone), with the verdicts given per gold label. A
claim whose line failed is kept as the `not_found` the CLI gives it, with its error; one where
the checker raised (the CLI's "internal error") is counted as FAILED by every command, so a
crash cannot pass for an abstention. A line `check` refuses by design (a question) keeps its
error but is no failure.

    python bench/verdicts.py run OUT [--checkout DIR] [SET ...]
    python bench/verdicts.py diff BEFORE AFTER
    python bench/verdicts.py summary DIR [DIR ...]
    python bench/verdicts.py totals DIR [DIR ...]

SET is a claims JSONL file; by default the bundled dev claims, every `bench/gold` claim set,
CLIMATE-FEVER dev (found in `../shared` beside the checkout) and every set of
`bench/gold/climate-fever/`; a set in a folder named `climate-fever` is checked against the
CLIMATE-FEVER corpus and named `cf_dev` (the dev claims) or `cf_<stem>`. Rows are written to
OUT/<set name>.jsonl. `diff` prints the claims whose verdict changed, except for the sets named
in `bench/gold/UNREAD` (one set name a line): those are kept to measure a round before and
after without anyone reading them, so only their counts are printed.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SHARED = BENCH.parent.parent / "shared"
CLIMATE_FEVER = SHARED / "eval" / "climate-fever"
# The gold label "unsupported" is what `qa` calls "not_found".
VERDICT_OF_LABEL = {"supported": "supported", "contradicted": "contradicted",
                    "unsupported": "not_found"}


def default_sets() -> list[Path]:
    # the held-out sets and the pooled fresh claims (`fresh_claims_N`; not the question files)
    gold = sorted([*BENCH.glob("gold/heldout_claims*.jsonl"),
                   *BENCH.glob("gold/fresh_claims*.jsonl")], key=set_order)
    real_world = sorted(BENCH.glob("gold/climate-fever/*.jsonl"), key=set_order)
    return [SHARED / "eval" / "dev_claims.jsonl", *gold, CLIMATE_FEVER / "dev_claims.jsonl",
            *real_world]


def set_name(path: Path) -> str:
    """The set's name in a run: its file's stem; a set in a `climate-fever` folder (checked
    against that corpus) is `cf_dev` for the dev claims and `cf_<stem>` for one of ours."""
    if path.parent.name != "climate-fever":
        return path.stem
    return "cf_dev" if path.stem == "dev_claims" else f"cf_{path.stem}"


def crashed(row: dict) -> bool:
    """The line raised in the checker: `qa check --batch` writes the exception as this line's
    error (cli.answer_line) and goes on."""
    return (row.get("error") or "").startswith("internal error")


def run(out: Path, checkout: Path, sets: list[Path]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(checkout),
               XDG_CACHE_HOME=str(checkout / ".cache"))
    for path in sets:
        claims = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        extra = (["--corpus", str(CLIMATE_FEVER / "corpus")]
                 if path.parent.name == "climate-fever" else [])
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                         encoding="utf-8") as fh:
            fh.write("\n".join(c["claim"] for c in claims) + "\n")
        try:
            proc = subprocess.run([sys.executable, "-m", "cli", "check", "--batch", fh.name,
                                   "--json", *extra], cwd=checkout, env=env,
                                  capture_output=True, text=True)
        finally:
            os.unlink(fh.name)
        rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
        if proc.returncode not in (0, 1) or len(rows) != len(claims):
            sys.exit(f"{path}: exit {proc.returncode}, {len(rows)} rows for {len(claims)} "
                     f"claims\n{proc.stderr[-1500:]}")
        with (out / f"{set_name(path)}.jsonl").open("w", encoding="utf-8") as fh:
            for claim, row in zip(claims, rows):
                kept = {"id": claim["id"], "claim": claim["claim"], "label": claim["label"],
                        "verdict": row["verdict"], "confidence": row["confidence"]}
                if row.get("unverified"):  # what a verdict left unstated, for tracing
                    kept["unverified"] = row["unverified"]
                if row.get("error"):  # a line that failed is `not_found` with an error
                    kept["error"] = row["error"]
                fh.write(json.dumps(kept) + "\n")
        failed = sum(map(crashed, rows))
        # a bug that raises on some claims would otherwise pass for abstentions
        print(f"{set_name(path)}: {len(rows)} verdicts"
              + (f", {failed} FAILED (raised, counted as not_found)" if failed else ""),
              file=sys.stderr)


def set_order(path: Path) -> tuple:
    """heldout_claims_9 before heldout_claims_10."""
    stem, _, number = path.stem.rpartition("_")
    return (stem, int(number)) if number.isdigit() else (path.stem, 0)


def load(folder: Path) -> dict[str, list[dict]]:
    return {p.stem: [json.loads(line) for line in p.open(encoding="utf-8")]
            for p in sorted(folder.glob("*.jsonl"), key=set_order)}


def right(row: dict) -> bool:
    return VERDICT_OF_LABEL[row["label"]] == row["verdict"]


def figures(rows: list[dict]) -> str:
    def precision(verdict: str) -> str:
        given = [r for r in rows if r["verdict"] == verdict]
        share = sum(map(right, given)) / len(given) if given else 0.0
        return f"{share:.3f}/{len(given)}"
    sure = [r for r in rows if r["confidence"] >= 0.8]
    failed = sum(map(crashed, rows))
    wrong_contradictions = sum(r["label"] == "supported" and r["verdict"] == "contradicted"
                               for r in rows)
    accuracy = sum(map(right, rows)) / len(rows)
    return (f"acc {accuracy:.3f}  sup {precision('supported')}  "
            f"con {precision('contradicted')}  s>c {wrong_contradictions}  "
            f">=0.8 {sum(map(right, sure))}/{len(sure)}"
            + (f"  FAILED {failed}" if failed else ""))


def summary(folders: list[Path]) -> None:
    loaded = [load(f) for f in folders]
    for name in loaded[0]:
        for folder, sets in zip(folders, loaded):
            if name in sets:
                print(f"{name:22} {folder.name:14} {figures(sets[name])}")


def confusion(rows: list[dict]) -> str:
    """Verdicts given (supported / not_found / contradicted) for each gold label."""
    order = ("supported", "not_found", "contradicted")
    return "  ".join(
        f"{label} " + "/".join(str(sum(r["label"] == label and r["verdict"] == v
                                           for r in rows)) for v in order)
        for label in VERDICT_OF_LABEL)


def totals(folders: list[Path]) -> None:
    """The bundled-report claim sets pooled, unread ones apart from read ones (the round's
    blind measure and its working data), and the unread real-world sets pooled, over the sets
    every folder holds; the other sets (the dev claims, each read real-world set) one by one.
    An unread set is never shown alone: its own figures would tell which verdicts moved."""
    loaded = [load(f) for f in folders]
    shared = set.intersection(*(set(sets) for sets in loaded))
    unread = unread_sets()
    bundled = {n for n in shared if n.startswith("heldout_claims")}
    groups = {"unread": sorted(bundled & unread), "read": sorted(bundled - unread),
              "unread_real_world": sorted((shared - bundled) & unread),
              **{n: [n] for n in sorted(shared - bundled - unread)}}
    for group, names in groups.items():
        if not names:
            continue
        for folder, sets in zip(folders, loaded):
            rows = [row for name in names for row in sets[name]]
            print(f"{group:22} {folder.name:14} n {len(rows):5}  {figures(rows)}  "
                  f"{confusion(rows)}")


def unread_sets() -> set[str]:
    listed = BENCH / "gold" / "UNREAD"
    return set(listed.read_text(encoding="utf-8").split()) if listed.exists() else set()


def diff(before: Path, after: Path) -> None:
    old, new = load(before), load(after)
    unread = unread_sets()
    counts = {"GAIN": 0, "LOSS": 0, "wrong->wrong": 0}
    failed = sum(crashed(r) for rows in new.values() for r in rows)
    for name, rows in new.items():
        was = {r["id"]: r for r in old.get(name, [])}
        unread_counts = dict.fromkeys(counts, 0)
        for row in rows:
            prior = was.get(row["id"])
            if prior is None or prior["verdict"] == row["verdict"]:
                continue
            kind = ("GAIN" if right(row) else "LOSS" if right(prior) else "wrong->wrong")
            counts[kind] += 1
            if name in unread:
                unread_counts[kind] += 1
            else:
                print(f"{kind:12} {name:20} {row['id']:10} {row['label']:12} "
                      f"{prior['verdict']} -> {row['verdict']}  {row['claim'][:90]}")
        if name in unread and any(unread_counts.values()):
            print(f"{'(unread)':12} {name:20} "
                  + "  ".join(f"{k} {v}" for k, v in unread_counts.items()))
    print("  ".join(f"{k} {v}" for k, v in counts.items())
          + (f"  FAILED {failed} (lines that raised in AFTER: see `summary`)" if failed else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    run_parser = verbs.add_parser("run")
    run_parser.add_argument("out", type=Path)
    run_parser.add_argument("sets", type=Path, nargs="*")
    run_parser.add_argument("--checkout", type=Path, default=BENCH.parent)
    diff_parser = verbs.add_parser("diff")
    diff_parser.add_argument("before", type=Path)
    diff_parser.add_argument("after", type=Path)
    summary_parser = verbs.add_parser("summary")
    summary_parser.add_argument("folders", type=Path, nargs="+")
    totals_parser = verbs.add_parser("totals")
    totals_parser.add_argument("folders", type=Path, nargs="+")
    # Sets may follow `--checkout DIR` too, which argparse's subcommands leave over.
    args, rest = parser.parse_known_args()
    if rest and args.verb != "run":
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.verb == "run":
        sets = [p.resolve() for p in [*args.sets, *map(Path, rest)]]
        run(args.out.resolve(), args.checkout.resolve(), sets or default_sets())
    elif args.verb == "diff":
        diff(args.before, args.after)
    elif args.verb == "totals":
        totals(args.folders)
    else:
        summary(args.folders)


if __name__ == "__main__":
    main()
