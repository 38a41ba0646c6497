# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# Sourced by the session scripts (notifysession.sh, traysession.sh): start_xvfb <dir> starts a private Xvfb on a
# free display number (Xvfb picks it and writes it to a pipe), exports DISPLAY and sets xvfb to its pid for the
# caller's cleanup. Exits the script when Xvfb does not come up within 10 s.
start_xvfb() {
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$1/display" >/dev/null 2>&1 &
    xvfb=$!
    tries=0
    while [ ! -s "$1/display" ] && [ "$tries" -lt 100 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    if [ ! -s "$1/display" ]; then
        echo "$0: Xvfb did not start" >&2
        exit 1
    fi
    DISPLAY=":$(cat "$1/display")"
    export DISPLAY
    unset WAYLAND_DISPLAY
}
