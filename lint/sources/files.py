"""Files on disk: discovery (include/exclude globs, .gitignore) and reading.

Reading never raises for a bad file: an unreadable, binary, oversized or
undecodable file, or broken front matter, becomes a Document that carries an
F001/F002 diagnostic, and the run goes on with every other file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pathspec
from contentlint.document import Document
from contentlint.problem import Problem
from contentlint.sources.base import SourceSettings
from contentlint.sources.frontmatter import FrontMatterError

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.mdx", "*.html", "*.htm")
DEFAULT_EXCLUDE = (
    ".git/",
    ".hg/",
    ".svn/",
    ".contentlint/",
    "node_modules/",
    ".venv/",
    "venv/",
    ".tox/",
    "__pycache__/",
    ".pytest_cache/",
    "README.md",
    "CHANGELOG.md",
    "CONTRIBUTING.md",
    "CODE_OF_CONDUCT.md",
    "LICENSE.md",
    "SECURITY.md",
)


def gitwild(patterns: Iterable[str]) -> pathspec.PathSpec:
    """Globs with .gitignore semantics (`**`, trailing `/` for folders, `!` negation)."""
    try:
        return pathspec.PathSpec.from_lines("gitignore", list(patterns))
    except (KeyError, LookupError):  # pathspec < 1.0 names the factory "gitwildmatch"
        return pathspec.PathSpec.from_lines("gitwildmatch", list(patterns))


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    #: Explicit paths that do not exist or have an unsupported type.
    missing: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class FileSelector:
    """Decides which files under `root` are content, as ruff decides which are Python."""

    root: Path
    include: Sequence[str] = DEFAULT_INCLUDE
    exclude: Sequence[str] = DEFAULT_EXCLUDE
    respect_gitignore: bool = True

    def __post_init__(self) -> None:
        self._include = gitwild(self.include)
        self._exclude = gitwild(self.exclude)
        self._ignores: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def excluded(self, path: Path, is_dir: bool) -> bool:
        rel = self.rel(path) + ("/" if is_dir else "")
        if self._exclude.match_file(rel) or self._exclude.match_file(
            path.name + ("/" if is_dir else "")
        ):
            return True
        return self.respect_gitignore and self._gitignored(path, is_dir)

    def included(self, path: Path) -> bool:
        if path.suffix.lower() not in SUFFIXES:
            return False
        return bool(self._include.match_file(self.rel(path)))

    def _gitignored(self, path: Path, is_dir: bool) -> bool:
        path = path.resolve()
        for directory in path.parents:
            spec = self._spec_for(directory)
            if spec is not None:
                rel = path.relative_to(directory).as_posix() + ("/" if is_dir else "")
                if spec.match_file(rel):
                    return True
            if (directory / ".git").exists():
                break
        return False

    def _spec_for(self, directory: Path) -> pathspec.GitIgnoreSpec | None:
        if directory not in self._ignores:
            lines: list[str] = []
            for name in (".gitignore", ".git/info/exclude"):
                f = directory / name
                if f.is_file():
                    try:
                        lines += f.read_text(encoding="utf-8", errors="replace").splitlines()
                    except OSError:
                        pass
            self._ignores[directory] = pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._ignores[directory]

    def discover(self, paths: Sequence[str], force_exclude: bool = False) -> Discovery:
        found = Discovery()
        seen: set[Path] = set()
        for raw in paths:
            p = Path(raw)
            if not p.exists():
                found.missing.append(raw)
                continue
            if p.is_file():
                if p.suffix.lower() not in SUFFIXES:
                    found.skipped.append(raw)
                elif not (force_exclude and self.excluded(p, False)):
                    self._add(p, found, seen)
                continue
            for f in self._walk(p):
                self._add(f, found, seen)
        found.files.sort(key=lambda f: f.as_posix())
        return found

    def _add(self, p: Path, found: Discovery, seen: set[Path]) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            found.files.append(p)

    def _walk(self, top: Path) -> Iterator[Path]:
        for dirpath, dirnames, filenames in os.walk(top):
            d = Path(dirpath)
            dirnames[:] = sorted(n for n in dirnames if not self.excluded(d / n, True))
            for name in sorted(filenames):
                f = d / name
                if self.included(f) and not self.excluded(f, False):
                    yield f


def display_path(path: Path) -> str:
    """Paths as the user would type them: relative to the working directory when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_bytes(path: Path, max_size: int) -> bytes | str:
    """The file's bytes, or a reason it cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_size:
            return f"file is {size / 1_048_576:.1f} MB, over the {max_size / 1_048_576:.1f} MB limit (max-file-size)"
        with path.open("rb") as fh:
            return fh.read()
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def load(
    path: Path,
    display: str,
    rel: PurePosixPath,
    settings: SourceSettings,
    resolve_code: Callable[[str], str] = str.upper,
    data: bytes | None = None,
) -> Document:
    """Read and parse one file. Never raises for bad content."""
    fmt = "html" if path.suffix.lower() in HTML_SUFFIXES else "markdown"
    if data is None:
        raw = read_bytes(path, settings.max_file_size)
        if isinstance(raw, str):
            return failed(display, fmt, "F001", raw)
        data = raw
    digest = content_hash(data)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return failed(display, fmt, "F001", "binary file (contains NUL bytes), not text", digest)
    try:
        if fmt == "markdown":
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = data[: exc.start].count(b"\n") + 1
                return failed(
                    display,
                    fmt,
                    "F001",
                    f"not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line}; save the file as UTF-8",
                    digest,
                    line,
                )
            from contentlint.sources import markdown

            doc = markdown.parse(text.replace("\r\n", "\n"), display, rel, settings, resolve_code)
        else:
            from contentlint.sources import html
            from contentlint.sources.urls import absolute, site_base, url_path_for

            url = absolute(
                site_base(settings.base_url),
                url_path_for(rel, {}, content_root=settings.content_root),
            )
            doc = html.parse(
                html.decode(data).replace("\r\n", "\n"), display, url, settings, resolve_code
            )
    except FrontMatterError as exc:
        return failed(display, fmt, "F002", str(exc), digest, exc.line, exc.column)
    except RecursionError:
        return failed(display, fmt, "F002", "document is nested too deeply to parse", digest)
    except Exception as exc:
        return failed(
            display,
            fmt,
            "F002",
            f"could not parse {fmt.upper()}: {type(exc).__name__}: {exc}",
            digest,
        )
    doc.content_hash = digest
    return doc


def failed(
    display: str, fmt: str, code: str, reason: str, digest: str = "", line: int = 1, column: int = 1
) -> Document:
    doc = Document(path=display, format=fmt, content_hash=digest)
    doc.diagnostics.append(
        Problem(
            code=code,
            message=reason,
            line=line,
            column=column,
            path=display,
            subject=reason,
            whole_document=True,
        )
    )
    return doc
