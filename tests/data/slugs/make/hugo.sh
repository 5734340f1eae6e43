#!/bin/sh
# Build a minimal Hugo site once per autoHeadingIDType and extract the <h2 id>s.
# Needs: Debian package `hugo`, python3.  Usage: sh make/hugo.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(hugo version)
for TYPE in github github-ascii blackfriday; do
  SITE=$(mktemp -d /tmp/hugo-slugs.XXXXXX)
  mkdir -p "$SITE/content" "$SITE/layouts/_default"
  cat > "$SITE/config.toml" <<CONF
baseURL = "http://example.org/"
title = "slugs"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.parser]
  autoHeadingIDType = "$TYPE"
CONF
  printf '{{ .Content }}\n' > "$SITE/layouts/_default/single.html"
  printf '%s\n' '<html><body></body></html>' > "$SITE/layouts/_default/list.html"
  printf -- '---\ntitle: "Headings"\n---\n\n' > "$SITE/fm.txt"
  python3 "$HERE/common.py" doc "$SITE/fm.txt" > "$SITE/content/headings.md"
  (cd "$SITE" && hugo --quiet)
  python3 "$HERE/common.py" extract "hugo-$TYPE" "hugo-$TYPE" \
    "$VERSION (Debian package hugo $(dpkg-query -W -f='${Version}' hugo)); Goldmark, default markup settings except autoHeadingIDType=$TYPE" \
    "sh make/hugo.sh: minimal site (config.toml with [markup.goldmark.parser] autoHeadingIDType = \"$TYPE\", layouts/_default/single.html = {{ .Content }}), content/headings.md = the one document with front matter, built with 'hugo'; ids read from <h2 id> in public/headings/index.html" \
    < "$SITE/public/headings/index.html"
  rm -rf "$SITE"
done
