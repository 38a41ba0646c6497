#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs the two Debian packages `make package` built into a fresh Debian 12 root and checks them there:
#   1. lintian on both .debs: any error fails (warnings are listed);
#   2. a minbase Debian 12 root from debootstrap (the host's apt mirror), the packages installed into it with apt,
#      Depends resolved from the mirror and nothing recommended, so the Depends alone must be enough;
#   3. `alerta-server --version` and `alerta-console --version` (offscreen) in the root; alerta-server started there
#      as the package's user with the package's settings, answering /management/gtg;
#   4. what the maintainer scripts did: the system user, the conffile and its owner and mode, the generated
#      SECRET_KEY, the unit enabled; `systemd-analyze verify` on the installed unit;
#   5. desktop-file-validate and `appstreamcli validate --no-net` on the installed desktop entry and metainfo;
#   6. a reinstall keeps the generated secret; purge: the packages' files, the state and the secret are gone.
#
# Usage: tests/packaging/packagetest.sh PACKAGE_DIR [WORK_DIR]
#   PACKAGE_DIR  where alerta-console_*.deb and alerta-server_*.deb are (build-pkg/packages)
#   WORK_DIR     scratch space (default PACKAGE_DIR/../packagetest); WORK_DIR/cache keeps the downloaded .debs
#                between runs, the root itself is made afresh each time
# Needs root (debootstrap, chroot, mount), debootstrap, lintian, appstream, desktop-file-utils, curl, and the
# Debian mirror apt uses here (ALERTA_DEBIAN_MIRROR and ALERTA_DEBIAN_SECURITY_MIRROR override it).
set -euo pipefail

package_dir=$(realpath "${1:?usage: packagetest.sh PACKAGE_DIR [WORK_DIR]}")
work=$(realpath -m "${2:-$package_dir/../packagetest}")
started=$(date +%s)

fail() {
    echo "packagetest: FAIL: $*" >&2
    exit 1
}
step() { echo "== $* ($(($(date +%s) - started)) s)"; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot, mount)"
for tool in debootstrap lintian appstreamcli desktop-file-validate curl; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install debootstrap lintian appstream desktop-file-utils curl)"
done

shopt -s nullglob
console_debs=("$package_dir"/alerta-console_*.deb)
server_debs=("$package_dir"/alerta-server_*.deb)
all_debs=("$package_dir"/*.deb)
[ ${#console_debs[@]} = 1 ] && [ ${#server_debs[@]} = 1 ] && [ ${#all_debs[@]} = 2 ] ||
    fail "expected exactly alerta-console_*.deb and alerta-server_*.deb in $package_dir, found: ${all_debs[*]:-none}"
version=$(dpkg-deb -f "${server_debs[0]}" Version)
[ "$(dpkg-deb -f "${console_debs[0]}" Version)" = "$version" ] || fail "the two packages have different versions"

# The mirror apt uses on this machine (deb822 sources first, then sources.list).
host_uri() {
    local suffix=$1
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n' |
        grep -E "/debian${suffix}/?\$" | head -n 1 ||
        true
}
mirror=${ALERTA_DEBIAN_MIRROR:-$(host_uri "")}
mirror=${mirror:-http://deb.debian.org/debian}
security_mirror=${ALERTA_DEBIAN_SECURITY_MIRROR:-$(host_uri -security)}
security_mirror=${security_mirror:-http://deb.debian.org/debian-security}

step "lintian"
lintian_rc=0
lintian_out=$(lintian --fail-on error --display-info "${all_debs[@]}" 2>&1) || lintian_rc=$?
lintian_out=$(grep -v '^running with root privileges' <<<"$lintian_out" || true)
echo "${lintian_out:-no tags}"
[ "$lintian_rc" = 0 ] || fail "lintian reports errors"

root=$work/root
cache=$work/cache
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true; done
    # A leftover server (a failed check) would keep the root busy.
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
server_pid=

step "debootstrap --variant=minbase bookworm from $mirror"
rm -rf "$root"
mkdir -p "$root" "$cache"
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log"; fail "debootstrap failed (log: $work/debootstrap.log)"; }

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }

mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind "$cache" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
# No service starts in the root (no systemd runs there anyway; this covers invoke-rc.d too).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/tmp/debs"
cp "${all_debs[@]}" "$root/tmp/debs/"

step "apt-get install the two packages (Depends only)"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update in the root failed"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    /tmp/debs/"$(basename "${console_debs[0]}")" /tmp/debs/"$(basename "${server_debs[0]}")" >>"$work/apt.log" 2>&1 ||
    { tail -n 40 "$work/apt.log"; fail "installing the packages failed (log: $work/apt.log)"; }
grep -E '^(Setting up alerta|adduser|Adding|Created symlink)' "$work/apt.log" || true

step "--version in the root"
server_version=$(in_root alerta-server --version) || fail "alerta-server --version failed"
echo "$server_version"
[[ "$server_version" == *"$version"* ]] || fail "alerta-server --version does not print $version"
console_version=$(in_root env QT_QPA_PLATFORM=offscreen alerta-console --version) ||
    fail "alerta-console --version failed: $console_version"
echo "$console_version"
[[ "$console_version" == *"$version"* ]] || fail "alerta-console --version does not print $version"

step "maintainer scripts"
in_root getent passwd alerta | grep -q ':/var/lib/alerta:/usr/sbin/nologin$' || fail "no system user alerta"
[ "$(in_root stat -c '%U:%G %a' /etc/alerta/alertad.conf)" = "root:alerta 640" ] ||
    fail "/etc/alerta/alertad.conf is $(in_root stat -c '%U:%G %a' /etc/alerta/alertad.conf), not root:alerta 640"
in_root dpkg-query -W -f='${Conffiles}\n' alerta-server | grep -q '^ /etc/alerta/alertad.conf ' ||
    fail "/etc/alerta/alertad.conf is not a conffile"
[ "$(in_root stat -c '%U:%G %a' /etc/alerta/alerta-server.env)" = "root:root 600" ] || fail "alerta-server.env mode"
grep -Eq '^SECRET_KEY=[A-Za-z0-9+/=]{40,}$' "$root/etc/alerta/alerta-server.env" || fail "no generated SECRET_KEY"
[ -L "$root/etc/systemd/system/multi-user.target.wants/alerta-server.service" ] || fail "the unit is not enabled"
# The installed unit, checked by the host's systemd (the minbase root has none): verify exits 0 on unknown keys
# and bad values, so any message fails. ExecStart must name an existing file, hence the root's path; the manual
# page of Documentation= is in the root too, not on the host (--man=no).
mkdir -p "$work/unit"
sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$root/lib/systemd/system/alerta-server.service" \
    >"$work/unit/alerta-server.service"
verify_out=$(systemd-analyze verify --man=no "$work/unit/alerta-server.service" 2>&1) && [ -z "$verify_out" ] ||
    { echo "$verify_out"; fail "systemd-analyze verify rejects the unit"; }

step "alerta-server as the package's service runs it"
# What the unit does, without systemd: the state directory, the user, the environment file, the settings.
install -d -m 0750 -o "$(in_root id -u alerta)" -g "$(in_root id -g alerta)" "$root/var/lib/alerta"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 /bin/sh -c \
    'set -a; . /etc/alerta/alerta-server.env; set +a; umask 077; cd /var/lib/alerta
     exec runuser -u alerta -- alerta-server --config /etc/alerta/alertad.conf --listen 127.0.0.1:'"$port"' \
         --database /var/lib/alerta/alerta.sqlite' >"$work/server.log" 2>&1 &
server_pid=$!
gtg=
for _ in $(seq 1 100); do
    gtg=$(curl -fsS "http://127.0.0.1:$port/management/gtg" 2>/dev/null) && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "alerta-server exited"; }
    sleep 0.1
done
[ "$gtg" = OK ] || { cat "$work/server.log"; fail "alerta-server does not answer /management/gtg"; }
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/alerts")
[ "$status" = 401 ] || fail "GET /alerts without credentials answered $status, not 401 (AUTH_REQUIRED = True)"
[ "$(in_root stat -c '%U %a' /var/lib/alerta/alerta.sqlite)" = "alerta 600" ] || fail "database owner or mode"
grep -q 'alertad.conf' "$work/server.log" || fail "the server did not read /etc/alerta/alertad.conf"
kill "$server_pid"
wait "$server_pid" || true
server_pid=
echo "gtg: $gtg; /alerts without credentials: $status"

step "desktop-file-validate, appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/io.alerta.Console.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.alerta.Console.metainfo.xml" || fail "appstreamcli validate"
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256; do
    [ -f "$root/usr/share/icons/hicolor/$size/apps/io.alerta.Console.png" ] || fail "no $size icon"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/io.alerta.Console.svg" ] || fail "no scalable icon"
[ -f "$root/usr/share/icons/hicolor/symbolic/apps/io.alerta.Console-symbolic.svg" ] || fail "no symbolic icon"

step "reinstall (postinst on an installed package)"
key_before=$(cat "$root/etc/alerta/alerta-server.env")
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall \
    /tmp/debs/"$(basename "${server_debs[0]}")" >>"$work/apt.log" 2>&1 ||
    { tail -n 20 "$work/apt.log"; fail "reinstalling alerta-server failed"; }
[ "$(cat "$root/etc/alerta/alerta-server.env")" = "$key_before" ] || fail "a reinstall replaced SECRET_KEY"
[ "$(in_root stat -c '%U:%G %a' /etc/alerta/alertad.conf)" = "root:alerta 640" ] || fail "reinstall: alertad.conf mode"

step "purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y alerta-console alerta-server >>"$work/apt.log" 2>&1 ||
    { tail -n 20 "$work/apt.log"; fail "purge failed"; }
for gone in /usr/bin/alerta-server /usr/bin/alerta-console /etc/alerta /var/lib/alerta \
    /etc/systemd/system/multi-user.target.wants/alerta-server.service; do
    [ ! -e "$root$gone" ] && [ ! -L "$root$gone" ] || fail "$gone is left after purge"
done

step "PASS: alerta-console and alerta-server $version"
