"""How the tests and the report bench start Debian's Chromium: the system browser (browser
downloads do not work here) with background networking off (the machine has no network)."""

from __future__ import annotations

import os
import shutil

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def find_chromium() -> str | None:
    exe = shutil.which("chromium")
    if exe:
        return exe
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None
