#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# notifysession.sh <command> [args..]: runs <command> with a real notification daemon (dunst) on a private D-Bus
# session bus and a private X display (Xvfb), with a throwaway HOME: the caller's desktop and its notifications are
# never touched. The command reaches dunst through DBUS_SESSION_BUS_ADDRESS and can use `dunstctl`.
# dunst's context menu (`dunstctl context`, which offers the actions of the shown notifications) is answered by a
# stand-in for dmenu: the command writes the key of the action to pick (`ack`, or `<notification id>,ack` for one
# notification) to the file NOTIFY_MENU_CHOICE names, before opening the menu; the stand-in picks the first line
# offered for it and removes the file (one pick per choice; without a choice it picks nothing, like Escape). Every
# menu offered is appended to the file NOTIFY_MENU_OFFERED names, one line per action as dunst formats it:
# `#<label> (<summary>) [<notification id>,<action key>]`.
# Exits with the command's status; the bus, the daemon, the display and the temporary HOME are gone afterwards.
# Needs dbus-daemon (dbus-bin), dunst and xvfb.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [args..]" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/alerta-notify.XXXXXX")
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/privatehome.sh"
use_private_home "$tmp"
mkdir -p "$XDG_CONFIG_HOME/dunst"

export NOTIFY_MENU_CHOICE="$tmp/menu-choice"
export NOTIFY_MENU_OFFERED="$tmp/menu-offered"
: >"$NOTIFY_MENU_OFFERED"
# dunst runs it with the menu on standard input and reads the picked line from its standard output. The paths are
# written into it: dunst's environment is the one it started with.
cat >"$tmp/dmenu" <<DMENU
#!/bin/sh
menu=\$(cat)
printf '%s\\n' "\$menu" >>'$NOTIFY_MENU_OFFERED'
[ -s '$NOTIFY_MENU_CHOICE' ] || exit 0
choice=\$(cat '$NOTIFY_MENU_CHOICE')
rm -f '$NOTIFY_MENU_CHOICE'
printf '%s\\n' "\$menu" | grep -F -m 1 -e "[\$choice]" -e ",\$choice]"
exit 0
DMENU
chmod +x "$tmp/dmenu"

# Notifications stay until closed (timeout 0), so a test can count and read them; the message dunst keeps in its
# history starts with the urgency it was given, which dunst's history does not record otherwise.
cat >"$XDG_CONFIG_HOME/dunst/dunstrc" <<DUNSTRC
[global]
    timeout = 0
    history_length = 100
    dmenu = "$tmp/dmenu"
[mark_low]
    msg_urgency = low
    format = "LOW %s"
[mark_normal]
    msg_urgency = normal
    format = "NORMAL %s"
[mark_critical]
    msg_urgency = critical
    format = "CRITICAL %s"
    timeout = 0
DUNSTRC

. "$(dirname "$0")/xvfbdisplay.sh"
start_xvfb "$tmp"
unset DBUS_SESSION_BUS_ADDRESS

export DUNST_LOG="$tmp/dunst.log"
status=0
dbus-run-session -- sh -c '
    dunst -config "$XDG_CONFIG_HOME/dunst/dunstrc" >"$DUNST_LOG" 2>&1 &
    daemon=$!
    tries=0
    # Asked of the bus, not of the service: a call to the service would have D-Bus start another dunst.
    until dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "notifysession.sh: dunst did not start:" >&2
            cat "$DUNST_LOG" >&2
            exit 1
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill -TERM "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    exit "$status"
' sh "$@" || status=$?
exit "$status"
