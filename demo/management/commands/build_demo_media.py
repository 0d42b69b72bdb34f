"""Regenerate the demo course's media in demo/media/modules/ (committed):

- <key>.png for every image block: the diagram its "description" asks for,
  drawn with Pillow (demo.diagrams);
- <key>.mp4 for every video block: a title slide with espeak-ng reading the
  captions, each cue starting at its own time, so the captions match the
  speech (ffmpeg, H.264 + AAC, a few tens of kilobytes);
- <key>.mp3 for every audio block: espeak-ng reading the transcript.

Needs ffmpeg and espeak-ng for the video and audio:

    apt-get install -y ffmpeg espeak-ng
    python manage.py build_demo_media            # everything
    python manage.py build_demo_media --missing  # only files that do not exist yet
    python manage.py build_demo_media --images-only

Only maintainers run it, after changing demo/content/modules/. load_demo
reads the committed files and never needs ffmpeg or espeak-ng (a missing
PNG is drawn at load time; a missing video or audio block is left out).
"""

import shutil
import subprocess
import tempfile
import textwrap
import wave
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from demo import diagrams as demo_diagrams
from demo.loaders import modules as demo

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VOICE = ["-v", "nb"]
WORDS_PER_MINUTE = 165
MAX_WORDS_PER_MINUTE = 260


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


def _slide(path: Path, title: str, subtitle: str) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (640, 360), (0, 36, 78))
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(FONT_BOLD, 30)
    small = ImageFont.truetype(FONT, 19)
    y = 80
    for line in textwrap.wrap(title, 34):
        draw.text((40, y), line, font=big, fill=(255, 255, 255))
        y += 40
    for line in textwrap.wrap(subtitle, 52):
        draw.text((40, y + 20), line, font=small, fill=(255, 218, 6))
        y += 26
    draw.text((40, 310), "Kurs i helsepedagogikk · NK LMH", font=small, fill=(220, 228, 238))
    image.save(path)


class Command(BaseCommand):
    help = "Regenerate the demo course's diagrams, videos and audio in demo/media/modules/ (needs ffmpeg, espeak-ng)."

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only make files that do not exist yet.")
        parser.add_argument("--images-only", action="store_true", help="Only draw the diagrams (no ffmpeg needed).")

    def handle(self, *args, missing=False, images_only=False, **options):
        if not images_only:
            for tool in ("ffmpeg", "espeak-ng"):
                if shutil.which(tool) is None:
                    raise CommandError(f"{tool} is missing: apt-get install -y ffmpeg espeak-ng (or --images-only).")
        demo.MEDIA_DIR.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            tmpdir = Path(tmp)
            for spec in demo.module_specs(stdout=self.stdout):
                for lesson in spec["lessons"]:
                    for kind, value in lesson["body"]:
                        if kind == "image":
                            self._image(value, missing=missing)
                        elif kind == "video" and not images_only:
                            self._video(value, spec, tmpdir, missing=missing)
                        elif kind == "audio" and not images_only:
                            self._audio(value, tmpdir, missing=missing)

    def _target(self, key: str, suffix: str, *, missing: bool) -> Path | None:
        path = demo.MEDIA_DIR / f"{key}.{suffix}"
        return None if missing and path.exists() else path

    def _image(self, value: dict, *, missing: bool) -> None:
        path = self._target(value["key"], "png", missing=missing)
        if path is not None:
            demo_diagrams.write_png(value["description"], path, fallback_labels=[value.get("caption") or value["alt"]])
            self.stdout.write(f"image {path.name}")

    def _video(self, value: dict, module: dict, tmpdir: Path, *, missing: bool) -> None:
        path = self._target(value["key"], "mp4", missing=missing)
        if path is None:
            return
        cues = demo.parse_captions(value["captions"])
        wav = tmpdir / f"{value['key']}.wav"
        seconds = _narrate_cues(cues, wav, tmpdir)
        slide = tmpdir / f"{value['key']}.png"
        _slide(slide, value["title"], module["title"])
        _run(
            [
                "ffmpeg", "-y", "-loglevel", "error", "-loop", "1", "-framerate", "2", "-i", str(slide),
                "-i", str(wav), "-t", f"{seconds:.2f}", "-r", "2", "-c:v", "libx264", "-tune", "stillimage",
                "-pix_fmt", "yuv420p", "-crf", "34", "-c:a", "aac", "-ac", "1", "-ar", "16000", "-b:a", "16k",
                "-movflags", "+faststart", str(path),
            ]
        )  # fmt: skip
        self.stdout.write(f"video {path.name} ({seconds:.1f} s)")

    def _audio(self, value: dict, tmpdir: Path, *, missing: bool) -> None:
        path = self._target(value["key"], "mp3", missing=missing)
        if path is None:
            return
        wav = tmpdir / f"{value['key']}.wav"
        seconds = _speak(" ".join(value["transcript"].split()), wav)
        _run(
            [
                "ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-ac", "1", "-ar", "16000",
                "-c:a", "libmp3lame", "-b:a", f"{demo.MP3_BITS_PER_SECOND // 1000}k", str(path),
            ]
        )  # fmt: skip
        self.stdout.write(f"audio {path.name} ({seconds:.1f} s)")
