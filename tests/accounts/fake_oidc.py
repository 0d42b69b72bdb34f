"""A minimal OpenID Connect provider that the tests run in a thread: discovery,
authorize (auto-approves), token, userinfo and JWKS. It stands in for
ID-porten, HelseID or Feide, which speak the same protocol."""

import json
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

import jwt

from tests.servers import serving

CLIENT_ID = "helsepedagogikk-test"
CLIENT_SECRET = "fake-client-secret-for-the-test-provider-only"  # noqa: S105


class FakeOIDCProvider:
    def __init__(self, *, claims: dict):
        self.claims = claims
        self.codes: dict[str, dict] = {}
        self.token_requests: list[dict] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self._serving = serving(self.server)

    @property
    def discovery_url(self) -> str:
        return f"{self.base_url}/.well-known/openid-configuration"

    def __enter__(self):
        self._serving.__enter__()
        return self

    def __exit__(self, *exc):
        self._serving.__exit__(*exc)

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, data, status=200):
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path == "/.well-known/openid-configuration":
                    return self._json(
                        {
                            "issuer": provider.base_url,
                            "authorization_endpoint": f"{provider.base_url}/authorize",
                            "token_endpoint": f"{provider.base_url}/token",
                            "userinfo_endpoint": f"{provider.base_url}/userinfo",
                            "jwks_uri": f"{provider.base_url}/jwks",
                            "response_types_supported": ["code"],
                            "subject_types_supported": ["public"],
                            "id_token_signing_alg_values_supported": ["HS256"],
                            "token_endpoint_auth_methods_supported": ["client_secret_post"],
                        }
                    )
                if url.path == "/authorize":
                    code = uuid.uuid4().hex
                    provider.codes[code] = {"nonce": query.get("nonce"), "client_id": query["client_id"]}
                    target = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query["state"]})
                    self.send_response(302)
                    self.send_header("Location", target)
                    self.end_headers()
                    return None
                if url.path == "/userinfo":
                    if self.headers.get("Authorization") != "Bearer fake-access-token":
                        return self._json({"error": "invalid_token"}, status=401)
                    return self._json(provider.claims)
                if url.path == "/jwks":
                    return self._json({"keys": []})
                return self._json({"error": "not_found"}, status=404)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                provider.token_requests.append(form)
                if urlparse(self.path).path != "/token":
                    return self._json({"error": "not_found"}, status=404)
                grant = provider.codes.pop(form.get("code", ""), None)
                if grant is None or form.get("client_secret") != CLIENT_SECRET:
                    return self._json({"error": "invalid_grant"}, status=400)
                now = int(time.time())
                id_token = jwt.encode(
                    {
                        "iss": provider.base_url,
                        "aud": CLIENT_ID,
                        "iat": now,
                        "exp": now + 300,
                        **({"nonce": grant["nonce"]} if grant["nonce"] else {}),
                        **provider.claims,
                    },
                    CLIENT_SECRET,
                    algorithm="HS256",
                )
                return self._json(
                    {
                        "access_token": "fake-access-token",
                        "token_type": "Bearer",
                        "expires_in": 300,
                        "id_token": id_token,
                    }
                )

        return Handler
