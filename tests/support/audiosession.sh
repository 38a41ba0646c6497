#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# audiosession.sh <command> [args..]: runs <command> with a real PulseAudio server of its own whose only output is
# a null sink (alerta_null, the default sink; its monitor alerta_null.monitor is the default source), in a
# throwaway HOME and XDG_RUNTIME_DIR: nothing is heard, the caller's sound server is never touched, and the command
# can see what it plays with `pactl list sink-inputs` and record it with `parec`. Clients reach the server through
# PULSE_SERVER; autospawn is off, so a client never starts another server.
# Exits with the command's status; the server and the temporary directories are gone afterwards.
# Needs pulseaudio and pulseaudio-utils (pactl, parec).
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [args..]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/alerta-audio.XXXXXX")
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/privatehome.sh"
use_private_home "$tmp"
export PULSE_RUNTIME_PATH="$XDG_RUNTIME_DIR/pulse"
export PULSE_SERVER="unix:$PULSE_RUNTIME_PATH/native"
export PULSE_CLIENTCONFIG="$tmp/client.conf"
echo "autospawn = no" >"$PULSE_CLIENTCONFIG"
unset PULSE_SINK PULSE_SOURCE PULSE_COOKIE

# User mode, also as root (it warns, but runs; --system would want the pulse user and a system bus). -n: no
# default.pa, so no hardware, X11 or D-Bus modules, just the two below; never exits on idle. Anonymous clients: the
# socket lives in the private runtime directory, which only this user can enter.
pulseaudio -n --daemonize=no --use-pid-file=no --exit-idle-time=-1 --disallow-exit=yes \
    --log-target=stderr --log-level=notice \
    -L "module-null-sink sink_name=alerta_null rate=48000 channels=2" \
    -L "module-native-protocol-unix auth-anonymous=1 socket=$PULSE_RUNTIME_PATH/native" \
    >"$tmp/pulseaudio.log" 2>&1 &
server=$!

tries=0
until pactl info >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ] || ! kill -0 "$server" 2>/dev/null; then
        echo "$0: pulseaudio did not start:" >&2
        cat "$tmp/pulseaudio.log" >&2
        exit 1
    fi
    sleep 0.1
done

status=0
"$@" || status=$?
exit "$status"
