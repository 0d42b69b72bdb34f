"""A real SMTP server on a socket, small enough to read: it accepts every
message and keeps it, so a test can count what arrived."""

from __future__ import annotations

import socketserver
from contextlib import contextmanager

from tests.servers import serving


class _Session(socketserver.StreamRequestHandler):
    def _reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self._reply("220 test ESMTP")
        while line := self.rfile.readline():
            command = line.decode("utf-8", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self._reply("250 test")
            elif command == "DATA":
                self._reply("354 end with .")
                data = []
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk)
                self.server.messages.append(b"".join(data).decode("utf-8", "replace"))
                self._reply("250 queued")
            elif command == "QUIT":
                self._reply("221 bye")
                return
            else:  # MAIL FROM, RCPT TO, RSET, NOOP
                self._reply("250 ok")


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port: int):
        super().__init__(("127.0.0.1", port), _Session)
        self.messages: list[str] = []


@contextmanager
def smtp_server(port: int):
    with serving(_Server(port)) as server:
        yield server


def free_port() -> int:
    with socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler) as probe:
        return probe.server_address[1]
