from labelkit import L, site_file
from make_prereleases import RELEASES

S, G = "release-blog-tessera", "plain"
P = "sites/release-blog/"
C = P + "content/"
BP = C + "blog/posts/"
site_file(P + "site.yml", "publishing-script settings: pages served at their path under content/, de translations under content/de/ paired by translationKey, GitHub-style heading ids")

L(C + "index.md", S, G, "en", "landing", add=["E009"], notes="Project home; imprint exists.")
L(C + "de/index.md", S, G, "de", "landing", tr=C + "index.md", add=["E009"], notes="German home, translationKey home.")
L(C + "blog/index.md", S, G, "en", "listing", notes="Blog index with latest posts.")
for f in ["tags/releases", "tags/engineering", "archive/2024", "archive/2023"]:
    L(C + f"blog/{f}.md", S, G, "en", "listing", notes="Tag or yearly archive page: a list of links.")
RN = "Release note: version bump with a bullet list of commits; author (project team) and date in front matter."
for f in ["2023-06-12-tessera-2-0-0", "2023-08-28-tessera-2-1-0", "2023-11-06-tessera-2-2-0", "2024-02-05-tessera-2-3-0",
          "2024-02-26-whats-new-in-2-3-1", "2024-05-13-tessera-2-4-0", "2024-08-19-tessera-2-5-0"]:
    n = RN
    if f.endswith("2-4-0") or f.endswith("2-5-0"):
        n += " Long commit bullets (one list item can exceed 30 words): lists are not sentences."
    L(BP + f + ".md", S, G, "en", "release-note", add=["E001", "E002"], notes=n)
for version, final, date, _ in RELEASES:
    name = f"{date}-tessera-{version.replace('.', '-')}"
    L(BP + name + ".md", S, G, "en", "release-note", add=["E001", "E002"],
      notes="Pre-release announcement from the release script's template (6 posts differ only in version numbers and dates): a release template, not doorway pages or near-duplicates. One info-level note per template cluster would be acceptable; per-page D002/D003/D007 findings are wrong.")
L(C + "de/blog/posts/2024-02-05-tessera-2-3-0.md", S, G, "de", "release-note", tr=BP + "2024-02-05-tessera-2-3-0.md", add=["E001", "E002"],
  notes="German translation (translationKey release-2-3-0); the commit list stays in English, identical to the original.")
L(C + "pages/changelog.md", S, G, "en", "release-note", add=["E001", "E002"], notes="Project changelog with dated versions (lastmod).")
ART = "Engineering article with author and date; linked from the tag and archive pages."
L(BP + "2023-09-18-serving-tiles-from-object-storage.md", S, G, "en", "article", notes=ART + " Has a German translation (translationKey tiles-object-storage).")
L(C + "de/blog/posts/2023-09-18-kacheln-aus-objektspeicher.md", S, G, "de", "article", tr=BP + "2023-09-18-serving-tiles-from-object-storage.md",
  notes="German translation (translationKey tiles-object-storage); same TOML snippet and numbers.")
L(BP + "2023-12-04-tile-seeding-strategies.md", S, G, "en", "article", notes=ART)
L(BP + "2024-01-15-how-we-benchmark-tile-rendering.md", S, G, "en", "article", notes=ART + " Contains a numbered list of rules.")
L(BP + "2024-06-10-lessons-from-a-year-of-tile-caching.md", S, G, "en", "article", should=["L001"],
  notes=ART + " PLANTED: link /blog/tessera-1-9-migration/ leads to a page that exists nowhere.")
L(BP + "why-we-plan-releases-by-calendar.md", S, G, "en", "article", should=["E001", "E002"], drop=["E004"],
  notes="PLANTED: article with no author and no date anywhere (undated file name, no front matter date, no byline). Linked from blog/index.md.")
for f in ["privacy", "terms", "imprint"]:
    L(C + f"legal/{f}.md", S, G, "en", "legal", add=["E002"], notes="Legal page with lastmod.")
