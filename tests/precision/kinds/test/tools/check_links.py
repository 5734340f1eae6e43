"""Self-check used while writing the set (not part of scoring): resolves every internal
link and anchor of the Markdown/HTML sites under sites/ with each generator's own rules,
and prints the ones that do not resolve. The slug functions follow github-slugger,
Python-Markdown's toc and kramdown's GFM parser; they were checked against the real
tools (node github-slugger, Python-Markdown, ruby kramdown) while the set was written."""
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent / "sites"


def fm_split(text):
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[4:end], text[end + 5:]
    return "", text


def fm_get(fm, key):
    m = re.search(rf"^{key}:\s*(.+)$", fm, re.M)
    return m.group(1).strip().strip('"') if m else None


def strip_code(body):
    return re.sub(r"^([ \t]*)(```|~~~).*?^\1\2[^\n]*$", "", body, flags=re.S | re.M)


def headings(body):
    out = []
    for m in re.finditer(r"^(#{1,6})\s+(.+?)\s*$", strip_code(body), re.M):
        out.append(m.group(2))
    for m in re.finditer(r"<h[1-6][^>]*>(.*?)</h[1-6]>", body):
        out.append(m.group(1))
    return out


def gh_slug(text):
    # github-slugger: lower-case, drop punctuation and symbols, spaces -> '-'
    text = re.sub(r"`", "", text).lower()
    keep = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in " -_" or cat[0] in "LMN":
            keep.append(ch)
    return "".join(keep).replace(" ", "-")


def unique(slugs, sep):
    seen, out = {}, []
    for s in slugs:
        if s in seen:
            seen[s] += 1
            out.append(f"{s}{sep}{seen[s]}")
        else:
            seen[s] = 0
            out.append(s)
    return out


def ids_github(body, explicit=True):
    res = set()
    slugs = []
    for h in headings(body):
        m = re.search(r"\s*\{#([\w-]+)\}\s*$", h)
        if m and explicit:
            res.add(m.group(1))
            continue
        slugs.append(gh_slug(re.sub(r"<[^>]+>", "", h)))
    res |= set(unique(slugs, "-"))
    res |= set(re.findall(r'\bid="([^"{}]+)"', body))
    return res


def pymd_slug(value):
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def ids_pymd(body):
    res, slugs = set(), []
    for h in headings(body):
        m = re.search(r"\s*\{\s*#([\w-]+)\s*\}\s*$", h)
        if m:
            res.add(m.group(1))
            continue
        slugs.append(pymd_slug(re.sub(r"`", "", h)))
    return res | set(unique(slugs, "_"))


def kramdown_gfm_slug(text):
    t = text.lower()
    t = re.sub(r"[^\w\- \t]", "", t)
    return t.replace(" ", "-").replace("\t", "-")


def ids_kramdown_gfm(body):
    res, slugs = set(), []
    for h in headings(body):
        m = re.search(r"\s*\{:?\s*#([\w-]+)\s*\}\s*$", h)
        if m:
            res.add(m.group(1))
            continue
        slugs.append(kramdown_gfm_slug(h))
    return res | set(unique(slugs, "-"))


def links(body):
    body = strip_code(body)
    body = re.sub(r"`[^`\n]+`", "", body)
    body = re.sub(r"\{% raw %\}.*?\{% endraw %\}", "", body, flags=re.S)
    out = [m.group(1) for m in re.finditer(r"\]\(([^)\s]+)\)", body)]
    out += re.findall(r'href="([^"]+)"', body)
    return [l for l in out if not re.match(r"^(https?:|mailto:)", l)]


problems = []


def report(doc, link, why):
    problems.append(f"{doc.relative_to(ROOT)}: {link} -> {why}")


# ---------------- starlight
def check_starlight():
    base = ROOT / "starlight/src/content/docs"
    pages = {}
    for f in base.rglob("*.mdx"):
        rel = f.relative_to(base).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "index":
            parts = parts[:-1]
        url = "/" + "/".join(parts) + "/"
        pages[url] = f
    for url, f in pages.items():
        fm, body = fm_split(f.read_text())
        lang = url.split("/")[1]
        hero = re.findall(r"^\s+link: (\S+)", fm, re.M)
        for l in links(body) + hero:
            if l == "g" or l.startswith("{"):
                continue
            path, _, frag = l.partition("#")
            if not path:
                target = f
            else:
                tgt = pages.get(path)
                if tgt is None and path.startswith(f"/{lang}/"):
                    tgt = pages.get("/en/" + path[len(lang) + 2:])  # fallback to default locale
                if tgt is None:
                    report(f, l, "no page"); continue
                target = tgt
            if frag and unquote(frag) not in ids_github(fm_split(target.read_text())[1], explicit=False):
                report(f, l, "no anchor")


# ---------------- docusaurus
def check_docusaurus():
    site = ROOT / "docusaurus"
    def doc_pages(folder):
        res = {}
        for f in folder.rglob("*.md"):
            fm, _ = fm_split(f.read_text())
            rel = f.relative_to(folder)
            slug = fm_get(fm, "slug")
            did = fm_get(fm, "id") or rel.stem
            if slug and slug.startswith("/"):
                url = "/docs" + (slug if slug != "/" else "/")
            else:
                url = "/docs/" + "/".join(list(rel.parent.parts) + [did])
            res[url.rstrip("/") or "/docs"] = f
        return res
    en_docs = doc_pages(site / "docs")
    blog = {}
    for f in (site / "blog").glob("*.md"):
        blog["/blog/" + fm_get(fm_split(f.read_text())[0], "slug")] = f
    pages = {"/" + f.stem if f.stem != "index" else "/": f for f in (site / "src/pages").glob("*.md")}
    allmap = {**en_docs, **blog, **pages, "/blog": None}
    locales = {"fr": doc_pages(site / "i18n/fr/docusaurus-plugin-content-docs/current"),
               "ja": doc_pages(site / "i18n/ja/docusaurus-plugin-content-docs/current")}
    files = list(site.rglob("*.md"))
    for f in files:
        if "node_modules" in f.parts:
            continue
        fm, body = fm_split(f.read_text())
        loc = f.relative_to(site).parts[1] if f.relative_to(site).parts[0] == "i18n" else "en"
        for l in links(body):
            path, _, frag = l.partition("#")
            if not path:
                target = f
            elif path.endswith(".md"):
                cand = (f.parent / path).resolve()
                if not cand.exists() and loc != "en":
                    rel = cand.relative_to((site / "i18n" / loc / "docusaurus-plugin-content-docs/current").resolve())
                    cand = site / "docs" / rel
                if not cand.exists():
                    report(f, l, "no file"); continue
                target = cand
            else:
                key = path.rstrip("/") or "/"
                if key == "/docs":
                    key = "/docs"
                target = None
                if loc != "en" and key in locales[loc]:
                    target = locales[loc][key]
                elif key in allmap:
                    target = allmap[key]
                else:
                    report(f, l, "no page"); continue
            if frag and target is not None and frag not in ids_github(fm_split(Path(target).read_text())[1]):
                report(f, l, "no anchor")


# ---------------- mkdocs (i18n suffix, fallback to default)
def check_mkdocs():
    docs = ROOT / "mkdocs/docs"
    for f in docs.rglob("*.md"):
        is_de = f.name.endswith(".de.md")
        _, body = f.read_text(), f.read_text()
        for l in links(body):
            path, _, frag = l.partition("#")
            if not path:
                target = f
            else:
                cand = (f.parent / path).resolve()
                de_cand = cand.with_name(cand.stem + ".de.md")
                if is_de and de_cand.exists():
                    cand = de_cand
                if not cand.exists():
                    report(f, l, "no file"); continue
                target = cand
            if frag and frag not in ids_pymd(target.read_text()):
                report(f, l, "no anchor")


# ---------------- jekyll (permalinks, post_url, kramdown GFM ids)
def check_jekyll():
    site = ROOT / "jekyll-blog"
    perma, posts = {}, {}
    for f in list(site.glob("*.md")) + list((site / "_posts").rglob("*.md")):
        fm, _ = fm_split(f.read_text())
        p = fm_get(fm, "permalink")
        lang = fm_get(fm, "lang") or "en"
        if p:
            perma[(lang, p)] = f
        if "_posts" in f.parts:
            posts[f.stem] = f
    for f in perma.values():
        fm, body = fm_split(f.read_text())
        body = re.sub(r"\{% raw %\}.*?\{% endraw %\}", "", body, flags=re.S)
        for m in re.finditer(r"\{% post_url (\S+) %\}(#[\w-]+)?", body):
            if m.group(1) not in posts:
                report(f, m.group(0), "no post"); continue
            if m.group(2) and m.group(2)[1:] not in ids_kramdown_gfm(fm_split(posts[m.group(1)].read_text())[1]):
                report(f, m.group(0), "no anchor")
        for l in links(body):
            if l.startswith("{%") or l.startswith("{{"):
                continue
            path, _, frag = l.partition("#")
            if path in ("/feed.xml",):
                continue
            if not path:
                target = f
            else:
                target = perma.get(("en", path))
                if target is None:
                    report(f, l, "no page"); continue
            if frag and frag not in ids_kramdown_gfm(fm_split(target.read_text())[1]):
                report(f, l, "no anchor (static)")


# ---------------- release-blog (.md links, github ids)
def check_release():
    content = ROOT / "release-blog/content"
    for f in content.rglob("*.md"):
        _, body = fm_split(f.read_text())
        for l in links(body):
            path, _, frag = l.partition("#")
            if path.startswith("/"):
                report(f, l, "root URL, no such page" if not (content / (path.strip('/') + '.md')).exists() else "ok?"); continue
            target = (f.parent / path).resolve() if path else f
            if not target.exists():
                report(f, l, "no file"); continue
            if frag and frag not in ids_github(fm_split(target.read_text())[1]):
                report(f, l, "no anchor")


# ---------------- magazine (root-relative html)
def check_magazine():
    site = ROOT / "magazine"
    for f in site.rglob("*.html"):
        t = f.read_text()
        main = re.search(r"<main>(.*)</main>", t, re.S).group(1)
        for l in re.findall(r'href="([^"]+)"', t):
            if l.startswith("http"):
                continue
            path, _, frag = l.partition("#")
            tgt = site / path.lstrip("/")
            if path.endswith("/"):
                tgt = tgt / "index.html"
            if not tgt.exists():
                report(f, l, "no page" + ("" if l in main else " (template)"))


for fn in [check_starlight, check_docusaurus, check_mkdocs, check_jekyll, check_release, check_magazine]:
    fn()
print("\n".join(problems) or "all links resolve")
