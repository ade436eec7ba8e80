#!/usr/bin/env bash
# tfguard beside Checkov and Trivy, on the same inputs, interleaved (bench/peers.py prints the tables):
#   - speed: one realistic .tf file (bench/realistic.tf), a real module example
#     (testdata/realworld/terraform-aws-modules_terraform-aws-elasticache/examples/redis-replication-group), the
#     shared HCL corpus folder, gen_hcl.py --files 2000, and plans of 1k, 10k and 100k resources; wall time, CPU
#     time and peak RSS, and the peers' multiples of tfguard's
#   - findings agreement on ../shared/corpus/peers, each peer's results mapped through tfguard's aliases
#
#   bench/peers.sh                     both tables (the peers take many minutes on the large inputs)
#   ONLY=agreement bench/peers.sh      one table: speed, agreement
#   INPUTS=plan,one bench/peers.sh     only the speed rows whose label contains one of these words
#
# The peers are installed when missing, pinned, into PEERS_DIR (default ${XDG_CACHE_HOME:-~/.cache}/tfguard-peers):
# Checkov from PyPI into a virtual environment, Trivy with go install (GOEXPERIMENT=jsonv2, which Trivy needs with
# Go 1.26). Both then run offline: Trivy with --skip-check-update (and --skip-version-check, --disable-telemetry) uses the checks embedded in
# its binary, Checkov with --skip-download. tfguard runs through bin/tfguard, as users run it (its class-data
# archive in BENCH_DIR/cache). ROUNDS (default 5) rounds for the one file and the module, BIG_ROUNDS
# (default 1) for the rest; a peer run longer than PEER_TIMEOUT seconds (default 300) is stopped and shown as
# "> N s". Inputs go to BENCH_DIR (default /tmp/tfguard-bench), as for bench/run.sh.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/inputs.sh
. "$repo/bench/inputs.sh"

checkov_version=3.3.30
trivy_version=v0.74.0
peers="${PEERS_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/tfguard-peers}"
checkov="$peers/checkov-$checkov_version/bin/checkov"
trivy="$peers/trivy-$trivy_version/trivy"
mkdir -p "$peers"

if [ ! -x "$checkov" ]; then
    echo "peers: installing Checkov $checkov_version into $peers" >&2
    rm -rf "$peers/checkov-$checkov_version"
    python3 -m venv "$peers/checkov-$checkov_version"
    "$peers/checkov-$checkov_version/bin/pip" install -q "checkov==$checkov_version"
fi
if [ ! -x "$trivy" ]; then
    echo "peers: installing Trivy $trivy_version into $peers (go install: several minutes)" >&2
    command -v go > /dev/null || { echo "peers: Trivy is built with go install: install Go 1.24 or later" >&2; exit 2; }
    GOBIN="$peers/trivy-$trivy_version" GOEXPERIMENT=jsonv2 \
        go install "github.com/aquasecurity/trivy/cmd/trivy@$trivy_version"
fi

jar="$repo/target/tfguard.jar"
if [ "${BUILD:-}" = 1 ] || [ ! -f "$jar" ]; then
    (cd "$repo" && mvn -q -B -ntp -o package -DskipTests)
fi
make_inputs

args=(--work "$work" --launcher "$repo/bin/tfguard" --checkov "$checkov" --trivy "$trivy"
      --trivy-cache "$peers/trivy-cache" --trivy-version "$trivy_version"
      --module "$repo/testdata/realworld/terraform-aws-modules_terraform-aws-elasticache/examples/redis-replication-group"
      --only "${ONLY:-speed,agreement}" --timeout "${PEER_TIMEOUT:-300}" --rounds "${ROUNDS:-5}"
      --big-rounds "${BIG_ROUNDS:-1}" --inputs "${INPUTS:-}")
[ -d "$shared/hcl-corpus/files" ] && args+=(--hcl-corpus "$shared/hcl-corpus/files")
[ -d "$shared/corpus/peers" ] && args+=(--corpus "$shared/corpus/peers" --score "$shared/corpus/score.py")
TFGUARD_JAR="$jar" exec python3 "$repo/bench/peers.py" "${args[@]}"
