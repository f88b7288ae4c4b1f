"""Badge layouts as data: elements placed in millimetres on a badge of a design size.

A new layout is a new :class:`Layout` value, not new drawing code; the renderer
(:mod:`confdesk.output.badges.renderer`) draws each element by its type. A layout is drawn
on any label by scaling to the label's safe area (see
:mod:`confdesk.output.badges.stocks`): positions stretch to its width and height, font and QR
sizes grow or shrink with the smaller of the two factors, so nothing gets distorted.
:func:`layout_for` picks the portrait or the landscape layout by the label's shape.

Text elements name the badge fields they show (joined by spaces); see
:class:`confdesk.output.badges.data.BadgePerson` for the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from confdesk.errors import UserError
from confdesk.output.badges.stocks import Stock


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres from the badge's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    def scaled(self, sx: float, sy: float) -> Box:
        return Box(self.x * sx, self.y * sy, self.width * sx, self.height * sy)


@dataclass(frozen=True)
class TextElement:
    name: str  # reported when the text had to shrink ("given_name", "organization", …)
    box: Box
    fields: tuple[str, ...]
    size: float  # points, at the design size
    min_size: float
    readable_size: float = 9.0  # below this the badge is listed as hard to read
    bold: bool = False
    align: Align = Align.CENTER
    max_lines: int = 1
    shorten: bool = False  # may shorten middle names ("Anna M. L.")
    color: str = "#000000"


@dataclass(frozen=True)
class CategoryBand:
    """A coloured band with the category's word in white."""

    box: Box
    size: float
    min_size: float = 6.0


@dataclass(frozen=True)
class QrElement:
    """The check-in code, as a square centred in its box (quiet zone included)."""

    box: Box
    quiet_modules: int = 2


@dataclass(frozen=True)
class ImageElement:
    """An image named by the render call (``logo``), kept in proportion within its box."""

    box: Box
    source: str = "logo"


@dataclass(frozen=True)
class LineElement:
    box: Box  # drawn along the box's top edge
    width_pt: float = 0.5
    color: str = "#9a9a9a"


@dataclass(frozen=True)
class ScheduleElement:
    """The person's own sessions, one line each: time, title, room."""

    box: Box
    size: float
    min_size: float
    heading_size: float


Element = TextElement | CategoryBand | QrElement | ImageElement | LineElement | ScheduleElement


@dataclass(frozen=True)
class Layout:
    name: str
    width_mm: float
    height_mm: float
    front: tuple[Element, ...]
    back: tuple[Element, ...]

    def scaled_to(self, width_mm: float, height_mm: float) -> Layout:
        sx, sy = width_mm / self.width_mm, height_mm / self.height_mm
        factor = min(sx, sy)
        return replace(
            self,
            width_mm=width_mm,
            height_mm=height_mm,
            front=tuple(_scaled(element, sx, sy, factor) for element in self.front),
            back=tuple(_scaled(element, sx, sy, factor) for element in self.back),
        )


def _scaled(element: Element, sx: float, sy: float, factor: float) -> Element:
    box = element.box.scaled(sx, sy)
    if isinstance(element, TextElement | CategoryBand):
        return replace(
            element, box=box, size=element.size * factor, min_size=element.min_size * factor
        )
    if isinstance(element, ScheduleElement):
        return replace(
            element,
            box=box,
            size=element.size * factor,
            min_size=element.min_size * factor,
            heading_size=element.heading_size * factor,
        )
    return replace(element, box=box)


# The name's lines come from the one name formatter: see BadgePerson.
_GIVEN = ("first_name_line",)
_FAMILY = ("second_name_line",)
_BACK_NAME = ("name_without_title",)

# Design size A6 (105 × 148 mm): a badge on a lanyard, read from two metres.
PORTRAIT = Layout(
    name="portrait",
    width_mm=105.0,
    height_mm=148.0,
    front=(
        TextElement("event", Box(6, 5, 93, 9), ("event_title",), 11, 6, 0, max_lines=2),
        LineElement(Box(6, 16, 93, 0)),
        ImageElement(Box(80, 18, 19, 10)),
        TextElement(
            "given_name", Box(5, 26, 95, 26), _GIVEN, 36, 10, bold=True, max_lines=2, shorten=True
        ),
        TextElement("family_name", Box(5, 53, 95, 13), _FAMILY, 22, 8, max_lines=2),
        TextElement("organization", Box(6, 68, 93, 13), ("organization",), 13, 7, 7, max_lines=2),
        TextElement("position", Box(6, 82, 93, 6), ("position",), 10, 6, 6, color="#444444"),
        QrElement(Box(32.5, 91, 40, 40)),
        CategoryBand(Box(0, 134, 105, 14), 18),
    ),
    back=(
        TextElement("back_name", Box(6, 5, 93, 9), _BACK_NAME, 14, 7, 0, bold=True),
        LineElement(Box(6, 16, 93, 0)),
        ScheduleElement(Box(6, 19, 93, 112), 10, 6.5, 12),
        CategoryBand(Box(0, 134, 105, 14), 18),
    ),
)

# Design size 100 × 62 mm: label rolls and landscape sheets; the QR sits on the right.
LANDSCAPE = Layout(
    name="landscape",
    width_mm=100.0,
    height_mm=62.0,
    front=(
        TextElement("event", Box(4, 2.5, 92, 6), ("event_title",), 8, 5, 0, align=Align.LEFT),
        LineElement(Box(4, 9.5, 92, 0)),
        TextElement(
            "given_name",
            Box(4, 11, 62, 15),
            _GIVEN,
            26,
            9,
            bold=True,
            align=Align.LEFT,
            max_lines=2,
            shorten=True,
        ),
        TextElement(
            "family_name", Box(4, 26.5, 62, 9), _FAMILY, 15, 7, align=Align.LEFT, max_lines=2
        ),
        TextElement(
            "organization",
            Box(4, 36, 62, 9),
            ("organization",),
            10,
            6,
            6,
            align=Align.LEFT,
            max_lines=2,
        ),
        TextElement(
            "position",
            Box(4, 45.5, 62, 5),
            ("position",),
            8,
            5,
            5,
            align=Align.LEFT,
            color="#444444",
        ),
        QrElement(Box(67, 11, 30, 30)),
        ImageElement(Box(67, 42, 30, 8)),
        CategoryBand(Box(0, 52, 100, 10), 12),
    ),
    back=(
        TextElement(
            "back_name",
            Box(4, 2.5, 92, 6),
            _BACK_NAME,
            9,
            5,
            0,
            bold=True,
            align=Align.LEFT,
        ),
        LineElement(Box(4, 9.5, 92, 0)),
        ScheduleElement(Box(4, 11, 92, 40), 7, 4.5, 8),
        CategoryBand(Box(0, 52, 100, 10), 12),
    ),
)

LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (PORTRAIT, LANDSCAPE)}


def layout_for(stock: Stock, name: str | None = None) -> Layout:
    """The layout named, or the one whose shape matches the badge as it is read, scaled to
    the label's safe area."""
    if name is None:
        chosen = LANDSCAPE if stock.landscape else PORTRAIT
    elif name in LAYOUTS:
        chosen = LAYOUTS[name]
    else:
        raise UserError(
            f"There is no badge layout called “{name}”; choose one of {', '.join(LAYOUTS)}.",
            code="unknown_layout",
            name=name,
            choices=tuple(LAYOUTS),
        )
    return chosen.scaled_to(*stock.drawing_size_mm)
