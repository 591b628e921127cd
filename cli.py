"""The `qa` command: a thin layer that parses, calls the `qa` library, renders, and maps errors
to exit codes. Heavy modules (numpy, nltk, rich) are imported inside the commands that use
them so that `qa --help` starts fast."""
from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from typer.core import TyperGroup

from qa import __version__
from qa.errors import ExitStatus, QAError

class OneLineErrors(TyperGroup):
    """Parse errors (an unknown option, `-k many`) as one `Error: ...` line and exit 2, like
    every other user error, instead of click's Usage/Try/Error block."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except typer.Abort:
            sys.stderr.write("Aborted\n")
            sys.exit(130)
        except typer.TyperException as exc:  # click's UsageError and kin
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `qa`: the help is the message
                sys.stderr.write(message + "\n")
            else:
                sys.stderr.write(f"Error: {' '.join(message.split())}\n")
            sys.exit(int(getattr(exc, "exit_code", ExitStatus.ERROR)))
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=OneLineErrors, add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Answer questions from a folder of documents with cited passages, and check claims.",
)

CorpusOption = Annotated[Optional[Path], typer.Option(
    "--corpus", envvar="QA_CORPUS", help="Folder of documents [default: the bundled reports].",
    show_default=False)]
IndexOption = Annotated[Optional[Path], typer.Option(
    "--index", envvar="QA_INDEX", help="Index folder [default: index/ or a per-user cache].",
    show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines with --batch).")]
QuietOption = Annotated[bool, typer.Option(
    "--quiet", "-q", help="No progress bar or notices on stderr (errors are still printed).")]
VerboseOption = Annotated[bool, typer.Option("--verbose", help="List skipped files.")]
SourceOption = Annotated[Optional[list[str]], typer.Option(
    "--source", metavar="GLOB", help="Only passages of sources matching GLOB (repeatable).")]
BatchOption = Annotated[Optional[str], typer.Option(
    "--batch", metavar="FILE", help="Read one input per line from FILE ('-' for stdin).")]


@functools.lru_cache(maxsize=1)
def stderr_console():
    # one console, so notices print above a live progress bar instead of under it
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console():
    from rich.console import Console

    return Console(highlight=False)


def notify(message: str) -> None:
    from qa.terminal import clean  # file names in notices are data too

    stderr_console().print(clean(message), markup=False, style="dim")


def fail(message: str, status: ExitStatus = ExitStatus.ERROR) -> NoReturn:
    """Print one `Error: ...` line on stderr and exit with `status`."""
    from qa.terminal import clean

    first_line = " ".join(clean(str(message)).split())
    sys.stderr.write(f"Error: {first_line}\n")
    raise typer.Exit(int(status))


@contextlib.contextmanager
def errors_to_exit_codes():
    try:
        yield
    except QAError as exc:
        fail(str(exc), exc.exit_status)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted\n")
        raise typer.Exit(130)
    except BrokenPipeError:  # `qa ask ... | head` closed the pipe: not an error
        sys.stderr.close()
        raise typer.Exit(0)
    except typer.Exit:
        raise
    except Exception as exc:  # a bug: still one line, not a traceback (QA_DEBUG=1 shows it)
        if os.environ.get("QA_DEBUG"):
            raise
        fail(f"internal error ({exc.__class__.__name__}: {exc}); QA_DEBUG=1 shows the traceback")


def open_corpus(corpus: Optional[Path], index: Optional[Path], quiet: bool = False,
                verbose: bool = False):
    """The fresh index of the corpus, built first if needed (with a progress bar)."""
    from qa.corpus import bundled_corpus
    from qa.refresh import default_index_dir, open_index

    folder = corpus or bundled_corpus()
    with build_progress(quiet) as progress:
        return open_index(folder, index or default_index_dir(folder),
                          (lambda _message: None) if quiet else notify,
                          progress=progress, verbose=verbose)


@contextlib.contextmanager
def build_progress(quiet: bool):
    """A progress callback whose bar (and rich) is loaded only once a build starts."""
    bar = None

    def update(done: int, total: int, passages: int) -> None:
        nonlocal bar
        if bar is None:
            from qa.render import BuildProgress

            bar = BuildProgress(stderr_console())
        bar(done, total, passages)

    try:
        yield None if quiet else update
    finally:
        if bar is not None:
            bar.close()


def print_json(payload) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


def version_callback(value: bool) -> None:
    if value:
        print(f"qa {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option(
        "--version", callback=version_callback, is_eager=True, help="Print the version.")] = False
         ) -> None:
    """Answer questions from a folder of documents with cited passages, and check claims."""


@app.command()
def ask(
    question: Annotated[Optional[str], typer.Argument(help="The question, in your own words.")] = None,
    k: Annotated[int, typer.Option("-k", "--top", help="How many passages to return.")] = 5,
    json_: JsonOption = False,
    batch: BatchOption = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show why each passage ranked.")] = False,
    source: SourceOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Return the passages that answer a question, with citations.

    Example: qa ask "How many peacekeepers were killed?" -k 3
    """
    with errors_to_exit_codes():
        from qa.ask import ask as ask_question, validate
        from qa.batch import read_batch
        from qa.refresh import remember_query_stems
        from qa.results import AskResult

        if (question is None) == (batch is None):
            fail("give either a QUESTION or --batch FILE")
        validate(question if question is not None else "?", k)
        lines = read_batch(batch) if batch else None
        searcher = open_corpus(corpus, index, quiet, verbose)
        globs = tuple(source or ())
        if lines is None:
            result = ask_question(searcher, question, k, explain, globs)
            show_ask(result, json_, searcher)
            remember_query_stems(searcher)
            raise typer.Exit(int(ExitStatus.OK if result.results else ExitStatus.NOT_FOUND))
        for result in each_line(lines, lambda text: ask_question(searcher, text, k, explain, globs),
                                lambda text, why: AskResult(text, None, (), error=why)):
            show_ask(result, json_, searcher)
        remember_query_stems(searcher)


def each_line(lines, answer, failed):
    """One result per batch line, in order: a line that cannot be read or answered gets
    `failed(text, why)` and the batch goes on."""
    for line in lines:
        if line.error:
            yield failed(line.text, line.error)
            continue
        try:
            yield answer(line.text)
        except QAError as exc:
            yield failed(line.text, str(exc))


def emit(result, json_: bool, encode, render, asked: str) -> None:
    """Print one result: its JSON line, its rendering, or (a failed batch line) an error."""
    if json_:
        print_json(encode(result))
    elif result.error:
        stderr_console().print(f"Error: {result.error}: {asked!r}", markup=False)
    else:
        render(stdout_console(), result)


def show_ask(result, json_: bool, searcher) -> None:
    from qa.results import ask_dict

    def render(console, shown) -> None:
        from qa.render import render_ask  # rich is loaded only for human output

        render_ask(console, shown, searcher.analyzer)

    emit(result, json_, ask_dict, render, result.question)


@app.command()
def check(
    claim: Annotated[Optional[str], typer.Argument(help="The claim, one sentence.")] = None,
    json_: JsonOption = False,
    batch: BatchOption = None,
    source: SourceOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Check a claim against the sources: supported, contradicted or not found.

    Example: qa check "174 peacekeepers were killed in hostile acts."
    """
    with errors_to_exit_codes():
        from qa.batch import read_batch
        from qa.check import check as check_claim, validate
        from qa.refresh import remember_query_stems
        from qa.results import CheckResult

        if (claim is None) == (batch is None):
            fail("give either a CLAIM or --batch FILE")
        if claim is not None:
            validate(claim)
        lines = read_batch(batch) if batch else None
        searcher = open_corpus(corpus, index, quiet, verbose)
        globs = tuple(source or ())
        if lines is None:
            result = check_claim(searcher, claim, globs)
            show_check(result, json_)
            remember_query_stems(searcher)
            raise typer.Exit(int(ExitStatus.OK if result.verdict == "supported"
                                 else ExitStatus.NOT_FOUND))
        for result in each_line(
                lines, lambda text: check_claim(searcher, text, globs),
                lambda text, why: CheckResult(text, "not_found", 0.0, (), error=why)):
            show_check(result, json_)
        remember_query_stems(searcher)


def show_check(result, json_: bool) -> None:
    from qa.results import check_dict

    def render(console, shown) -> None:
        from qa.render import render_check

        render_check(console, shown)

    emit(result, json_, check_dict, render, result.claim)


@app.command()
def show(
    source: Annotated[str, typer.Argument(help="Document name, as `qa sources` lists it.")],
    paragraph: Annotated[Optional[int], typer.Argument(help="Paragraph number (¶).")] = None,
    json_: JsonOption = False,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print one cited passage, or every passage of a document.

    Example: qa show 000_ba95725e52efe437.txt 7
    """
    with errors_to_exit_codes():
        from qa.browse import passage_at, passages_of
        from qa.results import passage_dict

        searcher = open_corpus(corpus, index, quiet)
        if paragraph is not None:
            passages = [passage_at(searcher, source, paragraph)]
        else:
            passages = passages_of(searcher, source)
        if json_:
            payload = [passage_dict(p) for p in passages]
            print_json(payload[0] if paragraph is not None else payload)
            return
        from qa.render import render_passages

        render_passages(stdout_console(), passages)


@app.command()
def sources(json_: JsonOption = False, corpus: CorpusOption = None,
            index: IndexOption = None, quiet: QuietOption = False) -> None:
    """List the documents of the corpus with their titles and passage counts.

    Example: qa sources --json
    """
    with errors_to_exit_codes():
        from qa.browse import list_documents

        documents = list_documents(open_corpus(corpus, index, quiet))
        if json_:
            print_json(documents)
            return
        from qa.render import render_sources

        render_sources(stdout_console(), documents)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold questions, JSON Lines (see README).")],
    k: Annotated[int, typer.Option("-k", "--top", help="Passages retrieved per question.")] = 10,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List the misses.")] = False,
    json_: JsonOption = False,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Score answer quality on a gold file: R@1, R@5, R@10, MRR@10, nDCG@10, answer@1.

    Example: qa eval my_questions.jsonl -v
    """
    with errors_to_exit_codes():
        from dataclasses import asdict

        from qa.ask import ask as ask_question, validate
        from qa.evaluate import evaluate as score, load_gold

        validate("?", k)
        questions = load_gold(gold)
        searcher = open_corpus(corpus, index)
        report = score(questions, lambda q: ask_question(searcher, q, k))
        if json_:
            print_json(asdict(report) if verbose else dict(asdict(report), misses=[]))
            return
        from qa.render import render_eval

        render_eval(stdout_console(), report, verbose)


@app.command("index")
def build(json_: JsonOption = False, corpus: CorpusOption = None,
          index: IndexOption = None, quiet: QuietOption = False,
          verbose: VerboseOption = False) -> None:
    """Build or refresh the index of the corpus (it is also built on first use).

    Example: qa index --corpus ~/reports
    """
    with errors_to_exit_codes():
        from dataclasses import asdict

        from qa.corpus import bundled_corpus
        from qa.refresh import default_index_dir, rebuild

        folder = corpus or bundled_corpus()
        location = index or default_index_dir(folder)
        with build_progress(quiet) as progress:
            _, report = rebuild(folder, location, (lambda _m: None) if quiet else notify,
                                force=True, progress=progress, verbose=verbose, must_save=True)
        if not quiet:
            notify(f"index: {location}")
        if json_:
            print_json(dict(asdict(report), index=str(location)))


if __name__ == "__main__":
    app()
