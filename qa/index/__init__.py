"""The index: BM25 over an inverted index (`model`, `bm25`), built (`build`) into a folder of
plain files (`store`, `tables`), opened fresh (`open`: freshness and refresh; `location`:
where it lives; `fingerprint`: which code it was built by), and browsed (`browse`)."""
