"""The three result sounds: real WAV files a desk person can tell apart, played without
warnings, and the system beep where there is no sound."""

from __future__ import annotations

import struct
import sys
import wave
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from confdesk.ui.checkin import feedback_sound
from confdesk.ui.checkin.feedback_sound import (
    FeedbackSound,
    SoundKind,
    kind_for_status,
    sound_files,
)


def read_wav(path: Path) -> tuple[list[int], int]:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getcomptype()) == (1, 2, "NONE")
        frames = wav.readframes(wav.getnframes())
        return list(struct.unpack(f"<{len(frames) // 2}h", frames)), wav.getframerate()


def bursts(samples: list[int], rate: int) -> list[list[int]]:
    """The stretches of sound, split where at least 20 ms are silent."""
    loud = [i for i, sample in enumerate(samples) if abs(sample) >= 200]
    found: list[list[int]] = []
    start = previous = loud[0]
    for index in loud[1:]:
        if index - previous > rate // 50:
            found.append(samples[start : previous + 1])
            start = index
        previous = index
    found.append(samples[start : previous + 1])
    return found


def dominant_frequency(samples: list[int], rate: int) -> float:
    """Rising zero crossings per second: the fundamental of a sine or a square."""
    crossings = sum(1 for a, b in pairwise(samples) if a < 0 <= b)
    return crossings * rate / len(samples)


@pytest.fixture
def sounds(tmp_path: Path) -> dict[SoundKind, tuple[list[int], int]]:
    return {kind: read_wav(path) for kind, path in sound_files(tmp_path).items()}


def test_each_sound_is_a_valid_wav_file_that_does_not_clip(sounds) -> None:
    assert set(sounds) == set(SoundKind)
    for samples, rate in sounds.values():
        assert rate == 44_100
        assert 0.2 * rate < len(samples) < 0.8 * rate, "short enough not to hold up the queue"
        peak = max(abs(s) for s in samples)
        assert 8_000 < peak < 32_000, "audible, with headroom below full scale"
        # Faded in and out: no click at either end.
        assert abs(samples[0]) < 200 and abs(samples[-1]) < 200


def test_accepted_rises_in_two_tones(sounds) -> None:
    samples, rate = sounds[SoundKind.ACCEPTED]
    half = len(samples) // 3
    low, high = (
        dominant_frequency(samples[:half], rate),
        dominant_frequency(samples[-half:], rate),
    )
    assert 500 < low < high < 1200 and high / low > 1.2


def test_already_is_two_equal_mid_beeps(sounds) -> None:
    samples, rate = sounds[SoundKind.ALREADY]
    beeps = bursts(samples, rate)
    assert len(beeps) == 2
    first, second = (dominant_frequency(beep, rate) for beep in beeps)
    assert 400 < first < 700 and abs(first - second) < 10
    assert abs(len(beeps[0]) - len(beeps[1])) < rate // 100


def test_rejected_is_the_lowest_and_longest(sounds) -> None:
    samples, rate = sounds[SoundKind.REJECTED]
    assert len(bursts(samples, rate)) == 1
    assert dominant_frequency(samples, rate) < 250
    assert all(
        len(samples) > len(other) for kind, (other, _) in sounds.items() if kind != "rejected"
    )
    others = [dominant_frequency(s, r) for kind, (s, r) in sounds.items() if kind != "rejected"]
    assert min(others) > 2 * dominant_frequency(samples, rate)


def test_the_files_are_written_once_per_process(tmp_path: Path) -> None:
    first = sound_files(tmp_path)
    first[SoundKind.ACCEPTED].unlink()
    assert sound_files(tmp_path) is first


def test_a_later_process_reuses_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = sound_files(tmp_path)[SoundKind.ACCEPTED]
    written.write_bytes(b"kept")
    monkeypatch.setattr(feedback_sound, "_written", {})  # as in a new process
    assert sound_files(tmp_path)[SoundKind.ACCEPTED].read_bytes() == b"kept"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("accepted", SoundKind.ACCEPTED),
        ("checked_out", SoundKind.ACCEPTED),
        ("already_checked_in", SoundKind.ALREADY),
        ("not_checked_in", SoundKind.ALREADY),
        ("cancelled", SoundKind.REJECTED),
        ("wrong_event", SoundKind.REJECTED),
    ],
)
def test_every_check_in_status_has_a_sound(status: str, kind: SoundKind) -> None:
    assert kind_for_status(status) is kind


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


@pytest.mark.parametrize("kind", list(SoundKind))
def test_playing_each_sound_neither_raises_nor_warns(qtbot, tmp_path: Path, kind) -> None:
    # This machine has libpulse but no sound server: the player must notice by itself.
    player = FeedbackSound(folder=tmp_path)
    player.play(kind)
    player.play(kind.value)
    qtbot.wait(1)  # let queued multimedia events run, where a warning would show


def test_without_multimedia_the_system_beep_counts_the_result(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beeps: list[int]
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = FeedbackSound(folder=tmp_path)
    assert not player.uses_sound_effects
    player.play(SoundKind.ACCEPTED)
    assert beeps == [1]
    player.play("rejected")
    qtbot.waitUntil(lambda: len(beeps) == 4)


def test_without_a_sound_server_the_beep_stands_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beeps: list[int]
) -> None:
    monkeypatch.setattr(feedback_sound, "sound_server_reachable", lambda: False)
    player = FeedbackSound(folder=tmp_path)
    assert not player.uses_sound_effects
    player.play(SoundKind.ALREADY)
    assert beeps == [1]


def test_a_muted_player_is_silent(tmp_path: Path, beeps: list[int]) -> None:
    player = FeedbackSound(folder=tmp_path)
    player.enabled = False
    for kind in SoundKind:
        player.play(kind)
    assert beeps == []


def test_an_unknown_kind_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FeedbackSound(folder=tmp_path).play("maybe")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CACHE_HOME is Linux's")
def test_by_default_the_sounds_go_to_the_user_cache_folder(tmp_path: Path) -> None:
    files = sound_files()
    assert all(path.is_relative_to(tmp_path / "cache-home") for path in files.values())
    assert all(path.stat().st_size > 10_000 for path in files.values())
