#!/usr/bin/env bash
# Extraction throughput: builds a corpus of at least 100 MB by repeating the
# development texts (../shared/corpus where present, else Samples/), extracts it
# with the release build, and in the same run times a plain-regex peer (the
# baseline of shared/tools/score.py, in Python) over the same files.
# Prints MB/s per core for both and their ratio. Usage: scripts/bench-extract.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
target_mb=${1:-100}
scripts/install-deps.sh
if [ ! -x /usr/bin/time ]; then if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >&2; else sudo apt-get install -y -qq time >&2; fi; fi
swift build -c release --static-swift-stdlib --product citegraph >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=(Samples/*.txt)
if [ -d ../shared/corpus ]; then src=(../shared/corpus/*.txt ../shared/corpus/unlabeled/*.txt); fi
python3 - "$work" "$target_mb" "${src[@]}" <<'PY'
import os, sys
out, mb, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [open(f, 'rb').read() for f in files]
total, k = 0, 0
while total < mb * 1_000_000:
    t = texts[k % len(texts)]
    d = os.path.join(out, "d%03d" % (k // 1000))
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "doc%06d.txt" % k), 'wb').write(t)
    total += len(t); k += 1
print("corpus: %d files, %.1f MB" % (k, total / 1e6), file=sys.stderr)
PY
bytes=$(du -sb "$work" | cut -f1)
# CPU seconds (user + system) of the process: per-core figures that the other
# processes on a shared machine do not distort.
cpu=$( { /usr/bin/env time -f "%U %S" .build/release/citegraph extract --format json "$work" > "$work.json"; } 2>&1 | tail -1)
t0=0; t1=$(echo "$cpu" | awk '{print $1 + $2}')
citations=$(grep -c '"target"' "$work.json" || true)
rm -f "$work.json"
peer=$(python3 - "$work" <<'PY'
import os, re, sys, time
# The regexes of the plain-regex baseline in shared/tools/score.py, restated.
sc = re.compile(r"\b(\d{1,4})\s*\((\d{4})\)")
ga = re.compile(r"resolutions?\s+((?:\d{1,2}/\d{1,3}[\s,and]*)+)")
sym = re.compile(r"\b[AES]/(?:[A-Z0-9.]+/)*[A-Z0-9.]+\d\b")
start = time.process_time()
n = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in names:
        text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
        n += len(sc.findall(text)) + len(ga.findall(text)) + len(sym.findall(text))
print(time.process_time() - start)
PY
)
python3 - "$bytes" "$t0" "$t1" "$peer" "$citations" <<'PY'
import sys
b, t0, t1, peer, cites = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
ours = t1 - t0
print("citegraph extract (read + extract + JSON): %.1f MB in %.2f CPU s = %.1f MB/s per core (one thread), %d citations, JSON written" % (b / 1e6, ours, b / 1e6 / ours, cites))
print("regex peer (python re, 3 patterns, no output): %.2f CPU s = %.1f MB/s" % (peer, b / 1e6 / peer))
print("ratio citegraph/peer throughput: %.2fx" % (peer / ours))
PY
