"""Servers that tests run in a thread of their own (socketserver's)."""

import threading
from contextlib import contextmanager

# How often serve_forever looks for shutdown(). socketserver's default, half
# a second, was what ending each of these servers cost a test.
POLL_INTERVAL = 0.02


@contextmanager
def serving(server):
    """Serves ``server`` in a daemon thread until the block ends, then shuts
    it down and closes its socket."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
