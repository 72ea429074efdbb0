#!/usr/bin/env python3
"""Draws Rebound's toolbar icon at 16, 32, 48 and 128 px into public/icons/.

The mark: a white envelope with a U-turn arrow coming back onto it (a message that came back), on a
rounded indigo square. Drawn from signed distances with 4x4 supersampling, written as PNG with only the
standard library, so anyone can regenerate it: python3 scripts/make-icons.py
"""
import math
import os
import struct
import zlib

TOP = (0x4C, 0x6E, 0xF5)  # gradient, top-left
BOTTOM = (0x5F, 0x3D, 0xC4)  # bottom-right
WHITE = (255, 255, 255)
SS = 4  # samples per pixel side


def rounded_rect(x, y, x0, y0, x1, y1, r):
    """Signed distance to a rounded rectangle (negative inside)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    dx, dy = abs(x - cx) - hx, abs(y - cy) - hy
    out = math.hypot(max(dx, 0), max(dy, 0))
    return out + min(max(dx, dy), 0) - r


def segment(x, y, ax, ay, bx, by):
    px, py, vx, vy = x - ax, y - ay, bx - ax, by - ay
    h = max(0.0, min(1.0, (px * vx + py * vy) / (vx * vx + vy * vy)))
    return math.hypot(px - vx * h, py - vy * h)


def triangle(x, y, a, b, c):
    """True inside the triangle abc."""
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
    s1, s2, s3 = side(a, b), side(b, c), side(c, a)
    return (s1 >= 0 and s2 >= 0 and s3 >= 0) or (s1 <= 0 and s2 <= 0 and s3 <= 0)


def shade(x, y, size):
    """Colour and coverage (0/1) of one sample, in unit coordinates."""
    if rounded_rect(x, y, 0.0, 0.0, 1.0, 1.0, 0.22) > 0:
        return None
    t = (x + y) / 2
    bg = tuple(round(TOP[i] + (BOTTOM[i] - TOP[i]) * t) for i in range(3))
    # Strokes get thicker at small sizes so they stay at least ~1.3 px.
    w = max(0.075, 1.3 / size)
    # Envelope body.
    # At 16 px the envelope is wider, so with its flap it still reads as mail.
    x0, y0, x1, y1 = (0.2, 0.5, 0.8, 0.83) if size >= 32 else (0.1, 0.5, 0.9, 0.88)
    if rounded_rect(x, y, x0, y0, x1, y1, 0.05) <= 0:
        # The flap: a V in the background colour.
        if min(segment(x, y, x0 + 0.02, y0 + 0.02, 0.5, y0 + 0.55 * (y1 - y0)), segment(x, y, x1 - 0.02, y0 + 0.02, 0.5, y0 + 0.55 * (y1 - y0))) < (w * 0.45 if size >= 32 else 0.6 / size):
            return bg
        return WHITE
    # The returning arrow: a ring from just below its right side, over the top, to its left side,
    # ending in an arrowhead that points down onto the envelope. Open on the right, so it reads as a
    # turn and not as a padlock's shackle.
    cx, cy, r = (0.5, 0.36, 0.2) if size >= 32 else (0.5, 0.33, 0.22)
    d = math.hypot(x - cx, y - cy)
    angle = math.degrees(math.atan2(cy - y, x - cx)) % 360  # 0 = right, 90 = up
    if abs(d - r) < w / 2 and (angle <= 180 or angle >= 330):
        return WHITE
    head = 0.14 if size >= 32 else 0.19
    tip = cy + head * 0.9
    if triangle(x, y, (cx - r - head / 1.5, cy - 0.01), (cx - r + head / 1.5, cy - 0.01), (cx - r, tip)):
        return WHITE
    return bg


def render(size):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = acc[3]
            if n:
                row += bytes((round(acc[0] / n), round(acc[1] / n), round(acc[2] / n), round(255 * n / (SS * SS))))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return rows


def png(rows, size):
    raw = b''.join(b'\x00' + r for r in rows)
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def main():
    out = os.path.join(os.path.dirname(__file__), '..', 'public', 'icons')
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 128):
        with open(os.path.join(out, f'{size}.png'), 'wb') as f:
            f.write(png(render(size), size))
        print(f'public/icons/{size}.png')


if __name__ == '__main__':
    main()
