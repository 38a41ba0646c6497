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

# A display of our own: Xvfb picks a free number and writes it to the pipe.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
xvfb=$!
tries=0
while [ ! -s "$tmp/display" ] && [ "$tries" -lt 100 ]; do
    sleep 0.1
    tries=$((tries + 1))
done
if [ ! -s "$tmp/display" ]; then
    echo "traysession.sh: Xvfb did not start" >&2
    exit 1
fi
export DISPLAY=":$(cat "$tmp/display")"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY

trayer --edge top --align right --widthtype pixel --width 200 --height 32 >"$tmp/trayer.log" 2>&1 &
tray=$!
# trayer owns the tray selection a moment after it starts; the test itself waits for the tray to be there.
sleep 0.5

status=0
"$@" || status=$?
exit "$status"
