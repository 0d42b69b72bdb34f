"""Static files in production: WhiteNoise's compressed, hashed files, with
each URL worked out once per process. The manifest only changes with a
deploy (collectstatic, then new processes), so the URL of a name never
changes in a running process, and a page asks for about ten of them."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class CachedUrlStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force=True)
        found = self._urls.get(name)
        if found is None:
            found = self._urls[name] = super().url(name)
        return found
