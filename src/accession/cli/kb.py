"""Knowledge-base commands: check, members, history, ratifications, who, export."""

from __future__ import annotations

from typing import Annotated

import typer

from accession.cli.common import DbOption, Format, FormatOption, console, emit, parse_day
from accession.errors import NotFoundError, ValidationError
from accession.kb import load_kb
from accession.kb.exports import EXPORTS, export_rows
from accession.kb.loader import load_tables
from accession.model.institution import institution_key
from accession.model.validate import country_name, iso3

kb_app = typer.Typer(help="Check and export the bundled knowledge base.", no_args_is_help=True)


@kb_app.command("check")
def kb_check(fmt: FormatOption = Format.table) -> None:
    """Validate every table (schema, ISO codes, date order, unique keys, sources); print counts."""
    report = load_tables()
    rows = [
        {"table": t, "rows": len(r), "files": len(report.files.get(t, []))}
        for t, r in report.rows.items()
    ]
    if fmt == Format.json:
        emit({"tables": rows, "problems": report.problems}, fmt)
    else:
        emit(rows, fmt, ["table", "rows", "files"], title="Knowledge base")
        for p in report.problems:
            console.print(f"[red]problem[/red] {p}", highlight=False)
    if report.problems:
        raise ValidationError(f"knowledge base check failed: {len(report.problems)} problem(s)")


@kb_app.command("export")
def kb_export(
    table: Annotated[str, typer.Argument(help="Table: " + ", ".join(EXPORTS))],
    fmt: FormatOption = Format.csv,
) -> None:
    """Export a table with stable columns (ISO dates, empty when unknown)."""
    columns, rows = export_rows(load_kb(), table)
    emit(rows, fmt, columns)


def members(
    institution: Annotated[str, typer.Argument(help="NATO or EU")],
    on: Annotated[str | None, typer.Option("--on", help="Date (YYYY-MM-DD); default today")] = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """The members of an institution on a date."""
    inst = institution_key(institution)
    day = parse_day(on, "--on date")
    kb = load_kb()
    joined = {m.member: m for m in kb.memberships if m.institution == inst}
    rows = [
        {
            "member_iso3": c,
            "name": country_name(c),
            "joined": joined[c].joined.isoformat(),
            "source_url": joined[c].source_url,
        }
        for c in kb.members_on(inst, day)
    ]
    if fmt == Format.json:
        emit({"institution": inst, "on": day.isoformat(), "count": len(rows), "members": rows}, fmt)
    else:
        emit(rows, fmt, ["member_iso3", "name", "joined"], title=f"{inst} on {day}: {len(rows)}")


def history(
    institution: Annotated[str, typer.Argument(help="NATO or EU")] = "NATO",
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """The enlargement timeline: each case's application, invitation, signature, accession."""
    inst = institution_key(institution)
    columns, rows = export_rows(load_kb(), "rounds")
    rows = [r for r in rows if r["institution"] == inst]
    cols = [c for c in columns if c not in ("institution", "source_url")]
    emit(rows, fmt, cols if fmt == Format.table else columns, title=f"{inst} enlargements")


def ratifications(
    candidate: Annotated[str, typer.Argument(help="Candidate ISO3 code, e.g. SWE")],
    institution: Annotated[str, typer.Option("--institution", help="NATO or EU")] = "NATO",
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Each member's ratification of a candidate's protocol, in days from signature."""
    kb = load_kb()
    cand = iso3(candidate, "candidate code")
    case = kb.case(institution, cand)
    rats = kb.ratifications_of(institution, cand)
    if not rats:
        raise NotFoundError(f"no ratifications recorded for {cand}")
    rows = []
    for r in sorted(rats, key=lambda r: (r.approved is None, r.approved or case.protocol_signed)):
        days = (
            (r.approved - case.protocol_signed).days
            if r.approved and case.protocol_signed
            else None
        )
        rows.append(
            {
                "member_iso3": r.member,
                "name": country_name(r.member),
                "approved_date": r.approved.isoformat() if r.approved else "",
                "deposited_date": r.deposited.isoformat() if r.deposited else "",
                "days_from_signature": days,
                "approved_by": r.approved_by,
                "source_url": r.source_url,
            }
        )
    cols = ["member_iso3", "name", "approved_date", "deposited_date", "days_from_signature"]
    if fmt == Format.json:
        emit(
            {
                "candidate": cand,
                "protocol_signed_date": case.protocol_signed.isoformat()
                if case.protocol_signed
                else None,
                "accession_date": case.accession.isoformat() if case.accession else None,
                "ratifications": rows,
            },
            fmt,
        )
    else:
        emit(
            rows,
            fmt,
            cols if fmt == Format.table else list(rows[0]),
            title=f"{cand}: signed {case.protocol_signed}",
        )


def who(
    name: Annotated[str, typer.Argument(help="A name or variant, e.g. Sibiga")],
    on: Annotated[str | None, typer.Option("--on", help="Date (YYYY-MM-DD); default today")] = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Who a name refers to, and their office on a date."""
    day = parse_day(on, "--on date")
    matches = load_kb().who(name, day)
    if not matches:
        raise NotFoundError(f"no person matches {name!r} in the knowledge base")
    rows = [
        {
            "person": m.person.canonical,
            "person_id": m.person.person_id,
            "matched": m.matched,
            "score": round(m.score, 1),
            "role": m.office.role if m.office else "",
            "state": (m.office.state or m.office.organization or "") if m.office else "",
            "from": m.office.start.isoformat() if m.office and m.office.start else "",
            "to": m.office.end.isoformat() if m.office and m.office.end else "",
            "aliases": "; ".join(m.person.aliases),
        }
        for m in matches
    ]
    emit(
        rows if fmt != Format.json else {"name": name, "on": day.isoformat(), "matches": rows},
        fmt,
        ["person", "role", "state", "from", "to", "matched", "score"]
        if fmt == Format.table
        else None,
        rows=rows,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")
    app.command("members")(members)
    app.command("history")(history)
    app.command("ratifications")(ratifications)
    app.command("who")(who)
