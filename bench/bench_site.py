"""The public site pages, anonymous: home and search, against /healthz."""

from harness import Client, get, report, time_requests, trivial_ms


def main() -> None:
    baseline = trivial_ms()
    client = Client()
    rows = [
        ("home page (anonymous)", time_requests(get(client, "/"), n=100)),
        ("privacy statement (anonymous)", time_requests(get(client, "/personvern/"), n=100)),
        ("search ?q=mestring (anonymous)", time_requests(get(client, "/sok/?q=mestring"), n=50)),
    ]
    report("Site pages", rows, baseline)
