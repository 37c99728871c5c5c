#!/usr/bin/env bash
# Builds one fuzz target of Tests/Fuzz with libFuzzer and AddressSanitizer and runs it.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]   # TARGET: decode extract writers svg pdf akn, or all
#   scripts/fuzz.sh --list
#   FUZZ_ASAN=0 scripts/fuzz.sh TARGET SECONDS ...            # libFuzzer alone, no AddressSanitizer
#
# The library modules are compiled once into .build-fuzz (instrumented for coverage and
# ASan) and reused while their sources do not change. The corpus grows in
# .build-fuzz/corpus/TARGET, starting from seeds the project writes itself
# (Samples/, scripts/adversarial-text.py, the small files Tests/Fuzz/Seeds/make-seeds.py writes).
# A crash, a sanitizer report, a broken invariant or a timeout ends the run with status 1
# and the input in .build-fuzz/artifacts/TARGET/. If this toolchain cannot build a fuzzer
# (libFuzzer ships with Swift on Linux, not on macOS), it says so and exits 0 so CI skips.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.build-fuzz
# FUZZ_ASAN=0 builds without AddressSanitizer, into a folder of its own. The svg and pdf targets
# spend most of their time in Graphviz and poppler, uninstrumented C whose every malloc ASan still
# intercepts and records. From the same 4,000 inputs (-runs=4000 -seed=3): svg 670 → 1,333 and
# pdf 400 → 800 executions per second; and a 30 s run without it found a bug the ASan runs had not
# (U+FFFF in the SVG). The Swift code those targets drive is fuzzed with ASan by the other
# targets; CI runs the ASan builds.
ASAN=address
if [[ ${FUZZ_ASAN:-1} == 0 ]]; then OUT=$ROOT/.build-fuzz-noasan ASAN=; fi
TARGETS=(decode extract writers svg pdf)
[[ -f Tests/Fuzz/akn.swift ]] && TARGETS+=(akn)

if [[ ${1:-} == --list ]]; then printf '%s\n' "${TARGETS[@]}"; exit 0; fi
if [[ $# -lt 2 ]]; then sed -n '2,14p' "$0"; exit 2; fi
TARGET=$1 SECONDS_TO_RUN=$2; shift 2
if [[ $TARGET == all ]]; then
    status=0
    for t in "${TARGETS[@]}"; do "$0" "$t" "$SECONDS_TO_RUN" "$@" || status=1; done
    exit $status
fi
[[ " ${TARGETS[*]} " == *" $TARGET "* ]] || { echo "fuzz.sh: no target '$TARGET' (targets: ${TARGETS[*]})" >&2; exit 2; }

mkdir -p "$OUT"
SWIFTC=${SWIFTC:-swiftc}
FLAGS=(-sanitize=fuzzer${ASAN:+,$ASAN} -O -gline-tables-only -parse-as-library -enable-testing -swift-version 6 -package-name citegraph -I "$OUT" -L "$OUT")
# The library modules get edge coverage without comparison tracing: tracing every byte
# comparison of the scanners' loops halved the rate (210 against 400 executions per second of
# the extract target, same inputs). The words those comparisons look for come from the
# dictionaries in Tests/Fuzz/Seeds instead. The harness itself keeps -sanitize=fuzzer.
LIBFLAGS=(-sanitize=${ASAN:-fuzzer} -sanitize-coverage=edge,inline-8bit-counters,pc-table -O -gline-tables-only -parse-as-library
          -enable-testing -swift-version 6 -package-name citegraph -I "$OUT" -L "$OUT")
# Libraries built with other flags are rebuilt.
if [[ $(cat "$OUT/.libflags" 2>/dev/null) != "${LIBFLAGS[*]}" ]]; then
    mkdir -p "$OUT"; rm -f "$OUT"/lib*.a; printf '%s' "${LIBFLAGS[*]}" > "$OUT/.libflags"
fi

# Can this toolchain build a fuzzer at all? A tiny target says, once.
if [[ ! -f $OUT/.toolchain-ok ]]; then
    probe=$OUT/probe
    printf '@_cdecl("LLVMFuzzerTestOneInput") public func f(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }\n' > "$probe.swift"
    if ! "$SWIFTC" -sanitize=fuzzer,address -parse-as-library "$probe.swift" -o "$probe" >"$probe.log" 2>&1 || ! "$probe" -runs=1 >>"$probe.log" 2>&1; then
        echo "fuzz.sh: this toolchain cannot build libFuzzer targets (swiftc -sanitize=fuzzer,address); skipping '$TARGET'."
        echo "fuzz.sh: $(tail -1 "$probe.log")"
        exit 0
    fi
    touch "$OUT/.toolchain-ok"
fi

# module NAME SOURCE_DIR [swiftc options...]: a static library of one library target, rebuilt
# when its sources (or, for the others, CiteGraph's library) are newer than it.
module() {
    local name=$1 dir=$2; shift 2
    local lib=$OUT/lib$name.a
    if [[ -f $lib && -z $(find "$dir" -name '*.swift' -not -path '*.docc/*' -newer "$lib" | head -1) ]] \
        && [[ $name == CiteGraph || ! $OUT/libCiteGraph.a -nt $lib ]]; then return; fi
    echo "fuzz.sh: compiling $name (instrumented)"
    rm -f "$lib"
    nice -n 10 "$SWIFTC" "${LIBFLAGS[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
        -emit-library -static -o "$lib" $(find "$dir" -name '*.swift' -not -path '*.docc/*' | sort) "$@" 2>&1 | grep -v 'Cannot export local symbol' || true
    [[ -f $lib ]] || { echo "fuzz.sh: $name did not compile" >&2; exit 1; }
}
module CiteGraph Sources/CiteGraph
LINK=(-lCiteGraph)
case $TARGET in
writers | svg)
    module CiteGraphRendering Sources/CiteGraphRendering -I Sources/CGraphviz $(pkg-config --cflags-only-I libgvc | sed 's/-I/-Xcc -I/g')
    LINK+=(-lCiteGraphRendering -I Sources/CGraphviz -lgvc -lcgraph -lcdt) ;;
pdf)
    module CiteGraphPDF Sources/CiteGraphPDF -I Sources/CPoppler $(pkg-config --cflags-only-I poppler-glib | sed 's/-I/-Xcc -I/g')
    LINK+=(-lCiteGraphPDF -I Sources/CPoppler $(pkg-config --libs poppler-glib)) ;;
esac

binary=$OUT/fuzz-$TARGET
if [[ ! -x $binary || -n $(find Tests/Fuzz Tests/CiteGraphTestSupport/SpanText.swift "$OUT" -maxdepth 1 \( -name '*.swift' -o -name '*.a' \) -newer "$binary" | head -1) ]]; then
    echo "fuzz.sh: linking $TARGET"
    rm -f "$binary"
    nice -n 10 "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_$TARGET" Tests/Fuzz/FuzzSupport.swift Tests/CiteGraphTestSupport/SpanText.swift "Tests/Fuzz/$TARGET.swift" \
        "${LINK[@]}" -o "$binary" 2>&1 | grep -v 'Cannot export local symbol' || true
    [[ -x $binary ]] || { echo "fuzz.sh: $TARGET did not link" >&2; exit 1; }
fi

# Seeds: the project's own texts and generated adversarial lines, small hand-written files.
corpus=$OUT/corpus/$TARGET seeds=$OUT/seeds/$TARGET
mkdir -p "$corpus" "$seeds" "$OUT/artifacts/$TARGET"
if [[ -z $(ls -A "$seeds") ]]; then
    python3 Tests/Fuzz/Seeds/make-seeds.py "$TARGET" "$seeds"
    if [[ $TARGET != pdf && $TARGET != akn ]]; then
        python3 scripts/adversarial-text.py --seeds "$seeds" --size 1000
        split -b 1000 -a 3 Samples/A_RES_67_195.txt "$seeds/sample-"
    fi
fi

case $TARGET in
decode | extract) MAXLEN=1024 ;;
writers) MAXLEN=1024 ;;
svg) MAXLEN=512 ;;
pdf | akn) MAXLEN=4096 ;;
*) MAXLEN=4096 ;;
esac
# The writers and svg targets count an edge once, not how often it ran (-use_counters=0): their
# code is escaping and formatting, whose paths matter and whose loop counts do not, and
# tracking hit counts was most of libFuzzer's own work there (the rare-feature bookkeeping of
# 43,000 features against 12,000 edges). From the same 1,295 inputs, 120 s each (seed 5):
# writers 579 executions per second and 11,459 edges with counts, 943 and 12,048 without. The
# text targets keep counts: how far a scanner's loop ran is what the linear-time checks watch.
TUNE=()
case $TARGET in writers | svg) TUNE=(-use_counters=0) ;; esac
# The Swift runtime's own crash handler would print a second, misleading ASan report
# ("unknown-crash … memserver_read") after every finding; libFuzzer and ASan report enough.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:malloc_context_size=2}
# -detect_leaks=0, for the kept inputs and the run alike: LeakSanitizer is off (ASAN_OPTIONS), yet
# libFuzzer still ran every input that left more mallocs than frees a second time to look for a
# leak, so inputs given as files and a corpus being loaded ran twice: the svg target's 340 inputs
# took 1,305 executions and 4.0 s to load, 693 and 2.3 s without.
NO_LEAK_RERUN=(-detect_leaks=0)
# The inputs earlier runs found (Tests/Fuzz/Regressions/TARGET-*) run once first: a fix that
# comes undone fails here, before any fuzzing.
shopt -s nullglob
regressions=(Tests/Fuzz/Regressions/"$TARGET"-*)
shopt -u nullglob
if [[ ${#regressions[@]} -gt 0 ]]; then
    if ! "$binary" "${NO_LEAK_RERUN[@]}" "${regressions[@]}" >"$OUT/regressions-$TARGET.log" 2>&1; then
        echo "fuzz.sh: $TARGET FAILED on a kept input of Tests/Fuzz/Regressions:" >&2
        grep -a -E 'Running:|invariant|ERROR|SUMMARY' "$OUT/regressions-$TARGET.log" | head -5 >&2
        exit 1
    fi
    echo "fuzz.sh: $TARGET passes its ${#regressions[@]} kept regression input(s)"
fi
echo "fuzz.sh: running $TARGET for $SECONDS_TO_RUN s (max_len $MAXLEN)"
log=$OUT/fuzz-$TARGET.log
set +e
DICT=()
[[ -f Tests/Fuzz/Seeds/$TARGET.dict ]] && DICT=(-dict="Tests/Fuzz/Seeds/$TARGET.dict")
# -reload=0: one process owns its corpus folder, and re-reading it every second (a stat per file)
# was 5% of the extract target's time once the folder held 3,800 inputs.
"$binary" -max_total_time="$SECONDS_TO_RUN" -max_len=$MAXLEN -timeout=10 -rss_limit_mb=2048 "${NO_LEAK_RERUN[@]}" -reload=0 -print_final_stats=1 "${DICT[@]}" \
    -artifact_prefix="$OUT/artifacts/$TARGET/" "${TUNE[@]}" "$@" "$corpus" "$seeds" >"$log" 2>&1
status=$?
set -e
grep -a -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed "s/^/fuzz.sh: $TARGET /"
if [[ $status -ne 0 ]]; then
    echo "fuzz.sh: $TARGET FAILED (status $status); the input is in $OUT/artifacts/$TARGET/:" >&2
    grep -a -E 'ERROR|invariant|SUMMARY|Fatal|timeout|deadly' "$log" | head -5 >&2
    exit 1
fi
echo "fuzz.sh: $TARGET: no crash, no sanitizer report, no timeout"
