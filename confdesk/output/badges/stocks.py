"""Badge stocks: the paper or labels a badge is printed on, as measured data in millimetres.

Every stock states its page as the printer driver sees it (width × height, portrait for
label rolls: the tape's width is the page's width), the label size, the first label's left
and top margin, the horizontal and vertical pitch (label plus gap), the corner radius where
the labels are rounded, the edges a roll printer cannot reach, and the safe margins inside
each label where the badge is drawn. Nothing is centred or derived: the numbers are the
makers' (or the drivers') published ones, with their source beside them, and
``tests/output/badges/test_stock_dimensions.py`` checks them against a table of its own.

A badge reads landscape on a label roll (name along the tape), so on a roll's portrait page
it is drawn turned by 90° clockwise (``turned``): its top edge lies along the page's right.

A printer that feeds slightly off is corrected with the calibration page's x/y offset; it
moves everything and cannot correct a pitch, which is why the pitch must be right here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from confdesk.errors import UserError
from confdesk.words.formatting import decimal
from confdesk.words.printed import StockWords
from confdesk.words.vocabulary import STOCK_TITLES, word_for

A4 = (210.0, 297.0)
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Edges:
    """Distances in mm from a label's four edges, in the page's frame (as the driver sees it)."""

    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    left: float = 0.0

    @staticmethod
    def all(value: float) -> Edges:
        return Edges(value, value, value, value)

    def at_least(self, other: Edges) -> bool:
        return (
            self.top >= other.top
            and self.right >= other.right
            and self.bottom >= other.bottom
            and self.left >= other.left
        )


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page in mm, from the page's top-left corner, y running down."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


def dots(count: int, dpi: int) -> float:
    """``count`` printer dots at ``dpi`` in mm: drivers publish printable areas in dots."""
    return count * MM_PER_INCH / dpi


@dataclass(frozen=True)
class Stock:
    name: str
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float  # on the page, as the driver sees it
    label_height_mm: float
    columns: int = 1
    rows: int = 1
    left_mm: float = 0.0  # the first label's left edge from the page's left edge
    top_mm: float = 0.0  # the first label's top edge from the page's top edge
    pitch_x_mm: float = 0.0  # from one label's left edge to the next one's (label + gap)
    pitch_y_mm: float = 0.0
    corner_radius_mm: float = 0.0
    # What a roll printer cannot reach on the label (from its driver's printable area).
    unprintable: Edges = field(default_factory=Edges)
    # Where the badge is drawn: nothing printed comes closer to the label's edges.
    safe: Edges = field(default_factory=Edges)
    roll: bool = False
    # The badge is drawn turned 90° clockwise on the page (a landscape badge on a roll).
    turned: bool = False
    articles: tuple[str, ...] = ()
    # A fold-over badge: one person per sheet, the back (their schedule) on the left half,
    # the front on the right, both upright — folded down the middle like a book, it reads
    # right on both sides when it turns on its lanyard.
    fold_over: bool = False

    @property
    def labels_per_page(self) -> int:
        return self.columns * self.rows

    @property
    def badges_per_page(self) -> int:
        return 1 if self.fold_over else self.labels_per_page

    @property
    def badge_width_mm(self) -> float:
        """The label's width as the badge is read (turned labels swap width and height)."""
        return self.label_height_mm if self.turned else self.label_width_mm

    @property
    def badge_height_mm(self) -> float:
        return self.label_width_mm if self.turned else self.label_height_mm

    @property
    def landscape(self) -> bool:
        return self.badge_width_mm > self.badge_height_mm

    @property
    def drawing_size_mm(self) -> tuple[float, float]:
        """Width and height of the safe area as the badge is read: what a layout fills."""
        width = self.label_width_mm - self.safe.left - self.safe.right
        height = self.label_height_mm - self.safe.top - self.safe.bottom
        return (height, width) if self.turned else (width, height)

    def label_origin_mm(self, slot: int) -> tuple[float, float]:
        """Top-left corner of label ``slot`` (0-based, row by row) from the page's top-left."""
        row, column = divmod(slot, self.columns)
        return self.left_mm + column * self.pitch_x_mm, self.top_mm + row * self.pitch_y_mm

    def label_rect(self, slot: int) -> Rect:
        left, top = self.label_origin_mm(slot)
        return Rect(left, top, self.label_width_mm, self.label_height_mm)

    def safe_rect(self, slot: int) -> Rect:
        label = self.label_rect(slot)
        return Rect(
            label.left + self.safe.left,
            label.top + self.safe.top,
            label.width - self.safe.left - self.safe.right,
            label.height - self.safe.top - self.safe.bottom,
        )

    def page_rect(self, slot: int, x: float, y: float, width: float, height: float) -> Rect:
        """A rectangle of the badge (mm from the safe area's top-left as the badge is read)
        where it lies on the page."""
        area = self.safe_rect(slot)
        if not self.turned:
            return Rect(area.left + x, area.top + y, width, height)
        # Turned clockwise: the badge's x runs down the page, its y runs right to left.
        return Rect(area.right - y - height, area.top + x, height, width)

    def drawing_matrix_mm(self, slot: int) -> tuple[float, float, float, float, float, float]:
        """The PDF matrix (a, b, c, d, e, f; e and f in mm) that maps the badge's own frame
        — origin at the bottom-left of its safe area as it is read, y up — onto the page
        (origin bottom-left, y up)."""
        area = self.safe_rect(slot)
        if not self.turned:
            return 1.0, 0.0, 0.0, 1.0, area.left, self.page_height_mm - area.bottom
        # x_page = left + v, y_page = top_pdf − u: the badge's bottom runs down the page's left.
        return 0.0, -1.0, 1.0, 0.0, area.left, self.page_height_mm - area.top

    def title(self, language: str) -> str:
        """ "Avery name badge labels 80 × 50 mm" / "Avery-Namensetiketten 80 × 50 mm"."""
        return word_for(STOCK_TITLES, self.name, language)

    def describe(self, language: str) -> str:
        """The title, the badge's size, how many per page and the article numbers."""
        where = StockWords.ON_A_ROLL if self.roll else StockWords.PER_PAGE
        return StockWords.DESCRIPTION.fill(
            language,
            {
                "title": self.title(language),
                "width": decimal(self.badge_width_mm, language),
                "height": decimal(self.badge_height_mm, language),
                "where": where.fill(language, {"count": self.labels_per_page}),
                "articles": f"; {', '.join(self.articles)}" if self.articles else "",
            },
        )


def _sheet(
    name: str,
    label: tuple[float, float],
    grid: tuple[int, int],
    first: tuple[float, float],
    pitch: tuple[float, float],
    *,
    safe: float,
    page: tuple[float, float] = A4,
    radius: float = 0.0,
    articles: tuple[str, ...] = (),
) -> Stock:
    """A sheet of labels: label size, columns × rows, the first label's left and top
    margin, and the pitch, all as published."""
    return Stock(
        name, page[0], page[1], label[0], label[1], grid[0], grid[1],
        first[0], first[1], pitch[0], pitch[1], radius,
        safe=Edges.all(safe), articles=articles,
    )  # fmt: skip


def _roll(
    name: str,
    page: tuple[float, float],
    unprintable: Edges,
    safe: Edges,
    articles: tuple[str, ...],
) -> Stock:
    """One label per page, the page portrait with the tape's width as its width."""
    width, height = page
    return Stock(
        name, width, height, width, height, unprintable=unprintable, safe=safe,
        roll=True, turned=True, articles=articles,
    )  # fmt: skip


# Office printers do not print the outer ~4–5 mm of a sheet, and perforated or cut paper
# is not placed to the tenth of a millimetre: plain-paper badges keep 5 mm from their edges.
_PAPER_SAFE = 5.0
# Die-cut labels and card inserts: clear of a 4 mm corner radius (1.2 mm at the diagonal)
# and of a printer's usual feed error of about a millimetre.
_LABEL_SAFE = 2.0
# Roll printers: 2 mm from each long edge of the tape (a 62 mm Brother roll prints only
# its middle 58.9 mm) and from the cut edges, never less than the driver's unprintable edge.
_ROLL_CLEAR = 2.0


def _roll_safe(unprintable: Edges) -> Edges:
    return Edges(
        max(_ROLL_CLEAR, unprintable.top),
        max(_ROLL_CLEAR, unprintable.right),
        max(_ROLL_CLEAR, unprintable.bottom),
        max(_ROLL_CLEAR, unprintable.left),
    )


def _printable(
    page: tuple[float, float], origin: tuple[float, float], size: tuple[float, float]
) -> Edges:
    """The unprintable edges of a page (mm) whose printable area of ``size`` starts at
    ``origin`` from its top-left corner."""
    return Edges(origin[1], page[0] - origin[0] - size[0], page[1] - origin[1] - size[1], origin[0])


# Brother QL, 62 mm continuous tape: the printer prints the middle 696 dots (58.9 mm) at
# 300 dpi, and it feeds 35 dots (3 mm) before and after the print (brother_ql's label
# table, entry "62"). confdesk cuts it at 100 mm.
_BROTHER_62 = _printable(
    (62.0, 100.0),
    ((62.0 - dots(696, 300)) / 2, dots(35, 300)),
    (dots(696, 300), 100.0 - 2 * dots(35, 300)),
)
# DYMO LabelWriter paper table (across in dots at 300 dpi, along at 600 dpi), as printable
# area from its origin: 99014 608 × 2218 from 18 × 128; 11356 459 × 1926 from 17 × 138.
_DYMO_99014 = _printable(
    (54.0, 101.0), (dots(18, 300), dots(128, 600)), (dots(608, 300), dots(2218, 600))
)
_DYMO_11356 = _printable(
    (41.0, 89.0), (dots(17, 300), dots(138, 600)), (dots(459, 300), dots(1926, 600))
)

STOCKS: dict[str, Stock] = {
    stock.name: stock
    for stock in (
        # ISO 216: A6 is 105 × 148 mm, A7 105 × 74 mm (landscape), A5 210 × 148 (landscape).
        _sheet(
            "a6",
            (105.0, 148.0),
            (1, 1),
            (0.0, 0.0),
            (105.0, 148.0),
            safe=_PAPER_SAFE,
            page=(105.0, 148.0),
        ),
        _sheet(
            "a6-4up",
            (105.0, 148.0),
            (2, 2),
            (0.0, 0.0),
            (105.0, 148.0),
            safe=_PAPER_SAFE,
            articles=("perforated A4 badge paper",),
        ),
        _sheet(
            "a7-8up",
            (105.0, 74.0),
            (2, 4),
            (0.0, 0.0),
            (105.0, 74.0),
            safe=_PAPER_SAFE,
        ),
        # glabels, avery-iso-templates.xml, L4785: 80 × 50 mm, round 4 mm, 2 × 5,
        # x0 18 mm, y0 13 mm, dx 95 mm, dy 55 mm (L4784, L4786, L4787 the same).
        _sheet(
            "avery-l4785",
            (80.0, 50.0),
            (2, 5),
            (18.0, 13.0),
            (95.0, 55.0),
            safe=_LABEL_SAFE,
            radius=4.0,
            articles=("Avery Zweckform L4785-20 (also L4784, L4786, L4787)",),
        ),
        # pretix, badge layout "HERMA 50 x 80 mm (4412)": margins 13.5 / 17.5 mm,
        # offsets 95 × 55 mm, 2 × 5 on A4.
        _sheet(
            "herma-4412",
            (80.0, 50.0),
            (2, 5),
            (17.5, 13.5),
            (95.0, 55.0),
            safe=_LABEL_SAFE,
            articles=("HERMA 4412",),
        ),
        # pretix, "DURABLE BADGEMAKER® 54 x 90 mm (1445-02)": margins top 12, sides 15,
        # bottom 15 mm, no gaps.
        _sheet(
            "durable-54x90",
            (90.0, 54.0),
            (2, 5),
            (15.0, 12.0),
            (90.0, 54.0),
            safe=_LABEL_SAFE,
            articles=("Durable BADGEMAKER 54 × 90 mm (1445-02)",),
        ),
        # pretix, "DURABLE BADGEMAKER® 60 x 90 mm (1456-02)": margins 28.5 / 15 mm.
        _sheet(
            "durable-60x90",
            (90.0, 60.0),
            (2, 4),
            (15.0, 28.5),
            (90.0, 60.0),
            safe=_LABEL_SAFE,
            articles=("Durable BADGEMAKER 60 × 90 mm (1456-02)",),
        ),
        # pretix, "DURABLE BADGEMAKER® 40 x 75 mm (1453-02)": margins 28.5 / 30 mm.
        _sheet(
            "durable-40x75",
            (75.0, 40.0),
            (2, 6),
            (30.0, 28.5),
            (75.0, 40.0),
            safe=_LABEL_SAFE,
            articles=("Durable BADGEMAKER 40 × 75 mm (1453-02)",),
        ),
        Stock(
            "a6-fold",
            210.0,
            148.0,
            105.0,
            148.0,
            columns=2,
            rows=1,
            pitch_x_mm=105.0,
            pitch_y_mm=148.0,
            safe=Edges.all(_PAPER_SAFE),
            fold_over=True,
        ),
        _roll(
            "brother-ql-62",
            (62.0, 100.0),
            _BROTHER_62,
            _roll_safe(_BROTHER_62),
            ("Brother DK-22205",),
        ),
        # glabels, dymo-other-templates.xml: 99014 is 54 × 101 mm, 11356 is 41 × 89 mm.
        _roll(
            "dymo-54x101",
            (54.0, 101.0),
            _DYMO_99014,
            _roll_safe(_DYMO_99014),
            ("DYMO 99014 (S0722430)",),
        ),
        _roll(
            "dymo-41x89",
            (41.0, 89.0),
            _DYMO_11356,
            _roll_safe(_DYMO_11356),
            ("DYMO 11356 (S0722560)",),
        ),
        # CUPS zebra.ppd: PageSize w162h288, 2.25 × 4.00 in; the whole page imageable.
        _roll(
            "zebra-57x102",
            (2.25 * MM_PER_INCH, 4 * MM_PER_INCH),
            Edges(),
            _roll_safe(Edges()),
            ("2.25 × 4 in direct thermal labels",),
        ),
    )
}
# Names a stock had before: a saved setting or a script keeps working.
ALIASES: dict[str, str] = {"label-80x50": "avery-l4785"}
DEFAULT_STOCK = "a6-4up"


def stock_name(name: str) -> str:
    """The current name of a stock called ``name`` now or before."""
    return ALIASES.get(name, name)


def get_stock(name: str) -> Stock:
    stock = STOCKS.get(stock_name(name))
    if stock is None:
        raise UserError(
            f"There is no badge stock called “{name}”; choose one of {', '.join(STOCKS)}.",
            code="unknown_stock",
            name=name,
            choices=tuple(STOCKS),
        )
    return stock
