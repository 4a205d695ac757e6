"""The ingest loop against a real SQLite store, with the stand-in extractor."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from accession.analysis import consensus_at
from accession.app import App
from accession.ingest import IngestOptions, TextMeta, ingest_paths
from accession.ingest.service import ExtractorUnavailable
from accession.store import documents as store_documents
from accession.store import ledger
from accession.store.schema import batches, documents, evidence, extractions
from tests.ingest.ingest_samples import ARTICLE, HTML_PAGE, RSS

pytestmark = pytest.mark.usefixtures("standin")


def _count(app: App, table: sa.Table) -> int:
    """Rows of a table; for evidence, only rows read from documents (not the KB's history)."""
    stmt = sa.select(sa.func.count()).select_from(table)
    if table is evidence:
        stmt = stmt.where(evidence.c.document_id.is_not(None))
    with app.store.read() as conn:
        return conn.execute(stmt).scalar_one()


def test_txt_with_metadata_gives_extractions_and_evidence(app: App, write) -> None:
    path = write("note.txt", ARTICLE)
    meta = TextMeta(dt.date(2024, 12, 3), "https://ex.example/n", "Example", "Note")
    s = ingest_paths(app, [str(path)], IngestOptions(meta=meta))
    assert (s.ingested, s.failed, s.evidence, s.consensus_reports) == (1, 0, 2, 1)
    with app.store.read() as conn:
        [doc] = store_documents.list_documents(conn)
        spans = store_documents.get_extractions(conn, doc["id"])
        rows = ledger.list_evidence(conn, document_id=doc["id"])
    assert doc["origin"] == str(path) and doc["batch_id"] == s.batch_id
    for sp in spans:
        if sp["kind"] in ("stance", "consensus"):
            assert ARTICLE[sp["start"] : sp["end"]] == json.loads(sp["payload"])["evidence"]
        assert sp["method"] == "standin.v1"
    hun = next(r for r in rows if r["member_iso3"] == "HUN")
    assert hun["stance"] == "oppose" and hun["review"] == "proposed"
    assert hun["on_date"] == "2024-12-03" and hun["source_url"] == "https://ex.example/n"
    assert ARTICLE[hun["span_start"] : hun["span_end"]] == hun["quote"]
    assert hun["method"] == "standin.v1" and hun["cluster"] == doc["id"]


def test_undated_document_is_dated_today_and_the_batch_says_so(app: App, write) -> None:
    s = ingest_paths(app, [str(write("n.txt", ARTICLE))])
    assert s.undated == 1
    with app.store.read() as conn:
        [row] = [
            r
            for r in ledger.list_evidence(conn)
            if r["member_iso3"] == "HUN" and r["document_id"] is not None
        ]
        batch = conn.execute(sa.select(batches).where(batches.c.id == s.batch_id)).one()
    assert row["on_date"] == dt.date.today().isoformat()
    assert row["source_url"] == f"document:{row['document_id']}"
    config = json.loads(batch.config)
    assert config["undated_evidence_date"] == dt.date.today().isoformat()
    assert config["extractor"] == "standin.v1"
    assert batch.code_version == app.version and batch.finished_at
    assert json.loads(batch.counts)["ingested"] == 1


def test_reingest_is_a_noop_counted_as_duplicate(app: App, write) -> None:
    write("a.txt", ARTICLE)
    write("b.html", HTML_PAGE)
    first = ingest_paths(app, [str(write.folder)])
    before = [_count(app, t) for t in (documents, extractions, evidence)]
    second = ingest_paths(app, [str(write.folder)])
    assert (first.ingested, second.ingested, second.duplicates) == (2, 0, 2)
    assert [_count(app, t) for t in (documents, extractions, evidence)] == before


def test_batch_goes_on_after_every_kind_of_bad_input(app: App, write, tmp_path) -> None:
    write("0-binary.txt", b"\x00\x01\x02\x03")
    write("1-empty.txt", b"")
    write("2-latin1.txt", b"caf\xe9 cr\xe8me")
    write("3-good.txt", ARTICLE)
    write("4-bad.json", b'{"text": ')
    write("5-feed.xml", RSS)
    write("6-explode.txt", "This sentence will EXPLODE the extractor.")
    huge = write("7-huge.html", b"<html>" + b" " * 2_000)
    s = ingest_paths(app, [str(write.folder)], IngestOptions(max_bytes=1_000))
    assert s.ingested == 3  # the good text and two feed entries
    assert s.failed_by_reason == {
        "binary": 1,
        "empty": 2,  # the empty file and the feed entry without text
        "encoding": 1,
        "parse": 1,
        "extract": 1,
        "too_large": 1,
    }
    with app.store.read() as conn:
        recorded = store_documents.list_failures(conn, s.batch_id)
    assert {(f["item"], f["reason"]) for f in recorded} >= {(str(huge), "too_large")}
    assert {f["stage"] for f in recorded} == {"read", "extract"}
    assert _count(app, documents) == 3


def test_syndicated_copies_are_linked_and_count_once(app: App, write) -> None:
    body = (
        "Hungary opposes an invitation for Ukraine to join the alliance at the December "
        "summit, its foreign minister told reporters on Tuesday in Budapest.\n"
        "The minister said the government would not change its position before the "
        "ministers meet again in Brussels next spring."
    )
    write("wire.json", json.dumps({"text": body, "published": "2024-12-03",
                                   "url": "https://wire.example/a", "outlet": "Wire"}))  # fmt: skip
    write("paper.json", json.dumps({"text": "By Staff.\n" + body + "\nReporting by Desk.",
                                    "published": "2024-12-03", "url": "https://paper.example/b",
                                    "title": "Budapest says no", "outlet": "Paper"}))  # fmt: skip
    s = ingest_paths(app, [str(write.folder)])
    assert (s.ingested, s.syndicated, s.evidence) == (2, 1, 2)
    with app.store.read() as conn:
        docs = {d["outlet"]: d for d in store_documents.list_documents(conn)}
        assert docs["Wire"]["syndication_of"] == docs["Paper"]["id"]
        rows = [r for r in ledger.list_evidence(conn, member="HUN") if r["document_id"]]
        assert {r["cluster"] for r in rows} == {docs["Paper"]["id"]}
        status = consensus_at(conn, app.kb, "NATO:invite:UKR", dt.date(2024, 12, 4))
    hun = next(m for m in status.members if m.iso3 == "HUN")
    assert hun.stance == "oppose" and "HUN" in status.blockers
    [item] = [e for e in hun.evidence if e.document_id]  # history replay has its own
    assert sorted(item.sources) == ["https://paper.example/b", "https://wire.example/a"]


def test_invalid_extracted_stance_is_skipped_and_recorded(app: App, write) -> None:
    text = ARTICLE + "Xanadu supports the plan for Ukraine.\n"
    s = ingest_paths(app, [str(write("x.txt", text))])
    assert (s.ingested, s.evidence, s.warnings, s.failed) == (1, 2, 1, 0)
    with app.store.read() as conn:
        [warning] = store_documents.list_failures(conn, s.batch_id)
    assert (warning["stage"], warning["reason"]) == ("evidence", "invalid_extraction")


def test_no_extract_stores_documents_only(app: App, write) -> None:
    s = ingest_paths(app, [str(write("a.txt", ARTICLE))], IngestOptions(extract=False))
    assert (s.ingested, _count(app, extractions), _count(app, evidence)) == (1, 0, 0)


def test_missing_extractor_is_one_clear_error(app: App, write, monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_nlp(name: str, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002
        if name == "accession" and fromlist and "nlp" in fromlist:
            raise ImportError("No module named 'accession.nlp'")
        return real_import(name, globals, locals, fromlist, level)

    from accession.ingest import service

    monkeypatch.undo()  # drop the stand-in
    monkeypatch.setattr(builtins, "__import__", no_nlp)
    with pytest.raises(ExtractorUnavailable, match="--no-extract"):
        service.load_extractor()


def test_store_error_for_one_document_does_not_stop_the_batch(app: App, write, monkeypatch):
    from accession.ingest import service

    real = service.store_result

    def flaky(conn, doc, doc_id, *args, **kwargs):
        if "Germany" in doc.text:
            raise sa.exc.IntegrityError("INSERT", {}, Exception("simulated"))
        return real(conn, doc, doc_id, *args, **kwargs)

    monkeypatch.setattr(service, "store_result", flaky)
    write("a.txt", "Germany supports the plan for Ukraine.")
    write("b.txt", "Hungary opposes the plan for Ukraine.")
    s = ingest_paths(app, [str(write.folder)])
    assert (s.ingested, s.failed_by_reason) == (1, {"store": 1})
    with app.store.read() as conn:
        texts = [store_documents.get_document(conn, d["id"])["text"] for d in
                 store_documents.list_documents(conn)]  # fmt: skip
    assert texts == ["Hungary opposes the plan for Ukraine."]  # nothing half-stored


def test_progress_reports_every_item(app: App, write) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", b"")
    seen: list[tuple[str, str]] = []
    ingest_paths(app, [str(write.folder)], progress=lambda label, o: seen.append((label, o)))
    ingest_paths(app, [str(write.folder / "a.txt")], progress=lambda lb, o: seen.append((lb, o)))
    assert [o for _, o in seen] == ["ingested", "failed", "duplicate"]


def test_real_extractor_when_available(app: App, write, monkeypatch) -> None:
    monkeypatch.undo()
    nlp = pytest.importorskip("accession.nlp")
    if not hasattr(nlp, "extract"):
        pytest.skip("accession.nlp has no extract() yet")
    meta = TextMeta(dt.date(2024, 12, 3))
    s = ingest_paths(app, [str(write("a.txt", ARTICLE))], IngestOptions(meta=meta))
    assert s.ingested == 1 and s.failed == 0
