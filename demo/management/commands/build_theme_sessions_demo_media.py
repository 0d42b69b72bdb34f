"""Regenerate the small demo media in demo/media/theme_sessions/ (committed):
for each past session a captioned title-slide video (Pillow + ffmpeg) and its
WebVTT captions from the first lines of the transcript, and for each podcast
episode an MP3 of espeak-ng reading the excerpt. Needs ffmpeg and espeak-ng.
Only maintainers run it; load_demo uses the committed files."""

import re
import subprocess
import tempfile
import textwrap
from pathlib import Path

from django.core.management.base import BaseCommand

from demo.content import theme_sessions as content

MEDIA_DIR = Path(__file__).resolve().parents[2] / "media" / "theme_sessions"
CUE_SECONDS = 4
MAX_CUES = 6
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


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


def webvtt(transcript: str) -> str:
    lines = ["WEBVTT", "Kind: captions", "Language: nb", ""]
    for i, text in enumerate(caption_lines(transcript)):
        lines += [str(i + 1), f"{_timestamp(i * CUE_SECONDS)} --> {_timestamp((i + 1) * CUE_SECONDS - 0.2)}", text, ""]
    return "\n".join(lines)


def _slide(path: Path, title: str, subtitle: str) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (640, 360), (0, 36, 78))
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(FONT_BOLD, 30)
    small = ImageFont.truetype(FONT, 20)
    y = 90
    for line in textwrap.wrap(title, 34):
        draw.text((40, y), line, font=big, fill=(255, 255, 255))
        y += 40
    draw.text((40, y + 20), subtitle, font=small, fill=(255, 218, 6))
    draw.text((40, 310), "NK LMH · Helsepedagogikk", font=small, fill=(220, 228, 238))
    image.save(path)


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True)  # noqa: S603


class Command(BaseCommand):
    help = "Regenerate the demo videos, captions and podcast audio (needs ffmpeg and espeak-ng)."

    def handle(self, *args, **options):
        MEDIA_DIR.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            tmpdir = Path(tmp)
            for series in content.SERIES:
                for session in series["sessions"]:
                    recording = session.get("recording")
                    if not recording:
                        continue
                    slug = session["slug"]
                    vtt = webvtt(recording["transcript"])
                    (MEDIA_DIR / f"{slug}.vtt").write_text(vtt, encoding="utf-8")
                    seconds = CUE_SECONDS * len(caption_lines(recording["transcript"]))
                    slide = tmpdir / f"{slug}.png"
                    _slide(slide, session["title"], "Opptak fra temasamlingen")
                    _run(
                        [
                            "ffmpeg", "-y", "-loglevel", "error", "-loop", "1", "-i", str(slide),
                            "-f", "lavfi", "-i", "anullsrc=channel_layout=mono:sample_rate=22050",
                            "-t", str(seconds), "-r", "5", "-c:v", "libx264", "-tune", "stillimage",
                            "-pix_fmt", "yuv420p", "-crf", "32", "-c:a", "aac", "-b:a", "16k",
                            "-movflags", "+faststart", str(MEDIA_DIR / f"{slug}.mp4"),
                        ]
                    )  # fmt: skip
                    self.stdout.write(f"video {slug}.mp4 ({seconds} s) and {slug}.vtt")
            for episode in content.PODCAST["episodes"]:
                slug = episode["slug"]
                wav = tmpdir / f"{slug}.wav"
                _run(["espeak-ng", "-v", "nb", "-s", "150", "-w", str(wav), episode["audio_excerpt"]])
                _run(
                    [
                        "ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-ac", "1", "-ar", "22050",
                        "-c:a", "libmp3lame", "-b:a", "32k", str(MEDIA_DIR / f"{slug}.mp3"),
                    ]
                )  # fmt: skip
                self.stdout.write(f"audio {slug}.mp3")
