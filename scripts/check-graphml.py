#!/usr/bin/env python3
"""Reads a GraphML file written by citegraph with networkx and checks it.

Usage: check-graphml.py FILE [NODES EDGES]

Exits non-zero, with the reason on stderr, when networkx cannot parse the file,
when the node or edge counts differ from those given, or when a node lacks the
typed attributes Gephi and yEd filter on (symbol, read, url) or an edge its relation.
"""
import sys

import networkx as nx


def main() -> int:
    path = sys.argv[1]
    graph = nx.read_graphml(path)
    if not graph.is_directed():
        print(f"{path}: graph is not directed", file=sys.stderr)
        return 1
    if len(sys.argv) >= 4:
        nodes, edges = int(sys.argv[2]), int(sys.argv[3])
        if graph.number_of_nodes() != nodes or graph.number_of_edges() != edges:
            print(f"{path}: {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges, "
                  f"expected {nodes} and {edges}", file=sys.stderr)
            return 1
    for node, data in graph.nodes(data=True):
        if data.get("symbol") != node:
            print(f"{path}: node {node!r} has symbol {data.get('symbol')!r}", file=sys.stderr)
            return 1
        if not isinstance(data.get("read"), bool) or not str(data.get("url", "")).startswith("https://undocs.org/"):
            print(f"{path}: node {node!r} lacks typed read/url attributes: {data}", file=sys.stderr)
            return 1
        if "year" in data and not isinstance(data["year"], int):
            print(f"{path}: node {node!r} has a year that is not an int", file=sys.stderr)
            return 1
    for source, target, data in graph.edges(data=True):
        if not data.get("relation") or not isinstance(data.get("occurrences"), int):
            print(f"{path}: edge {source!r} -> {target!r} lacks relation/occurrences: {data}", file=sys.stderr)
            return 1
    print(f"{path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, read by networkx {nx.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
