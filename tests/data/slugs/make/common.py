"""Shared helpers: build the one Markdown document from headings.txt and
extract heading ids from rendered HTML (stdlib only, no third-party deps)."""

import json
import os
import re
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SLUGS = os.path.dirname(HERE)
HEADINGS = os.path.join(SLUGS, "headings.txt")
MARKER = "Paragraph {} end."  # paragraph after heading N (1-based)
MARKER_RE = re.compile(r"^Paragraph (\d+) end\.$")


def read_headings():
    with open(HEADINGS, encoding="utf-8") as f:
        data = f.read()
    assert data.endswith("\n")
    return data[:-1].split("\n")


def make_doc(front_matter=""):
    """`## <heading>` + blank line + marker paragraph + blank line, per heading."""
    parts = [front_matter] if front_matter else []
    for i, h in enumerate(read_headings(), 1):
        parts.append("## " + h + "\n\n" + MARKER.format(i) + "\n\n")
    return "".join(parts)


class _Ids(HTMLParser):
    def __init__(self, n):
        super().__init__(convert_charrefs=True)
        self.anchors = [None] * n
        self.seen = [False] * n
        self.pending = []  # ids of h2 elements seen since the last marker
        self.in_p = False
        self.ptext = ""

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.pending.append(dict(attrs).get("id"))
        elif tag == "p":
            self.in_p, self.ptext = True, ""

    def handle_endtag(self, tag):
        if tag == "p" and self.in_p:
            self.in_p = False
            m = MARKER_RE.match(self.ptext.strip())
            if m:
                i = int(m.group(1)) - 1
                if len(self.pending) != 1:
                    raise SystemExit(
                        f"heading {i + 1}: expected 1 <h2> before marker, got {self.pending}"
                    )
                self.anchors[i] = self.pending[0]
                self.seen[i] = True
                self.pending = []

    def handle_data(self, data):
        if self.in_p:
            self.ptext += data


def extract_ids(html, n=None):
    n = n or len(read_headings())
    p = _Ids(n)
    p.feed(html)
    p.close()
    missing = [i + 1 for i, s in enumerate(p.seen) if not s]
    if missing:
        raise SystemExit(f"markers not found for headings {missing}")
    return p.anchors


def write_json(name, generator, tool, command, anchors):
    n = len(read_headings())
    assert len(anchors) == n, (len(anchors), n)
    out = {"generator": generator, "tool": tool, "command": command, "anchors": anchors}
    with open(os.path.join(SLUGS, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {name}.json ({n} anchors, {sum(a is None for a in anchors)} null)")


if __name__ == "__main__":
    import sys

    sys.stdout.reconfigure(encoding="utf-8")
    sys.stdin.reconfigure(encoding="utf-8")
    # CLI: `common.py doc [front-matter-file]` prints the document;
    #      `common.py extract NAME GENERATOR TOOL COMMAND < page.html` writes NAME.json
    if sys.argv[1] == "doc":
        fm = open(sys.argv[2], encoding="utf-8").read() if len(sys.argv) > 2 else ""
        sys.stdout.write(make_doc(fm))
    elif sys.argv[1] == "extract":
        name, gen, tool, cmd = sys.argv[2:6]
        html = sys.stdin.read()
        write_json(name, gen, tool, cmd, extract_ids(html))
