"""The `qa` command: a thin layer that parses, calls the `qa` library, renders, and maps errors
to exit codes. Heavy modules (numpy, nltk, rich) are imported inside the commands that use
them so that `qa --help` starts fast.

No `from __future__ import annotations` here: Typer reads the annotations of every command to
build the command line, and string annotations cost it an eval each (224 of them, 5 ms of
every start)."""
import contextlib
import functools
import os
import signal
import sys
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Callable, NoReturn, Optional

import typer
from typer.core import TyperGroup

from qa import __version__
from qa.errors import IndexBusy, IndexUnusable, QAError, UsageError
from qa.frozen import frozen
from qa.interrupts import own_ctrl_c


class ExitStatus(IntEnum):
    """The exit codes scripts rely on (documented in the README)."""

    OK = 0  # found / supported
    NOT_FOUND = 1  # nothing matched / claim contradicted or not found
    ERROR = 2  # usage or input error, unusable index
    INTERRUPTED = 130  # Ctrl-C


# Which library error exits with which code (the first class that matches wins).
EXIT_CODES: tuple[tuple[type[QAError], ExitStatus], ...] = (
    (UsageError, ExitStatus.ERROR),
    (IndexUnusable, ExitStatus.ERROR),
    (IndexBusy, ExitStatus.ERROR),
    (QAError, ExitStatus.ERROR),
)


def exit_status(error: QAError) -> ExitStatus:
    return next(status for kind, status in EXIT_CODES if isinstance(error, kind))


class OneLineErrors(TyperGroup):
    """Parse errors (an unknown option, `-k many`) as one `Error: ...` line and exit 2, like
    every other user error, instead of click's Usage/Try/Error block."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        from qa.collector import spare_the_last_walk

        own_ctrl_c()
        spare_the_last_walk()  # the process ends after the command: no walk of what it made
        try:
            code = self.run(*args, **kwargs)
        except KeyboardInterrupt:  # wherever it struck, the same end
            code = ExitStatus.INTERRUPTED
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # done: a late Ctrl-C changes nothing
        if code == ExitStatus.INTERRUPTED:
            sys.stderr.write("Interrupted\n")
        sys.exit(code)

    def run(self, *args, **kwargs) -> int:
        """The command's exit code; a parse error is printed as one `Error: ...` line."""
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except typer.Abort:
            sys.stderr.write("Aborted\n")
            sys.exit(ExitStatus.INTERRUPTED)
        except typer.TyperException as exc:  # click's UsageError and kin
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `qa`: the help is the message
                sys.stderr.write(message + "\n")
            else:
                hint = dash_text_hint(exc, args[0] if args else kwargs.get("args"))
                sys.stderr.write(f"Error: {' '.join(message.split())}{hint}\n")
            return int(getattr(exc, "exit_code", ExitStatus.ERROR))
        return code if isinstance(code, int) else 0


def dash_text_hint(exc: Exception, args: Optional[list]) -> str:
    """A claim or question pasted from a bulleted list ("- The pier closed in May.") or that
    starts with a negative figure reads as an unknown option; the way out is POSIX's `--`."""
    words = sys.argv[1:] if args is None else args
    if type(exc).__name__ == "NoSuchOption" and any(
            w.startswith("-") and len(w.split()) > 1 for w in words):
        command = words[0] if words and not words[0].startswith("-") else "check"
        return f" (text that starts with '-' goes after '--': qa {command} -- \"- ...\")"
    return ""


class CommandLine(typer.Typer):
    """Builds only the command a run names: Typer makes every command's parameters from its
    signature on each start (~0.5 ms a command), and `qa ask ...` needs ask's alone. With no
    command named (`qa`, `qa --help`, `qa --version`) or an unknown one, all are built, so
    that the help and the errors list them all."""

    def __call__(self, args=None, **kwargs):
        argv = sys.argv[1:] if args is None else list(args)
        named = [c for c in self.registered_commands if argv and command_name(c) == argv[0]]
        if not named:
            return super().__call__(args, **kwargs)
        every, self.registered_commands = self.registered_commands, named
        try:
            return super().__call__(args, **kwargs)
        finally:
            self.registered_commands = every


def command_name(command) -> str:
    """A registered command's name as Typer gives it."""
    return command.name or command.callback.__name__.lower().replace("_", "-")


app = CommandLine(
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
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
BatchJsonOption = Annotated[bool, typer.Option(
    "--json", help="Print JSON (JSON Lines with --batch or --document).")]
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
    return make_console(stderr=True, soft_wrap=True)


def stdout_console():
    return make_console()


def make_console(**options):
    """A rich console that honours NO_COLOR fully (rich alone keeps bold and dim) and treats
    a reader that closed the pipe (`qa ask ... | head -1`) as a reader that had enough."""
    from rich.console import Console

    class PipedConsole(Console):
        def on_broken_pipe(self) -> None:  # rich's own exits 1, which means "nothing found"
            self.quiet = True
            raise BrokenPipeError

    if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty
        options["color_system"] = None
    return PipedConsole(highlight=False, **options)


def silence_stdout() -> None:
    """Point stdout at /dev/null, so that what is still buffered cannot fail at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def notify(message: str) -> None:
    from qa.terminal import printable  # file names in notices are data too

    stderr_console().print(printable(message), markup=False, style="dim")


def fail(message: str, status: ExitStatus = ExitStatus.ERROR) -> NoReturn:
    """Print one `Error: ...` line on stderr and exit with `status`."""
    from qa.terminal import one_line

    sys.stderr.write(f"Error: {one_line(str(message))}\n")
    raise typer.Exit(int(status))


@contextlib.contextmanager
def errors_to_exit_codes():
    try:
        yield
    except QAError as exc:
        fail(str(exc), exit_status(exc))
    except KeyboardInterrupt:  # `OneLineErrors.main` says "Interrupted"
        raise typer.Exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:  # `qa ask ... | head` closed the pipe: not an error
        silence_stdout()
        raise typer.Exit(ExitStatus.OK)
    except typer.Exit:
        raise
    except Exception as exc:  # a bug: still one line, not a traceback (QA_DEBUG=1 shows it)
        if os.environ.get("QA_DEBUG"):
            raise
        fail(f"internal error ({exc.__class__.__name__}: {exc}); QA_DEBUG=1 shows the traceback")


def open_corpus(corpus: Optional[Path], index_dir: Optional[Path], quiet: bool = False,
                verbose: bool = False):
    """The fresh index of the corpus, built first if needed (with a progress bar)."""
    from qa.documents.files import bundled_corpus
    from qa.index.location import default_index_dir
    from qa.index.open import open_index

    folder = corpus or bundled_corpus()
    with build_progress(quiet) as progress:
        return open_index(folder, index_dir or default_index_dir(folder),
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


def print_json(result) -> None:
    from qa.encode import dumps

    sys.stdout.write(dumps(result) + "\n")


def version_callback(value: bool) -> None:
    if value:
        print(f"qa {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option(
        "--version", callback=version_callback, is_eager=True, help="Print the version.")] = False
         ) -> None:
    """Answer questions from a folder of documents with cited passages, and check claims."""


@frozen
class Lookup:
    """What `ask` and `check` differ in: what one input is called, how it is checked before the
    index is opened, answered, rendered and judged, and the result a failed batch line gets."""

    noun: str  # "QUESTION" or "CLAIM"
    normalize: Callable  # text -> checked text (raises UsageError)
    answer: Callable  # (index, text) -> result
    failed: Callable  # (text, why) -> result
    render: Callable  # (console, result, index) -> None
    found: Callable  # result -> bool: exit 0 rather than 1
    check_options: Callable = lambda: None  # raises UsageError for an unusable option
    source_globs: tuple[str, ...] = ()  # --source: said on stderr when one matches nothing


def run_lookups(lookup: Lookup, text: Optional[str], batch: Optional[str], json_: bool,
                corpus, index_dir, quiet: bool, verbose: bool) -> None:
    """One input from the command line, or a batch of them, answered in order."""
    from qa.collector import fewer_collections
    from qa.index.open import remember_query_stems
    from qa.inputs import read_batch

    if (text is None) == (batch is None):
        fail(f"give either a {lookup.noun} or --batch FILE")
    lookup.check_options()
    if text is not None:
        text = lookup.normalize(text)
    lines = read_batch(batch) if batch else None
    index = open_corpus(corpus, index_dir, quiet, verbose)
    if not quiet:
        warn_unmatched(index, lookup.source_globs)
    if lines is None:
        result = lookup.answer(index, text)
        show(result, json_, lambda console, shown: lookup.render(console, shown, index))
        remember_query_stems(index)
        raise typer.Exit(int(ExitStatus.OK if lookup.found(result) else ExitStatus.NOT_FOUND))
    with fewer_collections() as settle:  # a batch's memories outlive it: not walked again
        for number, line in enumerate(lines, 1):
            result = lookup.failed(line.text, line.error) if line.error else \
                answer_line(lookup, index, line.text)
            settle()  # what the answer left (memories, the result) is not walked either
            if result.error:  # on stderr even with --json: the line's object says it too
                stderr_console().print(f"Error: line {number}: {result.error}: {line.text!r}",
                                       markup=False)
            show(result, json_, lambda console, shown: lookup.render(console, shown, index))
    remember_query_stems(index)


def warn_unmatched(index, globs: tuple[str, ...]) -> None:
    from qa.search.filters import unmatched_globs

    for glob in unmatched_globs([s["source"] for s in index.sources], globs):
        notify(f"--source {glob!r} matches no source of the corpus (see `qa sources`)")


def answer_line(lookup: Lookup, index, text: str):
    """One batch line's result; whatever goes wrong with it becomes its error, and the batch
    goes on (QA_DEBUG=1 lets a bug raise instead)."""
    try:
        return lookup.answer(index, text)
    except QAError as exc:
        return lookup.failed(text, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug in one line must not cost the others
        if os.environ.get("QA_DEBUG"):
            raise
        return lookup.failed(text, f"internal error ({exc.__class__.__name__}: {exc})")


def show(result, json_: bool, render) -> None:
    """Print one result: its JSON line, or its rendering (a failed line has its error only)."""
    if json_:
        print_json(result)
    elif not result.error:
        render(stdout_console(), result)


def render_answer(console, result, index) -> None:
    from qa.render import render_ask  # rich is loaded only for human output
    from qa.search.highlight import highlight_spans

    render_ask(console, result, highlight_spans(result, index.analyzer))


def render_verdict(console, result, _searcher) -> None:
    from qa.render import render_check

    render_check(console, result)


@app.command()
def ask(
    question: Annotated[Optional[str], typer.Argument(help="The question, in your own words.")] = None,
    k: Annotated[int, typer.Option("-k", "--top", help="How many passages to return.")] = 5,
    json_: BatchJsonOption = False,
    batch: BatchOption = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show why each passage ranked.")] = False,
    source: SourceOption = None,
    corpus: CorpusOption = None,
    index_dir: IndexOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Return the passages that answer a question, with citations.

    Example: qa ask "How many peacekeepers were killed?" -k 3
    """
    with errors_to_exit_codes():
        from qa.search.ask import ask as ask_question, check_top
        from qa.search.query import normalize_question
        from qa.types import AskResult

        globs = tuple(source or ())
        run_lookups(Lookup(
            "QUESTION", normalize_question,
            lambda index, text: ask_question(index, text, k, explain, globs),
            lambda text, why: AskResult(text, None, (), error=why),
            render_answer, lambda result: bool(result.results), lambda: check_top(k), globs),
            question, batch, json_, corpus, index_dir, quiet, verbose)


@app.command()
def check(
    claim: Annotated[Optional[str], typer.Argument(help="The claim, one sentence.")] = None,
    json_: BatchJsonOption = False,
    batch: BatchOption = None,
    document: Annotated[Optional[str], typer.Option(
        "--document", metavar="FILE",
        help="Check every sentence of a draft (txt, md, html, pdf; '-' for stdin).")] = None,
    html: Annotated[Optional[Path], typer.Option(
        "--html", metavar="REPORT.html",
        help="With --document: also write a self-contained HTML report.")] = None,
    source: SourceOption = None,
    corpus: CorpusOption = None,
    index_dir: IndexOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Check a claim, or each sentence of a draft, against the sources: supported, contradicted
    or not found.

    Example: qa check "174 peacekeepers were killed in hostile acts."

    Example: qa check --document draft.md --html report.html
    """
    with errors_to_exit_codes():
        from qa.claims.check import check as check_claim, validate
        from qa.types import CheckResult, Verdict

        globs = tuple(source or ())
        if document is not None:
            if claim is not None or batch is not None:
                fail("give either a CLAIM, --batch FILE or --document FILE")
            check_document(document, html, json_, globs, corpus, index_dir, quiet, verbose)
        if html is not None:
            fail("--html needs --document FILE")
        run_lookups(Lookup(
            "CLAIM", validate, lambda index, text: check_claim(index, text, globs),
            lambda text, why: CheckResult(text, Verdict.NOT_FOUND, 0.0, (), error=why),
            render_verdict, lambda result: result.verdict == Verdict.SUPPORTED,
            source_globs=globs),
            claim, batch, json_, corpus, index_dir, quiet, verbose)


def check_document(name: str, html: Optional[Path], json_: bool, globs: tuple[str, ...],
                   corpus, index_dir, quiet: bool, verbose: bool) -> NoReturn:
    """Check every sentence of a draft; exit 1 if any is contradicted."""
    from qa.claims.draft import read_draft
    from qa.claims.review import check_draft
    from qa.index.open import remember_query_stems
    from qa.inputs import read_input

    if html is not None:
        from qa.report import check_target

        check_target(html, name)
    draft = read_draft(name, read_input(name, "draft"))
    index = open_corpus(corpus, index_dir, quiet, verbose)
    if not quiet:
        warn_unmatched(index, globs)
    with draft_progress(quiet) as progress:
        report = check_draft(index, draft, globs, progress)
    remember_query_stems(index)
    if not report.summary.checked:
        fail(nothing_to_check(report.summary))
    if html is not None:
        from qa.report import html_report, save_report

        save_report(html, html_report(report))
    show_report(report, json_)
    raise typer.Exit(int(ExitStatus.NOT_FOUND if report.contradicted else ExitStatus.OK))


def nothing_to_check(summary) -> str:
    from qa.describe import skipped_counts

    return (f"no sentence of the draft {summary.draft} states something to check "
            f"({summary.sentences} skipped: {skipped_counts(summary.skipped_by)})")


def show_report(report, json_: bool) -> None:
    if not json_:
        from qa.render import render_draft

        render_draft(stdout_console(), report)
        return
    for sentence in report.sentences:
        print_json(sentence)
    print_json({"summary": report.summary})


@contextlib.contextmanager
def draft_progress(quiet: bool):
    """A progress bar for the sentences of a long draft (rich loaded once it is drawn)."""
    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            from qa.render import DraftProgress

            bar = DraftProgress(stderr_console())
        bar(done, total)

    try:
        yield None if quiet else update
    finally:
        if bar is not None:
            bar.close()


@app.command("show")
def show_passages(
    source: Annotated[str, typer.Argument(help="Document name, as `qa sources` lists it.")],
    paragraph: Annotated[Optional[int], typer.Argument(help="Paragraph number (¶).")] = None,
    json_: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print one cited passage, or every passage of a document.

    Example: qa show 000_ba95725e52efe437.txt 7
    """
    with errors_to_exit_codes():
        from qa.index.browse import passage_at, passages_of

        index = open_corpus(corpus, index_dir, quiet)
        if paragraph is not None:
            passages = [passage_at(index, source, paragraph)]
        else:
            passages = passages_of(index, source)
        if json_:
            print_json(passages[0] if paragraph is not None else passages)
            return
        from qa.render import render_passages

        render_passages(stdout_console(), passages)


@app.command()
def sources(json_: JsonOption = False, corpus: CorpusOption = None,
            index_dir: IndexOption = None, quiet: QuietOption = False,
            verbose: VerboseOption = False) -> None:
    """List the documents of the corpus with their titles and passage counts.

    Example: qa sources --json
    """
    with errors_to_exit_codes():
        from qa.index.browse import list_documents

        documents = list_documents(open_corpus(corpus, index_dir, quiet, verbose))
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
    index_dir: IndexOption = None,
) -> None:
    """Score answer quality on a gold file: R@1, R@5, R@10, MRR@10, nDCG@10, answer@1.

    Example: qa eval my_questions.jsonl -v
    """
    with errors_to_exit_codes():
        from qa.evaluate import evaluate as score, load_gold
        from qa.search.ask import ask as ask_question, check_top

        check_top(k)
        questions = load_gold(gold)
        index = open_corpus(corpus, index_dir)

        def bad_line(number: int, why: str) -> None:
            stderr_console().print(f"Error: {gold}:{number}: {why}", markup=False)

        report = score(questions, lambda q: ask_question(index, q, k), bad_line)
        if json_:
            print_json(report if verbose else replace(report, misses=()))
            return
        from qa.render import render_eval

        render_eval(stdout_console(), report, verbose)


@app.command("mcp")
def serve_mcp(corpus: CorpusOption = None, index_dir: IndexOption = None,
              quiet: QuietOption = False) -> None:
    """Serve ask, check, show and sources to an AI assistant (MCP over stdio).

    Example: qa mcp --corpus ~/reports   (needs: pip install "qa[mcp]")
    """
    with errors_to_exit_codes():
        import qa

        serve = mcp_server()
        serve(qa.open(corpus, index=index_dir, follow_changes=True,
                      notify=(lambda _message: None) if quiet else notify))


def mcp_server() -> Callable:
    """`qa.mcp_server.serve`, or exit 2 with how to install the MCP SDK it needs."""
    try:
        from qa.mcp_server import serve
    except ImportError as exc:
        if not (exc.name or "").startswith("mcp"):
            raise
        installed = ""
        if exc.name != "mcp":  # the SDK is there, but not a version with what qa uses
            from importlib.metadata import version

            installed = f" (mcp {version('mcp')} is installed)"
        fail(f'qa mcp needs the MCP Python SDK 2.3 or later{installed}: pip install "qa[mcp]"')
    return serve


@app.command("index")
def index_corpus(json_: JsonOption = False, corpus: CorpusOption = None,
                index_dir: IndexOption = None, quiet: QuietOption = False,
                verbose: VerboseOption = False,
                rebuild_: Annotated[bool, typer.Option(
                    "--rebuild", help="Read every file again, not only those that changed.")
                ] = False) -> None:
    """Bring the index of the corpus up to date, reading only files that changed.

    Example: qa index --corpus ~/reports
    """
    with errors_to_exit_codes():
        from qa.documents.files import bundled_corpus
        from qa.index.location import default_index_dir
        from qa.index.open import rebuild

        folder = corpus or bundled_corpus()
        location = index_dir or default_index_dir(folder)
        say = (lambda _m: None) if quiet else notify
        with build_progress(quiet) as progress:
            _, report = rebuild(folder, location, say, force=rebuild_, progress=progress,
                                verbose=verbose, must_save=True)
        if not report.rebuilt:
            say(f"the index is up to date: {report.documents} documents, "
                f"{report.passages} passages")
        say(f"index: {location}")
        if json_:
            print_json(report)


if __name__ == "__main__":
    app()
