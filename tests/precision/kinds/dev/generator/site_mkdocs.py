"""An MkDocs (Material) site for "Sluice", a data pipeline CLI, in English and Spanish.

MkDocs conventions planted here:
- mkdocs-static-i18n with the suffix structure: pipelines.es.md is the Spanish version of
  pipelines.md, served at /es/user-guide/pipelines/; missing Spanish pages fall back to
  the English ones;
- heading ids come from Python-Markdown's toc slugify: accents are stripped
  ("Configuración avanzada" -> #configuracion-avanzada), dots dropped, and repeated
  headings get _1, _2 ("### Options" three times -> options, options_1, options_2);
- links are relative links to .md files;
- the Material blog plugin: posts in docs/blog/posts/ with `date` and `authors`
  (docs/blog/.authors.yml); a post's H1 is its title.
"""
from common import doc, site_file

S = "mkdocs-site"


def d(path, text, kind, lang="en", **kw):
    doc(f"docs/{path}", text, site=S, gen="mkdocs", lang=lang, kind=kind, **kw)


def build():
    site_file(S, "mkdocs.yml", """
        site_name: Sluice
        site_url: https://sluice-data.example.org/
        repo_url: https://github.com/sluice-data/sluice
        theme:
          name: material
          features: [navigation.sections, content.code.copy]
        plugins:
          - search
          - blog:
              blog_dir: blog
          - i18n:
              docs_structure: suffix
              fallback_to_default: true
              languages:
                - locale: en
                  default: true
                  name: English
                  build: true
                - locale: es
                  name: Español
                  build: true
        markdown_extensions:
          - admonition
          - tables
          - toc:
              permalink: true
          - pymdownx.superfences
        nav:
          - Home: index.md
          - Getting started: getting-started.md
          - User guide:
              - user-guide/pipelines.md
              - user-guide/sources.md
              - user-guide/sinks.md
              - user-guide/scheduling.md
          - Reference:
              - reference/cli.md
              - reference/config.md
          - About:
              - about/release-notes.md
              - about/license.md
          - Blog:
              - blog/index.md
    """)
    site_file(S, "docs/blog/.authors.yml", """
        authors:
          ana:
            name: Ana Beltrán
            description: Maintainer
            avatar: https://github.com/anabeltran.png
          priya:
            name: Priya Raman
            description: Contributor
            avatar: https://github.com/priyaraman.png
    """)

    d("index.md", """
        # Sluice

        Sluice moves data from where it is to where you need it: from APIs, files and
        databases into Parquet, PostgreSQL or DuckDB, on a schedule, with one YAML file
        per pipeline.

        ```bash
        pipx install sluice-data
        sluice init my-pipeline
        sluice run my-pipeline
        ```

        - New to Sluice? Start with [Getting started](getting-started.md).
        - Writing a pipeline? Read [Pipelines](user-guide/pipelines.md).
        - Looking up a flag? See the [CLI reference](reference/cli.md).

        Sluice is free software under the [Apache License 2.0](about/license.md).
    """, "landing", paired=True, mustnot=["L001"])

    d("index.es.md", """
        # Sluice

        Sluice lleva los datos de donde están a donde los necesitas: de APIs, archivos y
        bases de datos a Parquet, PostgreSQL o DuckDB, de forma programada y con un único
        archivo YAML por pipeline.

        ```bash
        pipx install sluice-data
        sluice init mi-pipeline
        sluice run mi-pipeline
        ```

        - ¿Es tu primera vez? Empieza por [Primeros pasos](getting-started.md).
        - ¿Vas a escribir un pipeline? Lee [Pipelines](user-guide/pipelines.md).
        - ¿Buscas una opción? Consulta la [referencia de la CLI](reference/cli.md).
    """, "landing", lang="es", tr="docs/index.md", mustnot=["L001"], notes="Same H1 as the English home page: its translation. reference/cli.md has no Spanish version and falls back to English.")

    d("getting-started.md", """
        # Getting started

        ## Install

        Sluice needs Python 3.10 or later.

        ```bash
        pipx install sluice-data
        sluice --version
        ```

        ## Your first pipeline

        `sluice init weather` creates `weather/pipeline.yml`:

        ```yaml
        source:
          type: http
          url: https://api.open-meteo.com/v1/forecast?latitude=52.5&longitude=13.4&hourly=temperature_2m
        sink:
          type: parquet
          path: data/weather.parquet
        ```

        Run it with `sluice run weather`. The first run creates the file; later runs
        append to it.

        ## Next steps

        - Filter and rename fields: [Pipelines](user-guide/pipelines.md#transforms)
        - Write to a database: [Sinks](user-guide/sinks.md#postgresql)
    """, "reference", paired=True, mustnot=["L001"])

    d("getting-started.es.md", """
        # Primeros pasos

        ## Instalación

        Sluice necesita Python 3.10 o posterior.

        ```bash
        pipx install sluice-data
        sluice --version
        ```

        ## Tu primer pipeline

        `sluice init tiempo` crea `tiempo/pipeline.yml`:

        ```yaml
        source:
          type: http
          url: https://api.open-meteo.com/v1/forecast?latitude=40.4&longitude=-3.7&hourly=temperature_2m
        sink:
          type: parquet
          path: data/tiempo.parquet
        ```

        Ejecútalo con `sluice run tiempo`. La primera ejecución crea el archivo; las
        siguientes añaden filas.

        ## Siguientes pasos

        - Filtrar y renombrar campos: [Pipelines](user-guide/pipelines.md#transformaciones)
        - Opciones que pocas veces hacen falta: [Configuración avanzada](user-guide/pipelines.md#configuracion-avanzada)
        - Escribir en una base de datos: [Destinos](user-guide/sinks.md#postgresql)
    """, "reference", lang="es", tr="docs/getting-started.md", mustnot=["L001"], notes="#configuracion-avanzada is the Python-Markdown id of 'Configuración avanzada' (accent stripped). sinks.md is English only (fallback).")

    d("user-guide/pipelines.md", """
        # Pipelines

        A pipeline is one YAML file with a `source`, optional `transforms` and a `sink`.

        ## Transforms

        Transforms run in order on each record:

        ```yaml
        transforms:
          - rename: {temperature_2m: temp_c}
          - filter: "temp_c > -50"
          - add: {fetched_at: "{{ now() }}"}
        ```

        ## Incremental loads

        Set `cursor` to a field that only grows, such as a timestamp. Sluice stores the
        last value it saw and asks the source only for newer records.

        ## Advanced configuration

        `batch_size` (default 5,000) and `max_retries` (default 3) rarely need changing.
        `on_error: skip` writes failing records to `errors/` instead of stopping the run.
    """, "reference", paired=True, mustnot=["L001"])

    d("user-guide/pipelines.es.md", """
        # Pipelines

        Un pipeline es un archivo YAML con un `source`, `transforms` opcionales y un
        `sink`.

        ## Transformaciones

        Las transformaciones se aplican en orden a cada registro:

        ```yaml
        transforms:
          - rename: {temperature_2m: temp_c}
          - filter: "temp_c > -50"
        ```

        ## Cargas incrementales

        Define `cursor` con un campo que solo crece, como una marca de tiempo. Sluice
        guarda el último valor visto y solo pide al origen los registros más nuevos.
        Si necesitas ajustar el tamaño de lote, consulta la
        [configuración avanzada](#configuración-avanzada).

        ## Configuración avanzada

        `batch_size` (5.000 por defecto) y `max_retries` (3 por defecto) casi nunca
        necesitan cambios. `on_error: skip` guarda los registros fallidos en `errors/` en
        lugar de detener la ejecución.
    """, "reference", lang="es", tr="docs/user-guide/pipelines.md", should=["L001"], notes="PLANTED broken anchor under MkDocs rules: Python-Markdown's toc gives 'Configuración avanzada' the id #configuracion-avanzada (accent stripped), so #configuración-avanzada matches nothing. A github-slugger linter would wrongly accept it. Same H1 as its English original (translation).")

    d("user-guide/sources.md", """
        # Sources

        ## HTTP

        `type: http` fetches JSON or CSV. Pagination follows `Link` headers or a
        `next_page` field; set `pagination: offset` for APIs that take `offset` and
        `limit`.

        ## Files

        `type: files` reads a glob such as `inbox/*.csv`. Files already read are
        remembered by path and modification time.

        ## PostgreSQL

        `type: postgres` runs a query. Use `cursor` (see
        [Incremental loads](pipelines.md#incremental-loads)) to avoid reading the whole
        table each time.
    """, "reference", mustnot=["L001"])

    d("user-guide/sinks.md", """
        # Sinks

        ## Parquet

        Appends row groups to a file, or writes one file per run with
        `partition_by: run`.

        ## PostgreSQL

        Inserts with `COPY`. Set `upsert_on: [id]` to update existing rows instead.

        ## DuckDB

        Writes to a table in a `.duckdb` file. DuckDB allows one writer at a time, so
        runs of pipelines that share a file are queued.

        ## Buffering

        Records are buffered in memory up to `batch_size`; see
        [Advanced configuration](pipelines.md#advanced-configuration).
    """, "reference", mustnot=["L001"])

    d("user-guide/scheduling.md", """
        # Scheduling

        `sluice serve` runs every pipeline that has a `schedule`:

        ```yaml
        schedule: "*/30 * * * *"
        ```

        Runs of the same pipeline never overlap; a run that is still going when the next
        one is due makes the next one wait.

        !!! tip
            On a server without a process manager, `sluice serve --daemon` writes a PID
            file to `~/.sluice/serve.pid`.
    """, "reference", mustnot=["L001"])

    d("reference/cli.md", """
        # CLI reference

        ## sluice init

        Creates a pipeline folder with a commented `pipeline.yml`.

        ### Options

        | flag | meaning |
        |---|---|
        | `--source TYPE` | pre-fill the source block |
        | `--sink TYPE` | pre-fill the sink block |

        ## sluice run

        Runs one pipeline once.

        ### Options

        | flag | meaning |
        |---|---|
        | `--full-refresh` | ignore the stored cursor |
        | `--dry-run` | read and transform, write nothing |

        ## sluice serve

        Runs scheduled pipelines until stopped.

        ### Options

        | flag | meaning |
        |---|---|
        | `--daemon` | detach and write a PID file |
        | `--port N` | serve `/health` and `/metrics` on port N |

        `--full-refresh` is described under [run options](#options_1) and `--daemon`
        under [serve options](#options_2).
    """, "reference", mustnot=["L001"], notes="Repeated '### Options' headings: Python-Markdown ids options, options_1, options_2 (not -1/-2).")

    d("reference/config.md", """
        # Configuration file

        Settings shared by all pipelines go in `sluice.toml` at the project root.

        ```toml
        [defaults]
        batch_size = 5000
        timezone = "Europe/Madrid"

        [secrets]
        provider = "env"     # or "vault", "aws-ssm"
        ```

        ## [defaults]

        Any pipeline key can be given a project-wide default here.

        ## [secrets]

        `${secret:NAME}` in a pipeline file is replaced with the secret from the
        provider. With `env`, `NAME` is an environment variable.
    """, "reference", mustnot=["L001"])

    d("about/license.md", """
        # License

        Sluice is licensed under the Apache License, Version 2.0. You may not use the
        software except in compliance with the License. Unless required by applicable
        law or agreed to in writing, software distributed under the License is
        distributed on an "AS IS" basis, without warranties or conditions of any kind,
        either express or implied.

        The documentation is licensed under CC BY-SA 4.0.

        Copyright 2022–2025 the Sluice authors.
    """, "legal")

    d("about/release-notes.md", """
        # Release notes

        ## Sluice 2.3.0 (2025-02-10)

        - feat(sinks): DuckDB sink with per-file write queue (#402)
        - feat(cli): `sluice run --dry-run` (#398)
        - fix(http): follow relative `Link: next` URLs (#407)
        - fix(files): do not re-read files whose mtime has sub-second precision only (#409)
        - chore(deps): pyarrow 19, httpx 0.28

        ## Sluice 2.2.1 (2024-12-03)

        - fix(postgres): `upsert_on` with a composite key generated invalid SQL (#391)
        - fix(serve): PID file left behind after SIGTERM (#388)

        ## Sluice 2.2.0 (2024-10-21)

        - feat(transforms): `add` transform with template expressions (#371)
        - feat(secrets): AWS SSM provider (#365)
        - fix(scheduling): overlapping runs when a run took longer than its interval (#377)
        - docs: Spanish translation of the user guide (#380)

        See [Pipelines](../user-guide/pipelines.md#transforms) for the `add` transform.
    """, "release-note", mustnot=["L001", "T006", "E001", "E002"], notes="Changelog page: commit bullet lists; dates are in the version headings.")

    d("blog/index.md", """
        # Blog

        News and longer write-ups from the Sluice maintainers.
    """, "listing", notes="Material blog index; the plugin appends the post list.")

    d("blog/posts/backfills-without-tears.md", """
        ---
        date: 2024-11-05
        authors: [ana]
        categories: [Guides]
        ---

        # Backfills without tears

        Sooner or later every pipeline needs a backfill: a new column that must be
        filled for the past two years, a bug that dropped records for a week, a source
        that finally exposes its history. This post shows how we run them with Sluice
        at the cooperative where I work, after getting it wrong twice.

        <!-- more -->

        ## Mistake one: reusing the production cursor

        Our first backfill of the energy readings ran the normal pipeline with
        `--full-refresh`. It worked, but it reset the stored cursor, and the next
        scheduled run started from the beginning again. We loaded 31 million rows twice
        before anyone noticed the disk filling up.

        ## Mistake two: one giant run

        The second time we ran the whole range at once. The API we read from allows 600
        requests per minute; our run kept hitting the limit, slept, retried, and took
        nineteen hours. When it failed at hour seventeen, there was no way to resume.

        ## What we do now

        We write a separate pipeline file for the backfill, with its own state folder,
        so the production cursor is never touched:

        ```yaml
        extends: readings/pipeline.yml
        state_dir: .state/backfill-2023
        source:
          params: {from: "2023-01-01", to: "2023-12-31"}
        ```

        Then we split the range by month with a shell loop and run the months one after
        another. A failed month is rerun on its own, and each month takes about
        forty minutes. Upserts (`upsert_on: [meter_id, read_at]`) make a rerun harmless.

        ## Checking the result

        Before switching dashboards to the backfilled data, we compare row counts per
        day with the source's own export. Two days in March differed by a few hundred
        rows: daylight saving time, of course. The [sinks guide](../../user-guide/sinks.md#postgresql)
        now has a note on time zones because of it.
    """, "article", mustnot=["L001", "E001", "E002", "T001", "T005"], notes="Material blog post: date and authors in front matter; about 360 words.")

    d("blog/posts/moving-to-duckdb.md", """
        ---
        date: 2025-02-12
        authors: [priya]
        categories: [Engineering]
        ---

        # Why Sluice 2.3 writes to DuckDB

        The most requested sink in our issue tracker for a year was DuckDB. Sluice 2.3
        has it. Here is why it took so long, and what the sink does differently from
        the PostgreSQL one.

        <!-- more -->

        ## One writer at a time

        DuckDB is an embedded database: a single process may open a file for writing.
        Sluice runs pipelines in parallel, and two pipelines writing to the same
        `.duckdb` file would make the second one fail with a lock error. The obvious fix,
        retrying until the lock is free, turned a five-minute schedule into a
        thundering herd.

        We settled on a queue per file. Pipelines that share a DuckDB file hand their
        batches to one writer thread, which appends them in order. Pipelines writing to
        different files still run fully in parallel.

        ## Appending with Arrow

        Records already travel through Sluice as Arrow record batches, so the sink hands
        them to DuckDB's `append` without converting them to rows. On our benchmark of
        ten million taxi trips, loading took 9 seconds, against 71 seconds for the
        PostgreSQL sink with `COPY` on the same laptop. The comparison is unfair to
        PostgreSQL, which is doing far more work, but it shows why people asked for it.

        ## What is missing

        There is no upsert yet: DuckDB's `INSERT OR REPLACE` needs a primary key, and
        we have not decided how to create one for tables that Sluice did not create.
        If you have an opinion, the discussion is issue #415.

        The full list of changes is in the [release notes](../../about/release-notes.md#sluice-230-2025-02-10),
        and the options are documented under [Sinks](../../user-guide/sinks.md#duckdb).
    """, "article", mustnot=["L001", "E001", "E002", "T001", "T005"], notes="About 330 words; the release-notes anchor is the Python-Markdown id of 'Sluice 2.3.0 (2025-02-10)'.")
