#!/usr/bin/env bash
# Regenerates docs/man/citegraph.1 from the command's own definition, with
# swift-argument-parser's generate-manual plugin, so the man page says exactly
# what `citegraph --help` says. Run it after changing a command or an option;
# Tests/CLITests/ManualTests.swift fails when the committed page misses one.
#
#   scripts/generate-man.sh            # writes docs/man/citegraph.1
#   man -l docs/man/citegraph.1        # read it
#
# Install: copy docs/man/citegraph.1 to a man1 directory (/usr/local/share/man/man1).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# A fixed date keeps the page byte-identical when nothing else changed; debug reuses the test build.
swift package plugin --allow-writing-to-directory "$out" generate-manual \
    --configuration debug --date 2026-01-01 --authors "the citegraph authors" --output-directory "$out" >&2
mkdir -p docs/man
cp "$out/citegraph.1" docs/man/citegraph.1
echo "wrote docs/man/citegraph.1" >&2
