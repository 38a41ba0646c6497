#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Alerta Console contributors
# SPDX-License-Identifier: Apache-2.0
"""Writes the console's alarm sounds (alarm, siren, chime, beep) next to this script.

The sounds are synthesised rather than recorded so that their licence is ours and anyone can change them:
16-bit PCM mono at 44.1 kHz, each under 1.5 s, with short fades so that no sound starts or ends on a click.
The output is deterministic (no randomness, no time stamps), so running the script again gives the same bytes.
Usage: python3 generate.py [output directory]
"""

import math
import os
import struct
import sys
import wave

RATE = 44100
PEAK = 0.6 * 32767  # headroom: several sounds may mix at once


def envelope(i, n, fade):
    """A linear fade in and out over `fade` samples, so a tone never clicks."""
    return min(1.0, i / fade, (n - 1 - i) / fade)


def tone_sequence(notes):
    """Samples of (frequency Hz, seconds) notes, each faded; frequency 0 is a pause."""
    out = []
    for freq, seconds in notes:
        n = int(RATE * seconds)
        fade = RATE * 0.008
        for i in range(n):
            s = math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            out.append(s * envelope(i, n, fade))
    return out


def alarm():
    """Urgent: two alternating tones, three times (a classic two-tone alarm)."""
    return tone_sequence([(988, 0.12), (740, 0.12)] * 3 + [(0, 0.05)])


def siren():
    """A rising and falling sweep, twice; the phase is integrated so the sweep stays smooth."""
    seconds, sweeps = 1.0, 2
    n = int(RATE * seconds)
    out, phase = [], 0.0
    for i in range(n):
        t = (i / n) * sweeps % 1.0
        freq = 600 + 700 * (1 - abs(2 * t - 1))  # 600 Hz → 1300 Hz → 600 Hz
        phase += 2 * math.pi * freq / RATE
        out.append(math.sin(phase) * envelope(i, n, RATE * 0.02))
    return out


def chime():
    """Gentle: two bell-like notes (E6 then C6) with a few inharmonic partials decaying exponentially."""
    out = []
    for freq, seconds in [(1318.5, 0.35), (1046.5, 0.65)]:
        n = int(RATE * seconds)
        for i in range(n):
            t = i / RATE
            s = (math.sin(2 * math.pi * freq * t) * math.exp(-4 * t)
                 + 0.4 * math.sin(2 * math.pi * freq * 2.76 * t) * math.exp(-9 * t)
                 + 0.2 * math.sin(2 * math.pi * freq * 5.4 * t) * math.exp(-14 * t)) / 1.6
            out.append(s * envelope(i, n, RATE * 0.004))
    return out


def beep():
    """Short and plain: two 1 kHz beeps."""
    return tone_sequence([(1000, 0.12), (0, 0.08), (1000, 0.12)])


SOUNDS = {"alarm": alarm, "siren": siren, "chime": chime, "beep": beep}


def write(path, samples):
    assert len(samples) < 1.5 * RATE, path
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * PEAK)) for s in samples))


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name, make in SOUNDS.items():
        write(os.path.join(directory, name + ".wav"), make())


if __name__ == "__main__":
    main()
