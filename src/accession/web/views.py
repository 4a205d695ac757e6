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


# ---- forecasts ---------------------------------------------------------------------------
def _first(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if d.get(k) not in (None, "", [], {}):
            return d[k]
    return None


def _pairs(value: Any, key_names: tuple[str, ...], val_names: tuple[str, ...]) -> list:
    """{label: v} or [{date|label: .., p|value: ..}] → [(label, v)] (forecast shapes vary)."""
    if isinstance(value, dict):
        return [(str(k), float(v)) for k, v in value.items() if isinstance(v, int | float)]
    out = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict):
            k = _first(item, *key_names)
            v = _first(item, *val_names)
            if k is not None and isinstance(v, int | float):
                out.append((str(k), float(v)))
        elif isinstance(item, list | tuple) and len(item) == 2:
            out.append((str(item[0]), float(item[1])))
    return out


def forecast_view(fc: dict[str, Any]) -> dict[str, Any]:
    """The three things the page shows, read from a stored forecast's result, when present."""
    result = fc.get("result") or {}
    by = _first(result, "p_by", "p_consensus_by", "prob_by", "probability_by", "cdf")
    p_by = _pairs(by, ("date", "by", "t"), ("p", "probability", "value"))
    p_line = []
    for label, p in p_by:
        if len(label) >= 10 and label[4] == "-":
            p_line.append((label[:10], p))
    dist = _first(result, "accession_dates", "accession_date_distribution", "distribution")
    dist_pairs = _pairs(dist, ("period", "bin", "date", "label", "year"), ("p", "share", "value"))
    quantiles = _first(result, "accession_date_quantiles", "quantiles")
    pivotal = _first(result, "pivotal", "pivotal_members") or []
    piv = []
    for p in pivotal if isinstance(pivotal, list) else []:
        if isinstance(p, str):
            piv.append({"iso3": p, "name": country_name(p), "detail": ""})
        elif isinstance(p, dict) and (p.get("iso3") or p.get("member")):
            code = str(p.get("iso3") or p.get("member"))
            detail = {k: v for k, v in p.items() if k not in ("iso3", "member")}
            piv.append({"iso3": code, "name": country_name(code), "detail": detail})
    return {
        "p_by": p_by,
        "p_chart": charts.probability_line(p_line) if p_line else None,
        "dist": dist_pairs,
        "dist_chart": charts.bars(dist_pairs) if dist_pairs else None,
        "quantiles": quantiles if isinstance(quantiles, dict) else None,
        "pivotal": piv,
        "warnings": result.get("warnings") or [],
    }
