#!/usr/bin/env python3
"""Counts the public declarations of the libraries that have no doc comment.

Usage: scripts/count-undocumented.py [--list] [--max N]

Dumps the symbol graphs (`swift package dump-symbol-graph`, public symbols,
synthesized members and inherited docs left out) and counts, per library
module, the public declarations written in this package whose doc comment is
missing. A declaration that implements a protocol requirement of another
module (`description`, `encode(to:)`, `errorDescription`) counts too: its
comment should say why this type answers as it does. `--list` prints each
undocumented declaration with its file and line; `--max N` exits 1 when more
than N are undocumented (0 in CI keeps every new public API documented).
"""
import json
import os
import subprocess
import sys

MODULES = ["CiteGraph", "CiteGraphPDF", "CiteGraphRendering"]


def main() -> int:
    listing = "--list" in sys.argv
    limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else None
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run(["swift", "package", "dump-symbol-graph", "--skip-synthesized-members",
                          "--skip-inherited-docs", "--minimum-access-level", "public"],
                         cwd=root, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stdout + out.stderr, file=sys.stderr)
        return 2
    directory = next((line.split("Files written to ", 1)[1].strip() for line in out.stdout.splitlines()
                      if "Files written to " in line), None)
    if directory is None:
        print("could not find the symbol graph directory in:\n" + out.stdout, file=sys.stderr)
        return 2
    total = missing = 0
    rows = []
    for module in MODULES:
        path = os.path.join(directory, f"{module}.symbols.json")
        if not os.path.exists(path):
            continue
        graph = json.load(open(path, encoding="utf-8"))
        seen = set()
        for symbol in graph["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            location = symbol.get("location", {})
            uri = location.get("uri", "")
            if root not in uri:
                continue  # declared elsewhere
            key = (uri, location.get("position", {}).get("line"), tuple(symbol["pathComponents"]))
            if key in seen:
                continue
            seen.add(key)
            total += 1
            if not symbol.get("docComment", {}).get("lines"):
                missing += 1
                rel = os.path.relpath(uri.replace("file://", ""), root)
                rows.append(f"{rel}:{location.get('position', {}).get('line', 0) + 1}: "
                            f"{'.'.join(symbol['pathComponents'])} ({symbol['kind']['displayName']})")
    if listing:
        print("\n".join(sorted(rows)))
    print(f"{missing} of {total} public declarations of {', '.join(MODULES)} have no doc comment")
    return 1 if limit is not None and missing > limit else 0


if __name__ == "__main__":
    sys.exit(main())
