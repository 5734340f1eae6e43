"""A generated project blog that is mostly release notes (issue 16), for tests and bench.

    build(root, posts=1000, release_share=0.8, layout="jekyll", seed=0) -> Truth

Release notes are written the way open-source projects write them, in five styles a
real blog mixes over the years:

* ``announcement``: "Lumen 1.42.0 is out", prose sections about the main changes,
  "Other changes" as a list of links, and the blog's standing "Upgrading" and
  "Contributors" paragraphs (shared boilerplate with the version swapped);
* ``changelog``: GitHub-release style, "Features" / "Bug fixes" / "Internal" bullet lists
  of changes with PR numbers and authors, some with commit hashes, and an "Upgrading"
  section;
* ``commits``: a short intro and the commits as plain lines (a Markdown paragraph of
  "3f2a9c1 Fix the parser (#812)" lines: the over-long "sentence" of issue 16);
* ``patch``: two or three short paragraphs and a bullet list, a point release;
* ``prerelease``: the pre-release testing call (four short paragraphs, the same on every
  release but for the version and dates).

The rest are articles (tutorials, community and design posts) of 400-1,200 words in
varied sentences. Pages are laid out as Jekyll (`_posts/YYYY-MM-DD-slug.md`,
`layout: post`) or Hugo (`content/blog/YYYY/slug.md`). Nothing is read from outside the
repository; the same seed gives the same files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

PROJECT = "Lumen"
AUTHORS = ["Ana Souza", "Li Wei", "Tomás Varga", "Priya Nair", "Jonas Berg", "Mei Tanaka"]
HANDLES = ["ana-s", "liwei", "tvarga", "pnair", "jberg", "meit", "octo-dev", "rustacean42"]
HANDLES += [f"contrib{i}" for i in range(40)]

_SUBJECTS = [
    "the parser", "the build cache", "incremental compilation", "the language server",
    "the formatter", "error messages", "the package index", "the test runner", "the linker",
    "cross compilation", "the documentation generator", "the plugin loader", "async traits",
    "the borrow checker", "the standard library", "the download mirror", "profile-guided builds",
    "the query engine", "workspace inheritance", "the lockfile format", "debug info",
    "the dependency resolver", "code coverage", "the installer", "the web playground",
]  # fmt: skip
_VERBS = [
    "now handles", "no longer panics on", "is faster on", "reports better errors for",
    "gains support for", "stops rebuilding", "caches", "warns about", "accepts",
    "correctly resolves", "avoids quadratic time on", "documents",
]  # fmt: skip
_OBJECTS = [
    "long lines with tabs", "nested workspaces", "paths with spaces", "empty feature lists",
    "symlinked targets", "Windows file names", "very large generated files", "macro output",
    "renamed dependencies", "optional features", "build scripts", "offline mode",
    "custom registries", "path dependencies", "unicode identifiers", "yanked versions",
    "shallow clones", "proc macros", "doc tests", "release profiles",
]  # fmt: skip
_WHY = [
    "which users asked for in the survey", "after a long discussion on the forum",
    "thanks to a contributor who tracked the bug down", "so that large projects build faster",
    "because the old behaviour surprised almost everyone", "following the last design meeting",
    "to make the first run less confusing", "which removes a whole class of flaky builds",
]  # fmt: skip
_OPENERS = [
    "In this release", "With this change", "Starting now", "For most projects", "In practice",
    "As a result", "Until now", "Behind the scenes", "On large workspaces", "For library authors",
]  # fmt: skip
_ARTICLE_TOPICS = [
    ("How we made {s} faster on {o}", "performance"),
    ("A tour of {s} and {o}", "tutorial"),
    ("Designing {s} for {o}: what we learned", "design"),
    ("Community update: {s} and {o}", "community"),
    ("Debugging {s} with {o} in the wild", "tutorial"),
    ("Why {s} treats {o} the way it does", "design"),
]  # fmt: skip
_ARTICLE_SENT = [
    "{O}, {s} {v} {o}, {w}.",
    "We measured {s} on {n} projects and found that most of the time went into {o}.",
    "The first version of {s} was written in a weekend and it showed: {o} broke it.",
    "If you maintain {o}, try the new {s} and tell us what still feels slow.",
    "{O}, we rewrote {s} around a simpler model, {w}.",
    "It took {n} pull requests and two design meetings to agree on how {s} treats {o}.",
    "Most users never notice {s}, until {o} makes it the slowest step of the build.",
    "Our benchmark suite now includes {o}, so regressions in {s} show up within a day.",
    "A question we hear a lot is why {s} does not simply skip {o}; the answer is caching.",
    "There is still work to do: {s} {v} {o} only when the cache is warm.",
]  # fmt: skip

UPGRADE = (
    "If you have a previous version of {p} installed via the installer, getting {p} {v} is "
    "as easy as running `lumenup update stable`. If you don't have it already, you can get "
    "the installer from the appropriate page on our website, and check out the detailed "
    "release notes for {v} on GitHub."
)
CONTRIBUTORS = (
    "Many people came together to create {p} {v}. We couldn't have done it without all of "
    "you. Thanks to everyone who reported bugs, reviewed pull requests and tested the "
    "release candidates!"
)
UPGRADING_SECTION = (
    "Upgrading from {prev} should need no changes for most projects. If your build breaks, "
    "please open an issue with the output of `lumen --version --verbose` and we will "
    "help you out."
)


@dataclass
class Truth:
    """What was generated: paths of release notes and of articles, by style."""

    releases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)


def _hash(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(7))


def _change(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"


def _sentence(rng: random.Random) -> str:
    return rng.choice(_ARTICLE_SENT).format(
        O=rng.choice(_OPENERS),
        s=rng.choice(_SUBJECTS),
        v=rng.choice(_VERBS),
        o=rng.choice(_OBJECTS),
        w=rng.choice(_WHY),
        n=rng.randint(3, 400),
    )


def _paragraph(rng: random.Random, lo: int = 3, hi: int = 6) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(lo, hi)))


def _pr(rng: random.Random) -> str:
    return f"(#{rng.randint(1000, 29999)})"


def _announcement(rng: random.Random, v: str, prev: str) -> str:
    parts = [
        f"The {PROJECT} team is happy to announce a new version of {PROJECT}, {v}. "
        f"{PROJECT} is a build tool that helps everyone ship reliable software.",
        UPGRADE.format(p=PROJECT, v=v),
        f"## What's in {v} stable",
    ]
    for _ in range(rng.randint(1, 3)):
        title = _change(rng)
        parts += [f"### {title}", _paragraph(rng, 2, 5)]
        if rng.random() < 0.4:
            parts.append("```toml\n[profile.release]\nlto = true\ncodegen-units = 1\n```")
    parts.append("### Other changes")
    parts.append(
        f"Check out everything that changed in [{PROJECT}](https://github.com/lumen/lumen/"
        f"releases/tag/{v}) and in the [package manager](https://github.com/lumen/pkg/"
        f"blob/master/CHANGELOG.md#{v.replace('.', '')})."
    )
    parts.append(f"## Contributors to {v}")
    parts.append(CONTRIBUTORS.format(p=PROJECT, v=v))
    return "\n\n".join(parts)


def _changelog(rng: random.Random, v: str, prev: str) -> str:
    parts = [f"{PROJECT} {v} is now available. This release contains the following changes."]
    for section in ("Features", "Bug fixes", "Performance", "Internal"):
        if rng.random() < 0.25 and section != "Bug fixes":
            continue
        items = []
        for _ in range(rng.randint(2, 12)):
            item = f"- {_change(rng)} {_pr(rng)} by @{rng.choice(HANDLES)}"
            if rng.random() < 0.3:
                item = f"- {_hash(rng)} {item[2:]}"
            items.append(item)
        parts += [f"## {section}", "\n".join(items)]
    parts += ["## Upgrading", UPGRADING_SECTION.format(prev=prev)]
    if rng.random() < 0.5:
        parts += [
            "## New contributors",
            "\n".join(
                f"- @{h} made their first contribution in {_pr(rng)[1:-1]}"
                for h in rng.sample(HANDLES, rng.randint(1, 4))
            ),
        ]
    parts.append(f"**Full changelog**: https://github.com/lumen/lumen/compare/v{prev}...v{v}")
    return "\n\n".join(parts)


def _commits(rng: random.Random, v: str, prev: str) -> str:
    lines = [f"{_hash(rng)} {_change(rng)} {_pr(rng)}" for _ in range(rng.randint(8, 40))]
    return "\n\n".join(
        [
            f"{PROJECT} {v} fixes a few bugs found since {prev}. The full list of commits:",
            "\n".join(lines),
            UPGRADE.format(p=PROJECT, v=v),
        ]
    )


def _patch(rng: random.Random, v: str, prev: str) -> str:
    fixes = "\n".join(f"- {_change(rng)} {_pr(rng)}" for _ in range(rng.randint(1, 4)))
    return "\n\n".join(
        [
            f"The {PROJECT} team has published a new point release of {PROJECT}, {v}. "
            f"{PROJECT} {v} fixes regressions reported after {prev}.",
            UPGRADE.format(p=PROJECT, v=v),
            f"## What's in {v}",
            fixes,
        ]
    )


def _prerelease(rng: random.Random, v: str, prev: str, day: date) -> str:
    release = day + timedelta(days=3)
    return "\n\n".join(
        [
            f"The {v} pre-release is ready for testing. The release is scheduled for this "
            f"{release:%A}, {release:%B} {release.day}th. [Release notes can be found here.]"
            f"(https://github.com/lumen/lumen/blob/stable/RELEASES.md)",
            "You can try it out locally by running:",
            "```\nLUMEN_DIST_SERVER=https://dev-static.lumen.dev lumenup update stable\n```",
            f"The index is <https://dev-static.lumen.dev/dist/{day:%Y-%m-%d}/index.html>. You "
            "can leave feedback on the [internals thread](https://internals.lumen.dev/).",
        ]
    )


_STYLES = (
    ("announcement", 0.3),
    ("changelog", 0.3),
    ("commits", 0.1),
    ("patch", 0.15),
    ("prerelease", 0.15),
)


def _article(rng: random.Random, subject: str) -> tuple[str, str, str]:
    pattern, topic = rng.choice(_ARTICLE_TOPICS)
    title = pattern.format(s=subject, o=rng.choice(_OBJECTS))
    parts = [_paragraph(rng, 3, 6)]
    for _ in range(rng.randint(3, 6)):
        parts += [f"## {_change(rng)}", _paragraph(rng, 3, 7)]
        if rng.random() < 0.3:
            parts.append("\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(2, 5))))
    return title, "\n\n".join(parts), topic


def build(
    root: Path,
    posts: int = 1000,
    release_share: float = 0.8,
    layout: str = "jekyll",
    seed: int = 0,
) -> Truth:
    """Write the blog under `root` and return what was generated."""
    rng = random.Random(seed)
    truth = Truth()
    day = date(2015, 5, 15)
    major, minor, patch = 1, 0, 0
    names, weights = zip(*_STYLES, strict=True)
    for n in range(posts):
        day += timedelta(days=rng.randint(1, 4))
        author = rng.choice(AUTHORS)
        if rng.random() < release_share:
            prev = f"{major}.{minor}.{patch}"
            style = rng.choices(names, weights)[0]
            if style in ("patch", "commits"):
                patch += 1
            else:
                minor, patch = minor + 1, 0
            v = f"{major}.{minor}.{patch}"
            if style == "prerelease":
                title = f"{v} pre-release testing"
                slug = f"{v}-prerelease"
                body = _prerelease(rng, v, prev, day)
            else:
                title = rng.choice(
                    [f"Announcing {PROJECT} {v}", f"{PROJECT} {v} released", f"{PROJECT} {v}"]
                )
                slug = f"{PROJECT.lower()}-{v.replace('.', '-')}"
                body = {"announcement": _announcement, "changelog": _changelog}.get(
                    style, {"commits": _commits, "patch": _patch}.get(style, _patch)
                )(rng, v, prev)
            category = "release"
        else:
            style = "article"
            subject = rng.choice(_SUBJECTS)
            title, body, category = _article(rng, subject)
            slug = "-".join(title.lower().replace(":", "").split()[:6]) + f"-{n}"
        front = [
            "---",
            f"layout: {'post' if layout == 'jekyll' else 'single'}",
            f'title: "{title}"',
            f"date: {day:%Y-%m-%d}",
            f"author: {author}",
        ]
        if rng.random() < 0.6:
            front.append(f"categories: [{category}]")
        front.append("---")
        text = "\n".join(front) + "\n\n" + body + "\n"
        if layout == "jekyll":
            rel = f"_posts/{day:%Y-%m-%d}-{slug}.md"
        else:
            rel = f"content/blog/{day:%Y}/{slug}.md"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        (truth.articles if style == "article" else truth.releases).append(rel)
        truth.styles[rel] = style
    return truth
