"""`qa.index.digest`: the SHA-256 a start uses is CPython's own unless much is hashed, with the
digests hashlib gives."""
from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from qa.index import digest


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 5000])
def test_the_builtin_sha256_gives_hashlib_s_digests(data):
    builtin = digest.builtin_sha256()
    assert builtin is not None  # CPython has one (_sha256, or _sha2 from 3.12)
    assert builtin(data).hexdigest() == hashlib.sha256(data).hexdigest()


def test_a_small_hash_loads_no_openssl_and_a_big_one_does():
    code = ("import sys\nfrom qa.index import digest\n"
            "small = digest.sha256(1000); small.update(b'abc')\n"
            "print('hashlib' in sys.modules, small.hexdigest())\n"
            "digest.expect(digest.BUILTIN_BYTES + 1)\n"
            "print('hashlib' in sys.modules, type(digest.sha256(10)).__module__)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    first, second = done.stdout.splitlines()
    assert first == f"False {hashlib.sha256(b'abc').hexdigest()}"
    assert second.startswith("True") and "_hashlib" in second
