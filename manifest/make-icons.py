#!/usr/bin/env python3
"""Draws the Teams app icons (our own artwork): a speech bubble with a heart.

color.png   192x192, white bubble and accent heart on the accent colour
outline.png 32x32, white outline bubble and heart on transparent, as Teams requires

Only the Python standard library; run it again after changing a shape or colour.
"""
import struct
import zlib
from pathlib import Path

ACCENT = (0x0B, 0x4F, 0x8A)
WHITE = (255, 255, 255)
SAMPLES = 4  # per axis, for smooth edges


def rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def heart(x, y, cx, cy, size):
    u, v = (x - cx) / size, (cy - y) / size + 0.25
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0


def bubble(x, y, s, inset=0.0):
    """The speech bubble in a unit square scaled to s, shrunk by inset (for outlines)."""
    return (rounded_rect(x, y, 0.12 * s + inset, 0.16 * s + inset, 0.88 * s - inset, 0.70 * s - inset, 0.14 * s - inset)
            or (inset == 0 and triangle(x, y, (0.28 * s, 0.66 * s), (0.46 * s, 0.66 * s), (0.24 * s, 0.86 * s))))


def render(size, pixel):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = pixel(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SAMPLES * SAMPLES
            alpha = acc[3] / n
            colour = [round(c / acc[3]) if acc[3] else 0 for c in acc[:3]]
            row += bytes(colour + [round(alpha * 255)])
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                           + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def colour_pixel(x, y, s):
    if heart(x, y, 0.5 * s, 0.41 * s, 0.13 * s):
        return (*ACCENT, 1.0)
    if bubble(x, y, s):
        return (*WHITE, 1.0)
    return (*ACCENT, 1.0)


def outline_pixel(x, y, s):
    stroke = 2.0
    inside_outer = bubble(x, y, s)
    inside_inner = bubble(x, y, s, inset=stroke)
    if heart(x, y, 0.5 * s, 0.42 * s, 0.12 * s) or (inside_outer and not inside_inner):
        return (*WHITE, 1.0)
    return (255, 255, 255, 0.0)


here = Path(__file__).parent
write_png(here / "color.png", 192, render(192, colour_pixel))
write_png(here / "outline.png", 32, render(32, outline_pixel))
print("wrote color.png and outline.png")
