#!/bin/sh
# Regenerates every icon from flowdeck.svg (needs rsvg-convert: apt-get install librsvg2-bin, and python3).
set -e
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do rsvg-convert -w $s -h $s flowdeck.svg -o flowdeck-$s.png; done
python3 make-icons.py
