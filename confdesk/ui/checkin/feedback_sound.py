"""The sound of a check-in result, so the desk hears it without looking at the screen.

Three sounds nobody confuses: *accepted* is a short rising two-tone, *already checked in*
two equal mid beeps, *rejected* a low, longer buzz. They are synthesised here (16-bit PCM
WAV with the ``wave`` module) into the cache folder once (the file names carry the sound
version, so a later process reuses them), so no sound files need a licence, and played with
QSoundEffect, which plays asynchronously and never holds up the GUI thread.

Where QtMultimedia cannot be loaded, or there is no sound server or output device (Qt would
print a warning for every sound), the system beep stands in: once, twice or three times.
"""

from __future__ import annotations

import io
import math
import struct
import wave
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from confdesk.db.models import ScanStatus
from confdesk.files import replace_atomically
from confdesk.paths import APP_NAME
from confdesk.ui.checkin.multimedia import load_multimedia, sound_server_reachable

SAMPLE_RATE = 44_100
# Well below full scale: loud enough over a queue, and never clipping.
PEAK = 0.6
FADE_SECONDS = 0.008  # a tone that starts or stops abruptly clicks
# Part of the file names: a change to the sounds must not play an old cached file.
SOUND_VERSION = 1
BEEP_GAP_MS = 180


class SoundKind(StrEnum):
    ACCEPTED = "accepted"
    ALREADY = "already"
    REJECTED = "rejected"


def kind_for_status(status: str) -> SoundKind:
    """The sound for a scan status (:class:`~confdesk.db.models.ScanStatus`): a check-out
    done sounds like a check-in done, "not checked in" like "already checked in", and
    every rejection the same."""
    if status in (ScanStatus.ACCEPTED, ScanStatus.CHECKED_OUT):
        return SoundKind.ACCEPTED
    if status in (ScanStatus.ALREADY_CHECKED_IN, ScanStatus.NOT_CHECKED_IN):
        return SoundKind.ALREADY
    return SoundKind.REJECTED


# (frequency in Hz or 0 for silence, seconds, waveform)
_Segment = tuple[float, float, str]
_SOUNDS: dict[SoundKind, Sequence[_Segment]] = {
    # A rising fourth, E5 to A5: the "yes" of a doorbell.
    SoundKind.ACCEPTED: ((659.3, 0.09, "sine"), (880.0, 0.16, "sine")),
    SoundKind.ALREADY: ((523.3, 0.11, "sine"), (0, 0.08, "sine"), (523.3, 0.11, "sine")),
    # Square-ish and low: heard as "no" even in a noisy foyer.
    SoundKind.REJECTED: ((180.0, 0.5, "square"),),
}
_BEEPS = {SoundKind.ACCEPTED: 1, SoundKind.ALREADY: 2, SoundKind.REJECTED: 3}


def synthesize(kind: SoundKind) -> list[int]:
    """The 16-bit mono samples of a sound."""
    samples: list[int] = []
    for frequency, seconds, waveform in _SOUNDS[kind]:
        samples.extend(_tone(frequency, seconds, waveform))
    return samples


def _tone(frequency: float, seconds: float, waveform: str) -> list[int]:
    count = round(seconds * SAMPLE_RATE)
    if frequency == 0:
        return [0] * count
    fade = round(FADE_SECONDS * SAMPLE_RATE)
    # A band-limited square (odd harmonics below 4 kHz) buzzes without aliasing hiss.
    harmonics = (
        [(n, 1 / n) for n in range(1, int(4000 / frequency) + 1, 2)]
        if waveform == "square"
        else [(1, 1.0)]
    )
    norm = 1 / _peak_of(harmonics)
    tone = []
    for i in range(count):
        phase = 2 * math.pi * frequency * i / SAMPLE_RATE
        value = norm * sum(weight * math.sin(n * phase) for n, weight in harmonics)
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        tone.append(round(32767 * PEAK * envelope * value))
    return tone


def _peak_of(harmonics: list[tuple[int, float]]) -> float:
    # A Fourier square overshoots its plateau (Gibbs); measure the real peak over one period.
    steps = 2048
    return max(
        abs(sum(weight * math.sin(n * 2 * math.pi * k / steps) for n, weight in harmonics))
        for k in range(steps)
    )


_written: dict[Path, dict[SoundKind, Path]] = {}


def sound_files(folder: Path | None = None) -> dict[SoundKind, Path]:
    """The WAV file of each sound in ``folder`` (default: the user cache folder), written
    there unless an earlier process did; looked up once per process."""
    folder = folder or platformdirs.user_cache_path(APP_NAME, appauthor=False) / "sounds"
    if folder not in _written:
        folder.mkdir(parents=True, exist_ok=True)
        _written[folder] = {kind: _write_wav(folder, kind) for kind in SoundKind}
    return _written[folder]


def _write_wav(folder: Path, kind: SoundKind) -> Path:
    target = folder / f"{kind.value}-v{SOUND_VERSION}.wav"
    if target.is_file():  # written by an earlier process: the version in the name says it fits
        return target
    samples = synthesize(kind)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    # A second desk process never reads half a file.
    return replace_atomically(target, buffer.getvalue())


class FeedbackSound(QObject):
    """Plays the sound of a result; ``enabled = False`` mutes it."""

    def __init__(self, parent: QObject | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects: dict[SoundKind, Any] = {}
        multimedia = load_multimedia()
        if multimedia is not None and _has_audio_output(multimedia):
            for kind, path in sound_files(folder).items():
                effect = multimedia.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[kind] = effect

    @property
    def uses_sound_effects(self) -> bool:
        """False where the system beep stands in for the three sounds."""
        return bool(self._effects)

    def play(self, kind: SoundKind | str) -> None:
        kind = SoundKind(kind)
        if not self.enabled:
            return
        effect = self._effects.get(kind)
        if effect is None or effect.status() == effect.Status.Error:
            self._beep(_BEEPS[kind])
            return
        # The newest result is the one that matters: cut off a sound still playing.
        for other in self._effects.values():
            if other is not effect and other.isPlaying():
                other.stop()
        effect.play()

    def _beep(self, times: int) -> None:
        QApplication.beep()
        for repeat in range(1, times):
            QTimer.singleShot(repeat * BEEP_GAP_MS, self, QApplication.beep)


def _has_audio_output(multimedia: Any) -> bool:
    return sound_server_reachable() and bool(multimedia.QMediaDevices.audioOutputs())
