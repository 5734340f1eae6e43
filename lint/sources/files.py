"""Files on disk: discovery (include/exclude globs, .gitignore) and reading.

Reading never raises for a bad file: an unreadable, binary, oversized or
undecodable file, or broken front matter, becomes a Document that carries an
F001/F002 diagnostic, and the run goes on with every other file.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pathspec
from contentlint.model.document import Document
from contentlint.model.problem import Problem
from contentlint.model.settings import SourceSettings
from contentlint.sources import remote
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


def gitwild(patterns: Iterable[str]) -> pathspec.PathSpec[Any]:
    """Globs with .gitignore semantics (`**`, trailing `/` for folders, `!` negation)."""
    try:
        return pathspec.PathSpec.from_lines("gitignore", list(patterns))
    except (KeyError, LookupError):  # pathspec < 1.0 names the factory "gitwildmatch"
        return pathspec.PathSpec.from_lines("gitwildmatch", list(patterns))


#: A file to lint: a local path, or a URL string (`remote`) its worker reads itself.
Input = Path | str


def as_path(path: str) -> Input:
    """A task's path as `load` takes it: URLs stay strings (`Path` would mangle `//`)."""
    return path if remote.is_url(path) else Path(path)


def resolved(path: Input) -> str:
    """A canonical form to compare inputs by: the real path, or the URL."""
    return path if isinstance(path, str) else str(path.resolve())


@dataclass
class Discovery:
    files: list[Input] = field(default_factory=list)
    #: Explicit paths that do not exist or have an unsupported type.
    missing: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: Folders that could not be listed (permission denied), with the reason: their
    #: files are not linted, so the run says so instead of passing them over silently.
    unreadable: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class FileSelector:
    """Decides which files under `root` are content, as ruff decides which are Python.

    Works on absolute path strings with per-folder caches: discovery of a large site
    must not cost a `resolve()` and a parent walk per file.
    """

    root: Path
    include: Sequence[str] = DEFAULT_INCLUDE
    exclude: Sequence[str] = DEFAULT_EXCLUDE
    respect_gitignore: bool = True

    def __post_init__(self) -> None:
        self.root = self.root.resolve()
        self._root = str(self.root)
        self._include = gitwild(self.include)
        self._exclude = gitwild(self.exclude)
        self._chains: dict[str, list[tuple[str, pathspec.GitIgnoreSpec]]] = {}
        #: Folders walked, with what they held: the files to lint and the corpus are
        #: usually the same tree, discovered twice in one run.
        self._walked: dict[str, tuple[list[str], list[tuple[str, str]]]] = {}
        #: Remote files found, with their path relative to the folder URL given.
        self._remote_rel: dict[str, str] = {}

    def rel(self, path: Path | str) -> str:
        """Path relative to the config root (absolute when outside it), in POSIX form;
        a URL's is relative to the folder URL it was found under."""
        if remote.is_url(path):
            return self._remote_rel.get(str(path), str(path).rsplit("/", 1)[-1])
        s = str(path) if os.path.isabs(path) else os.path.abspath(path)
        if s == self._root:
            return "."
        prefix = self._root.rstrip(os.sep) + os.sep
        if s.startswith(prefix):
            return s[len(prefix) :].replace(os.sep, "/")
        return Path(s).as_posix()

    def excluded(self, path: Path | str, is_dir: bool) -> bool:
        s = os.path.abspath(path)
        slash = "/" if is_dir else ""
        rel = self.rel(s) + slash
        if self._exclude.match_file(rel) or self._exclude.match_file(os.path.basename(s) + slash):
            return True
        return self.respect_gitignore and self._gitignored(s, is_dir)

    def included(self, path: Path | str) -> bool:
        s = str(path)
        if os.path.splitext(s)[1].lower() not in SUFFIXES:
            return False
        return bool(self._include.match_file(self.rel(s)))

    def _gitignored(self, abs_path: str, is_dir: bool) -> bool:
        slash = "/" if is_dir else ""
        for directory, spec in self._chain(os.path.dirname(abs_path)):
            rel = os.path.relpath(abs_path, directory).replace(os.sep, "/") + slash
            if spec.match_file(rel):
                return True
        return False

    def _chain(self, directory: str) -> list[tuple[str, pathspec.GitIgnoreSpec]]:
        """The .gitignore specs that apply inside `directory`, up to the repository root."""
        chain = self._chains.get(directory)
        if chain is not None:
            return chain
        parent = os.path.dirname(directory)
        is_repo_root = os.path.exists(os.path.join(directory, ".git"))
        chain = [] if is_repo_root or parent == directory else list(self._chain(parent))
        lines: list[str] = []
        for name in (".gitignore", os.path.join(".git", "info", "exclude")):
            f = os.path.join(directory, name)
            if os.path.isfile(f):
                try:
                    with open(f, encoding="utf-8", errors="replace") as fh:
                        lines += fh.read().splitlines()
                except OSError:
                    pass
        if lines:
            chain.append((directory, pathspec.GitIgnoreSpec.from_lines(lines)))
        self._chains[directory] = chain
        return chain

    def forget_walks(self) -> None:
        """Walk folders again from now on (a new run: files may have come and gone)."""
        self._walked.clear()

    def discover(self, paths: Sequence[str], force_exclude: bool = False) -> Discovery:
        found = Discovery()
        seen: set[str] = set()
        for raw in paths:
            if remote.is_url(raw):
                self._discover_url(raw, found, seen, force_exclude)
                continue
            if not os.path.exists(raw):
                found.missing.append(raw)
                continue
            top = os.path.realpath(raw)
            if os.path.isfile(top):
                if os.path.splitext(top)[1].lower() not in SUFFIXES:
                    found.skipped.append(raw)
                elif not (force_exclude and self.excluded(top, False)) and top not in seen:
                    seen.add(top)
                    found.files.append(Path(top))
                continue
            walked = self._walked.get(top)
            if walked is None:
                unreadable: list[tuple[str, str]] = []
                walked = self._walked[top] = (list(self._walk(top, unreadable)), unreadable)
            found.unreadable += walked[1]
            for f in walked[0]:
                if f not in seen:
                    seen.add(f)
                    found.files.append(Path(f))
        found.files.sort(key=str)
        return found

    def _discover_url(
        self, raw: str, found: Discovery, seen: set[str], force_exclude: bool
    ) -> None:
        """Files under a URL, chosen by the include/exclude globs as local ones are
        (relative to the folder URL given); .gitignore files are not read remotely."""
        listing = remote.find(raw)
        found.missing += listing.missing
        single = len(listing.files) == 1 and listing.files[0][0] == raw
        for url, rel in listing.files:
            suffix = os.path.splitext(rel)[1].lower()
            if single and suffix not in SUFFIXES:
                found.skipped.append(raw)
                continue
            wanted = single or (suffix in SUFFIXES and self._include.match_file(rel))
            if not wanted or url in seen:
                continue
            if (force_exclude or not single) and self._remote_excluded(rel):
                continue
            seen.add(url)
            self._remote_rel[url] = rel
            found.files.append(url)

    def _remote_excluded(self, rel: str) -> bool:
        parts = rel.split("/")
        folders = ("/".join(parts[: i + 1]) + "/" for i in range(len(parts) - 1))
        return (
            self._exclude.match_file(rel)
            or any(
                self._exclude.match_file(f) or self._exclude.match_file(f.rsplit("/", 2)[-2] + "/")
                for f in folders
            )
            or self._exclude.match_file(parts[-1])
        )

    def _walk(self, top: str, unreadable: list[tuple[str, str]]) -> Iterator[str]:
        def note(exc: OSError) -> None:
            unreadable.append((str(exc.filename or top), exc.strerror or str(exc)))

        for dirpath, dirnames, filenames in os.walk(top, onerror=note):
            dirnames[:] = sorted(
                n for n in dirnames if not self.excluded(os.path.join(dirpath, n), True)
            )
            for name in sorted(filenames):
                f = os.path.join(dirpath, name)
                if self.included(f) and not self.excluded(f, False):
                    yield f


def display_path(path: Path | str, cwd: str | None = None) -> str:
    """Paths as the user would type them: relative to the working directory when inside
    it; URLs as given."""
    if remote.is_url(path):
        return str(path)
    s = os.path.abspath(path)
    base = (cwd or os.getcwd()).rstrip(os.sep) + os.sep
    if s.startswith(base):
        return s[len(base) :].replace(os.sep, "/")
    return Path(s).as_posix()


def read_bytes(path: Path, max_size: int) -> bytes | str:
    """The file's bytes, or a reason it cannot be read.

    Only regular files are read (a FIFO blocks forever, `/dev/zero` never ends), and
    never more than `max_size` bytes, even if the file grows after `stat`.
    """
    try:
        with path.open("rb", buffering=0) if _regular(path) else _not_regular() as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_size:
                return _too_large(size, max_size)
            # Asking for the size `stat` gave (plus one) spares allocating and releasing
            # a `max_size` buffer per file (~30 us of a ~10 us read); a file that grew
            # since is read on, up to the same limit.
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(max_size + 1 - len(data))
            if len(data) > max_size:
                return _too_large(len(data), max_size)
            return data
    except _NotRegular:
        return "not a regular file (a pipe, device or socket); only files are read"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"


class _NotRegular(Exception):
    pass


def _regular(path: Path) -> bool:
    """A regular file, after symlinks; checked before `open`, which blocks on a FIFO."""
    return stat.S_ISREG(path.stat().st_mode)


def _not_regular() -> Any:
    raise _NotRegular


def _too_large(size: int, max_size: int) -> str:
    shown, limit = _megabytes(size), _megabytes(max_size)
    if shown == limit:  # 1.0 MB over a 1.0 MB limit says nothing
        shown, limit = f"{size:,} bytes", f"{max_size:,}-byte"
    return f"file is {shown}, over the {limit} limit (max-file-size)"


def _megabytes(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 104_858 else f"{n / 1024:.0f} KB"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark declares (UTF-32 before UTF-16: its LE mark
    starts with UTF-16's)."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def binary_reason(data: bytes) -> str | None:
    """Why the bytes are not text, or None. NUL bytes mean binary, except in UTF-16/32
    with a byte-order mark; UTF-16 without one gets its own advice."""
    head = data[:8192]
    if b"\x00" not in head or bom_encoding(data) not in (None, "utf-8-sig"):
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(head) >= 8 and max(even, odd) > 0.4 * len(head) / 2 and min(even, odd) == 0:
        return "UTF-16 without a byte-order mark; save the file as UTF-8 (or as UTF-16 with a BOM)"
    return "binary file (contains NUL bytes), not text"


class NotText(ValueError):
    """Bytes that are not text we can trust, with the 1-based line of the first bad byte."""

    def __init__(self, reason: str, line: int = 1) -> None:
        super().__init__(reason)
        self.line = line


def decode_markdown(data: bytes) -> str:
    """Markdown text: UTF-8, or UTF-16/32 marked with a BOM; else NotText.

    Not guessed further: a Latin-1 file read as UTF-8 would be linted with its accents
    turned into replacement characters, so it is reported (F001) for saving as UTF-8.
    """
    encoding = bom_encoding(data) or "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            name = encoding.upper().removesuffix("-SIG")
            raise NotText(f"not valid {name} after its byte-order mark") from exc
        line = data[: exc.start].count(b"\n") + 1
        raise NotText(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line}; save the file as UTF-8",
            line,
        ) from exc


def newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (lone CR) line ends as `\\n`: parsers count a lone CR
    as a line break, so line numbers must too."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def load(
    path: Input,
    display: str,
    rel: PurePosixPath,
    settings: SourceSettings,
    resolve_code: Callable[[str], str] = str.upper,
    data: bytes | None = None,
) -> Document:
    """Read and parse one file. Never raises for bad content."""
    fmt = format_of(path)
    if data is None:
        raw = (
            remote.read_bytes(path, settings.max_file_size)
            if isinstance(path, str)
            else read_bytes(path, settings.max_file_size)
        )
        if isinstance(raw, str):
            return failed(display, fmt, "F001", raw)
        data = raw
    digest = content_hash(data)
    reason = binary_reason(data)
    if reason:
        return failed(display, fmt, "F001", reason, digest)
    try:
        if fmt == "markdown":
            try:
                text = decode_markdown(data)
            except NotText as exc:
                return failed(display, fmt, "F001", str(exc), digest, exc.line)
            from contentlint.sources import markdown

            text = newlines(text)
            doc = markdown.parse(text, display, rel, settings, resolve_code)
            # E008 tells date bumping from real updates by the previous committed version.
            from contentlint.sources import history

            previous = (
                None
                if isinstance(path, str)
                else history.previous_version(path, text, doc.front_matter)
            )
            if previous:
                doc.extra["previous_version"] = previous
        else:
            from contentlint.model.urls import absolute, site_base, url_path_for
            from contentlint.sources import html

            url = absolute(
                site_base(settings.base_url),
                url_path_for(rel, {}, content_root=settings.content_root),
            )
            doc = html.parse(newlines(html.decode(data)), display, url, settings, resolve_code)
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


def format_of(path: Path | str) -> str:
    return "html" if os.path.splitext(path)[1].lower() in HTML_SUFFIXES else "markdown"


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
