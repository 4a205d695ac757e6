"""`--url`: fetched only when asked, http(s) only, public addresses only, capped, re-checked
on every redirect. Everything here runs against 127.0.0.1 or an in-process transport."""

from __future__ import annotations

import httpx
import pytest

from accession.ingest import FetchOptions, ReadFailure, SourceOptions, fetch, iter_items
from accession.ingest.fetch import check_url, is_public


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
    ],
)
def test_is_public(address: str, public: bool) -> None:
    assert is_public(address) is public


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "private_address"),
        ("http://localhost:8000/", "private_address"),
        ("http://[::1]/", "private_address"),
        ("http://169.254.169.254/latest/meta-data/", "private_address"),
        ("http://10.0.0.1/", "private_address"),
        ("file:///etc/passwd", "scheme"),
        ("ftp://example.org/", "scheme"),
        ("javascript:alert(1)", "scheme"),
    ],
)
def test_check_url_refuses(url: str, reason: str) -> None:
    with pytest.raises(ReadFailure) as info:
        check_url(url, allow_private=False)
    assert info.value.reason == reason


def test_fetch_local_page_with_allow_private(http_server: str) -> None:
    page = fetch(f"{http_server}/article", FetchOptions(allow_private=True))
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert b"Hungary opposes" in page.content


def test_loopback_refused_without_allow_private(http_server: str) -> None:
    [item] = iter_items([], urls=[f"{http_server}/article"])
    assert item.failure.reason == "private_address"
    assert "--allow-private" in item.failure.message


def test_url_items_read_html_and_feeds(http_server: str) -> None:
    opts = SourceOptions(fetch=FetchOptions(allow_private=True))
    [page] = iter_items([], urls=[f"{http_server}/hop"], options=opts)
    assert page.doc.kind == "html" and page.doc.url == f"{http_server}/article"
    feed = list(iter_items([], urls=[f"{http_server}/feed"], options=opts))
    assert [i.failure.reason if i.failure else "ok" for i in feed] == ["ok", "empty", "ok"]


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/to-ftp", "scheme"), ("/loop", "fetch"), ("/gone", "fetch"), ("/big", "too_large")],
)
def test_fetch_failures(http_server: str, path: str, reason: str) -> None:
    opts = FetchOptions(allow_private=True, max_bytes=10_000)
    with pytest.raises(ReadFailure) as info:
        fetch(http_server + path, opts)
    assert info.value.reason == reason


def test_redirect_to_a_private_address_is_refused_at_that_hop() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})

    addresses = {"news.example": ["93.184.216.34"], "intranet.example": ["10.0.0.7"]}
    with pytest.raises(ReadFailure) as info:
        fetch(
            "http://news.example/story",
            transport=httpx.MockTransport(handler),
            resolve=lambda host, port: addresses[host],
        )
    assert info.value.reason == "private_address"
    assert seen == ["http://news.example/story"]  # the private hop was never requested


def test_body_is_capped_while_streaming_without_content_length() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"x" * 4096] * 100))  # chunked, no length

    with pytest.raises(ReadFailure) as info:
        fetch(
            "http://news.example/",
            FetchOptions(max_bytes=10_000),
            transport=httpx.MockTransport(handler),
            resolve=lambda host, port: ["93.184.216.34"],
        )
    assert info.value.reason == "too_large"


def test_timeout_is_a_fetch_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(ReadFailure, match="timed out") as info:
        fetch(
            "http://news.example/",
            FetchOptions(timeout=0.5),
            transport=httpx.MockTransport(handler),
            resolve=lambda host, port: ["93.184.216.34"],
        )
    assert info.value.reason == "fetch"
