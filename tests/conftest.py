"""Shared fixtures: a small real corpus in a temp folder, no test touching the real index/, and
the process's signal handlers given back after a command ran in-process."""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FIXTURE_DOCS = {
    "convoys.txt": (
        "Road Convoys\n\n"
        "Peacekeepers travelling in road convoys were exposed to improvised explosive devices.\n\n"
        "The mission relied on helicopters when roads were cut by armed groups in the north.\n\n"
        "Convoys to Kidal took up to four weeks, and 174 peacekeepers were killed in the decade.\n"
    ),
    "mandate.txt": (
        "The Mandate\n\n"
        "The Security Council authorized the mission in April 2013 by Resolution 2100.\n\n"
        "Its mandate was renewed in June 2014, adding the protection of civilians.\n\n"
        "France proposed 2,069 additional uniformed personnel for the central sector.\n"
    ),
    "people.md": (
        "# Staff and Training\n\n"
        "Many troop-contributing countries deployed staff who did not speak French.\n\n"
        "Training was short and contracts were shorter, so knowledge drained away.\n\n"
        "Language skills should be tested before officers are deployed to the mission.\n"
    ),
}


@pytest.fixture(autouse=True)
def isolated_index(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own index location and cache, never the checkout's index/."""
    home = tmp_path_factory.mktemp("qa-home")
    monkeypatch.setenv("QA_INDEX", str(home / "index"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("QA_CORPUS", raising=False)
    return home / "index"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in FIXTURE_DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory) -> Path:
    """An index of the bundled reports shared by the tests that check the fixture draft."""
    return tmp_path_factory.mktemp("bundled") / "index"


@pytest.fixture(scope="session")
def draft_as_json(bundled_index, tmp_path_factory):
    """The fixture draft checked once with --json and --html (tests.helpers.drafts)."""
    from tests.helpers.drafts import check_draft

    return check_draft(bundled_index, "--json",
                       report=tmp_path_factory.mktemp("report") / "report.html")


@pytest.fixture(scope="session")
def draft_as_text(bundled_index):
    from tests.helpers.drafts import check_draft

    return check_draft(bundled_index)


@pytest.fixture(autouse=True)
def own_signals():
    """The command line owns its process's signals (`cli.OneLineErrors`): it ignores a Ctrl-C
    that comes once its work is done, and re-raises one lost in a finalizer (`qa.interrupts`).
    Run in-process by CliRunner, it would leave pytest deaf to Ctrl-C and every `qa` started
    afterwards ignoring SIGINT too (an ignored signal stays ignored across exec)."""
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGALRM)}
    hook = sys.unraisablehook
    yield
    for number, handler in handlers.items():
        signal.signal(number, handler)
    sys.unraisablehook = hook


# paragraphs about other harbour events, set beside the text a test is about so that a claim
# is ranked and aligned among several passages, as in a real corpus
# four harbour works of one report, for claims framed by a speaker or by the text itself
HARBOUR_WORKS_NEWS = (
    "The Vellmar ferry authority raised its fleet to 14 vessels in 2029, after two winters "
    "of delays.",
    "The Orsk harbour council closed the northern pier in March 2030 after the storm "
    "damaged its pilings.",
    "Fishers in Tarnby complained that the new quotas had cut their catch by a third.",
    "Dredging of the inner basin was paid for by a loan from the coastal fund.")

OTHER_HARBOUR_NEWS = (
    "Salt traders from Brenna moved their warehouses inland after the floods of 2019, when "
    "the river broke its banks twice in one month.",
    "In June 2021, the net makers of Ostvik opened a cooperative shop beside the fish "
    "market, with a loan from the regional bank.",
    "The lighthouse keepers of Brenna logged 212 foggy nights along the southern cape last "
    "year, the most since records began.")


def port_report(tmp_path_factory, *paragraphs: str):
    """A corpus of one document, "Port Report" and these paragraphs, opened as `qa` opens one:
    for module-scoped fixtures whose claims all meet the same small text."""
    from cli import open_corpus
    root = tmp_path_factory.mktemp("harbour")
    (root / "docs").mkdir()
    (root / "docs" / "port.txt").write_text(
        "Port Report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return open_corpus(root / "docs", root / "index")
