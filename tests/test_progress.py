"""Progress on long runs: a bar on a terminal's stderr, never elsewhere.

The bar is shown by tqdm after `CONTENTLINT_PROGRESS_DELAY` seconds (2 by default); the
tests set it to 0 so that a small run shows it. stderr is a real pseudo-terminal.
"""

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest
from helpers import write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


@pytest.fixture
def site(tmp_path):
    return write(
        tmp_path / "site",
        {f"post-{i}.md": f"---\ntitle: Post number {i}\n---\n\nWords {i}.\n" for i in range(30)},
    )


def _run(site, *args, tty: bool):
    env = {**os.environ, "CONTENTLINT_PROGRESS_DELAY": "0", "CONTENTLINT_NO_CACHE": "1"}
    cmd = [sys.executable, "-m", "contentlint.cli", "check", str(site), "-j", "1", *args]
    if not tty:
        proc = subprocess.run(cmd, capture_output=True, env=env)
        return proc.stdout.decode(), proc.stderr.decode()
    leader, follower = pty.openpty()
    # A terminal 100 columns wide (a new pseudo-terminal has none, and tqdm draws to fit).
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    out_file = site.parent / "stdout.txt"
    with out_file.open("wb") as out_fh:
        proc = subprocess.Popen(cmd, stdout=out_fh, stderr=follower, env=env)
    os.close(follower)
    err = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        err += chunk
    proc.wait()
    os.close(leader)
    out = out_file.read_text()
    return out, err.decode(errors="replace")


def test_a_terminal_sees_progress_and_stdout_stays_clean(site):
    out, err = _run(site, "--output-format", "json", tty=True)
    assert "linting" in err and "/30 [" in err  # documents done of the total, rate
    assert len(json.loads(out)) > 0  # machine-readable output untouched


def test_no_progress_when_quiet_or_not_a_terminal(site):
    _, err = _run(site, "-q", tty=True)
    assert "linting" not in err
    _, err = _run(site, tty=False)
    assert "linting" not in err
