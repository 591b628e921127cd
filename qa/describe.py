"""The words and marks that describe results, shared by the terminal (`qa.render`), the HTML
report (`qa.report`) and the command line's messages, so that they say the same things."""
from __future__ import annotations

# A symbol for each verdict, so that the marks survive NO_COLOR, a pipe and a printout.
VERDICT_MARKS = {"supported": "✓", "contradicted": "✗", "not_found": "?"}
SKIP_MARK = "–"
SKIP_WHY = {"heading": "a heading", "question": "a question", "quotation": "a quotation",
            "no_fact": "no fact to check"}
# skipped sentences as counted in a summary: (one, several)
SKIP_COUNTED = {"heading": ("heading", "headings"), "question": ("question", "questions"),
                "quotation": ("quotation", "quotations"),
                "no_fact": ("without a fact", "without a fact")}


def verdict_mark(verdict: str) -> str:
    return VERDICT_MARKS.get(verdict, "?")


def verdict_words(verdict: str) -> str:
    return verdict.replace("_", " ")


def why_skipped(reason: str) -> str:
    return SKIP_WHY.get(reason, verdict_words(reason))


def skipped_counts(skipped_by: dict[str, int]) -> str:
    """'4 headings, 3 questions, 1 quotation' (reasons with no sentence left out)."""
    return ", ".join(f"{n} {SKIP_COUNTED.get(reason, (reason, reason))[n != 1]}"
                     for reason, n in skipped_by.items() if n)
