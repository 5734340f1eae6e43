"""The stored form, measured: pickle (what the cache held before), the msgpack codec, and
JSON of the same rows (tagged extras, base64 arrays): why the cache stores msgpack.

    python bench/codec_bench.py [FOLDER]   (default: ../shared/corpora/rust-blog/content)

Lints the folder with every rule (2 workers, uncached), then encodes and decodes each
file's output (document, problems, errors) in each form: total size, zlib size, and the
best of three encode and decode times. Checks that the codec's round trip is exact.
"""

from __future__ import annotations

import base64
import json
import pickle
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from contentlint.config.core import Policy, load_config
from contentlint.engine.core import Engine, Output
from contentlint.model import codec

REPO = Path(__file__).resolve().parent.parent


def best(fn: Callable[[], Any], n: int = 3) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(n):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def to_json(v: Any) -> Any:
    """The tagged extras as one-key objects (a real JSON codec would also escape user keys)."""
    t = type(v)
    if v is None or t in (str, int, float, bool):
        return v
    if t is list:
        return [to_json(x) for x in v]
    if t is dict:
        if all(type(k) is str for k in v):
            return {k: to_json(x) for k, x in v.items()}
        return {"\x00d": [[to_json(k), to_json(x)] for k, x in v.items()]}
    if t is tuple:
        return {"\x00t": [to_json(x) for x in v]}
    if t in (set, frozenset):
        return {"\x00s": [to_json(x) for x in v]}
    if t is bytes:
        return {"\x00b": base64.b64encode(v).decode()}
    if isinstance(v, np.ndarray):
        return {"\x00a": [v.dtype.str, list(v.shape), base64.b64encode(v.tobytes()).decode()]}
    name = codec._record_names.get(t)
    if name is not None:
        return {"\x00r": [name, to_json(v.__getstate__())]}
    raise TypeError(t)


def from_json(v: Any) -> Any:
    if type(v) is list:
        return [from_json(x) for x in v]
    if type(v) is not dict:
        return v
    if len(v) == 1:
        ((k, x),) = v.items()
        if k == "\x00t":
            return tuple(from_json(y) for y in x)
        if k == "\x00s":
            return {from_json(y) for y in x}
        if k == "\x00b":
            return base64.b64decode(x)
        if k == "\x00a":
            return np.frombuffer(base64.b64decode(x[2]), x[0]).reshape(x[1]).copy()
        if k == "\x00r":
            cls = codec._records[x[0]]
            obj = object.__new__(cls)
            obj.__setstate__(from_json(x[1]))
            return obj
        if k == "\x00d":
            return {from_json(a): from_json(b) for a, b in x}
    return {k: from_json(x) for k, x in v.items()}


def json_encode(out: Output) -> bytes:
    doc, problems, errors = out
    rows = [codec._doc_row(doc), [codec._problem_row(p) for p in problems], errors]
    return json.dumps(to_json(rows), separators=(",", ":")).encode()


def json_decode(blob: bytes) -> Output:
    doc, problems, errors = from_json(json.loads(blob))
    return codec._document(doc), [codec._problem(p) for p in problems], errors


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared/corpora/rust-blog"
    cfg = load_config(start=root)
    engine = Engine(cfg, Policy.from_config(cfg, select=["ALL"]), jobs=2)
    files = engine.selector.discover([str(root)], False).files
    outs = engine.process_uncached([(str(f), str(f), engine.selector.rel(f)) for f in files])
    forms: list[tuple[str, Callable[[Output], bytes], Callable[[bytes], Output]]] = [
        ("pickle", lambda o: pickle.dumps(o, pickle.HIGHEST_PROTOCOL), pickle.loads),
        ("msgpack codec", lambda o: codec.encode_output(*o), codec.decode_output),
        ("JSON, same rows", json_encode, json_decode),
    ]
    print(f"{len(outs)} documents from {root}, every rule\n")
    for name, encode, decode in forms:
        t_enc, blobs = best(lambda enc=encode: [enc(o) for o in outs])
        t_dec, back = best(lambda dec=decode, bs=blobs: [dec(b) for b in bs])
        size = sum(map(len, blobs)) / 1e6
        packed = sum(len(zlib.compress(b, 1)) for b in blobs) / 1e6
        print(
            f"{name:16} {size:6.2f} MB (zlib -1: {packed:5.2f} MB)  "
            f"encode {t_enc * 1000:5.0f} ms  decode {t_dec * 1000:5.0f} ms"
        )
        if name == "msgpack codec":
            again = [codec.encode_output(*o) for o in back]
            assert again == blobs, "the codec's round trip is not exact"


if __name__ == "__main__":
    main()
