#!/usr/bin/env bash
# Create the example's two repositories in DIR, as the build tests do (test/helpers/hello-fixture.ts):
#   DIR/hello-upstream   git repo of upstream/, tagged v1.0, with a stable-1.0 branch carrying the
#                        commits in stable-1.0/*.patch (two fixes and the 1.0.1 version bump)
#   DIR/hello-packaging  git repo with this example's debian/ and .github/stable-sync.yml
# Then, e.g.:  cd DIR/hello-packaging && stable-sync plan && stable-sync apply &&
#              stable-sync build-source --out ../out && stable-sync build --out ../out
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: make-repos.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
export GIT_AUTHOR_NAME="A U Thor" GIT_AUTHOR_EMAIL=author@example.org
export GIT_COMMITTER_NAME="C O Mitter" GIT_COMMITTER_EMAIL=committer@example.org

up="$dir/hello-upstream"
git init -q -b main "$up"
cp "$here"/upstream/* "$up"/
git -C "$up" add -A
git -C "$up" commit -q -m "Initial import of hello-stable 1.0"
git -C "$up" tag -a v1.0 -m "hello-stable 1.0"
echo "Future: a feature for 2.0." > "$up/NEWS"
git -C "$up" add NEWS
git -C "$up" commit -q -m "Add NEWS for 2.0 development"
git -C "$up" checkout -q -b stable-1.0 v1.0
git -C "$up" am -q "$here"/stable-1.0/*.patch
git -C "$up" tag -a v1.0.1 -m "hello-stable 1.0.1"
git -C "$up" checkout -q main

pk="$dir/hello-packaging"
git init -q -b main "$pk"
cp -a "$here/debian" "$here/.github" "$pk"/
git -C "$pk" add -A
git -C "$pk" commit -q -m "hello-stable 1.0-1"
echo "make-repos: $up (v1.0, stable-1.0) and $pk"
