"""The language of a page (issue 16): what it declares, where the site files it, what its
text is written in.

Detection uses py3langid (BSD-3, pure Python over numpy, one wheel for every platform,
0.6 ms per page; `bench/lang_detect.py` compares it with lingua, langdetect and fastText on
the labelled pages, `bench/lang_cost.py` measures its cost). The model loads once per
process (0.45 s CPU to unpack the first time, ~0.05 s from the unpacked copy kept in the
user's cache folder); the engine loads it before its workers fork (`warm`).

Front matter's `lang` wins. Other declarations (`<html lang>`, og:locale, a language
folder) win too, except when the text is long and confidently in another language: a
template's `<html lang="en">` on a German page says nothing about the page.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from contentlint.model import text as textmod

#: Characters of main text given to the detector: its cost grows with the length, and on
#: the labelled pages 600 characters are as accurate as 2,000 (`bench/lang_detect.py`).
SAMPLE_CHARS = 600
#: Below this many letters the detector abstains: a list of version numbers, a symbol.
#: (A CJK character counts as `CJK_WEIGHT` letters: it carries about a syllable.)
MIN_LETTERS = 30
CJK_WEIGHT = 3
#: Letters of text from which a confident detection overrules a declared language.
LONG_LETTERS = 300
#: Probability (normalised over all languages) a detection needs to count. Made-up words
#: and code come out as some language at up to 0.6; below this the site's default (or
#: the declared language) stands. On the labelled pages: full text 366/371 right, the
#: rest left to the default; 8-word samples 252 right, 119 left to the default, none wrong.
CONFIDENT = 0.8
#: ... and to overrule a declared language.
OVERRULE = 0.99


@cache
def _identifier() -> Any:
    cls = _window_identifier()
    try:
        *arrays, row = _model_arrays()
        ident = cls(*arrays, norm_probs=True, tk_row=row)
        ident.classify("a damaged cached copy fails here")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError):
        *arrays, row = _model_arrays(cached=False)
        ident = cls(*arrays, norm_probs=True, tk_row=row)
    return ident


#: py3langid's tokeniser is a DFA over bytes whose states are byte n-grams: after this
#: many bytes it is in the same state whatever state it started in (proved for the model
#: by tests/test_languages.py, which follows every pair of states), keyed by the model's
#: shape (states, transitions). A model not listed keeps py3langid's own walk.
_SYNC_WINDOW = {(104583, 9816576): 6}


@cache
def _window_identifier() -> type:
    """py3langid's `LanguageIdentifier`, its DFA walk done by `window_visits` when the
    model is known.

    py3langid walks the sample a byte at a time in Python, each step waiting on a read
    from a 39 MB table: ~0.2 ms a page hot, more in a run. Since a byte's state depends
    only on the last `_SYNC_WINDOW` bytes, every position's state comes from that many
    vectorised steps whose reads are independent. Same states, same feature counts in the
    same order, same scores.
    """
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    class WindowIdentifier(LanguageIdentifier):  # type: ignore[misc]
        __slots__ = ("_tables",)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._tables: tuple[Any, Any, Any, int] | None = None
            try:
                rowbase = np.asarray(self._rowbase, dtype=np.int64)
                window = _SYNC_WINDOW.get((len(rowbase), len(self.tk_nextmove)))
                if window is not None:
                    moves = self.tk_nextmove
                    nextmove = np.frombuffer(moves, dtype=f"u{moves.itemsize}")
                    output = np.asarray(self.tk_output, dtype=np.int64)
                    self._tables = (nextmove, rowbase, output, window)
            except (AttributeError, TypeError, ValueError):
                self._tables = None

        def _raw_score(self, text: bytes) -> Any:
            if self._tables is not None:
                visits = window_visits(self._tables, text)
                if visits:
                    return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(text)  # no features: py3langid's own answer

    return WindowIdentifier


def window_visits(tables: tuple[Any, Any, Any, int], text: bytes) -> Counter[int] | None:
    """The feature counts py3langid's `visit_counts` gives for `text` (None: none), in
    the same order, from every position's last `window` bytes."""
    import numpy as np

    nextmove, rowbase, output, window = tables
    data = np.frombuffer(text, dtype=np.uint8)
    n = len(data)
    state = np.zeros(n, dtype=np.int64)
    for back in range(min(window, n) - 1, -1, -1):  # the byte `back` places before
        state[back:] = nextmove[rowbase[state[back:]] + data[: n - back]]
    found = output[state]
    found = found[found >= 0]
    return Counter(found.tolist()) if len(found) else None


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "out_feat", "nextmove_row")


def _stored(cached: bool = True) -> dict[str, Any]:
    """The model's arrays, restricted to the languages sites declare, ready to use.

    py3langid ships its model LZMA-compressed; unpacking it took ~0.45 s, most of a
    pre-commit run's time. The arrays are kept once per model version in the user's
    cache folder as plain `.npy` files, read back memory-mapped without pickle (a planted
    file can at worst be arrays). Without a writable cache folder the model is unpacked
    in memory each run.

    Only languages with an ISO 639-1 code are kept, the codes sites declare: the model's
    regional and creole languages (pcm, gcf, ext...) otherwise win on made-up words or
    code mixed with an English sentence, with probabilities up to 0.77. That subset is
    what `LanguageIdentifier.set_languages` would build, but stored row-major: a page
    gathers a few hundred rows of the table, ~0.1 ms cheaper from rows than from the
    column-major slice `set_languages` leaves, and storing it so spares every process
    the copy (26 ms) and the slice.
    """
    import io
    import lzma

    import numpy as np
    from py3langid import langid

    source = Path(langid.__file__).parent / langid.MODEL_FILE
    folder = _cache_folder(source) if cached else None
    if folder is not None and all((folder / f"{k}.npy").is_file() for k in _ARRAYS):
        try:
            return {
                k: np.load(folder / f"{k}.npy", mmap_mode="r", allow_pickle=False) for k in _ARRAYS
            }
        except (OSError, ValueError):
            pass
    raw = lzma.decompress(source.read_bytes())
    with np.load(io.BytesIO(raw), allow_pickle=False) as npz:
        data = {k: np.asarray(npz[k]) for k in _ARRAYS}
    keep = np.array([len(str(c)) == 2 for c in data["classes"]])
    data["ptc"] = np.ascontiguousarray(data["ptc"][:, keep])
    data["pc"] = np.ascontiguousarray(data["pc"][keep])
    data["classes"] = data["classes"][keep]
    if folder is not None:
        _store(folder, data)
    return data


def _model_arrays(cached: bool = True) -> tuple[Any, ...]:
    """LanguageIdentifier's positional arguments from `_stored`, then `tk_row`."""
    import numpy as np
    from py3langid import modelio

    data = _stored(cached)
    return (
        np.asarray(data["ptc"]),
        np.asarray(data["pc"]),
        data["classes"].tolist(),
        modelio._to_array(np.asarray(data["nextmove"])),
        data["out_feat"].tolist(),
        modelio._to_array(np.asarray(data["nextmove_row"])),
    )


def _cache_folder(source: Path) -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    try:
        size = source.stat().st_size
    except OSError:
        return None
    # "-iso1": the ISO 639-1 subset, row-major (older folders held the whole model)
    return Path(base) / "contentlint" / f"py3langid-{size}-iso1"


def _store(folder: Path, data: dict[str, Any]) -> None:
    """Write the arrays beside `folder`, then rename into place (readers never see half)."""
    import numpy as np

    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-"))
        for k, v in data.items():
            np.save(tmp / f"{k}.npy", v, allow_pickle=False)
        try:
            os.replace(tmp, folder)
        except OSError:  # another run stored it first
            shutil.rmtree(tmp, ignore_errors=True)
    except OSError:
        pass


def warm() -> None:
    """Load the model now (in the parent, so forked workers share it)."""
    _identifier()


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _letters(sample: str) -> int:
    """Letters of `sample` (runs found in C: counting characters in Python cost as much
    as the detection)."""
    return sum(map(len, _LETTERS_RE.findall(sample))) + (CJK_WEIGHT - 1) * textmod.cjk_chars(sample)


def detect(text: str) -> tuple[str, float, int] | None:
    """(base language, probability, letters) of `text`, or None when it is too short to
    tell or the detector is unsure."""
    sample = text[:SAMPLE_CHARS]
    letters = _letters(sample)
    if letters < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    if prob < CONFIDENT:
        return None
    return str(lang), float(prob), letters


def settle(declared: str | None, text: str, default: str, authoritative: bool = False) -> str:
    """The page's language: `declared` (`<html lang>`, og:locale, the language folder)
    unless long text is confidently in another language; else the detected language;
    else `default` (the site's language). An `authoritative` declaration (a page's own
    front matter: the author's word, and the way to correct a wrong detection) wins."""
    base = textmod.base_language(declared) if declared else ""
    if base and (authoritative or len(text) < LONG_LETTERS):  # no detection needed
        return base
    found = detect(text)
    if base:
        if (
            found is not None
            and found[0] != base
            and found[2] >= LONG_LETTERS
            and found[1] >= OVERRULE
        ):
            return found[0]
        return base
    if found is not None:
        return found[0]
    return textmod.base_language(default) or "en"
