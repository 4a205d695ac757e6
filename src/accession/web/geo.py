"""Map geometry: the vendored world-atlas TopoJSON turned into SVG paths, once per process.

Why server-side: the map then works without JavaScript, needs no mapping library and no CDN,
and every country path carries `data-iso3` so pages, tests and scripts address it by code.
The map has two panels in one SVG, each a Lambert azimuthal equal-area projection: North
America (an inset) and Europe (the main panel), because one projection spanning both would
leave Europe, where almost every member is, a sliver. Polygons are clipped to their panel
(Sutherland-Hodgman) and thinned to what shows at screen resolution, so the page stays small.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

ATLAS = Path(__file__).parent / "static" / "vendor" / "world-atlas" / "countries-50m.json"
WIDTH, HEIGHT = 1000, 600
MIN_RING_AREA = 2.0  # square SVG units; smaller islands are dropped unless they are all

Point = tuple[float, float]
Ring = list[Point]


@dataclass(frozen=True)
class Panel:
    """One projection into one rectangle of the SVG, showing one geographic window."""

    name: str
    lon0: float
    lat0: float
    box: tuple[float, float, float, float]  # x, y, width, height in SVG units
    window: tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max to fit
    keep: tuple[float, float, float, float]  # rings whose bbox meets this window are drawn


PANELS = (
    Panel("europe", 10.0, 52.0, (300, 0, 700, 600), (-20.0, 35.0, 40.0, 70.0), (-35, 25, 70, 85)),
    Panel(
        "north-america",
        -98.0,
        52.0,
        (0, 0, 300, 300),
        (-140.0, 24.0, -55.0, 72.0),
        (-180, 23, -40, 85),
    ),
)


@dataclass(frozen=True)
class Shape:
    iso3: str
    name: str
    panel: str
    d: str
    cx: float  # label / marker anchor: centre of the largest ring's bounding box
    cy: float
    area: float  # in square SVG units, to draw a marker for tiny members


def _laea(lon0: float, lat0: float, lon: float, lat: float) -> Point:
    """Lambert azimuthal equal-area on the unit sphere; y grows northwards."""
    lam, phi = math.radians(lon - lon0), math.radians(lat)
    phi1 = math.radians(lat0)
    cosc = math.sin(phi1) * math.sin(phi) + math.cos(phi1) * math.cos(phi) * math.cos(lam)
    k = math.sqrt(2.0 / max(1.0 + cosc, 1e-9))
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi1) * math.sin(phi) - math.sin(phi1) * math.cos(phi) * math.cos(lam))
    return x, y


class _Projector:
    """Projection of one panel, scaled so its geographic window fills its box."""

    def __init__(self, panel: Panel) -> None:
        self.panel = panel
        lo1, la1, lo2, la2 = panel.window
        samples = []
        for i in range(41):
            t = i / 40
            lon = lo1 + (lo2 - lo1) * t
            lat = la1 + (la2 - la1) * t
            samples += [(lon, la1), (lon, la2), (lo1, lat), (lo2, lat)]
        pts = [_laea(panel.lon0, panel.lat0, lo, la) for lo, la in samples]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        bx, by, bw, bh = panel.box
        self.scale = min(bw / (max(xs) - min(xs)), bh / (max(ys) - min(ys)))
        self.x0 = bx + (bw - (max(xs) - min(xs)) * self.scale) / 2 - min(xs) * self.scale
        self.y0 = by + (bh - (max(ys) - min(ys)) * self.scale) / 2 + max(ys) * self.scale

    def __call__(self, lon: float, lat: float) -> Point:
        x, y = _laea(self.panel.lon0, self.panel.lat0, lon, lat)
        return self.x0 + x * self.scale, self.y0 - y * self.scale


def decode_arcs(topo: dict) -> list[list[Point]]:
    """Quantised, delta-encoded TopoJSON arcs → absolute (lon, lat) points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring_points(arcs: list[list[Point]], indexes: list[int]) -> Ring:
    """Join a ring's arcs (a negative index ~i means arc i reversed), dropping shared ends."""
    ring: Ring = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts[1:] if ring else pts)
    return ring


def clip_ring(ring: Ring, x0: float, y0: float, x1: float, y1: float) -> Ring:
    """Sutherland-Hodgman clipping of a closed ring to a rectangle (fine for fills)."""
    edges = (
        (lambda p: p[0] >= x0, lambda a, b: _cross_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cross_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cross_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cross_y(a, b, y1)),
    )
    pts = ring
    for inside, cross in edges:
        if not pts:
            break
        out: Ring = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
            prev = cur
        pts = out
    return pts


def _cross_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def thin(ring: Ring, tolerance: float = 1.1) -> Ring:
    """Drop points closer than `tolerance` SVG units to the last kept one."""
    if not ring:
        return ring
    out = [ring[0]]
    for p in ring[1:]:
        q = out[-1]
        if abs(p[0] - q[0]) + abs(p[1] - q[1]) >= tolerance:
            out.append(p)
    return out


def _area(ring: Ring) -> float:
    return abs(
        sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True)) / 2
    )


def _meets(ring: Ring, window: tuple[float, float, float, float]) -> bool:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    lo1, la1, lo2, la2 = window
    return min(lons) <= lo2 and max(lons) >= lo1 and min(lats) <= la2 and max(lats) >= la1


def iso3_of(numeric: str | None) -> str | None:
    if numeric is None:
        return None
    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return country.alpha_3 if country else None


def _polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


@cache
def shapes() -> tuple[Shape, ...]:
    """Every country of the atlas that shows in a panel, as SVG path data (cached)."""
    topo = json.loads(ATLAS.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    out: list[Shape] = []
    for panel in PANELS:
        project = _Projector(panel)
        bx, by, bw, bh = panel.box
        for geom in topo["objects"]["countries"]["geometries"]:
            iso3 = iso3_of(geom.get("id"))
            if iso3 is None:
                continue
            parts, best, total = [], (0.0, 0.0, 0.0), 0.0
            for polygon in _polygons(geom):
                for ring_idx in polygon:
                    ring = ring_points(arcs, ring_idx)
                    if not ring or not _meets(ring, panel.keep):
                        continue
                    xy = [project(lon, lat) for lon, lat in ring]
                    xy = thin(clip_ring(xy, bx - 2, by - 2, bx + bw + 2, by + bh + 2))
                    if len(xy) < 3:
                        continue
                    area = _area(xy)
                    if area < MIN_RING_AREA and parts:
                        continue  # a speck of an island beside the country's main land
                    total += area
                    if area > best[0]:
                        xs, ys = [p[0] for p in xy], [p[1] for p in xy]
                        best = (area, (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
                    parts.append(
                        "M" + "L".join(f"{round(x, 1):g},{round(y, 1):g}" for x, y in xy) + "Z"
                    )
            if parts:
                name = geom.get("properties", {}).get("name", iso3)
                out.append(Shape(iso3, name, panel.name, "".join(parts), best[1], best[2], total))
    return tuple(out)


def panel_boxes() -> list[dict[str, float | str]]:
    """The panels' rectangles, for clip paths and frames in the template."""
    return [
        {"name": p.name, "x": p.box[0], "y": p.box[1], "w": p.box[2], "h": p.box[3]} for p in PANELS
    ]
