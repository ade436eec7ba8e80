#!/usr/bin/env bash
# Runs the packaged jar once per input over every file in ../shared/corpus/plans, over plans and source trees
# made by ../shared/bench/gen_plan.py and gen_hcl.py, and over the fuzz corpus (the stored inputs under
# src/test/resources/dev/tfguard/fuzz, plus a sample of .cifuzz-corpus/ when a fuzzing run left one), each with a
# time limit, and prints how many inputs were tried, scanned, failed cleanly, crashed or hung. See
# docs/robustness.md.
#
#   mvn -q -B -ntp package -DskipTests && bench/robustness.sh
#
# Settings (environment): TOOL (default "java -jar target/tfguard.jar"), SHARED (default ../shared), TIMEOUT
# seconds per input (default 120), SAMPLE inputs per fuzz target taken from .cifuzz-corpus (default 150), LARGE=1
# to add a 100,000-resource plan (395 MB, written to a temporary folder and removed).
#
# An input is
#   scanned          exit 0 or 1, nothing on stderr but "tfguard: " lines
#   failed cleanly   exit 3, and every stderr line is "tfguard: FILE[:LINE]: message" or a warning
#   crashed          exit 2 or 4, any other exit, a stack trace, or a stderr line tfguard did not write
#   hung             still running after TIMEOUT seconds
# The script exits 1 when anything crashed or hung.
set -uo pipefail
cd "$(dirname "$0")/.."
TOOL=${TOOL:-java -jar target/tfguard.jar}
SHARED=${SHARED:-../shared}
TIMEOUT=${TIMEOUT:-120}
SAMPLE=${SAMPLE:-150}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tried=0 scanned=0 clean=0 crashed=0 hung=0
problems=()

# run LABEL PATH...: one tfguard run, classified
run() {
  local label=$1 code err
  shift
  err="$work/stderr"
  timeout --signal=KILL "$TIMEOUT" $TOOL --format json "$@" > /dev/null 2> "$err"
  code=$?
  tried=$((tried + 1))
  if [ "$code" -eq 137 ] || [ "$code" -eq 124 ]; then
    hung=$((hung + 1)); problems+=("hung: $label"); return
  fi
  if grep -qvE '^tfguard: ' "$err" || grep -q 'internal error' "$err"; then
    crashed=$((crashed + 1)); problems+=("crashed (exit $code, stderr: $(head -c 200 "$err" | tr '\n' ' ')): $label")
    return
  fi
  case $code in
    0|1) scanned=$((scanned + 1)) ;;
    3) if grep -vE '^tfguard: warning: ' "$err" | grep -qvE '^tfguard: [^:]+(:[0-9]+)?: .+'; then
         crashed=$((crashed + 1)); problems+=("malformed error line: $label")
       else
         clean=$((clean + 1))
       fi ;;
    *) crashed=$((crashed + 1)); problems+=("crashed (exit $code): $label") ;;
  esac
}

# a fuzz input as the file its target reads: plan.json, or main.tf in a folder of its own
run_as() {
  local name=$1 input=$2 dir="$work/in"
  rm -rf "$dir" && mkdir -p "$dir"
  cp "$input" "$dir/$name" 2> /dev/null || return 0 # taken away meanwhile by a fuzzer still running
  if [ "$name" = plan.json ]; then run "$input" "$dir/$name"; else run "$input" "$dir"; fi
}

start=$(date +%s)

# 1. every file of the shared plan corpus, whatever it is (the .source.txt sidecars are not plans: exit 3)
corpus_count=0
if [ -d "$SHARED/corpus/plans" ]; then
  for f in "$SHARED"/corpus/plans/*; do
    run "$f" "$f"; corpus_count=$((corpus_count + 1))
  done
fi

# 2. generated inputs
generated_count=0
if [ -f "$SHARED/bench/gen_plan.py" ] && command -v python3 > /dev/null; then
  sizes="100:1:0 1000:2:4 10000:42:8"
  [ "${LARGE:-0}" = 1 ] && sizes="$sizes 100000:42:8"
  for s in $sizes; do
    IFS=: read -r n seed modules <<< "$s"
    python3 "$SHARED/bench/gen_plan.py" -n "$n" -s "$seed" -m "$modules" -o "$work/plan-$n.json" 2> /dev/null
    run "gen_plan.py -n $n -s $seed -m $modules" "$work/plan-$n.json"
    rm -f "$work/plan-$n.json" "$work/plan-$n.json.expected.json"
    generated_count=$((generated_count + 1))
  done
  for seed in 1 7 42; do
    python3 "$SHARED/bench/gen_hcl.py" --files 40 --resources-per-file 25 --seed "$seed" --out "$work/tree" \
      > /dev/null 2>&1
    run "gen_hcl.py --seed $seed" "$work/tree"
    rm -rf "$work/tree"
    generated_count=$((generated_count + 1))
  done
fi

# 3. the fuzz corpus: stored inputs, then a seeded sample of what fuzzing found
fuzz_count=0
fuzz() {
  local target=$1 name=$2 f
  for f in src/test/resources/dev/tfguard/fuzz/"$target"Inputs/*/*; do
    [ -f "$f" ] && { run_as "$name" "$f"; fuzz_count=$((fuzz_count + 1)); }
  done
  if [ -d ".cifuzz-corpus/dev.tfguard.fuzz.$target" ]; then
    while IFS= read -r f; do
      run_as "$name" "$f"; fuzz_count=$((fuzz_count + 1))
    done < <(find ".cifuzz-corpus/dev.tfguard.fuzz.$target" -type f | sort | shuf -n "$SAMPLE" --random-source=<(yes))
  fi
}
fuzz PlanLoaderFuzzTest plan.json
fuzz HclParserFuzzTest main.tf
fuzz ScanFuzzTest main.tf

for p in "${problems[@]}"; do echo "$p"; done
echo "corpus plans: $corpus_count, generated: $generated_count, fuzz corpus: $fuzz_count"
echo "inputs tried: $tried, scanned: $scanned, failed cleanly (exit 3): $clean, crashed: $crashed, hung: $hung" \
  "($(( $(date +%s) - start )) s, timeout ${TIMEOUT} s per input)"
[ "$crashed" -eq 0 ] && [ "$hung" -eq 0 ]
