"""Inputs given as URLs (`s3://b/site/`, `gs://…/*.warc.gz`, `memory://`), read through fsspec.

A remote file travels through the run as its URL string, never as bytes: the worker
that lints it (a pool process or a Dask worker) opens the URL itself, so a cluster
reads from shared storage rather than through the client. fsspec is imported only when
a URL is given: a local run (a pre-commit hook) pays nothing for it. Remote files are
not cached (the cache keys files by stat and content on disk; reading a bucket to hash
it would cost what linting it costs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class MissingBackend(Exception):
    """fsspec, or the fsspec backend for a URL's scheme, is not installed (exit 2)."""


def is_url(path: object) -> bool:
    """A `scheme://` input (Windows drive paths such as `C:\\x` have no `//`)."""
    return isinstance(path, str) and _URL.match(path) is not None


def scheme(url: str) -> str:
    return url.split("://", 1)[0].lower()


def filesystem(url: str) -> tuple[Any, str]:
    """(fsspec filesystem, path inside it) for `url`; MissingBackend names what to install."""
    try:
        import fsspec.core
    except ImportError:
        raise MissingBackend(
            f"{url}: install fsspec to read {scheme(url)}:// paths "
            "(pip install 'contentlint[remote]')"
        ) from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except ImportError as exc:
        raise MissingBackend(
            f"{url}: install {_package(scheme(url), str(exc))} to read {scheme(url)}:// paths"
        ) from None
    except ValueError as exc:  # an unknown protocol
        raise MissingBackend(f"{url}: no fsspec backend for {scheme(url)}:// ({exc})") from None
    return fs, str(path)


def _package(proto: str, error: str) -> str:
    """The package fsspec's registry names for a protocol (e.g. s3fs for s3)."""
    from fsspec.registry import known_implementations

    spec = known_implementations.get(proto, {})
    cls = str(spec.get("class", ""))
    if cls and "." in cls and not cls.startswith("fsspec."):
        return cls.split(".", 1)[0]
    return error or "the fsspec backend"


def check(paths: list[str]) -> None:
    """Fail early (MissingBackend) for any URL whose backend is not installed."""
    for p in paths:
        if is_url(p):
            filesystem(p)


@dataclass
class Found:
    """Files under the given URLs: (url, path relative to the folder given) pairs."""

    files: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def find(url: str) -> Found:
    """The files a URL names: itself, those a glob matches, or everything under a folder."""
    fs, path = filesystem(url)
    found = Found()
    try:
        # In an http(s) URL `?` starts the query string, not a wildcard.
        chars = "*[" if scheme(url) in ("http", "https") else "*?["
        magic = next((i for i, c in enumerate(url) if c in chars), -1)
        if magic >= 0:
            base_url = url[: url.rfind("/", 0, magic)]
            found.files = _under(fs, base_url, sorted(p for p in fs.glob(path) if fs.isfile(p)))
        elif fs.isdir(path):
            base_url = url.rstrip("/")
            found.files = _under(fs, base_url, sorted(fs.find(path.rstrip("/"))))
        elif fs.exists(path):
            found.files.append((url, path.rsplit("/", 1)[-1]))
        if not found.files and magic < 0 and not fs.exists(path):
            found.missing.append(url)
    except OSError:
        found.missing.append(url)
    return found


def _under(fs: Any, base_url: str, paths: list[str]) -> list[tuple[str, str]]:
    """(URL, relative path) of listed paths under `base_url`, spelt as the user spelt
    the base (a listing may add or drop a leading `/`)."""
    base = fs._strip_protocol(base_url).rstrip("/")
    out = []
    for p in paths:
        rel = p[len(base) :].lstrip("/") if p.startswith(base) else p.rsplit("/", 1)[-1]
        out.append((f"{base_url}/{rel}", rel))
    return out


def read_bytes(url: str, max_size: int) -> bytes | str:
    """The remote file's bytes (at most `max_size`), or why they cannot be read."""
    try:
        fs, path = filesystem(url)
        with fs.open(path, "rb") as fh:
            data = fh.read(max_size + 1)
    except MissingBackend as exc:
        return str(exc)
    except Exception as exc:  # a backend's errors are not all OSError
        return f"cannot read {url}: {type(exc).__name__}: {exc}"
    if len(data) > max_size:
        return f"file is over the {max_size:,}-byte limit (max-file-size)"
    return bytes(data)


def open_binary(url: str) -> Any:
    """A binary file object for a URL (a WARC streamed record by record)."""
    fs, path = filesystem(url)
    return fs.open(path, "rb")
