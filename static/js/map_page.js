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
   * shows from its min_zoom on, so the map thins them out as it zooms out. */
  L.Layer.AtlasPlaceLabels = L.Layer.extend({
    initialize: function (labels) {
      this._labels = labels;
      this._markers = [];
    },
    onAdd: function (map) {
      if (!map.getPane("atlas_labels")) {
        var pane = map.createPane("atlas_labels");
        pane.style.zIndex = 390;
        pane.style.pointerEvents = "none";
      }
      this._markers = this._labels.map(function (label) {
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
        return marker;
      });
      map.on("zoomend", this._update, this);
      this._update();
    },
    onRemove: function (map) {
      map.off("zoomend", this._update, this);
      this._markers.forEach(function (marker) { marker.remove(); });
    },
    _update: function () {
      var map = this._map, zoom = map.getZoom();
      this._markers.forEach(function (marker) {
        var shown = zoom >= marker.minZoom;
        if (shown && !map.hasLayer(marker)) marker.addTo(map);
        if (!shown && map.hasLayer(marker)) marker.remove();
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
