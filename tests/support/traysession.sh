#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# traysession.sh <command> [args..]: runs <command> on a private X display (Xvfb) with a real XEmbed system tray
# (trayer), so that QSystemTrayIcon::isSystemTrayAvailable() is true and tray icons really dock.
# Exits with the command's status; the display and the tray are gone afterwards. Needs xvfb and trayer.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [args..]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/alerta-tray.XXXXXX")
xvfb=""
tray=""
cleanup() {
    [ -n "$tray" ] && kill "$tray" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/xvfbdisplay.sh"
start_xvfb "$tmp"
export QT_QPA_PLATFORM=xcb

trayer --edge top --align right --widthtype pixel --width 200 --height 32 >"$tmp/trayer.log" 2>&1 &
tray=$!
# trayer owns the tray selection a moment after it starts; the test itself waits for the tray to be there.
sleep 0.5

status=0
"$@" || status=$?
exit "$status"
