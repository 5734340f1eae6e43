"""Command line: `contentlint check`, `crawl`, `rules`, `rule`, `schema`, `scores`.

The top floor: it parses options and calls the engine's `run`, the scorer and the
reporters. `main` is the console script's entry point.
"""

from __future__ import annotations

from contentlint.cli import commands, crawl
from contentlint.cli.common import emit, main

__all__ = ["commands", "crawl", "emit", "main"]
