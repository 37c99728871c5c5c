#!/usr/bin/env bash
# The graph core at scale: 1,000,000 nodes and 10,000,000 edges, build time,
# peak memory and whole-graph closure latency, against networkx on the same edges.
# Usage: scripts/bench-graph.sh [--nodes N] [--edges M] [--no-networkx]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c "import networkx" 2>/dev/null; then
    python3 -m pip install --quiet networkx || python3 -m pip install --quiet --break-system-packages networkx
fi
swift build -c release --static-swift-stdlib --product citegraph-bench-graph
exec "$(swift build -c release --static-swift-stdlib --show-bin-path)/citegraph-bench-graph" --networkx-script scripts/bench-graph-networkx.py "$@"
