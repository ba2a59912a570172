#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this): installs what the tests need,
# then lint, typecheck, dist-is-current, workflow lint and the jest suite (unit + integration).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
npm run -s lint
npm run -s typecheck
bash scripts/check-dist.sh
npm test
