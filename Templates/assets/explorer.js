// Nonlin's interactive plots. On an activation page (window.NonlinExplorer) sliders
// redraw f and f′ in the page's own plot and recompute f(0), f′(0) and the minimum; on
// the compare page (window.NonlinCompare) ticked activations are overlaid. The
// functions come from the page, compiled from each formula when the site was built.
(function () {
  "use strict";

  function Drawing(fr) {
    this.fr = fr;
  }
  Drawing.prototype.px = function (x) { var f = this.fr; return f.minX + (x - f.x0) / (f.x1 - f.x0) * (f.maxX - f.minX); };
  Drawing.prototype.py = function (y) { var f = this.fr; return f.maxY - (y - f.y0) / (f.y1 - f.y0) * (f.maxY - f.minY); };

  function r(v) { return Math.round(v * 100) / 100; }

  // True when fn jumps between a and b: bisect toward the steeper half until the interval is tiny.
  Drawing.prototype.jumps = function (fn, a, b) {
    var fa = fn(a), fb = fn(b);
    for (var i = 0; i < 48 && b - a > 1e-12 * Math.max(1, Math.abs(a)); i++) {
      var m = (a + b) / 2, fm = fn(m);
      if (!isFinite(fm)) return true;
      if (Math.abs(fm - fa) > Math.abs(fb - fm)) { b = m; fb = fm; } else { a = m; fa = fm; }
    }
    return Math.abs(this.py(fb) - this.py(fa)) > 1;
  };

  // Clip the segment (x0,y0)-(x1,y1) to the plot's vertical extent; null when outside.
  Drawing.prototype.clip = function (x0, y0, x1, y1) {
    var t0 = 0, t1 = 1, dy = y1 - y0, edges = [[-dy, y0 - this.fr.minY], [dy, this.fr.maxY - y0]];
    for (var i = 0; i < 2; i++) {
      var q = edges[i][0], s = edges[i][1];
      if (q === 0) { if (s < 0) return null; continue; }
      var t = s / q;
      if (q < 0) { if (t > t1) return null; if (t > t0) t0 = t; } else { if (t < t0) return null; if (t < t1) t1 = t; }
    }
    return [x0 + t0 * (x1 - x0), y0 + t0 * dy, x0 + t1 * (x1 - x0), y0 + t1 * dy];
  };

  // SVG path data for fn over the view: NaN and infinities and jumps break the path.
  Drawing.prototype.path = function (fn) {
    var fr = this.fr, n = 600, d = "", last = null, lastX = 0, lastEnd = null;
    for (var i = 0; i <= n; i++) {
      var x = fr.x0 + (fr.x1 - fr.x0) * i / n, y = fn(x);
      if (!isFinite(y)) { last = null; continue; }
      var X = this.px(x), Y = this.py(y);
      if (last && !(Math.abs(Y - last[1]) > 24 && this.jumps(fn, lastX, x))) {
        var c = this.clip(last[0], last[1], X, Y);
        if (c) {
          var start = r(c[0]) + "," + r(c[1]);
          if (start !== lastEnd) d += "M" + start;
          lastEnd = r(c[2]) + "," + r(c[3]);
          d += "L" + lastEnd;
        }
      }
      last = [X, Y]; lastX = x;
    }
    return d;
  };

  function format(v) {
    if (v !== v) return "undefined";
    if (!isFinite(v)) return v > 0 ? "∞" : "−∞";
    if (v === 0) return "0";
    return String(Number(v.toPrecision(6))).replace("-", "−");
  }

  function explorer(E, form, svg) {
    var drawing = new Drawing(E.frame), fr = E.frame;
    var fPath = svg.querySelector("g.f > path.k"), dPath = svg.querySelector("g.d > path.k");
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[type=range]"));

    // f′(0) is undefined where the one-sided slopes differ (a kink).
    function slopeAtZero(p) {
      var h = 1e-6, f0 = E.f(0, p), left = (f0 - E.f(-h, p)) / h, right = (E.f(h, p) - f0) / h;
      if (Math.abs(left - right) > 1e-3 * Math.max(1, Math.abs(left), Math.abs(right))) return "undefined (kink)";
      return format(E.df(0, p));
    }

    // The lowest point on a wide window around the view, refined by golden-section search.
    function minimum(p) {
      var w = fr.x1 - fr.x0, lo = fr.x0 - 3 * w, hi = fr.x1 + 3 * w, n = 2000, best = 0, bestY = Infinity;
      for (var i = 0; i <= n; i++) {
        var y = E.f(lo + (hi - lo) * i / n, p);
        if (y < bestY) { bestY = y; best = i; }
      }
      if (!isFinite(bestY) || best === 0 || best === n) return "none";
      var a = lo + (hi - lo) * (best - 1) / n, b = lo + (hi - lo) * (best + 1) / n, g = (Math.sqrt(5) - 1) / 2;
      for (var k = 0; k < 80; k++) {
        var c = b - g * (b - a), e = a + g * (b - a);
        if (E.f(c, p) < E.f(e, p)) b = e; else a = c;
      }
      var x = (a + b) / 2, fx = E.f(x, p);
      if (Math.abs(fx - E.f(lo, p)) < 1e-12 || Math.abs(fx - E.f(hi, p)) < 1e-12) return "none";
      return format(fx) + " at x = " + format(x);
    }

    function show(key, text) {
      var cell = document.querySelector('[data-key="' + key + '"]');
      if (cell) cell.textContent = text;
    }

    function update() {
      var p = {}, changed = false;
      inputs.forEach(function (input) {
        p[input.name] = parseFloat(input.value);
        var number = document.getElementById(input.id + "-number");
        if (number && document.activeElement !== number) number.value = input.value;
        if (p[input.name] !== E.defaults[input.name]) changed = true;
      });
      if (fPath) fPath.setAttribute("d", drawing.path(function (x) { return E.f(x, p); }));
      if (dPath) dPath.setAttribute("d", drawing.path(function (x) { return E.df(x, p); }));
      Array.prototype.forEach.call(svg.querySelectorAll("circle"), function (c) { c.style.display = changed ? "none" : ""; });
      show("f0", format(E.f(0, p)));
      show("df0", slopeAtZero(p));
      show("minimum", minimum(p));
      var note = document.getElementById("explorer-note");
      if (note) note.hidden = !changed;
    }

    inputs.forEach(function (input) {
      input.addEventListener("input", update);
      var number = document.getElementById(input.id + "-number");
      if (number) number.addEventListener("input", function () {
        if (number.value !== "" && isFinite(number.value)) { input.value = number.value; update(); }
      });
    });
    form.addEventListener("reset", function () { setTimeout(update, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
  }

  function compare(C, form, svg) {
    var drawing = new Drawing(C.frame), layer = svg.querySelector("g.picked"), legend = document.getElementById("picked-legend");
    var ns = "http://www.w3.org/2000/svg";
    // The server drew the initial selection; from now on the script draws every curve.
    Array.prototype.forEach.call(svg.querySelectorAll("svg > g[class^=s]"), function (g) { g.remove(); });
    function update() {
      while (layer.firstChild) layer.removeChild(layer.firstChild);
      legend.textContent = "";
      var ticked = Array.prototype.filter.call(form.querySelectorAll("input[type=checkbox]"), function (c) { return c.checked; });
      ticked.forEach(function (box, i) {
        var fn = C.functions[box.value], series = "s" + (i % 6 + 1);
        var g = document.createElementNS(ns, "g"), path = document.createElementNS(ns, "path");
        g.setAttribute("class", series);
        path.setAttribute("class", "k");
        path.setAttribute("d", drawing.path(fn.f));
        g.appendChild(path);
        layer.appendChild(g);
        var item = document.createElement("li");
        item.className = "picked-" + series;
        item.textContent = fn.name;
        legend.appendChild(item);
      });
      document.getElementById("picked-count").textContent = ticked.length + " shown";
    }
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    update();
  }

  var svg = document.querySelector(".plot-figure svg");
  var explorerForm = document.getElementById("explorer"), compareForm = document.getElementById("picker");
  if (window.NonlinExplorer && explorerForm && svg) explorer(window.NonlinExplorer, explorerForm, svg);
  if (window.NonlinCompare && compareForm && svg) compare(window.NonlinCompare, compareForm, svg);
})();
