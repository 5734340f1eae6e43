"""A generated corpus of hostile content files, one per kind of bad input.

Shared by `tests/test_hostile.py` (which asserts each kind's outcome) and
`bench/hostile.py` (which times a run over it). Nothing large is stored in the repository:
every file is written here, the 50 MB one as a sparse file.

Each kind names one file (its path under the corpus root, as bytes, since some names are
not UTF-8); `tests/test_hostile.py` holds the outcome each must get.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FM = "---\ntitle: {title}\ndescription: A page about {title}.\n---\n\n"
PROSE = (
    "Rivers carve stone over many years, and gardens grow where the water settles. "
    "A careful walker notes each bend of the path and each bird along the bank.\n\n"
)


def _md(title: str = "Hostile input", body: str = PROSE * 3) -> bytes:
    return (FM.format(title=title) + f"# {title}\n\n" + body).encode()


def _html(body: str, head: str = "<title>Hostile page</title>") -> bytes:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body><main><h1>Hostile page</h1>{body}</main></body></html>"
    ).encode()


@dataclass(frozen=True)
class Kind:
    name: str
    #: The file's path under the corpus root (bytes: some names are not UTF-8).
    file: bytes
    #: Writes the file (or folder) at the given absolute path (bytes).
    make: Callable[[bytes], None] = lambda p: None
    #: Needs an unprivileged process (root reads everything).
    unprivileged: bool = False


def _write(data: bytes) -> Callable[[bytes], None]:
    def make(path: bytes) -> None:
        with open(path, "wb") as fh:
            fh.write(data)

    return make


def _sparse(size: int) -> Callable[[bytes], None]:
    def make(path: bytes) -> None:
        with open(path, "wb") as fh:
            fh.write(_md())
            fh.truncate(size)

    return make


def _symlink(target: bytes) -> Callable[[bytes], None]:
    return lambda path: os.symlink(target, path)


def _loop(path: bytes) -> None:
    os.symlink(os.path.basename(path), path)


def _fifo(path: bytes) -> None:
    os.mkfifo(path)


def _no_permission(data: bytes) -> Callable[[bytes], None]:
    def make(path: bytes) -> None:
        _write(data)(path)
        os.chmod(path, 0)

    return make


def _locked_folder(path: bytes) -> None:
    _write(_md("Behind a locked door"))(path)
    os.chmod(os.path.dirname(path), 0)


def _dir_loop(path: bytes) -> None:
    _write(_md("Inside a looping folder"))(path)
    os.symlink(b"..", os.path.dirname(path) + b"/up")


def _one_line(size: int) -> bytes:
    word = b"stone river garden path bird bank water walker "
    return FM.format(title="One line").encode() + (word * (size // len(word)))[:size] + b"\n"


def _nested_yaml(depth: int) -> bytes:
    return b"---\ntitle: " + b"[" * depth + b"]" * depth + b"\n---\n\nBody.\n"


def _billion_laughs() -> bytes:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    return ("---\ntitle: Laughs\n" + "\n".join(lines) + "\n---\n\nBody.\n").encode()


PWNED = "PWNED-by-yaml"


def _jsonld(body: str) -> bytes:
    return _html(
        "<p>" + PROSE + "</p>",
        head=f'<title>Hostile page</title><script type="application/ld+json">{body}</script>',
    )


def kinds() -> list[Kind]:
    """Every kind of bad input, with the outcome a run must give it."""
    utf16_text = FM.format(title="Sixteen bits") + "# Sixteen bits\n\n" + PROSE * 2
    latin1 = "---\ntitle: Café\n---\n\n# Café crème\n\n" + PROSE
    rtl = "\u202eevil\u202c \u200f\u200e\u2066isolate\u2069"
    zw = "zero\u200bwidth\u200cjoin\u200dword\u2060joiner\ufeffbom\u00adsoft"
    arabic = "تحمل الأنهار الحجارة عبر السنين، وتنمو الحدائق حيث تستقر المياه. " * 20
    chinese = (
        "河流经年累月地冲刷着石头，花园在水流停留的地方生长。细心的行人会注意小路的每一个弯道。"
        * 20
    )
    # A YAML tag that would run a command if the loader were unsafe.
    evil = (
        f'---\ntitle: !!python/object/apply:os.system\n  ["touch {PWNED}"]\n---\n\nBody.\n'
    ).encode()
    return [
        Kind("zero-byte Markdown", b"empty.md", make=_write(b"")),
        Kind("zero-byte HTML", b"empty.html", make=_write(b"")),
        Kind("whitespace only", b"blank.md", make=_write(b" \n\t\n\n   \n")),
        Kind("front matter only", b"fm-only.md", make=_write(b"---\ntitle: T\n---\n")),
        Kind(
            "binary (PNG) named .md",
            b"image.md",
            _write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ),
        Kind("binary named .html", b"blob.html", _write(bytes(range(256)) * 8)),
        Kind("NUL bytes in text", b"nul.md", _write(_md() + b"\x00 tail")),
        Kind(
            "NUL byte past the first 8 KB",
            b"late-nul.md",
            make=_write(_md(body=PROSE * 60) + b"\x00 tail\n"),
        ),
        Kind(
            "UTF-16 LE with BOM",
            b"utf16le-bom.md",
            make=_write(utf16_text.encode("utf-16")),  # Python writes the BOM, little-endian
        ),
        Kind(
            "UTF-16 BE with BOM",
            b"utf16be-bom.md",
            make=_write(b"\xfe\xff" + utf16_text.encode("utf-16-be")),
        ),
        Kind(
            "UTF-16 without BOM",
            b"utf16-nobom.md",
            _write(utf16_text.encode("utf-16-le")),
        ),
        Kind(
            "UTF-16 HTML with BOM",
            b"utf16.html",
            make=_write(_html("<p>" + PROSE + "</p>").decode().encode("utf-16")),
        ),
        Kind(
            "UTF-8 with BOM",
            b"utf8-bom.md",
            make=_write(b"\xef\xbb\xbf" + _md("Bom")),
        ),
        Kind(
            "Latin-1 Markdown",
            b"latin1.md",
            _write(latin1.encode("latin-1")),
        ),
        Kind(
            "Latin-1 HTML without a charset",
            b"latin1.html",
            make=_write(
                b"<html><head><title>Caf\xe9</title></head><body><p>"
                + PROSE.encode()
                + b"cr\xe8me</p></body></html>"
            ),
        ),
        Kind(
            "invalid UTF-8 (truncated sequence)",
            b"bad-utf8.md",
            _write(_md() + b"broken \xe2\x82 here\n"),
        ),
        Kind(
            "HTML with an unknown charset",
            b"charset.html",
            make=_write(_html("<p>" + PROSE + "</p>").replace(b"utf-8", b"x-no-such-charset")),
        ),
        Kind("50 MB file", b"huge.md", _sparse(50 * 2**20)),
        Kind(
            "5 MB single line",
            b"one-line.md",
            make=_write(_one_line(5 * 2**20 - 4096)),
        ),
        Kind(
            "100,000-deep nested HTML",
            b"deep.html",
            make=_write(_html("<div>" * 100_000 + "deep" + "</div>" * 100_000)),
        ),
        Kind(
            "100,000-deep blockquotes",
            b"deep-quote.md",
            make=_write(_md(body="> " * 100_000 + "deep\n")),
        ),
        Kind(
            "2,000-deep nested list",
            b"deep-list.md",
            make=_write(_md(body="".join("  " * i + "- x\n" for i in range(2_000)))),
        ),
        Kind(
            "unclosed tags",
            b"unclosed.html",
            make=_write(
                b"<html><body><main><h1>Open<p>" + PROSE.encode() + b"<div><span><a href='"
            ),
        ),
        Kind(
            "broken entities",
            b"entities.html",
            make=_write(
                _html("<p>&#99999999999; &#xD800; &amp &bogus; &#; &#x110000;" + PROSE + "</p>")
            ),
        ),
        Kind(
            "broken entities in Markdown",
            b"entities.md",
            make=_write(_md(body="&#99999999999; &#xD800; &amp &bogus; &#x0;\n\n" + PROSE)),
        ),
        Kind(
            "unclosed YAML front matter",
            b"unclosed-fm.md",
            _write(b"---\ntitle: Open\n\n# Open\n\n" + PROSE.encode()),
        ),
        Kind(
            "!!python/object tag (never executed)",
            b"python-tag.md",
            _write(evil),
        ),
        Kind(
            "!!python/name tag",
            b"python-name.md",
            _write(b"---\ntitle: !!python/name:os.system ''\n---\n\nBody.\n"),
        ),
        Kind(
            "duplicate YAML keys",
            b"dup-keys.md",
            _write(b"---\ntitle: One\ntitle: Two\n---\n\nBody.\n"),
        ),
        Kind(
            "billion laughs (YAML aliases)",
            b"laughs.md",
            _write(_billion_laughs()),
        ),
        Kind(
            "100,000-deep YAML flow",
            b"deep-yaml.md",
            _write(_nested_yaml(100_000)),
        ),
        Kind(
            "impossible YAML date",
            b"bad-date.md",
            _write(b"---\ntitle: Dated\ndate: 2024-13-45\n---\n\nBody.\n"),
        ),
        Kind(
            "YAML integer of 10,000 digits",
            b"big-int.md",
            _write(b"---\ntitle: Big\nn: 1" + b"0" * 10_000 + b"\n---\n\nBody.\n"),
        ),
        Kind(
            "front matter of the wrong types",
            b"types.md",
            make=_write(
                b"---\ntitle: [1, 2]\ndescription: {a: 1}\ndate: [2024]\ntags: 5\n"
                b"author: {name: [x]}\ndraft: maybe\nslug: 7\nlang: 3\n---\n\n# T\n\n"
                + PROSE.encode()
            ),
        ),
        Kind(
            "malformed TOML front matter",
            b"bad-toml.md",
            _write(b'+++\ntitle = "Open\ndate = \n+++\n\nBody.\n'),
        ),
        Kind(
            "malformed JSON front matter",
            b"bad-json.md",
            _write(b'{\n  "title": "Open",\n  "date": \n}\n\nBody.\n'),
        ),
        Kind(
            "JSON front matter with a 10,000-digit number",
            b"json-big.md",
            _write(b'{"title": "Big", "n": 1' + b"0" * 10_000 + b"}\n\nBody.\n"),
        ),
        Kind(
            "JSON front matter with a lone surrogate",
            b"json-surrogate.md",
            make=_write(b'{"title": "Lone \\ud800 half"}\n\n# Lone\n\n' + PROSE.encode()),
        ),
        Kind(
            "malformed JSON-LD",
            b"bad-jsonld.html",
            make=_write(_jsonld('{"@type": "Article", "headline": ')),
        ),
        Kind(
            "100,000-deep JSON-LD",
            b"deep-jsonld.html",
            make=_write(_jsonld("[" * 100_000 + "]" * 100_000)),
        ),
        Kind(
            "JSON-LD with a 10,000-digit number",
            b"big-jsonld.html",
            make=_write(_jsonld('{"@type": "Article", "n": 1' + "0" * 10_000 + "}")),
        ),
        Kind(
            "zero-width characters",
            b"zero-width.md",
            make=_write(_md(f"Zero{zw}", body=(zw + " " + PROSE) * 3)),
        ),
        Kind(
            "RTL override characters",
            b"rtl-override.md",
            make=_write(_md(f"Bidi {rtl}", body=(rtl + " " + PROSE) * 3)),
        ),
        Kind(
            "control characters (terminal escapes)",
            b"escapes.md",
            make=_write(_md(body="# Esc \x1b]0;pwned\x07\x1b[31mred\n\n\x1b[2J\x08\x7f " + PROSE)),
        ),
        Kind(
            "control character in YAML",
            b"yaml-control.md",
            _write(b"---\ntitle: Esc \x1b[31mred\n---\n\nBody.\n"),
        ),
        Kind(
            "500-deep YAML value",
            b"yaml-500.md",
            make=_write(
                _nested_yaml(500).replace(b"\n---\n\nBody.", b"\ntags: x\n---\n\n" + PROSE.encode())
            ),
        ),
        Kind(
            "TOML integer of 10,000 digits",
            b"toml-big.md",
            _write(b'+++\ntitle = "Big"\nn = 1' + b"0" * 10_000 + b"\n+++\n\nBody.\n"),
        ),
        Kind(
            "JSON-LD with a lone surrogate",
            b"jsonld-surrogate.html",
            make=_write(_jsonld('{"@type": "Article", "headline": "Lone \\ud800 half"}')),
        ),
        Kind(
            "500-deep JSON-LD",
            b"jsonld-500.html",
            make=_write(_jsonld('{"@type": "Article", "a": ' + "[" * 500 + "]" * 500 + "}")),
        ),
        Kind(
            "right-to-left article",
            b"arabic.md",
            make=_write(
                ("---\ntitle: الأنهار\nlang: ar\n---\n\n# الأنهار والحجارة\n\n" + arabic).encode()
            ),
        ),
        Kind(
            "CJK article",
            b"chinese.md",
            make=_write(("---\ntitle: 河流\nlang: zh\n---\n\n# 河流与石头\n\n" + chinese).encode()),
        ),
        Kind(
            "lone carriage returns",
            b"old-mac.md",
            make=_write(_md().replace(b"\n", b"\r")),
        ),
        Kind(
            "combining marks (zalgo)",
            b"zalgo.md",
            make=_write(
                _md("Z\u0301" * 5, body="a" + "\u0301\u0302\u0303" * 5_000 + "\n\n" + PROSE)
            ),
        ),
        Kind(
            "pathological emphasis",
            b"emphasis.md",
            make=_write(_md(body="*a **a " * 20_000 + "\n\n" + "[" * 50_000 + "\n")),
        ),
        Kind(
            "table of 5,000 columns",
            b"wide-table.md",
            make=_write(
                _md(body="|" + "a|" * 5_000 + "\n|" + "-|" * 5_000 + "\n|" + "1|" * 5_000 + "\n")
            ),
        ),
        Kind("symlink loop", b"loop.md", _loop),
        Kind("dangling symlink", b"dangling.md", _symlink(b"nowhere.md")),
        Kind("symlink to /dev/zero", b"zero.md", _symlink(b"/dev/zero")),
        Kind("named pipe", b"pipe.md", _fifo),
        Kind("folder whose symlink loops back", b"loopdir/page.md", make=_dir_loop),
        Kind(
            "file name with a newline",
            b"new\nline.md",
            make=_write(_md("Newline name")),
        ),
        Kind(
            "file name that is not UTF-8",
            b"caf\xe9.md",
            make=_write(_md("Byte name")),
        ),
        Kind(
            "unreadable file (permission denied)",
            b"secret.md",
            _no_permission(_md("Secret")),
            unprivileged=True,
        ),
        Kind(
            "unreadable folder (permission denied)",
            b"locked/inside.md",
            _locked_folder,
            unprivileged=True,
        ),
    ]


#: The kinds that take seconds to parse, for tests that need many runs but not these.
SLOW = frozenset(
    {b"one-line.md", b"emphasis.md", b"deep-yaml.md", b"deep-list.md", b"wide-table.md"}
)


def build(
    root: Path, config: dict[str, object] | None = None, skip: frozenset[bytes] = frozenset()
) -> list[Kind]:
    """Write every kind (but `skip`) under `root`, and a config (JSON is YAML)."""
    base = os.fsencode(root)
    os.makedirs(base, exist_ok=True)
    made = [k for k in kinds() if k.file not in skip]
    for kind in made:
        path = base + b"/" + kind.file
        os.makedirs(os.path.dirname(path), exist_ok=True)
        kind.make(path)
    settings = {"base-url": "https://example.org", **(config or {})}
    (root / ".contentlint.yml").write_text(json.dumps(settings), encoding="utf-8")
    return made
