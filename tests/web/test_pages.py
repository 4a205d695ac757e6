"""The HTML layer in-process: each page renders its endpoint's data, escapes document text,
loads nothing from another origin and carries the Content-Security-Policy."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accession.store import forecasts as store_forecasts
from accession.web import geo
from accession.web.app import STATIC
from tests.web.conftest import Q

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class Tags(HTMLParser):
    """Every start tag with its attributes, for assertions on the markup."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = Tags()
    p.feed(html)
    return p.tags


PAGES = [
    f"/questions/{Q}",
    f"/questions/{Q}?on=2024-09-01&member=DEU",
    "/questions",
    "/history",
    "/documents",
    "/forecasts",
    f"/forecasts/{Q}",
    "/docs",
]


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_local_and_strict(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for tag, attrs in tags(r.text):
        assert "style" not in attrs, f"inline style on <{tag}>"
        assert not any(k.startswith("on") for k in attrs), f"inline handler on <{tag}>"
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), "inline or remote script"
        if tag == "link":
            assert (attrs.get("href") or "").startswith("/static/"), "remote stylesheet or font"
        if tag == "img":
            assert (attrs.get("src") or "").startswith(("/static/", "data:"))


def test_every_local_asset_exists(client: TestClient) -> None:
    html = client.get(f"/questions/{Q}").text + client.get("/docs").text
    assets = {
        a.get("src") or a.get("href")
        for t, a in tags(html)
        if t in ("script", "link") and (a.get("src") or a.get("href") or "").startswith("/static/")
    }
    assert len(assets) >= 5
    for path in assets:
        assert client.get(path).status_code == 200, path


def test_vendored_files_carry_their_licences() -> None:
    for folder in ("world-atlas", "swagger-ui"):
        assert (STATIC / "vendor" / folder / "LICENSE").stat().st_size > 100
        assert (STATIC / "vendor" / folder / "package.json").exists()


def test_question_page_map_has_every_member_in_its_stance(client: TestClient) -> None:
    status = client.get(f"/api/questions/{Q}/status", params={"on": "2024-12-04"}).json()
    html = client.get(f"/questions/{Q}", params={"on": "2024-12-04"}).text
    classes: dict[str, set[str]] = {}
    for tag, attrs in tags(html):
        if tag == "path" and attrs.get("data-iso3"):
            classes.setdefault(attrs["data-iso3"] or "", set()).update(
                (attrs.get("class") or "").split()
            )
    for m in status["members"]:
        assert f"stance-{m['stance']}" in classes[m["iso3"]], m["iso3"]
    assert "candidate" in classes["UKR"]
    assert "Blocked" in html and "Germany" in html


def test_map_geometry_covers_all_members_of_both_institutions() -> None:
    codes = {s.iso3 for s in geo.shapes()}
    from accession.kb import load_kb

    kb = load_kb()
    members = {m.member for m in kb.memberships}
    assert members <= codes, members - codes


def test_date_changes_the_map(client: TestClient) -> None:
    def stance_of(day: str, iso3: str) -> str:
        for tag, attrs in tags(client.get(f"/questions/{Q}", params={"on": day}).text):
            if tag == "path" and attrs.get("data-iso3") == iso3:
                return next(
                    c for c in (attrs.get("class") or "").split() if c.startswith("stance-")
                )
        raise AssertionError(iso3)

    assert stance_of("2024-07-01", "DEU") == "stance-undecided"
    assert stance_of("2024-12-04", "DEU") == "stance-oppose"


def test_member_evidence_without_javascript(client: TestClient) -> None:
    html = client.get(f"/questions/{Q}", params={"on": "2024-12-04", "member": "DEU"}).text
    panel = html[html.index('id="member-panel"') :]
    assert "a country at war cannot join now" in panel
    assert "weigh an invitation later" in panel


def test_question_page_escapes_quotes(client: TestClient) -> None:
    html = client.get(f"/questions/{Q}", params={"on": "2024-12-04"}).text
    assert "&lt;script&gt;window.__pwned" in html
    assert "<script>window" not in html and '<img src="x"' not in html


def test_document_page_escapes_and_highlights(client: TestClient, seeded: Any) -> None:
    doc_id = seeded[1]["doc_id"]
    html = client.get(f"/documents/{doc_id}").text
    assert "<script>window" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "Hostile &lt;b&gt;title&lt;/b&gt;" in html
    marks = [a for t, a in tags(html) if t == "mark"]
    assert any("hl-actor" in (a.get("class") or "") for a in marks)
    assert any("hl-stance-oppose" in (a.get("class") or "") for a in marks)
    assert any("hl-quote" in (a.get("class") or "") for a in marks)


def test_history_page(client: TestClient) -> None:
    html = client.get("/history").text
    assert 'id="timeline"' in html and "founders" in html
    rounds = {a.get("data-round") for t, a in tags(html) if t == "section" and a.get("data-round")}
    assert {"2023", "2024"} <= rounds
    assert 'data-member="HUN"' in html


def test_forecast_page_without_and_with_a_forecast(client: TestClient, seeded: Any) -> None:
    html = client.get("/forecasts/NATO:map:UKR").text
    assert 'id="forecast-missing"' in html and "no forecast stored" in html
    curve = [{"date": "2025-06-30", "p": 0.02}, {"date": "2025-12-31", "p": 0.1},
             {"date": "2027-12-31", "p": 0.35}]  # fmt: skip
    consensus = {"forecast": {"by": curve[1:], "curve": curve, "median": None,
                              "pivotal": [{"iso3": "HUN", "last_share": 0.4, "p_gain": 0.05}],
                              "warnings": ["few episodes"]}}  # fmt: skip
    with seeded[0].store.write() as conn:
        store_forecasts.save_forecast(
            conn, "NATO:map:UKR", "forecast.consensus.v1", "v1", "2024-12-04", {}, {},
            consensus, "0",
        )  # fmt: skip
    html = client.get("/forecasts/NATO:map:UKR").text
    assert 'id="p-by"' in html and "Hungary" in html and "35.0%" in html
    assert "few episodes" in html and "40% of simulations" in html
    accession = {"forecast": {"curve": [{"date": "2023-07-15", "p": 0.3},
                                        {"date": "2023-08-15", "p": 0.8},
                                        {"date": "2023-09-15", "p": 1.0}],
                              "median": "2023-08-01", "interval80": ["2023-07-10", "2023-09-10"],
                              "p_within_365": 0.9}}  # fmt: skip
    with seeded[0].store.write() as conn:
        store_forecasts.save_forecast(
            conn, "NATO:admit:SWE", "forecast.ratification.v1", "v1", "2023-06-01", {}, {},
            accession, "0",
        )  # fmt: skip
    html = client.get("/forecasts/NATO:admit:SWE").text
    assert 'id="dist"' in html and "P(accession by date)" in html
    assert "2023-07-10 .. 2023-09-10" in html and "90%" in html


def test_home_redirects_to_the_demo_question(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == f"/questions/{Q}"


def test_page_errors_are_html_with_the_same_fields(client: TestClient) -> None:
    r = client.get(f"/questions/{Q}?on=2024-02-31", headers={"accept": "text/html"})
    assert r.status_code == 422 and "E002" in r.text and "content-security-policy" in r.headers
    r = client.get("/documents/424242", headers={"accept": "text/html"})
    assert r.status_code == 404 and "E044" in r.text


def test_docs_use_the_vendored_swagger_ui(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    spec = client.get("/openapi.json").json()
    assert "/api/questions/{key}/status" in spec["paths"]
    assert not any(p.startswith("/questions") for p in spec["paths"])


def test_templates_autoescape(client: TestClient) -> None:
    env = client.app.state.templates.env  # type: ignore[attr-defined]
    assert env.autoescape is True
    assert Path(env.loader.searchpath[0]).name == "templates"  # type: ignore[union-attr]
