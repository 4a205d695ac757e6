"""Charts as plain geometry (numbers and labels) that templates draw as inline SVG.

Why no plotting library: the charts are a step line, bars and ticks; computing their
coordinates here keeps pages light, works without JavaScript, needs no CDN or 5 MB bundle,
and lets tests assert on numbers instead of pixels. Templates escape every label.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

W = 1000  # every chart is drawn in a 1000-unit wide viewBox and scales to its container


def _year_x(day: dt.date, start: dt.date, end: dt.date, left: float, right: float) -> float:
    span = (end - start).days or 1
    return round(left + (right - left) * (day - start).days / span, 1)


def enlargement_timeline(hist: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """Members over time as a step line, with a labelled marker at every enlargement."""
    steps = hist["membership"]
    if not steps:
        return {"width": W, "height": 60, "path": "", "markers": [], "ticks": [], "empty": True}
    today = today or dt.date.today()
    start = dt.date(1949, 1, 1)
    end = dt.date(max(today.year, 2025) + 1, 1, 1)
    left, right, top, bottom, height = 50.0, W - 20.0, 70.0, 230.0, 260
    peak = max(s["count"] for s in steps)
    top_count = ((peak // 10) + 1) * 10

    def y(count: int) -> float:
        return round(bottom - (bottom - top) * count / top_count, 1)

    path, prev_y = [], y(0)
    markers = []
    rounds = {c["candidate"]: r["round"] for r in hist["rounds"] for c in r["cases"]}
    for i, s in enumerate(steps):
        day = dt.date.fromisoformat(s["date"])
        x = _year_x(day, start, end, left, right)
        path.append(f"{'M' if i == 0 else 'L'}{x},{prev_y if i else y(0)}L{x},{y(s['count'])}")
        prev_y = y(s["count"])
        names = {rounds.get(m) for m in s["joined"]} - {None}
        title = "founders" if i == 0 else (sorted(names)[0] if names else s["date"][:4])
        markers.append(
            {
                "x": x,
                "y": y(s["count"]),
                "label_y": round(top - 14 - 16 * (i % 3), 1),
                "title": title,
                "joined": s["joined"],
                "count": s["count"],
                "date": s["date"],
                "added": len(s["joined"]),
            }
        )
    path.append(f"L{_year_x(today, start, end, left, right)},{prev_y}")
    ticks = [
        {"x": _year_x(dt.date(yr, 1, 1), start, end, left, right), "label": str(yr)}
        for yr in range(1950, end.year + 1, 10)
    ]
    yticks = [{"y": y(c), "label": str(c)} for c in range(0, top_count + 1, 10)]
    return {
        "width": W,
        "height": height,
        "path": "".join(path),
        "markers": markers,
        "ticks": ticks,
        "yticks": yticks,
        "axis_y": bottom,
        "left": left,
        "right": right,
        "empty": False,
    }


def ratification_race(case: dict[str, Any]) -> dict[str, Any]:
    """One bar per member: days from protocol signature to its ratification, fastest first."""
    rows = [r for r in case["ratifications"] if r["days_from_signature"] is not None]
    label_w, right, row_h, top = 150.0, W - 70.0, 18, 26
    most = max([r["days_from_signature"] for r in rows] + [1])
    bars = []
    for i, r in enumerate(rows):
        days = r["days_from_signature"]
        bars.append(
            {
                "y": top + i * row_h,
                "width": round(max((right - label_w) * days / most, 1.5), 1),
                "days": days,
                "name": r["name"],
                "member": r["member"],
                "approved": r["approved"] or r["deposited"],
                "last": i == len(rows) - 1 and len(rows) > 1,
                "source_url": r["source_url"],
            }
        )
    days_sorted = sorted(r["days_from_signature"] for r in rows)
    median = days_sorted[len(days_sorted) // 2] if days_sorted else None
    median_x = round(label_w + (right - label_w) * median / most, 1) if median is not None else None
    return {
        "width": W,
        "height": top + row_h * len(rows) + 10,
        "label_w": label_w,
        "bars": bars,
        "median": median,
        "median_x": median_x,
        "text_dy": row_h - 5,
        "bar_h": row_h - 4,
    }


def probability_line(points: list[tuple[str, float]]) -> dict[str, Any]:
    """P(event by date) as a line over dates; values are clamped to [0, 1]."""
    pts = sorted((dt.date.fromisoformat(d[:10]), min(max(float(p), 0.0), 1.0)) for d, p in points)
    left, right, top, bottom = 50.0, W - 20.0, 15.0, 215.0
    if not pts:
        return {"width": W, "height": 240, "path": "", "dots": [], "ticks": [], "yticks": []}
    start, end = pts[0][0], pts[-1][0]
    if start == end:
        end = start + dt.timedelta(days=1)

    def xy(day: dt.date, p: float) -> tuple[float, float]:
        return _year_x(day, start, end, left, right), round(bottom - (bottom - top) * p, 1)

    coords = [xy(d, p) for d, p in pts]
    path = "M" + "L".join(f"{x},{y}" for x, y in coords)
    dots = [
        {"x": x, "y": y, "date": d.isoformat(), "p": round(p, 3)}
        for (x, y), (d, p) in zip(coords, pts, strict=True)
    ]
    years = range(start.year + 1, end.year + 1)
    ticks = [{"x": xy(dt.date(yr, 1, 1), 0)[0], "label": str(yr)} for yr in years]
    yticks = [{"y": xy(start, v / 4)[1], "label": f"{v * 25}%"} for v in range(5)]
    return {
        "width": W,
        "height": 240,
        "path": path,
        "dots": dots,
        "ticks": ticks,
        "yticks": yticks,
        "left": left,
        "right": right,
        "bottom": bottom,
    }


def bars(items: list[tuple[str, float]]) -> dict[str, Any]:
    """Vertical bars (e.g. the accession-date distribution by year or quarter)."""
    left, right, top, bottom = 50.0, W - 20.0, 15.0, 200.0
    most = max([v for _, v in items] + [1e-9])
    n = max(len(items), 1)
    slot = (right - left) / n
    out = []
    for i, (label, value) in enumerate(items):
        h = round((bottom - top) * value / most, 1)
        out.append(
            {
                "x": round(left + i * slot + slot * 0.1, 1),
                "y": round(bottom - h, 1),
                "w": round(slot * 0.8, 1),
                "h": h,
                "label": label,
                "value": value,
                "label_x": round(left + i * slot + slot / 2, 1),
                "show_label": n <= 16 or i % max(n // 12, 1) == 0,
            }
        )
    return {"width": W, "height": 235, "bars": out, "bottom": bottom}
