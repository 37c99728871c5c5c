#!/usr/bin/env bash
# Instructions (valgrind's callgrind count) that `citegraph extract --format json` executes over
# a folder, for one or more builds of citegraph: an exact figure, the same on a loaded machine,
# for comparing two versions of the extractor where timings are noise. CPU seconds and MB/s
# come from scripts/bench-extract.sh and scripts/bench-index.sh.
#
#   scripts/bench-instructions.sh DIR [BINARY...]     # default binary: the release build
#   scripts/bench-instructions.sh ../shared/corpus/unsc /tmp/old-citegraph .build/release/citegraph
#
# Prints, per binary: instructions, instructions per input byte, and the ratio to the first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 1 || ! -d $1 ]]; then sed -n '2,11p' "$0"; exit 2; fi
dir=$1; shift
binaries=("$@")
if [[ ${#binaries[@]} -eq 0 ]]; then
    swift build -c release --static-swift-stdlib --product citegraph >&2
    binaries=(.build/release/citegraph)
fi
if ! command -v valgrind >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq valgrind >&2; else sudo apt-get install -y -qq valgrind >&2; fi
fi
bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.xml' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')
out=$(mktemp)
trap 'rm -f "$out"' EXIT
first=
for bin in "${binaries[@]}"; do
    ir=$(valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" extract --format json "$dir" 2>&1 >/dev/null \
         | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    first=${first:-$ir}
    awk -v b="$bin" -v ir="$ir" -v n="$bytes" -v f="$first" \
        'BEGIN { printf "%-40s %14.0f instructions  %6.1f per byte  %5.3f of the first\n", b, ir, ir / n, ir / f }'
done
