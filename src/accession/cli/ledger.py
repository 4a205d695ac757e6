"""Ledger commands: questions, status at a date, stances (add, list, review, history), diff,
evidence export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from accession.analysis import consensus_at, diff
from accession.cli.common import DbOption, Format, FormatOption, console, emit, get_app, parse_day
from accession.errors import InputError, ValidationError
from accession.model import Evidence, Question, ReviewState, Stance
from accession.store import ledger
from accession.store import questions as store_questions
from accession.store.exports import EXPORT_FORMATS, export_evidence

question_app = typer.Typer(
    help="Registered questions (INSTITUTION:ACTION:CANDIDATE).", no_args_is_help=True
)
stance_app = typer.Typer(help="Stance evidence: add, list, review, history.", no_args_is_help=True)
evidence_app = typer.Typer(help="Export the evidence ledger.", no_args_is_help=True)

QuestionArg = Annotated[str, typer.Argument(help="Question key, e.g. NATO:invite:UKR")]


@question_app.command("list")
def question_list(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """Every registered question."""
    app = get_app(db)
    with app.store.read() as conn:
        rows = store_questions.list_questions(conn)
    emit(
        rows,
        fmt,
        ["key", "description", "decision_point", "origin"] if fmt == Format.table else None,
        rows=rows,
    )


@question_app.command("add")
def question_add(
    key: QuestionArg,
    description: Annotated[str, typer.Option("--description", help="What is to be decided")] = "",
    decision_point: Annotated[
        str | None, typer.Option("--decision-point", help="YYYY-MM-DD")
    ] = None,
    decision_event: Annotated[str, typer.Option("--decision-event", help="e.g. a summit")] = "",
    source_url: Annotated[str, typer.Option("--source-url")] = "",
    db: DbOption = None,
) -> None:
    """Register a question an analyst wants to follow."""
    q = Question(
        key,
        description,
        parse_day(decision_point, "--decision-point") if decision_point else None,
        decision_event,
        source_url,
    )
    app = get_app(db)
    with app.store.write() as conn:
        added = store_questions.upsert_questions(conn, [q], origin="analyst")
    console.print(f"{q.key}: {'registered' if added else 'already registered'}")


def status(
    question: QuestionArg,
    on: Annotated[str | None, typer.Option("--on", help="Date (YYYY-MM-DD); default today")] = None,
    confirmed_only: Annotated[
        bool, typer.Option("--confirmed-only", help="Count confirmed evidence only")
    ] = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Who supports, who blocks, on what evidence, and whether consensus exists on a date."""
    app = get_app(db)
    day = parse_day(on, "--on date")
    with app.store.read() as conn:
        result = consensus_at(
            conn,
            app.kb,
            question,
            day,
            include_proposed=app.settings.include_proposed and not confirmed_only,
            stale_days=app.settings.stale_days,
        )
    if fmt != Format.table:
        rows = [
            {
                "iso3": m.iso3,
                "name": m.name,
                "stance": m.stance,
                "since": m.since,
                "stale": m.stale,
                "conflict": m.conflict,
                "quote": m.evidence[0].quote if m.evidence else "",
                "source_url": m.evidence[0].source_url if m.evidence else "",
            }
            for m in result.members
        ]
        emit(result, fmt, rows=rows)
        return
    from accession.cli.render import render_status

    render_status(result)


@stance_app.command("add")
def stance_add(
    question: QuestionArg,
    member: Annotated[str, typer.Argument(help="Member ISO3 code, e.g. HUN")],
    stance: Annotated[str, typer.Argument(help="support|oppose|conditional|undecided|unknown")],
    on: Annotated[str, typer.Option("--on", help="Date the evidence speaks for (YYYY-MM-DD)")],
    source_url: Annotated[str, typer.Option("--source-url", help="Where it was said")],
    quote: Annotated[str, typer.Option("--quote", help="The exact words")] = "",
    condition: Annotated[str, typer.Option("--condition", help="For conditional stances")] = "",
    review: Annotated[str, typer.Option("--review", help="proposed|confirmed")] = "confirmed",
    supersedes: Annotated[
        int | None, typer.Option("--supersedes", help="Evidence id corrected")
    ] = None,
    db: DbOption = None,
) -> None:
    """Add an analyst's evidence item (append-only; use --supersedes to correct one)."""
    if not source_url.startswith(("http://", "https://")):
        raise ValidationError("--source-url must be an http(s) URL: every item needs its source")
    app = get_app(db)
    day = parse_day(on, "--on date")
    ev = Evidence(
        Stance(question, member, stance, day),
        quote=quote,
        source_url=source_url,
        method="analyst",
        review=ReviewState(review) if review in ("proposed", "confirmed") else ReviewState.PROPOSED,
        condition=condition,
        supersedes=supersedes,
    )
    with app.store.write() as conn:
        from accession.analysis.consensus import resolve_question

        resolve_question(conn, app.kb, ev.stance.question)
        (new_id,) = ledger.add_evidence(conn, [ev])
    console.print(
        f"evidence #{new_id}: {ev.stance.member} {ev.stance.value} "
        f"on {ev.stance.question} from {day}"
    )


@stance_app.command("list")
def stance_list(
    question: Annotated[str | None, typer.Option("--question", "-q")] = None,
    member: Annotated[str | None, typer.Option("--member", "-m")] = None,
    review: Annotated[str | None, typer.Option("--review")] = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 50,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Evidence items, newest first, filtered."""
    app = get_app(db)
    with app.store.read() as conn:
        if question:
            from accession.analysis.consensus import resolve_question

            question = resolve_question(conn, app.kb, question).key
        rows = ledger.list_evidence(
            conn,
            question=question,
            member=member.upper() if member else None,
            since=parse_day(since, "--since") if since else None,
            until=parse_day(until, "--until") if until else None,
            review=review,
            limit=limit,
        )
    cols = ["id", "question", "member_iso3", "stance", "on_date", "review", "method", "quote"]
    emit(rows, fmt, cols if fmt == Format.table else None, rows=rows)


@stance_app.command("review")
def stance_review(
    evidence_id: Annotated[int, typer.Argument(help="Evidence id")],
    state: Annotated[str, typer.Argument(help="confirmed|rejected|proposed")],
    reviewer: Annotated[str, typer.Option("--reviewer")] = "",
    note: Annotated[str, typer.Option("--note")] = "",
    db: DbOption = None,
) -> None:
    """Confirm or reject an evidence item (recorded; the item itself is never changed)."""
    app = get_app(db)
    with app.store.write() as conn:
        ledger.review_evidence(conn, evidence_id, state, reviewer, note)
    console.print(f"evidence #{evidence_id}: {state}")


@stance_app.command("history")
def stance_history(
    evidence_id: Annotated[int, typer.Argument(help="Evidence id")],
    fmt: FormatOption = Format.json,
    db: DbOption = None,
) -> None:
    """An item with its reviews and the items it supersedes."""
    app = get_app(db)
    with app.store.read() as conn:
        emit(ledger.evidence_history(conn, evidence_id), Format.json)


def diff_cmd(
    question: QuestionArg,
    date_from: Annotated[str, typer.Option("--from", help="YYYY-MM-DD")],
    date_to: Annotated[str, typer.Option("--to", help="YYYY-MM-DD")],
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Who moved between two dates, with the evidence for each move."""
    app = get_app(db)
    d1, d2 = parse_day(date_from, "--from date"), parse_day(date_to, "--to date")
    if d2 < d1:
        raise ValidationError(f"--to {d2} is before --from {d1}")
    with app.store.read() as conn:
        result = diff(
            conn, app.kb, question, d1, d2, app.settings.include_proposed, app.settings.stale_days
        )
    rows = [
        {
            "iso3": m["iso3"],
            "name": m["name"],
            "before": m["before"],
            "after": m["after"],
            "evidence": (m["evidence"][0]["quote"] if m["evidence"] else ""),
            "source_url": (m["evidence"][0]["source_url"] if m["evidence"] else ""),
        }
        for m in result["moves"]
    ]
    if fmt == Format.table:
        console.print(
            f"{result['question']}: {result['status_from']} on {result['from']} → "
            f"{result['status_to']} on {result['to']}; {len(rows)} move(s)"
        )
        emit(rows, fmt, ["iso3", "name", "before", "after", "evidence"])
    else:
        emit(result, fmt, rows=rows)


@evidence_app.command("export")
def evidence_export(
    output: Annotated[Path, typer.Argument(help="Output file (.csv, .json, .parquet)")],
    question: Annotated[str | None, typer.Option("--question", "-q")] = None,
    export_format: Annotated[
        str | None, typer.Option("--as", help="csv|json|parquet (default: from the extension)")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write every evidence item with all its provenance."""
    kind = (export_format or output.suffix.lstrip(".")).lower()
    if kind not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {kind!r}; allowed: {', '.join(EXPORT_FORMATS)}")
    app = get_app(db)
    with app.store.read() as conn:
        n = export_evidence(conn, output, kind, question)
    console.print(f"wrote {n} evidence rows to {output}")


def register(app: typer.Typer) -> None:
    app.add_typer(question_app, name="question")
    app.add_typer(stance_app, name="stance")
    app.add_typer(evidence_app, name="evidence")
    app.command("status")(status)
    app.command("diff")(diff_cmd)
