"""The JSON API in-process: every endpoint, every error path in the one shape, the token rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accession.analysis.consensus import consensus_at
from accession.app import App
from accession.store import forecasts as store_forecasts
from accession.web import queries
from tests.web.conftest import HOSTILE_TEXT, TOKEN, Q

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def assert_error(r: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The one error shape, with the CSP header, whatever the failure."""
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["code"], str) and body["code"]
    if code:
        assert body["code"] == code, body
    assert "content-security-policy" in r.headers
    return body


def test_questions(client: TestClient) -> None:
    body = client.get("/api/questions").json()
    keys = {q["key"] for q in body["items"]}
    assert Q in keys and "NATO:admit:SWE" in keys
    assert body["count"] == len(body["items"])


def test_status_is_exactly_consensus_to_dict(client: TestClient, seeded: Any) -> None:
    app, _ = seeded
    r = client.get(f"/api/questions/{Q}/status", params={"on": "2024-12-04"})
    assert r.status_code == 200
    with app.store.read() as conn:
        expected = consensus_at(conn, app.kb, Q, dt.date(2024, 12, 4)).to_dict()
    assert r.json() == expected
    assert r.json()["status"] == "blocked"
    assert {"DEU", "SVK", "HUN"} <= set(r.json()["blockers"])


def test_status_defaults_to_today(client: TestClient) -> None:
    assert client.get(f"/api/questions/{Q}/status").json()["on"] == dt.date.today().isoformat()


def test_status_lowercase_key_is_normalised(client: TestClient) -> None:
    assert client.get("/api/questions/nato:invite:ukr/status").json()["question"] == Q


def test_members_change_over_time(client: TestClient) -> None:
    early = client.get("/api/institutions/NATO/members", params={"on": "1950-01-01"}).json()
    late = client.get("/api/institutions/nato/members", params={"on": "2024-12-04"}).json()
    assert early["count"] == 12 and late["count"] == 32
    assert "SWE" in {m["iso3"] for m in late["members"]}


def test_history_days_from_signature(client: TestClient) -> None:
    body = client.get("/api/history").json()
    assert body["institution"] == "NATO" and len(body["founders"]) == 12
    swe = next(c for r in body["rounds"] for c in r["cases"] if c["candidate"] == "SWE")
    hun = next(x for x in swe["ratifications"] if x["member"] == "HUN")
    signed = dt.date.fromisoformat(swe["protocol_signed"])
    day = dt.date.fromisoformat(hun["approved"] or hun["deposited"])
    assert hun["days_from_signature"] == (day - signed).days
    days = [x["days_from_signature"] for x in swe["ratifications"]]
    assert days == sorted(days)
    assert body["membership"][-1]["count"] == 32


def test_evidence_filters_and_paging(client: TestClient) -> None:
    base = {"question": Q}
    all_items = client.get("/api/evidence", params={**base, "limit": 500}).json()["items"]
    dates = [e["on_date"] for e in all_items]
    assert dates == sorted(dates, reverse=True)
    recent = {**base, "since": "2024-01-01"}
    deu = client.get("/api/evidence", params={**recent, "member": "deu"}).json()["items"]
    assert [e["stance"] for e in deu] == ["oppose", "undecided"]
    until = client.get("/api/evidence", params={**recent, "member": "DEU", "until": "2024-07-01"})
    assert [e["stance"] for e in until.json()["items"]] == ["undecided"]
    since = client.get("/api/evidence", params={**base, "since": "2024-10-20"}).json()["items"]
    assert all(e["on_date"] >= "2024-10-20" for e in since)
    src = client.get("/api/evidence", params={"source": "example.org/pol"}).json()["items"]
    assert [e["member_iso3"] for e in src] == ["POL"]
    page1 = client.get("/api/evidence", params={**base, "limit": 2}).json()
    page2 = client.get("/api/evidence", params={**base, "limit": 2, "offset": 2}).json()
    assert page1["next_offset"] == 2 and page1["items"][1]["id"] != page2["items"][0]["id"]
    confirmed = client.get("/api/evidence", params={**base, "review": "confirmed"}).json()
    assert all(e["review"] == "confirmed" for e in confirmed["items"])


def test_evidence_item(client: TestClient, seeded: Any) -> None:
    ev_id = seeded[1]["hostile_evidence"]
    body = client.get(f"/api/evidence/{ev_id}").json()
    assert body["evidence"]["member_iso3"] == "HUN" and body["reviews"] == []


def test_document_with_spans(client: TestClient, seeded: Any) -> None:
    doc_id = seeded[1]["doc_id"]
    body = client.get(f"/api/documents/{doc_id}").json()
    assert body["document"]["text"] == HOSTILE_TEXT  # JSON carries the raw text
    actor = next(x for x in body["extractions"] if x["kind"] == "actor")
    assert HOSTILE_TEXT[actor["start"] : actor["end"]] == "Hungary"
    assert body["evidence"][0]["span"][1] == len(HOSTILE_TEXT)
    listed = client.get("/api/documents").json()
    assert doc_id in {d["id"] for d in listed["items"]}
    assert all("text" not in d for d in listed["items"])


def test_forecasts(client: TestClient, seeded: Any) -> None:
    assert client.get("/api/forecasts").json()["items"] == []
    assert_error(client.get(f"/api/forecasts/{Q}"), 404, "E044")
    app: App = seeded[0]
    with app.store.write() as conn:
        store_forecasts.save_forecast(
            conn, "NATO:admit:SWE", "test.model", "1", "2023-01-01", {}, {},
            {"p_by": {"2023-06-01": 0.3, "2024-06-01": 0.8}, "pivotal": ["TUR", "HUN"]}, "0",
        )  # fmt: skip
    body = client.get("/api/forecasts/NATO:admit:SWE").json()
    assert body["latest"]["result"]["pivotal"] == ["TUR", "HUN"]
    assert client.get("/api/forecasts", params={"subject": "NATO:admit:SWE"}).json()["count"] == 1


ERRORS = [
    ("unknown question", "/api/questions/NATO:invite:XYZ/status", 404, "E012"),
    ("unregistered question", "/api/questions/EU:map:NOR/status", 404, "E012"),
    ("malformed key", "/api/questions/garbage/status", 404, "E012"),
    ("bad date", f"/api/questions/{Q}/status?on=2024-13-45", 422, "E001"),
    ("not a date", f"/api/questions/{Q}/status?on=tomorrow", 422, "E001"),
    ("unknown institution", "/api/institutions/WTO/members", 422, "E001"),
    ("history institution", "/api/history?institution=ASEAN", 422, "E001"),
    ("member pattern", "/api/evidence?member=HUNGARY", 422, "E001"),
    ("evidence question key", "/api/evidence?question=bad", 404, "E012"),
    ("limit zero", "/api/evidence?limit=0", 422, "E001"),
    ("limit too big", "/api/evidence?limit=501", 422, "E001"),
    ("negative offset", "/api/evidence?offset=-1", 422, "E001"),
    ("review state", "/api/evidence?review=maybe", 422, "E001"),
    ("control chars", "/api/evidence?source=%00x", 422, "E001"),
    ("missing evidence", "/api/evidence/999999", 404, "E044"),
    ("evidence id huge", f"/api/evidence/{2**70}", 422, "E001"),
    ("evidence id text", "/api/evidence/abc", 422, "E001"),
    ("missing document", "/api/documents/999999", 404, "E044"),
    ("document id zero", "/api/documents/0", 422, "E001"),
    ("forecast bad key", "/api/forecasts/NATO:nope:UKR", 404, "E012"),
    ("no route", "/api/nothing-here", 404, "HTTP404"),
    ("no page", "/nothing-here", 404, "HTTP404"),
    ("static missing", "/static/nope.js", 404, "HTTP404"),
]


@pytest.mark.parametrize(
    ("path", "status", "code"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_error_paths(client: TestClient, path: str, status: int, code: str) -> None:
    assert_error(client.get(path), status, code)


def test_method_not_allowed(client: TestClient) -> None:
    assert_error(client.delete("/api/questions"), 405, "HTTP405")


def test_validation_error_names_the_field(client: TestClient) -> None:
    body = assert_error(client.get(f"/api/questions/{Q}/status?on=x"), 422)
    assert "'on'" in body["error"] and body["details"][0]["loc"] == ["query", "on"]


def test_unexpected_exception_is_500_in_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(conn: Any) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(queries, "questions", boom)
    body = assert_error(client.get("/api/questions"), 500, "E500")
    assert "RuntimeError" in body["error"]


def test_unknown_question_as_html_for_browsers(client: TestClient) -> None:
    r = client.get("/questions/NATO:invite:XYZ", headers={"accept": "text/html"})
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "E012" in r.text


# ---- the token rule ---------------------------------------------------------------------
EVIDENCE = {
    "question": Q,
    "member": "ITA",
    "stance": "support",
    "on": "2024-11-20",
    "quote": "Rome backs an invitation.",
    "source_url": "https://example.org/ita",
}
WRITES = [
    ("post", "/api/evidence", EVIDENCE),
    ("post", "/api/evidence/1/review", {"review": "confirmed"}),
    ("post", "/api/documents", {"text": "Rome said it backs an invitation.", "extract": False}),
]


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=[w[1] for w in WRITES])
def test_read_only_without_token(client: TestClient, method: str, path: str, body: dict) -> None:
    r = client.request(method, path, json=body, headers={"authorization": f"Bearer {TOKEN}"})
    assert "read-only" in assert_error(r, 403, "E043")["error"]


@pytest.mark.parametrize(("method", "path", "body"), WRITES, ids=[w[1] for w in WRITES])
@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer"])
def test_wrong_or_missing_token(
    writer: Any, method: str, path: str, body: dict, header: str | None
) -> None:
    c, _ = writer
    headers = {"authorization": header} if header else {}
    r = c.request(method, path, json=body, headers=headers)
    assert_error(r, 401, "E043")
    assert r.headers["www-authenticate"] == "Bearer"


AUTH = {"authorization": f"Bearer {TOKEN}"}


def test_add_and_review_evidence(writer: Any) -> None:
    c, _ = writer
    r = c.post("/api/evidence", json=EVIDENCE, headers=AUTH)
    assert r.status_code == 201, r.text
    new_id = r.json()["id"]
    assert c.post("/api/evidence", json=EVIDENCE, headers=AUTH).json()["id"] == new_id
    r = c.post(f"/api/evidence/{new_id}/review", json={"review": "confirmed", "note": "ok"},
               headers=AUTH)  # fmt: skip
    assert r.json() == {"ok": True, "id": new_id, "review": "confirmed"}
    item = c.get(f"/api/evidence/{new_id}").json()
    assert item["evidence"]["review"] == "confirmed" and item["reviews"][0]["note"] == "ok"
    status = c.get(f"/api/questions/{Q}/status", params={"on": "2024-12-01"}).json()
    assert "ITA" in status["supporters"]


BAD_WRITES = [
    ("unknown question", "/api/evidence", {**EVIDENCE, "question": "NATO:invite:XYZ"}, 404, "E012"),
    ("bad stance", "/api/evidence", {**EVIDENCE, "stance": "maybe"}, 422, "E001"),
    ("unknown member", "/api/evidence", {**EVIDENCE, "member": "QQQ"}, 422, "E001"),
    ("missing field", "/api/evidence", {"question": Q}, 422, "E001"),
    ("bad span", "/api/evidence", {**EVIDENCE, "span_start": 9, "span_end": 2}, 422, "E001"),
    ("missing document", "/api/evidence", {**EVIDENCE, "document_id": 99999}, 404, "E044"),
    ("supersede missing", "/api/evidence", {**EVIDENCE, "supersedes": 99999}, 404, "E044"),
    ("review unknown id", "/api/evidence/99999/review", {"review": "confirmed"}, 404, "E044"),
    ("review bad state", "/api/evidence/1/review", {"review": "great"}, 422, "E001"),
    ("empty document", "/api/documents", {"text": "   ", "extract": False}, 422, "E001"),
    ("no text", "/api/documents", {"title": "x"}, 422, "E001"),
    ("not json", "/api/documents", None, 422, "E001"),
]


@pytest.mark.parametrize(
    ("path", "body", "status", "code"), [b[1:] for b in BAD_WRITES], ids=[b[0] for b in BAD_WRITES]
)
def test_write_errors(writer: Any, path: str, body: Any, status: int, code: str) -> None:
    c, _ = writer
    if body is None:
        r = c.post(path, content=b"{not json", headers={**AUTH, "content-type": "application/json"})
    else:
        r = c.post(path, json=body, headers=AUTH)
    assert_error(r, status, code)


def test_ingest_a_document(writer: Any) -> None:
    c, _ = writer
    text = "Rome said on 20 November 2024 that Italy backs inviting Ukraine <now>."
    r = c.post("/api/documents", json={"text": text, "title": "Rome", "published": "2024-11-20",
                                        "extract": False}, headers=AUTH)  # fmt: skip
    assert r.status_code == 201, r.text
    doc_id = r.json()["id"]
    assert c.get(f"/api/documents/{doc_id}").json()["document"]["text"] == text
    again = c.post("/api/documents", json={"text": text, "extract": False}, headers=AUTH).json()
    assert again["id"] == doc_id
