#!/usr/bin/env python3
"""networkx on the same edges as citegraph-bench-graph, for the ratio it prints.

Usage: bench-graph-networkx.py EDGEFILE QUERIES
EDGEFILE: int32 n, int32 m, then m int32 sources, then m int32 targets (citing -> cited).
QUERIES: comma-separated "ancestors:NODE" / "descendants:NODE" in citegraph's sense.

Direction: edges point citing -> cited. citegraph's "ancestors" (what X cites,
transitively) follows edge direction, which networkx calls nx.descendants;
citegraph's "descendants" (what cites X) is nx.ancestors.
Prints one JSON object on stdout.
"""
import gc, json, resource, sys, time
from array import array

import networkx as nx

path, queries = sys.argv[1], sys.argv[2].split(",")
with open(path, "rb") as f:
    head = array("i"); head.fromfile(f, 2)
    n, m = head
    src = array("i"); src.fromfile(f, m)
    dst = array("i"); dst.fromfile(f, m)

t0 = time.perf_counter()
g = nx.DiGraph()
g.add_nodes_from(range(n))
g.add_edges_from(zip(src, dst))
build = time.perf_counter() - t0
del src, dst
# Give networkx its best case: without this, Python's cyclic collector walks the
# 10 million edge dicts again and again during the queries.
gc.collect()
gc.freeze()

out = []
for q in queries:
    kind, node = q.split(":")
    node = int(node)
    walk = nx.descendants if kind == "ancestors" else nx.ancestors
    t0, c0 = time.perf_counter(), time.thread_time()
    reached = walk(g, node)
    out.append({"query": kind, "node": node, "reached": len(reached),
                "seconds": time.perf_counter() - t0, "cpu_seconds": time.thread_time() - c0})

print(json.dumps({"version": nx.__version__, "build_seconds": build,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "queries": out}))
