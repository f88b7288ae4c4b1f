"""The webcam as a QR scanner, for desks without a hand scanner.

A live viewfinder with Start and Stop (and a camera picker when there are several). Frames
come from QtMultimedia; a few a second are turned into a grey image and decoded with
zxing-cpp on a worker thread, so the GUI never waits for the decoder. A badge held in front
of the camera is read once: ``codeDecoded`` fires again for the same text only after it
has been out of sight for :attr:`CameraScanner.REPEAT_SECONDS`.

Where QtMultimedia cannot be loaded or no camera exists, the widget shows one sentence
saying so, and the rest of the check-in screen works as before.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum, auto
from typing import Any

import zxingcpp
from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from confdesk.ui.checkin.multimedia import load_multimedia, load_multimedia_widgets


def decode_qr(image: QImage) -> list[str]:
    """The texts of the QR codes in ``image``, in the order zxing-cpp finds them."""
    if image.isNull():
        return []
    if image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [code.text for code in found if code.valid and code.text]


# Formats whose first plane is one byte of luminance per pixel: that plane *is* the grey
# image, with no colour conversion (which would need the GPU, or Qt's slow CPU fallback).
_LUMA_PLANE_FORMATS = {
    "Format_NV12",
    "Format_NV21",
    "Format_YUV420P",
    "Format_YUV422P",
    "Format_YV12",
    "Format_IMC1",
    "Format_IMC2",
    "Format_IMC3",
    "Format_IMC4",
    "Format_Y8",
}
# Packed 4:2:2, common on USB webcams: every other byte is luminance, starting at this one.
_PACKED_LUMA_OFFSET = {"Format_YUYV": 0, "Format_UYVY": 1}


def frame_to_grayscale(frame: Any) -> QImage:
    """A grey copy of a QVideoFrame (a null image if the frame cannot be read)."""
    multimedia = load_multimedia()
    if multimedia is None or not frame.isValid():
        return QImage()
    name = frame.pixelFormat().name
    image_format = multimedia.QVideoFrameFormat.imageFormatFromPixelFormat(frame.pixelFormat())
    readable = (
        name in _LUMA_PLANE_FORMATS
        or name in _PACKED_LUMA_OFFSET
        or image_format != QImage.Format.Format_Invalid
    )
    if not readable or not frame.map(multimedia.QVideoFrame.MapMode.ReadOnly):
        return frame.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    try:
        width, height, stride = frame.width(), frame.height(), frame.bytesPerLine(0)
        bits = frame.bits(0)
        if name in _LUMA_PLANE_FORMATS:
            grey = QImage(bits, width, height, stride, QImage.Format.Format_Grayscale8)
        elif name in _PACKED_LUMA_OFFSET:
            rows = bytes(bits)
            offset = _PACKED_LUMA_OFFSET[name]
            luma = b"".join(
                rows[row * stride + offset : row * stride + 2 * width : 2] for row in range(height)
            )
            grey = QImage(luma, width, height, width, QImage.Format.Format_Grayscale8)
        else:
            grey = QImage(bits, width, height, stride, image_format)
        # A deep copy: the frame's memory belongs to the camera once it is unmapped.
        return grey.convertToFormat(QImage.Format.Format_Grayscale8).copy()
    finally:
        frame.unmap()


class _State(Enum):
    NO_MULTIMEDIA = auto()
    NO_CAMERA = auto()
    STOPPED = auto()
    RUNNING = auto()
    NOT_PERMITTED = auto()
    FAILED = auto()


class _DecodeResults(QObject):
    """Carries a worker thread's result back to the GUI thread (a queued signal)."""

    decoded = Signal(list)


class CameraScanner(QWidget):
    """Reads QR codes from a webcam; ``codeDecoded(text)`` once per badge held up."""

    codeDecoded = Signal(str)

    # About six decodes a second read a badge at once; more would only heat the laptop.
    DECODE_INTERVAL_SECONDS = 1 / 6
    REPEAT_SECONDS = 2.0

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_seen: dict[str, float] = {}
        self._last_decode_start = -float("inf")
        self._pending: Future[None] | None = None
        self._decoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qr-decode")
        self._results = _DecodeResults(self)
        self._results.decoded.connect(self._on_decoded_in_worker)
        self._error = ""
        self._resume_on_show = False
        self._released = False
        self._camera: Any = None
        self._viewfinder: QWidget | None = None

        self.camera_combo = QComboBox()
        self.camera_combo.setAccessibleName(self.tr("Camera"))
        self.start_button = QPushButton(self.tr("Start camera"))
        self.stop_button = QPushButton(self.tr("Stop camera"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        controls = QHBoxLayout()
        controls.addWidget(self.camera_combo, 1)
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.status_label)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)

        self._multimedia = load_multimedia()
        self._widgets = load_multimedia_widgets()
        if self._multimedia is None or self._widgets is None:
            self._state = _State.NO_MULTIMEDIA
        else:
            self._session = self._multimedia.QMediaCaptureSession(self)
            self._devices = self._multimedia.QMediaDevices(self)
            self._devices.videoInputsChanged.connect(self._list_cameras)
            self._state = _State.NO_CAMERA
            self._list_cameras()
        self._show_state()

    # -- what the check-in screen asks ------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether a camera can be used here at all."""
        return self._state not in (_State.NO_MULTIMEDIA, _State.NO_CAMERA)

    def is_running(self) -> bool:
        return self._state is _State.RUNNING

    def status_text(self) -> str:
        return {
            _State.NO_MULTIMEDIA: self.tr(
                "The camera cannot be used: the multimedia libraries are missing on this "
                "computer. Use the scanner or the search."
            ),
            _State.NO_CAMERA: self.tr("No camera found — use the scanner or the search."),
            _State.STOPPED: self.tr("The camera is off. Start it to scan badges with it."),
            _State.RUNNING: self.tr("Hold the badge's QR code in front of the camera."),
            _State.NOT_PERMITTED: self.tr(
                "confdesk may not use the camera. Allow it in the system settings, or use "
                "the scanner or the search."
            ),
            _State.FAILED: self.tr(
                "The camera stopped ({error}). Start it again, or use the scanner or the search."
            ).format(error=self._error),
        }[self._state]

    def start(self) -> None:
        if not self.available or self.is_running():
            return
        app = QCoreApplication.instance()
        assert app is not None  # a widget exists only inside a running application
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            # The system asks the user (macOS, Windows); start again once answered.
            app.requestPermission(permission, self, lambda _answer: self.start())
            return
        if status == Qt.PermissionStatus.Denied:
            self._state = _State.NOT_PERMITTED
            self._show_state()
            return
        self._start_camera()

    def stop(self) -> None:
        """Stop the camera and wait for a decode still running (a few milliseconds)."""
        if self._camera is not None:
            self._camera.stop()
        if self._pending is not None:
            self._pending.result()
        if self._state is _State.RUNNING:
            self._state = _State.STOPPED
            self._show_state()

    def release(self) -> None:
        """Stop for good: the camera light goes off and the decoder thread ends."""
        self._resume_on_show = False
        self._released = True
        self.stop()
        self._decoder.shutdown(wait=True)

    # -- frames and codes ---------------------------------------------------------------

    def handle_frame(self, frame: Any) -> bool:
        """Take a QVideoFrame for decoding; False when skipped (too soon, or busy)."""
        now = self._clock()
        if (
            self._released
            or self._pending is not None
            or now - self._last_decode_start < self.DECODE_INTERVAL_SECONDS
        ):
            return False
        image = frame_to_grayscale(frame)
        if image.isNull():
            return False
        self._last_decode_start = now
        self._pending = self._decoder.submit(self._decode_in_worker, image)
        return True

    def handle_decoded(self, texts: Iterable[str]) -> list[str]:
        """Emit the codes not seen in the last :attr:`REPEAT_SECONDS`; returns them.

        A badge held up stays in view for many frames; each sighting restarts its window,
        so it is read again only after it has been taken away.
        """
        now = self._clock()
        fresh = []
        for text in dict.fromkeys(texts):
            last = self._last_seen.get(text)
            self._last_seen[text] = now
            if last is None or now - last > self.REPEAT_SECONDS:
                fresh.append(text)
        self._last_seen = {
            text: seen
            for text, seen in self._last_seen.items()
            if now - seen <= self.REPEAT_SECONDS
        }
        for text in fresh:
            self.codeDecoded.emit(text)
        return fresh

    def _decode_in_worker(self, image: QImage) -> None:
        try:
            texts = decode_qr(image)
        except Exception:  # a frame the decoder chokes on is a frame without a code
            texts = []
        # RuntimeError: the widget was deleted meanwhile, and nobody waits for this result.
        with contextlib.suppress(RuntimeError):
            self._results.decoded.emit(texts)

    def _on_decoded_in_worker(self, texts: list[str]) -> None:
        self._pending = None
        self.handle_decoded(texts)

    # -- the camera ---------------------------------------------------------------------

    def _list_cameras(self) -> None:
        assert self._multimedia is not None
        cameras = self._multimedia.QMediaDevices.videoInputs()
        current = self.camera_combo.currentData()
        self.camera_combo.clear()
        for device in cameras:
            self.camera_combo.addItem(device.description(), device)
        if current is not None:
            index = next((i for i, d in enumerate(cameras) if d.id() == current.id()), 0)
            self.camera_combo.setCurrentIndex(index)
        if not cameras:
            self.stop()
            self._state = _State.NO_CAMERA
        elif self._state is _State.NO_CAMERA:
            self._state = _State.STOPPED
        self._show_state()

    def _start_camera(self) -> None:
        assert self._multimedia is not None and self._widgets is not None
        if self._viewfinder is None:
            viewfinder = self._widgets.QVideoWidget()
            viewfinder.setMinimumSize(320, 240)
            viewfinder.videoSink().videoFrameChanged.connect(self.handle_frame)
            self._session.setVideoOutput(viewfinder)
            self._layout.insertWidget(0, viewfinder, 1)
            self._viewfinder = viewfinder
        if self._camera is not None:
            self._camera.deleteLater()
        device = self.camera_combo.currentData()
        self._camera = self._multimedia.QCamera(device, self)
        camera_format = _preferred_format(device.videoFormats())
        if camera_format is not None:
            self._camera.setCameraFormat(camera_format)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._session.setCamera(self._camera)
        self._camera.start()
        self._state = _State.RUNNING
        self._show_state()

    def _on_camera_error(self, _error: object, message: str) -> None:
        self._error = message
        self._state = _State.FAILED
        self._show_state()

    def _show_state(self) -> None:
        self.status_label.setText(self.status_text())
        self.camera_combo.setVisible(self.camera_combo.count() > 1)
        self.camera_combo.setEnabled(not self.is_running())
        self.start_button.setVisible(self.available)
        self.stop_button.setVisible(self.available)
        self.start_button.setEnabled(self.available and not self.is_running())
        self.stop_button.setEnabled(self.is_running())
        if self._viewfinder is not None:
            self._viewfinder.setVisible(self.available)

    # -- the camera light goes off when the check-in screen is left ---------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self._resume_on_show = self.is_running()
        self.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._resume_on_show:
            self._resume_on_show = False
            self.start()


def _preferred_format(formats: list[Any]) -> Any:
    """720p or the largest below it at 15 frames a second or more: a badge's QR code is
    sharp at arm's length, and a bigger image only makes decoding slower."""
    fitting = [
        f
        for f in formats
        if f.resolution().width() <= 1280
        and f.resolution().height() <= 720
        and f.maxFrameRate() >= 15
    ]
    if not fitting:
        return None
    return max(fitting, key=lambda f: f.resolution().width() * f.resolution().height())
