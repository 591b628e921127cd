"""Documents: finding the files of a corpus (`files`), reading each into clean passages
(`load`, by format: `plain`, `markdown`, `html`, `pdf`), with line repair (`repair`) and the
paragraph rules every format shares (`blocks`)."""
