#!/usr/bin/env bash
# Fuzzes one target with Jazzer for FuzzSettings.MAX_DURATION (src/test/java/dev/tfguard/fuzz/FuzzSettings.java).
#   bench/fuzz.sh PlanLoaderFuzzTest|HclParserFuzzTest|ScanFuzzTest
# New corpus entries go to .cifuzz-corpus/ (not committed); a crashing input is written to the target's inputs
# folder under src/test/resources, where plain `mvn test` replays it from then on. The plan target's corpus is
# seeded from ../shared/corpus/plans (the HCL targets from ../shared/hcl-corpus) when it is beside the
# checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/fuzz.sh PlanLoaderFuzzTest|HclParserFuzzTest|ScanFuzzTest}
shared=${SHARED:-../shared}
corpus=.cifuzz-corpus/dev.tfguard.fuzz.$target
case $target in
  PlanLoaderFuzzTest) method=loadsAnyBytes; from=corpus/plans ;;
  HclParserFuzzTest) method=parsesAnyBytes; from=hcl-corpus/files ;;
  ScanFuzzTest) method=scansAnyTerraformFile; from=hcl-corpus/files ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
mkdir -p "$corpus/$method"
if [ -d "$shared/$from" ]; then
  # small seeds only: libFuzzer's input length limit follows the largest seed
  find "$shared/$from" -type f \( -name '*.json' -o -name '*.tf' \) -size -32k -print0 |
    while IFS= read -r -d '' s; do cp "$s" "$corpus/$method/$(echo "$s" | md5sum | cut -c1-16)"; done
fi
JAZZER_FUZZ=1 exec nice -n 10 mvn -B -ntp test -Dtest="dev.tfguard.fuzz.$target" -Dsurefire.failIfNoSpecifiedTests=false
