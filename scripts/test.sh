#!/usr/bin/env bash
# Runs every unit and integration test with Node's test runner (tsx loads TypeScript).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src web/src test/fuzz -name '*.test.ts' | sort)
exec node --import tsx --test --test-concurrency=2 "${files[@]}"
