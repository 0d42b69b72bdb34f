"""How the production-like benchmark reports a run (bench/production.py):
a scenario's verdict against its target, its line while the run goes on,
regressions against the last committed result, and the Markdown table for
bench/results/latest.md and the README. Pure functions over the result rows."""

from __future__ import annotations

import production


def verdict(row: dict) -> str:
    if row["target"] is None:
        return ""
    if row["errors"]:
        return "missed (errors)"
    if row["stretch"] is not None and row["ratio"] >= row["stretch"]:
        return "met, stretch too"
    return "met" if row["ratio"] >= row["target"] else "missed"


def print_row(row: dict) -> None:
    target = f"target {row['target']}: {row['verdict']}" if row["target"] else ""
    print(
        f"{row['label']:<46} ratio {row['ratio']:.3f} {row['ratios']}  CPU ratio {row['cpu_ratio']:.3f} "
        f"({row['cpu_ms']} ms)  {row['rps']:.0f} req/s  "
        f"p50/95/99 {row['p50_ms']}/{row['p95_ms']}/{row['p99_ms']} ms  errors {row['errors']}  "
        f"queries {row['queries']}  worker {row['worker_mb']} MB  {target}"
        + (f"  {row['rows_per_second']} rows/s" if row.get("rows_per_second") else "")
        + (f"  {row['check']}" if row.get("check") else ""),
        flush=True,
    )


def compare(report: dict, previous: dict | None) -> list[str]:
    """Scenarios whose ratio fell more than REGRESSION below the last committed result."""
    if not previous or previous.get("size") != report["size"]:
        return []  # figures at another size are not comparable
    before = {row["name"]: row for row in previous.get("scenarios", [])}
    lines = []
    for row in report["scenarios"]:
        old = before.get(row["name"])
        if old and old.get("ratio") and row["ratio"] < old["ratio"] * (1 - production.REGRESSION):
            lines.append(f"{row['label']}: ratio {row['ratio']:.3f}, was {old['ratio']:.3f}")
        if old and old.get("queries") is not None and (row["queries"] or 0) > old["queries"]:
            lines.append(f"{row['label']}: {row['queries']} queries per request, was {old['queries']}")
    return lines


def markdown(report: dict) -> str:
    out = [
        f"Taken {report['taken_at']} at size {report['size']} on {report['machine']['cores']} cores "
        f"({report['machine']['cpu']}), load {report['machine']['load_1min_at_start']} at the start; "
        f"{report['setup']}.",
        "",
        "| Scenario | Ratio to /healthz | Target | CPU ratio (ms/req) | req/s | p50 / p95 / p99 ms | Errors "
        "| Queries | Worker MB (growth) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in report["scenarios"]:
        target = f"≥ {row['target']} {row['verdict']}" if row["target"] else ""
        rows = f", {row['rows_per_second']} rows/s" if row.get("rows_per_second") else ""
        rows += f" ({row['check']})" if row.get("check") else ""
        out.append(
            f"| {row['label']}{rows} | {row['ratio']:.3f} | {target} | {row['cpu_ratio']:.3f} ({row['cpu_ms']}) | "
            f"{row['rps']:.0f} | "
            f"{row['p50_ms']} / {row['p95_ms']} / {row['p99_ms']} | {row['errors']} | {row['queries']} | "
            f"{row['worker_mb']} (+{row['worker_growth_mb']}) |"
        )
    if report.get("regressions"):
        out += ["", "Regressions against the last committed result:", *[f"- {r}" for r in report["regressions"]]]
    return "\n".join(out) + "\n"
