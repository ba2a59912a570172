#!/usr/bin/env bash
# Installs what stable-sync's tests and examples need on a Debian/Ubuntu machine: the real tools
# (git, quilt, dpkg-dev, qemu, busybox) from apt, a Debian kernel for boot tests, and npm packages.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(git quilt patch dpkg-dev debhelper devscripts fakeroot build-essential cpio
  qemu-system-x86 qemu-utils busybox-static genisoimage dkms dh-dkms xz-utils libelf1 libssl3
  libxml2-utils syslinux syslinux-common mtools dosfstools lintian autopkgtest dput gnupg)
# gbp pq round trips (test/integration/gbp-roundtrip.test.ts); Ubuntu series names for vendor: auto.
apt_packages+=(git-buildpackage distro-info-data)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "install-deps: apt-get install ${missing[*]}"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# A Debian cloud kernel for the boot tests, unpacked without installing it (.cache/kernel/vmlinuz).
kdir=.cache/kernel
if [ ! -s "$kdir/vmlinuz" ]; then
  mkdir -p "$kdir/deb" && rm -f "$kdir"/deb/*.deb && rm -rf "$kdir/root"
  # Debian's cloud kernel (small, virtio as modules the boot tests load); Ubuntu's kvm flavour otherwise.
  image=""
  for meta in linux-image-cloud-amd64 linux-image-kvm linux-image-virtual; do
    image=$(apt-cache depends "$meta" 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
    [ -n "$image" ] && break
  done
  if [ -z "$image" ]; then
    echo "install-deps: no kernel image package found (tried linux-image-cloud-amd64, -kvm, -virtual); run apt-get update" >&2
    exit 1
  fi
  (cd "$kdir/deb" && apt-get download "$image")
  dpkg -x "$kdir"/deb/*.deb "$kdir/root"
  cp "$(ls "$kdir"/root/boot/vmlinuz-* | head -n 1)" "$kdir/vmlinuz"
  echo "install-deps: kernel $(basename "$(ls "$kdir"/root/boot/vmlinuz-*)") → $kdir/vmlinuz"
fi

# Headers, kbuild and linux-source matching that kernel, for the KVM module track (issue 7).
bash scripts/install-kvm-deps.sh

[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
