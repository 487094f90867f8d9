#!/usr/bin/env bash
# Lint one or more OpenAPI specs with the three validators the project pins:
# openapi-spec-validator (Python), Redocly CLI (recommended) and Spectral (spectral:oas).
# Fails on any error; prints warnings. Usage: scripts/lint_spec.sh openapi/rawugc.yaml [...]
set -euo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
for spec in "$@"; do
  echo "== $spec"
  .venv/bin/openapi-spec-validator "$spec"
  node_modules/.bin/redocly lint --format=stylish "$spec"
  node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=error "$spec"
done
