"""End to end in a real Chromium (Debian's, driven by Playwright; no browser download)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.web.conftest import Q, chromium_path

pytestmark = pytest.mark.browser

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        pytest.fail("Chromium not found: install Debian's chromium or set ACCESSION_TEST_CHROMIUM")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    yield pg
    context.close()


FILL_OF = "el => getComputedStyle(el).fill"


def test_every_member_on_the_map_in_its_stance_colour(page: Any, live_url: str) -> None:
    day = "2024-12-04"
    status = httpx.get(f"{live_url}/api/questions/{Q}/status", params={"on": day}).json()
    page.goto(f"{live_url}/questions/{Q}?on={day}")
    legend = {
        s: page.eval_on_selector(f'#legend [data-stance="{s}"] rect', FILL_OF)
        for s in ("support", "oppose", "conditional", "undecided", "unknown")
    }
    assert len(set(legend.values())) == 5  # five distinct colours
    for m in status["members"]:
        shape = page.locator(f'#map path[data-iso3="{m["iso3"]}"]').first
        assert shape.count() == 1, m["iso3"]
        box = shape.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, m["iso3"]
        assert shape.evaluate(FILL_OF) == legend[m["stance"]], m["iso3"]
    assert page.errors == []


def test_click_a_member_shows_its_evidence(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/questions/{Q}?on=2024-12-04")
    page.locator('#map path[data-iso3="DEU"]').first.click()
    panel = page.locator("#member-evidence")
    panel.get_by_text("a country at war cannot join now").wait_for()
    assert "weigh an invitation later" in panel.inner_text()  # the earlier stance, too
    assert page.locator("#member-title").inner_text().startswith("Germany")
    assert "member=DEU" in page.url
    page.locator('#members a[data-iso3="POL"]').click()
    panel.get_by_text("Warsaw wants the allies").wait_for()
    assert page.errors == []


def test_changing_the_date_changes_the_map(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/questions/{Q}?on=2024-12-04")
    deu = '#map path[data-iso3="DEU"]'
    assert "stance-oppose" in page.get_attribute(deu, "class")
    before = page.eval_on_selector(deu, FILL_OF)
    with page.expect_navigation():
        page.fill("#on-input", "2024-07-01")  # the change event submits the form
    assert "on=2024-07-01" in page.url
    assert "stance-undecided" in page.get_attribute(deu, "class")
    assert page.eval_on_selector(deu, FILL_OF) != before
    assert "stance-unknown" in page.get_attribute('#map path[data-iso3="POL"]', "class")


def test_hostile_document_runs_no_script(page: Any, live_url: str, seeded: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{live_url}/documents/{seeded[1]['doc_id']}")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.locator("#doc-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert page.locator("#doc-text script, #doc-text img").count() == 0
    assert dialogs == []
    page.goto(f"{live_url}/questions/{Q}?on=2024-12-04&member=HUN")
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_swagger_ui_loads_from_local_files(page: Any, live_url: str) -> None:
    remote: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith((live_url, "data:")) else remote.append(r.url),
    )
    page.goto(f"{live_url}/docs")
    page.locator(".opblock").first.wait_for(timeout=15000)
    assert remote == []
    assert not [e for e in page.errors if "Content Security Policy" in e]
