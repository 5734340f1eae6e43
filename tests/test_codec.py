"""The stored form (contentlint.model.codec): exact round trips, and nothing but data read."""

from __future__ import annotations

import pickle
import zlib
from dataclasses import fields
from pathlib import Path

import msgpack
import numpy as np
import pytest
from contentlint.config.core import Policy, build_config
from contentlint.engine.core import init_worker, process_task
from contentlint.model import codec
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
from contentlint.model.settings import SourceSettings
from helpers import words, write


class _Exploit:
    """Unpickling this creates `marker`: what a planted cache would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({str(self.marker)!r}, 'w').close()",))


def exploit(marker: Path) -> bytes:
    payload = pickle.dumps(_Exploit(marker))
    pickle.loads(payload)  # the payload is real: it does create the marker when unpickled
    assert marker.exists()
    marker.unlink()
    return payload


def full_document() -> Document:
    """A document with every field set to something other than its default."""
    return Document(
        path="content/caf\udce9.md",  # a file name that is not UTF-8
        format="markdown",
        url="https://example.org/café/",
        title="Café ☕ and \ud800 a lone surrogate",
        title_line=2,
        description="About coffee",
        description_line=3,
        headings=[Heading(1, "Café", 5, 1, "cafe", True), Heading(2, "Beans", 9, 3, None, False)],
        blocks=[Block("First paragraph.", 6, 7), Block("def f(): pass", 11, 13, "code", 0)],
        links=[Link("/b", "b", 6, 4, "https://example.org/b", True, True, ("nofollow", "ugc"))],
        images=[Image("a.png", "", 8, "A caption", False)],
        front_matter={"title": "Café", "tags": ["a", "b"], 3: None, "n": 2**70, "f": 1.5},
        front_matter_format="yaml",
        json_ld=[JsonLd({"@type": "Article", "x": [1, 2.5, None, True]}, 4, None)],
        meta={"robots": "noindex"},
        lang="fr",
        locale="de",
        translation_key="path:content/café",
        kind="listing",
        draft=True,
        noindex=True,
        canonical="https://example.org/c",
        title_is_h1=True,
        page_words=321,
        extra={"http": {"depth": 2}, "bytes": b"\x00\xff", "t": (1, (2, "x")), "s": {"a"}},
        diagnostics=[Problem("F002", "bad front matter", 2, 3, path="content/x.md")],
        suppressions=Suppressions((("T001", 3, 10**9),), frozenset({"E001", "*"})),
        content_hash="abc123",
        metrics={"word_count": 12, "flesch": 61.5},
        features={
            "anchors": ("one", "two"),
            "array": np.arange(12, dtype=np.uint32).reshape(3, 4),
            "float": np.float32(0.25),
            "frozen": frozenset({"x", "y"}),
            "nested": {"updated": ("2024-01-01", 3, "meta"), "authors": [("A", ["u"], 1)]},
        },
        lines=["---", "title: Café", "---", "", "First paragraph."],
    )


def same(a: object, b: object) -> bool:
    """Equal, of the same types all the way down (numpy arrays by dtype, shape and values)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "__dataclass_fields__"):
        return all(same(getattr(a, f.name), getattr(b, f.name)) for f in fields(a))
    if hasattr(a, "__getstate__") and type(a).__module__.startswith("contentlint"):
        return same(a.__getstate__(), b.__getstate__())
    return a == b


def test_a_document_round_trips_exactly_field_by_field():
    doc = full_document()
    back = codec.decode_document(codec.encode_document(doc))
    assert same(doc, back)
    # Every field was set to a non-default value above, so a field the codec forgot to
    # store would come back as its default and fail here.
    default = Document(path="", format="markdown")
    for f in fields(Document):
        if f.name not in ("memo", "format"):
            assert not same(getattr(doc, f.name), getattr(default, f.name)), f.name
    assert back.features["array"].flags.writeable


def test_decoded_documents_share_what_they_repeat():
    """The parent holds every decoded document until the corpus stage: no empty
    suppressions of its own, one string for a title the front matter and the H1 repeat."""
    doc = Document(path="a.md", format="markdown", title="The same title")
    doc.front_matter = {"title": "The same title"}
    doc.headings = [Heading(1, "The same title", 2), Heading(2, "Other", 5)]
    doc.links = [Link("/b", "related", 6), Link("/c", "related", 7)]
    back = codec.decode_document(codec.encode_document(doc))
    again = codec.decode_document(codec.encode_document(doc))
    assert same(doc, back)
    assert back.suppressions is again.suppressions is codec.NO_SUPPRESSIONS
    assert back.front_matter["title"] is back.title
    assert back.headings[0].text is back.title
    assert back.links[0].text is again.links[1].text
    # Link targets other pages repeat; an absolute link's URL is its href.
    doc.links[0].url = "https://example.com/b-long-enough-to-escape-the-compiler-cache"
    doc.links[1].href = doc.links[1].url = "https://example.com/c-another-long-target-url"
    back = codec.decode_document(codec.encode_document(doc))
    again = codec.decode_document(codec.encode_document(doc))
    assert same(doc, back)
    assert back.links[0].url is again.links[0].url
    assert back.links[1].href is again.links[1].href is back.links[1].url
    doc.suppressions = Suppressions((("T001", 1, 3),), frozenset())
    kept = codec.decode_document(codec.encode_document(doc)).suppressions
    assert kept is not codec.NO_SUPPRESSIONS and kept.ranges == (("T001", 1, 3),)


def test_outputs_and_problems_round_trip():
    doc = full_document()
    problems = [
        Problem(
            "D001",
            "duplicate",
            4,
            2,
            5,
            9,
            Severity.WARNING,
            "a.md",
            "duplicate-content",
            (Related("b.md", 3, "the other copy"), Related("c.md")),
            "subject",
            True,
            {"replacement": "x", "score": 0.5},
        ),
        Problem("T001", "thin"),
    ]
    back_doc, back_problems, errors = codec.decode_output(
        codec.encode_output(doc, problems, ["crash"])
    )
    assert same(back_doc, doc) and same(back_problems, problems) and errors == ["crash"]
    assert back_problems[0].severity is Severity.WARNING
    stats = {"dupes": 3, "groups": [("a.md", "b.md")]}
    assert same(codec.decode_problems(codec.encode_problems(problems, stats)), (problems, stats))


def test_real_rule_features_round_trip():
    """The per-document records the rules store (DupRecord, Topic, the E-E-A-T record)."""
    import contentlint.rules  # noqa: F401  (registers the families and their records)

    site = write(Path("site"), {"p.md": f"---\ntitle: Rivers\nauthor: Ann\n---\n\n{words(300)}\n"})
    cfg = build_config({}, None)
    init_worker(SourceSettings(), Policy.from_config(cfg, select=["ALL"]), [])
    doc, problems, errors = process_task((str(site / "p.md"), "site/p.md", "p.md"))
    assert {"dup", "topic", "eeat", "anchors"} <= doc.features.keys() and not errors
    back = codec.decode_output(codec.encode_output(doc, problems, errors))
    assert same(back, (doc, problems, errors))


def test_values_the_codec_does_not_know_are_refused_not_pickled():
    class Custom:
        pass

    for value in (Custom(), np.array([object()]), Severity.ERROR, lambda: 1):
        with pytest.raises(codec.CodecError):
            codec.encode_value({"x": value})


def test_a_pickle_is_never_read(tmp_path):
    marker = tmp_path / "pwned"
    payload = exploit(marker)
    for blob in (payload, zlib.compress(payload)):
        for decode in (
            codec.decode_document,
            codec.decode_output,
            codec.decode_problems,
            codec.decode_value,
        ):
            with pytest.raises(codec.CodecError):
                decode(blob)
    assert not marker.exists()


def test_an_eval_string_is_only_ever_a_string(tmp_path):
    marker = tmp_path / "pwned"
    code = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    assert codec.decode_value(msgpack.packb(code)) == code
    with pytest.raises(codec.CodecError):
        codec.decode_output(msgpack.packb([code, code, code]))
    assert not marker.exists()


def ext(code: int, value: object) -> msgpack.ExtType:
    return msgpack.ExtType(code, msgpack.packb(value, use_bin_type=True))


@pytest.mark.parametrize(
    "blob",
    [
        b"",
        b"\xc1",  # a byte msgpack never uses
        msgpack.packb(ext(99, [])),  # an unknown tag
        msgpack.packb(ext(7, ["os.system", "echo"])),  # a record type nobody registered
        msgpack.packb(ext(5, ["|O", [1], b"\x00" * 8])),  # an object array
        msgpack.packb(ext(5, ["<u4", [3], b"\x00" * 8])),  # bytes shorter than the shape
        msgpack.packb(ext(5, ["<u4", [-1], b""])),
        msgpack.packb(ext(6, ["|O", b"\x00" * 8])),
        msgpack.packb(ext(4, "1e9999")),
    ],
)
def test_blobs_that_are_not_stored_data_are_refused(blob):
    for decode in (codec.decode_output, codec.decode_value, codec.decode_problems):
        with pytest.raises(codec.CodecError):
            decode(blob)


def test_rows_of_the_wrong_shape_are_refused():
    for row in ([[1, 2], [[]]], [[], [], []], [None, [], []], [[0] * 30, [], []]):
        for decode in (codec.decode_output, codec.decode_problems, codec.decode_document):
            with pytest.raises(codec.CodecError):
                decode(msgpack.packb(row))


def test_truncated_or_damaged_blobs_are_refused():
    blob = codec.encode_output(full_document(), [Problem("T001", "thin")], [])
    for cut in range(0, len(blob), max(1, len(blob) // 97)):
        with pytest.raises(codec.CodecError):
            codec.decode_output(blob[:cut])
    # Damage at every position either fails to decode or decodes to data: never anything else.
    for i in range(0, len(blob), max(1, len(blob) // 211)):
        damaged = bytearray(blob)
        damaged[i] ^= 0xFF
        try:
            doc, problems, errors = codec.decode_output(bytes(damaged))
            assert all(isinstance(e, str) for e in errors)
        except codec.CodecError:
            continue
        assert isinstance(doc, Document) and all(isinstance(p, Problem) for p in problems)
