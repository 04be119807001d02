#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 30 s each), keeping inputs
# short, then minimizes the corpora kept in the repository.
# Usage: fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
for target in $(cargo +nightly fuzz list); do
    echo "== fuzz $target for ${seconds}s"
    cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -max_len=2048 -timeout=10
    cargo +nightly fuzz cmin "$target" -- -max_len=2048 >/dev/null 2>&1
done
