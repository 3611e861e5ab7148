/* Launch Atlas launch layer: one Leaflet GeoJSON layer of every filtered missile, built in the
 * browser from compact rows (core/mapview/features.py). The row's field order, the flag bits and
 * the code tables come from Python with the rows, so they are declared once, there.
 * Record text is only ever set as textContent: never parsed as HTML. */
(function () {
  "use strict";

  function decode(value, table) {
    return typeof value === "number" ? table[value] : value;
  }

  function km(value) {
    if (value === null || value === undefined) return "unknown";
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",") + " km";
  }

  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function stamp(date) {
    return date.getUTCFullYear() + "-" + two(date.getUTCMonth() + 1) + "-" +
      two(date.getUTCDate()) + " " + two(date.getUTCHours()) + ":" + two(date.getUTCMinutes());
  }

  /* `when` is minutes since 1970 (UTC) when the time is known, else the date as written. */
  function when(value) {
    if (typeof value !== "number") return value + " (UTC)";
    var utc = new Date(value * 60000);
    return stamp(utc) + " UTC / " + stamp(new Date(utc.getTime() + 9 * 3600000)) + " KST";
  }

  /* Field name -> index in a row, and flag name -> bit, from the schema Python hands over:
   * [[field names in row order], [flag names, lowest bit first]]. */
  function readSchema(schema) {
    var at = {}, bit = {};
    schema[0].forEach(function (name, index) { at[name] = index; });
    schema[1].forEach(function (name, index) { bit[name] = 1 << index; });
    return { at: at, bit: bit };
  }

  /* Minutes since 1970 of a row's `when` (a date as written when the time is unknown). */
  function minutes(value) {
    if (typeof value === "number") return value;
    var parsed = Date.parse(String(value).slice(0, 10));
    return isNaN(parsed) ? null : parsed / 60000;
  }

  /* Opacity a path is drawn at: newer paths stronger, so a dense set still reads (`recency` in
   * 0..1, oldest to newest); with a launch in focus every other path fades to under a third. */
  var FADED = 0.3;
  function baseOpacity(p) {
    var opacity = 0.35 + 0.55 * p.recency;
    return p.failure ? opacity * 0.8 : opacity;
  }

  function styleOf(p, focus) {
    var faded = focus !== null && p.launch_id !== focus;
    var selected = focus !== null && p.launch_id === focus;
    var opacity = selected ? 1 : baseOpacity(p) * (faded ? FADED : 1);
    if (p.kind === "impact") {
      return {radius: selected ? 5 : 3, color: p.colour, weight: 1, opacity: opacity,
              fillOpacity: opacity, fillColor: p.estimated ? "#ffffff" : p.colour};
    }
    if (p.failure) {
      return {color: p.colour, weight: 1.5, opacity: opacity, dashArray: "2 5"};
    }
    return {color: p.colour, weight: selected ? 3 : 2, opacity: opacity,
            dashArray: p.estimated ? "8 6" : null};
  }

  /* The selected launch's label: its date, missile and range, as text. */
  function selectionLabel(r, at) {
    var box = document.createElement("div");
    var date = typeof r[at.when] === "number" ? stamp(new Date(r[at.when] * 60000)).slice(0, 10)
                                              : String(r[at.when]);
    box.textContent = date + " \u00b7 " + (r[at.name] || "unidentified") +
      (r[at.range_km] === null ? "" : " \u00b7 " + km(r[at.range_km]));
    return box;
  }

  /* streamlit-folium sends a click to the app 250 ms late (its value is debounced, for pans and
   * zooms). A click on a missile is a selection: send the same value at once, after the
   * component's own handlers have recorded the click, and mark it sent so the debounced call
   * finds nothing new. Only when the app asks for click fields alone; outside the app's
   * component (an exported page) there is no __GLOBAL_DATA__ and nothing is sent. */
  var CLICK_FIELDS = ["last_object_clicked_count", "last_active_drawing"];

  function sendClickNow() {
    var g = window.__GLOBAL_DATA__;
    if (!g || !g.returned_objects || !g.returned_objects.length || window.parent === window) return;
    if (g.returned_objects.some(function (name) { return CLICK_FIELDS.indexOf(name) < 0; })) return;
    var value = {};  // in the component's own field order, as its updateComponentValue builds it
    CLICK_FIELDS.forEach(function (name) {
      if (g.returned_objects.indexOf(name) >= 0) value[name] = g[name];
    });
    if (JSON.stringify(g.previous_data) === JSON.stringify(value)) return;
    g.previous_data = value;
    window.parent.postMessage({isStreamlitMessage: true, type: "streamlit:setComponentValue",
                               value: value, dataType: "json"}, "*");
  }

  /* rows: features.launch_rows_json; codes: [classes, colours, outcomes, verdicts, methods];
   * siteList: [site_id, tooltip text, ...]; schema: features.row_schema_json; focusList: [] or
   * [the selected launch's id]. */
  function launchLayer(rows, codes, siteList, schema, focusList, fallbackColour) {
    var s = readSchema(schema), at = s.at, bit = s.bit;
    var focus = focusList.length ? focusList[0] : null;
    function style(feature) { return styleOf(feature.properties, focus); }
    function hover(feature, shape) {
      if (feature.properties.kind !== "path") return;
      shape.on("mouseover", function () { shape.setStyle({weight: 5, opacity: 1}); });
      shape.on("mouseout", function () { shape.setStyle(style(feature)); });
    }
    var times = rows.map(function (r) { return minutes(r[at.when]); });
    var known = times.filter(function (t) { return t !== null; });
    var oldest = Math.min.apply(null, known), newest = Math.max.apply(null, known);
    function recency(index) {
      var t = times[index];
      if (t === null || !(newest > oldest)) return 1;
      return (t - oldest) / (newest - oldest);
    }
    var sites = {};
    for (var i = 0; i + 1 < siteList.length; i += 2) sites[siteList[i]] = siteList[i + 1];
    var classes = codes[0], colours = codes[1], outcomes = codes[2], verdicts = codes[3],
      methods = codes[4];

    function tip(r) {
      var flags = r[at.flags];
      // Whose range, apogee and verdict each is, and the preference (headline.figure_credits).
      var who = r[at.whose] || [];
      function by(n) { return who[n] ? " (" + who[n] + ")" : ""; }
      var eez = "reported " + decode(r[at.reported_eez], verdicts) + by(2) + " \u00b7 computed " +
        decode(r[at.computed_eez], verdicts) + " (approx.)";
      var lines = [
        r[at.launch_id],
        "Date: " + when(r[at.when]),
        "Missile: " + (r[at.name] || "unidentified"),
        "Class: " + decode(r[at.missile_class], classes),
        // A drawn ground range apart from the record's range (a distance flown, or a described
        // point's) comes with it.
        "Range: " + (r[at.ground_range_km] === null ? km(r[at.range_km]) + by(0) :
            km(r[at.ground_range_km]) + " to the drawn point (range reported: " +
            km(r[at.range_km]) + by(0) + ")"),
        "Apogee: " + km(r[at.apogee_km]) + by(1),
        "Outcome: " + decode(r[at.outcome], outcomes),
        "Site: " + (sites[r[at.site_id]] || "unknown"),
        "Japan EEZ: " + (flags & bit.eez_disagrees ? "\u26a0 DISAGREE: " : "") + eez,
        "Path: " + decode(r[at.method], methods)
      ];
      if (who[3]) lines.push("Headline figures: " + who[3] + " first (rule on the card)");
      var box = document.createElement("div");
      box.textContent = lines.join("\n");
      return box;
    }

    var features = rows.map(function (r, index) {
      var flat = r[at.points], points = [];
      for (var k = 0; k + 1 < flat.length; k += 2) points.push([flat[k], flat[k + 1]]);
      var lone = points.length === 1;
      var cls = decode(r[at.missile_class], classes);
      return {
        type: "Feature",
        id: index,
        properties: {
          launch_id: r[at.launch_id],
          colour: colours[classes.indexOf(cls)] || fallbackColour,
          estimated: Boolean(r[at.flags] & bit.estimated),
          failure: Boolean(r[at.flags] & bit.failure),
          when: r[at.when],  // for playback.js: minutes since 1970, or the date as written
          kind: lone ? "impact" : "path",
          recency: recency(index)
        },
        geometry: lone ? {type: "Point", coordinates: points[0]}
                       : {type: "LineString", coordinates: points}
      };
    });

    var paths = 0;
    var layer = L.geoJson(null, {
      pointToLayer: function (feature, latlng) { return L.circleMarker(latlng, {radius: 3}); },
      style: style,
      onEachFeature: function (feature, shape) {
        shape.bindTooltip(function () { return tip(rows[feature.id]); },
                          {sticky: true, className: "atlas-tip"});
        hover(feature, shape);
      }
    });
    layer.addData(features);
    layer.on("click", function () { setTimeout(sendClickNow, 0); });
    // Each path's impact dot, made from its last point rather than sent as a feature.
    features.forEach(function (feature) {
      if (feature.properties.kind !== "path") return;
      paths += 1;
      var coordinates = feature.geometry.coordinates;
      var end = coordinates[coordinates.length - 1];
      var dot = L.circleMarker([end[1], end[0]], {radius: 3});
      dot.feature = {
        type: "Feature",
        properties: Object.assign({}, feature.properties, {kind: "impact"}),
        geometry: {type: "Point", coordinates: end}
      };
      dot.setStyle(style(dot.feature));
      layer.addLayer(dot);
    });
    // The selection, labelled at its impact point and kept in view: the map pans or zooms out
    // only as far as it must to show all of it.
    var label = null;
    function showFocus() {
      var map = layer._map;
      if (label) { label.remove(); label = null; }
      if (!map || focus === null) return;
      var focused = null;
      layer.eachLayer(function (shape) {
        if (shape.feature.properties.launch_id !== focus) return;
        if (shape.feature.properties.kind === "path" || !focused) focused = shape;
      });
      // Playback may have taken the shape off the map for now.
      if (!focused || !map.hasLayer(focused)) return;
      focused.bringToFront();
      var r = rows[focused.feature.id];
      var end = focused.getLatLng ? focused.getLatLng() : focused.getLatLngs().slice(-1)[0];
      label = L.tooltip({permanent: true, direction: "auto", offset: [8, 0],
                         className: "atlas-selection-label"})
        .setLatLng(end).setContent(selectionLabel(r, at));
      label.addTo(map);
      var box = focused.getBounds ? focused.getBounds() : L.latLngBounds([end, end]);
      if (!map.getBounds().pad(-0.05).contains(box)) {
        map.fitBounds(map.getBounds().extend(box), {padding: [30, 30]});
      }
    }
    layer.on("add", showFocus);
    layer.on("remove", function () { if (label) { label.remove(); label = null; } });
    /* Put `focusList` ([] or [a launch id]) in focus: every shape restyled in place, the layer
     * kept (a selection does not rebuild the paths). */
    layer.atlasFocus = function (focusList) {
      var wanted = focusList.length ? focusList[0] : null;
      if (wanted === focus) return;
      // From one launch to another only their shapes change style (the rest stay faded).
      var both = focus !== null && wanted !== null, before = focus;
      focus = wanted;
      layer.eachLayer(function (shape) {
        var id = shape.feature.properties.launch_id;
        if (!both || id === before || id === wanted) shape.setStyle(style(shape.feature));
      });
      showFocus();
    };
    // What the map shows, for tests and benchmarks that cannot count a canvas's lines:
    // written in the frame after the one in which Leaflet draws the layer.
    layer.on("add", function () {
      layer._map._atlasLaunches = layer;
    });
    layer.on("add", function () {
      var map = layer._map, container = map.getContainer();
      requestAnimationFrame(function () {
        container.setAttribute("data-atlas-paths", String(paths));
        container.setAttribute("data-atlas-renderer", map.options.preferCanvas ? "canvas" : "svg");
      });
    });
    return layer;
  }

  L.atlasLaunchLayer = launchLayer;

  /* Fit the map to the launch layer on it (every drawn path and impact point), with padding in
   * pixels: run after a filter change or a link. `view` names the set of launches: a map fits
   * each set once, and keeps the user's own pan and zoom while the set stays. */
  L.atlasFitLaunches = function (map, padding, view) {
    var layer = map._atlasLaunches;
    if (!layer || !layer.getLayers().length) return;
    if (view !== undefined && map._atlasFittedView === view) return;
    map._atlasFittedView = view;
    map.fitBounds(layer.getBounds(), {padding: padding});
  };

  /* The selection, sent beside the map's groups (components/map_frame.py): `groups` is the body
   * of a function(map_div, window) that draws the range-ring and selection groups and returns
   * them, `focus` the launch in focus ("[]" or '["id"]'), `after` a script run once it is
   * applied (the presentation view's). The groups the map already has are filled in place and
   * the launch layer restyled, so a selection neither rebuilds the launch layer nor touches the
   * layer control. */
  var STAND_IN_MAP = {addLayer: function () { return this; }};

  L.atlasSelectionGroups = function (map, rings, selected) {
    map._atlasGroups = [rings, selected];
    map._atlasSelected = null;
  };

  function refill(group, drawn) {
    group.clearLayers();
    drawn.eachLayer(function (shape) { group.addLayer(shape); });
  }

  L.atlasSelect = function (map, selection) {
    if (!map || !map._atlasGroups || !selection) return;
    var key = [selection.groups, selection.focus, selection.after].join("\u0000");
    if (map._atlasSelected === key) return;
    map._atlasSelected = key;
    /* jshint evil: true */
    var drawn = new Function("map_div", "window", selection.groups)(STAND_IN_MAP,
                                                                     {feature_group: []});
    // The launch in focus first, brought to the front of the paths; the selection's outline
    // then goes on top of it, and the rings under everything but the land.
    if (map._atlasLaunches) map._atlasLaunches.atlasFocus(JSON.parse(selection.focus));
    refill(map._atlasGroups[0], drawn[0]);
    refill(map._atlasGroups[1], drawn[1]);
    var rings = map._atlasGroups[0].getLayers();
    for (var i = rings.length - 1; i >= 0; i--) {
      if (rings[i].bringToBack) rings[i].bringToBack();
    }
    // The zones stay under the rings, as when every group was drawn anew.
    map.eachLayer(function (layer) {
      var p = layer.feature && layer.feature.properties;
      if (p && p.zone && layer.bringToBack) layer.bringToBack();
    });
    if (selection.after) new Function("map_div", selection.after)(map);
  };

  /* In the app, each run's selection comes with the frame's render data (an exported page has
   * none): applied here after streamlit-folium's own handler (registered first) has drawn any
   * new groups, which have already taken it (APPLY_SELECTION in map_frame.py). */
  if (window.Streamlit && window.Streamlit.events && !window.atlasSelectionListener) {
    window.atlasSelectionListener = true;
    window.Streamlit.events.addEventListener("streamlit:render", function (event) {
      var args = event.detail && event.detail.args;
      if (args && args.atlas_selection && window.map) L.atlasSelect(window.map, args.atlas_selection);
    });
  }
})();
