/* Launch Atlas playback: a map control that replays the filtered launches in time order. Each
 * path (with its impact dot) is drawn in as its date passes, the date shown large over the map,
 * at the speed the briefer picks; it pauses, steps one launch at a time, and stops to show all.
 * It works on whatever launch layer the map holds when Play is pressed (the app redraws the
 * layers on every rerun), in the app, in presentation mode and in the HTML export alike. */
(function () {
  "use strict";

  var DAY_MS = 86400000;
  // Map days per second of playback, as the menu offers them.
  var SPEEDS = [
    ["1 month a second", 30],
    ["3 months a second", 91],
    ["1 year a second", 365],
    ["5 years a second", 1826]
  ];
  var DEFAULT_SPEED = 2;

  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }

  /* A launch's `when` (launch_layer.js): minutes since 1970 (UTC), or the date as written:
   * "YYYY-MM-DD", "YYYY-MM" or "YYYY" (then its first day). */
  function whenMs(value) {
    if (typeof value === "number") return value * 60000;
    var parts = String(value).split("-").map(Number);
    if (!parts[0]) return NaN;
    return Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1);
  }

  function dayText(ms) {
    var d = new Date(ms);
    return d.getUTCFullYear() + "-" + two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate());
  }

  /* Every launch shape on the map, oldest first: [{id, ms, shapes}] (a path and its dot). */
  function collect(map) {
    var byId = {};
    map.eachLayer(function (layer) {
      var p = layer.feature && layer.feature.properties;
      if (!p || !p.launch_id || p.when === undefined) return;
      var ms = whenMs(p.when);
      if (isNaN(ms)) return;
      var entry = byId[p.launch_id] || (byId[p.launch_id] = {id: p.launch_id, ms: ms, shapes: []});
      entry.shapes.push(layer);
    });
    return Object.keys(byId).map(function (id) { return byId[id]; }).sort(function (a, b) {
      return a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  }

  function button(container, text, title, onClick) {
    var link = L.DomUtil.create("a", "atlas-button atlas-playback-button", container);
    link.href = "#";
    link.setAttribute("role", "button");
    link.title = title;
    link.setAttribute("aria-label", title);
    link.textContent = text;
    L.DomEvent.on(link, "click", function (event) {
      L.DomEvent.preventDefault(event);
      onClick();
    });
    return link;
  }

  L.Control.AtlasPlayback = L.Control.extend({
    options: {position: "bottomleft"},

    onAdd: function (map) {
      var self = this;
      this._map = map;
      this._queue = null;  // launches not yet drawn, while a replay runs
      this._timer = null;
      var box = L.DomUtil.create("div", "leaflet-bar atlas-playback");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      this._play = button(box, "\u25B6 Replay", "Replay the launches in time order",
                          function () { self.toggle(); });
      button(box, "Step", "Draw the next launch now", function () { self.step(); });
      button(box, "\u25A0", "Stop: show every launch", function () { self.stop(); });
      var speed = L.DomUtil.create("select", "atlas-playback-speed", box);
      speed.title = "Playback speed";
      SPEEDS.forEach(function (choice, index) {
        var option = L.DomUtil.create("option", "", speed);
        option.value = String(choice[1]);
        option.textContent = choice[0];
        if (index === DEFAULT_SPEED) option.selected = true;
      });
      this._speed = speed;
      this._date = L.DomUtil.create("div", "atlas-playback-date", map.getContainer());
      this._date.style.display = "none";
      return box;
    },

    onRemove: function () {
      this.stop();
      L.DomUtil.remove(this._date);
    },

    _daysPerSecond: function () {
      return Number(this._speed.value) || SPEEDS[DEFAULT_SPEED][1];
    },

    /* Hide every launch and start the clock just before the first one. */
    _start: function () {
      var map = this._map;
      this._queue = collect(map);
      this._played = [];
      this._queue.forEach(function (entry) {
        entry.shapes.forEach(function (shape) { map.removeLayer(shape); });
      });
      this._clock = this._queue.length ? this._queue[0].ms - DAY_MS : 0;
      this._date.style.display = "";
      this._show(this._clock);
    },

    _show: function (ms) {
      this._date.textContent = dayText(ms);
      this._map.getContainer().setAttribute("data-atlas-played", this._played.join(" "));
    },

    /* Draw every queued launch whose time has come. */
    _drawUntil: function (ms) {
      var map = this._map;
      while (this._queue.length && this._queue[0].ms <= ms) {
        var entry = this._queue.shift();
        entry.shapes.forEach(function (shape) { map.addLayer(shape); });
        this._played.push(entry.id);
      }
      this._show(ms);
      if (!this._queue.length) this._finish();
    },

    _tick: function (now) {
      var elapsed = this._last === null ? 0 : now - this._last;
      this._last = now;
      this._clock += elapsed / 1000 * this._daysPerSecond() * DAY_MS;
      this._drawUntil(this._clock);
      if (this._timer !== null) this._schedule();
    },

    _schedule: function () {
      var self = this;
      this._timer = requestAnimationFrame(function (now) { self._tick(now); });
    },

    _pause: function () {
      if (this._timer !== null) cancelAnimationFrame(this._timer);
      this._timer = null;
      this._play.textContent = "\u25B6 Play";
    },

    _finish: function () {
      this._pause();
      this._queue = null;
      this._play.textContent = "\u25B6 Replay";
    },

    /* Play or pause. */
    toggle: function () {
      if (this._timer !== null) {
        this._pause();
        return;
      }
      if (this._queue === null) this._start();
      if (this._queue === null || !this._queue.length) return;
      this._last = null;
      this._play.textContent = "\u275A\u275A Pause";
      this._schedule();
    },

    /* Pause, and draw the next launch at once. */
    step: function () {
      if (this._queue === null) this._start();
      this._pause();
      if (this._queue && this._queue.length) {
        this._clock = this._queue[0].ms;
        this._drawUntil(this._clock);
      }
    },

    /* Show every launch again and hide the date. */
    stop: function () {
      var map = this._map;
      this._pause();
      if (this._queue) {
        this._queue.forEach(function (entry) {
          entry.shapes.forEach(function (shape) { map.addLayer(shape); });
        });
      }
      this._queue = null;
      this._play.textContent = "\u25B6 Replay";
      this._date.style.display = "none";
    }
  });

  L.control.atlasPlayback = function (options) {
    return new L.Control.AtlasPlayback(options);
  };
})();
