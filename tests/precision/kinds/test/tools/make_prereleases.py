"""Writes the pre-release announcements of the release-blog site from one template,
the way the project's release script does: only versions and dates change."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "sites/release-blog/content/blog/posts"
TEMPLATE = """---
title: "Tessera {version} is ready for testing"
description: "Tessera {version} is a pre-release of {final}. Help us test it before the final release on {final_date_long}."
date: {date}
author: Tessera release team
tags: [releases, pre-release]
---

Tessera {version} is available for testing. This is a pre-release of {final}: do not run it in production. Binaries for Linux, macOS and Windows are attached to the release, and the container image is `ghcr.io/tessera-tiles/tessera:{version}`.

## How to test

```bash
docker run --rm -p 8080:8080 -v $PWD/tessera.toml:/etc/tessera.toml ghcr.io/tessera-tiles/tessera:{version}
tessera diff --against https://tiles.example.com --bbox 5.8,47.2,15.1,55.1 --zoom 0-12
```

Run it with a copy of your configuration and tile sources, then compare a sample of tiles with your production server. Differences in feature order are expected; differences in geometry or properties are not.

## Reporting problems

Open an issue with the label `{version}` and include the output of `tessera version --verbose`. If nothing blocking turns up, {final} will be released on {final_date_long}.

## What is in this pre-release

The draft release notes are kept in the {final} milestone and will be published with the final release.
"""

RELEASES = [
    ("2.4.0-beta.1", "2.4.0", "2024-03-25", "13 May 2024"),
    ("2.4.0-beta.2", "2.4.0", "2024-04-08", "13 May 2024"),
    ("2.4.0-rc.1", "2.4.0", "2024-04-29", "13 May 2024"),
    ("2.5.0-beta.1", "2.5.0", "2024-07-01", "19 August 2024"),
    ("2.5.0-beta.2", "2.5.0", "2024-07-15", "19 August 2024"),
    ("2.5.0-rc.1", "2.5.0", "2024-08-05", "19 August 2024"),
]


def path_for(version, date):
    return OUT / f"{date}-tessera-{version.replace('.', '-')}.md"


if __name__ == "__main__":
    for version, final, date, final_long in RELEASES:
        path_for(version, date).write_text(TEMPLATE.format(version=version, final=final, date=date, final_date_long=final_long))
        print(path_for(version, date).name)
