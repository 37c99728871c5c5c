#!/usr/bin/env bash
# The main job on the bundled sample, from a fresh clone: installs what is
# missing, builds citegraph in release mode, and extracts the citations of
# Samples/A_RES_67_195.txt, then draws the documents it cites to
# out/ancestors-67-195.svg through Graphviz's library.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The Swift runtime and Foundation linked in (docs/PERFORMANCE.md, "Index": half of
# every query's start was loading them); every script builds release the same way.
swift build -c release --static-swift-stdlib --product citegraph >&2
.build/release/citegraph extract Samples/A_RES_67_195.txt
mkdir -p out
.build/release/citegraph render ancestors 67/195 Samples/ -o out/ancestors-67-195.svg
echo "diagram: out/ancestors-67-195.svg" >&2
