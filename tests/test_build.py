"""Building an index generation: the same index however the documents are analyzed."""
from qa.index.open import open_index


def test_many_files_are_analyzed_in_parallel_with_the_same_result(tmp_path, isolated_index):
    from qa.index import build
    from qa.index.build import build_index
    from qa.documents.files import list_sources
    from qa.documents.load import read_source

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(build.POOL_MIN_FILES + 8):
        (folder / f"doc{i:03}.txt").write_text(
            f"Report {i}\n\nConvoy {i} reached Gao after {i} days.\n\n"
            f"Patrol number {i * 7} met armed groups near Kidal.\n", encoding="utf-8")
    index = open_index(folder, isolated_index, lambda _: None)
    serial = build_index([read_source(s)[0] for s in list_sources(folder)])
    assert list(index.passages) == list(serial.passages)
    terms = ["convoy", "gao", "patrol", "kidal", "21"]
    assert index.bm25_scores(terms).tolist() == serial.bm25_scores(terms).tolist()
