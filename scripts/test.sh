#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then runs
# `swift test`. Tests that need ../shared (the reference corpus) skip where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --browser
swift build --product citegraph
swift test "$@"
