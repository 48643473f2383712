#!/usr/bin/env bash
# Lints the committed OpenAPI documents with Spectral's OpenAPI ruleset (.spectral.yaml beside this script).
# Fails on any error or warning. Needs Node.js; npx fetches @stoplight/spectral-cli on first use.
# Refresh the documents first when the API changed (README, "OpenAPI documents").
set -euo pipefail
cd "$(dirname "$0")"
exec npx --yes @stoplight/spectral-cli@6.16.3 lint --ruleset .spectral.yaml --fail-severity=warn \
    command-side.json query-side.json standalone.json
