#!/usr/bin/env bash
# The index at scale: the index of a synthetic corpus of N General Assembly
# resolutions (default 1,000,000, about ten citations each: the shape of
# `scripts/synthetic-corpus.py N DIR 1 25`), built without writing the texts
# (citegraph-bench-index), then queries from it timed end to end and
# whole-graph closures after load.
#   scripts/bench-index-scale.sh [N]               the real extractor and writer: every table
#   scripts/bench-index-scale.sh [N] --graph-only  texts extracted in memory, only the graph
#                                                  snapshot stored (queries need nothing else)
# Installs hyperfine, GNU time and sqlite3 when missing. Figures: docs/PERFORMANCE.md, "Scale run".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then "${sudo[@]}" apt-get install -y -qq "${need[@]}" >&2; fi
N=${1:-1000000}
MODE=${2:-}
DB=bench-out/index-scale/synthetic-$N${MODE:+-graph}.sqlite
mkdir -p "$(dirname "$DB")"
swift build -c release --static-swift-stdlib --product citegraph
swift build -c release --static-swift-stdlib --product citegraph-bench-index
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)
rm -f "$DB" "$DB-graph"
echo "load before: $(uptime)"
if [ "$MODE" = "--graph-only" ]; then
    /usr/bin/time -f 'build: %e s wall, %U s user, %S s system, %M KB peak' \
        "$BIN/citegraph-bench-index" --graph-only "$N" "$DB" 1 25
else
    /usr/bin/time -f 'build: %e s wall, %U s user, %S s system, %M KB peak' \
        "$BIN/citegraph-bench-index" "$N" "$DB" 1 25
    CITATIONS=$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM citations')
    SIZE=$(stat -c %s "$DB")
    echo "database $SIZE bytes, $CITATIONS citations: $((SIZE / CITATIONS)) bytes per citation"
fi
echo "load after: $(uptime)"
echo "mapped snapshot: $(stat -c %s "$DB-graph") bytes"
# The newest node (numbered last: 110/9999; see docs/PERFORMANCE.md on 5-digit numbers) and an old one.
hyperfine -N -w 3 -r 20 \
    "$BIN/citegraph --version" \
    "$BIN/citegraph ancestors 110/9999 --depth 1 --db $DB" \
    "$BIN/citegraph ancestors 40/5 --db $DB" \
    "$BIN/citegraph ancestors 110/9999 --db $DB"
for q in "ancestors 110/9999 --depth 1" "ancestors 40/5" "ancestors 110/9999"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "$q: %e s wall, %U s user, %S s system, %M KB peak" "$BIN/citegraph" $q --db "$DB" > /dev/null
done
"$BIN/citegraph-bench-index" --closures "$DB"
echo "load at the end: $(uptime)"
