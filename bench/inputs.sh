# Shared by bench/run.sh and bench/peers.sh (sourced): finds ../shared and the work folder, and makes the inputs
# once: the floors' tiny small.tf, bench/realistic.tf, plans of 1k, 10k and 100k resources (gen_plan.py -s 42 -m 8)
# and a 2,000-file HCL tree (gen_hcl.py --files 2000 --seed 42). Inputs go to BENCH_DIR (default
# /tmp/tfguard-bench), never into the repository.
shared="${SHARED:-$(cd "$repo/.." && pwd)/shared}"
[ -d "$shared/bench" ] || shared=/work/shared
[ -f "$shared/bench/gen_plan.py" ] || { echo "bench: ../shared/bench not found (set SHARED)" >&2; exit 2; }
work="${BENCH_DIR:-/tmp/tfguard-bench}"
mkdir -p "$work"

make_inputs() {
    mkdir -p "$work/one" "$work/realistic"
    cp "$shared/bench/floors/small.tf" "$work/one/main.tf"
    cp "$repo/bench/realistic.tf" "$work/realistic/main.tf"
    local spec name
    for spec in 1k:1000 10k:10000 100k:100000; do
        name="${spec%%:*}"
        if [ ! -f "$work/plan-$name.json.expected.json" ]; then
            echo "bench: generating plan-$name.json" >&2
            python3 "$shared/bench/gen_plan.py" -n "${spec##*:}" -s 42 -m 8 -o "$work/plan-$name.json" 2>/dev/null
        fi
    done
    if [ ! -f "$work/hcl-2000/expected.json" ]; then
        echo "bench: generating hcl-2000" >&2
        rm -rf "$work/hcl-2000"
        python3 "$shared/bench/gen_hcl.py" --files 2000 --seed 42 --out "$work/hcl-2000" >/dev/null 2>&1
    fi
}
