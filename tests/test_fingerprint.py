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
    fingerprint.code_fingerprint.cache_clear()
    yield copy
    fingerprint.code_fingerprint.cache_clear()


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
    fingerprint.code_fingerprint.cache_clear()
    assert (fingerprint.code_fingerprint() != before) is stale


def test_a_new_module_in_an_indexing_package_changes_the_fingerprint(package_copy):
    before = fingerprint.code_fingerprint()
    (package_copy / "documents" / "docx.py").write_text('"""A new reader."""\n')
    fingerprint.code_fingerprint.cache_clear()
    assert fingerprint.code_fingerprint() != before
