#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then runs
# `swift test`. Tests that need ../shared (the reference corpus) skip where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --browser
swift build --product citegraph
swift test "$@"
# How many public declarations of the libraries lack a doc comment (0 when this was written);
# `--max 0` makes it fail instead of report.
if [ $# -eq 0 ] && command -v python3 >/dev/null 2>&1; then python3 scripts/count-undocumented.py || echo "scripts/count-undocumented.py could not count" >&2; fi
