/// The page, style and script of the interactive view, written by citegraph
/// and shipped inside every view file, so it works offline and loads nothing.
///
/// The script reads the JSON block, draws the timeline as SVG, and never
/// parses a document string as HTML: symbols and titles go through
/// `textContent` and attribute setters only. Actions can be given in the URL
/// fragment (`view.html#search=242&select=S/RES/242%20(1967)&years=1960-1970`),
/// which makes a view shareable at a document and lets the browser test drive it.
enum InteractiveViewAssets {
    static func body(caption: String, documents: Int, citations: Int) -> String {
        """
        <header>
        <h1>\(caption)</h1>
        <span class="counts" id="counts">\(documents) documents, \(citations) citations</span>
        <div class="search"><input id="search" type="search" placeholder="Search symbol or title" autocomplete="off" aria-label="Search by symbol or title"><ul id="results"></ul></div>
        <button id="fit" type="button" title="Show the whole diagram">Fit</button>
        <button id="zoom-in" type="button" title="Zoom in">+</button><button id="zoom-out" type="button" title="Zoom out">&minus;</button>
        </header>
        <nav id="filters" aria-label="Filters">
        <fieldset><legend>Years</legend><label>from <input id="year-from" type="number"></label> <label>to <input id="year-to" type="number"></label></fieldset>
        <fieldset id="organs"><legend>Organ</legend></fieldset>
        <fieldset id="relations"><legend>Relation</legend></fieldset>
        </nav>
        <main><div id="stage"><svg id="canvas" xmlns="http://www.w3.org/2000/svg"><g id="viewport"></g></svg></div>
        <aside id="panel"><p class="hint">Click a document, or search for one, to see its citations. Drag to pan, scroll to zoom.</p></aside></main>

        """
    }

    static let style = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; font: 13px/1.4 Helvetica, Arial, sans-serif; color: #222; }
    body { display: grid; grid-template-rows: auto auto 1fr; }
    header { display: flex; align-items: center; gap: 8px; padding: 6px 10px; border-bottom: 1px solid #ddd; background: #fafafa; }
    header h1 { font-size: 15px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 40%; }
    .counts { color: #666; white-space: nowrap; }
    .search { position: relative; margin-left: auto; }
    #search { width: 260px; padding: 4px 6px; }
    #results { position: absolute; right: 0; top: 100%; z-index: 5; margin: 0; padding: 0; list-style: none; width: 420px; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #ccc; display: none; }
    #results.open { display: block; }
    #results li { padding: 3px 6px; cursor: pointer; border-bottom: 1px solid #eee; }
    #results li:hover, #results li.active { background: #eef4fb; }
    #results .sym { font-weight: bold; margin-right: 6px; }
    nav#filters { display: flex; flex-wrap: wrap; gap: 10px; padding: 4px 10px; border-bottom: 1px solid #ddd; font-size: 12px; }
    fieldset { border: 1px solid #ddd; padding: 2px 8px; margin: 0; }
    fieldset label { margin-right: 8px; white-space: nowrap; }
    input[type=number] { width: 70px; }
    main { display: grid; grid-template-columns: 1fr 360px; min-height: 0; }
    #stage { position: relative; overflow: hidden; min-height: 0; background: #fff; }
    #canvas { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; }
    #canvas.dragging { cursor: grabbing; }
    #panel { border-left: 1px solid #ddd; padding: 8px 12px; overflow: auto; min-height: 0; }
    #panel h2 { font-size: 16px; margin: 4px 0; }
    #panel .title { margin: 4px 0 8px; }
    #panel .meta { color: #555; margin: 2px 0; }
    #panel h3 { font-size: 13px; margin: 12px 0 4px; border-bottom: 1px solid #eee; }
    #panel ul { margin: 0; padding-left: 16px; }
    #panel li { margin: 2px 0; }
    #panel .rel { color: #555; }
    #panel .loc { color: #888; font-size: 12px; }
    #panel button.doc { background: none; border: none; padding: 0; color: #1f5f99; cursor: pointer; font: inherit; text-decoration: underline; }
    .hint { color: #777; }
    .lane-band { fill: #f7f7f7; }
    .lane-band.odd { fill: #fcfcfc; }
    .lane-name { font-size: 11px; fill: #444; }
    .tick { stroke: #e4e4e4; stroke-width: 0.6; }
    .tick-minor { stroke: #bbb; stroke-width: 0.5; }
    .tick-label { font-size: 9px; fill: #666; }
    .axis { stroke: #888; stroke-width: 0.8; }
    path.edge { fill: none; stroke-width: 0.6; stroke-opacity: 0.6; }
    path.edge.long { stroke-width: 0.4; stroke-opacity: 0.25; }
    path.edge.focus { stroke-width: 1.1; stroke-opacity: 0.9; }
    path.edge.hot { stroke-width: 1.6; stroke-opacity: 1; }
    svg.has-selection path.edge:not(.hot) { stroke-opacity: 0.08; }
    g.node rect { stroke-width: 0.8; }
    g.node.unread rect { stroke-dasharray: 3 2; }
    g.node.focus rect { stroke-width: 2.4; }
    g.node.selected rect { stroke: #d40000; stroke-width: 2.6; }
    g.node.neighbour rect { stroke-width: 1.8; }
    g.node text { font-size: 8px; pointer-events: none; }
    g.node.focus text { font-weight: bold; }
    g.node.match rect { stroke: #d40000; }
    g.node { cursor: pointer; }
    .hidden { display: none; }
    """#

    static let script = #"""
    (function () {
      "use strict";
      var NS = "http://www.w3.org/2000/svg";
      var data = JSON.parse(document.getElementById("citegraph-data").textContent);
      var svg = document.getElementById("canvas");
      var viewport = document.getElementById("viewport");
      var panel = document.getElementById("panel");
      var searchBox = document.getElementById("search");
      var results = document.getElementById("results");
      var nodes = data.nodes, edges = data.edges;
      var nodeEls = [], edgeEls = [];
      var outgoing = nodes.map(function () { return []; });
      var incoming = nodes.map(function () { return []; });
      edges.forEach(function (e, i) { outgoing[e.a].push(i); incoming[e.b].push(i); });
      var bySymbol = {};
      nodes.forEach(function (n, i) { bySymbol[n.s] = i; });
      var selected = -1;

      function el(name, attrs, parent) {
        var e = document.createElementNS(NS, name);
        for (var k in attrs) { e.setAttribute(k, attrs[k]); }
        if (parent) { parent.appendChild(e); }
        return e;
      }
      function h(name, text, cls) {
        var e = document.createElement(name);
        if (text !== undefined && text !== null) { e.textContent = text; }
        if (cls) { e.className = cls; }
        return e;
      }

      // Drawing: lanes, ticks, edges under nodes.
      var layerLanes = el("g", {}, viewport), layerEdges = el("g", {}, viewport), layerNodes = el("g", {}, viewport);
      data.lanes.forEach(function (lane, i) {
        el("rect", { "class": "lane-band" + (i % 2 ? " odd" : ""), x: 0, y: lane.top - 4, width: data.width, height: lane.height + 8 }, layerLanes);
        var t = el("text", { "class": "lane-name", x: 20, y: lane.top + 11 }, layerLanes);
        t.textContent = lane.name;
      });
      var bottom = data.height - 16;
      el("line", { "class": "axis", x1: data.ticks.length ? data.ticks[0].x : 0, x2: data.width - 16, y1: data.axisY, y2: data.axisY }, layerLanes);
      data.ticks.forEach(function (tick) {
        el("line", { "class": tick.labelled ? "tick" : "tick-minor", x1: tick.x, x2: tick.x, y1: data.axisY - 4, y2: tick.labelled ? bottom : data.axisY + 4 }, layerLanes);
        if (tick.labelled) { el("text", { "class": "tick-label", x: tick.x + 2, y: data.axisY - 6 }, layerLanes).textContent = String(tick.year); }
      });
      if (data.undatedX !== null && data.undatedX !== undefined) {
        el("line", { "class": "tick", x1: data.undatedX, x2: data.undatedX, y1: data.axisY - 4, y2: bottom }, layerLanes);
        el("text", { "class": "tick-label", x: data.undatedX + 2, y: data.axisY - 6 }, layerLanes).textContent = "undated";
      }
      edges.forEach(function (e, i) {
        var p = e.p;
        var path = el("path", { "class": "edge" + (e.l ? " long" : "") + (nodes[e.a].f || nodes[e.b].f ? " focus" : ""),
          d: "M" + p[0] + " " + p[1] + "C" + p[2] + " " + p[3] + " " + p[4] + " " + p[5] + " " + p[6] + " " + p[7], stroke: e.c }, layerEdges);
        edgeEls.push(path);
      });
      nodes.forEach(function (n, i) {
        var g = el("g", { "class": "node" + (n.r ? "" : " unread") + (n.f ? " focus" : ""), "data-index": i }, layerNodes);
        var group = data.groups[n.g];
        el("rect", { x: n.b[0] - n.b[2] / 2, y: n.b[1] - n.b[3] / 2, width: n.b[2], height: n.b[3], rx: 3, fill: group.fill, stroke: group.line }, g);
        el("text", { x: n.b[0], y: n.b[1] + 3, "text-anchor": "middle" }, g).textContent = n.s;
        el("title", {}, g).textContent = n.s + (n.t ? "\n" + n.t : "") + (n.d ? "\nadopted " + n.d : "");
        nodeEls.push(g);
      });

      // Pan and zoom: one transform on the viewport group.
      var view = { x: 0, y: 0, k: 1 };
      function apply() { viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
      function fit() {
        var r = svg.getBoundingClientRect();
        var k = Math.min(r.width / data.width, r.height / data.height);
        if (!isFinite(k) || k <= 0) { k = 1; }
        view.k = k; view.x = (r.width - data.width * k) / 2; view.y = Math.max(0, (r.height - data.height * k) / 2);
        apply();
      }
      function zoomAt(factor, cx, cy) {
        var k = Math.max(0.02, Math.min(40, view.k * factor));
        view.x = cx - (cx - view.x) * (k / view.k); view.y = cy - (cy - view.y) * (k / view.k); view.k = k; apply();
      }
      function centerOn(i) {
        var r = svg.getBoundingClientRect(), b = nodes[i].b;
        if (view.k < 1.5) { view.k = 1.5; }
        view.x = r.width / 2 - b[0] * view.k; view.y = r.height / 2 - b[1] * view.k; apply();
      }
      svg.addEventListener("wheel", function (ev) {
        ev.preventDefault();
        var r = svg.getBoundingClientRect();
        zoomAt(ev.deltaY < 0 ? 1.2 : 1 / 1.2, ev.clientX - r.left, ev.clientY - r.top);
      }, { passive: false });
      var drag = null;
      svg.addEventListener("pointerdown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false }; svg.classList.add("dragging"); });
      window.addEventListener("pointermove", function (ev) {
        if (!drag) { return; }
        var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
        view.x = drag.vx + dx; view.y = drag.vy + dy; apply();
      });
      window.addEventListener("pointerup", function () { svg.classList.remove("dragging"); setTimeout(function () { drag = null; }, 0); });
      svg.addEventListener("click", function (ev) {
        if (drag && drag.moved) { return; }
        var g = ev.target.closest ? ev.target.closest("g.node") : null;
        if (g) { select(Number(g.getAttribute("data-index")), false); }
      });
      document.getElementById("fit").addEventListener("click", fit);
      document.getElementById("zoom-in").addEventListener("click", function () { var r = svg.getBoundingClientRect(); zoomAt(1.5, r.width / 2, r.height / 2); });
      document.getElementById("zoom-out").addEventListener("click", function () { var r = svg.getBoundingClientRect(); zoomAt(1 / 1.5, r.width / 2, r.height / 2); });

      // The panel of one document.
      function docButton(i) {
        var b = h("button", nodes[i].s, "doc");
        b.type = "button";
        b.addEventListener("click", function () { select(i, true); });
        return b;
      }
      function citationList(title, list, other) {
        var frag = document.createDocumentFragment();
        frag.appendChild(h("h3", title + " (" + list.length + ")"));
        var ul = h("ul");
        ul.className = title === "Cites" ? "cites" : "cited-by";
        list.slice().sort(function (x, y) { return nodes[other(edges[x])].s < nodes[other(edges[y])].s ? -1 : 1; }).forEach(function (ei) {
          var e = edges[ei], li = h("li");
          li.appendChild(docButton(other(e)));
          var rels = [], locs = [];
          e.o.forEach(function (o) { if (rels.indexOf(o[0]) < 0) { rels.push(o[0]); } if (o[1]) { locs.push(o[1]); } });
          li.appendChild(h("span", " " + rels.join(", "), "rel"));
          if (locs.length) { li.appendChild(h("span", " (" + locs.join("; ") + ")", "loc")); }
          ul.appendChild(li);
        });
        frag.appendChild(ul);
        return frag;
      }
      function showPanel(i) {
        var n = nodes[i];
        while (panel.firstChild) { panel.removeChild(panel.firstChild); }
        panel.appendChild(h("h2", n.s, "symbol"));
        if (n.t) { panel.appendChild(h("p", n.t, "title")); }
        panel.appendChild(h("p", n.d ? "Adopted " + n.d : "Date unknown" + (n.y ? " (placed at " + n.y + ")" : ""), "meta date"));
        panel.appendChild(h("p", (n.o ? n.o + " \u00b7 " : "") + data.groups[n.g].name, "meta organ"));
        if (!n.r) { panel.appendChild(h("p", "Known only from citations: its text was not read.", "meta")); }
        var p = h("p", null, "meta");
        var a = h("a", "Official text on undocs.org");
        if (/^https:\/\/undocs\.org\//.test(n.u)) { a.setAttribute("href", n.u); }
        a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener noreferrer"); a.id = "official-link";
        p.appendChild(a);
        panel.appendChild(p);
        panel.appendChild(citationList("Cites", outgoing[i], function (e) { return e.b; }));
        panel.appendChild(citationList("Cited by", incoming[i], function (e) { return e.a; }));
      }
      function select(i, center) {
        if (selected >= 0) {
          nodeEls[selected].classList.remove("selected");
          outgoing[selected].concat(incoming[selected]).forEach(function (ei) {
            edgeEls[ei].classList.remove("hot"); nodeEls[edges[ei].a].classList.remove("neighbour"); nodeEls[edges[ei].b].classList.remove("neighbour");
          });
        }
        selected = i;
        svg.classList.add("has-selection");
        nodeEls[i].classList.add("selected");
        outgoing[i].concat(incoming[i]).forEach(function (ei) {
          edgeEls[ei].classList.add("hot");
          var other = edges[ei].a === i ? edges[ei].b : edges[ei].a;
          nodeEls[other].classList.add("neighbour");
        });
        showPanel(i);
        if (center) { centerOn(i); }
        document.body.setAttribute("data-selected", nodes[i].s);
      }

      // Search by symbol or title.
      function search(query) {
        var q = query.trim().toLowerCase();
        while (results.firstChild) { results.removeChild(results.firstChild); }
        nodeEls.forEach(function (g) { g.classList.remove("match"); });
        if (!q) { results.classList.remove("open"); return []; }
        var hits = [];
        nodes.forEach(function (n, i) {
          var s = n.s.toLowerCase();
          var score = s === q ? 0 : s.indexOf(q) >= 0 ? 1 : n.t && n.t.toLowerCase().indexOf(q) >= 0 ? 2 : -1;
          if (score >= 0) { hits.push([score, n.s.length, i]); }
        });
        hits.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || (nodes[x[2]].s < nodes[y[2]].s ? -1 : 1); });
        hits.slice(0, 100).forEach(function (hit) {
          var i = hit[2], li = h("li");
          li.setAttribute("data-index", i);
          li.appendChild(h("span", nodes[i].s, "sym"));
          if (nodes[i].t) { li.appendChild(h("span", nodes[i].t, "ttl")); }
          li.addEventListener("click", function () { select(i, true); results.classList.remove("open"); });
          results.appendChild(li);
          nodeEls[i].classList.add("match");
        });
        if (hits.length > 100) { results.appendChild(h("li", (hits.length - 100) + " more; refine the search", "more")); }
        if (!hits.length) { results.appendChild(h("li", "No document matches", "none")); }
        results.classList.add("open");
        document.body.setAttribute("data-matches", String(hits.length));
        return hits.map(function (x) { return x[2]; });
      }
      searchBox.addEventListener("input", function () { search(searchBox.value); });
      searchBox.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") { var hits = search(searchBox.value); if (hits.length) { select(hits[0], true); results.classList.remove("open"); } }
        if (ev.key === "Escape") { results.classList.remove("open"); }
      });

      // Filters: years, organs, relations.
      var years = nodes.map(function (n) { return n.y; }).filter(function (y) { return y !== null && y !== undefined; });
      var yearFrom = document.getElementById("year-from"), yearTo = document.getElementById("year-to");
      if (years.length) {
        var lo = Math.min.apply(null, years), hi = Math.max.apply(null, years);
        [yearFrom, yearTo].forEach(function (input) { input.min = lo; input.max = hi; });
        yearFrom.value = lo; yearTo.value = hi;
      }
      var organBoxes = [], relationBoxes = [];
      var organsSet = document.getElementById("organs"), relationsSet = document.getElementById("relations");
      data.groups.forEach(function (g, gi) {
        if (!nodes.some(function (n) { return n.g === gi; })) { return; }
        var label = h("label"), box = h("input");
        box.type = "checkbox"; box.checked = true; box.value = gi; box.setAttribute("data-organ", g.lane);
        label.appendChild(box); label.appendChild(document.createTextNode(" " + g.lane));
        organsSet.appendChild(label); organBoxes.push(box);
      });
      data.relations.forEach(function (r) {
        var label = h("label"), box = h("input");
        box.type = "checkbox"; box.checked = true; box.value = r; box.setAttribute("data-relation", r);
        label.appendChild(box); label.appendChild(document.createTextNode(" " + r));
        relationsSet.appendChild(label); relationBoxes.push(box);
      });
      function applyFilters() {
        var from = Number(yearFrom.value), to = Number(yearTo.value);
        var organs = {}, relations = {};
        organBoxes.forEach(function (b) { if (b.checked) { organs[b.value] = true; } });
        relationBoxes.forEach(function (b) { if (b.checked) { relations[b.value] = true; } });
        var visible = nodes.map(function (n) {
          var inYears = n.y === null || n.y === undefined || ((!yearFrom.value || n.y >= from) && (!yearTo.value || n.y <= to));
          return inYears && organs[n.g] === true;
        });
        var shownNodes = 0, shownEdges = 0;
        nodes.forEach(function (n, i) { nodeEls[i].classList.toggle("hidden", !visible[i]); if (visible[i]) { shownNodes++; } });
        edges.forEach(function (e, i) {
          var show = visible[e.a] && visible[e.b] && e.o.some(function (o) { return relations[o[0]] === true; });
          edgeEls[i].classList.toggle("hidden", !show);
          if (show) { shownEdges++; }
        });
        document.getElementById("counts").textContent = shownNodes + " of " + nodes.length + " documents, " + shownEdges + " of " + edges.length + " citations";
      }
      [yearFrom, yearTo].forEach(function (input) { input.addEventListener("change", applyFilters); });
      organBoxes.concat(relationBoxes).forEach(function (b) { b.addEventListener("change", applyFilters); });

      // Actions from the URL fragment: search=, select=, years=FROM-TO, organ=, relation= (comma-separated, to keep).
      function fromFragment() {
        var params = new URLSearchParams(location.hash.slice(1));
        if (params.has("years")) {
          var span = params.get("years").split("-");
          if (span[0]) { yearFrom.value = span[0]; }
          if (span[1]) { yearTo.value = span[1]; }
        }
        if (params.has("organ")) {
          var keep = params.get("organ").split(",");
          organBoxes.forEach(function (b) { b.checked = keep.indexOf(b.getAttribute("data-organ")) >= 0; });
        }
        if (params.has("relation")) {
          var keepRelations = params.get("relation").split(",");
          relationBoxes.forEach(function (b) { b.checked = keepRelations.indexOf(b.value) >= 0; });
        }
        applyFilters();
        if (params.has("search")) { searchBox.value = params.get("search"); search(searchBox.value); }
        if (params.has("select")) {
          var i = bySymbol[params.get("select")];
          if (i !== undefined) { select(i, true); } else { document.body.setAttribute("data-selected", "(not found)"); }
        }
      }
      fit();
      fromFragment();
      window.addEventListener("hashchange", fromFragment);
      window.addEventListener("resize", fit);
      document.body.setAttribute("data-ready", "1");
    })();
    """#
}
