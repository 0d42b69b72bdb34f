"""Runs axe-core (from node_modules, installed by npm ci) in the page and
fails on any WCAG 2.0/2.1 level A or AA violation."""

from pathlib import Path

AXE_SOURCE = (Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js").read_text()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[dict]:
    # evaluate() runs through the DevTools protocol, so the page's CSP (which
    # forbids inline scripts) does not block the audit script.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
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
