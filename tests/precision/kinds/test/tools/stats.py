"""Self-check (not scoring): prose statistics of labelled documents, to confirm that
labels such as must_not_fire T001/T006/M002/E004 hold for the text as written."""
import html as H
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
labels = json.loads((HERE / "labels.json").read_text())
labels.pop("site_files")

FILLER = ["in today's", "fast-paced", "landscape", "it's important to note", "it is important to note", "delve", "unlock",
          "game-changer", "game changer", "at the end of the day", "navigate the", "seamless", "in conclusion", "next level",
          "when it comes to", "in order to", "a wide range", "crucial", "leverage", "robust", "dive into", "ultimately",
          "whether you're", "look no further", "first and foremost", "needless to say", "tapestry", "elevate", "realm",
          "embark", "journey", "comprehensive", "in a nutshell", "bottom line", "boasts", "cutting-edge", "state-of-the-art",
          "best practice", "plays a vital", "plays a key", "testament", "goes without saying", "simply put", "basically",
          "essentially", "it's worth noting", "worth noting", "take your", "to new heights", "boost your", "the power of",
          "harness", "empower", "streamline", "in this article", "in this post, we", "a must-have", "stay ahead",
          "key to success", "ever-evolving", "ever-changing", "myriad", "plethora", "moreover", "furthermore", "paramount",
          "pivotal", "foster", "holistic", "synergy", "revolutioniz", "transformative", "seamlessly", "a huge difference",
          "every single", "game-chang", "huge", "incredibly", "amazing", "awesome", "literally", "very unique", "rest assured",
          "it should be noted", "as we all know", "let's face it", "without further ado", "are you looking", "look no",
          "ins and outs", "all in all", "last but not least", "in the world of", "in the realm", "digital age", "modern world"]


def prose(path, text):
    if path.endswith(".html"):
        m = re.search(r"<main>(.*)</main>", text, re.S)
        t = m.group(1)
        t = re.sub(r'<p class="(byline|updated|languages)">.*?</p>', "", t, flags=re.S)
        paras = [re.sub(r"<[^>]+>", "", H.unescape(x)).strip() for x in re.findall(r"<(?:p|li|h\d|blockquote)[^>]*>(.*?)</(?:p|li|h\d|blockquote)>", t, re.S)]
        title = re.search(r"<title>(.*?)</title>", text).group(1)
        return [p for p in paras if p], H.unescape(title)
    fm = ""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        fm, text = text[4:end], text[end + 5:]
    m = re.search(r"^title:\s*\"?(.+?)\"?$", fm, re.M)
    title = m.group(1) if m else (re.search(r"^# (.+)$", text, re.M) or [None, ""])[1]
    text = re.sub(r"^([ \t]*)(```|~~~).*?^\1\2[^\n]*$", "", text, flags=re.S | re.M)
    text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", text)
    text = re.sub(r"^(import|export) .*$", "", text, flags=re.M)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n|\n(?=- |\d+\. |#)", text)]
    return [p for p in paras if p and not p.startswith("|")], title


def words(s):
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", s))
    return len(re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*", re.sub(r"[\u3040-\u30ff\u4e00-\u9fff]", " ", s))) + cjk


def title_len(t):
    return sum(2 if re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]", c) else 1 for c in t)


issues = []
for path, lab in labels.items():
    text = (HERE / path).read_text()
    paras, title = prose(path, text)
    body_paras = [p for p in paras if not p.startswith("#")]
    wc = sum(words(p) for p in body_paras)
    mnf, sf = set(lab["must_not_fire"]), set(lab["should_fire"])
    if "T001" in mnf and lab["kind"] == "article" and wc < 320:
        issues.append(f"T001 must-not but {wc} words: {path}")
    if "T001" in sf:
        print(f"thin {wc} words: {path}")
    if lab["kind"] == "article":
        print(f"{wc:5d} words  {path}")
    if "M002" in mnf:
        tl = title_len(re.sub(r" \| Kitchen Ledger$", "", title))
        if not 15 <= tl + (17 if path.endswith(".html") and "Kitchen Ledger" in title else 0) <= 70:
            issues.append(f"M002 title length {tl}: {title!r} {path}")
    if "T006" in mnf and lab["kind"] == "article":
        for p in body_paras:
            if p.startswith("- ") or re.match(r"\d+\. ", p):
                continue
            if words(p) > 180:
                issues.append(f"T006 long paragraph {words(p)}: {path}: {p[:60]}")
            for s in re.split(r"(?<=[.!?])\s+", p):
                if words(s) > 45:
                    issues.append(f"T006 long sentence {words(s)}: {path}: {s[:60]}")
    if lab["lang"] == "en" and "T005" in mnf:
        low = " ".join(paras).lower().replace("’", "'")
        for f in FILLER:
            if re.search(r"\b" + re.escape(f), low):
                issues.append(f"T005 suspicious {f!r}: {path}")
    if "E004" in mnf and lab["kind"] == "article" and wc >= 480:
        ext = len(re.findall(r"https?://(?!kitchenledger\.example)", re.sub(r"<head>.*?</head>", "", text, flags=re.S) if path.endswith(".html") else text.split("\n---\n", 1)[-1]))
        if ext * 2000 < wc:
            issues.append(f"E004 {wc} words, {ext} external links: {path}")
print("\n".join(issues) or "no issues")
