"""The webcam scanner: real badge codes decoded from images and video frames, a badge held
up read once, and clear words where there is no camera (as on this machine) or no
multimedia libraries."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from types import ModuleType

import pytest
import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from confdesk.domain.checkin.codes import codes_for_event
from confdesk.domain.demo.conference import create_demo_event
from confdesk.ui.checkin.camera_scanner import CameraScanner, decode_qr, frame_to_grayscale
from confdesk.ui.checkin.multimedia import load_multimedia

NO_CAMERA = "No camera found — use the scanner or the search."


@pytest.fixture(scope="module")
def badge_code(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A real check-in code of the demo conference, as printed on a badge."""
    from confdesk.db.database import open_database

    database = open_database(tmp_path_factory.mktemp("demo") / "desk.sqlite")
    try:
        summary = create_demo_event(database, attendees=5, seed=4)
        return next(iter(codes_for_event(database, summary.event_id).values()))
    finally:
        database.close()


def render_qr(
    text: str,
    *,
    module: float = 6,
    angle: float = 0,
    size: tuple[int, int] = (640, 480),
    noise: bool = False,
) -> QImage:
    """``text`` as a badge QR code (error correction M) photographed head-on: dark modules
    on white, ``module`` pixels each, turned by ``angle`` degrees, in the middle of the
    picture; with ``noise``, random specks all around it, as a busy background."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    matrix = code.get_matrix()  # includes the quiet zone
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    if noise:
        rng = random.Random(7)
        for _ in range(4000):
            shade = rng.randrange(256)
            painter.fillRect(
                QRectF(rng.randrange(width), rng.randrange(height), 3, 3),
                QColor(shade, shade, shade),
            )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(QPointF(width / 2, height / 2))
    painter.rotate(angle)
    side = len(matrix) * module
    painter.translate(-side / 2, -side / 2)
    painter.fillRect(QRectF(0, 0, side, side), QColor("white"))  # the quiet zone stays clear
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRectF(x * module, y * module, module, module), Qt.GlobalColor.black
                )
    painter.end()
    return image


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def multimedia() -> ModuleType:
    """``PySide6.QtMultimedia``, loaded inside the tests that need it and the way the app
    loads it: a module-level import would fail the whole file's collection where it
    cannot be loaded, the test of the scanner without it included."""
    module = load_multimedia()
    if module is None:
        pytest.skip(
            "QtMultimedia cannot be loaded here; on Linux it needs libpulse0, which "
            "'scripts/qt-system-libs --for-tests' (run by 'make test') installs as root"
        )
    return module


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_scanner(qtbot, clock: FakeClock) -> Iterator[Callable[[], CameraScanner]]:
    made: list[CameraScanner] = []

    def make() -> CameraScanner:
        scanner = CameraScanner(clock=clock)
        qtbot.addWidget(scanner)
        made.append(scanner)
        return scanner

    yield make
    for scanner in made:
        scanner.release()


# -- decoding ---------------------------------------------------------------------------


def test_a_badge_code_is_decoded(badge_code: str) -> None:
    assert badge_code.startswith("CDK")
    assert decode_qr(render_qr(badge_code)) == [badge_code]


@pytest.mark.parametrize(
    "picture",
    [
        pytest.param({"module": 2.5}, id="small and blurred by scaling"),
        pytest.param({"module": 14, "size": (1280, 720)}, id="large"),
        pytest.param({"angle": 33}, id="turned"),
        pytest.param({"angle": 90, "module": 4}, id="sideways"),
        pytest.param({"noise": True, "angle": -12}, id="busy background"),
    ],
)
def test_a_badge_is_decoded_however_it_is_held(badge_code: str, picture: dict) -> None:
    assert decode_qr(render_qr(badge_code, **picture)) == [badge_code]


def test_an_odd_sized_greyscale_picture_is_read(badge_code: str) -> None:
    # Rows padded to four bytes must not shear the picture.
    picture = render_qr(badge_code, size=(403, 301), module=4)
    grey = picture.convertToFormat(QImage.Format.Format_Grayscale8)
    assert grey.bytesPerLine() != grey.width()
    assert decode_qr(grey) == [badge_code]


def test_a_picture_without_a_qr_code_gives_nothing() -> None:
    picture = QImage(640, 480, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.drawText(QRectF(0, 0, 640, 480), "Anna Schmidt · Stadt Bad Belzig")
    painter.end()
    assert decode_qr(picture) == []
    assert decode_qr(QImage()) == []


def test_other_barcodes_are_not_read() -> None:
    import zxingcpp

    matrix = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode("CDK12345", zxingcpp.BarcodeFormat.DataMatrix), scale=8
    )
    picture = QImage(
        bytes(matrix),
        matrix.shape[1],
        matrix.shape[0],
        matrix.shape[1],
        QImage.Format.Format_Grayscale8,
    )
    assert zxingcpp.read_barcodes(picture), "the picture holds a readable Data Matrix"
    assert decode_qr(picture) == []


# -- video frames -----------------------------------------------------------------------


def planar_frame(multimedia: ModuleType, picture: QImage, format_name: str) -> object:
    """The frame a webcam would deliver: luminance from ``picture``, neutral colour."""
    grey = picture.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = bytes(grey.constBits())
    width, height = grey.width(), grey.height()
    frame_format = multimedia.QVideoFrameFormat
    frame = multimedia.QVideoFrame(
        frame_format(grey.size(), getattr(frame_format.PixelFormat, format_name))
    )
    assert frame.map(multimedia.QVideoFrame.MapMode.WriteOnly)
    for plane in range(frame.planeCount()):
        bits = frame.bits(plane)
        bits[:] = b"\x80" * len(bits)
    luma, stride = frame.bits(0), frame.bytesPerLine(0)
    for y in range(height):
        line = rows[y * grey.bytesPerLine() : y * grey.bytesPerLine() + width]
        if format_name == "Format_YUYV":
            packed = bytearray(b"\x80" * (2 * width))
            packed[0::2] = line
            line = bytes(packed)
        luma[y * stride : y * stride + len(line)] = line
    frame.unmap()
    return frame


@pytest.mark.parametrize("format_name", ["Format_NV12", "Format_YUYV"])
def test_webcam_frames_give_their_luminance(
    multimedia: ModuleType, badge_code: str, format_name: str
) -> None:
    picture = render_qr(badge_code)
    grey = frame_to_grayscale(planar_frame(multimedia, picture, format_name))
    assert grey.size() == picture.size()
    assert grey.format() == QImage.Format.Format_Grayscale8
    assert decode_qr(grey) == [badge_code]


def test_a_frame_is_decoded_off_the_gui_thread_and_announced(
    qtbot, multimedia: ModuleType, make_scanner, badge_code: str
) -> None:
    scanner = make_scanner()
    with qtbot.waitSignal(scanner.codeDecoded) as announced:
        assert scanner.handle_frame(multimedia.QVideoFrame(render_qr(badge_code)))
    assert announced.args == [badge_code]


def test_frames_are_skipped_while_decoding_and_then_a_few_a_second(
    qtbot, multimedia: ModuleType, make_scanner, clock: FakeClock, badge_code: str
) -> None:
    scanner = make_scanner()
    frame = multimedia.QVideoFrame(render_qr(badge_code, angle=20))
    with qtbot.waitSignal(scanner.codeDecoded):
        assert scanner.handle_frame(frame)
        assert not scanner.handle_frame(frame), "the decoder is still busy"
    clock.now += 0.05
    assert not scanner.handle_frame(frame), "too soon after the last decode"
    clock.now += 0.2
    with qtbot.assertNotEmitted(scanner.codeDecoded), qtbot.waitCallback() as decoded:
        scanner._results.decoded.connect(decoded)
        assert scanner.handle_frame(frame)
    assert decoded.args == [[badge_code]], "decoded again, but the badge is still in view"


# -- a badge held up is read once -------------------------------------------------------


def test_a_code_in_view_is_announced_once(qtbot, make_scanner, clock: FakeClock) -> None:
    scanner = make_scanner()
    announced: list[str] = []
    scanner.codeDecoded.connect(announced.append)
    assert scanner.handle_decoded(["CDK-A"]) == ["CDK-A"]
    for _ in range(10):  # held in front of the camera for ten seconds
        clock.now += 1.0
        assert scanner.handle_decoded(["CDK-A"]) == []
    clock.now += 1.5  # taken away, but back within the window
    assert scanner.handle_decoded(["CDK-A"]) == []
    clock.now += 2.5  # taken away, and shown again: the next attendee with a lost badge?
    assert scanner.handle_decoded(["CDK-A"]) == ["CDK-A"]
    assert announced == ["CDK-A", "CDK-A"]


def test_two_badges_in_one_frame_are_both_announced(make_scanner, clock: FakeClock) -> None:
    scanner = make_scanner()
    assert scanner.handle_decoded(["CDK-A", "CDK-B", "CDK-A"]) == ["CDK-A", "CDK-B"]
    clock.now += 0.5
    assert scanner.handle_decoded(["CDK-B", "CDK-C"]) == ["CDK-C"]


# -- where there is no camera -----------------------------------------------------------


def test_without_a_camera_it_says_so_and_nothing_breaks(
    multimedia: ModuleType, make_scanner, english_ui
) -> None:
    scanner = make_scanner()  # this machine has no camera
    scanner.show()
    assert not scanner.available
    assert scanner.status_text() == NO_CAMERA
    assert scanner.status_label.text() == NO_CAMERA
    assert scanner.status_label.isVisible()
    assert not scanner.start_button.isVisible() and not scanner.camera_combo.isVisible()
    scanner.start()
    scanner.stop()
    assert not scanner.is_running()
    english_ui.install("de")
    assert scanner.status_text() == "Keine Kamera gefunden – nutzen Sie den Scanner oder die Suche."


def test_without_the_multimedia_libraries_it_says_so(
    make_scanner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimediaWidgets", None)
    scanner = make_scanner()
    scanner.show()
    assert not scanner.available
    assert "multimedia libraries are missing" in scanner.status_text()
    assert scanner.status_label.text() == scanner.status_text()
    assert not scanner.start_button.isVisible()
    scanner.start()
    assert scanner.handle_decoded(["CDK-A"]) == ["CDK-A"]
