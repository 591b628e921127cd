"""`qa mcp` end to end: the installed command started by the MCP SDK's own client over stdio,
its tools listed and called, their results set beside what the command line prints."""
from __future__ import annotations

import json
import re
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters
from typer.testing import CliRunner

from cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
QUESTION = "How many peacekeepers were killed?"
CLAIM = "174 peacekeepers were killed in the decade."
CITED = {"source", "paragraph", "line_start", "line_end", "page", "citation"}


def qa_command() -> str:
    found = shutil.which("qa", path=str(Path(sys.executable).parent)) or shutil.which("qa")
    assert found, "the README test command installs the qa command"
    return found


def cli_json(*args) -> object:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def readme_config() -> dict:
    """The server entry of the README's MCP client configuration."""
    section = README.read_text(encoding="utf-8").split("\n## For AI assistants (MCP)\n", 1)[1]
    return json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))["mcpServers"]["qa"]


def talk(corpus: Path, index: Path, conversation) -> None:
    """Start `qa mcp` as the README registers it, for `corpus`, connect the SDK's client, and
    run `conversation(client)`."""
    config = readme_config()
    assert config["command"] == "qa" and "/path/to/your/documents" in config["args"]
    args = [str(corpus) if a == "/path/to/your/documents" else a for a in config["args"]]
    server = StdioServerParameters(command=qa_command(), args=[*args, "--index", str(index)])

    async def run() -> None:
        with anyio.fail_after(120):
            async with Client(server) as client:
                await conversation(client)

    anyio.run(run)


@pytest.fixture
def index(tmp_path) -> Path:
    return tmp_path / "index"


def text_of(result) -> str:
    return "\n".join(block.text for block in result.content)


def test_list_tools_then_ask_and_check(corpus, index):
    async def conversation(client):
        await tools_are_listed_with_what_an_assistant_needs(client)
        await ask_and_check_return_the_command_lines_json_with_citations(client, corpus, index)

    talk(corpus, index, conversation)


async def tools_are_listed_with_what_an_assistant_needs(client) -> None:
    tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == {"ask", "check", "show", "sources"}
    for tool in tools.values():
        assert len(tool.description) > 100 and tool.annotations.read_only_hint
        for name, schema in tool.input_schema.get("properties", {}).items():
            assert schema.get("description"), (tool.name, name)
    ask = tools["ask"].input_schema
    assert ask["required"] == ["question"] and ask["properties"]["k"]["default"] == 5
    assert ask["properties"]["sources"]["type"] == "array"
    assert tools["show"].input_schema["required"] == ["source"]
    assert "citation" in tools["ask"].description
    assert "3 documents" in client.instructions


async def ask_and_check_return_the_command_lines_json_with_citations(client, corpus, index):
    asked = await client.call_tool("ask", {"question": QUESTION, "k": 3})
    assert not asked.is_error
    assert asked.structured_content == cli_json(
        "ask", QUESTION, "-k", "3", "--json", "--corpus", corpus, "--index", index)
    top = asked.structured_content["results"][0]
    assert CITED <= set(top) and top["source"] == "convoys.txt" and "174" in top["text"]
    assert top["citation"] in text_of(asked) and top["text"] in text_of(asked)
    assert asked.structured_content["answer"]["citation"] in text_of(asked)

    checked = await client.call_tool("check", {"claim": CLAIM})
    assert not checked.is_error
    assert checked.structured_content == cli_json(
        "check", CLAIM, "--json", "--corpus", corpus, "--index", index)
    assert checked.structured_content["verdict"] == "supported"
    evidence = checked.structured_content["evidence"][0]
    assert CITED <= set(evidence) and evidence["citation"] in text_of(checked)
    assert text_of(checked).startswith("Verdict: supported")


def test_show_and_sources(corpus, index):
    async def conversation(client):
        shown = await client.call_tool("show", {"source": "mandate.txt", "paragraph": 2})
        assert shown.structured_content == cli_json(
            "show", "mandate.txt", "2", "--json", "--corpus", corpus, "--index", index)
        assert shown.structured_content["citation"] in text_of(shown)
        document = await client.call_tool("show", {"source": "mandate.txt"})
        assert document.structured_content == {"source": "mandate.txt", "passages": cli_json(
            "show", "mandate.txt", "--json", "--corpus", corpus, "--index", index)}
        listed = await client.call_tool("sources", {})
        assert listed.structured_content == {"sources": cli_json(
            "sources", "--json", "--corpus", corpus, "--index", index)}
        assert "people.md: Staff and Training (3 passages)" in text_of(listed)

    talk(corpus, index, conversation)


BAD_CALLS = [
    ("ask", {"question": "  "}, "Error: the question is empty"),
    ("ask", {"question": QUESTION, "k": 0}, "Error: -k must be at least 1 (got 0)"),
    ("check", {"claim": ""}, "Error: the claim is empty"),
    ("show", {"source": "../etc/passwd"},
     "Error: unknown source '../etc/passwd' (see `qa sources`)"),
    ("show", {"source": "mandate.txt", "paragraph": 99},
     "Error: mandate.txt has paragraphs 1-3, not 99"),
    ("ask", {"question": QUESTION, "k": "many"}, "valid integer"),  # refused by the SDK
    ("ask", {}, "question"),
    ("nonsense", {}, "nonsense"),
]


def test_a_bad_call_is_a_tool_error_and_the_server_goes_on(corpus, index):
    async def conversation(client):
        for tool, arguments, error in BAD_CALLS:
            refused = await client.call_tool(tool, arguments)
            assert refused.is_error and error in text_of(refused), (tool, arguments)
            if error.startswith("Error: "):  # the very line the command line prints
                assert text_of(refused) == error
            answered = await client.call_tool("ask", {"question": QUESTION})
            assert not answered.is_error and answered.structured_content["results"]

    talk(corpus, index, conversation)


def test_the_server_answers_from_the_documents_as_they_are_now(corpus, index):
    async def conversation(client):
        (corpus / "budget.txt").write_text("Budget\n\nThe mission's budget was 1.2 billion "
                                           "dollars in 2020.\n", encoding="utf-8")
        asked = await client.call_tool("ask", {"question": "What was the budget in 2020?"})
        assert asked.structured_content["results"][0]["source"] == "budget.txt"

    talk(corpus, index, conversation)


class Without:
    """An import finder for which `missing` (and what is below it) is not installed."""

    def __init__(self, missing: str) -> None:
        self.missing = missing

    def find_spec(self, name, path=None, target=None):
        if name == self.missing or name.startswith(self.missing + "."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


@pytest.mark.parametrize("missing, installed", [
    ("mcp", ""),  # no SDK
    ("mcp.server.mcpserver", f" (mcp {version('mcp')} is installed)"),  # an SDK 1.x
])
def test_without_the_sdk_qa_mcp_says_how_to_install_it(corpus, monkeypatch, missing, installed):
    for name in [n for n in sys.modules if n == "qa.mcp_server" or n.split(".")[0] == "mcp"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [Without(missing), *sys.meta_path])
    result = CliRunner().invoke(app, ["mcp", "--corpus", str(corpus)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f'Error: qa mcp needs the MCP Python SDK 2.3 or later{installed}: '
                             'pip install "qa[mcp]"\n')


def test_a_missing_corpus_stops_the_server_with_exit_2(tmp_path):
    done = CliRunner().invoke(app, ["mcp", "--corpus", str(tmp_path / "nowhere")])
    assert done.exit_code == 2 and done.stderr.startswith("Error: corpus folder not found")
