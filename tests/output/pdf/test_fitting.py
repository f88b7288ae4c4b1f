"""Text fitting: whatever the text, the lines fit the box at the size returned."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from confdesk.output.pdf.fitting import block_height, fit_text, shorten_middle_names
from confdesk.output.pdf.fonts import font_name, text_width

NAMES = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüßçşığÇŞ ИвановаΠαπαδόπουλος-WM"),
    min_size=1,
    max_size=120,
)


@settings(max_examples=200, deadline=None)
@given(
    text=NAMES,
    width=st.floats(20, 300),
    height=st.floats(6, 80),
    size=st.floats(6, 40),
    lines=st.integers(1, 3),
    shorten=st.booleans(),
)
def test_fitted_lines_never_leave_the_box(
    text: str, width: float, height: float, size: float, lines: int, shorten: bool
) -> None:
    font = font_name(True)
    fitted = fit_text(text, font=font, width=width, height=height, size=size,
                      min_size=size / 2, max_lines=lines, shorten=shorten)  # fmt: skip
    assert len(fitted.lines) <= lines
    assert fitted.size <= size
    for line in fitted.lines:
        assert text_width(line, font, fitted.size) <= width + 1e-6
    if fitted.lines:
        assert block_height(len(fitted.lines), fitted.size) <= height + 1e-6
    if not (fitted.shortened or fitted.truncated):
        # Nothing lost: the words are the words given, in order.
        assert fitted.text.split() == text.split() or "".join(fitted.lines).replace(
            " ", ""
        ) == "".join(text.split())


def test_a_name_that_fits_is_printed_exactly_as_given_and_at_full_size() -> None:
    fitted = fit_text("Ayşe Çalışkan", font=font_name(False), width=300, height=40, size=20,
                      min_size=10)  # fmt: skip
    assert fitted.lines == ("Ayşe Çalışkan",)
    assert fitted.size == 20


def test_too_long_first_shrinks_then_wraps_then_shortens_middle_names() -> None:
    font = font_name(True)
    one_line = fit_text("Anna Maria", font=font, width=100, height=60, size=40, min_size=10)
    assert len(one_line.lines) == 1 and one_line.size < 40
    wrapped = fit_text("Anna Maria Luise Theodora", font=font, width=100, height=60, size=30,
                       min_size=12, max_lines=2)  # fmt: skip
    assert len(wrapped.lines) == 2 and not wrapped.shortened
    short = fit_text("Anna Maria Luise Theodora Konstanze", font=font, width=60, height=14,
                     size=30, min_size=10, max_lines=2, shorten=True)  # fmt: skip
    assert short.shortened
    assert short.text == "Anna M. L. T. K."


def test_shortening_keeps_the_first_name_whole() -> None:
    assert shorten_middle_names("Anna Maria Luise") == "Anna M. L."
    assert shorten_middle_names("Hans-Peter Karl-Heinz") == "Hans-Peter K.-H."
    assert shorten_middle_names("Björn") == "Björn"


def test_a_title_in_a_narrow_tall_box_takes_three_lines_rather_than_shrinking() -> None:
    font = font_name(True)
    title = "Innenstadt digital: Leerstand, Frequenz und lokaler Handel"
    two = fit_text(title, font=font, width=97, height=41, size=10, min_size=6.5, max_lines=2)
    three = fit_text(title, font=font, width=97, height=41, size=10, min_size=6.5, max_lines=3)
    assert len(two.lines) == 2 and len(three.lines) == 3
    assert three.size > two.size * 1.15
    assert " ".join(three.lines) == title


def test_of_equally_large_breaks_the_most_even_is_chosen() -> None:
    font = font_name(True)
    text = "Impuls: Daseinsvorsorge digital – was ländliche Räume von den Modellprojekten"
    fitted = fit_text(text, font=font, width=300, height=40, size=10, min_size=6, max_lines=2)
    first, second = (text_width(line, font, fitted.size) for line in fitted.lines)
    # Not "Impuls: Daseinsvorsorge" over the whole rest, though both fit at 10 pt.
    assert fitted.size == 10
    assert abs(first - second) < 0.25 * max(first, second)
