/* Launch Atlas map page: the styles, tooltips and legend of the base map and the site layer,
 * named here and referred to by name from Python (core/mapview). Values that Python owns (land
 * and zone colours) are handed to the factories below. Text from files and records is set as
 * textContent, never parsed as HTML. */
(function () {
  "use strict";

  var atlas = (L.atlas = L.atlas || {});

  function textBox(text) {
    var box = document.createElement("div");
    box.textContent = text;
    return box;
  }

  /* The land's one style (base.LAND_FILL / LAND_EDGE). */
  atlas.landStyle = function (edge, fill) {
    return function () {
      return {color: edge, weight: 0.6, fillColor: fill, fillOpacity: 1};
    };
  };

  /* Zones styled by their `zone` property (controls.ZONE_STYLE), others alike; with
   * stroke === false, the fill alone (the outlines at sea are a layer of their own). */
  atlas.zoneStyle = function (styles, other, stroke) {
    return function (feature) {
      var style = styles[feature.properties.zone] || other;
      return stroke === false ? Object.assign({}, style, {stroke: false}) : style;
    };
  };

  /* Plain lines of one colour and width. */
  atlas.lineStyle = function (colour, weight) {
    return function () {
      return {color: colour, weight: weight, opacity: 1, fill: false};
    };
  };

  /* A notice on the map when online tiles fail to load: the offline basemap stays under them. */
  L.Control.AtlasTilesNotice = L.Control.extend({
    options: {position: "bottomright"},
    initialize: function (tiles, options) {
      L.setOptions(this, options);
      this._tiles = tiles;
    },
    onAdd: function () {
      var box = L.DomUtil.create("div", "atlas-tiles-notice");
      box.style.display = "none";
      box.setAttribute("role", "status");
      box.textContent = "Online map tiles could not load (no network?): the offline map is " +
        "shown instead.";
      this._tiles.on("tileerror", function () { box.style.display = "block"; });
      return box;
    }
  });
  atlas.tilesNotice = function (tiles) { return new L.Control.AtlasTilesNotice(tiles); };

  /* The zone file is fetched as it is, so its names go through textContent. */
  atlas.zoneTooltip = function (feature, layer) {
    var p = feature.properties || {};
    var kinds = {eez: "EEZ", joint_regime: "joint regime area", disputed: "(disputed)"};
    layer.bindTooltip(textBox((p.name || p.zone || "zone") + " " + (kinds[p.kind] || p.kind || "") +
      " (approximate, not a legal boundary)"), {sticky: true});
  };

  /* Points take their radius from the missile count; areas are dashed, lightly filled circles. */
  atlas.siteStyle = function (feature) {
    if (feature.geometry.type === "Point") {
      // folium's CircleMarker template sets fill: false; a filled disc takes the hover.
      return {radius: feature.properties.radius, color: "#333333", weight: 1,
              fill: true, fillColor: "#ffffff", fillOpacity: 0.85};
    }
    return {color: "#333333", weight: 1, dashArray: "4 4", fillColor: "#333333",
            fillOpacity: 0.1};
  };

  /* A feature's `tip` property, already escaped by Python (features.html_text). */
  atlas.tipOnly = function (feature, layer) {
    layer.bindTooltip(feature.properties.tip, {sticky: true, className: "atlas-tip"});
  };

  /* Place names: [[name, kind, lat, lon, min_zoom], ...] (core/geo/place_labels.py). They sit in
   * their own pane under the paths and never catch the pointer, so they never hide a path; each
   * shows from its min_zoom on, so the map thins them out as it zooms out.
   * No two labels on the map overlap. In turn: the selected launch's label stays where it is;
   * capitals find a clear place around their dot; each range ring's label, a line up or down if
   * need be (or where it was, hiding the capital under it); then the other names, the more
   * important first (lower min_zoom, then file order): a town's name on any side of its dot, an
   * area's name a line or two up or down, or hidden when no place is clear. Each takes a place
   * clear of the launch sites' circles where it has one. */
  var SELECTION = ".atlas-selection-label";
  var RINGS = ".atlas-ring-label";
  var GAP = 2;  // px kept clear around a label
  // px a town's dot takes beside its name, and above or below it (map.css .atlas-place.city).
  var DOT = 8, DOT_UNDER = 10;
  var SETTLE_MS = 300;

  function overlaps(a, b) {
    return a.left < b.right + GAP && b.left < a.right + GAP &&
      a.top < b.bottom + GAP && b.top < a.bottom + GAP;
  }

  function isTown(text) {
    return /\b(capital|city)\b/.test(text.className);
  }

  /* Where a town's name may sit around its dot (map.css), and an area's name's shift in lines;
   * first choice first. */
  var TOWN_SIDES = ["", "atlas-left", "atlas-above", "atlas-below"];
  var AREA_SHIFTS = [0, -1, 1, -2, 2];
  // A town's name may also move further from its dot (px), clear of launch-site circles.
  var PUSHES = [0, 8, 16, 24];
  var TOWN_SPOTS = [];
  PUSHES.forEach(function (push) {
    TOWN_SIDES.forEach(function (side) { TOWN_SPOTS.push([side, push]); });
  });

  function place(text, spot) {
    TOWN_SIDES.forEach(function (side) { if (side) text.classList.remove(side); });
    if (isTown(text)) {
      var side = Array.isArray(spot) ? spot[0] : spot, push = Array.isArray(spot) ? spot[1] : 0;
      if (side) text.classList.add(side);
      text.style.setProperty("--atlas-push", push + "px");
    } else {
      text.style.marginTop = spot ? spot * (text.offsetHeight + GAP) + "px" : "";
    }
  }

  /* A name's box on screen, its dot included; null when it is not laid out. */
  function nameBox(text) {
    var r = text.getBoundingClientRect();
    if (!r.width && !r.height) return null;
    var box = {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    if (!isTown(text)) return box;
    var list = text.classList;
    var push = parseFloat(text.style.getPropertyValue("--atlas-push")) || 0;
    if (list.contains("atlas-left")) box.right += DOT + push;
    else if (list.contains("atlas-above")) box.bottom += DOT_UNDER + push;
    else if (list.contains("atlas-below")) box.top -= DOT_UNDER + push;
    else box.left -= DOT + push;
    return box;
  }

  /* The launch sites' circles on screen (the site layer's points: features with a site_id),
   * as boxes in the page's coordinates, like nameBox's. */
  function siteBoxes(map) {
    var origin = map.getContainer().getBoundingClientRect(), boxes = [];
    map.eachLayer(function (layer) {
      var p = layer.feature && layer.feature.properties;
      if (!p || p.site_id === undefined || !(layer instanceof L.CircleMarker)) return;
      var at = map.latLngToContainerPoint(layer.getLatLng());
      var r = layer.getRadius() + (layer.options.weight || 0) / 2;
      boxes.push({left: origin.left + at.x - r, right: origin.left + at.x + r,
                  top: origin.top + at.y - r, bottom: origin.top + at.y + r});
    });
    return boxes;
  }

  L.Layer.AtlasPlaceLabels = L.Layer.extend({
    initialize: function (labels) {
      this._labels = labels;
      this._markers = [];
      this._pending = false;
    },
    onAdd: function (map) {
      if (!map.getPane("atlas_labels")) {
        var pane = map.createPane("atlas_labels");
        pane.style.zIndex = 390;
        pane.style.pointerEvents = "none";
      }
      this._markers = this._labels.map(function (label, index) {
        var text = document.createElement("span");
        text.className = "atlas-place " + label[1];
        text.textContent = label[0];
        var marker = L.marker([label[2], label[3]], {
          icon: L.divIcon({className: "atlas-place-anchor", html: text, iconSize: null}),
          interactive: false,
          keyboard: false,
          pane: "atlas_labels"
        });
        marker.minZoom = label[4];
        marker.text = text;
        marker.rank = [label[4], index];
        return marker;
      });
      // Capitals first, then the other names; the more important (lower min_zoom) first.
      this._ranked = this._markers.slice().sort(function (a, b) {
        var capital = (b.text.classList.contains("capital") ? 1 : 0) -
          (a.text.classList.contains("capital") ? 1 : 0);
        return capital || a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1];
      });
      map.on("zoomend", this._update, this);
      // The selection's label and the rings' labels come and go with their layers, and the
      // selection's label can change sides as the map moves.
      map.on("layeradd layerremove", this._onLayer, this);
      map.on("moveend resize", this._schedule, this);
      this._update();
    },
    onRemove: function (map) {
      clearTimeout(this._settle);
      map.off("zoomend", this._update, this);
      map.off("layeradd layerremove", this._onLayer, this);
      map.off("moveend resize", this._schedule, this);
      this._markers.forEach(function (marker) { marker.remove(); });
    },
    _update: function () {
      var map = this._map, zoom = map.getZoom();
      this._markers.forEach(function (marker) {
        var shown = zoom >= marker.minZoom;
        if (shown && !map.hasLayer(marker)) marker.addTo(map);
        if (!shown && map.hasLayer(marker)) marker.remove();
      });
      this._schedule();
    },
    /* Labels come and go with tooltips and markers (the selection's label, the rings' labels),
     * not with the paths playback adds and removes every frame; the names' own markers are
     * placed by _update. */
    _onLayer: function (event) {
      var layer = event.layer;
      var label = layer instanceof L.Tooltip || (layer instanceof L.Marker && !layer.text);
      if (label) this._schedule();
    },
    /* Once per frame at most, after Leaflet has placed this frame's labels; and once more when
     * the map has settled (a layer re-added or the frame resized in the same moment). */
    _schedule: function () {
      var self = this;
      clearTimeout(this._settle);
      this._settle = setTimeout(function () { self._declutter(); }, SETTLE_MS);
      if (this._pending) return;
      this._pending = true;
      requestAnimationFrame(function () {
        self._pending = false;
        self._declutter();
      });
    },
    _declutter: function () {
      var map = this._map;
      if (!map) return;
      var container = map.getContainer(), taken = [], sites = siteBoxes(map);
      function clear(box) {
        return box && !taken.some(function (other) { return overlaps(box, other.box); });
      }
      function onSite(text) {  // the words themselves, not the dot (a site's circle may sit on it)
        var box = text.getBoundingClientRect();
        return sites.some(function (site) { return overlaps(box, site); });
      }
      var frame = container.getBoundingClientRect();
      function inside(box) {  // the words whole on the map, not cut by its edge ("eijing")
        return box.left >= frame.left && box.right <= frame.right &&
          box.top >= frame.top && box.bottom <= frame.bottom;
      }
      /* The first spot clear of the other names, whole on the map and clear of the launch
       * sites' circles (drawn over the names, they hid "Wonsan"); else the first clear and whole;
       * else the first clear of the names alone; else null (the first spot kept). */
      function settle(text, spots) {
        var best = -1, bestRank = 3;
        for (var i = 0; i < spots.length; i++) {
          place(text, spots[i]);
          var box = nameBox(text);
          if (!clear(box)) continue;
          var rank = !inside(box) ? 2 : onSite(text) ? 1 : 0;
          if (rank === 0) return box;
          if (rank < bestRank) { best = i; bestRank = rank; }
        }
        place(text, spots[Math.max(best, 0)]);
        return best < 0 ? null : nameBox(text);
      }
      function mark(text, visible) {
        text.style.visibility = visible ? "" : "hidden";
        text.toggleAttribute("data-atlas-overlap", !visible);
      }
      function show(text, box) {
        mark(text, Boolean(box));
        if (box) taken.push({text: text, box: box});
      }
      container.querySelectorAll(SELECTION).forEach(function (element) {
        var r = element.getBoundingClientRect();
        if (r.width || r.height) taken.push({text: null, box: r});
      });
      var shown = this._ranked.filter(function (marker) { return map.hasLayer(marker); });
      var capitals = shown.filter(function (m) { return m.text.classList.contains("capital"); });
      var others = shown.filter(function (m) { return !m.text.classList.contains("capital"); });
      capitals.forEach(function (marker) {
        show(marker.text, settle(marker.text, TOWN_SPOTS));
      });
      // A ring's label always shows: where no shift clears it, the capitals under it give way.
      container.querySelectorAll(RINGS).forEach(function (ring) {
        var box = settle(ring, AREA_SHIFTS) || nameBox(ring);
        if (!box) return;
        taken = taken.filter(function (other) {
          var under = other.text !== null && overlaps(box, other.box);
          if (under) mark(other.text, false);
          return !under;
        });
        taken.push({text: null, box: box});
      });
      others.forEach(function (marker) {
        var text = marker.text;
        show(text, settle(text, isTown(text) ? TOWN_SPOTS : AREA_SHIFTS));
      });
    }
  });
  atlas.placeLabels = function (labels) { return new L.Layer.AtlasPlaceLabels(labels); };

  /* The legend: the project's own static markup (controls.legend_markup) in a Leaflet control. */
  L.Control.AtlasLegend = L.Control.extend({
    options: {position: "bottomright"},
    initialize: function (markup, options) {
      L.setOptions(this, options);
      this._markup = markup;
    },
    onAdd: function () {
      var div = L.DomUtil.create("div", "atlas-legend");
      div.innerHTML = this._markup;
      L.DomEvent.disableClickPropagation(div);
      return div;
    }
  });
  L.control.atlasLegend = function (markup, options) {
    return new L.Control.AtlasLegend(markup, options);
  };
})();
