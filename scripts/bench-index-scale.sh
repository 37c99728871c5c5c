#!/usr/bin/env bash
# The index at scale: builds the index of a synthetic corpus of N General
# Assembly resolutions (default 1,000,000, about ten citations each: the shape
# of `scripts/synthetic-corpus.py N DIR 1 25`) through the real extractor and
# writer without writing the texts (citegraph-bench-index), then times queries
# from it end to end and whole-graph closures after load.
# Usage: scripts/bench-index-scale.sh [N] [DB]   (needs hyperfine, GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
DB=${2:-bench-out/index-scale/synthetic-$N.sqlite}
mkdir -p "$(dirname "$DB")"
swift build -c release --product citegraph
swift build -c release --product citegraph-bench-index
BIN=$(swift build -c release --show-bin-path)
rm -f "$DB" "$DB-graph"
echo "load before: $(uptime)"
# wall s, user s, system s, peak KB
/usr/bin/time -f 'index build: %e s wall, %U s user, %S s system, %M KB peak' \
    "$BIN/citegraph-bench-index" "$N" "$DB" 1 25
echo "load after: $(uptime)"
CITATIONS=$(sqlite3 -readonly "$DB" 'SELECT count(*) FROM citations')
SIZE=$(stat -c %s "$DB"); MAPPED=$(stat -c %s "$DB-graph")
echo "database $SIZE bytes ($((SIZE / CITATIONS)) per citation), mapped snapshot $MAPPED bytes, $CITATIONS citations"
# A newest, a middle and an old resolution of the 80 sessions.
PER=$(((N + 79) / 80))
hyperfine -N -w 3 -r 20 \
    "$BIN/citegraph --version" \
    "$BIN/citegraph ancestors 110/$PER --depth 1 --db $DB" \
    "$BIN/citegraph ancestors 40/5 --db $DB" \
    "$BIN/citegraph cited-by 31/1 --db $DB" \
    "$BIN/citegraph ancestors 110/$PER --db $DB --format json"
for q in "ancestors 110/$PER --depth 1" "ancestors 40/5" "ancestors 110/$PER"; do
    /usr/bin/time -f "$q: %e s wall, %U s user, %S s system, %M KB peak" \
        "$BIN/citegraph" $q --db "$DB" > /dev/null
done
"$BIN/citegraph-bench-index" --closures "$DB"
echo "load at the end: $(uptime)"
