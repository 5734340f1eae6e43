"""The stored form of documents and problems: data only, never code.

The result cache (`.contentlint/cache.sqlite`) and the crawl store travel: a pull request
can force-add one, a colleague can pass one on. Pickle would run whatever code the bytes
name as they load, so nothing on disk is a pickle. This codec writes msgpack and reads
back only what it can build itself:

* the model's own dataclasses (`Document`, `Block`, `Heading`, `Link`, `Image`, `JsonLd`,
  `Suppressions`, `Problem`, `Related`, `Severity`), as rows of their fields in a fixed
  order, rebuilt by calling their constructors;
* plain values: None, bool, int, float, str, bytes, lists and dicts;
* a closed set of tagged values (msgpack extension types): tuples, sets, frozensets,
  integers beyond 64 bits, numpy arrays and scalars of numeric dtypes (dtype, shape and
  raw bytes, read with `np.frombuffer`), and records of classes a rule family registers
  with `@stored("name")` (their `__getstate__`, itself made of the above, handed to
  `__setstate__`: the per-document `features` records such as `DupRecord`).

Anything else cannot be written (`CodecError`: the caller keeps that result out of the
store) and cannot be read: a blob that is not exactly this (damaged, truncated, a pickle,
another version's) raises `CodecError`, and the caller treats it as a miss.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

import msgpack
from contentlint.model.document import (
    Block,
    Document,
    Heading,
    Image,
    JsonLd,
    Link,
    Suppressions,
)
from contentlint.model.problem import Problem, Related, Severity

#: Bumped whenever the stored form changes; part of every cache and store key.
FORMAT = 1

_TUPLE, _SET, _FROZENSET, _BIGINT, _NDARRAY, _NPSCALAR, _RECORD = range(1, 8)

#: Numeric dtypes an array or scalar may have, by their `dtype.str` (either byte order).
_NUMERIC = ("?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16")
_DTYPES = frozenset(
    [f"|{t}" for t in ("b1", "i1", "u1")] + [f"{o}{t}" for o in "<>" for t in _NUMERIC[3:]]
)

_records: dict[str, type] = {}
_record_names: dict[type, str] = {}

T = TypeVar("T", bound=type)


class CodecError(ValueError):
    """A value that cannot be stored, or bytes that are not a stored value."""


def stored(name: str) -> Callable[[T], T]:
    """Allow instances of the decorated class in stored data, under `name`.

    The class must define `__getstate__` returning storable data and `__setstate__`
    taking it back; reading calls `cls.__new__(cls)` and `__setstate__`, nothing else.
    """

    def register(cls: T) -> T:
        if _records.get(name, cls) is not cls:
            raise ValueError(f"stored record name {name!r} is already taken")
        _records[name] = cls
        _record_names[cls] = name
        return cls

    return register


# ----- plain values and tagged extras ---------------------------------------------------------


def _pack(obj: Any) -> bytes:
    blob: bytes
    try:
        blob = msgpack.packb(obj, default=_default, strict_types=True, use_bin_type=True)
    except UnicodeEncodeError:
        # File names that are not UTF-8 reach Python as lone surrogates; msgpack's fast
        # path refuses them, so only then are strings written with surrogatepass.
        blob = msgpack.packb(
            obj,
            default=_default,
            strict_types=True,
            use_bin_type=True,
            unicode_errors="surrogatepass",
        )
    return blob


def _unpack(data: bytes) -> Any:
    return msgpack.unpackb(
        data,
        ext_hook=_ext_hook,
        raw=False,
        strict_map_key=False,
        unicode_errors="surrogatepass",
    )


def _default(obj: Any) -> msgpack.ExtType:
    """The tagged extras msgpack has no type for; anything else cannot be stored."""
    kind = type(obj)
    if kind is tuple:
        return msgpack.ExtType(_TUPLE, _pack(list(obj)))
    if kind is set or kind is frozenset:
        return msgpack.ExtType(_SET if kind is set else _FROZENSET, _pack(list(obj)))
    if kind is int:  # out of msgpack's 64-bit range
        return msgpack.ExtType(_BIGINT, str(obj).encode("ascii"))
    name = _record_names.get(kind)
    if name is not None:
        return msgpack.ExtType(_RECORD, _pack([name, obj.__getstate__()]))
    if kind.__module__ == "numpy":
        import numpy as np

        if isinstance(obj, np.ndarray) and obj.dtype.str in _DTYPES:
            return msgpack.ExtType(_NDARRAY, _pack([obj.dtype.str, list(obj.shape), obj.tobytes()]))
        if isinstance(obj, np.generic) and obj.dtype.str in _DTYPES:
            return msgpack.ExtType(_NPSCALAR, _pack([obj.dtype.str, obj.tobytes()]))
    raise CodecError(f"cannot store a value of type {kind.__module__}.{kind.__qualname__}")


def _ext_hook(code: int, data: bytes) -> Any:
    if code == _TUPLE:
        return tuple(_list(_unpack(data)))
    if code == _SET:
        return set(_list(_unpack(data)))
    if code == _FROZENSET:
        return frozenset(_list(_unpack(data)))
    if code == _BIGINT:
        text = data.decode("ascii")
        if not text.lstrip("-").isdigit():
            raise CodecError("a stored integer is not a number")
        return int(text)
    if code == _NDARRAY:
        dtype, shape, raw = _list(_unpack(data), 3)
        np, dt = _numeric(dtype)
        if not isinstance(shape, list) or not all(type(n) is int and n >= 0 for n in shape):
            raise CodecError("a stored array has a bad shape")
        size = 1
        for n in shape:
            size *= n
        if type(raw) is not bytes or len(raw) != size * dt.itemsize:
            raise CodecError("a stored array's size does not match its shape")
        # A copy: writable, as arrays built in the workers are.
        return np.frombuffer(raw, dtype=dt).reshape(shape).copy()
    if code == _NPSCALAR:
        dtype, raw = _list(_unpack(data), 2)
        np, dt = _numeric(dtype)
        if type(raw) is not bytes or len(raw) != dt.itemsize:
            raise CodecError("a stored number has the wrong size")
        return np.frombuffer(raw, dtype=dt)[0]
    if code == _RECORD:
        name, state = _list(_unpack(data), 2)
        cls = _records.get(name) if isinstance(name, str) else None
        if cls is None:
            raise CodecError(f"stored data names an unknown record type {name!r}")
        obj: Any = object.__new__(cls)
        obj.__setstate__(state)
        return obj
    raise CodecError(f"unknown stored type tag {code}")


def _numeric(dtype: object) -> tuple[Any, Any]:
    if not isinstance(dtype, str) or dtype not in _DTYPES:
        raise CodecError(f"stored data names a dtype that is not allowed: {dtype!r}")
    import numpy as np

    return np, np.dtype(dtype)


def _list(value: object, n: int | None = None) -> list[Any]:
    if type(value) is not list or (n is not None and len(value) != n):
        raise CodecError("stored data does not have the expected shape")
    return value


# ----- the model's dataclasses as rows ----------------------------------------------------------

_DOC_FIELDS = tuple(f.name for f in fields(Document) if f.name != "memo")
_doc_values = attrgetter(*_DOC_FIELDS)
_HEADING = attrgetter(*(f.name for f in fields(Heading)))
_BLOCK = attrgetter(*(f.name for f in fields(Block)))
_IMAGE = attrgetter(*(f.name for f in fields(Image)))
_JSONLD = attrgetter(*(f.name for f in fields(JsonLd)))
_LINK = attrgetter(*(f.name for f in fields(Link) if f.name != "rel"))
_RELATED = attrgetter(*(f.name for f in fields(Related)))
_PROBLEM = attrgetter(*(f.name for f in fields(Problem) if f.name not in ("severity", "related")))
_PROBLEM_SEVERITY = [f.name for f in fields(Problem)].index("severity")
_PROBLEM_RELATED = [f.name for f in fields(Problem)].index("related")
assert [f.name for f in fields(Link)][-1] == "rel"
assert _PROBLEM_RELATED == _PROBLEM_SEVERITY + 3


def _problem_row(p: Problem) -> list[Any]:
    row = list(_PROBLEM(p))
    row.insert(_PROBLEM_SEVERITY, None if p.severity is None else int(p.severity))
    row.insert(_PROBLEM_RELATED, [list(_RELATED(r)) for r in p.related])
    return row


def _problem(row: Any) -> Problem:
    row = _list(row)
    severity = row[_PROBLEM_SEVERITY]
    if severity is not None:
        row[_PROBLEM_SEVERITY] = Severity(severity)
    row[_PROBLEM_RELATED] = tuple(Related(*_list(r)) for r in _list(row[_PROBLEM_RELATED]))
    return Problem(*row)


def _doc_row(doc: Document) -> list[Any]:
    values = dict(zip(_DOC_FIELDS, _doc_values(doc), strict=True))
    values["headings"] = [list(_HEADING(h)) for h in doc.headings]
    values["blocks"] = [list(_BLOCK(b)) for b in doc.blocks]
    values["links"] = [[*_LINK(lk), list(lk.rel)] for lk in doc.links]
    values["images"] = [list(_IMAGE(i)) for i in doc.images]
    values["json_ld"] = [list(_JSONLD(j)) for j in doc.json_ld]
    values["diagnostics"] = [_problem_row(p) for p in doc.diagnostics]
    s = doc.suppressions
    values["suppressions"] = [[list(r) for r in s.ranges], list(s.file_codes)]
    return list(values.values())


def _block(row: Any) -> Block:
    row = _list(row)
    block = Block(*row)
    if type(block.code) is not tuple:
        block.code = tuple(_list(block.code))
    return block


def _link(row: Any) -> Link:
    row = _list(row)
    rel = tuple(_list(row[-1]))
    link = Link(*row[:-1])
    link.rel = rel
    return link


#: The suppressions of every decoded document that has none (most of them): one object
#: instead of an empty list and set per document (~320 bytes each at 100k documents).
#: `Suppressions` is frozen, so sharing it is safe.
NO_SUPPRESSIONS = Suppressions()


def _document(row: Any) -> Document:
    values = dict(zip(_DOC_FIELDS, _list(row, len(_DOC_FIELDS)), strict=True))
    values["headings"] = [Heading(*_list(r)) for r in _list(values["headings"])]
    values["blocks"] = [_block(r) for r in _list(values["blocks"])]
    values["links"] = [_link(r) for r in _list(values["links"])]
    values["images"] = [Image(*_list(r)) for r in _list(values["images"])]
    values["json_ld"] = [JsonLd(*_list(r)) for r in _list(values["json_ld"])]
    values["diagnostics"] = [_problem(r) for r in _list(values["diagnostics"])]
    ranges, codes = _list(values["suppressions"], 2)
    values["suppressions"] = (
        Suppressions(tuple(tuple(_list(r, 3)) for r in _list(ranges)), frozenset(_list(codes)))
        if ranges or codes
        else NO_SUPPRESSIONS
    )
    for name in ("front_matter", "meta", "extra", "metrics", "features"):
        if type(values[name]) is not dict:
            raise CodecError(f"stored document field {name} is not a mapping")
    doc = Document(**values)
    _share_strings(doc)
    return doc


def _share_strings(doc: Document) -> None:
    """One object for text a decoded document repeats (msgpack builds a string per
    occurrence, where the worker had one): the title in the front matter and the H1, and
    strings that recur from page to page (link targets, anchor texts such as "related",
    kinds)."""
    title = doc.title
    if title is not None:
        if doc.front_matter.get("title") == title:
            doc.front_matter["title"] = title
        for h in doc.headings:
            if h.text == title:
                h.text = title
    intern = sys.intern
    for link in doc.links:
        if len(link.text) <= 32:
            link.text = intern(link.text)
        # Pages link to the same targets (navigation, popular posts): a third of the
        # Rust blog's links repeat one, and an absolute link's URL is its href.
        link.href = intern(link.href)
        if link.url is not None:
            link.url = link.href if link.url == link.href else intern(link.url)
    doc.format = sys.intern(doc.format)
    doc.kind = sys.intern(doc.kind)
    doc.lang = sys.intern(doc.lang)
    doc.locale = sys.intern(doc.locale)


# ----- what the cache and the store keep --------------------------------------------------------


def _decoding(fn: Callable[[Any], Any], blob: bytes) -> Any:
    """`fn` of the unpacked blob; every failure (damage, another format) is a CodecError."""
    try:
        return fn(_unpack(blob))
    except CodecError:
        raise
    except Exception as exc:  # msgpack, constructors, numpy: all just "not readable"
        raise CodecError(f"unreadable stored data ({type(exc).__name__}: {exc})") from exc


def _encoding(value: Callable[[], Any]) -> bytes:
    try:
        return _pack(value())
    except CodecError:
        raise
    except Exception as exc:
        raise CodecError(f"cannot store ({type(exc).__name__}: {exc})") from exc


def encode_document(doc: Document) -> bytes:
    """One document (its source lines too, when attached; never its `memo`)."""
    return _encoding(lambda: _doc_row(doc))


def decode_document(blob: bytes) -> Document:
    doc: Document = _decoding(_document, blob)
    return doc


def encode_output(doc: Document, problems: list[Problem], errors: list[str]) -> bytes:
    """What the engine makes of one file: its document, problems and rule crashes."""
    return _encoding(lambda: [_doc_row(doc), [_problem_row(p) for p in problems], list(errors)])


def decode_output(blob: bytes) -> tuple[Document, list[Problem], list[str]]:
    def build(row: Any) -> tuple[Document, list[Problem], list[str]]:
        doc, problems, errors = _list(row, 3)
        if not all(type(e) is str for e in _list(errors)):
            raise CodecError("stored errors are not text")
        return _document(doc), [_problem(p) for p in _list(problems)], errors

    out: tuple[Document, list[Problem], list[str]] = _decoding(build, blob)
    return out


def encode_problems(problems: list[Problem], extra: Any = None) -> bytes:
    """Problems, with any plain value beside them (the corpus stage's statistics)."""
    return _encoding(lambda: [[_problem_row(p) for p in problems], extra])


def decode_problems(blob: bytes) -> tuple[list[Problem], Any]:
    def build(row: Any) -> tuple[list[Problem], Any]:
        problems, extra = _list(row, 2)
        return [_problem(p) for p in _list(problems)], extra

    out: tuple[list[Problem], Any] = _decoding(build, blob)
    return out


def encode_value(value: Any) -> bytes:
    """Plain data and the tagged extras (no model dataclasses)."""
    return _encoding(lambda: value)


def decode_value(blob: bytes) -> Any:
    return _decoding(lambda v: v, blob)
