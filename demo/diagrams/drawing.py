"""Draws a diagram (demo/diagrams/description.py says what it shows) with
Pillow: shared helpers for boxes, arrows and text, one function per layout."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from demo.diagrams.description import parse

WIDTH, HEIGHT = 1200, 675
BACKGROUND = (247, 249, 252)
INK = (30, 43, 60)
MUTED = (88, 102, 122)
LINE = (120, 138, 160)
ACCENT = (0, 98, 186)
FILLS = [
    ((227, 238, 250), (0, 98, 186)),  # blue
    ((226, 243, 233), (6, 120, 68)),  # green
    ((255, 243, 214), (170, 110, 0)),  # warm
    ((240, 232, 250), (110, 60, 160)),  # purple
    ((253, 232, 232), (180, 50, 50)),  # red
    ((224, 244, 246), (0, 120, 130)),  # teal
]
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/Library/Fonts", "C:/Windows/Fonts"]
FOOTER = "Kurs i helsepedagogikk · NK LMH"


def _font(size: int, *, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


# --- Drawing helpers ------------------------------------------------------------


def _wrap(draw, text: str, box_width: int, box_height: int, *, max_size=34, min_size=16, bold=True):
    """The largest font size (and wrapped lines) that fits the box."""
    for size in range(max_size, min_size - 1, -2):
        font = _font(size, bold=bold)
        chars = max(4, int(box_width / (size * 0.58)))
        lines = textwrap.wrap(text, chars, break_long_words=False) or [text]
        widths = [draw.textlength(line, font=font) for line in lines]
        height = len(lines) * size * 1.25
        if max(widths) <= box_width and height <= box_height:
            return font, lines, size
    font = _font(min_size, bold=bold)
    return font, textwrap.wrap(text, max(4, int(box_width / (min_size * 0.58))), break_long_words=False), min_size


def _text_in(draw, box, text, colour=INK, *, max_size=34, bold=True):
    x0, y0, x1, y1 = box
    pad = 14
    font, lines, size = _wrap(draw, text, x1 - x0 - 2 * pad, y1 - y0 - 2 * pad, max_size=max_size, bold=bold)
    line_height = size * 1.25
    y = (y0 + y1) / 2 - len(lines) * line_height / 2
    for line in lines:
        width = draw.textlength(line, font=font)
        draw.text(((x0 + x1) / 2 - width / 2, y), line, font=font, fill=colour)
        y += line_height


def _common_size(draw, labels, box_w, box_h, *, max_size=34) -> int:
    """One font size for every box in a diagram: the largest all labels fit."""
    pad = 14
    return min(
        (_wrap(draw, label, box_w - 2 * pad, box_h - 2 * pad, max_size=max_size)[2] for label in labels),
        default=max_size,
    )


def _box(draw, box, label, index, *, radius=22, size=34):
    fill, border = FILLS[index % len(FILLS)]
    draw.rounded_rectangle(box, radius=radius, fill=fill, outline=border, width=4)
    _text_in(draw, box, label, max_size=size)


def _boxes(draw, boxes, labels, *, first_colour=0, radius=22):
    """Boxes of one size, with one font size for all their labels."""
    if not boxes:
        return
    x0, y0, x1, y1 = boxes[0]
    size = _common_size(draw, labels, x1 - x0, y1 - y0)
    for i, (box, label) in enumerate(zip(boxes, labels, strict=True)):
        _box(draw, box, label, first_colour + i, radius=radius, size=size)


def _ellipse(draw, box, label, index):
    fill, border = FILLS[index % len(FILLS)]
    draw.ellipse(box, fill=fill, outline=border, width=4)
    x0, y0, x1, y1 = box
    inset_x, inset_y = (x1 - x0) * 0.15, (y1 - y0) * 0.2
    _text_in(draw, (x0 + inset_x, y0 + inset_y, x1 - inset_x, y1 - inset_y), label)


def _edge(box, towards):
    """Where the line from the box centre towards a point leaves the box."""
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(
        (x1 - x0) / 2 / abs(dx) if dx else math.inf,
        (y1 - y0) / 2 / abs(dy) if dy else math.inf,
    )
    return cx + dx * scale, cy + dy * scale


def _centre(box):
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _arrow(draw, start, end, *, colour=LINE, width=5, head=18, gap=10):
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 2 * gap + head:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    x0, y0, x1, y1 = x0 + ux * gap, y0 + uy * gap, x1 - ux * gap, y1 - uy * gap
    draw.line([(x0, y0), (x1 - ux * head * 0.8, y1 - uy * head * 0.8)], fill=colour, width=width)
    left = (x1 - ux * head - uy * head * 0.6, y1 - uy * head + ux * head * 0.6)
    right = (x1 - ux * head + uy * head * 0.6, y1 - uy * head - ux * head * 0.6)
    draw.polygon([(x1, y1), left, right], fill=colour)


def _connect(draw, a, b, *, arrow=True, both_ways=False, colour=LINE, width=5):
    start, end = _edge(a, _centre(b)), _edge(b, _centre(a))
    if both_ways:
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        _arrow(draw, middle, end, colour=colour, width=width, head=14, gap=4)
        _arrow(draw, middle, start, colour=colour, width=width, head=14, gap=4)
    elif arrow:
        _arrow(draw, start, end, colour=colour, width=width)
    else:
        draw.line([start, end], fill=colour, width=width)


def _ring_boxes(count, *, cx=WIDTH / 2, cy=355, rx=400, ry=215, box_w=290, box_h=104):
    boxes = []
    for i in range(count):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        boxes.append((x - box_w / 2, y - box_h / 2, x + box_w / 2, y + box_h / 2))
    return boxes


# --- Layouts ---------------------------------------------------------------------


def _layout_ring(draw, spec):
    boxes = _ring_boxes(len(spec.labels))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :] if spec.connect_all else boxes[i + 1 : i + 2]:
            _connect(draw, a, b, arrow=False, width=3)
    if not spec.connect_all and len(boxes) > 2:
        _connect(draw, boxes[-1], boxes[0], arrow=False, width=3)
    _boxes(draw, boxes, spec.labels)


def _layout_cycle(draw, spec):
    count = len(spec.labels)
    cx, cy, r = (WIDTH / 2 if spec.exit is None else 440), 360, 215
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(205, 215, 228), width=3)
    boxes = _ring_boxes(count, cx=cx, cy=cy, rx=r + 60 if count <= 4 else r + 120, ry=r, box_w=270, box_h=100)
    for i in range(count):
        # Arrows follow the circle from one box to the next.
        a1 = -math.pi / 2 + 2 * math.pi * i / count
        a2 = -math.pi / 2 + 2 * math.pi * (i + 1) / count
        span = a2 - a1
        points = [(cx + r * math.cos(a1 + span * t), cy + r * math.sin(a1 + span * t)) for t in (0.3, 0.5, 0.7)]
        draw.line(points, fill=ACCENT, width=6)
        _arrow(draw, points[1], points[2], colour=ACCENT, width=6, gap=0)
    size = _common_size(draw, spec.labels + ([spec.exit[1]] if spec.exit else []), 270, 100)
    if spec.exit is not None:
        source = boxes[spec.labels.index(spec.exit[0])]
        y = _centre(source)[1]
        target = (WIDTH - 330, y - 60, WIDTH - 50, y + 60)
        _arrow(draw, (source[2], y), (target[0], y), colour=(6, 120, 68), width=6, head=22, gap=6)
        _box(draw, target, spec.exit[1], 1, radius=50, size=size)
    for i, (box, label) in enumerate(zip(boxes, spec.labels, strict=True)):
        _box(draw, box, label, i if spec.exit is None else (0, 2, 3, 4, 5)[i % 5], size=size)


def _layout_flow(draw, spec):
    count = len(spec.labels)
    margin, gap = 50, 54
    box_w = (WIDTH - 2 * margin - gap * (count - 1)) / count
    top = 170 if spec.bar else 260
    boxes = [(margin + i * (box_w + gap), top, margin + i * (box_w + gap) + box_w, top + 170) for i in range(count)]
    for a, b in zip(boxes, boxes[1:], strict=False):
        _connect(draw, a, b, both_ways=spec.both_ways)
    if spec.bar:
        bar = (margin, 440, WIDTH - margin, 540)
        for box in boxes:
            x = _centre(box)[0]
            _arrow(draw, (x, box[3]), (x, bar[1]), width=4, head=16, gap=6)
        _box(draw, bar, spec.bar, 1, radius=30)
    _boxes(draw, boxes, spec.labels)


def _layout_grid(draw, spec):
    count = len(spec.labels)
    cols = min(4, math.ceil(math.sqrt(count * 16 / 9)))
    rows = math.ceil(count / cols)
    margin, gap = 60, 30
    box_w = (WIDTH - 2 * margin - gap * (cols - 1)) / cols
    box_h = min(160, (HEIGHT - 180 - gap * (rows - 1)) / rows)
    top = (HEIGHT - rows * box_h - (rows - 1) * gap) / 2 + 10
    boxes = []
    for i in range(count):
        row, col = divmod(i, cols)
        x, y = margin + col * (box_w + gap), top + row * (box_h + gap)
        boxes.append((x, y, x + box_w, y + box_h))
    _boxes(draw, boxes, spec.labels)


def _layout_stack(draw, spec, *, stairs=False):
    count = len(spec.labels)
    labels = list(reversed(spec.labels)) if spec.bottom_up and not stairs else spec.labels
    gap = 56
    box_h = min(110, (HEIGHT - 150 - gap * (count - 1)) / count)
    top = (HEIGHT - count * box_h - (count - 1) * gap) / 2
    boxes = []
    for i in range(count):
        if stairs:  # the first step at the bottom left, rising to the right
            step_w = (WIDTH - 120) / count
            x0 = 60 + i * step_w
            y0 = top + (count - 1 - i) * (box_h + gap)
            boxes.append((x0, y0, x0 + step_w - 36, y0 + box_h))
        else:
            y0 = top + i * (box_h + gap)
            boxes.append((WIDTH / 2 - 380, y0, WIDTH / 2 + 380, y0 + box_h))
    for a, b in zip(boxes, boxes[1:], strict=False):
        if spec.bottom_up and not stairs:
            a, b = b, a
        _connect(draw, a, b, both_ways=spec.both_ways)
    _boxes(draw, boxes, labels)


def _layout_ladder(draw, spec):
    """A ladder: the first label on the lowest rung, each label beside its rung."""
    count = len(spec.labels)
    top, bottom = 130 if spec.notes else 70, HEIGHT - 70
    step = (bottom - top) / count
    rail_left, rail_right = 110, 230
    draw.line([(rail_left, top - 20), (rail_left, bottom + 10)], fill=MUTED, width=10)
    draw.line([(rail_right, top - 20), (rail_right, bottom + 10)], fill=MUTED, width=10)
    boxes = []
    for i in range(count):
        y = bottom - step * (i + 0.5)
        draw.line([(rail_left, y), (rail_right, y)], fill=MUTED, width=8)
        draw.line([(rail_right + 8, y), (300, y)], fill=(205, 215, 228), width=3)
        boxes.append((300, y - step / 2 + 10, WIDTH - 170, y + step / 2 - 10))
    _arrow(draw, (WIDTH - 90, bottom - 10), (WIDTH - 90, top), colour=ACCENT, width=8, head=26, gap=0)
    _boxes(draw, boxes, spec.labels)


def _layout_scale(draw, spec):
    left, right, *middle = spec.labels
    y = 470
    _arrow(draw, (330, y), (870, y), colour=ACCENT, width=8, head=26, gap=0)
    _arrow(draw, (870, y), (330, y), colour=ACCENT, width=8, head=26, gap=0)
    ends = [(40, y - 60, 320, y + 60), (880, y - 60, 1160, y + 60)]
    size = _common_size(draw, [left, right], 280, 120)
    _box(draw, ends[0], left, 4, size=size)
    _box(draw, ends[1], right, 1, size=size)
    if middle:
        count = len(middle)
        box_w = min(300, (1000 - 30 * (count - 1)) / count)
        start = WIDTH / 2 - (count * box_w + (count - 1) * 30) / 2
        boxes = []
        for i in range(count):
            x = start + i * (box_w + 30)
            boxes.append((x, 150, x + box_w, 260))
            draw.line([(x + box_w / 2, 262), (WIDTH / 2, y - 14)], fill=(205, 215, 228), width=3)
        _boxes(draw, boxes, middle, first_colour=2, radius=50)
    # A walker on the scale, heading to the right.
    cx = WIDTH / 2
    draw.ellipse((cx - 16, y - 98, cx + 16, y - 66), outline=INK, width=5)
    draw.line([(cx, y - 66), (cx, y - 30)], fill=INK, width=5)
    draw.line([(cx, y - 30), (cx - 16, y - 8), (cx, y - 30), (cx + 18, y - 10)], fill=INK, width=5)
    draw.line([(cx - 18, y - 56), (cx, y - 48), (cx + 20, y - 60)], fill=INK, width=5)


def _layout_venn(draw, spec):
    circles = spec.labels[:3]
    middle = spec.labels[3] if len(spec.labels) > 3 else ""
    outcome = spec.labels[4] if len(spec.labels) > 4 else ""
    count = len(circles)
    r = 185 if count == 3 else 220
    cx = WIDTH / 2 - (150 if outcome else 0)
    centres = [(cx - 125, 270), (cx + 125, 270), (cx, 455)] if count == 3 else [(cx - 140, 360), (cx + 140, 360)]
    for i, (x, y) in enumerate(centres):  # translucent fills blend where the circles overlap
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*FILLS[i][1], 40))
    for i, (x, y) in enumerate(centres):
        draw.ellipse((x - r, y - r, x + r, y + r), outline=FILLS[i][1], width=4)
    offsets = [(-95, -55), (95, -55), (0, 95)] if count == 3 else [(-100, 0), (100, 0)]
    size = _common_size(draw, circles, 250, 100, max_size=30)
    for (x, y), (dx, dy), label in zip(centres, offsets, circles, strict=False):
        _text_in(draw, (x + dx - 125, y + dy - 50, x + dx + 125, y + dy + 50), label, max_size=size)
    mx, my = sum(c[0] for c in centres) / count, sum(c[1] for c in centres) / count
    if middle:
        _text_in(draw, (mx - 110, my - 36, mx + 110, my + 36), middle, colour=INK, max_size=24)
    if outcome:
        target = (WIDTH - 330, my - 70, WIDTH - 50, my + 70)
        _arrow(draw, (mx + 115, my), (target[0], my), colour=ACCENT, width=6, head=22, gap=0)
        _box(draw, target, outcome, 1, radius=30, size=_common_size(draw, [outcome], 280, 140))


def _layout_hub(draw, spec):
    centre_label, *others = spec.labels
    boxes = _ring_boxes(len(others), rx=420, ry=225, box_w=270, box_h=96) if others else []
    middle = (WIDTH / 2 - 170, 300, WIDTH / 2 + 170, 410)
    for box in boxes:
        _connect(draw, middle, box, arrow=False, width=4)
    _box(draw, middle, centre_label, 0, radius=55)
    _boxes(draw, boxes, others, first_colour=1)


def _layout_columns(draw, spec):
    half = math.ceil(len(spec.labels) / 2)
    for col, labels in enumerate((spec.labels[:half], spec.labels[half:])):
        x0 = 90 if col == 0 else WIDTH / 2 + 40
        gap = 24
        box_h = min(120, (HEIGHT - 180 - gap * (len(labels) - 1)) / max(1, len(labels)))
        boxes = [
            (x0, 110 + i * (box_h + gap), x0 + WIDTH / 2 - 130, 110 + i * (box_h + gap) + box_h)
            for i in range(len(labels))
        ]
        for box, label in zip(boxes, labels, strict=True):
            _box(draw, box, label, col, size=_common_size(draw, spec.labels, box[2] - box[0], box[3] - box[1]))
    draw.line([(WIDTH / 2, 110), (WIDTH / 2, HEIGHT - 90)], fill=(205, 215, 228), width=3)


def _person(draw, x, y, *, scale=1.0, colour=(0, 98, 186), fill=(227, 238, 250)):
    """A simple person icon: a head over rounded shoulders, centred on (x, y)."""
    head = 17 * scale
    draw.ellipse((x - head, y - 38 * scale, x + head, y - 38 * scale + 2 * head), fill=fill, outline=colour, width=4)
    draw.rounded_rectangle(
        (x - 32 * scale, y + 2 * scale, x + 32 * scale, y + 46 * scale),
        radius=int(22 * scale),
        fill=fill,
        outline=colour,
        width=4,
    )


def _tag(draw, centre, label, index, *, size=22):
    """A small labelled pill centred on a point."""
    font = _font(size)
    width = draw.textlength(label, font=font)
    x, y = centre
    fill, border = FILLS[index % len(FILLS)]
    draw.rounded_rectangle(
        (x - width / 2 - 14, y - size, x + width / 2 + 14, y + size), radius=size, fill=fill, outline=border, width=3
    )
    draw.text((x - width / 2, y - size * 0.62), label, font=font, fill=INK)


def _layout_people(draw, spec):
    """A group of participants: a circle (or a semicircle of chairs facing the
    leaders). The first two labels name two people (the leaders); any other
    labels sit around the group."""
    leaders, others = spec.labels[:2], spec.labels[2:]
    cx, cy = WIDTH / 2, 360
    rx, ry = 300, 190
    positions = []
    if spec.semicircle:
        # Chairs on the lower arc; the leaders side by side at the open end, at the same height.
        for i in range(8):
            angle = math.pi * (0.06 + 0.88 * i / 7)
            _person(draw, cx + 440 * math.cos(angle), 250 + 300 * math.sin(angle), colour=MUTED, fill=(236, 240, 245))
        for index, (label, lx) in enumerate(zip(leaders, (cx - 120, cx + 120), strict=False)):
            ly = 230
            _person(draw, lx, ly, colour=FILLS[index][1], fill=FILLS[index][0])
            _tag(draw, (lx, ly - 78), label, index)
            bubble = (lx - 45, ly + 70, lx + 45, ly + 120)  # speech towards the group
            draw.rounded_rectangle(bubble, radius=20, fill=(255, 255, 255), outline=FILLS[index][1], width=3)
            draw.polygon([(lx - 10, ly + 118), (lx + 10, ly + 118), (lx, ly + 138)], fill=FILLS[index][1])
            for dot in (-18, 0, 18):
                draw.ellipse((lx + dot - 5, ly + 90, lx + dot + 5, ly + 100), fill=FILLS[index][1])
        for i, label in enumerate(others):
            _tag(draw, (cx, HEIGHT - 90 - i * 50), label, i + 2)
        return
    for i in range(8):
        angle = -math.pi / 2 + 2 * math.pi * i / 8
        positions.append((cx + rx * math.cos(angle), cy + ry * math.sin(angle)))
    # Learning goes between the participants, not only from the leaders.
    for i, (x0, y0) in enumerate(positions):
        for j in (i + 3, i + 4):
            x1, y1 = positions[j % 8]
            draw.line([(x0, y0), (x1, y1)], fill=(205, 215, 228), width=3)
    for i, (x, y) in enumerate(positions):
        if i < len(leaders):
            _person(draw, x, y, colour=FILLS[i][1], fill=FILLS[i][0])
        else:
            _person(draw, x, y, colour=MUTED, fill=(236, 240, 245))
    for i, label in enumerate(leaders):
        x, y = positions[i]
        _tag(draw, (x, y - 66), label, i)
    corners = [(150, 120), (WIDTH - 150, 120), (150, HEIGHT - 120), (WIDTH - 150, HEIGHT - 120)]
    for i, label in enumerate(others):
        _tag(draw, corners[i % 4] if i < 4 else (cx, 60 + 50 * (i - 4)), label, i + 2, size=26)


def _layout_meeting(draw, spec):
    """A video meeting: a grid of six tiles (the first labels name tiles), a
    chat panel and a row of buttons."""
    screen = (50, 40, WIDTH - 50, HEIGHT - 70)
    draw.rounded_rectangle(screen, radius=18, fill=(30, 43, 60))
    grid_right = screen[2] - 300
    cols, rows, gap = 3, 2, 14
    tile_w = (grid_right - screen[0] - 20 - gap * (cols - 1)) / cols
    tile_h = (screen[3] - 110 - screen[1] - 20 - gap * (rows - 1)) / rows
    for i in range(cols * rows):
        row, col = divmod(i, cols)
        x0 = screen[0] + 20 + col * (tile_w + gap)
        y0 = screen[1] + 20 + row * (tile_h + gap)
        draw.rounded_rectangle((x0, y0, x0 + tile_w, y0 + tile_h), radius=12, fill=(58, 74, 96))
        _person(draw, x0 + tile_w / 2, y0 + tile_h / 2 - 6, scale=1.1, colour=(220, 228, 238), fill=(88, 104, 126))
        if i < len(spec.labels):
            _tag(draw, (x0 + tile_w / 2, y0 + tile_h - 26), spec.labels[i], i, size=18)
    chat = (grid_right + 10, screen[1] + 20, screen[2] - 20, screen[3] - 110)
    draw.rounded_rectangle(chat, radius=12, fill=(247, 249, 252))
    draw.text((chat[0] + 18, chat[1] + 14), "Chat", font=_font(22), fill=INK)
    for i, width in enumerate((0.8, 0.6)):
        y = chat[1] + 64 + i * 70
        draw.rounded_rectangle(
            (chat[0] + 18, y, chat[0] + 18 + (chat[2] - chat[0] - 36) * width, y + 44),
            12,
            fill=FILLS[i][0],
            outline=FILLS[i][1],
            width=2,
        )
    buttons = spec.buttons or ["Kamera", "Mikrofon", "Chat"]
    bar_y = screen[3] - 55
    widths = [draw.textlength(label, font=_font(22)) + 48 for label in buttons]
    x = (WIDTH - sum(widths) - 20 * (len(buttons) - 1)) / 2
    for label, width in zip(buttons, widths, strict=True):
        draw.rounded_rectangle((x, bar_y - 26, x + width, bar_y + 26), radius=26, fill=(247, 249, 252))
        draw.text((x + 24, bar_y - 14), label, font=_font(22), fill=INK)
        x += width + 20


LAYOUTS = {
    "ring": _layout_ring,
    "cycle": _layout_cycle,
    "flow": _layout_flow,
    "grid": _layout_grid,
    "stack": _layout_stack,
    "stairs": lambda draw, spec: _layout_stack(draw, spec, stairs=True),
    "scale": _layout_scale,
    "venn": _layout_venn,
    "hub": _layout_hub,
    "columns": _layout_columns,
    "ladder": _layout_ladder,
    "people": _layout_people,
    "meeting": _layout_meeting,
}
MIN_LABELS = {"scale": 2, "venn": 2, "hub": 2, "cycle": 3, "ring": 3, "people": 0, "meeting": 0}


def draw_diagram(description: str, *, fallback_labels: list[str] | None = None) -> Image.Image:
    """A 1200×675 illustration for the description (see the module docstring)."""
    spec = parse(description)
    if not spec.labels:
        spec.labels = list(fallback_labels or ["Helsepedagogikk"])
    if len(spec.labels) < MIN_LABELS.get(spec.layout, 1):
        spec.layout = "flow"
    if spec.layout == "flow" and len(spec.labels) > 6 and not spec.bar:
        spec.layout = "grid"
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image, "RGBA")
    LAYOUTS[spec.layout](draw, spec)
    if spec.notes:
        note = " · ".join(spec.notes)
        font = _font(28, bold=True)
        width = draw.textlength(note, font=font)
        draw.rounded_rectangle((WIDTH / 2 - width / 2 - 24, 28, WIDTH / 2 + width / 2 + 24, 82), 27, fill=ACCENT)
        draw.text((WIDTH / 2 - width / 2, 38), note, font=font, fill=(255, 255, 255))
    small = _font(18, bold=False)
    draw.text((WIDTH - 24 - draw.textlength(FOOTER, font=small), HEIGHT - 36), FOOTER, font=small, fill=MUTED)
    return image


def write_png(description: str, path: Path, *, fallback_labels: list[str] | None = None) -> Path:
    image = draw_diagram(description, fallback_labels=fallback_labels)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="PNG", optimize=True)
    return path
