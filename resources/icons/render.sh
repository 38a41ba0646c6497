#!/bin/sh
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
#
# Renders the application icon's PNG sizes for the hicolor theme from io.alerta.Console.svg. The PNGs are kept in
# the repository so that building and packaging need no SVG renderer; run this after changing the SVG
# (needs rsvg-convert, Debian package librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" io.alerta.Console.svg -o "hicolor/${size}x${size}/io.alerta.Console.png"
done
