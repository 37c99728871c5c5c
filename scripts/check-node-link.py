#!/usr/bin/env python3
"""Loads citegraph's JSON export with a plain networkx call and compares it with the GraphML.

Usage: check-node-link.py GRAPH.json GRAPH.graphml

The JSON must load with `nx.node_link_graph(json.load(f))`, networkx's defaults
and nothing else, as a directed graph that is not a multigraph, and give the
same nodes, the same edges and the same edge weights (citation counts) and
node attributes as `nx.read_graphml` gives from the GraphML of the same
selection. Exits non-zero with the first difference on stderr.
"""
import json
import sys

import networkx as nx


def main() -> int:
    json_path, graphml_path = sys.argv[1], sys.argv[2]
    with open(json_path, encoding="utf-8") as f:
        from_json = nx.node_link_graph(json.load(f))
    from_graphml = nx.read_graphml(graphml_path)
    problems = []
    if not from_json.is_directed() or from_json.is_multigraph():
        problems.append(f"JSON loads as directed={from_json.is_directed()} multigraph={from_json.is_multigraph()}")
    if set(from_json.nodes) != set(from_graphml.nodes):
        problems.append(f"nodes differ: {sorted(set(from_json.nodes) ^ set(from_graphml.nodes))[:5]}")
    if set(from_json.edges) != set(from_graphml.edges):
        problems.append(f"edges differ: {sorted(set(from_json.edges) ^ set(from_graphml.edges))[:5]}")
    for source, target, data in from_json.edges(data=True):
        if not from_graphml.has_edge(source, target):
            continue
        other = from_graphml.edges[source, target]
        if data.get("weight") != other.get("weight") or data["weight"] != len(data.get("occurrences", [])):
            problems.append(f"edge {source} -> {target}: weight {data.get('weight')} in JSON, {other.get('weight')} in GraphML")
        if data.get("relation") != other.get("relation"):
            problems.append(f"edge {source} -> {target}: relation {data.get('relation')} vs {other.get('relation')}")
    for node, data in from_json.nodes(data=True):
        if node not in from_graphml:
            continue
        other = from_graphml.nodes[node]
        for key in ("symbol", "kind", "year", "read", "url", "adopted"):
            if data.get(key) is not None and data.get(key) != other.get(key):
                problems.append(f"node {node}: {key} {data.get(key)!r} in JSON, {other.get(key)!r} in GraphML")
    if problems:
        for problem in problems[:10]:
            print(f"{json_path}: {problem}", file=sys.stderr)
        return 1
    print(f"{json_path}: {from_json.number_of_nodes()} nodes, {from_json.number_of_edges()} edges, "
          f"the same as the GraphML, read by networkx {nx.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
