#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# keyringsession.sh <command> [args..]: runs <command> against a real gnome-keyring Secret Service on a private
# D-Bus session bus (dbus-run-session), with a throwaway HOME whose default "login" keyring is an unencrypted
# keyring file: it is never locked, so nothing prompts, and the user's own keyrings are never touched.
# Exits with the command's status; the bus, the daemon and the temporary HOME are gone afterwards.
# Needs dbus-daemon (dbus-bin: dbus-run-session, dbus-send) and gnome-keyring.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [args..]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/alerta-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/privatehome.sh"
use_private_home "$tmp"
mkdir -p "$XDG_DATA_HOME/keyrings"
# An unencrypted keyring (gnome-keyring's plain format) named "login", made the default collection.
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' \
    >"$XDG_DATA_HOME/keyrings/login.keyring"
chmod 600 "$XDG_DATA_HOME/keyrings/login.keyring"
printf 'login' >"$XDG_DATA_HOME/keyrings/default"

# Nothing of the caller's session may leak in: the daemon and the command see only the private bus.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

export KEYRING_LOG="$tmp/gnome-keyring.log"
status=0
dbus-run-session -- sh -c '
    # The pid of the process that owns a bus name, empty while nobody owns it.
    owner_pid() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null | awk "{ print \$2 }"
    }
    # Whether a process runs; a zombie waiting for its reaper counts as gone.
    alive() {
        [ -e "/proc/$1" ] && ! grep -q "^State:[[:space:]]*Z" "/proc/$1/status" 2>/dev/null
    }
    gnome-keyring-daemon --start --components=secrets --daemonize >/dev/null 2>"$KEYRING_LOG"
    # --daemonize returns once the daemon is up; wait (at most 5 s) until it also owns the Secret Service name.
    tries=0
    daemon=$(owner_pid org.freedesktop.secrets)
    while [ -z "$daemon" ] && [ "$tries" -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
        daemon=$(owner_pid org.freedesktop.secrets)
    done
    if [ -z "$daemon" ]; then
        echo "keyringsession.sh: gnome-keyring-daemon did not start:" >&2
        cat "$KEYRING_LOG" >&2
        exit 1
    fi
    status=0
    "$@" || status=$?
    # The daemon would also exit when dbus-run-session ends the bus; end it here by its pid so nothing outlives
    # the command, and wait (at most 5 s) until it is gone.
    kill -TERM "$daemon" 2>/dev/null || true
    tries=0
    while alive "$daemon" && [ "$tries" -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    if alive "$daemon"; then
        kill -KILL "$daemon" 2>/dev/null || true
    fi
    exit "$status"
' sh "$@" || status=$?
exit "$status"
