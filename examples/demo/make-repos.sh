#!/usr/bin/env bash
# Create the demo's two repositories in DIR (only git needed):
#   DIR/demo-upstream   "demo" 2.0: tag v2.0, and a stable-2.0 branch with two fixes, a version bump
#                       (misleading subject), a revert pair, and a merge of another stable branch
#                       whose conflict the merge resolves
#   DIR/demo-packaging  debian/ pinned to 2.0-1 (3.0 quilt, one Debian patch) and
#                       .github/stable-sync.yml following stable-2.0
set -euo pipefail
dir=${1:?usage: make-repos.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
export GIT_AUTHOR_NAME="Ada Upstream" GIT_AUTHOR_EMAIL=ada@example.org
export GIT_COMMITTER_NAME="Ada Upstream" GIT_COMMITTER_EMAIL=ada@example.org
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

up="$dir/demo-upstream"
git init -q -b main "$up"
cd "$up"
lines() { for i in $(seq 1 20); do echo "$1 line $i"; done; }
echo 2.0 > VERSION
lines parser > parser.c
lines net > net.c
lines "user guide" > "user guide.txt"
git add -A && git commit -q -m "demo 2.0"
git tag -a v2.0 -m "demo 2.0"
git checkout -q -b stable-2.0
sed -i 's/^parser line 3$/parser line 3: check length/' parser.c && git commit -qam "parser: fix buffer overflow"
echo 2.0.1 > VERSION && git commit -qam "Fix the build of the release"
sed -i 's/^net line 5$/net line 5: tweak/' net.c && git commit -qam "net: tweak timeout"
git revert --no-edit HEAD >/dev/null
sed -i 's/^user guide line 2$/user guide line 2 (typo fixed)/' "user guide.txt" && git commit -qam "docs: fix typo"
git checkout -q -b stable-1.9-fixes v2.0
sed -i 's/^net line 9$/net line 9: handle EINTR/' net.c && git commit -qam "net: handle EINTR"
sed -i 's/^parser line 3$/parser line 3: check length (1.9 style)/' parser.c && git commit -qam "parser: fix overflow (1.9)"
git checkout -q stable-2.0
git merge -q --no-ff -m "Merge branch 'stable-1.9-fixes' into stable-2.0" stable-1.9-fixes >/dev/null 2>&1 || true  # conflicts on parser.c line 3
sed -i 's/^parser line 3: .*$/parser line 3: check length (merged)/; /^[<=>]\{7\}/d; /^parser line 3: check length$/d; /^parser line 3: check length (1.9 style)$/d' parser.c
git commit -q -am "Merge branch 'stable-1.9-fixes' into stable-2.0"
git checkout -q main

pk="$dir/demo-packaging"
mkdir -p "$pk/debian/patches" "$pk/debian/source" "$pk/.github"
cd "$pk"
git init -q -b main
cat > debian/changelog <<'CHANGELOG'
demo (2.0-1) unstable; urgency=medium

  * Initial release.

 -- Demo Packager <packager@example.org>  Mon, 02 Nov 2026 10:00:00 +0000
CHANGELOG
echo "3.0 (quilt)" > debian/source/format
# (A file name with a space ends with a tab on the ---/+++ lines, as git writes it, for patch(1).)
printf 'Description: Use Debian paths in the user guide\nForwarded: not-needed\n--- a/user guide.txt\t\n+++ b/user guide.txt\t\n' > debian/patches/debian-paths.patch
cat >> debian/patches/debian-paths.patch <<'PATCH'
@@ -19,2 +19,2 @@
 user guide line 19
-user guide line 20
+user guide line 20 (see /usr/share/doc/demo)
PATCH
echo debian-paths.patch > debian/patches/series
cat > .github/stable-sync.yml <<CONFIG
maintainer: { name: Demo Bot, email: demo-bot@example.org }
tracks:
  - name: demo
    upstream:
      url: $up
      branch: stable-2.0
      tag: 'v{version}'
    version-files: [VERSION]
CONFIG
git add -A && git commit -q -m "demo 2.0-1"
echo "make-repos: $up (v2.0, stable-2.0) and $pk"
