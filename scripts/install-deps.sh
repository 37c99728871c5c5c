#!/usr/bin/env bash
# Installs the C libraries citegraph links against, when they are missing:
# Graphviz (libgvc, for in-process rendering), poppler-glib (for PDF input)
# and SQLite (libsqlite3, for the persistent index).
# Uses apt-get, through sudo when not root. Safe to run again: it does nothing
# when everything is present.
set -euo pipefail

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then need+=(libgraphviz-dev); fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists poppler-glib; then need+=(libpoppler-glib-dev); fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists sqlite3; then need+=(libsqlite3-dev); fi

if [ ${#need[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "citegraph: installing ${need[*]} with apt-get" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
