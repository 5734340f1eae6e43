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
#: Seconds one file may take to read, parse and check before it is reported (F001).
#: The largest file allowed by default (5 MB of prose on one line) takes about 3 s on
#: one core; the rest is headroom for a loaded CI runner.
DEFAULT_MAX_FILE_TIME = 10.0

_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2}
_UNITS |= {"mib": 1024**2, "g": 1024**3, "gb": 1024**3, "gib": 1024**3}
#: A size as written in config or on the command line: `5MB`, `512 KB`, `1.5MiB`, `4096`.
SIZE_PATTERN = r"^\s*[0-9]+(\.[0-9]+)?\s*([kKmMgG]([iI]?[bB])?|[bB])?\s*$"


def parse_size(value: int | str) -> int:
    """Bytes in a size like `5MB` (binary units, as the limit is documented: 5 MB is
    5 * 1024 * 1024 bytes), or ValueError."""
    if isinstance(value, int):
        return value
    text = value.strip().lower().replace(" ", "")
    number = text.rstrip("kmgib")
    unit = text[len(number) :]
    if unit not in _UNITS or not number:
        raise ValueError(f"not a size: {value!r} (try 5MB, 512KB or a number of bytes)")
    try:
        return int(float(number) * _UNITS[unit])
    except ValueError:
        raise ValueError(f"not a size: {value!r} (try 5MB, 512KB or a number of bytes)") from None


@dataclass(frozen=True)
class SourceSettings:
    base_url: str | None = None
    content_root: str | None = None
    trailing_slash: bool = True
    #: The theme renders the front-matter title as the page's H1.
    title_is_h1: bool = True
    #: The site's default language (config `language`; "": the generator's, else en).
    language: str = ""
    #: The site's languages (config `languages`; else the generator's i18n config).
    languages: tuple[str, ...] = ()
    #: Front-matter fields naming a page's translation group (config `translation-keys`).
    translation_keys: tuple[str, ...] = ()
    #: Untranslated pages are served from the default language at the locale's URL
    #: (config `language-fallback`; None: as the generator does).
    language_fallback: bool | None = None
    #: (path glob, page kind) pairs from config `kinds:`; the first match wins.
    kinds: tuple[tuple[str, str], ...] = ()
    include_drafts: bool = False
    #: Config `links.ignore`: regular expressions; a link target matching one is not checked.
    link_ignore: tuple[str, ...] = ()
    #: Config `links.rewrite`: (regular expression, replacement) pairs applied in order to
    #: a link target before it is resolved.
    link_rewrite: tuple[tuple[str, str], ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    max_file_time: float = DEFAULT_MAX_FILE_TIME

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
