/* Launch Atlas map controls over Leaflet's public API: full screen, cursor position, geodesic
 * measuring. Our own small code instead of plugins, so nothing is fetched from a CDN. */
(function () {
  "use strict";

  /* Inline SVG: icon fonts and emoji are not guaranteed on an offline machine. */
  var ICON_FULLSCREEN =
    '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" style="vertical-align:middle">' +
    '<path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="#222" stroke-width="2"/></svg>';
  var ICON_MEASURE =
    '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" style="vertical-align:middle">' +
    '<rect x="1" y="6" width="16" height="6" fill="none" stroke="#222" stroke-width="1.5"/>' +
    '<path d="M4 6v3M7 6v2M10 6v3M13 6v2" stroke="#222" stroke-width="1.2"/></svg>';

  /* Keep the credit to Leaflet, without a link that would leave the machine. The map follows
   * its box's size: the page stretches the app's map frame to the window after Leaflet starts. */
  L.Map.addInitHook(function () {
    var map = this;
    if (map.attributionControl) map.attributionControl.setPrefix("Leaflet");
    if (window.ResizeObserver) {
      new ResizeObserver(function () { map.invalidateSize(); }).observe(map.getContainer());
    }
  });

  function button(container, text, title, onClick) {
    var link = L.DomUtil.create("a", "atlas-button", container);
    link.href = "#";
    link.setAttribute("role", "button");
    link.title = title;
    link.setAttribute("aria-label", title);
    link.innerHTML = text;
    L.DomEvent.disableClickPropagation(link);
    L.DomEvent.on(link, "click", function (event) {
      L.DomEvent.preventDefault(event);
      onClick();
    });
    return link;
  }

  L.Control.AtlasFullscreen = L.Control.extend({
    options: { position: "topleft" },
    onAdd: function (map) {
      var container = L.DomUtil.create("div", "leaflet-bar atlas-fullscreen");
      var target = map.getContainer();
      var enabled = document.fullscreenEnabled && target.requestFullscreen;
      if (!enabled) {
        container.style.display = "none"; // the host page forbids it: hide rather than fail
        return container;
      }
      button(container, ICON_FULLSCREEN, "Full screen", function () {
        if (document.fullscreenElement) {
          document.exitFullscreen();
        } else {
          target.requestFullscreen();
        }
      });
      document.addEventListener("fullscreenchange", function () {
        map.invalidateSize();
      });
      return container;
    },
  });

  function formatLatLng(latlng) {
    var lng = ((((latlng.lng + 180) % 360) + 360) % 360) - 180;
    var lat = latlng.lat;
    return (
      Math.abs(lat).toFixed(3) + "\u00B0" + (lat >= 0 ? "N" : "S") + "  " +
      Math.abs(lng).toFixed(3) + "\u00B0" + (lng >= 0 ? "E" : "W")
    );
  }

  L.Control.AtlasMousePosition = L.Control.extend({
    options: { position: "bottomleft" },
    onAdd: function (map) {
      var box = L.DomUtil.create("div", "atlas-mouse-position");
      box.textContent = "";
      map.on("mousemove", function (event) {
        box.textContent = formatLatLng(event.latlng);
      });
      map.on("mouseout", function () {
        box.textContent = "";
      });
      return box;
    },
  });

  /* WGS-84 inverse geodesic distance (Vincenty), metres; falls back to a sphere near antipodes. */
  var A = 6378137.0, F = 1 / 298.257223563, B = A * (1 - F);
  function geodesicMetres(p, q) {
    var toRad = Math.PI / 180;
    var L1 = (q.lng - p.lng) * toRad;
    var U1 = Math.atan((1 - F) * Math.tan(p.lat * toRad));
    var U2 = Math.atan((1 - F) * Math.tan(q.lat * toRad));
    var sinU1 = Math.sin(U1), cosU1 = Math.cos(U1), sinU2 = Math.sin(U2), cosU2 = Math.cos(U2);
    var lambda = L1, iter = 0, sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM, lambdaPrev;
    do {
      var sinLambda = Math.sin(lambda), cosLambda = Math.cos(lambda);
      sinSigma = Math.sqrt(
        Math.pow(cosU2 * sinLambda, 2) +
        Math.pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2)
      );
      if (sinSigma === 0) return 0;
      cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
      sigma = Math.atan2(sinSigma, cosSigma);
      var sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
      cos2Alpha = 1 - sinAlpha * sinAlpha;
      cos2SigmaM = cos2Alpha !== 0 ? cosSigma - (2 * sinU1 * sinU2) / cos2Alpha : 0;
      var C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
      lambdaPrev = lambda;
      lambda = L1 + (1 - C) * F * sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    } while (Math.abs(lambda - lambdaPrev) > 1e-12 && ++iter < 200);
    if (iter >= 200) return p.distanceTo(q); // nearly antipodal: Leaflet's spherical distance
    var uSq = (cos2Alpha * (A * A - B * B)) / (B * B);
    var bigA = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
    var bigB = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
    var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4) *
      (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
        (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    return B * bigA * (sigma - deltaSigma);
  }

  /* Points along the great circle, so a measured line is drawn curved as it truly runs. */
  function greatCircle(p, q, steps) {
    var toRad = Math.PI / 180, toDeg = 180 / Math.PI;
    var f1 = p.lat * toRad, l1 = p.lng * toRad, f2 = q.lat * toRad, l2 = q.lng * toRad;
    var d = 2 * Math.asin(Math.sqrt(
      Math.pow(Math.sin((f2 - f1) / 2), 2) +
      Math.cos(f1) * Math.cos(f2) * Math.pow(Math.sin((l2 - l1) / 2), 2)));
    if (d === 0) return [p, q];
    var points = [], previousLng = p.lng;
    for (var i = 0; i <= steps; i++) {
      var t = i / steps;
      var a = Math.sin((1 - t) * d) / Math.sin(d), b = Math.sin(t * d) / Math.sin(d);
      var x = a * Math.cos(f1) * Math.cos(l1) + b * Math.cos(f2) * Math.cos(l2);
      var y = a * Math.cos(f1) * Math.sin(l1) + b * Math.cos(f2) * Math.sin(l2);
      var z = a * Math.sin(f1) + b * Math.sin(f2);
      var lng = Math.atan2(y, x) * toDeg;
      while (lng - previousLng > 180) lng -= 360; // keep the line continuous across 180 degrees
      while (lng - previousLng < -180) lng += 360;
      previousLng = lng;
      points.push(L.latLng(Math.atan2(z, Math.sqrt(x * x + y * y)) * toDeg, lng));
    }
    return points;
  }

  L.Control.AtlasMeasure = L.Control.extend({
    options: { position: "topleft" },
    onAdd: function (map) {
      var self = this;
      this._map = map;
      this._points = [];
      this._layer = L.layerGroup();
      var container = L.DomUtil.create("div", "leaflet-bar atlas-measure");
      this._button = button(container, ICON_MEASURE, "Measure a geodesic distance", function () {
        self._toggle();
      });
      this._readout = L.DomUtil.create("div", "atlas-measure-readout", container);
      this._readout.style.display = "none";
      return container;
    },
    _toggle: function () {
      var map = this._map;
      this._active = !this._active;
      L.DomUtil[this._active ? "addClass" : "removeClass"](this._button, "atlas-active");
      if (this._active) {
        this._points = [];
        this._layer.clearLayers().addTo(map);
        this._readout.style.display = "block";
        this._readout.textContent = "Click points on the map";
        map.getContainer().style.cursor = "crosshair";
        // While measuring, clicks go to the map only: no tooltip, no launch selection.
        L.DomUtil.addClass(map.getContainer(), "atlas-measuring");
        map.on("click", this._addPoint, this);
      } else {
        map.off("click", this._addPoint, this);
        map.getContainer().style.cursor = "";
        L.DomUtil.removeClass(map.getContainer(), "atlas-measuring");
        this._layer.remove();
        this._readout.style.display = "none";
      }
    },
    _addPoint: function (event) {
      var points = this._points, latlng = event.latlng;
      if (points.length) {
        var last = points[points.length - 1];
        L.polyline(greatCircle(last, latlng, 64), {
          color: "#111", weight: 2, dashArray: "6 4", interactive: false,
        }).addTo(this._layer);
      }
      points.push(latlng);
      L.circleMarker(latlng, { radius: 3, color: "#111", interactive: false }).addTo(this._layer);
      var metres = 0;
      for (var i = 1; i < points.length; i++) metres += geodesicMetres(points[i - 1], points[i]);
      this._readout.textContent =
        (metres / 1000).toLocaleString("en-US", { maximumFractionDigits: 0 }) + " km";
    },
  });

  L.control.atlasFullscreen = function (options) { return new L.Control.AtlasFullscreen(options); };
  L.control.atlasMousePosition = function (options) { return new L.Control.AtlasMousePosition(options); };
  L.control.atlasMeasure = function (options) { return new L.Control.AtlasMeasure(options); };
})();
