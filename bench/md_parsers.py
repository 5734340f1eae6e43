"""Parse time per post of the Markdown parser candidates on a folder of posts.

    pip install markdown-it-py mdit-py-plugins markdown-it-pyrs   # the candidates
    python bench/md_parsers.py ../shared/corpora/rust-blog/content

Process CPU time per post of the masked body (front matter split off, non-prose masked),
median of 5 passes: markdown-it-py (as tests/md_reference.py configures it),
markdown-it-pyrs `tree()` and pyromark `events_with_range()`; then the whole
`markdown.parse` path. A post a parser panics on is skipped and named.
"""

import statistics
import sys
import time
from pathlib import Path, PurePosixPath


def main() -> int:
    from contentlint.model.settings import SourceSettings
    from contentlint.sources import frontmatter, markdown

    root = Path(sys.argv[1])
    files = sorted(root.rglob("*.md"))
    texts = [p.read_text().replace("\r\n", "\n") for p in files]
    bodies = [markdown.mask_non_prose(frontmatter.split(t).body, False) for t in texts]
    n = len(bodies)

    def per_post(fn, reps=5):
        times = []
        for _ in range(reps):
            start = time.process_time()
            for b in bodies:
                fn(b)
            times.append(time.process_time() - start)
        return statistics.median(times) / n * 1e3

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import md_reference

    print(f"markdown-it-py: {per_post(lambda b: md_reference._parser().parse(b)):.3f} ms/post")
    try:
        import markdown_it_pyrs

        rs = markdown_it_pyrs.MarkdownIt("commonmark")
        rs.enable_many(["table", "strikethrough", "footnote"])
        panics = []

        def tree(b):
            try:
                rs.tree(b)
            except BaseException:  # a Rust panic is a BaseException
                panics.append(b)

        ms = per_post(tree)
        bad = {files[i].name for i, b in enumerate(bodies) if b in panics}
        print(f"markdown-it-pyrs: {ms:.3f} ms/post (panics on {sorted(bad)})")
    except ImportError:
        print("markdown-it-pyrs: not installed")
    md = markdown._parser()
    ms = per_post(lambda b: list(md.events_with_range(b, merge_text=True)))
    print(f"pyromark: {ms:.3f} ms/post")
    settings = SourceSettings()

    start = time.process_time()
    for p, t in zip(files, texts, strict=True):
        markdown.parse(t, str(p), PurePosixPath(p.relative_to(root).as_posix()), settings)
    print(
        f"markdown.parse (whole source path): {(time.process_time() - start) / n * 1e3:.3f} ms/post"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
