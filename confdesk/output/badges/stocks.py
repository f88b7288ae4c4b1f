"""Badge stocks: the paper or label material a badge is printed on, with its real
dimensions in millimetres.

Sheets (A4 unless said otherwise) are described by the grid of labels on them: label size,
columns × rows, the left and top margin to the first label, and the gaps between labels.
Rolls for label printers are one label per page.

Supported articles (the geometry was taken from the makers' published label formats;
a printer that feeds slightly off is corrected with the calibration page's x/y offset):

- ``a6``: one A6 sheet, 105 × 148 mm.
- ``a6-4up``: A4 with four A6 badges, 2 × 2, 105 × 148 mm each (perforated A4 badge
  paper, or plain A4 cut in quarters).
- ``a7-8up``: A4 with eight A7 badges (landscape), 2 × 4, 105 × 74 mm each.
- ``label-80x50``: 80 × 50 mm name badge labels, 10 per A4 (2 × 5, 15 mm between the
  columns): Avery Zweckform L4785-20 (removable), HERMA 4412.
- ``durable-54x90``: badge inserts 90 × 54 mm, 10 per A4 (2 × 5), for the 54 × 90 mm
  pockets of Durable's name badges (e.g. Durable 8000 / 8113 series inserts, 1452).
- ``durable-60x90``: badge inserts 90 × 60 mm, 8 per A4 (2 × 4), for Durable's
  60 × 90 mm badge pockets.
- ``brother-ql-62``: Brother QL continuous 62 mm roll (DK-22205), cut every 100 mm;
  the page is 100 × 62 mm, landscape.
- ``dymo-54x101``: DYMO LabelWriter name badge labels 54 × 101 mm (99014, S0722430);
  the page is 101 × 54 mm, landscape.
- ``a6-fold``: a fold-over A6 badge from an A5 sheet (landscape, 210 × 148 mm): the back
  with the person's schedule on the left, the front on the right, folded in the middle.
"""

from __future__ import annotations

from dataclasses import dataclass

from confdesk.errors import UserError

A4 = (210.0, 297.0)


@dataclass(frozen=True)
class Stock:
    name: str
    title: str
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    columns: int = 1
    rows: int = 1
    left_mm: float = 0.0
    top_mm: float = 0.0
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    roll: bool = False
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
    def landscape(self) -> bool:
        return self.label_width_mm > self.label_height_mm

    def label_origin_mm(self, slot: int) -> tuple[float, float]:
        """Top-left corner of label ``slot`` (0-based, row by row) from the page's top-left."""
        row, column = divmod(slot, self.columns)
        return (
            self.left_mm + column * (self.label_width_mm + self.gap_x_mm),
            self.top_mm + row * (self.label_height_mm + self.gap_y_mm),
        )

    def describe(self) -> str:
        articles = f"; {', '.join(self.articles)}" if self.articles else ""
        return (
            f"{self.title}: {_mm(self.label_width_mm)} × {_mm(self.label_height_mm)} mm, "
            f"{self.labels_per_page} per {'label' if self.roll else 'page'}{articles}"
        )


def _mm(value: float) -> str:
    return f"{value:g}"


def _sheet(name: str, title: str, label: tuple[float, float], grid: tuple[int, int],
           articles: tuple[str, ...] = (), page: tuple[float, float] = A4,
           gap_x: float = 0.0) -> Stock:  # fmt: skip
    """A sheet whose label grid sits centred on the page, as the makers' formats do."""
    columns, rows = grid
    left = (page[0] - columns * label[0] - (columns - 1) * gap_x) / 2
    top = (page[1] - rows * label[1]) / 2
    return Stock(name, title, page[0], page[1], label[0], label[1], columns, rows,
                 round(left, 3), round(top, 3), gap_x, 0.0, False, articles)  # fmt: skip


def _roll(name: str, title: str, width: float, height: float, articles: tuple[str, ...]) -> Stock:
    return Stock(name, title, width, height, width, height, roll=True, articles=articles)


STOCKS: dict[str, Stock] = {
    stock.name: stock
    for stock in (
        _sheet("a6", "A6 sheet", (105.0, 148.0), (1, 1), page=(105.0, 148.0)),
        _sheet("a6-4up", "4 × A6 on A4", (105.0, 148.0), (2, 2)),
        _sheet("a7-8up", "8 × A7 on A4", (105.0, 74.0), (2, 4)),
        _sheet(
            "label-80x50",
            "Name badge labels",
            (80.0, 50.0),
            (2, 5),
            ("Avery Zweckform L4785-20", "HERMA 4412"),
            gap_x=15.0,  # margins 17.5 left and right, 23.5 top and bottom
        ),
        _sheet(
            "durable-54x90",
            "Durable badge inserts",
            (90.0, 54.0),
            (2, 5),
            ("Durable 1452 (inserts for 54 × 90 mm badges)",),
        ),
        _sheet(
            "durable-60x90",
            "Durable badge inserts",
            (90.0, 60.0),
            (2, 4),
            ("Durable 1453 (inserts for 60 × 90 mm badges)",),
        ),
        Stock(
            "a6-fold",
            "Fold-over A6 from A5",
            210.0,
            148.0,
            105.0,
            148.0,
            columns=2,
            rows=1,
            fold_over=True,
        ),
        _roll("brother-ql-62", "Brother QL 62 mm roll, cut at 100 mm", 100.0, 62.0, ("DK-22205",)),
        _roll(
            "dymo-54x101",
            "DYMO name badge labels",
            101.0,
            54.0,
            ("DYMO 99014 (S0722430)",),
        ),
    )
}
DEFAULT_STOCK = "a6-4up"


def get_stock(name: str) -> Stock:
    stock = STOCKS.get(name)
    if stock is None:
        raise UserError(
            f"There is no badge stock called “{name}”; choose one of {', '.join(STOCKS)}.",
            code="unknown_stock",
            name=name,
            choices=tuple(STOCKS),
        )
    return stock
