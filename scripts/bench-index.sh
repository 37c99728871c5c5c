#!/usr/bin/env bash
# Index throughput on one core and on all cores, against ripgrep's raw scan and
# the Python regex peer of bench-extract.sh, all over the same files in one run.
#
# Two corpora of at least MB megabytes (default 100): "real" repeats the
# Security Council texts of ../shared/corpus/unsc (OCR, 1946-1994), "dev"
# repeats the development texts (../shared/corpus and its unlabeled/; Samples/
# where ../shared is absent). For each it prints wall and CPU seconds and MB/s:
#   citegraph index --threads 1 / --threads N (a fresh database each time),
#   citegraph extract --format json (one thread, for comparison with bench-extract.sh),
#   rg -c over the files with -j1 and with all threads (its raw scan: three patterns, no output),
#   the Python peer (three `re` patterns, one thread).
# Usage: scripts/bench-index.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
target_mb=${1:-100}
scripts/install-deps.sh
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
if ! command -v rg >/dev/null 2>&1; then "${sudo[@]}" apt-get install -y -qq ripgrep >&2; fi
if [ ! -x /usr/bin/time ]; then "${sudo[@]}" apt-get install -y -qq time >&2; fi
swift build -c release --static-swift-stdlib --product citegraph >&2
bin=.build/release/citegraph
cores=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_corpus() { # name, files...
    local name=$1; shift
    python3 - "$work/$name" "$target_mb" "$@" <<'PY'
import os, sys
out, mb, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [open(f, 'rb').read() for f in files]
total, k = 0, 0
while total < mb * 1_000_000:
    d = os.path.join(out, "d%03d" % (k // 1000))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "doc%06d.txt" % k), 'wb').write(texts[k % len(texts)])
    total += len(texts[k % len(texts)]); k += 1
print("%s corpus: %d files, %.1f MB" % (os.path.basename(out), k, total / 1e6), file=sys.stderr)
PY
}

# Prints "wall cpu" seconds of a command (stdout discarded).
timed() {
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$work/time"
}

report() { # label, mb, wall, cpu
    awk -v l="$1" -v mb="$2" -v w="$3" -v c="$4" 'BEGIN { printf "  %-44s %7.2f s wall %7.2f s CPU  %7.1f MB/s wall  %7.1f MB/s per CPU s\n", l, w, c, mb / w, mb / c }'
}

real=(../shared/corpus/unsc/*.txt)
dev=(Samples/*.txt)
if [ -d ../shared/corpus ]; then dev=(../shared/corpus/*.txt ../shared/corpus/unlabeled/*.txt); fi
[ -d ../shared/corpus/unsc ] || real=("${dev[@]}")
make_corpus real "${real[@]}"
make_corpus dev "${dev[@]}"

echo "machine: $cores cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in real dev; do
    dir="$work/$name"
    mb=$(du -sb "$dir" | awk '{print $1 / 1e6}')
    echo "$name texts: $(find "$dir" -type f | wc -l) files, $mb MB"
    find "$dir" -type f -exec cat {} + > /dev/null  # warm the page cache: every tool then reads from memory
    read -r w1 c1 < <(timed "$bin" index "$dir" --db "$work/$name-1.sqlite" --threads 1)
    report "citegraph index --threads 1" "$mb" "$w1" "$c1"
    read -r wn cn < <(timed "$bin" index "$dir" --db "$work/$name-n.sqlite" --threads "$cores")
    report "citegraph index --threads $cores" "$mb" "$wn" "$cn"
    read -r we ce < <(timed "$bin" extract --format json "$dir")
    report "citegraph extract --format json (1 thread)" "$mb" "$we" "$ce"
    pattern='resolutions?\s+[0-9]|\b[0-9]{1,4}\s*\([0-9]{4}\)|\b[AES]/[A-Z0-9./]+[0-9]\b'
    read -r wr1 cr1 < <(timed rg -c -j1 -e "$pattern" "$dir")
    report "rg -c -j1 (raw scan, 3 patterns)" "$mb" "$wr1" "$cr1"
    read -r wrn crn < <(timed rg -c -j"$cores" -e "$pattern" "$dir")
    report "rg -c -j$cores" "$mb" "$wrn" "$crn"
    peer=$(python3 - "$dir" <<'PY'
import os, re, sys, time
sc = re.compile(r"\b(\d{1,4})\s*\((\d{4})\)")
ga = re.compile(r"resolutions?\s+((?:\d{1,2}/\d{1,3}[\s,and]*)+)")
sym = re.compile(r"\b[AES]/(?:[A-Z0-9.]+/)*[A-Z0-9.]+\d\b")
w0, c0 = time.perf_counter(), time.process_time()
n = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in names:
        text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
        n += len(sc.findall(text)) + len(ga.findall(text)) + len(sym.findall(text))
print("%.2f %.2f" % (time.perf_counter() - w0, time.process_time() - c0))
PY
)
    read -r wp cp <<< "$peer"
    report "python re peer (3 patterns, 1 thread)" "$mb" "$wp" "$cp"
    awk -v w1="$w1" -v wn="$wn" -v c1="$c1" -v we="$we" -v wr1="$wr1" -v wp="$wp" -v n="$cores" 'BEGIN {
        printf "  index speed-up on %d cores: %.2fx (wall, 1 thread / %d threads)\n", n, w1 / wn, n
        printf "  index 1 thread takes %.2fx the wall time of rg -j1 and %.2fx that of the python peer\n", w1 / wr1, w1 / wp }'
    cmp <("$bin" stats --db "$work/$name-1.sqlite") <("$bin" stats --db "$work/$name-n.sqlite") \
        && echo "  1-thread and $cores-thread indexes answer stats identically"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
