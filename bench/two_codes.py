"""Two checkouts' `qa` in one process, for the side-by-side benches (`side_by_side.py`,
`rank_side_by_side.py`): the other checkout's package copied to a temporary folder as
`qa_reference` (the query path imports relatively), each code opening the index of a
`scale.py --workdir` itself, whichever code built it, and the questions `scale.py` asks."""
from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def copy_reference(checkout: Path, folder: Path) -> str:
    """Copy `checkout`'s package into `folder` as `qa_reference`, importable; its name."""
    shutil.copytree(Path(checkout) / "qa", Path(folder) / "qa_reference",
                    ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(folder))
    return "qa_reference"


def open_index(package: str, workdir: Path):
    """`package`'s code opening `workdir/index`: read-only, so the code that built it need
    not be this one (its fingerprint is taken as this code's)."""
    store = importlib.import_module(package + ".index.store")
    builder = store.read_meta(workdir / "index").get("builder")
    store.code_fingerprint = lambda: builder
    return store.load(workdir / "index")


def questions(workdir: Path) -> list[str]:
    """The 200 questions `scale.py` asks of this corpus (from its stamp's query pool)."""
    sys.path.insert(0, str(BENCH))
    import scale
    stats = json.loads((workdir / "corpus" / scale.STAMP).read_text())
    return scale.make_queries(stats["query_pool"], 200, 5)
