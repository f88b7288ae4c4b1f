"""A barcode scanner in keyboard mode, heard over whatever widget has the focus.

Such a scanner "types" the code, often followed by Enter, at machine speed: every key a few
milliseconds after the last. People type ten times slower. So while the check-in screen is
shown, an application-wide event filter holds back printable keys for a moment:

- keys that keep coming faster than ``max_gap_ms`` apart are a burst; a burst of at least
  ``min_length`` characters ended by Enter, Tab or a pause is a scan, and never reaches the
  focused widget;
- anything slower, or too short, is typing: the held keys are delivered to where they were
  going, in order, a fraction of a second late.

A desk with a slow (Bluetooth) scanner raises ``max_gap_ms``; a brisk typist then comes
close to scanner speed, so a burst slower than a wired scanner is a scan only when
``slow_scan_filter`` accepts its text (the check-in screen: it starts like a check-in code).

Some scanners fire the same code twice when a badge is held still; the same text within
``repeat_window_s`` of the last scan is dropped, so it counts once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from confdesk.settings import SCANNER_KEY_GAP_MS

DEFAULT_MAX_GAP_MS = SCANNER_KEY_GAP_MS.default
# A scan without Enter ends with a pause this long. Longer than the gap between keys: a
# busy window handles keys in clumps, and a burst must not be cut in two by its own lag.
END_OF_SCAN_PAUSE_MS = 150
# A pause timer that fires this much later than asked was held up by a busy window; keys
# typed meanwhile may still wait in the queue behind it.
LATE_TIMER_MS = 50
DEFAULT_MIN_LENGTH = 6
DEFAULT_REPEAT_WINDOW_S = 1.0
# The gap a desk may set: below 10 ms even a wired scanner's keys get split; above 250 ms a
# person typing a name would pass for a scanner.
MIN_GAP_MS = 10
MAX_GAP_MS = 250

ENDING_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
# Pressed on their own while a scanner types capitals; they neither end nor join a burst.
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def longest_gap_ms(key_times_ms: list[float]) -> float:
    return max((later - earlier for earlier, later in pairwise(key_times_ms)), default=0.0)


def suggested_gap_ms(key_times_ms: list[float]) -> int:
    """The gap setting for a scanner whose keys of one scan came at these times: twice its
    longest gap, so that a hiccup in the USB or Bluetooth link does not split a scan, and
    never below the default that wired scanners need."""
    longest = longest_gap_ms(key_times_ms)
    wanted = -(-int(2 * longest) // 10) * 10  # whole tens, rounded up
    return max(DEFAULT_MAX_GAP_MS, min(MAX_GAP_MS, wanted))


def key_moment(event: QKeyEvent, clock: Callable[[], float] = time.monotonic) -> float:
    """When the key was pressed, in seconds. The window system's time stamp says when
    the scanner typed it, however late the window gets to it; synthetic keys (tests,
    some input methods) have none, and the clock stands in."""
    stamp = event.timestamp()
    return stamp / 1000 if stamp else clock()


@dataclass(frozen=True)
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class KeyboardScanner(QObject):
    """Emits :attr:`scanned` with the text of each scan; install it with
    :meth:`set_listening` while the screen that wants scans is shown."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: int = DEFAULT_MAX_GAP_MS,
        min_length: int = DEFAULT_MIN_LENGTH,
        repeat_window_s: float = DEFAULT_REPEAT_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.repeat_window_s = repeat_window_s
        self._clock = clock
        self._held: list[_HeldKey] = []
        # The longest gap inside the burst held now: a burst slower than a wired scanner
        # is a scan only if :attr:`slow_scan_filter` says its text is one.
        self._slowest_gap_ms = 0.0
        self.slow_scan_filter: Callable[[str], bool] = lambda _text: True
        self._last_key_at = 0.0
        self._last_key_handled_at = 0.0
        self._pause_extended = False
        self._replaying = False
        self._listening = False
        self._last_scan: tuple[str, float] | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._burst_paused)

    @property
    def listening(self) -> bool:
        return self._listening

    def set_listening(self, listening: bool) -> None:
        application = QCoreApplication.instance()
        if listening == self._listening or application is None:
            return
        self._listening = listening
        if listening:
            application.installEventFilter(self)
        else:
            application.removeEventFilter(self)
            self._deliver_held()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        now = key_moment(event, self._clock)
        in_burst = bool(self._held) and (now - self._last_key_at) * 1000 <= self.max_gap_ms
        if key in ENDING_KEYS:
            if in_burst and self._held_is_a_scan():
                self._finish_scan()
                return True
            self._deliver_held()
            return False
        text = event.text()
        typed = (
            len(text) == 1 and text.isprintable() and not (event.modifiers() & ~_TYPING_MODIFIERS)
        )
        if not typed:
            self._deliver_held()
            return False
        if self._held and not in_burst:
            # Too slow for a scanner: what was held is typing, and so may this key be.
            self._deliver_held()
        if self._held:
            self._slowest_gap_ms = max(self._slowest_gap_ms, (now - self._last_key_at) * 1000)
        self._held.append(_HeldKey(watched, key, event.modifiers(), text))
        self._last_key_at = now
        self._last_key_handled_at = self._clock()
        self._pause_extended = False
        self._pause.start(max(END_OF_SCAN_PAUSE_MS, 3 * self.max_gap_ms))
        return True

    def _burst_paused(self) -> None:
        """No key for a while: a long enough burst was a scan without Enter.

        Unless the timer came late: then the window was busy, and the rest of the burst
        may be queued behind this timer. Waiting one more pause lets those keys in first;
        cutting the burst here would turn one scan into two bad ones."""
        waited_ms = (self._clock() - self._last_key_handled_at) * 1000
        if not self._pause_extended and waited_ms > self._pause.interval() + LATE_TIMER_MS:
            self._pause_extended = True
            self._pause.start()
            return
        if self._held_is_a_scan():
            self._finish_scan()
        else:
            self._deliver_held()

    def _held_is_a_scan(self) -> bool:
        """Long enough, and either as fast as a wired scanner or, when the gap was raised
        for a slow one, the text of a scan: with a gap of 150 ms a person typing a name
        briskly would otherwise pass for a scanner."""
        if len(self._held) < self.min_length:
            return False
        if self._slowest_gap_ms <= DEFAULT_MAX_GAP_MS:
            return True
        return self.slow_scan_filter("".join(held.text for held in self._held))

    def _finish_scan(self) -> None:
        self._pause.stop()
        text = "".join(held.text for held in self._held)
        self._held.clear()
        self._slowest_gap_ms = 0.0
        now = self._clock()
        repeated = (
            self._last_scan is not None
            and self._last_scan[0] == text
            and now - self._last_scan[1] <= self.repeat_window_s
        )
        self._last_scan = (text, now)
        if not repeated:
            self.scanned.emit(text)

    def _deliver_held(self) -> None:
        """Typing after all: hand the held keys to where they were going, in order."""
        self._pause.stop()
        held, self._held = self._held, []
        self._slowest_gap_ms = 0.0
        self._replaying = True
        try:
            for key in held:
                # Only the press: the key's real release has passed through already.
                if shiboken6.isValid(key.receiver):
                    QCoreApplication.sendEvent(
                        key.receiver,
                        QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text),
                    )
        finally:
            self._replaying = False
