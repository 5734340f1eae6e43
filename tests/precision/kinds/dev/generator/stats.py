"""Rough prose measures behind the T001 and D002 labels: words of main text (no front
matter, code, headings, tags, MDX imports) and 5-word-shingle Jaccard similarity."""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_links import split, strip_code  # noqa: E402

DEV = Path(__file__).resolve().parents[1]


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip, self.in_main = [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "header", "footer", "nav", "h1", "h2", "h3", "title"):
            self.skip += 1
        if tag == "main":
            self.in_main = True

    def handle_endtag(self, tag):
        if tag in ("script", "style", "header", "footer", "nav", "h1", "h2", "h3", "title"):
            self.skip -= 1
        if tag == "main":
            self.in_main = False

    def handle_data(self, data):
        if not self.skip and self.in_main:
            self.parts.append(data)


def prose(path: Path) -> str:
    t = path.read_text()
    if path.suffix == ".html":
        p = Text()
        p.feed(t)
        return " ".join(p.parts)
    _, body, _ = split(t)
    body = strip_code(body)
    body = re.sub(r"^\s{0,3}#{1,6} .*$", "", body, flags=re.M)
    body = re.sub(r"^(import|export) .*$", "", body, flags=re.M)
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}|<[^>]+>|<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"\]\([^)]*\)", "]", body)
    return body


def words(text: str) -> int:
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-zÀ-ÿ0-9][\w'’.-]*", text))
    return latin + cjk


def shingles(text, k=5):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


if __name__ == "__main__":
    labels = json.loads((DEV / "labels.json").read_text())
    bad = 0
    for rel, lab in labels.items():
        if rel == "site_files":
            continue
        n = words(prose(DEV / rel))
        if "T001" in lab["should_fire"] and n >= 100:
            print(f"thin label but {n} words: {rel}")
            bad += 1
        if lab["kind"] == "article" and "T001" in lab["must_not_fire"] and n < 320:
            print(f"T001 must-not but only {n} words: {rel}")
            bad += 1
        if "-v" in sys.argv and lab["kind"] == "article":
            print(n, rel)
    print("word check:", "OK" if not bad else f"{bad} problems")
