#!/usr/bin/env bash
# Timeline benchmark (not a test): prints the figures docs/PERFORMANCE.md quotes
# under "Timeline layout".
#
#   scripts/bench-timeline.sh [SIZES...]      (default: 1000 10000)
#
# 1. In one process (citegraph-bench-render --timeline N): a synthetic graph of N
#    resolutions shaped like scripts/synthetic-corpus.py, timed stage by stage —
#    layout, DOT, Graphviz's pinned-position SVG, the HTML view.
# 2. End to end on the synthetic corpus of N texts: `citegraph render graph CORPUS`
#    to SVG and to view.html (reading, extraction, graph, layout, output), and
#    `citegraph stats CORPUS` for the reading and graph part alone.
# Release build. Output goes to bench-out/timeline/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=bench-out/timeline
mkdir -p "$work"
scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product citegraph >&2
swift build -c release --static-swift-stdlib --product citegraph-bench-render >&2
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

for n in "${sizes[@]}"; do
    echo "== ${n} resolutions"
    "$bin/citegraph-bench-render" --timeline "$n"
    corpus="$work/corpus-$n"
    [ -d "$corpus" ] || python3 scripts/synthetic-corpus.py "$n" "$corpus"
    start=$(now); "$bin/citegraph" stats "$corpus" > /dev/null
    echo "citegraph stats (read, extract, graph): $(elapsed "$start" "$(now)") s"
    start=$(now); "$bin/citegraph" render graph "$corpus" -o "$work/graph-$n.svg" 2> /dev/null
    echo "citegraph render graph -o graph.svg, end to end: $(elapsed "$start" "$(now)") s ($(wc -c < "$work/graph-$n.svg") bytes)"
    start=$(now); "$bin/citegraph" render graph "$corpus" -o "$work/view-$n.html" 2> /dev/null
    echo "citegraph render graph -o view.html, end to end: $(elapsed "$start" "$(now)") s ($(wc -c < "$work/view-$n.html") bytes)"
done
