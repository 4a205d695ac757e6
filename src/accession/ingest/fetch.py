"""Fetch one page for `ingest --url`, guarded: a URL from an article or a feed must not make
the tool read the analyst's own network (cloud metadata, routers, local admin pages).

Every hop, redirects included, must be http(s) and resolve to public addresses only (unless
`allow_private`); the body is capped while it streams and the whole fetch has a deadline.
Known gap: the name is resolved here and again by httpx, so a DNS answer that changes in
between (rebinding) is not caught; see docs/ingest.md.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from accession import __version__
from accession.ingest.items import ReadFailure

Resolver = Callable[[str, int], list[str]]
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchOptions:
    allow_private: bool = False
    timeout: float = 15.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    content_type: str
    charset: str | None


def resolve_host(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ReadFailure("fetch", f"cannot resolve host {host!r}: {exc}", "fetch") from None
    return sorted({info[4][0] for info in infos})


def is_public(address: str) -> bool:
    """Only globally routable unicast addresses; IPv4-mapped IPv6 is judged as IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def check_url(url: str, allow_private: bool, resolve: Resolver = resolve_host) -> httpx.URL:
    """Refuse what must not be fetched; return the parsed URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise ReadFailure("fetch", f"invalid URL {url!r}: {exc}", "fetch") from None
    if parsed.scheme not in ("http", "https"):
        raise ReadFailure(
            "scheme", f"refused {url!r}: only http and https URLs are fetched", "fetch"
        )
    if not parsed.host:
        raise ReadFailure("fetch", f"invalid URL {url!r}: no host", "fetch")
    if allow_private:
        return parsed
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    for address in resolve(parsed.host, port):
        if not is_public(address):
            raise ReadFailure(
                "private_address",
                f"refused {url!r}: {parsed.host} resolves to non-public address {address}; "
                "pass --allow-private to fetch from your own network",
                "fetch",
            )
    return parsed


def fetch(
    url: str,
    options: FetchOptions | None = None,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = resolve_host,
) -> Fetched:
    """GET `url`, following up to `max_redirects` redirects, each re-checked."""
    options = options or FetchOptions()
    deadline = time.monotonic() + options.timeout
    headers = {"User-Agent": f"accession/{__version__} (news ingest)"}
    with httpx.Client(
        follow_redirects=False, timeout=options.timeout, transport=transport, headers=headers
    ) as client:
        current = url
        for _hop in range(options.max_redirects + 1):
            check_url(current, options.allow_private, resolve)
            try:
                with client.stream("GET", current) as resp:
                    location = resp.headers.get("location")
                    if resp.status_code in REDIRECTS and location:
                        current = str(resp.url.join(location))
                        continue
                    if resp.status_code >= 400:
                        raise ReadFailure(
                            "fetch", f"HTTP {resp.status_code} from {current}", "fetch"
                        )
                    body = _read_capped(resp, options.max_bytes, deadline)
                    return Fetched(
                        url=str(resp.url),
                        content=body,
                        content_type=resp.headers.get("content-type", "").split(";")[0].strip(),
                        charset=resp.charset_encoding,
                    )
            except httpx.TimeoutException:
                raise ReadFailure(
                    "fetch", f"timed out after {options.timeout:g} s: {current}", "fetch"
                ) from None
            except httpx.HTTPError as exc:
                raise ReadFailure("fetch", f"cannot fetch {current}: {exc}", "fetch") from None
    raise ReadFailure("fetch", f"more than {options.max_redirects} redirects from {url}", "fetch")


def _read_capped(resp: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ReadFailure(
            "too_large", f"{declared} bytes declared, over the cap of {max_bytes}", "fetch"
        )
    buf = bytearray()
    for chunk in resp.iter_bytes():
        buf += chunk
        if len(buf) > max_bytes:
            raise ReadFailure("too_large", f"more than {max_bytes} bytes; stopped", "fetch")
        if time.monotonic() > deadline:
            raise ReadFailure("fetch", "the page took longer than the timeout to send", "fetch")
    return bytes(buf)


_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/plain": "text",
}


def kind_of_response(fetched: Fetched) -> str | None:
    """The reader for a fetched body from its content type (None: sniff the bytes)."""
    return _TYPES.get(fetched.content_type.lower())
