#!/usr/bin/env bash
# Checks this repository's pre-commit hooks with the real pre-commit tool: in a throwaway git repository holding
# an insecure and a secure Terraform file, `pre-commit try-repo` must fail on the first and pass on the second.
#
# Runs the `tfguard` hook (Maven build on first use, into a fresh cache) and then the `tfguard-system` hook
# against the jar that build produced. The `tfguard-docker` hook needs a Docker engine and is run only when
# `docker info` succeeds. try-repo sees committed files and changes to tracked ones, not untracked files.
#
# Arguments: the shells to run the hook scripts and the launcher under (default: each script's own #!/bin/sh),
# e.g. `bash .ci/precommit-test.sh bash dash "busybox sh"`. For each, a clone of this repository whose scripts
# start with that shell is what pre-commit tries; the Maven build and the class-data archive are made once.
set -euo pipefail

source_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -q pre-commit >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null && apt-get install -y -q pre-commit >/dev/null; }
    else
        echo "precommit-test: pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit)" >&2
        exit 2
    fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$#" -eq 0 ]; then
    set -- ""
fi
export PRE_COMMIT_HOME="$work/pre-commit-home"
export TFGUARD_CACHE="$work/tfguard-cache"

mkdir "$work/tf"
cd "$work/tf"
git init -q .
git config user.email precommit-test@example.invalid
git config user.name precommit-test

cat > insecure.tf <<'TF'
resource "aws_elasticache_replication_group" "open" {
  replication_group_id       = "open-cache"
  description                = "cache without encryption"
  engine                     = "redis"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = false
  transit_encryption_enabled = false
}
TF

cat > secure.tf <<'TF'
variable "auth_token" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "cache" {
  description         = "ElastiCache encryption"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "closed" {
  replication_group_id       = "closed-cache"
  description                = "encrypted cache with authentication"
  engine                     = "redis"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
  automatic_failover_enabled = true
  multi_az_enabled           = true
  snapshot_retention_limit   = 7
  subnet_group_name          = "private-cache"
}
TF
git add insecure.tf secure.tf

failures=0

# expect HOOK FILE STATUS: runs one hook on one file and checks pass/fail (and, on failure, the rule id shown)
expect() {
    local hook="$1" file="$2" want="$3" out status
    set +e
    out="$(pre-commit try-repo "$repo" "$hook" --files "$file" 2>&1)"
    status=$?
    set -e
    if [ "$want" = fail ] && [ "$status" -ne 0 ] && grep -q "TFG-EC-001" <<<"$out"; then
        echo "ok: $hook fails on $file"
    elif [ "$want" = pass ] && [ "$status" -eq 0 ]; then
        echo "ok: $hook passes $file"
    else
        echo "FAILED: $hook on $file: expected $want, pre-commit exited $status; its output:" >&2
        echo "$out" >&2
        failures=$((failures + 1))
    fi
}

# clone_for SHELL: a clone of this repository (with its uncommitted changes) whose hook scripts start with SHELL
clone_for() {
    local shell="$1" clone interpreter
    clone="$work/repo-${shell// /-}"
    git clone -q --no-hardlinks "$source_repo" "$clone"
    # tracked files as they are in the working tree, so that try-repo sees what is being tested
    (cd "$source_repo" && git ls-files -z) | (cd "$source_repo" && xargs -0 tar cf - 2>/dev/null) | (cd "$clone" && tar xf -)
    read -r -a words <<< "$shell"
    interpreter="$(command -v "${words[0]}")"
    for script in bin/tfguard bin/tfguard-pre-commit; do
        sed -i "1s|^#!.*|#!$interpreter${words[1]:+ ${words[1]}}|" "$clone/$script"
    done
    (cd "$clone" && git add -A && git -c user.email=ci@example.invalid -c user.name=ci commit -q -m "scripts under $shell")
    echo "$clone"
}

for shell in "$@"; do
    if [ -n "$shell" ]; then
        repo="$(clone_for "$shell")"
        echo "hooks under $shell:"
    else
        repo="$source_repo"
    fi
    expect tfguard insecure.tf fail
    expect tfguard secure.tf pass

    # the system hook, with a tfguard command on PATH: the launcher, running the jar the first hook built
    jar="$(find "$TFGUARD_CACHE" -name tfguard.jar -print -quit 2>/dev/null || true)"
    if [ -n "$jar" ]; then
        mkdir -p "$work/bin"
        printf '#!/bin/sh\nTFGUARD_JAR="%s" exec "%s/bin/tfguard" "$@"\n' "$jar" "$repo" > "$work/bin/tfguard"
        chmod 755 "$work/bin/tfguard"
        PATH="$work/bin:$PATH" expect tfguard-system insecure.tf fail
        PATH="$work/bin:$PATH" expect tfguard-system secure.tf pass
    else
        echo "FAILED: the tfguard hook left no jar in $TFGUARD_CACHE" >&2
        failures=$((failures + 1))
    fi
done

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    expect tfguard-docker insecure.tf fail
    expect tfguard-docker secure.tf pass
else
    echo "skipped: tfguard-docker (no Docker engine)"
fi

if [ "$failures" -ne 0 ]; then
    echo "precommit-test: $failures check(s) failed" >&2
    exit 1
fi
echo "precommit-test: all hook checks passed"
