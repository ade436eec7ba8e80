#!/usr/bin/env bash
# Whole-process benchmarks of tfguard against its floors, printed as one table (docs/performance.md). Every floor
# is measured twice: with the JVM's default flags, and with exactly the flags bin/tfguard gives tfguard for that
# input (the "same-flag floor", which the targets are ratios of):
#   - one-file scans through bin/tfguard (as the pre-commit hook runs it) / `java -version`, JDK 17 and 25: the
#     realistic bench/realistic.tf and the floors' tiny small.tf
#   - plans of 1k, 10k and 100k resources (gen_plan.py -s 42 -m 8) with -Xmx256m / bench.JsonFloor hybrid:
#     the launcher against the same-flag floor, and `java -jar` against the floor, both with default flags; peak
#     RSS, and the findings checked against the generator's expected.json
#   - whole scans of gen_hcl.py --files 2000 and of the HCL corpus folder (<= 2 s, CPU time / wall time)
#
#   bench/run.sh                 all of it (about 5 minutes on 2 cores)
#   ONLY=startup bench/run.sh    one group: startup, plans, hcl (comma-separated)
#
# Needs python3, javac, and ../shared (the generators and bench/floors/JsonFloor.java). Inputs and archives go to
# BENCH_DIR (default /tmp/tfguard-bench), never into the repository. J17 and J25 name the java binaries (J25
# defaults to /usr/lib/jvm/temurin-25-jdk-amd64/bin/java when it exists; J25= skips it). Rounds: STARTUP_ROUNDS,
# PLAN_ROUNDS, BIG_ROUNDS. The jar is built when missing; BUILD=1 rebuilds it.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/inputs.sh
. "$repo/bench/inputs.sh"

j17="${J17:-$(command -v java)}"
j17="$(readlink -f "$j17")"
if [ -z "${J25+set}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
j25="${J25:-}"

jar="$repo/target/tfguard.jar"
if [ "${BUILD:-}" = 1 ] || [ ! -f "$jar" ]; then
    (cd "$repo" && mvn -q -B -ntp -o package -DskipTests)
fi

# The floor: bench.JsonFloor from ../shared/bench/floors, compiled against the Jackson release tfguard ships
# (the jars from the local Maven repository when there, else those inside tfguard.jar).
floor="$work/floor"
m2="${HOME:-/root}/.m2/repository/com/fasterxml/jackson/core"
jackson_version=2.22.3
jackson="$m2/jackson-core/$jackson_version/jackson-core-$jackson_version.jar:$m2/jackson-databind/$jackson_version/jackson-databind-$jackson_version.jar"
annotations="$(ls "$m2"/jackson-annotations/2.22*/jackson-annotations-*.jar 2>/dev/null | head -1 || true)"
if [ -f "${jackson%%:*}" ] && [ -n "$annotations" ]; then
    jackson="$jackson:$annotations"
else
    jackson="$jar"
fi
if [ ! -f "$floor/bench/JsonFloor.class" ]; then
    mkdir -p "$floor"
    javac --release 17 -cp "$jackson" -d "$floor" "$shared/bench/floors/src/main/java/bench/JsonFloor.java"
fi

make_inputs

args=(--work "$work" --launcher "$repo/bin/tfguard" --jar "$jar" --floor-cp "$floor:$jackson" --j17 "$j17"
      --only "${ONLY:-startup,plans,hcl}")
[ -n "$j25" ] && args+=(--j25 "$j25")
[ -d "$shared/hcl-corpus/files" ] && args+=(--hcl-corpus "$shared/hcl-corpus/files")
[ -n "${STARTUP_ROUNDS:-}" ] && args+=(--startup-rounds "$STARTUP_ROUNDS")
[ -n "${PLAN_ROUNDS:-}" ] && args+=(--plan-rounds "$PLAN_ROUNDS")
[ -n "${BIG_ROUNDS:-}" ] && args+=(--big-rounds "$BIG_ROUNDS")
TFGUARD_JAR="$jar" exec python3 "$repo/bench/harness.py" "${args[@]}"
