"""The language of a page (issue 16): what it declares, where the site files it, what its
text is written in.

Detection uses py3langid (BSD-3, pure Python over numpy, one wheel for every platform,
0.6 ms per page; `bench/lang_detect.py` compares it with lingua, langdetect and fastText on
the labelled pages, `bench/lang_cost.py` measures its cost). The model loads once per
process (0.5 s CPU); the engine loads it before its workers fork (`warm`).

Front matter's `lang` wins. Other declarations (`<html lang>`, og:locale, a language
folder) win too, except when the text is long and confidently in another language: a
template's `<html lang="en">` on a German page says nothing about the page.
"""

from __future__ import annotations

import re
from functools import cache
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
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError:  # it unpacks the model into a temporary file: the disk may be full
        ident = _load_in_memory(LanguageIdentifier, MODEL_FILE)
    # Languages with an ISO 639-1 code only, the codes sites declare: the model's regional
    # and creole languages (pcm, gcf, ext...) otherwise win on made-up words or code
    # mixed with an English sentence, with probabilities up to 0.77.
    ident.set_languages([c for c in ident.nb_classes if len(c) == 2])
    return ident


def _load_in_memory(cls: Any, model_file: str) -> Any:
    """The model unpacked in memory (py3langid 0.4's `modelio.load_model`, without its
    temporary file): about 30 MB for the moment it takes."""
    import io
    import lzma
    from pathlib import Path

    import numpy as np
    from py3langid import langid, modelio

    raw = lzma.decompress((Path(langid.__file__).parent / model_file).read_bytes())
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return cls(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            modelio._to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=modelio._to_array(data["nextmove_row"]),
        )


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
