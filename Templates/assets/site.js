// Nonlin: sortable, filterable comparison table. The page is complete without this script.
(function () {
  "use strict";
  var table = document.getElementById("comparison");
  if (!table) return;
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  function key(row, index) {
    var cell = row.cells[index];
    return cell ? (cell.getAttribute("data-sort") || cell.textContent) : "";
  }
  function sortBy(index, numeric, th) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    for (var i = 0; i < headers.length; i++) headers[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index), y = key(b, index), c;
      if (numeric) {
        var fx = x === "inf" ? Infinity : x === "-inf" ? -Infinity : parseFloat(x);
        var fy = y === "inf" ? Infinity : y === "-inf" ? -Infinity : parseFloat(y);
        c = fx < fy ? -1 : fx > fy ? 1 : 0;
      } else {
        c = x.localeCompare(y);
      }
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(headers, function (th, index) {
    if (!th.hasAttribute("data-key")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    var numeric = th.classList.contains("num") || th.getAttribute("data-key") === "smoothness" || th.getAttribute("data-key") === "range";
    button.addEventListener("click", function () { sortBy(index, numeric, th); });
  });
  var box = document.querySelector(".filter-box");
  var input = document.getElementById("filter");
  if (box && input) {
    box.hidden = false;
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== "" && (r.getAttribute("data-search") || "").indexOf(q) < 0 && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
})();
