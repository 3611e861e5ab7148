/* Launch Atlas presentation mode, run inside the map's frame (components/presentation.py):
 * only the launch on screen and its salvo stay strong, every other path goes faint; the map
 * takes the large-type class; and the step keys work even when the map has the focus. */
(function () {
  "use strict";

  var FAINT = {opacity: 0.08, fillOpacity: 0.08};
  // The page's step buttons (Streamlit keys), by the key that presses them.
  var STEP_BUTTONS = {
    ArrowRight: "present_next",
    ArrowLeft: "present_previous",
    PageDown: "present_page_down",
    PageUp: "present_page_up",
    " ": "present_space"
  };

  function parentDocument() {
    try {
      return window.parent.document;  // the app serves the map's frame: same origin
    } catch (error) {
      return null;
    }
  }

  function restyle(map, strong) {
    map.eachLayer(function (layer) {
      var p = layer.feature && layer.feature.properties;
      if (!p || !p.launch_id || !layer.setStyle) return;
      layer.atlasFaint = strong.indexOf(p.launch_id) < 0;
      if (!layer.atlasFaint) {
        layer.setStyle({opacity: 1, fillOpacity: 1});
        if (layer.bringToFront) layer.bringToFront();
      } else {
        layer.setStyle(FAINT);
        // The layer's hover restores its full style on mouseout: fade it again after that.
        if (!layer.atlasFaintAgain) {
          layer.atlasFaintAgain = function () { if (layer.atlasFaint) layer.setStyle(FAINT); };
          layer.on("mouseout", layer.atlasFaintAgain);
        }
      }
    });
  }

  /* Leaflet pans on the arrow keys once the map has the focus; here they step instead, by
   * pressing the page's own buttons (Streamlit's shortcuts only hear the page, not this frame). */
  function forwardKeys(map) {
    map.keyboard.disable();
    if (window.atlasPresentKeys) return;
    window.atlasPresentKeys = true;
    window.addEventListener("keydown", function (event) {
      var key = STEP_BUTTONS[event.key];
      if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      event.stopPropagation();
      var page = parentDocument();
      var button = page && page.querySelector(".st-key-" + key + " button");
      if (button) button.click();
    }, true);
  }

  /* A button clicked keeps the focus, and Space would then press it as well as step. */
  function releaseFocus() {
    var page = parentDocument();
    var active = page && page.activeElement;
    if (active && active.tagName === "BUTTON") active.blur();
  }

  var MAX_FRAME_ZOOM = 8;

  /* Frame the launch clear of the large legend (bottom right): beside it or above it,
   * whichever shows the launch larger. */
  function frame(map, bounds, paddingPx, triesLeft) {
    if (!bounds) return;
    var size = map.getSize(), p = paddingPx;
    var legend = map.getContainer().querySelector(".atlas-legend");
    // While the frame is still being laid out (its stylesheet not yet applied) the map and its
    // legend measure 0, or the legend spans the whole map: fit again soon.
    var settled = size.x && legend && legend.offsetWidth && legend.offsetWidth < size.x * 0.8;
    if (!settled && triesLeft > 0) {
      setTimeout(function () { frame(map, bounds, paddingPx, triesLeft - 1); }, 100);
      // A map measured 0 wide (or narrower than its padding) would fit to a NaN zoom and centre,
      // which no later fit repairs: wait for the layout instead.
      if (!size.x || !size.y || size.x <= 4 * p || size.y <= 4 * p) return;
    }
    var options = [[p, p]];
    if (legend && legend.offsetWidth) {
      options = [];
      if (size.x - legend.offsetWidth > 4 * p) options.push([legend.offsetWidth + p, p]);
      if (size.y - legend.offsetHeight > 4 * p) options.push([p, legend.offsetHeight + p]);
      if (!options.length) options = [[p, p]];
    }
    var best = options[0], bestZoom = -Infinity;
    options.forEach(function (corner) {
      var zoom = map.getBoundsZoom(bounds, false, L.point(p + corner[0], p + corner[1]));
      if (zoom > bestZoom) { best = corner; bestZoom = zoom; }
    });
    if (!isFinite(bestZoom)) best = [0, 0];
    if (!size.x || !size.y) return;
    // A short shot framed alone would fill the map with open sea: keep the coast around it.
    map.fitBounds(bounds, {paddingTopLeft: [p, p], paddingBottomRight: best, maxZoom: MAX_FRAME_ZOOM});
  }

  /* strongIds: the launch on screen and its salvo; bounds: [[south, west], [north, east]]
   * around them, or null. */
  L.atlasPresent = function (map, strongIds, bounds, paddingPx) {
    map.getContainer().classList.add("atlas-present");
    restyle(map, strongIds);
    frame(map, bounds, paddingPx, 20);
    // The frame is sized after the map is drawn (and a window can change size): frame again.
    map.atlasPresentBounds = bounds;
    if (!map.atlasPresentResize) {
      map.atlasPresentResize = true;
      map.on("resize", function () { frame(map, map.atlasPresentBounds, paddingPx, 0); });
    }
    forwardKeys(map);
    releaseFocus();
  };
})();
