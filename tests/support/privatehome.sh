# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
# Sourced by the session scripts: use_private_home <dir> points HOME and the XDG folders (config, data, cache and
# the runtime directory, private to this user) into <dir>, and creates them, so that a test never reads or writes the
# caller's settings, keyrings or sockets. The caller removes <dir> afterwards.
use_private_home() {
    export HOME="$1/home"
    export XDG_CONFIG_HOME="$HOME/.config"
    export XDG_DATA_HOME="$HOME/.local/share"
    export XDG_CACHE_HOME="$HOME/.cache"
    export XDG_RUNTIME_DIR="$1/run"
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
}
