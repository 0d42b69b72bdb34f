"""Sessions as Django's cached_db (in the shared cache, kept in the
database), read in one round trip with the content version: the site
middleware (elearning.middleware) reads a request's session from the shared
cache together with the version (content_cache.read_with_version), and the
store's first load uses what it read, for the session key it was read for.
A session missing there is loaded as cached_db does."""

from django.contrib.sessions.backends import cached_db


class SessionStore(cached_db.SessionStore):
    def __init__(self, session_key=None):
        super().__init__(session_key)
        self._read_ahead = None  # (session key, its data from the shared cache)

    def read_ahead(self, data) -> None:
        """The session's data as read from the shared cache, for the first load."""
        self._read_ahead = (self.session_key, data) if data is not None else None

    def load(self):
        read, self._read_ahead = self._read_ahead, None
        if read is not None and read[0] == self.session_key:
            return read[1]
        return super().load()
