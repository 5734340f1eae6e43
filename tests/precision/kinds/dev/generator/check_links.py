"""Check every internal link of the non-Hugo sites against the generators' URL and anchor
rules, and compare the result with the L001 labels.

The Hugo sites were checked by building them with hugo itself (see README). Slug
functions here were compared with the generators' own code (github-slugger 2,
Python-Markdown 3 toc, kramdown-parser-gfm) on every heading of the set:
`python3 generator/check_links.py --dump-headings` prints them for that comparison.

Run: python3 generator/check_links.py   (exit 1 on a mismatch with labels.json)
"""
from __future__ import annotations

import json
import posixpath
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

DEV = Path(__file__).resolve().parents[1]
SITES = DEV / "sites"


# ----------------------------------------------------------------- slug rules
def github_slug(text: str) -> str:
    out = []
    for ch in text.lower():
        cat = unicodedata.category(ch)
        if ch in "-_ " or cat[0] in "LNM":
            out.append(ch)
    return "".join(out).replace(" ", "-")


def pymd_slug(text: str) -> str:
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def kramdown_gfm_slug(text: str) -> str:
    value = text.lower()
    value = "".join(ch for ch in value if ch in "- \t" or ch == "_" or unicodedata.category(ch)[0] in "LNM")
    return value.replace(" ", "-").replace("\t", "-")


def unique(slugs, sep):
    seen, out = {}, []
    for s in slugs:
        if s in seen:
            if sep == "_":
                n = 1
                while f"{s}_{n}" in seen:
                    n += 1
                t = f"{s}_{n}"
            else:
                n = seen[s]
                t = f"{s}-{n}"
                while t in seen:
                    n += 1
                    t = f"{s}-{n}"
                seen[s] = n + 1
            seen[t] = 1
            out.append(t)
        else:
            seen[s] = 1
            out.append(s)
    return out


# --------------------------------------------------------------- markdown bits
FM = re.compile(r"\A(---|\+\+\+)\n(.*?)\n\1\n", re.S)


def split_fm(text):
    m = FM.match(text)
    if not m:
        return {}, text
    raw = m.group(2)
    meta = {}
    for line in raw.splitlines():
        mm = re.match(r"^([A-Za-z_]+)\s*[:=]\s*(.+)$", line)
        if mm:
            meta[mm.group(1)] = mm.group(2).strip().strip('"').strip("'")
    return meta, text[m.end():], raw


def split(text):
    m = FM.match(text)
    if not m:
        return {}, text, ""
    return split_fm(text)


def strip_code(body):
    return re.sub(r"^([ \t]*)(```|~~~).*?^\1\2[ \t]*$", "", body, flags=re.S | re.M)


def headings(body):
    """(text, explicit_id) for each ATX heading outside code."""
    out = []
    for line in strip_code(body).splitlines():
        m = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        t = m.group(1)
        explicit = None
        e = re.search(r"\s*\{#([^}]+)\}\s*$", t)
        if e:
            explicit = e.group(1)
            t = t[: e.start()]
        t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
        t = t.replace("`", "").replace("**", "").replace("*", "")
        t = t.replace("<", "").replace(">", "") if t.startswith("`") else t
        out.append((t, explicit))
    return out


def md_links(body):
    body = strip_code(body)
    links = []
    for m in re.finditer(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)", body):
        links.append(m.group(1))
    for m in re.finditer(r"href=\"([^\"]+)\"", body):
        links.append(m.group(1))
    for m in re.finditer(r"<(https?://[^>]+)>", body):
        links.append(m.group(1))
    return links


class HtmlScan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


# ------------------------------------------------------------------ site models
class Site:
    slug = staticmethod(github_slug)
    dup_sep = "-"

    def __init__(self, root: Path):
        self.root = root
        self.pages = {}      # url -> (file rel, anchors set)
        self.files = {}      # file rel -> url
        self.out_links = {}  # file rel -> [href]

    def norm(self, url):
        url = url.split("#")[0].split("?")[0]
        if not url.endswith("/") and not re.search(r"\.[a-z]+$", url.rsplit("/", 1)[-1]):
            url += "/"
        return url

    def add(self, rel, url, anchors, links):
        url = self.norm(url)
        self.pages[url] = (rel, anchors)
        self.files[rel] = url
        self.out_links[rel] = links

    def anchors_md(self, body):
        hs = headings(body)
        slugs = [e if e else self.slug(t) for t, e in hs]
        return set(unique(slugs, self.dup_sep))

    def lookup(self, url):
        return self.pages.get(self.norm(url))

    def resolve(self, rel, href):
        """Return (target (rel, anchors) or None, fragment) for an internal link, or 'skip'."""
        u = urlparse(href)
        if u.scheme or href.startswith("mailto:") or href.startswith("{") or "{{" in href:
            return "skip"
        frag = unquote(u.fragment) if u.fragment else None
        if not u.path:
            return (self.pages[self.files[rel]], frag)
        if u.path.startswith("/"):
            if re.search(r"\.(css|js|png|jpg|svg|xml|pdf)$", u.path):
                return "skip"
            return (self.lookup(u.path), frag)
        return (self.resolve_relative(rel, u.path), frag)

    def resolve_relative(self, rel, path):
        base = self.files[rel]
        return self.lookup(posixpath.normpath(posixpath.join(base, path)) + "/")


class Starlight(Site):
    def load(self):
        base = self.root / "src/content/docs"
        for f in sorted(base.rglob("*.md*")):
            rel = f.relative_to(base).as_posix()
            _, body, raw = split(f.read_text())
            url = "/" + re.sub(r"(index)?\.mdx?$", "", rel)
            links = md_links(body) + re.findall(r"link:\s*(/\S+)", raw)
            self.add(f.relative_to(self.root).as_posix(), url, self.anchors_md(body), links)

    def lookup(self, url):
        hit = super().lookup(url)
        if hit is None:
            parts = self.norm(url).split("/")
            if len(parts) > 2 and parts[1] != "en":
                return super().lookup("/en/" + "/".join(parts[2:]))
        return hit


class Docusaurus(Site):
    def norm(self, url):
        url = url.split("#")[0]
        return url.rstrip("/") or "/"

    def load(self):
        for f in sorted(self.root.rglob("*.md")):
            rel = f.relative_to(self.root).as_posix()
            meta, body, _ = split(f.read_text())
            m = re.match(r"i18n/(\w+)/docusaurus-plugin-content-docs/current/(.*)", rel)
            if rel.startswith("docs/") or m:
                loc, path = (None, rel[5:]) if not m else (m.group(1), m.group(2))
                d = posixpath.dirname(path)
                name = meta.get("id") or posixpath.basename(path)[:-3]
                url = "/docs/" + (f"{d}/" if d else "") + name
                if meta.get("slug"):
                    url = "/docs" + (meta["slug"] if meta["slug"] != "/" else "")
                if loc:
                    url = f"/{loc}" + url
            elif rel.startswith("blog/"):
                mm = re.match(r"blog/(\d{4})-(\d\d)-(\d\d)-(.*)\.md", rel)
                url = f"/blog/{meta['slug']}" if meta.get("slug") else f"/blog/{mm.group(1)}/{mm.group(2)}/{mm.group(3)}/{mm.group(4)}"
            elif rel.startswith("src/pages/"):
                url = "/" + re.sub(r"index$", "", rel[10:-3])
            else:
                m2 = re.match(r"i18n/(\w+)/docusaurus-plugin-content-pages/(.*)\.md", rel)
                url = f"/{m2.group(1)}/" + re.sub(r"index$", "", m2.group(2))
            self.add(rel, url, self.anchors_md(body), md_links(body))
        self.pages["/blog"] = ("(generated blog index)", set())

    def lookup(self, url):
        hit = super().lookup(url)
        m = re.match(r"/(fr|ja)(/docs.*)", self.norm(url))
        if hit is None and m:
            hit = super().lookup(m.group(2))
        return hit

    def resolve_relative(self, rel, path):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
        if target in self.files:
            return self.pages[self.files[target]]
        return None


class MkDocs(Site):
    slug = staticmethod(pymd_slug)
    dup_sep = "_"

    def load(self):
        base = self.root / "docs"
        for f in sorted(base.rglob("*.md")):
            rel = f.relative_to(base).as_posix()
            _, body, _ = split(f.read_text())
            lang = "es" if rel.endswith(".es.md") else "en"
            path = rel[:-6] if lang == "es" else rel[:-3]
            url = ("/es/" if lang == "es" else "/") + re.sub(r"(^|/)index$", r"\1", path)
            self.add("docs/" + rel, url, self.anchors_md(body), md_links(body))

    def resolve_relative(self, rel, path):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
        if rel.endswith(".es.md"):
            es = target[:-3] + ".es.md"
            if es in self.files:
                return self.pages[self.files[es]]
        if target in self.files:
            return self.pages[self.files[target]]
        return None


class Jekyll(Site):
    slug = staticmethod(kramdown_gfm_slug)

    def load(self):
        self.posts = {}
        for f in sorted(self.root.rglob("*.md")):
            rel = f.relative_to(self.root).as_posix()
            meta, body, _ = split(f.read_text())
            m = re.match(r"(?:(\w+)/)?_posts/(\d{4})-(\d\d)-(\d\d)-(.*)\.md", rel)
            if m:
                cat = f"/{m.group(1)}" if m.group(1) else ""
                url = meta.get("permalink") or f"{cat}/{m.group(2)}/{m.group(3)}/{m.group(4)}/{m.group(5)}/"
                self.posts[f"{m.group(2)}-{m.group(3)}-{m.group(4)}-{m.group(5)}"] = url
            else:
                url = meta.get("permalink") or "/" + re.sub(r"(^|/)index\.md$", r"\1", rel).replace(".md", ".html")
            self.add(rel, url, self.anchors_md(body), md_links(body))

    def resolve(self, rel, href):
        m = re.match(r"\{%\s*post_url\s+(\S+)\s*%\}", href)
        if m:
            url = self.posts.get(m.group(1))
            return (self.lookup(url) if url else None, None)
        return super().resolve(rel, href)


class Zola(Site):
    def load(self):
        base = self.root / "content"
        for f in sorted(base.rglob("*.md")):
            rel = f.relative_to(base).as_posix()
            meta, body, _ = split(f.read_text())
            if meta.get("path"):
                url = "/" + meta["path"].strip("/") + "/"
            else:
                url = "/" + re.sub(r"(^|/)_index\.md$", r"\1", rel).replace(".md", "/")
            self.add("content/" + rel, url, self.anchors_md(body), md_links(body))


class Plain(Site):
    def load(self):
        for f in sorted(self.root.rglob("*.html")):
            rel = f.relative_to(self.root).as_posix()
            s = HtmlScan()
            s.feed(f.read_text())
            url = "/" + re.sub(r"(^|/)index\.html$", r"\1", rel)
            self.add(rel, url, s.ids, s.hrefs)


MODELS = {"starlight-docs": Starlight, "docusaurus-site": Docusaurus, "mkdocs-site": MkDocs,
          "jekyll-blog": Jekyll, "release-blog": Zola, "plain-html": Plain}


def main():
    labels = json.loads((DEV / "labels.json").read_text())
    problems = 0
    if "--dump-headings" in sys.argv:
        for name in MODELS:
            for f in sorted((SITES / name).rglob("*.md*")):
                _, body, _ = split(f.read_text())
                for t, e in headings(body):
                    print(json.dumps({"site": name, "text": t}, ensure_ascii=False))
        return 0
    for name, cls in MODELS.items():
        site = cls(SITES / name)
        site.load()
        for rel, links in site.out_links.items():
            broken = []
            for href in links:
                r = site.resolve(rel, href)
                if r == "skip":
                    continue
                target, frag = r
                if target is None:
                    broken.append(f"no page: {href}")
                elif frag and frag not in target[1]:
                    broken.append(f"no anchor: {href}")
            key = f"sites/{name}/{rel}"
            lab = labels.get(key)
            if lab is None:
                print(f"NO LABEL {key}")
                problems += 1
                continue
            if "L001" in lab["should_fire"] and not broken:
                print(f"EXPECTED BROKEN LINK, found none: {key}")
                problems += 1
            if broken and "L001" not in lab["should_fire"]:
                print(f"UNLABELLED BROKEN LINK in {key}: {broken}")
                problems += 1
            if broken and "--verbose" in sys.argv:
                print(f"ok (planted) {key}: {broken}")
    print("link check:", "OK" if not problems else f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
