#!/usr/bin/env bash
# Rendering benchmark (not a test): prints the figures docs/PERFORMANCE.md quotes
# under "Rendering".
#
#   scripts/bench-render.sh [RENDERS] [DOT_LIMIT_SECONDS]
#
# 1. The seed's diagram (ancestors of 67/195): RENDERS (default 50) in-process
#    renders to SVG in one process (citegraph-bench-render, through libgvc), against
#    RENDERS runs of `dot -Tsvg` as a subprocess on the same DOT file.
# 2. Synthetic corpora of 1,000 and 10,000 resolutions (scripts/synthetic-corpus.py):
#    `citegraph render graph CORPUS -o out.svg` end to end (reading, extraction,
#    graph, layout, SVG), against plain `dot -Tsvg` on the same graph's DOT,
#    stopped after DOT_LIMIT_SECONDS (default 120) and reported as such.
# Release build. Output goes to bench-out/render/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
renders=${1:-50}
limit=${2:-120}
work=bench-out/render
mkdir -p "$work"

command -v dot >/dev/null || { echo "bench-render: the 'dot' program (package graphviz) is needed for the comparison" >&2; exit 1; }
scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product citegraph >&2
swift build -c release --static-swift-stdlib --product citegraph-bench-render >&2
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

echo "== Seed: ancestors of A/RES/67/195, ${renders} renders to SVG"
"$bin/citegraph" render ancestors 67/195 Samples/ -o "$work/seed.dot"
echo "DOT: $(grep -c -- ' -> ' "$work/seed.dot") edge lines, $(wc -c < "$work/seed.dot") bytes"
start=$(now)
"$bin/citegraph-bench-render" "$work/seed.dot" "$renders"
inproc=$(elapsed "$start" "$(now)")
start=$(now)
for _ in $(seq "$renders"); do dot -Tsvg "$work/seed.dot" -o /dev/null; done
subproc=$(elapsed "$start" "$(now)")
echo "in-process total (incl. process start): ${inproc} s"
echo "dot -Tsvg subprocess x${renders}:       ${subproc} s"
awk -v a="$inproc" -v b="$subproc" 'BEGIN { printf "ratio in-process / subprocess: %.2f (goal <= 0.50)\n", a / b }'
start=$(now)
"$bin/citegraph" render ancestors 67/195 Samples/ -o "$work/seed.svg"
echo "citegraph render ancestors 67/195 Samples/ -o seed.svg, end to end: $(elapsed "$start" "$(now)") s"

for n in 1000 10000; do
    echo
    echo "== Synthetic corpus of ${n} resolutions"
    corpus="$work/corpus-$n"
    [ -d "$corpus" ] || python3 scripts/synthetic-corpus.py "$n" "$corpus"
    start=$(now)
    "$bin/citegraph" render graph "$corpus" -o "$work/graph-$n.svg"
    echo "citegraph render graph (layout chosen by size) -> SVG: $(elapsed "$start" "$(now)") s (goal: $([ "$n" = 1000 ] && echo 10 || echo 30) s)"
    start=$(now)
    "$bin/citegraph" render graph "$corpus" --reduce -o "$work/graph-$n-reduced.svg"
    echo "citegraph render graph --reduce -> SVG: $(elapsed "$start" "$(now)") s"
    "$bin/citegraph" render graph "$corpus" --engine dot -o "$work/graph-$n-dot.dot"
    start=$(now)
    if timeout "$limit" dot -Tsvg "$work/graph-$n-dot.dot" -o /dev/null; then
        echo "plain dot -Tsvg on the same graph: $(elapsed "$start" "$(now)") s"
    else
        status=$?
        if [ "$status" -eq 124 ]; then
            echo "plain dot -Tsvg on the same graph: did not finish in ${limit} s (stopped)"
        else
            echo "plain dot -Tsvg on the same graph: failed with status ${status} after $(elapsed "$start" "$(now)") s"
        fi
    fi
done
