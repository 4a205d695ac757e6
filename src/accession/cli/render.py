"""Rich renderings of analysis results for the terminal (the library never prints)."""

from __future__ import annotations

from rich.table import Table

from accession.analysis import ConsensusStatus
from accession.cli.common import console

STANCE_STYLE = {
    "support": "green",
    "oppose": "red",
    "conditional": "yellow",
    "undecided": "cyan",
    "unknown": "dim",
}


def render_status(result: ConsensusStatus, quotes: int = 8) -> None:
    style = {"reached": "green", "blocked": "red"}.get(result.status, "yellow")
    console.print(
        f"[bold]{result.question}[/bold] on {result.on}: [{style}]{result.status}[/{style}]"
        f" ({result.rule['rule']} of {len(result.members)} members"
        + (f", {result.rule['body']}" if result.rule.get("body") else "")
        + ")",
        highlight=False,
    )
    counts = result.counts
    console.print(
        "  "
        + ", ".join(
            f"[{STANCE_STYLE[s]}]{s} {counts.get(s, 0)}[/{STANCE_STYLE[s]}]" for s in STANCE_STYLE
        )
        + f"; coverage {result.coverage:.0%}",
        highlight=False,
    )
    if result.blockers:
        console.print(f"  blockers: {', '.join(result.blockers)}", highlight=False)
    cand = result.candidate
    if cand is not None and cand.stance != "unknown":
        console.print(
            f"  the candidate, {cand.name}: {cand.stance} (since {cand.since})", highlight=False
        )
    if result.conflicts:
        console.print(f"  conflicting evidence: {', '.join(result.conflicts)}", highlight=False)
    for r in result.reports[:2]:
        console.print(
            f"  reported {r['status']} on {r['date']}: "
            f"\u201c{r['quote']}\u201d ({r['source_url']})",
            highlight=False,
        )
    table = Table(show_lines=False, pad_edge=False)
    table.add_column("member", no_wrap=True)
    table.add_column("stance", no_wrap=True)
    table.add_column("since", no_wrap=True)
    table.add_column("items", justify="right")
    table.add_column("source", overflow="ellipsis", no_wrap=True, max_width=40)
    known = [m for m in result.members if m.stance != "unknown"]
    order = {s: i for i, s in enumerate(("oppose", "conditional", "undecided", "support"))}
    known.sort(key=lambda m: (order.get(m.stance, 9), m.iso3))
    for m in known:
        ev = m.evidence[0] if m.evidence else None
        flags = (" stale" if m.stale else "") + (" conflict" if m.conflict else "")
        table.add_row(
            f"{m.iso3} {m.name}",
            f"[{STANCE_STYLE[m.stance]}]{m.stance}[/{STANCE_STYLE[m.stance]}]{flags}",
            m.since or "",
            str(len(m.evidence)),
            _domain(ev.source_url) if ev else "",
        )
    if known:
        console.print(table)
    if result.unknown:
        console.print(
            f"  no evidence yet ({len(result.unknown)}): {', '.join(result.unknown)}",
            highlight=False,
        )
    shown = [m for m in known if m.evidence][:quotes]
    if shown:
        console.print("[bold]Key evidence, with sources[/bold]")
    for m in shown:
        ev = m.evidence[0]
        text = ev.quote if len(ev.quote) <= 240 else ev.quote[:237] + "..."
        console.print(
            f"  {m.iso3} {m.stance} ({ev.date}): \u201c{text}\u201d\n      {ev.source_url}",
            highlight=False,
        )


def _domain(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")
