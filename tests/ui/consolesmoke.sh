#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# consolesmoke.sh <alerta-console>: the real console binary, started as an operator would, with a private D-Bus
# session bus and a throwaway HOME; run inside tests/support/traysession.sh (a private Xvfb with a real tray):
#   1. `--wall` covers the screen and asks the session's screen saver to stay off (the Inhibit call is read off the
#      bus with dbus-monitor);
#   2. with "start hidden in the tray" in its settings, it starts with no window on screen, only the tray icon.
# Needs xdotool and dbus-daemon (dbus-run-session, dbus-monitor).
set -eu

console=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/alerta-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/../support/privatehome.sh"
use_private_home "$tmp"
mkdir -p "$XDG_CONFIG_HOME/Alerta"
unset DBUS_SESSION_BUS_ADDRESS

export CONSOLE="$console" TMP="$tmp"
dbus-run-session -- sh -eu -c '
    fail() { echo "consolesmoke.sh: $*" >&2; exit 1; }
    # Polls `$1` (a shell condition) for up to 20 s.
    wait_for() {
        tries=0
        until eval "$1"; do
            tries=$((tries + 1))
            [ "$tries" -lt 200 ] || return 1
            sleep 0.1
        done
    }
    dbus-monitor --session "interface=org.freedesktop.ScreenSaver" >"$TMP/bus.log" 2>&1 &
    monitor=$!
    sleep 0.3

    # 1. The wall.
    "$CONSOLE" --wall --database "$TMP/wall.sqlite" --no-listen >"$TMP/wall.log" 2>&1 &
    console=$!
    wait_for "grep -q \"member=Inhibit\" \"$TMP/bus.log\"" || { cat "$TMP/wall.log" >&2; fail "no Inhibit call on the bus"; }
    wait_for "xdotool search --onlyvisible --name \"Alerta Console\" >/dev/null 2>&1" || fail "no wall window"
    window=$(xdotool search --onlyvisible --name "Alerta Console" | head -n 1)
    geometry=$(xdotool getwindowgeometry "$window" | sed -n "s/.*Geometry: //p")
    [ "$geometry" = "1280x800" ] || fail "the wall is $geometry, not the whole 1280x800 screen"
    kill "$console"
    wait "$console" 2>/dev/null || true
    echo "wall: full screen ($geometry), Inhibit called"

    # 2. Tray-only start.
    printf "[tray]\nstartInTray=true\n" >"$XDG_CONFIG_HOME/Alerta/alerta-console.conf"
    "$CONSOLE" --database "$TMP/tray.sqlite" --no-listen >"$TMP/tray.log" 2>&1 &
    console=$!
    # The tray icon docks (trayer reparents a window of ours) ...
    wait_for "xdotool search --pid $console >/dev/null 2>&1" || fail "the console made no window at all"
    sleep 2
    kill -0 "$console" || { cat "$TMP/tray.log" >&2; fail "the console ended"; }
    # ... and no main window is on screen.
    if xdotool search --onlyvisible --name "Alerta Console" >/dev/null 2>&1; then
        fail "the main window is shown although it should start in the tray"
    fi
    kill "$console"
    wait "$console" 2>/dev/null || true
    echo "tray: started with no window on screen"
    kill "$monitor" 2>/dev/null || true
'
