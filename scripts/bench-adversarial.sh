#!/usr/bin/env bash
# Scaling of extraction on adversarial inputs: each family of scripts/adversarial-text.py
# (the shapes that once made extraction quadratic) at 1, 4, 16 and 64 MB, extracted by the
# release build. Prints a Markdown table of CPU seconds (user and system, which other processes
# on a shared machine do not distort) and user seconds per MB: linear time keeps the ratio
# column near 1.0 (the time per MB at each size over the time per MB at the smallest size);
# a quadratic search would multiply it by 4 at each step.
#
#   scripts/bench-adversarial.sh [--sizes "1 4 16 64"] [FAMILY...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="1 4 16 64"
if [[ ${1:-} == --sizes ]]; then sizes=$2; shift 2; fi
families=("$@")
[[ ${#families[@]} -gt 0 ]] || mapfile -t families < <(python3 scripts/adversarial-text.py --families)
scripts/install-deps.sh >&2
if [ ! -x /usr/bin/time ]; then if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >&2; else sudo apt-get install -y -qq time >&2; fi; fi
swift build -c release --static-swift-stdlib --product citegraph >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| family | MB | CPU s | user s | system s | user s/MB | user s/MB vs smallest | peak RSS MB | citations |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for f in "${families[@]}"; do
    first=""
    for mb in $sizes; do
        python3 scripts/adversarial-text.py "$f" $((mb * 1000000)) "$work/$f.txt"
        # The time goes to its own file: merged with the count on one stream, the two lines
        # came in either order.
        citations=$(/usr/bin/time -o "$work/time" -f "%U %S %M" .build/release/citegraph extract --format json "$work/$f.txt" 2>/dev/null | grep -c '"target"' || true)
        read -r user sys rss <"$work/time"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        # The ratio is of user time: the work extraction does. System time is the kernel giving
        # memory (page faults), which grows faster than the input once the citations held for
        # the report reach gigabytes.
        per=$(awk -v c="$user" -v m="$mb" 'BEGIN { printf "%.3f", c / m }')
        [[ -n $first ]] || first=$per
        ratio=$(awk -v p="$per" -v f="$first" 'BEGIN { printf "%.2f", (f > 0 ? p / f : 0) }')
        echo "| $f | $mb | $cpu | $user | $sys | $per | $ratio | $((rss / 1024)) | $citations |"
        rm -f "$work/$f.txt"
    done
done
