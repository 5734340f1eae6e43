#!/bin/sh
# Regenerate every ../<generator>.json from ../headings.txt.  Run as root on Debian
# (apt/pip/npm registries reachable).  Installs into the system (apt) and /tmp only.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
export PYTHONDONTWRITEBYTECODE=1
NPM_DIR=${NPM_DIR:-/tmp/slugs-npm}
VENV=${VENV:-/tmp/slugs-pymd-venv}
export NPM_DIR

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y hugo ruby-kramdown ruby-kramdown-parser-gfm nodejs npm python3-venv
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || (cd "$NPM_DIR" && npm init -y >/dev/null)
  (cd "$NPM_DIR" && npm install github-slugger@2.0.0 markdown-it@15.0.3)
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/pip" install 'Markdown==3.11.4'
fi

node "$HERE/github_slugger.mjs"
sh "$HERE/hugo.sh"
ruby "$HERE/kramdown.rb"
"$VENV/bin/python" "$HERE/python_markdown_toc.py"
python3 "$HERE/check.py"
