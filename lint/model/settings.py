"""Settings every source shares, and where contentlint keeps its state.

Shared by sources (how to read), the corpus (how URLs resolve) and the engine (where the
cache and crawl store live), so it sits in the model, below all of them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

#: Files larger than this are reported (F001) instead of read.
DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024


@dataclass(frozen=True)
class SourceSettings:
    base_url: str | None = None
    content_root: str | None = None
    trailing_slash: bool = True
    #: The theme renders the front-matter title as the page's H1.
    title_is_h1: bool = True
    language: str = "en"
    #: (path glob, page kind) pairs from config `kinds:`; the first match wins.
    kinds: tuple[tuple[str, str], ...] = ()
    include_drafts: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE

    def fingerprint(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


#: The self-ignoring folder for the cache and the crawl store.
CACHE_DIR_NAME = ".contentlint"


def ensure_dir(directory: Path) -> Path:
    """Create the cache folder and make it invisible to git."""
    directory.mkdir(parents=True, exist_ok=True)
    ignore = directory / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Created by contentlint; the folder is a cache.\n*\n", encoding="utf-8")
    return directory
