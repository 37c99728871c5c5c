#!/usr/bin/env bash
# Installs the C libraries citegraph links against, when they are missing:
# Graphviz (libgvc, for in-process rendering), poppler-glib (for PDF input),
# SQLite (libsqlite3, for the persistent index) and, on Linux, libxml2
# (FoundationXML's parser, for Akoma Ntoso input).
# With --browser (scripts/test.sh gives it), also Debian's chromium, which the
# interactive view's browser test drives headless (about a minute to install).
# Uses apt-get, through sudo when not root. Safe to run again: it does nothing
# when everything is present.
set -euo pipefail

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then need+=(libgraphviz-dev); fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists poppler-glib; then need+=(libpoppler-glib-dev); fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists sqlite3; then need+=(libsqlite3-dev); fi
# Foundation's XMLParser (the AKN4UN reader) is libxml2 underneath on Linux.
if [ "$(uname -s)" = Linux ] && ! ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2'; then need+=(libxml2); fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi

if [ ${#need[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "citegraph: installing ${need[*]} with apt-get" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
