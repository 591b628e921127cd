"""The fingerprint that makes an index stale: every module and data file that can change what
an index holds is in it (a forgotten one meant stale answers), and nothing else is."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.index import fingerprint

PACKAGE = Path(fingerprint.__file__).resolve().parent.parent


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    copy = tmp_path / "qa"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "seeds"))
    monkeypatch.setattr(fingerprint, "PACKAGE", copy)
    fingerprint.clear_caches()
    yield copy
    fingerprint.clear_caches()


@pytest.mark.parametrize("changed, stale", [
    ("documents/files.py", True), ("documents/pdf.py", True), ("text/sentences.py", True),
    ("index/tables.py", True), ("data/stopwords.txt", True), ("data/countries.tsv", True),
    ("search/rank.py", False), ("claims/check.py", False), ("render.py", False),
    ("search/data/wordnet_synonyms.txt", False),
])
def test_a_change_to_what_shapes_an_index_changes_the_fingerprint(package_copy, changed, stale):
    before = fingerprint.code_fingerprint()
    with open(package_copy / changed, "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    fingerprint.clear_caches()
    assert (fingerprint.code_fingerprint() != before) is stale


def test_a_new_module_in_an_indexing_package_changes_the_fingerprint(package_copy):
    before = fingerprint.code_fingerprint()
    (package_copy / "documents" / "docx.py").write_text('"""A new reader."""\n')
    fingerprint.clear_caches()
    assert fingerprint.code_fingerprint() != before



@pytest.fixture
def settled(monkeypatch):
    """Files copied just now count as settled (their stats are trusted, as those of code
    installed a while ago)."""
    monkeypatch.setattr(fingerprint, "RACY_NS", 0)


def test_code_with_the_recorded_stats_is_recognised_without_hashing(package_copy, settled,
                                                                     monkeypatch):
    builder, stats = fingerprint.code_identity()
    assert stats is not None and "index/store.py:" in stats
    assert stats == fingerprint.vouched(builder, fingerprint.code_stats())
    fingerprint.clear_caches()

    def no_hashing():
        raise AssertionError("the code was hashed again")

    with monkeypatch.context() as patched:
        patched.setattr(fingerprint, "code_identity", no_hashing)
        assert fingerprint.built_by_this_code({"builder": builder, "builder_stats": stats})
        assert not fingerprint.built_by_this_code({"builder_stats": stats})  # no fingerprint
    # stats recorded with another fingerprint do not vouch for this one: it is hashed
    assert not fingerprint.built_by_this_code({"builder": "0" * 16, "builder_stats": stats})


def test_a_changed_file_is_hashed_again_and_found_to_differ(package_copy, settled):
    builder, stats = fingerprint.code_identity()
    with open(package_copy / "text" / "sentences.py", "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    fingerprint.clear_caches()
    assert fingerprint.code_stats() != stats
    assert not fingerprint.built_by_this_code({"builder": builder, "builder_stats": stats})
    assert fingerprint.built_by_this_code({"builder": fingerprint.code_fingerprint()})


def test_stats_of_a_file_changed_within_two_seconds_are_not_recorded(package_copy):
    # within the same clock tick as a second change, its stat would prove nothing
    files = fingerprint.shaping_files(package_copy)
    newest = max(max(st.st_mtime_ns, st.st_ctime_ns) for _, st in files)
    assert fingerprint.stats_line(files, now=newest + 3_000_000_000) is not None
    assert fingerprint.stats_line(files, now=newest + 1_000_000_000) is None
    assert fingerprint.vouched("0" * 16, None) is None


def test_an_index_without_recorded_stats_is_judged_by_the_fingerprint(package_copy):
    builder = fingerprint.code_fingerprint()
    assert fingerprint.built_by_this_code({"builder": builder})
    assert fingerprint.built_by_this_code({"builder": builder, "builder_stats": None})
    assert not fingerprint.built_by_this_code({"builder": "0" * 16})
