"""qa: answer questions from a folder of documents with cited passages (BM25, no LLM).

    import qa

    corpus = qa.open("~/reports")   # no folder: the bundled reports
    corpus.ask("How many peacekeepers were killed?", k=3).to_dict()

`qa.open` and `qa.Corpus` are in `qa.api`; the result types in `qa.types`; the errors in
`qa.errors`. Importing `qa` imports none of them: each name below is loaded when first used
(PEP 562), so that `import qa` and the `qa --help` that imports it start fast.
"""
__version__ = "0.1.0"

# name -> the module that defines it
LAZY = {
    "open": "qa.api", "Corpus": "qa.api",
    "QAError": "qa.errors", "UsageError": "qa.errors", "IndexUnusable": "qa.errors",
    "IndexBusy": "qa.errors",
    "AskResult": "qa.types", "CheckResult": "qa.types", "Passage": "qa.types",
    "SourceSummary": "qa.types", "BuildReport": "qa.types", "Verdict": "qa.types",
    "Stance": "qa.types",
}
__all__ = ["__version__", *LAZY]

TYPE_CHECKING = False  # not typing's: importing typing would cost `import qa` 4 ms
if TYPE_CHECKING:  # what type checkers and editors see; nothing is imported at run time
    from .api import Corpus, open
    from .errors import IndexBusy, IndexUnusable, QAError, UsageError
    from .types import AskResult, BuildReport, CheckResult, Passage, SourceSummary, Stance, Verdict


def __getattr__(name: str):
    if name not in LAZY:
        raise AttributeError(f"module 'qa' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(LAZY[name]), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(LAZY))
