"""Text analysis shared by indexing and searching: tokenizing and stemming (`analyze`),
sentences, the type of answer a question asks for, acronyms, and the word lists of
`qa/data/` (`lexicon`)."""
