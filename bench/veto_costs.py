"""What each support veto of `qa.claims.vetoes` costs and what it is worth, one veto at a time.

A veto turns a sentence's supporting stance to related (`vetoes.holds`, walked by
`check.align` stage by stage). Each was added against some wrong supports; this measures, on
the read claim sets, what switching one off alone would do: how many true claims it keeps
from `supported` (its cost) and how many false ones (its worth: a wrong `supported` avoided).

It runs in one process per worker, the checker imported from the checkout on `sys.path`
(run it with PYTHONPATH set to the checkout). The inline readings `align` calls between the
stages (`INLINE`) are switched off the same way, by rebinding their name in `check`. First
every claim a baseline run left unsupported
is checked with each veto wrapped so that the claims it fires on are recorded (a veto fires
only when the ones before it in its stage did not, so a claim it never fired on cannot change
when it is switched off). Then, veto by veto, those claims are checked again with that veto
taken out of its stage (the stage tuple rebound in `qa.claims.check`, where `align` reads it);
no other code changes, and the checker's own modules are not touched.

    PYTHONPATH=CHECKOUT python bench/veto_costs.py BASELINE OUT [--sets NAME ...] [--jobs N]
        [--which stages|inline|all]

BASELINE is a `verdicts.py run` folder (its rows give each claim's label and the verdict
with every veto on); the sets named in `bench/gold/UNREAD` are skipped. OUT gets `fired.jsonl`
(claim id, set, vetoes fired), `changed.jsonl` (each claim a veto's absence changes) and
`table.txt` (per veto: claims fired on, then per domain, bundled and real-world, the true
claims made supported without it (cost), the false ones, unsupported + contradicted (worth),
and right verdicts otherwise lost). A claim the baseline supports is not checked: taking a
veto away can only add supports.
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
# the readings `align` calls inline between the stages, each a function of `check`'s namespace
# whose truthy answer keeps support away (another actor in the claim's place, a role taken,
# an alternative set aside, another kind or occasion ...); some also turn the pair into a
# contradiction (`judged_with`), so switching one off removes that too. Switched off, it
# answers None everywhere `check` calls it.
INLINE = ("another_named", "swapped_names", "kin_swapped", "owner_swapped", "contrast_swapped",
          "another_actor", "another_in_role", "denied_party", "agent_replaced", "roles_swapped",
          "mirrored", "sole_held_other", "role_taken", "passive_agent_replaced",
          "compound_agent_replaced", "unstated_alternative", "crossed_clauses",
          "antonyms_denied", "lent_reversal", "another_occasion", "kin_in_place",
          "another_kind", "one_option", "named_otherwise", "another_antecedent")


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
    def wrapped(*args, **kwargs):
        held = veto(*args, **kwargs)
        if held:
            _fired.add(veto.__name__)
        return held
    wrapped.__name__ = veto.__name__
    return wrapped


def trace(job: tuple[str, list[dict]]) -> list[dict]:
    """Each row's claim checked with every support veto (of the stages, the inline readings or
    both: `which`) recording when it fires."""
    which, rows = job
    from qa.claims import check
    if which in ("stages", "all"):
        for name, stage in stages().items():
            setattr(check, name, tuple(recording(v) for v in stage))
    if which in ("inline", "all"):
        for name in INLINE:
            setattr(check, name, recording(getattr(check, name)))
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
    inline = getattr(check, name) if name in INLINE else None
    for stage_name, stage in original.items():
        setattr(check, stage_name, tuple(v for v in stage if v.__name__ != name))
    if inline is not None:
        setattr(check, name, lambda *args, **kwargs: None)
    try:
        return [{**row, "veto": name,
                 "off": corpus(row["set"].startswith("cf_")).check(row["claim"]).verdict.value}
                for row in rows]
    finally:
        for stage_name, stage in original.items():
            setattr(check, stage_name, stage)
        if inline is not None:
            setattr(check, name, inline)


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


RIGHT = {"supported": "supported", "contradicted": "contradicted", "unsupported": "not_found"}


def table(fired: list[dict], changed: list[dict]) -> str:
    """Per veto: claims it fired on; per domain, true claims made supported without it
    (cost), false ones made supported (worth: unsupported + contradicted), and right
    verdicts lost otherwise (a contradiction the reading drew, now not found)."""
    count = defaultdict(int)
    for row in fired:
        for name in row["fired"]:
            count[name] += 1
    cells = defaultdict(lambda: [0] * 8)  # bundled: true, unsup, contra, lost; real-world
    for row in changed:
        base = 4 if row["set"].startswith("cf_") else 0
        if row["off"] == "supported":
            col = {"supported": 0, "unsupported": 1, "contradicted": 2}[row["label"]]
        elif RIGHT[row["label"]] == row["now"]:
            col = 3
        else:
            continue
        cells[row["veto"]][base + col] += 1
    lines = [f"{'veto':26} {'fired':>5}   bundled cost/worth (u+c) lost"
             f"   real-world cost/worth (u+c) lost"]
    for name in sorted(count, key=lambda n: (-sum(cells[n]), -count[n])):
        c = cells[name]
        lines.append(f"{name:26} {count[name]:5}   {c[0]:4} / {c[1] + c[2]:3} ({c[1]}+{c[2]}) "
                     f"{c[3]:3}   {c[4]:4} / {c[5] + c[6]:3} ({c[5]}+{c[6]}) {c[7]:3}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--which", choices=("stages", "inline", "all"), default="all",
                        help="the stages' vetoes, the inline readings of `align` or both")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = baseline_rows(args.baseline, args.sets)
    print(f"{len(rows)} unsupported claims to trace", file=sys.stderr)
    with ProcessPoolExecutor(args.jobs) as pool:
        fired = [r for part in pool.map(trace, [(args.which, c) for c in chunks(rows, args.jobs)])
                 for r in part]
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
