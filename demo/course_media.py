"""The demo course's images, videos, audio clips and caption files, for the
course loader (demo/loaders/modules.py) and build_demo_media.

The files are committed under demo/media/modules/ (build_demo_media makes
them; loading needs neither ffmpeg nor espeak-ng). In Wagtail they live in
the "Kurs i helsepedagogikk" collection and are found by the "[key]" at the
end of their title, so a second load updates them in place and never
duplicates anything. A missing PNG is drawn at load time with Pillow.
"""

from __future__ import annotations

import hashlib
from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from demo import diagrams

MEDIA_DIR = Path(__file__).resolve().parent / "media" / "modules"
MP3_BITS_PER_SECOND = 16_000
COLLECTION = "Kurs i helsepedagogikk"


def _out(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)


def audio_seconds(key: str) -> float:
    """The length of a committed MP3 (constant bit rate); 0 if it is missing."""
    path = MEDIA_DIR / f"{key}.mp3"
    return round(path.stat().st_size * 8 / MP3_BITS_PER_SECOND, 1) if path.exists() else 0


def parse_timestamp(value: str) -> float:
    """'00:04.500' or '00:00:04.500' → 4.5 seconds."""
    seconds = 0.0
    for part in value.strip().split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def format_timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def parse_captions(captions) -> list[tuple[float, float, str]]:
    return [(parse_timestamp(start), parse_timestamp(end), " ".join(text.split())) for start, end, text in captions]


def webvtt(captions) -> str:
    lines = ["WEBVTT", "Kind: captions", "Language: nb", ""]
    for number, (start, end, text) in enumerate(parse_captions(captions), start=1):
        lines += [str(number), f"{format_timestamp(start)} --> {format_timestamp(end)}", text, ""]
    return "\n".join(lines)


# --- Images, media and caption documents -------------------------------------------


def _collection() -> Collection:
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION).first()
    return collection or root.add_child(name=COLLECTION)


def _keyed(model, collection, key: str):
    return model.objects.filter(collection=collection, title__endswith=f"[{key}]").first()


def _stored_bytes(field_file) -> bytes | None:
    try:
        with field_file.open("rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        return None


def _title(text: str, key: str) -> str:
    suffix = f" [{key}]"
    text = " ".join(text.split())
    limit = 255 - len(suffix)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text + suffix


class Assets:
    """Finds or makes the demo course's images, media and caption files."""

    def __init__(self, *, stdout=None):
        self.stdout = stdout
        self.collection = _collection()

    def image(self, value: dict):
        key = value["key"]
        path = MEDIA_DIR / f"{key}.png"
        if path.exists():
            data = path.read_bytes()
        else:
            image = diagrams.draw_diagram(value["description"], fallback_labels=[value.get("caption") or key])
            buffer = BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            data = buffer.getvalue()
            _out(self.stdout, f"Course demo: drew demo/media/modules/{key}.png at load time (not committed yet).")
        model = get_image_model()
        title = _title(value.get("caption") or value["alt"], key)
        image = _keyed(model, self.collection, key)
        if image is None:
            image = model(title=title, collection=self.collection)
        elif image.file_hash == hashlib.sha1(data).hexdigest():  # noqa: S324 (Wagtail's own file hash)
            if image.title != title:
                image.title = title
                image.save(update_fields=["title"])
            return image
        else:
            image.renditions.all().delete()
        image.title = title
        image.file = ImageFile(BytesIO(data), name=f"{key}.png")
        image._set_image_file_metadata()
        image.save()
        return image

    def media(
        self, key: str, *, title: str, kind: str, suffix: str, duration: float, size=(None, None), poster: str = ""
    ):
        """The media item for demo/media/modules/<key>.<suffix>; a video gets its title slide
        (demo/media/modules/<poster>, drawn by build_demo_media) as its poster image."""
        path = MEDIA_DIR / f"{key}.{suffix}"
        if not path.exists():
            _out(self.stdout, f"Course demo: demo/media/modules/{path.name} is missing; run build_demo_media.")
            return None
        data = path.read_bytes()
        model = get_media_model()
        media = _keyed(model, self.collection, key)
        fields = {"title": _title(title, key), "type": kind, "duration": duration, "width": size[0], "height": size[1]}
        if media is None:
            media = model(collection=self.collection, **fields)
        else:
            for name, field_value in fields.items():
                setattr(media, name, field_value)
        if media.pk is None or _stored_bytes(media.file) != data:
            media.file.save(path.name, ContentFile(data), save=False)
        poster_path = MEDIA_DIR / poster if poster else None
        if poster_path and poster_path.exists():
            poster_data = poster_path.read_bytes()
            if _stored_bytes(media.thumbnail) != poster_data:
                media.thumbnail.save(poster_path.name, ContentFile(poster_data), save=False)
        media.save()
        return media

    def captions(self, key: str, *, title: str, captions) -> object:
        data = webvtt(captions).encode("utf-8")
        model = get_document_model()
        vtt_key = f"{key}.vtt"
        document = _keyed(model, self.collection, vtt_key)
        title = _title(f"Teksting: {title}", vtt_key)
        if document is None:
            document = model(title=title, collection=self.collection)
        elif _stored_bytes(document.file) == data:
            if document.title != title:
                document.title = title
                document.save(update_fields=["title"])
            return document
        document.title = title
        document.file.save(vtt_key, ContentFile(data), save=False)
        document._set_document_file_metadata()
        document.save()
        return document
