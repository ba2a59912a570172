#!/usr/bin/env bash
# What the KVM module track's tests need (issue 7), matched to the boot-test kernel that
# install-deps.sh unpacked into .cache/kernel/vmlinuz: Debian's linux-source (for the KVM subset the
# test turns into an upstream repo), and the kernel headers + kbuild of EXACTLY that kernel release
# (an out-of-tree kvm.ko only loads into the kernel it was built for). Everything is fetched with
# `apt-get download` and unpacked with `dpkg -x` into .cache/kvm/<release>/: nothing is installed,
# no root needed. Safe to run again: it skips what is already there.
#   .cache/kvm/<release>/deb/       the .deb files
#   .cache/kvm/<release>/headers/   dpkg -x of headers, headers-common and kbuild
#                                   (use usr/src/linux-headers-<release> as the headers dir)
#   .cache/kvm/<release>/image/     dpkg -x of the linux-image package (irqbypass.ko), when
#                                   .cache/kernel/root has no module tree of that release
set -euo pipefail
cd "$(dirname "$0")/.."

vmlinuz=.cache/kernel/vmlinuz
[ -s "$vmlinuz" ] || { echo "install-kvm-deps: $vmlinuz missing; run scripts/install-deps.sh first" >&2; exit 1; }
# The bzImage banner: "6.1.0-56-cloud-amd64 (debian-kernel@lists.debian.org) #1 SMP ... Debian 6.1.192-2 (...)"
banner=$(grep -aoE -m1 '[0-9]+\.[0-9]+\.[0-9]+-[0-9]+-[a-z0-9-]+ \(debian-kernel@lists\.debian\.org\) #[^(]*\([0-9-]+\)' "$vmlinuz" | head -n 1 || true)
release=${banner%% *}
version=$(sed -nE 's/.* Debian ([^ ]+) \(.*/\1/p' <<<"$banner")
if [ -z "$release" ] || [ -z "$version" ]; then
  echo "install-kvm-deps: cannot read the kernel release from $vmlinuz (not a Debian kernel?)" >&2
  exit 1
fi
abi=$(sed -E 's/^([0-9.]+-[0-9]+).*/\1/' <<<"$release")   # 6.1.0-56
series=$(cut -d. -f1,2 <<<"$version")   # 6.1
dir=.cache/kvm/$release
mkdir -p "$dir/deb"

want=("linux-source-$series=$version" "linux-headers-$release=$version" "linux-headers-$abi-common=$version"
  "linux-kbuild-$series=$version")
image_modules=".cache/kernel/root/lib/modules/$release"
[ -d "$image_modules" ] || want+=("linux-image-$release-unsigned=$version")
fetch=()
for w in "${want[@]}"; do
  name=${w%%=*}
  ls "$dir/deb/${name}_"*.deb >/dev/null 2>&1 || fetch+=("$w")
done
if [ ${#fetch[@]} -gt 0 ]; then
  echo "install-kvm-deps: apt-get download ${fetch[*]}"
  # apt-get download writes into the current directory; as root, skip the _apt sandbox (it cannot
  # write here and warns).
  sandbox=(); [ "$(id -u)" -ne 0 ] || sandbox=(-o APT::Sandbox::User=root)
  (cd "$dir/deb" && apt-get download -q "${sandbox[@]}" "${fetch[@]}") || {
    echo "install-kvm-deps: could not download ${fetch[*]} (is $version still in the archive? apt-get update, or delete .cache/kernel to take the newest kernel)" >&2
    exit 1
  }
fi

headers=$dir/headers
if [ ! -f "$headers/usr/src/linux-headers-$release/include/config/kernel.release" ]; then
  rm -rf "$headers"
  for pkg in "linux-headers-$release" "linux-headers-$abi-common" "linux-kbuild-$series"; do
    dpkg -x "$dir/deb/${pkg}_"*.deb "$headers"
  done
  # The flavour's Makefile includes the common tree by absolute path (/usr/src/...): make it
  # relative to itself so the unpacked headers work wherever the cache lives.
  mk=$headers/usr/src/linux-headers-$release/Makefile
  sed -i -E "s#^include /usr/src/(linux-headers-[^/]+)/Makefile#include \$(dir \$(realpath \$(lastword \$(MAKEFILE_LIST))))../\1/Makefile#" "$mk"
  echo "install-kvm-deps: headers for $release → $headers/usr/src/linux-headers-$release"
fi

if [ ! -d "$image_modules" ] && [ ! -d "$dir/image/lib/modules/$release" ]; then
  dpkg -x "$dir/deb/linux-image-$release-unsigned_"*.deb "$dir/image"
fi
