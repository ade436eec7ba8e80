#!/usr/bin/env bash
# What single start-up steps cost in a fresh JVM (dev.tfguard.engine.StartupCosts in the JMH jar), each step run
# ROUNDS times interleaved with the others, with a class-data archive made for the step set and the launcher's
# short-run flags; prints the median wall time of each step in milliseconds. Build first: mvn -Pjmh -DskipTests package
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$repo/target/tfguard-benchmarks.jar"
[ -f "$jar" ] || { echo "startup-costs: build with mvn -Pjmh -DskipTests package" >&2; exit 2; }
java="${JAVA:-java}"
rounds="${ROUNDS:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
steps=(nothing yaml-catalog compiled-catalog object-mapper yaml-factory picocli fast-path)
flags=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)
for s in "${steps[@]}"; do
    "$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$work/$s.jsa" -cp "$jar" dev.tfguard.engine.StartupCosts "$s" \
        >/dev/null 2>&1
done
for _ in $(seq "$rounds"); do
    for s in "${steps[@]}"; do
        "$java" "${flags[@]}" -XX:SharedArchiveFile="$work/$s.jsa" -Xlog:cds=off -cp "$jar" \
            dev.tfguard.engine.StartupCosts "$s" >> "$work/out"
    done
done
python3 - "$work/out" <<'PY'
import statistics, sys, collections
d = collections.defaultdict(list)
for line in open(sys.argv[1]):
    step, us = line.split()[:2]
    d[step].append(int(us) / 1000)
for step, xs in d.items():
    print("%-18s %7.1f ms  (median of %d; min %.1f)" % (step, statistics.median(xs), len(xs), min(xs)))
PY
