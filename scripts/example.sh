#!/usr/bin/env bash
# The README's first command: run the main job (plan → apply → verify) on the bundled example in a
# temporary directory and print what it did. Uses the committed CLI bundle (dist/cli/index.js).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cli="${STABLE_SYNC_CLI:-$root/dist/cli/index.js}"
work=$(mktemp -d "${TMPDIR:-/tmp}/stable-sync-example.XXXXXX")
trap 'rm -rf "$work"' EXIT
bash "$root/examples/demo/make-repos.sh" "$work"
cd "$work/demo-packaging"
export XDG_CACHE_HOME="$work/cache"
for step in plan apply verify; do
  echo
  echo "\$ stable-sync $step"
  node "$cli" "$step" || { code=$?; [ "$step" = plan ] && [ $code = 1 ] || exit $code; }
done
echo
echo "\$ git status --short && head -12 debian/changelog"
git status --short
head -12 debian/changelog
