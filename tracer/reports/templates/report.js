/* tracer report: graph interaction. Never builds markup from data: it only toggles
   classes and attributes on elements the report already holds. */
(function () {
  "use strict";
  function all(root, q) { return Array.prototype.slice.call(root.querySelectorAll(q)); }
  var nodesDrawn = 0;
  all(document, "section.story").forEach(function (sec) {
    var svg = sec.querySelector("svg.graph");
    if (!svg) { return; }
    var vb = svg.getAttribute("viewBox").split(" ").map(Number);
    var home = vb.slice();
    nodesDrawn += all(svg, "g.node").length;
    function setView() { svg.setAttribute("viewBox", vb.join(" ")); }
    function clear() {
      all(sec, ".selected, .related").forEach(function (el) { el.classList.remove("selected", "related"); });
      svg.classList.remove("focusing");
    }
    function pick(el, cardId) {
      var card = document.getElementById(cardId);
      if (card) {
        for (var up = card.parentElement; up; up = up.parentElement) {
          if (up.tagName === "DETAILS") { up.open = true; }
        }
        card.classList.add("selected");
        if (card.tagName === "DETAILS") { card.open = true; }
        card.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
      el.classList.add("selected");
      svg.classList.add("focusing");
    }
    function selectNode(g) {
      var key = g.getAttribute("data-node");
      clear();
      all(svg, "g.edge").forEach(function (e) {
        if (e.getAttribute("data-from") === key || e.getAttribute("data-to") === key) {
          e.classList.add("related");
          var other = e.getAttribute("data-from") === key ? e.getAttribute("data-to") : e.getAttribute("data-from");
          var o = svg.querySelector('g.node[data-node="' + other + '"]');
          if (o) { o.classList.add("related"); }
        }
      });
      pick(g, key + "-card");
    }
    function selectEdge(g) {
      clear();
      [g.getAttribute("data-from"), g.getAttribute("data-to")].forEach(function (k) {
        var n = svg.querySelector('g.node[data-node="' + k + '"]');
        if (n) { n.classList.add("related"); }
      });
      pick(g, g.getAttribute("data-edge") + "-card");
    }
    all(svg, "g.node").forEach(function (g) {
      g.addEventListener("click", function (ev) { ev.stopPropagation(); selectNode(g); });
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); selectNode(g); } });
    });
    all(svg, "g.edge").forEach(function (g) {
      g.addEventListener("click", function (ev) { ev.stopPropagation(); selectEdge(g); });
    });
    svg.addEventListener("click", clear);
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect();
      var f = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
      var px = vb[0] + (ev.clientX - r.left) / r.width * vb[2];
      var py = vb[1] + (ev.clientY - r.top) / r.height * vb[3];
      vb = [px - (px - vb[0]) * f, py - (py - vb[1]) * f, vb[2] * f, vb[3] * f];
      setView();
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest("g.node, g.edge")) { return; }
      drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice() };
    });
    window.addEventListener("pointermove", function (ev) {
      if (!drag) { return; }
      var r = svg.getBoundingClientRect();
      vb[0] = drag.vb[0] - (ev.clientX - drag.x) / r.width * vb[2];
      vb[1] = drag.vb[1] - (ev.clientY - drag.y) / r.height * vb[3];
      setView();
    });
    window.addEventListener("pointerup", function () { drag = null; });
    var reset = sec.querySelector("button.reset");
    if (reset) { reset.addEventListener("click", function () { vb = home.slice(); setView(); clear(); }); }
  });
  /* the index: a search box and a filter hide rows (and their stories) that do not match */
  var only = document.getElementById("only-undisclosed");
  var search = document.getElementById("search");
  var count = document.getElementById("shown-count");
  function filter() {
    var q = search ? search.value.trim().toLowerCase() : "";
    var shown = 0;
    var rows = all(document, "table.index tr[data-story]");
    rows.forEach(function (row) {
      var ok = (!q || (row.getAttribute("data-terms") || "").indexOf(q) >= 0) &&
               !(only && only.checked && !row.classList.contains("has-undisclosed"));
      row.hidden = !ok;
      var sec = document.getElementById(row.getAttribute("data-story"));
      if (sec && sec.tagName === "SECTION") { sec.hidden = !ok; }
      if (ok) { shown += 1; }
    });
    if (count) { count.textContent = (q || (only && only.checked)) ? shown + " of " + rows.length + " stories" : ""; }
  }
  if (only) { only.addEventListener("change", filter); }
  if (search) { search.addEventListener("input", filter); }
  document.body.setAttribute("data-nodes-drawn", String(nodesDrawn));
})();
