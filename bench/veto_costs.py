"""What each support veto of `qa.claims.vetoes` costs and what it is worth, one veto at a time.

A veto turns a sentence's supporting stance to related (`vetoes.holds`, walked by
`check.align` stage by stage). Each was added against some wrong supports; this measures, on
the read claim sets, what switching one off alone would do: how many true claims it keeps
from `supported` (its cost) and how many false ones (its worth: a wrong `supported` avoided).

It runs in one process per worker, the checker imported from the checkout on `sys.path`
(run it with PYTHONPATH set to the checkout). First every claim a baseline run left unsupported
is checked with each veto wrapped so that the claims it fires on are recorded (a veto fires
only when the ones before it in its stage did not, so a claim it never fired on cannot change
when it is switched off). Then, veto by veto, those claims are checked again with that veto
taken out of its stage (the stage tuple rebound in `qa.claims.check`, where `align` reads it);
no other code changes, and the checker's own modules are not touched.

    PYTHONPATH=CHECKOUT python bench/veto_costs.py BASELINE OUT [--sets NAME ...] [--jobs N]

BASELINE is a `verdicts.py run` folder (its rows give each claim's label and the verdict
with every veto on); the sets named in `bench/gold/UNREAD` are skipped. OUT gets `fired.jsonl`
(claim id, set, vetoes fired), `changed.jsonl` (each claim a veto's absence changes) and
`table.txt` (per veto: claims fired on, then per domain, bundled and real-world, the true
claims made supported without it (cost) and the false ones, unsupported + contradicted
(worth)).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
CF_CORPUS = BENCH.parent.parent / "shared" / "eval" / "climate-fever" / "corpus"
CF_CORPUS = CF_CORPUS if CF_CORPUS.is_dir() else Path("/work/shared/eval/climate-fever/corpus")

_corpora: dict = {}
_fired: set = set()


def stages() -> dict[str, tuple]:
    """The support stages `check` imported from `vetoes`, by name (the dropper stages, which
    turn a contradiction to related, are left alone)."""
    from qa.claims import check
    names = ("PREDICATE_UNSTATED", "PARTS_UNSAID", "DEED_NOT_TOLD_DONE", "DENIED_OR_LEFT_OUT",
             "DEED_PARTS_UNSAID", "SETTING_UNSAID", "SET_AGAINST", "EXPECTED_ONLY",
             "UNSAID_AFTER_REVERSALS", "JUDGEMENT_UNSAID", "MEASURE_UNSAID",
             "SUBJECT_OR_NEGATION_UNSAID", "ROLE_OR_GRADE_ELSEWHERE")
    return {name: getattr(check, name) for name in names}


def corpus(real_world: bool):
    import qa
    key = bool(real_world)
    if key not in _corpora:
        _corpora[key] = qa.open(CF_CORPUS) if key else qa.open()
    return _corpora[key]


def recording(veto):
    def wrapped(pair):
        held = veto(pair)
        if held:
            _fired.add(veto.__name__)
        return held
    wrapped.__name__ = veto.__name__
    return wrapped


def trace(rows: list[dict]) -> list[dict]:
    """Each row's claim checked with every support veto recording when it fires."""
    from qa.claims import check
    for name, stage in stages().items():
        setattr(check, name, tuple(recording(v) for v in stage))
    out = []
    for row in rows:
        _fired.clear()
        verdict = corpus(row["set"].startswith("cf_")).check(row["claim"]).verdict.value
        out.append({**row, "now": verdict, "fired": sorted(_fired)})
    return out


def without(job: tuple[str, list[dict]]) -> list[dict]:
    """Each row's claim checked with the veto `name` out of its stage."""
    name, rows = job
    from qa.claims import check
    original = stages()
    for stage_name, stage in original.items():
        setattr(check, stage_name, tuple(v for v in stage if v.__name__ != name))
    try:
        return [{**row, "veto": name,
                 "off": corpus(row["set"].startswith("cf_")).check(row["claim"]).verdict.value}
                for row in rows]
    finally:
        for stage_name, stage in original.items():
            setattr(check, stage_name, stage)


def baseline_rows(baseline: Path, names: list[str] | None) -> list[dict]:
    unread = set((BENCH / "gold" / "UNREAD").read_text().split())
    rows = []
    for path in sorted(baseline.glob("*.jsonl")):
        name = path.stem
        if name in unread or (names and name not in names):
            continue
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            if r["verdict"] != "supported" and not r.get("error"):
                rows.append({"set": name, "id": r["id"], "claim": r["claim"],
                             "label": r["label"], "verdict": r["verdict"]})
    return rows


def chunks(rows: list, n: int) -> list[list]:
    return [rows[i::n] for i in range(n)] if rows else []


def table(fired: list[dict], changed: list[dict]) -> str:
    count = defaultdict(int)
    for row in fired:
        for name in row["fired"]:
            count[name] += 1
    cells = defaultdict(lambda: [0] * 6)  # bundled true, unsup, contra; real-world the same
    for row in changed:
        if row["off"] != "supported":
            continue
        col = {"supported": 0, "unsupported": 1, "contradicted": 2}[row["label"]]
        cells[row["veto"]][col + (3 if row["set"].startswith("cf_") else 0)] += 1
    lines = [f"{'veto':28} {'fired':>6}  bundled cost/worth(u+c)   real-world cost/worth(u+c)"]
    for name in sorted(count, key=lambda n: (-sum(cells[n]), -count[n])):
        c = cells[name]
        lines.append(f"{name:28} {count[name]:6}  {c[0]:5} / {c[1] + c[2]:3} ({c[1]}+{c[2]})"
                     f"         {c[3]:5} / {c[4] + c[5]:3} ({c[4]}+{c[5]})")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = baseline_rows(args.baseline, args.sets)
    print(f"{len(rows)} unsupported claims to trace", file=sys.stderr)
    with ProcessPoolExecutor(args.jobs) as pool:
        fired = [r for part in pool.map(trace, chunks(rows, args.jobs)) for r in part]
        with (args.out / "fired.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in fired)
        moved = [r for r in fired if r["now"] != r["verdict"]]
        if moved:  # the checkout is not the baseline's code: say so, measure anyway
            print(f"{len(moved)} claims differ from the baseline", file=sys.stderr)
        by_veto = defaultdict(list)
        for r in fired:
            for name in r["fired"]:
                by_veto[name].append(r)
        jobs = [(name, part) for name, rs in by_veto.items() for part in chunks(rs, 4)]
        print(f"{sum(len(p) for _, p in jobs)} checks with one veto off", file=sys.stderr)
        changed = [r for part in pool.map(without, jobs) for r in part
                   if r["off"] != r["now"]]
    with (args.out / "changed.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in changed)
    text = table(fired, changed)
    (args.out / "table.txt").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
