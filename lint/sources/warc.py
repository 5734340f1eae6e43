"""WARC and ARC archives as input: sites crawled by someone else's crawler.

Heritrix, Browsertrix, `wget --warc-file`, Common Crawl extracts: every HTML
`response` record becomes a document at its target URL, exactly as a live crawl would
have made it (same parser, same X-Robots-Tag/canonical/F004 handling; 4xx/5xx
responses become F003). Archives are streamed record by record with warcio and pages
are parsed in worker processes a few at a time, so memory does not grow with the size
of the archive. The first capture of a URL wins; revisit records are skipped.
"""

from __future__ import annotations

import gzip
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contentlint.model.document import Document
from contentlint.model.settings import SourceSettings
from contentlint.sources.web import (
    Page,
    ParseMap,
    UrlPolicy,
    failed_document,
    is_html,
    known_urls,
    normalize,
    redirect_loops,
    resolve_aliases,
    serial_parse,
    settle_links,
    with_aliases,
)

if TYPE_CHECKING:
    from contentlint.sources.files import FileSelector

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
DEFAULT_MAX_BODY = 10 * 1024 * 1024
_HEADERS = (
    "content-type",
    "content-language",
    "etag",
    "last-modified",
    "x-robots-tag",
    "link",
    "location",
)


def is_archive(path: Path | str) -> bool:
    return os.path.basename(str(path)).lower().endswith(ARCHIVE_SUFFIXES)


def _open(path: Path | str) -> Any:
    """A local archive, or one at a URL (read through fsspec by whoever reads it)."""
    from contentlint.sources import remote

    return remote.open_binary(path) if isinstance(path, str) else path.open("rb")


def split_paths(
    paths: Sequence[str], selector: FileSelector, force_exclude: bool = False
) -> tuple[list[Path | str], list[str]]:
    """(archives, other paths): archive files given directly or found in given folders.

    Folders stay in the other paths too, so Markdown and HTML next to the archives are
    still linted as files.
    """
    archives: list[Path | str] = []
    rest: list[str] = []
    for raw in paths:
        if "://" in raw:
            from contentlint.sources import remote

            if remote.is_url(raw):
                # A glob or folder of archives at a URL; anything else there is linted
                # as files by the file discovery.
                listing = remote.find(raw)
                found = [u for u, _ in listing.files if is_archive(u)]
                archives += found
                if listing.missing or len(found) < len(listing.files):
                    rest.append(raw)
                continue
        p = Path(raw)
        if p.is_file() and is_archive(p):
            if not (force_exclude and selector.excluded(p, False)):
                archives.append(p)
            continue
        rest.append(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                d = Path(dirpath)
                dirnames[:] = sorted(n for n in dirnames if not selector.excluded(d / n, True))
                archives += [
                    d / n
                    for n in sorted(filenames)
                    if is_archive(d / n) and not selector.excluded(d / n, False)
                ]
    return archives, rest


def unreadable_archive(path: Path | str, reason: str) -> Document:
    """An F001 at the archive: what it held up to the damage is still linted, but the
    run must not pass as if the rest had been read."""
    from contentlint.sources.files import display_path, failed

    return failed(display_path(path), "html", "F001", f"archive not fully read: {reason}")


class ArchiveReader:
    """HTML pages of WARC/ARC files, as parse-ready items, with counts of the rest."""

    def __init__(self, paths: Sequence[Path | str], max_body: int = DEFAULT_MAX_BODY) -> None:
        self.paths = list(paths)
        self.max_body = max_body
        self.counts: Counter[str] = Counter()
        self.redirects: dict[str, str] = {}
        #: Every URL the archives hold a response for.
        self.known: set[str] = set()

    def items(self) -> Iterator[tuple[str | None, Page | Document]]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        seen: set[str] = set()
        for path in self.paths:
            try:
                try:
                    with _open(path) as fh:
                        yield from self.read_records(ArchiveIterator(fh, arc2warc=True), seen)
                except ArchiveLoadFailed as exc:
                    if "non-chunked gzip" not in str(exc):
                        raise
                    # One gzip stream around the whole archive (`gzip site.warc`) rather
                    # than one per record: readable front to back, which is all we do.
                    with _open(path) as raw, gzip.open(raw, "rb") as fh:
                        yield from self.read_records(ArchiveIterator(fh, arc2warc=True), seen)
            except (OSError, ArchiveLoadFailed, ValueError, EOFError) as exc:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                yield None, unreadable_archive(path, reason)

    def read_records(
        self, records: Iterable[Any], seen: set[str]
    ) -> Iterator[tuple[str | None, Page | Document]]:
        """Items of an archive's records (an executor that splits archives overrides it)."""
        for record in records:
            item = self.record_item(record, seen)
            if item is not None:
                yield None, item

    def record_item(self, record: Any, seen: set[str]) -> Page | Document | None:
        """The page (or failed document) one response record holds; None for other records."""
        if record.rec_type != "response" or record.http_headers is None:
            return None
        raw_url = record.rec_headers.get_header("WARC-Target-URI") or ""
        url = normalize(raw_url, base=None)
        if url is None or url in seen:
            return None
        seen.add(url)
        self.known.add(url)
        self.counts["responses"] += 1
        http = record.http_headers
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            return None
        headers = {
            name: "\n".join(v for k, v in http.headers if k.lower() == name)
            for name in _HEADERS
            if http.get_header(name) is not None
        }
        if 300 <= status < 400:
            target = normalize(headers.get("location", ""), base=url)
            if target:
                self.redirects[url] = target
                self.counts["redirects"] += 1
            return None
        if status >= 400:
            self.counts["failed"] += 1
            reason = http.statusline.strip()
            return failed_document(url, f"HTTP {reason}", f"HTTP {status}", status=status)
        ctype = headers.get("content-type")
        stream = record.content_stream()
        if ctype is not None and not is_html(ctype):
            self.counts["skipped (not HTML)"] += 1
            return None
        body = stream.read(self.max_body + 1)
        if len(body) > self.max_body:
            self.counts["failed"] += 1
            reason = f"body too large: body over the {self.max_body / 1048576:.1f} MB limit"
            return failed_document(url, reason, "body too large", status=status)
        if status != 200 or not is_html(ctype, body):
            self.counts["skipped (not HTML)"] += 1
            return None
        self.counts["HTML pages"] += 1
        return Page(url=url, final_url=url, status=status, headers=headers, body=body)


def documents(
    reader: ArchiveReader, settings: SourceSettings, parse_map: ParseMap = serial_parse
) -> Iterator[Document]:
    """Documents of the archives, parsed by `parse_map` (the engine's worker pool) a few
    at a time.

    Redirect aliases are only known once every record has been read; they are added
    to the documents already yielded at the end, before the corpus stage reads them.
    """
    by_url: dict[str, Document] = {}
    for _, doc in parse_map(reader.items(), settings, None):
        if doc.url:
            by_url[doc.url] = doc
        yield doc
    for url, chain in sorted(redirect_loops(reader.redirects).items()):
        doc = failed_document(url, "redirect loop: " + " → ".join(chain), "redirect loop")
        by_url[url] = doc
        yield doc
    for final, sources in resolve_aliases(reader.redirects.items()).items():
        if final in by_url:
            with_aliases(by_url[final], sources)
    pages = reader.known - set(reader.redirects)
    settle_links(by_url.values(), known_urls(pages, reader.redirects) | set(by_url), UrlPolicy())
