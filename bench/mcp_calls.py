"""`qa mcp`: how long the server takes to start, and what one tool call costs once it runs,
against a fresh `qa ask --json` process measured in the same rounds.

What is measured, on the bundled corpus (or --corpus DIR), with the MCP SDK's own stdio client:
  - start: from launching `qa mcp` to the end of the MCP handshake (importing the SDK is most
    of it), median over --starts launches,
  - `ask` and `check` calls on one running server, median over N rounds; each call looks for
    changed documents first (the server follows its folder), so that cost is included,
  - the reference: `qa ask QUESTION --json` as a new process, one per round, interleaved.

    python bench/mcp_calls.py [-n 25] [--starts 5] [--corpus DIR] [--question "..."]

Needs the SDK: pip install ".[mcp]".
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

DEFAULT_QUESTION = "How many peacekeepers were killed in hostile acts?"
DEFAULT_CLAIM = "174 peacekeepers were killed in hostile acts."


def qa_command() -> str:
    script = Path(sys.executable).parent / "qa"
    if not script.is_file():
        raise SystemExit("install qa in this environment first: pip install '.[mcp]'")
    return str(script)


def server_args(corpus: str | None) -> StdioServerParameters:
    return StdioServerParameters(command=qa_command(),
                                 args=["mcp", "-q", *(["--corpus", corpus] if corpus else [])])


async def time_start(corpus: str | None) -> float:
    started = time.perf_counter()
    async with Client(server_args(corpus)):
        return time.perf_counter() - started


def time_cli_ask(question: str, corpus: str | None) -> float:
    started = time.perf_counter()
    subprocess.run([qa_command(), "ask", question, "--json", "-q",
                    *(["--corpus", corpus] if corpus else [])],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


async def time_calls(args) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"ask call": [], "check call": [], "qa ask --json": []}
    async with Client(server_args(args.corpus)) as client:
        for _ in range(args.runs):
            for name, tool, arguments in (("ask call", "ask", {"question": args.question}),
                                          ("check call", "check", {"claim": args.claim})):
                started = time.perf_counter()
                result = await client.call_tool(tool, arguments)
                times[name].append(time.perf_counter() - started)
                assert not result.is_error, result.content
            times["qa ask --json"].append(await anyio.to_thread.run_sync(
                time_cli_ask, args.question, args.corpus))
    return times


async def measure(args) -> dict[str, list[float]]:
    await time_start(args.corpus)  # untimed: builds the index if it is missing
    starts = [await time_start(args.corpus) for _ in range(args.starts)]
    return {"server start": starts, **await time_calls(args)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=25, help="rounds of calls (default 25)")
    parser.add_argument("--starts", type=int, default=5, help="server launches (default 5)")
    parser.add_argument("--corpus", help="folder of documents (default: the bundled reports)")
    parser.add_argument("--question", default=DEFAULT_QUESTION)
    parser.add_argument("--claim", default=DEFAULT_CLAIM)
    args = parser.parse_args()
    times = anyio.run(measure, args)
    reference = statistics.median(times["qa ask --json"])
    print(f"qa mcp over stdio, medians ({sys.executable}, Python {sys.version.split()[0]})")
    print(f"{'':<16}{'median ms':>10}{'min ms':>9}{'x qa ask --json':>17}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<16}{median * 1000:>10.1f}{min(values) * 1000:>9.1f}"
              f"{median / reference:>17.2f}")


if __name__ == "__main__":
    main()
