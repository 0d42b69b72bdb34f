"""Runs axe-core (from node_modules, installed by npm ci) in the page and
fails on any WCAG 2.0/2.1 level A or AA violation."""

from pathlib import Path

AXE_DIR = Path(__file__).resolve().parents[2] / "node_modules/axe-core"
# The browser tests' live server serves axe-core as a static file here
# (tests/e2e/conftest.py: page), so the browser loads it like the page's own
# scripts: from its cache after the first page, compiled once. Evaluating its
# 550 kB source through the DevTools protocol cost 60-100 ms on every page.
AXE_STATIC_PREFIX = "tests/axe-core"
AXE_URL = f"/static/{AXE_STATIC_PREFIX}/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[dict]:
    # A same-origin script, which the page's CSP (script-src 'self') allows.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_URL)
    result = page.evaluate(
        "(tags) => window.axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return result["violations"]


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n    "
        + "\n    ".join(
            node["target"][0] if isinstance(node["target"][0], str) else str(node["target"]) for node in v["nodes"][:5]
        )
        for v in violations
    )
    assert not violations, f"axe found WCAG A/AA violations on {page.url}:\n{report}"
