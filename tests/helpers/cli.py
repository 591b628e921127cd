"""Running the `qa` command in tests: in-process with CliRunner, or as a real subprocess, and
the assertions every command shares (no crash, one `Error: ...` line for a user error)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from cli import app

runner = CliRunner()
QA = [sys.executable, "-c", "from cli import app; app(prog_name='qa')"]
QUESTION = "How many peacekeepers were killed?"


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def qa_process(*args, env=None, **kwargs):
    """The real command in a subprocess (arguments may be bytes: argv is not always UTF-8)."""
    argv = [a if isinstance(a, bytes) else str(a) for a in args]
    return subprocess.Popen([*QA, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env or dict(os.environ), **kwargs)


def assert_no_crash(result, codes=(0, 1)):
    """The command ended by itself with an expected code, no exception, no traceback."""
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crashed, repr(result.exception)
    assert result.exit_code in codes, (result.exit_code, result.stdout[-500:], result.stderr)
    assert "Traceback" not in result.stderr


def assert_user_error(result, fragment: str = "", alone: bool = True):
    """Exit 2, nothing on stdout, and one `Error: ...` line: the only line on stderr, or
    (`alone=False`, when the index is being built) the last one, after the notices."""
    assert_no_crash(result, codes=(2,))
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    assert len(lines) == 1 or not alone, result.stderr
    assert fragment in errors[0], errors[0]


def ask_json(*args, codes=(0, 1)):
    result = run("ask", *args, "--json")
    assert_no_crash(result, codes)
    return json.loads(result.stdout)
