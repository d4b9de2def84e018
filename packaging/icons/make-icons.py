#!/usr/bin/env python3
"""Writes flowdeck.ico (Windows) and flowdeck.icns (macOS) from the PNGs beside it, with no imaging library:
both formats can hold PNG data as it is. Regenerate the PNGs first: ./make-icons.sh"""
import struct
from pathlib import Path

here = Path(__file__).resolve().parent
png = {size: (here / f"flowdeck-{size}.png").read_bytes() for size in (16, 24, 32, 48, 64, 128, 256, 512)}

# ICO: ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG images.
sizes = [16, 24, 32, 48, 64, 128, 256]
offset = 6 + 16 * len(sizes)
header = struct.pack("<HHH", 0, 1, len(sizes))
entries, images = b"", b""
for s in sizes:
    data = png[s]
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset + len(images))
    images += data
(here / "flowdeck.ico").write_bytes(header + entries + images)

# ICNS: 'icns' + total length, then typed chunks holding PNGs (ic07 128, ic08 256, ic09 512, icp4 16, icp5 32, icp6 64).
chunks = b""
for kind, s in (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512)):
    chunks += kind.encode() + struct.pack(">I", 8 + len(png[s])) + png[s]
(here / "flowdeck.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
print("wrote flowdeck.ico and flowdeck.icns")
