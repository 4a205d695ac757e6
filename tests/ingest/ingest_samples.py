"""Sample inputs written for the ingest tests (never copied from ../shared/eval)."""

from __future__ import annotations

ARTICLE = (
    "Hungary opposes an invitation for Ukraine to join the alliance at the December summit, "
    "its foreign minister told reporters in Budapest on Tuesday.\n"
    "Germany supports a clear path to membership but wants the war to end first, a Berlin "
    "official said after the meeting of the ministers.\n"
    "There is no consensus among the allies on the wording of the final statement yet.\n"
)

HTML_PAGE = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Allies split on Ukraine</title>
<meta property="og:site_name" content="The Example Herald">
<meta property="article:published_time" content="2024-12-03T09:00:00Z">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Allies split on Ukraine</h1>
{"".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())}
</article><footer>Copyright The Example Herald</footer></body></html>"""

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Hungary opposes invitation</title><link>https://wire.example/1</link>
<description>&lt;p&gt;Hungary opposes an invitation for Ukraine, its minister said.&lt;/p&gt;
</description><pubDate>Tue, 03 Dec 2024 10:00:00 +0000</pubDate></item>
<item><link>https://wire.example/2</link></item>
<item><title>Germany supports path</title><link>https://wire.example/3</link>
<description>Germany supports a path to membership for Ukraine.</description>
<pubDate>Wed, 04 Dec 2024 08:00:00 +0000</pubDate></item>
</channel></rss>"""
