"""Page contexts built from the JSON endpoints' data: the question page's map, headline and
table, and the forecast page's charts.

Why apart from the routes: what a page shows is decided here from the same dict the API
returns, so the page cannot say something the JSON does not.
"""

from __future__ import annotations

from typing import Any

from accession.model.validate import country_name
from accession.web import charts, geo

STANCES = ("oppose", "conditional", "undecided", "support", "unknown")  # table order
STANCE_LABELS = {
    "support": "Supports",
    "oppose": "Opposes",
    "conditional": "Conditional",
    "undecided": "Undecided",
    "unknown": "No evidence",
}
ACTION_VERBS = {
    "invite": "inviting",
    "admit": "admitting",
    "map": "a Membership Action Plan for",
    "open_talks": "opening accession talks with",
    "candidate_status": "candidate status for",
}
TINY_AREA = 40.0  # square SVG units: members smaller than this also get a dot marker


def _names(codes: list[str]) -> str:
    names = [country_name(c) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def headline(status: dict[str, Any]) -> str:
    """One sentence that answers "is there consensus, and who is in the way?"."""
    inst, action, cand = status["question"].split(":")
    n = len(status["members"])
    allies = "allies" if inst == "NATO" else "member states"
    what = f"{ACTION_VERBS.get(action, action)} {country_name(cand)}"
    if status["status"] == "blocked":
        b = status["blockers"]
        return f"Blocked: {len(b)} of {n} {allies} oppose {what} — {_names(b)}."
    if status["status"] == "reached":
        return f"Consensus reached: all {n} {allies} support {what}."
    missing = [m["iso3"] for m in status["members"] if m["stance"] != "support"]
    return (
        f"Unclear: no ally is on record opposing {what}, but {len(missing)} of {n} "
        "have not said yes."
    )


def member_rows(status: dict[str, Any]) -> list[dict[str, Any]]:
    """Members ordered by how much they stand in the way (opponents first), then by name."""
    rows = []
    for m in status["members"]:
        latest = m["evidence"][0] if m["evidence"] else None
        quote = latest["quote"] if latest else ""
        rows.append(
            {
                **m,
                "latest": latest,
                "label": STANCE_LABELS.get(m["stance"], m["stance"]),
                # a condition already quoted word for word is not repeated
                "extra_condition": m["condition"] if m["condition"] not in quote else "",
            }
        )
    return sorted(rows, key=lambda r: (STANCES.index(r["stance"]), r["name"]))


def map_view(status: dict[str, Any]) -> dict[str, Any]:
    """Every country path with its class: member by stance, the candidate, or context."""
    stance_of = {m["iso3"]: m["stance"] for m in status["members"]}
    name_of = {m["iso3"]: m["name"] for m in status["members"]}
    candidate = status["question"].split(":")[2]
    paths, area = [], {}
    for s in geo.shapes():
        if s.iso3 in stance_of:
            cls = f"country member stance-{stance_of[s.iso3]}"
            title = f"{name_of[s.iso3]}: {STANCE_LABELS[stance_of[s.iso3]].lower()}"
            area[s.iso3] = area.get(s.iso3, 0.0) + s.area
        elif s.iso3 == candidate:
            cls, title = "country candidate", f"{country_name(s.iso3)} (candidate)"
        else:
            cls, title = "country other", country_name(s.iso3)
        paths.append({"iso3": s.iso3, "d": s.d, "cls": cls, "title": title, "panel": s.panel})
    labels = [
        {"iso3": s.iso3, "x": round(s.cx, 1), "y": round(s.cy, 1), "name": name_of[s.iso3]}
        for s in geo.shapes()
        if stance_of.get(s.iso3) not in (None, "unknown") and s.area == area.get(s.iso3)
    ]
    dots = [
        {
            "iso3": s.iso3,
            "x": round(s.cx, 1),
            "y": round(s.cy, 1),
            "cls": f"dot member stance-{stance_of[s.iso3]}",
            "title": f"{name_of[s.iso3]}: {STANCE_LABELS[stance_of[s.iso3]].lower()}",
        }
        for s in geo.shapes()
        if s.iso3 in stance_of and area.get(s.iso3, 0.0) < TINY_AREA and s.panel == "europe"
    ]
    counts = {k: 0 for k in STANCES}
    for st in stance_of.values():
        counts[st] = counts.get(st, 0) + 1
    legend = [
        {"stance": k, "label": STANCE_LABELS[k], "count": counts.get(k, 0)}
        for k in ("support", "conditional", "undecided", "oppose", "unknown")
    ]
    return {
        "width": geo.WIDTH,
        "height": geo.HEIGHT,
        "paths": paths,
        "dots": dots,
        "labels": labels,
        "legend_y": geo.PANELS[1].box[1] + geo.PANELS[1].box[3] + 34,
        "panels": geo.panel_boxes(),
        "legend": legend,
        "missing": sorted(set(stance_of) - {p["iso3"] for p in paths}),
    }


def counts_bar(status: dict[str, Any]) -> list[dict[str, Any]]:
    """A stacked bar of stances (as SVG rectangles, percent widths of a 1000-unit box)."""
    n = len(status["members"]) or 1
    counts = {k: 0 for k in STANCES}
    for m in status["members"]:
        counts[m["stance"]] = counts.get(m["stance"], 0) + 1
    out, x = [], 0.0
    for k in ("support", "conditional", "undecided", "unknown", "oppose"):
        w = 1000 * counts[k] / n
        if counts[k]:
            out.append({"stance": k, "x": round(x, 1), "w": round(w, 1), "count": counts[k]})
        x += w
    return out


# ---- forecasts ----------------------------------------------------------------------------
def _series(items: Any) -> list[tuple[str, float]]:
    """[{"date", "p"}] (the forecast package's curves) -> [(date, p)]."""
    return [
        (str(i["date"])[:10], float(i["p"]))
        for i in items or []
        if isinstance(i, dict) and i.get("date") and isinstance(i.get("p"), int | float)
    ]


def _monthly_mass(curve: list[tuple[str, float]], limit: int = 24) -> list[tuple[str, float]]:
    """P(accession in each month) from the cumulative curve, for the distribution chart."""
    by_month: dict[str, float] = {}
    for day, p in curve:
        by_month[day[:7]] = p  # the last point of each month
    out, prev = [], 0.0
    for month, p in by_month.items():
        mass = max(p - prev, 0.0)
        prev = p
        if mass >= 0.005 or out:
            out.append((month, round(mass, 4)))
    while out and out[-1][1] < 0.005:
        out.pop()
    return out[:limit]


def _pivot(p: dict[str, Any]) -> dict[str, str]:
    """The pivotal-member numbers in words."""
    out = {}
    if isinstance(p.get("last_share"), int | float):
        out["decides the date in"] = f"{p['last_share']:.0%} of simulations"
    if isinstance(p.get("median_shift_days"), int | float):
        out["if it moved now, the median moves"] = f"{p['median_shift_days']:+.0f} days"
    if isinstance(p.get("p_gain"), int | float):
        out["gain in probability"] = f"{p['p_gain']:+.1%}"
    return out


def forecast_view(fc: dict[str, Any]) -> dict[str, Any]:
    """What the page shows, read from a stored forecast (accession.forecast's result shape:
    `forecast.by` / `forecast.curve` as [{"date", "p"}], `median`, `interval80`, `pivotal`)."""
    result = fc.get("result") or {}
    inner = result.get("forecast") or {}
    curve = _series(inner.get("curve"))
    is_accession = str(fc.get("model", "")).startswith("forecast.ratification")
    p_by = _series(inner.get("by"))
    if is_accession:
        p_by = [(d, p) for d, p in curve[:: max(len(curve) // 8, 1)]]
    dist = _monthly_mass(curve) if is_accession else []
    quantiles = {}
    if inner.get("median"):
        quantiles["median"] = inner["median"]
    for name in ("interval50", "interval80"):
        if inner.get(name):
            quantiles[name.replace("interval", "") + "% interval"] = " .. ".join(inner[name])
    if inner.get("p_within_365") is not None:
        quantiles["P(within 365 days of signature)"] = f"{inner['p_within_365']:.0%}"
    piv = []
    for p in inner.get("pivotal") or []:
        if isinstance(p, dict) and p.get("iso3"):
            piv.append({"iso3": p["iso3"], "name": country_name(p["iso3"]), "detail": _pivot(p)})
    return {
        "title": "P(accession by date)" if is_accession else "P(consensus by date)",
        "p_by": p_by,
        "p_chart": charts.probability_line(curve) if curve else None,
        "dist": dist,
        "dist_chart": charts.bars(dist) if dist else None,
        "quantiles": quantiles or None,
        "pivotal": piv,
        "members": inner.get("members") or inner.get("pending") or [],
        "warnings": (inner.get("warnings") or []) + (result.get("warnings") or []),
    }
