#!/usr/bin/env python3
"""Draws docs/icon.png, the packages' icon: the five stripes of the Thai flag in a rounded square, with a check mark
(a measure that passes its checks). Standard library only, so it runs anywhere Python 3 does; the PNG is committed and
this script is needed only to change it. Each pixel is the average of 4x4 samples, for smooth edges."""
import math
import pathlib
import struct
import zlib

SIZE = 128
SAMPLES = 4
RED, WHITE, BLUE = (0xA5, 0x19, 0x31), (0xF4, 0xF5, 0xF8), (0x2D, 0x2A, 0x4A)
STRIPES = [RED, WHITE, BLUE, BLUE, WHITE, RED]  # 1:1:2:1:1 as six equal bands
CORNER = 22
CHECK = [(34, 66), (56, 88), (96, 44)]
CHECK_HALF_WIDTH = 8


def inside_rounded_square(x, y):
    cx = min(max(x, CORNER), SIZE - CORNER)
    cy = min(max(y, CORNER), SIZE - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2


def distance_to_segment(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def sample(x, y):
    """The colour and opacity at one point."""
    if not inside_rounded_square(x, y):
        return (0, 0, 0), 0
    to_check = min(distance_to_segment(x, y, CHECK[i], CHECK[i + 1]) for i in range(2))
    if to_check <= CHECK_HALF_WIDTH:
        return (0xFF, 0xFF, 0xFF), 255
    if to_check <= CHECK_HALF_WIDTH + 3:
        return BLUE, 255  # an outline keeps the mark visible over the white stripes
    return STRIPES[min(int(y * len(STRIPES) / SIZE), len(STRIPES) - 1)], 255


def pixel(x, y):
    r = g = b = a = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            (sr, sg, sb), sa = sample(x + (i + 0.5) / SAMPLES, y + (j + 0.5) / SAMPLES)
            r, g, b, a = r + sr * sa, g + sg * sa, b + sb * sa, a + sa
    if a == 0:
        return bytes(4)
    return bytes((round(r / a), round(g / a), round(b / a), round(a / SAMPLES ** 2)))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


rows = b"".join(b"\0" + b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
target = pathlib.Path(__file__).resolve().parent.parent / "docs" / "icon.png"
target.write_bytes(png)
print(f"{target}: {len(png)} bytes")
