"""A project blog for "Tern", a build tool and language, laid out like a Zola blog (TOML
front matter with `path`), generator "plain".

What it tests:
- stable release notes share an announcement template (intro, install command,
  contributors line) and end in long commit bullet lists: not thin, not copies, not
  doorways, not hard-to-read sentences;
- six pre-release announcements differ only in versions and dates: a release template,
  not doorway pages (D007), not near-duplicates worth an error (D002), not thin (T001);
- a few real articles, listing pages and policies.
"""
from common import doc, site_file

S = "release-blog"
RN_MUST = ["L001", "K002", "K003", "D002", "D003", "D004", "E001", "E002"]


def d(path, text, kind, **kw):
    doc(f"content/{path}", text, site=S, gen="plain", lang="en", kind=kind, **kw)


def stable(version, date, summary, sections, commits, contributors_hint):
    y, m, dd = date.split("-")
    body = f"""+++
path = "{y}/{m}/{dd}/Tern-{version}"
title = "Announcing Tern {version}"
authors = ["The Tern Release Team"]
aliases = ["{y}/{m}/{dd}/Tern-{version}.html"]

[extra]
release = true
+++

The Tern team is happy to announce a new version of Tern, {version}. Tern is a build
tool and language for reproducible builds of polyglot projects.

If you have a previous version of Tern installed via `ternup`, you can get {version} with:

```console
$ ternup update stable
```

If you don't have it already, you can [get `ternup`](https://tern-lang.example.org/install)
from the appropriate page on our website, and check out the
[detailed release notes for {version}](https://github.com/tern-lang/tern/releases/tag/v{version}).

## What's in {version} stable

{summary}

{sections}
"""
    if commits:
        body += "\n## Commits\n\n" + "\n".join(f"- {c}" for c in commits) + "\n"
    body += f"""
## Contributors to {version}

Many people came together to create Tern {version}. {contributors_hint} We couldn't
have done it without all of you. [Thanks!](https://thanks.tern-lang.example.org/tern/{version}/)
"""
    return body


def prerelease(version, date, release_date):
    y, m, dd = date.split("-")
    return f"""+++
path = "inside-tern/{y}/{m}/{dd}/{version}-prerelease"
title = "Tern {version} pre-release testing"
authors = ["Release automation"]

[extra]
team = "The Release Team"
team_url = "https://tern-lang.example.org/governance/teams/release"
+++

The {version} pre-release is ready for testing. The release is scheduled for
{release_date}. [Release notes can be found here.](https://github.com/tern-lang/tern/blob/main/RELEASES.md)

You can try it out locally by running:

```console
TERN_DIST_SERVER=https://dev-static.tern-lang.example.org ternup update stable
```

The index is <https://dev-static.tern-lang.example.org/dist/{date}/index.html>.

You can leave feedback on the [internals forum](https://internals.tern-lang.example.org).

The release team is also thinking about changes to our pre-release process: we'd love
your feedback [on this GitHub issue](https://github.com/tern-lang/tern-release/issues/17).
"""


def build():
    site_file(S, "config.toml", """
        base_url = "https://blog.tern-lang.example.org"
        title = "Tern Blog"
        description = "Empowering everyone to build reliable software, reproducibly."
        compile_sass = false
        build_search_index = false
        generate_feeds = true
        feed_filenames = ["feed.xml"]

        [markdown]
        highlight_code = true

        [extra]
        index_title = "The Tern Programming Language Blog"
    """)

    d("_index.md", """
        +++
        title = "Tern Blog"
        description = "News, release announcements and write-ups from the Tern project."
        sort_by = "date"
        template = "index.html"

        [extra]
        index_html = '''
        This is the <b>main Tern blog</b>. The Tern teams use it to announce major
        developments in the world of Tern.'''
        +++

        Release announcements are listed under [Releases](/releases/); the teams' own
        notes, including pre-release calls for testing, are on [Inside Tern](/inside-tern/).
    """, "landing", mustnot=["L001"])

    d("releases/_index.md", """
        +++
        title = "Tern releases"
        description = "Every stable release announcement of Tern, newest first."
        sort_by = "date"
        template = "releases.html"
        +++

        - [Tern 2.0.0](/2025/05/15/Tern-2.0.0/)
        - [Tern 1.12.0](/2025/01/30/Tern-1.12.0/)
        - [Tern 1.11.1](/2024/11/14/Tern-1.11.1/)
        - [Tern 1.11.0](/2024/10/31/Tern-1.11.0/)
        - [Tern 1.10.0](/2024/08/01/Tern-1.10.0/)
        - [Tern 1.9.0](/2024/05/02/Tern-1.9.0/)
        - [Tern 1.8.1](/2024/02/22/Tern-1.8.1/)
        - [Tern 1.8.0](/2024/02/08/Tern-1.8.0/)
    """, "listing", mustnot=["L001"], notes="Links use the posts' `path` values.")

    d("inside-tern/_index.md", """
        +++
        title = "Inside Tern"
        description = "Updates from the Tern teams: pre-release testing, team changes and meeting notes."
        sort_by = "date"
        template = "index.html"
        +++

        Want to follow along with Tern development? Inside Tern is where the teams post
        calls for testing and other notes for contributors.
    """, "listing")

    # --------------------------------------------------------- stable releases
    releases = [
        ("1.8.0", "2024-02-08",
         "Tern 1.8.0 makes remote caching generally available and adds workspace-wide lockfiles.",
         """### Remote caching

Build outputs can now be shared through any S3-compatible store. Set `cache.remote` in
`tern.toml` and every machine that builds the same inputs downloads the result instead
of rebuilding it. On the Tern repository itself, a clean CI build went from 14 minutes
to 3 minutes 40 seconds.

### Workspace lockfiles

`tern.lock` now sits at the workspace root and covers every member, so two members can
no longer resolve the same dependency to different versions by accident.""",
         ["`a81c3e2` cache: stream uploads instead of buffering whole archives in memory (#4410)",
          "`9d02b71` cache: add `cache.remote.read_only` for pull request builds from forks (#4417)",
          "`c4e9a08` lock: move member lockfiles to the workspace root and migrate old ones on first run (#4398)",
          "`12fe6d3` resolver: report both requirement chains when two members pin conflicting versions (#4421)",
          "`77b0c5a` cli: `tern build --explain` prints why each target was rebuilt (#4389)",
          "`e3d14f9` sandbox: allow read access to `/etc/ssl/certs` on Linux by default (#4425)",
          "`5a6b8c0` docs: remote caching guide with MinIO and Cloudflare R2 examples (#4430)"],
         "Contributions came from 212 people, 61 of them for the first time."),
        ("1.8.1", "2024-02-22",
         "Tern 1.8.1 fixes two regressions in 1.8.0.",
         """### Fixed regressions

- Builds with a remote cache could upload a partial archive when interrupted, which
  other machines then reused. Uploads are now atomic.
- Old per-member lockfiles were deleted before the workspace lockfile was written; a
  crash in between lost the locked versions.""",
         [],
         "Thanks to the 9 people who reported and fixed these problems."),
        ("1.9.0", "2024-05-02",
         "Tern 1.9.0 stabilizes hermetic toolchains and speeds up the resolver.",
         """### Hermetic toolchains

`toolchain = "hermetic"` downloads pinned compilers into the cache instead of using
whatever is on `PATH`. Two developers on different machines now get byte-identical
outputs for C, Go and Tern targets.

### A faster resolver

Resolution now uses the PubGrub algorithm. Workspaces with several hundred members
resolve up to eight times faster, and conflicts are explained as a chain of
requirements rather than a single line.""",
         ["`f0e1d2c` toolchain: hermetic C toolchain based on zig cc for linux-x86_64 and macos-aarch64 (#4502)",
          "`b7a6c5d` toolchain: hermetic Go toolchains from 1.21 to 1.22 with checksums from go.dev (#4507)",
          "`3c4d5e6` resolver: replace the backtracking resolver with PubGrub and keep the old one behind `--resolver=legacy` for one release (#4466)",
          "`8e9f0a1` resolver: print conflicts as a derivation tree with the versions that were tried (#4471)",
          "`2b3c4d5` cache: evict least recently used entries when the local cache exceeds `cache.local.max_size` (#4488)",
          "`6f7e8d9` cli: `tern why <target>` shows the dependency path that pulls a target into a build (#4493)",
          "`0a1b2c3` sandbox: macOS sandbox profiles no longer deny access to the keychain for signing steps (#4511)",
          "`d4e5f6a` lsp: go to definition across workspace members (#4515)",
          "`9b8a7c6` ci: run the test suite on Windows arm64 (#4519)",
          "`5e4d3c2` docs: migration notes for the new resolver (#4521)"],
         "Contributions came from 198 people, 47 of them for the first time."),
        ("1.10.0", "2024-08-01",
         "Tern 1.10.0 adds test sharding and a new output format for `tern test`.",
         """### Test sharding

`tern test --shard 2/5` runs the second of five deterministic slices of the test suite,
balanced by the durations recorded in the cache. CI systems can now split a suite
across machines without a plugin.""",
         ["`c1d2e3f` test: `--shard N/M` with duration-balanced partitions (#4602)",
          "`a9b8c7d` test: JUnit XML output with `--format junit` (#4598)",
          "`4f5e6d7` test: retry flaky tests with `--retries` and report them separately (#4611)",
          "`7c6b5a4` cache: record test durations in the action cache so shards stay balanced across machines (#4605)",
          "`e2f3a4b` toolchain: hermetic Python toolchains from 3.10 to 3.12 (#4588)",
          "`1d2c3b4` resolver: respect `yanked` markers in registries (#4617)",
          "`8a9b0c1` cli: `tern clean --older-than 30d` removes stale cache entries only (#4620)",
          "`3e4f5a6` lsp: hover shows the resolved version of a dependency (#4623)",
          "`6b7c8d9` windows: long paths are handled without the registry setting (#4627)",
          "`0f1e2d3` sandbox: network access for tests must now be declared with `network = true` (#4630)",
          "`5c6d7e8` build: remove the deprecated `[profile.legacy]` table (#4633)",
          "`9a0b1c2` docs: test sharding guide for GitHub Actions, GitLab CI and Buildkite (#4636)"],
         "Contributions came from 205 people, 52 of them for the first time."),
        ("1.11.0", "2024-10-31",
         "Tern 1.11.0 brings incremental compilation for Tern code and a new `tern fmt`.",
         """### Incremental compilation

The compiler now keeps a dependency graph of queries between builds and recomputes
only what changed. Editing a function body in a 200,000-line project rebuilds in 1.9
seconds instead of 11.

### `tern fmt`

The formatter is now part of the main binary, so its version always matches the
compiler's.""",
         ["`b2c3d4e` compiler: query-based incremental compilation enabled by default (#4701)",
          "`f6e5d4c` compiler: `--incremental=off` to compare against full builds (#4704)",
          "`a3b4c5d` fmt: move tern-fmt into the main binary and read `fmt.toml` from the workspace root (#4689)",
          "`7d8e9f0` fmt: keep blank lines between match arms (#4712)",
          "`c0b9a8d` lsp: diagnostics update within 200 ms on save for projects below 500,000 lines (#4715)",
          "`e1f2a3b` test: snapshot testing with `assert_snapshot!` and `tern test --update-snapshots` (#4719)",
          "`4b5c6d7` cache: compress action cache entries with zstd level 3 (#4722)",
          "`8f9e0d1` toolchain: hermetic Rust toolchains via rustup channels (#4726)",
          "`2c3d4e5` windows: fix path separators in generated build scripts (#4731)"],
         "Contributions came from 231 people, 64 of them for the first time."),
        ("1.11.1", "2024-11-14",
         "Tern 1.11.1 fixes a miscompilation in incremental builds and a crash in `tern fmt`.",
         """### Fixed

- An incremental build could reuse the result of a query whose inputs changed through a
  re-export, producing a binary that called an old version of a function (#4750). If you
  use 1.11.0, run `tern clean` once after upgrading.
- `tern fmt` crashed on files with a byte order mark (#4744).""",
         [],
         "Thanks to the 14 people who reported, bisected and fixed these problems."),
        ("1.12.0", "2025-01-30",
         "Tern 1.12.0 adds build provenance and drops support for macOS 11.",
         """### Build provenance

`tern build --provenance` writes an in-toto attestation next to each artifact, listing
the exact inputs, toolchains and commands that produced it. Attestations can be signed
with Sigstore and checked with `tern verify`.

### Platform support

macOS 11 is no longer supported; the minimum is macOS 12. Linux on RISC-V 64 is now a
tier 2 platform with prebuilt binaries.""",
         ["`d9e8f7a` provenance: in-toto v1 attestations for build artifacts (#4810)",
          "`a6b5c4d` provenance: keyless signing through Sigstore with `--sign` (#4815)",
          "`3f2e1d0` cli: `tern verify <artifact>` checks the attestation against the workspace (#4818)",
          "`c7d6e5f` platform: prebuilt binaries for riscv64gc-unknown-linux-gnu (#4802)",
          "`0e1f2a3` platform: raise the macOS minimum to 12.0 (#4799)",
          "`5b6a7c8` compiler: const generics in trait bounds (#4822)",
          "`9f8e7d6` resolver: support private registries that require token authentication (#4826)",
          "`2a3b4c5` test: `--shard` now balances by test file when no durations are cached (#4829)"],
         "Contributions came from 224 people, 58 of them for the first time."),
        ("2.0.0", "2025-05-15",
         "Tern 2.0.0 is the first major release in four years. It removes deprecated features and makes hermetic toolchains the default.",
         """### Breaking changes

- `toolchain = "hermetic"` is now the default; set `toolchain = "system"` to keep the
  old behaviour
- The legacy resolver and `--resolver=legacy` are removed
- Build scripts run in the sandbox with no network access unless they declare it

Most projects upgrade by running `tern migrate 2.0`, which rewrites `tern.toml` and
reports anything it could not change.""",
         ["`e5d4c3b` toolchain: hermetic by default, `system` opt-out (#4901)",
          "`b1a0f9e` resolver: remove the legacy backtracking resolver (#4888)",
          "`8c7b6a5` sandbox: deny network to build scripts unless `network = true` is declared (#4893)",
          "`4e3d2c1` cli: `tern migrate 2.0` rewrites manifests and prints a report of manual steps (#4910)",
          "`0a9f8e7` compiler: the 2025 edition with `let-else` chains and raw string interpolation (#4872)",
          "`6d5c4b3` fmt: 2025 edition style, with imports grouped by workspace member (#4915)",
          "`2f1e0d9` cache: content-addressed cache format v3, incompatible with 1.x caches (#4880)",
          "`9c8b7a6` lsp: rename across workspace members (#4920)",
          "`5a4f3e2` docs: the 2.0 migration guide and edition guide (#4924)"],
         "Contributions came from 311 people, 97 of them for the first time."),
    ]
    for version, date, summary, sections, commits, hint in releases:
        notes = "Stable release announcement from the shared template (intro, ternup command, contributors line)."
        must = list(RN_MUST)
        if commits:
            must.append("T006")
            notes += " Ends in a commit bullet list: list items are not sentences (T006 must not fire)."
        d(f"tern-{version}.md", stable(version, date, summary, sections, commits, hint),
          "release-note", mustnot=must, notes=notes, raw=True)

    # --------------------------------------------------------- pre-releases
    pre = [
        ("1.9.0", "2024-04-30", "May 2"),
        ("1.10.0", "2024-07-30", "August 1"),
        ("1.11.0", "2024-10-29", "October 31"),
        ("1.11.1", "2024-11-12", "November 14"),
        ("1.12.0", "2025-01-28", "January 30"),
        ("2.0.0", "2025-05-13", "May 15"),
    ]
    for version, date, rel in pre:
        d(f"inside-tern/{date}-{version}-prerelease.md", prerelease(version, date, rel),
          "release-note", mustnot=RN_MUST + ["T006"], raw=True,
          notes="Pre-release announcement: one of six posts that differ only in version numbers and dates. A release template, not doorway pages (D007), not near-duplicates (D002) or copies (D003), not thin (T001).")

    # ---------------------------------------------------------------- articles
    d("incremental-compiler.md", """
        +++
        path = "2024/11/20/incremental-compiler"
        title = "Inside Tern's new incremental compiler"
        authors = ["Hanna Lindqvist"]
        description = "How Tern 1.11 rebuilds a 200,000-line project in under two seconds after an edit, and the bug that 1.11.1 fixed."
        +++

        Tern 1.11 made incremental compilation the default. Editing a function body in a
        large project used to mean recompiling its whole module and everything that
        depended on it; now the compiler recomputes only the results that could have
        changed. This post explains how, and what went wrong in the first release.

        ## Queries instead of passes

        The old compiler ran passes: parse everything, resolve names everywhere, check
        types everywhere, generate code. The new one is organised as queries, small
        functions such as "the type of this item" or "the optimised code of this
        function", each of which records the other queries it called. After a build, the
        compiler saves the results and this graph of calls to disk.

        When a file changes, the compiler marks the queries that read it as possibly
        stale. On the next build it walks the graph from the outputs and asks, for each
        stale query, whether its inputs really changed. If a function body changed but
        its signature did not, the "signature" query returns the same result, and
        everything that depends only on the signature is reused.

        ## The numbers

        On the compiler's own source, about 200,000 lines, an edit inside a function body
        now rebuilds in 1.9 seconds instead of 11. An edit to a widely used type still
        takes most of a full build, as it should. The on-disk cache adds about 300 MB for
        a project of that size.

        ## The re-export bug

        Two weeks after 1.11.0, Dana Okafor reported a binary that called a function as
        it had been before her last edit. The cause was a re-export: a `pub use` in one
        module made a function visible under a second path, and the query that resolved
        that second path did not record its dependency on the original definition. The
        fix in 1.11.1 records it, and adds a check that runs every hundredth build in CI
        and compares incremental and full results.

        We owe the fix to Dana's careful bisecting across 40 commits. If you see a build
        that looks stale, `tern build --incremental=off` tells you within one build
        whether the cache is to blame; please report it with the output of
        `tern build --explain`.
    """, "article", mustnot=["L001", "E001", "E002", "T001", "T005"], notes="Engineering article with an author and a date in its path. About 400 words.")

    d("survey-2024.md", """
        +++
        path = "2025/02/18/survey-2024-results"
        title = "Tern 2024 community survey results"
        authors = ["The Tern Survey Team"]
        description = "4,213 people answered the 2024 Tern survey. Build times are still the top complaint; Windows use has doubled."
        +++

        Thank you to the 4,213 people who answered the 2024 Tern community survey
        between 2 and 23 December, up from 3,508 the year before. This post summarises
        the results; the full data, with every question and chart, is in the
        [survey report](https://survey.tern-lang.example.org/2024/report.pdf).

        ## Who uses Tern

        71% of respondents use Tern at work, up from 64%. Most work in teams of two to
        ten people, and 38% build projects that mix three or more languages, which is
        what Tern was designed for. Windows is now the main development system for 22%
        of respondents, twice as many as in 2022; Linux remains first at 48%.

        ## What people struggle with

        Slow builds remain the most common complaint, named by 41% of respondents,
        although the share fell from 52%. Comments often mention the time after a small
        edit, which the [incremental compiler](/2024/11/20/incremental-compiler/) in 1.11 addressed after the survey's
        questions were written. Second is documentation of the sandbox (29%), and third
        the error messages of the resolver (24%), which improved in 1.9 but are still
        hard to read for deep dependency trees.

        ## What people want next

        Asked to choose three features, respondents picked better IDE support (55%),
        build provenance (31%) and remote execution (30%). Provenance shipped in 1.12;
        remote execution is planned for 2.1.

        ## How we will use this

        Each team has received the answers that concern it. The documentation team will
        rewrite the sandbox guide first, and the compiler team is collecting examples of
        confusing resolver errors in issue #4950. We will run the survey again in
        December 2025, with the same core questions so that the trends stay comparable.
    """, "article", mustnot=["L001", "E001", "E002", "T001", "T005"], notes="Article; author is a team (organisation), date in path. About 330 words.")

    d("grants.md", """
        +++
        path = "2025/03/04/community-grants"
        title = "Announcing the Tern Foundation community grants"
        authors = ["Amara Nwosu"]
        description = "The Tern Foundation will fund twelve maintainers for a year. Who can apply, how much, and how we will choose."
        +++

        The Tern Foundation is starting a grant programme for people who maintain parts
        of the Tern ecosystem in their spare time. In its first year it will fund twelve
        grants of USD 12,000 each, paid monthly over twelve months.

        ## Who can apply

        Anyone who maintains an open-source project that many Tern users depend on: a
        widely used library, a toolchain integration, an editor plugin, or part of the
        Tern project itself. You do not need to be a member of a Tern team. Applicants
        from any country where the Foundation can legally make payments are welcome;
        the list is in the programme rules.

        ## What the money is for

        The grant pays for time. We do not ask for a list of features in advance. We ask
        for a short plan of what you want to spend the year on, such as triaging a backlog,
        writing documentation, reviewing contributions or fixing long-standing bugs, and
        for a public update every three months.

        ## How we will choose

        A committee of five, with two members from outside the Foundation's staff, will
        score applications on how many people depend on the project, how much the grant
        would change what the maintainer can do, and the plan itself. We will publish the
        scoring rules, the names of the committee members and, with the recipients'
        permission, the list of grants.

        ## Dates

        Applications open on 17 March and close on 14 April 2025. Decisions will be sent
        by the end of May, and the first payments made in June. Questions can go to
        grants@tern-foundation.example.org or to the
        [Foundation's policies page](/policies/licenses/).
    """, "article", mustnot=["L001", "E001", "E002", "T001", "T005"], notes="About 330 words.")

    # ----------------------------------------------------------------- legal
    d("policies/privacy.md", """
        +++
        title = "Privacy policy of the Tern blog"
        description = "What the Tern blog records about readers, and how long it keeps it."
        [extra]
        updated = "2024-09-01"
        +++

        The Tern blog is a static site served from a content delivery network. It sets
        no cookies and contains no analytics, advertising or social media embeds.

        The content delivery network processes your IP address to deliver pages and
        keeps aggregated request logs, without IP addresses, for 30 days. The Tern
        Foundation, which runs this blog, receives only those aggregated numbers.

        You can exercise your rights under the GDPR by writing to
        privacy@tern-foundation.example.org. Last updated 1 September 2024.
    """, "legal", mustnot=["E002"])

    d("policies/trademark.md", """
        +++
        title = "Tern trademark policy"
        description = "How you may use the Tern name and logo, and when you need permission."
        [extra]
        updated = "2024-09-01"
        +++

        The Tern name and the bird logo are trademarks of the Tern Foundation. This
        policy explains how you can use them without asking.

        ## Uses that need no permission

        - Saying that your software works with Tern, or is written in Tern
        - Naming a community event or user group after Tern, if it is not run for profit
        - Using the unmodified logo in articles, talks and teaching material about Tern

        ## Uses that need permission

        - Names of products or companies that include "Tern"
        - Modified versions of the logo
        - Merchandise for sale

        Ask at trademark@tern-foundation.example.org. This policy was last updated on
        1 September 2024.
    """, "legal", mustnot=["E002"])

    d("policies/licenses.md", """
        +++
        title = "Licenses of Tern and this blog"
        description = "Tern is dual-licensed under MIT and Apache 2.0; blog posts are CC BY 4.0."
        [extra]
        updated = "2024-09-01"
        +++

        Tern, including the compiler, the standard library and `ternup`, is distributed
        under the terms of both the MIT license and the Apache License (Version 2.0), at
        your option.

        Posts on this blog are licensed under the Creative Commons Attribution 4.0
        International licence, unless a post says otherwise. Code samples in posts are
        also available under MIT or Apache 2.0.

        Third-party licences of the components bundled with Tern are listed in the
        `THIRD_PARTY_LICENSES` file of each release. Last updated 1 September 2024.
    """, "legal", mustnot=["E002"])
