"""`qa mcp`: the lookups served to AI assistants over the Model Context Protocol, on stdio, with
the official MCP Python SDK (`pip install "qa[mcp]"`). Only `qa mcp` imports this module, so the
SDK (and pydantic under it) never loads otherwise.

Four tools, `ask`, `check`, `show` and `sources`, call `qa.api.Corpus`. Each result carries the
command line's JSON as structured content (a list is wrapped in an object, which MCP requires:
`{"source", "passages": [...]}`, `{"sources": [...]}`) and a plain-text rendering with every
citation (`qa.plaintext`), for clients that show the model only text. An input the command
line refuses is a tool error whose text is the line the command line prints (`Error: ...`);
the server goes on to the next request. The corpus follows changes to its folder: each call
answers from the documents as they are, as each run of `qa` does.
"""
from __future__ import annotations

from typing import Annotated, Callable, Optional, TypeVar

from mcp.server.mcpserver import MCPServer
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field

from . import __version__
from .api import Corpus
from .errors import QAError
from .plaintext import ask_text, check_text, passage_text, passages_text, sources_text
from .terminal import one_line

Result = TypeVar("Result")
# Every tool only reads the documents; asking twice gives the same answer.
READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                            open_world_hint=False)
CITATION = ("Every passage comes with its citation: source (the file's path in the corpus "
            "folder), paragraph (¶, counted from 1 in reading order), line_start-line_end "
            "(lines of the file) and page (PDFs only), joined in `citation`, e.g. "
            "\"report.pdf p.2 ¶5 (lines 40-47)\". Quote passages verbatim with their citation.")
PASSAGE_FIELDS = ("source, paragraph, line_start, line_end, page, title, section, kind "
                  "(body or note, a footnote), text, citation")

ASK = f"""Search the documents for the passages that answer a question, best first.

Returns up to k passages, each quoted verbatim, and the one sentence that answers the question
when a passage has it (`answer`, else null). Ranking is by words (BM25 with stemming,
acronyms and synonyms), not by meaning: use the words the documents would use, and rephrase or
broaden when nothing matches. A phrase in double quotes must appear in every passage returned.
An empty `results` means no passage matched. {CITATION}

Structured result: {{question, answer: {{text, source, paragraph, citation, span}} | null,
results: [{{rank, score, {PASSAGE_FIELDS}}}]}}; `span` is the [start, end) of the asked-for item
(a number, date, name...) in answer.text."""

CHECK = f"""Check a factual claim against the documents.

The verdict is `supported` (a passage states the claim), `contradicted` (a passage states the
same fact with a different number, date, amount, actor or place, or the opposite), or
`not_found` (the documents do not clearly state it either way: this is not evidence that the
claim is false). Returns the verdict, a confidence from 0 to 1 (0.8 or more: sure, at least
85% right on the development claims), `disagreement` (true when the
documents disagree with each other; both sides are then in the evidence) and the evidence
passages: each with its stance (supports, contradicts or related), the sentence aligned with
the claim and the facts that conflict. {CITATION}

Structured result: {{claim, verdict, confidence, disagreement, evidence: [{{rank, score,
{PASSAGE_FIELDS}, stance, sentence, conflicts: [{{claim, source, kind}}]}}]}}."""

SHOW = f"""Read a passage by its citation: paragraph `paragraph` of document `source`, or,
without `paragraph`, every passage of the document in order (a long document gives a long
result). Use it to read around a passage that ask or check returned (its paragraph - 1 and
+ 1). {CITATION}

Structured result: one passage {{{PASSAGE_FIELDS}}}, or without `paragraph`
{{source, passages: [...]}}."""

SOURCES = """List the documents of the corpus: each one's name (the `source` that citations
give and that `show` takes; ask and check take glob patterns over these names in `sources`),
its title and its number of passages.

Structured result: {sources: [{source, title, passages}]}."""

SOURCE_PATTERNS = Field(description=(
    "Only search documents whose name matches one of these glob patterns, e.g. "
    "[\"reports/*.pdf\", \"notes.md\"] (names as the `sources` tool lists them). "
    "Default: every document."))


def serve(corpus: Corpus) -> None:
    """Serve the tools over stdin and stdout until the client closes them."""
    build_server(corpus).run("stdio")


def build_server(corpus: Corpus) -> MCPServer:
    tools = Tools(corpus)
    server = MCPServer("qa", title="qa: cited answers from a folder of documents",
                       version=__version__, instructions=instructions(corpus),
                       log_level="WARNING")
    for name, title, description in (
            ("ask", "Ask the documents", ASK), ("check", "Check a claim", CHECK),
            ("show", "Read a passage by its citation", SHOW),
            ("sources", "List the documents", SOURCES)):
        server.add_tool(getattr(tools, name), name=name, title=title, description=description,
                        annotations=READ_ONLY, structured_output=False)
    return server


def instructions(corpus: Corpus) -> str:
    documents = corpus.sources()
    passages = sum(d.passages for d in documents)
    return (f"qa answers from the {len(documents)} documents ({passages} passages) in "
            f"{corpus.folder}, with no language model: `ask` finds the passages that answer a "
            "question, `check` says whether the documents support or contradict a claim, "
            "`show` reads a passage by its citation, `sources` lists the documents. Answer "
            "from the passages returned, quoted verbatim with their citations.")


class Tools:
    """The tools, as methods whose signatures the SDK turns into input schemas."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def ask(self,
            question: Annotated[str, Field(description=(
                "The question, in your own words, e.g. \"What did the mission's budget "
                "amount to in 2020?\"; a \"phrase in double quotes\" must appear verbatim."))],
            k: Annotated[int, Field(
                description="How many passages to return, best first (at least 1).",
                json_schema_extra={"minimum": 1})] = 5,
            sources: Annotated[tuple[str, ...], SOURCE_PATTERNS] = ()) -> CallToolResult:
        return respond(lambda: self.corpus.ask(question, k, sources=sources),
                       lambda result: result.to_dict(), ask_text)

    def check(self,
              claim: Annotated[str, Field(description=(
                  "The claim to check: one sentence stating a fact, e.g. \"The mission's "
                  "budget was 1.2 billion dollars in 2020.\""))],
              sources: Annotated[tuple[str, ...], SOURCE_PATTERNS] = ()) -> CallToolResult:
        return respond(lambda: self.corpus.check(claim, sources=sources),
                       lambda result: result.to_dict(), check_text)

    def show(self,
             source: Annotated[str, Field(description=(
                 "The document's name, as citations give it and `sources` lists it."))],
             paragraph: Annotated[Optional[int], Field(description=(
                 "The paragraph number (the ¶ of a citation). Default: the whole "
                 "document."))] = None) -> CallToolResult:
        if paragraph is not None:
            return respond(lambda: self.corpus.show(source, paragraph),
                           lambda passage: passage.to_dict(), passage_text)
        return respond(lambda: self.corpus.show(source),
                       lambda passages: {"source": source,
                                         "passages": [p.to_dict() for p in passages]},
                       passages_text)

    def sources(self) -> CallToolResult:
        return respond(self.corpus.sources,
                       lambda documents: {"sources": [d.to_dict() for d in documents]},
                       sources_text)


def respond(lookup: Callable[[], Result], structured: Callable[[Result], dict],
            text: Callable[[Result], str]) -> CallToolResult:
    """The lookup's result as structured content and text, or the error the command line
    would print, as a tool error (the model reads it and can correct its call)."""
    try:
        result = lookup()
    except QAError as exc:
        return CallToolResult(content=[TextContent(type="text", text=f"Error: {one_line(str(exc))}")],
                              is_error=True)
    return CallToolResult(content=[TextContent(type="text", text=text(result))],
                          structured_content=structured(result))
