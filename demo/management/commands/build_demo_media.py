"""Regenerate the demo's media, committed under demo/media/:

demo/media/modules/ (the course):
- <key>.png for every image block: the diagram its "description" asks for,
  drawn with Pillow (demo.diagrams);
- <key>.mp4 for every video block: a title slide with espeak-ng reading the
  captions, each cue starting at its own time, so the captions match the
  speech (ffmpeg, H.264 + AAC, a few tens of kilobytes); <key>-poster.png is
  the same slide, the video's poster image;
- <key>.mp3 for every audio block: espeak-ng reading the transcript.

demo/media/theme_sessions/:
- <slug>.mp4 and <slug>.vtt for each past session: a silent title-slide
  video and WebVTT captions from the first lines of its transcript, and
  <slug>-poster.png, the slide as the poster image;
- <slug>.mp3 for each podcast episode: espeak-ng reading the excerpt.

Needs ffmpeg and espeak-ng for the video and audio:

    apt-get install -y ffmpeg espeak-ng
    python manage.py build_demo_media            # everything
    python manage.py build_demo_media --missing  # only files that do not exist yet
    python manage.py build_demo_media --images-only  # diagrams and posters (Pillow only)

Only maintainers run it, after changing demo/content/. load_demo reads the
committed files and never needs ffmpeg or espeak-ng (a missing PNG is drawn
at load time; a missing course video or audio block is left out).
"""

import re
import shutil
import subprocess
import tempfile
import textwrap
import wave
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from PIL import Image, ImageDraw, ImageFont

from demo import course_media, diagrams
from demo.content import theme_sessions as sessions_content
from demo.loaders import modules as course_demo
from demo.loaders import theme_sessions as sessions_demo

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VOICE = ["-v", "nb"]
WORDS_PER_MINUTE = 165
MAX_WORDS_PER_MINUTE = 260
# A session recording is a few captioned seconds of its transcript.
CUE_SECONDS = 4
MAX_CUES = 6


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True)  # noqa: S603


def _speak(text: str, path: Path, *, speed: int = WORDS_PER_MINUTE) -> float:
    """espeak-ng reads ``text`` into a WAV file; returns its length in seconds."""
    _run(["espeak-ng", *VOICE, "-s", str(speed), "-w", str(path), text])
    with wave.open(str(path)) as handle:
        return handle.getnframes() / handle.getframerate()


def _narrate_cues(cues: list[tuple[float, float, str]], path: Path, tmpdir: Path) -> float:
    """One WAV with each cue spoken from its start time (sped up if it would
    run past its end). Returns the total length in seconds."""
    params = None
    frames = b""
    for i, (start, end, text) in enumerate(cues):
        cue_path = tmpdir / f"cue-{i}.wav"
        seconds = _speak(text, cue_path)
        slot = end - start
        if seconds > slot:
            speed = min(MAX_WORDS_PER_MINUTE, int(WORDS_PER_MINUTE * seconds / slot) + 5)
            _speak(text, cue_path, speed=speed)
        with wave.open(str(cue_path)) as handle:
            params = params or handle.getparams()
            data = handle.readframes(handle.getnframes())
        frame_bytes = params.sampwidth * params.nchannels
        offset = int(start * params.framerate) * frame_bytes
        slot_bytes = int(slot * params.framerate) * frame_bytes
        frames = frames.ljust(offset, b"\x00")[:offset] + data[:slot_bytes]
    total = cues[-1][1] + 0.5
    frames = frames.ljust(int(total * params.framerate) * params.sampwidth * params.nchannels, b"\x00")
    with wave.open(str(path), "wb") as out:
        out.setparams(params)
        out.writeframes(frames)
    return total


def _slide(path: Path, title: str, subtitle: str, *, footer: str, top: int, text_size: int) -> None:
    """A 640×360 title slide, the picture of a demo video."""
    image = Image.new("RGB", (640, 360), (0, 36, 78))
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(FONT_BOLD, 30)
    small = ImageFont.truetype(FONT, text_size)
    y = top
    for line in textwrap.wrap(title, 34):
        draw.text((40, y), line, font=big, fill=(255, 255, 255))
        y += 40
    for line in textwrap.wrap(subtitle, 52):
        draw.text((40, y + 20), line, font=small, fill=(255, 218, 6))
        y += 26
    draw.text((40, 310), footer, font=small, fill=(220, 228, 238))
    image.save(path)


def _course_slide(path: Path, value: dict, module: dict) -> None:
    _slide(path, value["title"], module["title"], footer="Kurs i helsepedagogikk · NK LMH", top=80, text_size=19)


def _session_slide(path: Path, session: dict) -> None:
    _slide(path, session["title"], "Opptak fra temasamlingen", footer="NK LMH · Helsepedagogikk", top=90, text_size=20)


def _timestamp(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{secs:06.3f}"


def caption_lines(transcript: str) -> list[str]:
    """The first sentences of the transcript, at most ~84 characters a cue
    (two lines of 42), with the speaker's name kept on the first cue of a turn."""
    cues: list[str] = []
    for paragraph in transcript.split("\n\n"):
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
            for chunk in textwrap.wrap(sentence, 84):
                cues.append("\n".join(textwrap.wrap(chunk, 42)))
                if len(cues) == MAX_CUES:
                    return cues
    return cues


def session_webvtt(transcript: str) -> str:
    lines = ["WEBVTT", "Kind: captions", "Language: nb", ""]
    for i, text in enumerate(caption_lines(transcript)):
        lines += [str(i + 1), f"{_timestamp(i * CUE_SECONDS)} --> {_timestamp((i + 1) * CUE_SECONDS - 0.2)}", text, ""]
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Regenerate the demo's diagrams, videos, captions and audio in demo/media/ (needs ffmpeg, espeak-ng)."

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only make files that do not exist yet.")
        parser.add_argument("--images-only", action="store_true", help="Only draw the diagrams (no ffmpeg needed).")

    def handle(self, *args, missing=False, images_only=False, **options):
        if not images_only:
            for tool in ("ffmpeg", "espeak-ng"):
                if shutil.which(tool) is None:
                    raise CommandError(f"{tool} is missing: apt-get install -y ffmpeg espeak-ng (or --images-only).")
        self.missing = missing
        course_media.MEDIA_DIR.mkdir(parents=True, exist_ok=True)
        sessions_demo.MEDIA_DIR.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            tmpdir = Path(tmp)
            self._course(tmpdir, images_only=images_only)
            self._session_posters()
            if not images_only:
                self._theme_sessions(tmpdir)

    def _target(self, folder: Path, name: str) -> Path | None:
        path = folder / name
        return None if self.missing and path.exists() else path

    # --- The course (demo/media/modules/) ---------------------------------------------

    def _course(self, tmpdir: Path, *, images_only: bool) -> None:
        for spec in course_demo.module_specs(stdout=self.stdout):
            for lesson in spec["lessons"]:
                for kind, value in lesson["body"]:
                    if kind == "image":
                        self._image(value)
                    elif kind == "video":
                        self._course_poster(value, spec)
                        if not images_only:
                            self._video(value, spec, tmpdir)
                    elif kind == "audio" and not images_only:
                        self._audio(value, tmpdir)

    def _image(self, value: dict) -> None:
        path = self._target(course_media.MEDIA_DIR, f"{value['key']}.png")
        if path is not None:
            diagrams.write_png(value["description"], path, fallback_labels=[value.get("caption") or value["alt"]])
            self.stdout.write(f"image {path.name}")

    def _course_poster(self, value: dict, module: dict) -> None:
        path = self._target(course_media.MEDIA_DIR, f"{value['key']}-poster.png")
        if path is not None:
            _course_slide(path, value, module)
            self.stdout.write(f"poster {path.name}")

    def _video(self, value: dict, module: dict, tmpdir: Path) -> None:
        path = self._target(course_media.MEDIA_DIR, f"{value['key']}.mp4")
        if path is None:
            return
        cues = course_media.parse_captions(value["captions"])
        wav = tmpdir / f"{value['key']}.wav"
        seconds = _narrate_cues(cues, wav, tmpdir)
        slide = tmpdir / f"{value['key']}.png"
        _course_slide(slide, value, module)
        _run(
            [
                "ffmpeg", "-y", "-loglevel", "error", "-loop", "1", "-framerate", "2", "-i", str(slide),
                "-i", str(wav), "-t", f"{seconds:.2f}", "-r", "2", "-c:v", "libx264", "-tune", "stillimage",
                "-pix_fmt", "yuv420p", "-crf", "34", "-c:a", "aac", "-ac", "1", "-ar", "16000", "-b:a", "16k",
                "-movflags", "+faststart", str(path),
            ]
        )  # fmt: skip
        self.stdout.write(f"video {path.name} ({seconds:.1f} s)")

    def _audio(self, value: dict, tmpdir: Path) -> None:
        path = self._target(course_media.MEDIA_DIR, f"{value['key']}.mp3")
        if path is None:
            return
        wav = tmpdir / f"{value['key']}.wav"
        seconds = _speak(" ".join(value["transcript"].split()), wav)
        _run(
            [
                "ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-ac", "1", "-ar", "16000",
                "-c:a", "libmp3lame", "-b:a", f"{course_media.MP3_BITS_PER_SECOND // 1000}k", str(path),
            ]
        )  # fmt: skip
        self.stdout.write(f"audio {path.name} ({seconds:.1f} s)")

    # --- Theme sessions and the podcast (demo/media/theme_sessions/) --------------------

    def _session_posters(self) -> None:
        for series in sessions_content.SERIES:
            for session in series["sessions"]:
                path = self._target(sessions_demo.MEDIA_DIR, f"{session['slug']}-poster.png")
                if session.get("recording") and path is not None:
                    _session_slide(path, session)
                    self.stdout.write(f"poster {path.name}")

    def _theme_sessions(self, tmpdir: Path) -> None:
        folder = sessions_demo.MEDIA_DIR
        for series in sessions_content.SERIES:
            for session in series["sessions"]:
                recording = session.get("recording")
                path = self._target(folder, f"{session['slug']}.mp4")
                if recording and path is not None:
                    self._recording(session, recording, path, tmpdir)
        for episode in sessions_content.PODCAST["episodes"]:
            path = self._target(folder, f"{episode['slug']}.mp3")
            if path is None:
                continue
            wav = tmpdir / f"{episode['slug']}.wav"
            _speak(episode["audio_excerpt"], wav, speed=150)
            _run(
                [
                    "ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-ac", "1", "-ar", "22050",
                    "-c:a", "libmp3lame", "-b:a", f"{sessions_demo.MP3_BITS_PER_SECOND // 1000}k", str(path),
                ]
            )  # fmt: skip
            self.stdout.write(f"audio {path.name}")

    def _recording(self, session: dict, recording: dict, path: Path, tmpdir: Path) -> None:
        slug = session["slug"]
        path.with_suffix(".vtt").write_text(session_webvtt(recording["transcript"]), encoding="utf-8")
        seconds = CUE_SECONDS * len(caption_lines(recording["transcript"]))
        slide = tmpdir / f"{slug}.png"
        _session_slide(slide, session)
        _run(
            [
                "ffmpeg", "-y", "-loglevel", "error", "-loop", "1", "-i", str(slide),
                "-f", "lavfi", "-i", "anullsrc=channel_layout=mono:sample_rate=22050",
                "-t", str(seconds), "-r", "5", "-c:v", "libx264", "-tune", "stillimage",
                "-pix_fmt", "yuv420p", "-crf", "32", "-c:a", "aac", "-b:a", "16k",
                "-movflags", "+faststart", str(path),
            ]
        )  # fmt: skip
        self.stdout.write(f"video {path.name} ({seconds} s) and {slug}.vtt")
