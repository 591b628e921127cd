"""qa: answer questions from a folder of documents with cited passages (BM25, no LLM).

Kept free of imports so that `qa --help` starts fast; import the submodules you need.
"""

__version__ = "0.1.0"
