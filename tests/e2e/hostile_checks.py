"""Browser checks of the hostile-input test: nothing injected ran or exists; map features found."""

from __future__ import annotations

from playwright.sync_api import Frame, Page

from tests.hostile_data import HOSTILE

# Anything the hostile strings would have created or run, found in one document.
INJECTED_JS = """
() => {
    const found = [];
    if (window.__pwned !== undefined) found.push("window.__pwned = " + window.__pwned);
    const outer = (el) => el.outerHTML.slice(0, 160);
    document.querySelectorAll('img[src="x"], svg[onload]').forEach((el) => found.push(outer(el)));
    document.querySelectorAll("*").forEach((el) => {
        for (const attr of el.attributes) {
            const value = attr.value.trim().toLowerCase();
            if (attr.name.startsWith("on") && value.includes("__pwned")) found.push(outer(el));
            if (["href", "src", "action", "formaction", "xlink:href"].includes(attr.name)
                && value.startsWith("javascript:")) found.push(outer(el));
        }
    });
    document.querySelectorAll("script").forEach((el) => {
        if (el.textContent.trim() === "window.__pwned=1") found.push(outer(el));
    });
    return found;
}
"""

# Every interactive vector layer of the Leaflet map, keyed by what it draws. Launch features are
# keyed by kind and launch id, sites by id; rings and the ring centre have no feature.
FEATURES_JS = """
() => {
    const keys = [];
    window.map.eachLayer((layer) => {
        if (!layer._path || layer.options.interactive === false) return;
        const p = layer.feature && layer.feature.properties;
        let key;
        if (p && p.launch_id) key = p.kind + ":" + p.launch_id;
        else if (p && p.site_id) key = "site:" + p.site_id;
        else if (p) key = "geo:" + L.stamp(layer);  // EEZ zones: text of our own
        // Rings and their centre carry no feature: keyed by geometry, which a rerun keeps.
        else if (layer instanceof L.CircleMarker) key = "centre:" + layer.getLatLng().toString();
        else key = "ring:" + layer.getLatLngs().length + ":" + layer.getBounds().toBBoxString();
        layer._hostileKey = key;
        keys.push(key);
    });
    return keys;
}
"""

# A whole-pixel point (in the frame's viewport) where the keyed layer, brought to the front and
# drawn thick, is what the mouse would hit, a pixel of slack around it; null when none is in view.
POINT_JS = """
(key) => {
    let found = null;
    window.map.eachLayer((layer) => { if (layer._hostileKey === key) found = layer; });
    if (!found) return null;
    // Only this layer takes the mouse, drawn thick on top: what lies over it (a site under its
    // paths, in another pane) must not catch the hover or the click meant for it.
    window.map.eachLayer((layer) => {
        if (layer._path) layer._path.style.pointerEvents = layer === found ? "" : "none";
    });
    found.bringToFront();
    if (!(found instanceof L.CircleMarker)) {
        const before = {weight: found.options.weight, dashArray: found.options.dashArray};
        found.setStyle({weight: 8, dashArray: null});
        found.once("mouseout", () => found.setStyle(before));
    }
    const map = window.map, box = map.getContainer().getBoundingClientRect();
    const size = map.getSize();
    const hits = (x, y) => document.elementFromPoint(box.left + x, box.top + y) === found._path;
    const around = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]];
    const candidates = [];
    if (found._point) {
        // A circle marker under another pane's lines (a site under its paths): its edge shows.
        candidates.push(found._point);
        for (const r of [found._radius * 0.7, found._radius]) {  // unfilled: only its stroke
            for (let a = 0; a < 16; a++) {
                const angle = a * Math.PI / 8;
                const offset = L.point(r * Math.cos(angle), r * Math.sin(angle));
                candidates.push(found._point.add(offset));
            }
        }
    }
    if (found.getCenter && !(found instanceof L.CircleMarker) && found instanceof L.Polygon) {
        candidates.push(map.latLngToLayerPoint(found.getCenter()));
    }
    for (const part of found._parts || []) {
        for (let i = 1; i < part.length; i++) {
            for (const t of [0.5, 0.25, 0.75, 0.1, 0.9]) {
                candidates.push(L.point(part[i - 1].x + (part[i].x - part[i - 1].x) * t,
                                        part[i - 1].y + (part[i].y - part[i - 1].y) * t));
            }
        }
    }
    for (const candidate of candidates) {
        const c = map.layerPointToContainerPoint(candidate);
        const x = Math.round(c.x), y = Math.round(c.y);
        if (x < 5 || y < 5 || x > size.x - 5 || y > size.y - 5) continue;
        const slack = found instanceof L.CircleMarker ? [[0, 0]] : around;
        if (slack.every(([dx, dy]) => hits(x + dx, y + dy))) {
            return [box.left + x, box.top + y, Boolean(found.getTooltip())];
        }
    }
    return null;
}
"""

# Show the whole of the keyed layer (a wide range ring lies mostly outside the first view).
FIT_JS = """
(key) => {
    window.map.eachLayer((layer) => {
        if (layer._hostileKey !== key) return;
        if (layer.getBounds) window.map.fitBounds(layer.getBounds(), {animate: false});
        else window.map.setView(layer.getLatLng(), window.map.getZoom(), {animate: false});
    });
}
"""


def point_of(frame: Frame, key: str) -> list[float] | None:
    """A point of the keyed layer to hover or click, zooming out to it when none is in view."""
    point = frame.evaluate(POINT_JS, key)
    if point is None:
        frame.evaluate(FIT_JS, key)
        frame.wait_for_timeout(300)
        point = frame.evaluate(POINT_JS, key)
    return point


def injected(page: Page) -> dict[str, list[str]]:
    """Injected elements or a set `window.__pwned`, per frame URL (empty: nothing found)."""
    found: dict[str, list[str]] = {}
    for frame in page.frames:
        if frame.is_detached():
            continue
        items = frame.evaluate(INJECTED_JS)
        if items:
            found[frame.url[:80]] = items
    return found


def missing_literals(text: str, strings: tuple[str, ...] = HOSTILE) -> list[str]:
    """The hostile strings that do not appear, as written, in a rendered text."""
    return [item for item in strings if item not in text]
