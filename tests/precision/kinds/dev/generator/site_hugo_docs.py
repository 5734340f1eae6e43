"""A Hugo documentation site for "Lumen", a template function library.

Hugo conventions planted here:
- function pages have mixed-case file names (Format.md) and are linked lowercased
  (/functions/time/format/), as Hugo lowercases URLs;
- `[term](g)` links are glossary links made by layouts/_default/_markup/render-link.html;
- heading ids follow autoHeadingIDType = "blackfriday" (hugo.toml): "Using .Format on a
  time.Time value" -> #using-format-on-a-time-time-value (github style would differ);
- `aliases` in front matter make old URLs valid.
"""
from common import doc, site_file

S = "hugo-docs"


def d(path, text, kind, **kw):
    doc(path, text, site=S, gen="hugo", lang="en", kind=kind, **kw)


def build():
    site_file(S, "hugo.toml", """
        baseURL = "https://lumen-docs.example.org/"
        languageCode = "en-us"
        title = "Lumen Documentation"
        enableGitInfo = false
        disableKinds = ["taxonomy", "term"]

        [markup.goldmark.parser]
          autoHeadingID = true
          autoHeadingIDType = "blackfriday"
        [markup.goldmark.parser.attribute]
          block = true
          title = true
        [markup.goldmark.renderer]
          unsafe = false

        [params]
          description = "Reference documentation for the Lumen template functions."
          ghrepo = "https://github.com/lumen-tpl/lumen"
    """)
    site_file(S, "layouts/_default/_markup/render-link.html", """
        {{- /* Glossary shortcut: [term](g) links to /glossary/<term>/ */ -}}
        {{- if eq .Destination "g" -}}
          {{- $term := .PlainText | lower | urlize -}}
          {{- with site.GetPage (printf "/glossary/%s" $term) -}}
            <a href="{{ .RelPermalink }}" class="glossary-term">{{ $.Text | safeHTML }}</a>
          {{- else -}}
            {{- errorf "%s: no glossary entry for %q" $.Page.File.Path $term -}}
          {{- end -}}
        {{- else -}}
          <a href="{{ .Destination | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
        {{- end -}}
    """)

    # ------------------------------------------------------------------ landing
    d("content/_index.md", """
        ---
        title: Lumen Documentation
        description: Lumen is a library of template functions for static site generators. Start here for installation, configuration and the function reference.
        ---

        Lumen adds about sixty functions to your templates: date formatting, string
        helpers, collection filters and a few maths shortcuts. It works with any site
        that renders Go templates.

        - New here? Read [Install Lumen](/getting-started/install/) and then
          [Configure Lumen](/getting-started/configuration/).
        - Looking for a function? Browse the [function reference](/functions/) or jump
          straight to [time.Format](/functions/time/format/),
          [strings.Split](/functions/strings/split/) or
          [collections.Where](/functions/collections/where/).
        - Unsure what a word means? The [glossary](/glossary/) explains
          [front matter](g), [page bundle](g) and the other terms these pages use.

        Release announcements are in [News](/news/). Lumen is free software under the
        [MIT licence](/about/license/).
    """, "landing", notes="Home page (_index.md at the content root). Links: lowercased function URL and two glossary shortcuts, all valid.", mustnot=["L001"])

    # ----------------------------------------------------------- getting started
    d("content/getting-started/_index.md", """
        ---
        title: Getting started
        description: Install Lumen, add it to your site configuration and render your first formatted date.
        weight: 10
        ---

        Two short pages take you from nothing to a working template:

        1. [Install Lumen](/getting-started/install/)
        2. [Configure Lumen](/getting-started/configuration/)
    """, "listing", notes="Section list page (_index.md).", mustnot=["L001"])

    d("content/getting-started/install.md", """
        ---
        title: Install Lumen
        linkTitle: Install
        description: Add Lumen to a site as a Hugo module or as a vendored copy.
        weight: 10
        ---

        Lumen ships as a module. Your site needs Go 1.21 or later on the machine that
        builds it.

        ## As a module

        ```sh
        hugo mod init github.com/you/your-site
        hugo mod get github.com/lumen-tpl/lumen@v0.44.0
        ```

        Then import it in your site configuration:

        ```toml
        [module]
          [[module.imports]]
            path = "github.com/lumen-tpl/lumen"
        ```

        ## As a vendored copy

        If your build machine has no network access, run `hugo mod vendor` once and
        commit the `_vendor` folder.

        ## Check the installation

        ```go-html-template
        {{ lumen.Version }}
        ```

        This prints the installed version, for example `0.44.0`. Next, read
        [Configure Lumen](/getting-started/configuration/#the-lumen-table).
    """, "reference", mustnot=["L001"], notes="Docs page: short, code-heavy, no author/date by design. Anchor #the-lumen-table exists (blackfriday id of '## The [lumen] table').")

    d("content/getting-started/configuration.md", """
        ---
        title: Configure Lumen
        linkTitle: Configuration
        description: Every setting of the lumen table in the site configuration, with its default.
        weight: 20
        ---

        Lumen reads its settings from the `[params.lumen]` table of your site
        configuration. All keys are optional.

        ## The [lumen] table

        | key | default | meaning |
        |---|---|---|
        | `timeZone` | `"UTC"` | zone used by [time.Format](/functions/time/format/) when the input has none |
        | `locale` | `"en"` | language of month and day names |
        | `strict` | `false` | fail the build on a bad layout string instead of printing it |

        ```toml
        [params.lumen]
          timeZone = "Europe/Lisbon"
          locale = "pt"
          strict = true
        ```

        ## Time zones

        Zone names come from the IANA database, for example `America/Chicago`. An
        unknown name stops the build with `lumen: unknown time zone`.

        ## Locales

        Month and day names are translated for 42 locales. See
        [time.Format](/functions/time/format/#localized-layouts) for the list.
    """, "reference", mustnot=["L001"], notes="Blackfriday anchor #localized-layouts exists on Format.md.")

    # ------------------------------------------------------------ functions
    d("content/functions/_index.md", """
        ---
        title: Functions
        description: All Lumen template functions, grouped by namespace.
        weight: 30
        ---

        Functions are grouped in namespaces. Each namespace page lists its functions.

        - [time](/functions/time/): parse, format and compare dates
        - [strings](/functions/strings/): search, split and clean text
        - [collections](/functions/collections/): filter, sort and slice lists of pages
    """, "listing", mustnot=["L001"])

    d("content/functions/time/_index.md", """
        ---
        title: Time functions
        linkTitle: time
        description: Functions in the time namespace parse, format and compare dates.
        ---

        Use these functions to work with `time.Time` values and durations.

        - [time.AsTime](/functions/time/astime/)
        - [time.Duration](/functions/time/duration/)
        - [time.Format](/functions/time/format/)
        - [time.Now](/functions/time/now/)
        - [time.ParseDuration](/functions/time/parseduration/)
    """, "listing", mustnot=["L001"], notes="Links use lowercased paths of mixed-case files (AsTime.md, ParseDuration.md): valid under Hugo's URL rules.")

    d("content/functions/time/Format.md", """
        ---
        title: time.Format
        description: Returns the given date, formatted according to a layout string.
        categories: []
        keywords: []
        aliases: [/functions/dateformat/]
        params:
          functions_and_methods:
            aliases: [dateFormat]
            returnType: string
            signatures: ['time.Format LAYOUT INPUT']
        ---

        `time.Format` takes a layout string and a date, a `time.Time` value or a string
        that [time.AsTime](/functions/time/astime/) can parse.

        ```go-html-template
        {{ time.Format "2 January 2006" .Date }} → 14 March 2025
        {{ time.Format ":date_long" "2025-03-14" }} → March 14, 2025
        ```

        ## Layout string reference

        The layout is written with the reference date `Mon Jan 2 15:04:05 MST 2006`.

        | token | meaning | example |
        |---|---|---|
        | `2006` | year | 2025 |
        | `01` | month, two digits | 03 |
        | `Jan` | month name, short | Mar |
        | `02` | day, two digits | 14 |
        | `15:04` | 24-hour time | 09:30 |

        ## Localized layouts

        The tokens `:date_short`, `:date_medium`, `:date_long` and `:date_full` use the
        locale set in [Configure Lumen](/getting-started/configuration/#locales).

        ## Using .Format on a time.Time value

        A `time.Time` value also has a method:

        ```go-html-template
        {{ .Date.Format "2006-01-02" }}
        ```

        The method ignores the configured locale.
    """, "reference", mustnot=["L001"], notes="Mixed-case file name; linked from other pages as /functions/time/format/. Alias /functions/dateformat/ is valid. Heading ids are blackfriday: #using-format-on-a-time-time-value.")

    d("content/functions/time/Now.md", """
        ---
        title: time.Now
        description: Returns the current local time as a time.Time value.
        params:
          functions_and_methods:
            returnType: time.Time
            signatures: [time.Now]
        ---

        `time.Now` returns the time at which the site is built, not the time at which a
        reader opens the page. Use it for a copyright year, not for anything a visitor
        expects to be live.

        ```go-html-template
        &copy; {{ time.Now.Year }} Lumen contributors
        ```

        To print it, pass it to [time.Format](/functions/time/format/), or call the
        method described under
        [Using .Format on a time.Time value](/functions/time/format/#using-format-on-a-time-time-value).
    """, "reference", mustnot=["L001"], notes="Anchor uses Hugo's blackfriday id (dots become hyphens); a github-slugger id would be #using-format-on-a-timetime-value. Valid here.")

    d("content/functions/time/ParseDuration.md", """
        ---
        title: time.ParseDuration
        description: Parses a duration string such as 1h15m into a time.Duration value.
        params:
          functions_and_methods:
            returnType: time.Duration
            signatures: ['time.ParseDuration DURATION']
        ---

        A duration string is a sequence of numbers with units: `ns`, `us`, `ms`, `s`,
        `m` and `h`. A leading minus sign makes it negative.

        ```go-html-template
        {{ (time.ParseDuration "1h15m").Minutes }} → 75
        {{ (time.ParseDuration "-90s").Seconds }} → -90
        ```

        To build a duration from a number and a unit, use
        [time.Duration](/functions/time/duration/).
    """, "reference", mustnot=["L001"])

    d("content/functions/time/Duration.md", """
        ---
        title: time.Duration
        description: Returns a time.Duration value from a unit and a number.
        params:
          functions_and_methods:
            returnType: time.Duration
            signatures: ['time.Duration UNIT NUMBER']
        ---

        Units are `nanosecond`, `microsecond`, `millisecond`, `second`, `minute` and
        `hour`, or their abbreviations `ns`, `us`, `ms`, `s`, `m` and `h`.

        ```go-html-template
        {{ mul 3 (time.Duration "minute" 1) }} → 3m0s
        {{ (time.Duration "h" 36).Hours }} → 36
        ```

        See also [time.ParseDuration](/functions/time/parseduration/).
    """, "reference", mustnot=["L001"])

    d("content/functions/time/AsTime.md", """
        ---
        title: time.AsTime
        description: Converts a date string, or a number of seconds since 1970, into a time.Time value.
        params:
          functions_and_methods:
            returnType: time.Time
            signatures: ['time.AsTime INPUT [LOCATION]']
        ---

        `time.AsTime` accepts RFC 3339 dates (`2025-03-14T09:30:00Z`), plain dates
        (`2025-03-14`) and Unix timestamps. The optional second argument is an IANA
        zone name.

        ```go-html-template
        {{ (time.AsTime "2025-03-14" "Asia/Tokyo").Weekday }} → Friday
        ```

        Layouts in the C `strftime` style are not supported; the
        [strftime conversion table](/functions/time/strftime/) shows the Go layout
        that matches each one.
    """, "reference", should=["L001"], notes="PLANTED: /functions/time/strftime/ exists nowhere (no page, no alias, any case).")

    # strings
    d("content/functions/strings/_index.md", """
        ---
        title: String functions
        linkTitle: strings
        description: Functions in the strings namespace search, split, replace and tidy text.
        ---

        - [strings.Contains](/functions/strings/contains/)
        - [strings.Replace](/functions/strings/replace/)
        - [strings.Split](/functions/strings/split/)
        - [strings.Title](/functions/strings/title/)
        - [strings.TrimSpace](/functions/strings/trimspace/)
    """, "listing", mustnot=["L001"])

    d("content/functions/strings/Contains.md", """
        ---
        title: strings.Contains
        description: Reports whether a string contains a substring.
        params:
          functions_and_methods:
            returnType: bool
            signatures: ['strings.Contains STRING SUBSTRING']
        ---

        ```go-html-template
        {{ strings.Contains "Lumen docs" "docs" }} → true
        ```

        ## Case-sensitive matching

        The comparison is case-sensitive: `strings.Contains "Lumen" "lumen"` is
        `false`. Lower both sides with `strings.ToLower` first when case should not
        matter.

        ## Matching any of several characters

        Use `strings.ContainsAny` to test for any one of a set of characters.
    """, "reference", mustnot=["L001"])

    d("content/functions/strings/Split.md", """
        ---
        title: strings.Split
        description: Splits a string into a slice of substrings around a separator.
        aliases: [/functions/split/]
        params:
          functions_and_methods:
            returnType: '[]string'
            signatures: ['strings.Split STRING SEPARATOR']
        ---

        ```go-html-template
        {{ strings.Split "tag1,tag2,tag3" "," }} → [tag1 tag2 tag3]
        ```

        Spaces around the separator are kept. Remove them with
        [strings.TrimSpace](../trimspace/) on each element.

        Splitting is case-sensitive, like every search in this namespace; see
        [strings.Contains](/functions/strings/contains/#case-sensitivity).
    """, "reference", should=["L001"], notes="PLANTED broken anchor: Contains.md has '## Case-sensitive matching' (#case-sensitive-matching), no #case-sensitivity. The relative link ../trimspace/ is valid (resolves to /functions/strings/trimspace/).")

    d("content/functions/strings/TrimSpace.md", """
        ---
        title: strings.TrimSpace
        description: Returns a string with leading and trailing whitespace removed.
        params:
          functions_and_methods:
            returnType: string
            signatures: ['strings.TrimSpace INPUT']
        ---

        Whitespace means spaces, tabs, newlines and the other Unicode space characters.

        ```go-html-template
        {{ strings.TrimSpace "\\n  Lumen \\t" }} → Lumen
        ```

        To remove other characters, use `strings.Trim` with a cutset.
    """, "reference", mustnot=["L001"])

    d("content/functions/strings/Replace.md", """
        ---
        title: strings.Replace
        description: Replaces occurrences of a substring, optionally only the first n of them.
        params:
          functions_and_methods:
            returnType: string
            signatures: ['strings.Replace INPUT OLD NEW [LIMIT]']
        ---

        ```go-html-template
        {{ strings.Replace "a-b-c" "-" "/" }} → a/b/c
        {{ strings.Replace "a-b-c" "-" "/" 1 }} → a/b-c
        ```

        For patterns, use `strings.ReplaceRE`, which takes a regular expression.
        Terms in [front matter](g) are plain strings, so `strings.Replace` is usually
        enough there.
    """, "reference", mustnot=["L001"], notes="Glossary shortcut [front matter](g) resolves to /glossary/front-matter/ through the render hook.")

    d("content/functions/strings/Title.md", """
        ---
        title: strings.Title
        description: Converts a string to title case, following the configured title case style.
        params:
          functions_and_methods:
            returnType: string
            signatures: ['strings.Title STRING']
        ---

        ```go-html-template
        {{ strings.Title "a guide to page bundles" }} → A Guide to Page Bundles
        ```

        The style is set by `titleCaseStyle` in the site configuration: `ap` (the
        default), `chicago`, `go` or `firstupper`. Section titles built from a
        [section](g) name use the same style.
    """, "reference", mustnot=["L001"])

    # collections
    d("content/functions/collections/_index.md", """
        ---
        title: Collection functions
        linkTitle: collections
        description: Functions in the collections namespace filter, sort and slice lists.
        ---

        - [collections.First](/functions/collections/first/)
        - [collections.Sort](/functions/collections/sort/)
        - [collections.Where](/functions/collections/where/)
    """, "listing", mustnot=["L001"])

    d("content/functions/collections/Where.md", """
        ---
        title: collections.Where
        description: Returns the elements of a collection whose field matches a value.
        aliases: [/functions/where/]
        params:
          functions_and_methods:
            aliases: [where]
            returnType: any
            signatures: ['collections.Where COLLECTION KEY [OPERATOR] VALUE']
        ---

        ```go-html-template
        {{ range where site.RegularPages "Section" "news" }}
          <h2>{{ .Title }}</h2>
        {{ end }}
        ```

        ## Operators

        | operator | true when |
        |---|---|
        | `=`, `==`, `eq` | equal |
        | `!=`, `ne` | not equal |
        | `in` | value is in the given slice |
        | `intersect` | the two slices share an element |

        ## Nested keys

        Use dots to reach into [front matter](g) parameters: `"Params.series"`.
    """, "reference", mustnot=["L001"])

    d("content/functions/collections/First.md", """
        ---
        title: collections.First
        description: Returns the first n elements of a slice or array.
        params:
          functions_and_methods:
            aliases: [first]
            returnType: any
            signatures: ['collections.First N COLLECTION']
        ---

        ```go-html-template
        {{ range first 5 (where site.RegularPages "Section" "news") }}
          {{ .Title }}
        {{ end }}
        ```

        `first 0` returns an empty slice. Combine it with
        [collections.Sort](/functions/collections/sort/) to take the newest pages of a
        [taxonomy](g) term.
    """, "reference", mustnot=["L001"])

    d("content/functions/collections/Sort.md", """
        ---
        title: collections.Sort
        description: Sorts a slice by a key, ascending or descending.
        params:
          functions_and_methods:
            aliases: [sort]
            returnType: any
            signatures: ['collections.Sort COLLECTION [KEY] [ORDER]']
        ---

        ```go-html-template
        {{ range sort site.RegularPages "Date" "desc" }}{{ .Title }}{{ end }}
        ```

        Maps are sorted by value unless you name a key. Strings compare byte by byte, so
        `Zebra` comes before `apple`; lower them with `strings.ToLower` for a natural
        order.
    """, "reference", mustnot=["L001"])

    # ------------------------------------------------------------- glossary
    d("content/glossary/_index.md", """
        ---
        title: Glossary
        description: Short definitions of the terms used across the Lumen documentation.
        ---

        Terms used on more than one page are defined here. In the docs, a term linked
        as `[term](g)` points to its entry.
    """, "listing", notes="Glossary section list.")

    for slug, title, body in [
        ("front-matter", "Front matter", "The metadata at the top of a content file, between `---` (YAML), `+++` (TOML) or braces (JSON). Lumen reads `date`, `lastmod` and any custom keys from it."),
        ("page-bundle", "Page bundle", "A folder that holds one page and its resources, such as images. A leaf bundle has an `index.md`; a branch bundle has an `_index.md` and may contain other pages."),
        ("section", "Section", "A top-level folder of `content/`, or any folder with an `_index.md`. Its name becomes the page's `.Section` value."),
        ("taxonomy", "Taxonomy", "A way of grouping pages, such as tags or categories. Each value, such as the tag `release`, is a term with its own list page."),
        ("shortcode", "Shortcode", "A template snippet called from Markdown with `{{</* name */>}}`. Lumen's own functions are not available inside shortcodes unless the site imports the module."),
    ]:
        d(f"content/glossary/{slug}.md", f"""
        ---
        title: {title}
        description: "Glossary: {title.lower()}."
        ---

        {body}
        """, "reference", notes="Glossary entry: 25 to 40 words by design (reference, not thin content).")

    # ----------------------------------------------------------------- news
    d("content/news/_index.md", """
        ---
        title: News
        description: Release announcements for Lumen, newest first.
        ---

        Every release of Lumen is announced here. The full changelog is on the
        releases page of the repository.
    """, "listing")

    d("content/news/lumen-0.42.0.md", """
        ---
        title: Lumen 0.42.0
        description: Lumen 0.42.0 adds time.Duration and fixes locale fallbacks.
        date: 2024-10-08
        categories: [releases]
        ---

        Lumen 0.42.0 is out. Update with `hugo mod get -u github.com/lumen-tpl/lumen`.

        ## New

        - [time.Duration](/functions/time/duration/) builds durations from a unit and a number
        - `strings.ContainsAny`

        ## Fixed

        - Locale fallback picked `en-US` for `pt-PT` instead of `pt` (#311)
        - `collections.Sort` panicked on a nil map (#318)
    """, "release-note", mustnot=["L001", "T006"], notes="Release announcement: short by design.")

    d("content/news/lumen-0.43.0.md", """
        ---
        title: Lumen 0.43.0
        description: Lumen 0.43.0 adds localized date layouts for 42 locales.
        date: 2025-01-20
        categories: [releases]
        ---

        Lumen 0.43.0 brings localized layouts: `:date_long` now prints month names in
        the site's locale. See [Localized layouts](/functions/time/format/#localized-layouts).

        Old links to `dateFormat` keep working: [/functions/dateformat/](/functions/dateformat/)
        redirects to the new page.

        ## Fixed

        - `time.AsTime` ignored the zone argument for Unix timestamps (#342)
        - Build failed on Windows paths with spaces (#350)
    """, "release-note", mustnot=["L001", "T006"], notes="Link to an alias (/functions/dateformat/ is in Format.md's aliases): valid.")

    d("content/news/lumen-0.44.0.md", """
        ---
        title: Lumen 0.44.0
        description: Lumen 0.44.0 adds strings.Title styles and a strict mode.
        date: 2025-04-02
        categories: [releases]
        ---

        ## New

        - `strict = true` fails the build on a bad layout string; see
          [Configure Lumen](/getting-started/configuration/#the-lumen-table)
        - [strings.Title](/functions/strings/title/) follows `titleCaseStyle`

        ## Changed

        - Go 1.21 is now the minimum version

        ## Fixed

        - `collections.Where` with `intersect` on nested keys (#377)
        - `strings.Split` on an empty separator returned one element too many (#381)
    """, "release-note", mustnot=["L001", "T006"], notes="Bullet-list release note. Anchor #the-lumen-table is the blackfriday id of '## The [lumen] table'.")

    # ---------------------------------------------------------------- legal
    d("content/about/license.md", """
        ---
        title: License and trademarks
        description: Lumen's code is MIT licensed; the documentation is CC BY 4.0. How to use the Lumen name and logo.
        lastmod: 2024-06-01
        ---

        ## Code

        The Lumen source code is released under the MIT License. You may use, copy,
        modify and distribute it, including in commercial products, provided the
        copyright notice and the permission notice are included.

        ## Documentation

        This documentation is licensed under the Creative Commons Attribution 4.0
        International licence (CC BY 4.0). Code samples in the documentation are
        also available under the MIT License.

        ## Name and logo

        "Lumen" and the lamp logo are trademarks of the Lumen project. You may use
        them to refer to the project, but not in a way that suggests endorsement.
    """, "legal")

    d("content/about/privacy.md", """
        ---
        title: Privacy notice
        description: What this documentation site records about visitors, and for how long.
        lastmod: 2024-06-01
        ---

        This site is a set of static files. It sets no cookies and runs no analytics.

        The hosting provider keeps server logs (IP address, time, requested URL and
        user agent) for 14 days to stop abuse. These logs are not shared or used for
        any other purpose.

        Questions about this notice can be sent to privacy@lumen-docs.example.org.
    """, "legal")
