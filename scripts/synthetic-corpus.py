#!/usr/bin/env python3
"""Writes a synthetic corpus of N General Assembly resolution texts for benchmarks.

Usage: synthetic-corpus.py N OUTDIR [SEED] [MAX_EXTRA]

Deterministic for a seed. Resolutions are spread over 80 sessions from the 31st
(years 1976-2055; the Assembly has numbered by session only since its 31st); each cites one to four older ones: the previous resolution of its
own series (as real resolutions recall last year's) and popular older ones
(in-degree skewed like real citations): up to MAX_EXTRA of those (default 3,
about 2.5 citations a document; 18 gives about 10, the shape of the 1M-document,
10M-citation scale run in docs/PERFORMANCE.md). The texts use the wording the
extractor reads, so `citegraph` builds the graph from them like any corpus.
"""
import math
import os
import random
import sys

MONTH_DAY = "20 December"
FIRST = 31  # the first session the Assembly numbered "31/1"
VERBS = ["Recalling its resolution", "Reaffirming its resolution", "Taking note of its resolution",
         "Recalling also its resolution"]


def main() -> int:
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    max_extra = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    per_session = math.ceil(n / 80)
    os.makedirs(out, exist_ok=True)
    cited = []  # every citation target so far: picking from it favours the already popular
    for i in range(n):
        session, number = FIRST + i // per_session, 1 + i % per_session
        year = 1945 + session
        targets = set()
        if session > FIRST:
            targets.add(i - per_session)  # the same series, a session earlier
        for _ in range(rng.randint(0, max_extra)):
            if i == 0:
                break
            pool = cited if cited and rng.random() < 0.7 else range(i)
            t = rng.choice(pool)
            if t < i and FIRST + (t // per_session) < session - 1:
                targets.add(t)
        lines = [f"Resolution adopted by the General Assembly on {MONTH_DAY} {year}",
                 f"{session}/{number}.\tSynthetic series {number}",
                 "\tThe General Assembly,"]
        for k, t in enumerate(sorted(targets)):
            ts, tn = FIRST + t // per_session, 1 + t % per_session
            lines.append(f"\t{VERBS[k % len(VERBS)]} {ts}/{tn} of {MONTH_DAY} {1945 + ts},")
            cited.append(t)
        lines.append("\t1.\tDecides to remain seized of the matter.")
        with open(os.path.join(out, f"A_RES_{session}_{number}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
