"""Horizontal bar charts as PNG images for Word documents, drawn with Pillow (no Qt).

The follow-up report shows two: financing by status and fiches by progress. Each bar
has its label on the left and its value at its end, so the chart reads on paper in
black and white too. Images are drawn at twice the printed resolution (about 300
dpi at 16 cm), in the documents' font (Arial, else Liberation Sans or DejaVu Sans).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow loads when a chart is drawn, not with every document
    from PIL import Image, ImageDraw, ImageFont

    Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

WIDTH_PX = 1900
_ROW_PX = 70
_BAR_PX = 44
_MARGIN_PX = 18
_FONT_PX = 38
_TEXT = (0x26, 0x26, 0x26)
_GRID = (0xD9, 0xD9, 0xD9)
_FONT_FILES = ("arial.ttf", "Arial.ttf", "LiberationSans-Regular.ttf", "DejaVuSans.ttf")

COLORS = {
    "vert": "#009E73",
    "bleu": "#0072B2",
    "bleu_ciel": "#56B4E9",
    "jaune": "#F0E442",
    "vermillon": "#D55E00",
    "orange": "#E69F00",
    "gris": "#9E9E9E",
}
"""The dashboard's colour-blind-safe palette (Okabe–Ito)."""


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value, the text written at its end and its colour."""

    label: str
    value: Decimal
    text: str
    color: str = COLORS["bleu"]


@dataclass(frozen=True)
class DocumentImage:
    """A PNG to place in a document, ``width_cm`` wide (the renderer inserts it)."""

    png: bytes
    width_cm: float


@cache
def _font() -> Font:
    from PIL import ImageFont

    for name in _FONT_FILES:
        try:
            return ImageFont.truetype(name, _FONT_PX)
        except OSError:
            continue
    return ImageFont.load_default(_FONT_PX)


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: Font) -> float:
    return draw.textlength(text, font=font)


def _fitted(draw: ImageDraw.ImageDraw, text: str, font: Font, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` pixels."""
    if _text_width(draw, text, font) <= width:
        return text
    while text and _text_width(draw, text + "…", font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(bars: Sequence[Bar], *, empty_text: str = "Aucune donnée") -> bytes:
    """The PNG of a horizontal bar chart, one row per bar, values written at the bars' ends."""
    from PIL import Image, ImageDraw

    font = _font()
    rows = max(len(bars), 1)
    height = 2 * _MARGIN_PX + rows * _ROW_PX
    image = Image.new("RGB", (WIDTH_PX, height), "white")
    draw = ImageDraw.Draw(image)
    if not bars:
        draw.text((_MARGIN_PX, _MARGIN_PX + 10), empty_text, fill=_TEXT, font=font)
        return _png(image)
    label_width = min(max(_text_width(draw, bar.label, font) for bar in bars) + 24, WIDTH_PX * 0.38)
    value_width = max(_text_width(draw, bar.text, font) for bar in bars) + 24
    left = _MARGIN_PX + label_width
    span = WIDTH_PX - _MARGIN_PX - left - value_width
    largest = max((bar.value for bar in bars), default=Decimal(0))
    draw.line([(left, _MARGIN_PX), (left, height - _MARGIN_PX)], fill=_GRID, width=2)
    for row, bar in enumerate(bars):
        top = _MARGIN_PX + row * _ROW_PX + (_ROW_PX - _BAR_PX) / 2
        middle = top + _BAR_PX / 2
        label = _fitted(draw, bar.label, font, label_width - 24)
        draw.text((left - 12, middle), label, fill=_TEXT, font=font, anchor="rm")
        length = float(bar.value / largest) * span if largest > 0 else 0.0
        if length > 0:
            draw.rectangle([left, top, left + max(length, 3.0), top + _BAR_PX], fill=bar.color)
        draw.text((left + length + 12, middle), bar.text, fill=_TEXT, font=font, anchor="lm")
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True, dpi=(300, 300))
    return buffer.getvalue()
