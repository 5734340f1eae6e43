"""L001 on small sites laid out as Hugo, Jekyll, Docusaurus and Astro lay them out (issue 16).

    python bench/generator_links.py

Writes each site to a temporary folder, runs `contentlint check --select L001` from inside
it (no config, no cache) and prints, per site, the findings that are right (the link is
broken under the generator's own rules) and wrong (the page exists, or the generator
builds it). Run it with another checkout's interpreter to compare versions.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

TEXT = " ".join(["Words of a page that is long enough to be read as one."] * 4)


def page(title: str, body: str = "", **front: str) -> str:
    extra = "".join(f"{k}: {v}\n" for k, v in front.items())
    return f"---\ntitle: {title}\n{extra}---\n\n{TEXT}\n\n{body}\n"


#: site -> (files, links that are really broken)
SITES: dict[str, tuple[dict[str, str], set[str]]] = {
    "hugo": (
        {
            "hugo.toml": 'baseURL = "https://example.org/"\n[taxonomies]\ntag = "tags"\n',
            "layouts/_markup/render-link.html": "<a>x</a>\n",
            "content/functions/time/Format.md": page("time.Format", "## Usage {#use}"),
            "content/functions/strings/ToLower.md": page("strings.ToLower"),
            "content/posts/p.md": page("P", slug="renamed"),
            "content/guides/start.md": page(
                "Start",
                "[a](/functions/time/format/) [b](/functions/strings/tolower/#usage-x) "
                "[c](/functions/time/format/#use) [d](/posts/renamed/) [e](/tags/go/) "
                "[f](/posts/page/2/) [g](g) [h](/functions/time/nope/)",
            ),
        },
        {"/functions/strings/tolower/#usage-x", "/functions/time/nope/"},
    ),
    "jekyll": (
        {
            "_config.yml": "permalink: pretty\n",
            "blog/_posts/2019-10-15-hello.md": page("Hello", categories="news"),
            "about.md": page("About", permalink="/:title/"),
            "index.md": page(
                "Home",
                "[a](/blog/news/2019/10/15/hello/) [b](/about/) [c](/blog/page2/) "
                "[d](/tags/x/) [e](/blog/news/2019/10/15/gone/)",
            ),
        },
        {"/blog/news/2019/10/15/gone/"},
    ),
    "docusaurus": (
        {
            "docusaurus.config.js": "module.exports = {};\n",
            "blog/2021-08-26-welcome.md": page("Welcome"),
            "docs/guides/install.md": page(
                "Install",
                "[a](/blog) [b](/blog/tags/release) [c](/blog/page/2) [d](/docs/tags/setup) "
                "[e](/blog/2021/08/26/welcome) [f](/docs/guides/usage) [g](/docs/guides/nope)",
            ),
            "docs/guides/usage.md": page("Usage"),
        },
        {"/docs/guides/nope"},
    ),
    "astro-mdx": (
        {
            "astro.config.mjs": "export default {};\n",
            "src/content/docs/guides/a.mdx": page(
                "A",
                "<div>\n<a href={url}>x</a>\n</div>\n\n[b]({props.link}) [c](/guides/b/) "
                "[d](/guides/gone/)",
            ),
            "src/content/docs/guides/b.md": page("B"),
        },
        {"/guides/gone/"},
    ),
}


def main() -> None:
    total_right = total_wrong = 0
    for name, (files, broken) in SITES.items():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            for rel, text in files.items():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text, "utf-8")
            cmd = [sys.executable, "-m", "contentlint.cli", "check", ".", "--select", "L001"]
            cmd += ["--output-format", "json", "--no-cache", "--exit-zero"]
            out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True)
        links = [p["message"].split()[2].rstrip(":") for p in json.loads(out.stdout)]
        right = sum(link in broken for link in links)
        wrong = [link for link in links if link not in broken]
        total_right += right
        total_wrong += len(wrong)
        print(
            f"{name:12} L001 {len(links):2}  right {right}/{len(broken)}  wrong {len(wrong)} {wrong}"
        )
    print(f"{'all':12} right {total_right}  wrong {total_wrong}")


if __name__ == "__main__":
    main()
