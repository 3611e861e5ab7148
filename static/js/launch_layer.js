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

  /* Paths and their impact dots, styled from three properties. */
  function style(feature) {
    var p = feature.properties;
    if (p.kind === "impact") {
      return {radius: 3, color: p.colour, weight: 1, fillOpacity: 1,
              fillColor: p.estimated ? "#ffffff" : p.colour};
    }
    if (p.failure) return {color: p.colour, weight: 1.5, opacity: 0.7, dashArray: "2 5"};
    return {color: p.colour, weight: 2, opacity: 0.85, dashArray: p.estimated ? "8 6" : null};
  }

  function hover(feature, layer) {
    if (feature.properties.kind !== "path") return;
    layer.on("mouseover", function () { layer.setStyle({weight: 5, opacity: 1}); });
    layer.on("mouseout", function () { layer.setStyle(style(feature)); });
  }

  /* rows: features.launch_rows_json; codes: [classes, colours, outcomes, verdicts, methods];
   * siteList: [site_id, tooltip text, ...]; schema: features.row_schema_json. */
  function launchLayer(rows, codes, siteList, schema, fallbackColour) {
    var s = readSchema(schema), at = s.at, bit = s.bit;
    var sites = {};
    for (var i = 0; i + 1 < siteList.length; i += 2) sites[siteList[i]] = siteList[i + 1];
    var classes = codes[0], colours = codes[1], outcomes = codes[2], verdicts = codes[3],
      methods = codes[4];

    function tip(r) {
      var flags = r[at.flags];
      var eez = "reported " + decode(r[at.reported_eez], verdicts) + " \u00b7 computed " +
        decode(r[at.computed_eez], verdicts) + " (approx.)";
      var lines = [
        r[at.launch_id],
        "Date: " + when(r[at.when]),
        "Missile: " + (r[at.name] || "unidentified"),
        "Class: " + decode(r[at.missile_class], classes),
        // A drawn ground range apart from the record's range (a distance flown) comes with it.
        "Range: " + (r[at.ground_range_km] === null ? km(r[at.range_km]) :
            km(r[at.ground_range_km]) + " to the drawn point (distance flown " +
            km(r[at.range_km]) + ")"),
        "Apogee: " + km(r[at.apogee_km]),
        "Outcome: " + decode(r[at.outcome], outcomes),
        "Site: " + (sites[r[at.site_id]] || "unknown"),
        "Japan EEZ: " + (flags & bit.eez_disagrees ? "\u26a0 DISAGREE: " : "") + eez,
        "Path: " + decode(r[at.method], methods)
      ];
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
          kind: lone ? "impact" : "path"
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
    // What the map shows, for tests and benchmarks that cannot count a canvas's lines:
    // written in the frame after the one in which Leaflet draws the layer.
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
})();
