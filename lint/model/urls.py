"""The URL model: where a content file will be published, as static site generators do it.

`content/posts/x.md` becomes `/posts/x/` (Hugo, Zola, Astro content collections);
`x/index.md` and `x/_index.md` become `/x/`; Jekyll `_posts/2019-10-15-slug.md`
becomes `/2019/10/15/slug.html`. Front matter wins: `url` and `permalink` (the full
path), `path` (Zola), `slug` (the last segment). `aliases` and `redirect_from` list
other URLs that lead to the same page. With no `base_url` the URLs are site-relative
on a placeholder host, which is enough to resolve internal links.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

PLACEHOLDER_BASE = "https://site.invalid/"
_CONTENT_ROOTS = ("content", "_posts", "_drafts", "src/pages", "pages", "src/content", "docs")
_JEKYLL_POST_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_INDEX_STEMS = {"index", "_index", "readme"}


def site_base(base_url: str | None) -> str:
    if not base_url:
        return PLACEHOLDER_BASE
    return base_url if base_url.endswith("/") else base_url + "/"


def content_relative(rel: PurePosixPath, content_root: str | None = None) -> PurePosixPath:
    """Strip everything up to the generator's content folder."""
    parts = rel.parts
    roots = [content_root.strip("/")] if content_root else list(_CONTENT_ROOTS)
    for root in roots:
        rparts = PurePosixPath(root).parts
        for i in range(len(parts) - len(rparts)):
            if parts[i : i + len(rparts)] == rparts:
                if root in ("_posts", "_drafts"):
                    return PurePosixPath(*parts[i:])
                return PurePosixPath(*parts[i + len(rparts) :])
    return rel


def url_path_for(
    rel: PurePosixPath,
    front_matter: dict[str, Any],
    *,
    content_root: str | None = None,
    trailing_slash: bool = True,
) -> str:
    """Site-relative URL path (always starting with '/') for a content file."""
    for key in ("url", "permalink"):
        value = front_matter.get(key)
        if isinstance(value, str) and value.strip():
            v = value.strip()
            if key == "permalink" and ":" in v and not v.startswith(("http:", "https:")):
                v = expand_permalink(v, rel, front_matter)  # Jekyll: /:categories/:title/
            return v if v.startswith(("/", "http:", "https:")) else "/" + v
    zola_path = front_matter.get("path")
    if isinstance(zola_path, str) and zola_path.strip():
        p = "/" + zola_path.strip().strip("/")
        return _slash(p, trailing_slash)
    rel = content_relative(rel, content_root)
    parts = list(rel.parts)
    if not parts:
        return "/"
    name = parts[-1]
    suffix = PurePosixPath(name).suffix.lower()
    stem = PurePosixPath(name).stem
    lang = re.match(r"^(.*)\.([a-z]{2}(?:-[a-z]{2})?)$", stem)
    if lang and suffix in (".md", ".markdown", ".mdx"):
        stem = lang.group(1)
    if parts[0] in ("_posts", "_drafts"):
        m = _JEKYLL_POST_RE.match(stem)
        slug = front_matter.get("slug") or (m.group(4) if m else stem)
        if m:
            return f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{slug}.html"
        return f"/{slug}.html"
    dirs = parts[:-1]
    if suffix in (".html", ".htm"):
        if stem == "index":
            return "/" + "/".join(dirs) + ("/" if dirs else "")
        return "/" + "/".join([*dirs, name])
    slug = front_matter.get("slug")
    if stem.lower() in _INDEX_STEMS:
        if isinstance(slug, str) and slug and dirs:
            dirs = [*dirs[:-1], slug]
        return _slash("/" + "/".join(dirs), trailing_slash) if dirs else "/"
    last = slug if isinstance(slug, str) and slug else stem
    return _slash("/" + "/".join([*dirs, last]), trailing_slash)


#: Jekyll's named permalink styles (https://jekyllrb.com/docs/permalinks/).
JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_TOKEN_RE = re.compile(r":([a-z_]+)")
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date(rel: PurePosixPath, front_matter: dict[str, Any]) -> _dt.date | None:
    """The page's date: front matter `date`, else a `YYYY-MM-DD-` file name."""
    value = front_matter.get("date")
    if isinstance(value, _dt.date):
        return value
    for text in (str(value) if value else "", rel.stem):
        m = _DATE_RE.match(text.strip())
        if m:
            try:
                return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def urlize(text: str) -> str:
    """Hugo's `urlize` of a title: lower case, spaces to hyphens, punctuation dropped."""
    words = re.sub(r"[^\w\s-]", "", text.lower()).split()
    return "-".join(words)


def expand_permalink(
    pattern: str, rel: PurePosixPath, front_matter: dict[str, Any], generator: str = "jekyll"
) -> str:
    """A permalink pattern (`/:categories/:year/:month/:day/:title/`, Jekyll's named styles,
    Hugo's `[permalinks]`) filled in for one content file. Unknown tokens stay as written."""
    pattern = JEKYLL_STYLES.get(pattern, pattern) if generator == "jekyll" else pattern
    stem = rel.stem
    if stem.lower() in _INDEX_STEMS and len(rel.parts) > 1:
        stem = rel.parts[-2]  # a page bundle: the folder names the page
    m = _JEKYLL_POST_RE.match(stem)
    name = m.group(4) if m else stem
    slug = front_matter.get("slug")
    title = front_matter.get("title")
    date = _date(rel, front_matter)
    cats: list[str] = []
    if generator == "jekyll":
        parts = list(rel.parts)
        if "_posts" in parts:  # folders above _posts are categories
            cats = parts[: parts.index("_posts")]
        value = front_matter.get("categories") or front_matter.get("category") or []
        cats += value.split() if isinstance(value, str) else [str(c) for c in value]
    sections = list(content_relative(rel).parts[:-1])
    if sections and sections[-1] == stem:
        sections = sections[:-1]
    values: dict[str, str] = {
        "categories": "/".join(cats),
        "output_ext": ".html",
        "filename": name,
        "contentbasename": name,
        "section": sections[0] if sections else "",
        "sections": "/".join(sections),
    }
    if generator == "jekyll":
        values["title"] = str(slug) if slug else name
        values["slug"] = str(slug) if slug else re.sub(r"[^\w]+", "-", name).strip("-").lower()
    else:
        values["title"] = urlize(str(title)) if title else name
        values["slug"] = str(slug) if slug else values["title"]
        values["slugorfilename"] = str(slug) if slug else name
        values["slugorcontentbasename"] = values["slugorfilename"]
    if date is not None:
        values |= {
            "year": f"{date.year:04d}",
            "short_year": f"{date.year % 100:02d}",
            "month": f"{date.month:02d}",
            "i_month": str(date.month),
            "day": f"{date.day:02d}",
            "i_day": str(date.day),
            "y_day": f"{date.timetuple().tm_yday:03d}",
            "week": f"{date.isocalendar()[1]:02d}",
            "short_day": date.strftime("%a"),
        }
    out = _TOKEN_RE.sub(lambda t: values.get(t.group(1), t.group(0)), pattern)
    return re.sub(r"/{2,}", "/", "/" + out.lstrip("/"))


def _slash(path: str, trailing: bool) -> str:
    if path == "/":
        return path
    path = path.rstrip("/")
    if trailing and not PurePosixPath(path).suffix:
        return path + "/"
    return path


def alias_paths(front_matter: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in ("aliases", "redirect_from"):
        value = front_matter.get(key)
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            out.extend("/" + str(v).lstrip("/") for v in value if str(v).strip())
    return out


def absolute(base: str, path: str) -> str:
    return urljoin(base, path)


def normalize_url(url: str) -> str:
    """Comparable form: scheme/host lower-case, no fragment, no default port, '/' path."""
    parts = urlsplit(url)
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (
        parts.scheme == "https" and netloc.endswith(":443")
    ):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def same_site(url: str, base: str) -> bool:
    return urlsplit(url).netloc.lower() == urlsplit(base).netloc.lower()
