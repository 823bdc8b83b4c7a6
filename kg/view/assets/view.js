// kg's graph page: filters, search, "show more" and the evidence panel, over vis-network.
// Every text from the data goes into the page as text (textContent, createTextNode, string
// tooltips that vis-network shows as text), never as HTML. The globals nodes, edges and
// network are vis-network's data sets and network: what is drawn is what they hold.
var nodes, edges, network;
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var N = DATA.nodes, S = DATA.statements, STYLE = DATA.style;
  var NONE = "none (neutral)";
  var ZOOM_LABELS = 1.25;  // edge labels for all drawn edges from this scale on
  var DATES = Array.from(new Set(S.map(function (s) { return s.date; }).filter(Boolean))).sort();
  var state = {
    types: new Set(), classes: new Set(), quads: new Set(),
    from: 0, to: Math.max(DATES.length - 1, 0), confidence: 0, minMentions: 1,
    limit: DATA.top, focus: null, radius: 1, selected: null, zoomLabels: false
  };
  var current = null;  // the last computed view
  var evidence = kgEvidence(DATA);

  var $ = kgDom.byId, el = kgDom.el;
  function count(values) {
    var out = new Map();
    values.forEach(function (v) { out.set(v, (out.get(v) || 0) + 1); });
    return out;
  }
  var QUADS = Object.keys(STYLE.quads);
  function quadOf(s) { return s.quad || NONE; }
  function quadColour(quad) { return STYLE.quads[quad] || STYLE.neutral; }
  // the quad class most of an edge's statements have (ties: the first in QUADS, then none)
  function mainQuad(list) {
    var counts = count(list.map(quadOf)), best = NONE, most = 0;
    QUADS.concat([NONE]).forEach(function (quad) {
      if ((counts.get(quad) || 0) > most) { best = quad; most = counts.get(quad); }
    });
    return best;
  }

  // --- which statements, nodes and edges are drawn ---------------------------------------
  function passes(s) {
    if (!state.classes.has(s.class) || !state.quads.has(quadOf(s))) { return false; }
    if (s.confidence < state.confidence) { return false; }
    if (s.date && DATES.length && (s.date < DATES[state.from] || s.date > DATES[state.to])) {
      return false;
    }
    return state.types.has(N[s.from].type) && state.types.has(N[s.to].type);
  }

  function neighbourhood(start, radius, shown) {
    var next = new Map();
    shown.forEach(function (s) {
      if (!next.has(s.from)) { next.set(s.from, []); }
      if (!next.has(s.to)) { next.set(s.to, []); }
      next.get(s.from).push(s.to);
      next.get(s.to).push(s.from);
    });
    var seen = new Set([start]), ring = [start];
    for (var step = 0; step < radius; step++) {
      var outer = [];
      ring.forEach(function (n) {
        (next.get(n) || []).forEach(function (m) {
          if (!seen.has(m)) { seen.add(m); outer.push(m); }
        });
      });
      ring = outer;
    }
    return seen;
  }

  function compute() {
    var shown = S.filter(passes);
    var degree = new Array(N.length).fill(0);
    shown.forEach(function (s) {
      degree[s.from] += 1;
      if (s.to !== s.from) { degree[s.to] += 1; }
    });
    var least = Math.max(1, state.minMentions);
    var kept = N.filter(function (n) { return degree[n.id] >= least; }).map(function (n) {
      return n.id;
    });  // most central first: node ids are ranks
    var keep = new Set(kept);
    shown = shown.filter(function (s) { return keep.has(s.from) && keep.has(s.to); });
    var drawn = new Set(kept.slice(0, state.limit)), focus = null;
    if (state.focus !== null && keep.has(state.focus)) {
      focus = neighbourhood(state.focus, state.radius, shown);
      focus.forEach(function (n) { drawn.add(n); });
    }
    var merged = new Map();
    shown.forEach(function (s) {
      if (!drawn.has(s.from) || !drawn.has(s.to)) { return; }
      var key = s.from + ">" + s.to;
      if (!merged.has(key)) { merged.set(key, []); }
      merged.get(key).push(s);
    });
    return {shown: shown, kept: kept, keep: keep, drawn: drawn, focus: focus,
            merged: merged, degree: degree};
  }

  // --- what vis-network draws --------------------------------------------------------------
  function nodeTitle(n, degree) {
    return n.label + "\n" + n.type + (n.country ? " \u00b7 " + n.country : "") + "\n" +
      degree + " statements shown (" + n.mentions + " in all)";
  }
  function edgeLabel(list) {
    var rel = Array.from(new Set(list.map(function (s) { return s.relation; }))).sort();
    return rel.length === 1 ? rel[0] : rel[0] + " (+" + (list.length - 1) + ")";
  }
  function edgeTitle(list) {
    var lines = [];
    list.slice(0, 5).forEach(function (s) {
      lines.push((s.negated ? "NOT " : "") + s.relation + " [" + s.class + "] " + (s.date || "") +
                 " (confidence " + s.confidence.toFixed(2) + ")");
      lines.push("  \u201c" + DATA.sentences[s.sentence] + "\u201d");
      var art = DATA.articles[s.article];
      if (art.title) { lines.push("  \u2014 " + art.title); }
    });
    if (list.length > 5) { lines.push("\u2026 and " + (list.length - 5) + " more statements"); }
    return lines.join("\n");
  }
  function visNode(n, view) {
    var dim = view.focus !== null && !view.focus.has(n.id);
    var colour = (STYLE.types[n.type] || STYLE.types.Entity)[0];
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, title: nodeTitle(n, view.degree[n.id]),
      shape: (STYLE.types[n.type] || STYLE.types.Entity)[1],
      color: dim ? {background: "#e8eaec", border: "#d3d7da"} : {background: colour, border: colour},
      font: {color: dim ? "#c2c6ca" : "#222222"}
    };
  }
  function visEdge(key, list, view) {
    var s0 = list[0];
    var dim = view.focus !== null && !(view.focus.has(s0.from) && view.focus.has(s0.to));
    var colour = quadColour(mainQuad(list));
    var edge = {
      id: key, from: s0.from, to: s0.to, hoverLabel: edgeLabel(list), title: edgeTitle(list),
      color: dim ? {color: "#e3e6e8", highlight: "#e3e6e8", hover: "#e3e6e8"} :
        {color: colour, highlight: colour, hover: colour},
      width: 1 + Math.min(list.length, 8),
      // a pair linked both ways gets two curves, one each side, instead of one line
      smooth: view.merged.has(s0.to + ">" + s0.from) && s0.to !== s0.from ?
        {enabled: true, type: "curvedCW", roundness: 0.15} : {enabled: false}
    };
    if (state.zoomLabels) { edge.label = edge.hoverLabel; }
    return edge;
  }
  function sync(set, items) {
    var want = new Set(items.map(function (i) { return i.id; }));
    set.remove(set.getIds().filter(function (id) { return !want.has(id); }));
    set.update(items);
  }

  function render() {
    var view = current = compute();
    sync(nodes, Array.from(view.drawn).sort(function (a, b) { return a - b; }).map(function (id) {
      return visNode(N[id], view);
    }));
    var list = [];
    view.merged.forEach(function (statements, key) { list.push(visEdge(key, statements, view)); });
    sync(edges, list);
    showStatus(view);
    showPanel();
    document.body.setAttribute("data-kg-nodes", String(nodes.length));
    document.body.setAttribute("data-kg-edges", String(edges.length));
  }

  function showStatus(view) {
    var edgesShown = 0;
    view.merged.forEach(function (list) { edgesShown += list.length; });
    $("kg-status").textContent = view.drawn.size + " of " + view.kept.length + " actors, " +
      edgesShown + " of " + view.shown.length + " statements (" + S.length + " in the page)";
    var left = view.kept.length - Math.min(state.limit, view.kept.length);
    $("kg-more").disabled = $("kg-all").disabled = left <= 0;
    $("kg-more").textContent = left > 0 ? "show " + Math.min(DATA.top, left) + " more" : "show more";
  }

  // --- the evidence panel (evidence.js) --------------------------------------------------
  function selectedStatements() {
    var sel = state.selected;
    if (!sel || !current) { return []; }
    return current.shown.filter(function (s) {
      return sel.kind === "node" ? s.from === sel.id || s.to === sel.id :
        s.from + ">" + s.to === sel.id;
    });
  }
  function showPanel() {
    var sel = state.selected;
    if (!sel) { evidence.clear(); return; }
    var title = sel.kind === "node" ? N[sel.id].label :
      N[+sel.id.split(">")[0]].label + " \u2192 " + N[+sel.id.split(">")[1]].label;
    evidence.show(title, selectedStatements());
  }

  // --- controls ----------------------------------------------------------------------------
  function checkboxes(box, values, counts, chosen, swatch) {
    values.forEach(function (value) {
      var label = el("label"), input = el("input");
      input.type = "checkbox";
      input.value = value;
      input.checked = true;
      chosen.add(value);
      input.addEventListener("change", function () {
        if (input.checked) { chosen.add(value); } else { chosen.delete(value); }
        render();
      });
      label.appendChild(input);
      if (swatch) {
        var sw = el("span", "kg-swatch");
        sw.style.background = swatch(value);
        label.appendChild(sw);
      }
      label.appendChild(document.createTextNode(value + " (" + (counts.get(value) || 0) + ")"));
      box.appendChild(label);
    });
    var toggle = document.querySelector('.kg-toggle[data-group="' + box.id + '"]');
    [["all", true], ["none", false]].forEach(function (pair) {
      var a = el("a", null, pair[0]);
      a.addEventListener("click", function () {
        box.querySelectorAll("input").forEach(function (input) {
          input.checked = pair[1];
          if (pair[1]) { chosen.add(input.value); } else { chosen.delete(input.value); }
        });
        render();
      });
      toggle.appendChild(a);
    });
  }

  // edges are coloured by the quad class most of their statements have
  function setUpLegend() {
    QUADS.concat([NONE]).forEach(function (quad) {
      var item = el("span"), line = el("span", "kg-line");
      line.style.background = quadColour(quad);
      item.appendChild(line);
      item.appendChild(document.createTextNode(quad));
      $("kg-edge-legend").appendChild(item);
    });
  }

  function setUpFilters() {
    setUpLegend();
    var types = count(N.map(function (n) { return n.type; }));
    checkboxes($("kg-types"), Object.keys(STYLE.types).filter(function (t) { return types.has(t); }),
               types, state.types, function (t) { return STYLE.types[t][0]; });
    var quads = count(S.map(quadOf));
    checkboxes($("kg-quads"), QUADS.concat([NONE]), quads, state.quads, quadColour);
    var classes = count(S.map(function (s) { return s.class; }));
    checkboxes($("kg-classes"), Array.from(classes.keys()).sort(), classes, state.classes, null);

    var from = $("kg-date-from"), to = $("kg-date-to");
    from.max = to.max = String(Math.max(DATES.length - 1, 0));
    from.value = "0";
    to.value = to.max;
    from.disabled = to.disabled = DATES.length < 2;
    function dates(moved) {
      state.from = +from.value;
      state.to = +to.value;
      if (state.from > state.to) {  // the handles push each other
        if (moved === from) { state.to = state.from; to.value = from.value; } else {
          state.from = state.to; from.value = to.value;
        }
      }
      $("kg-dates-text").textContent = DATES.length ?
        DATES[state.from] + " to " + DATES[state.to] + " (undated statements always shown)" :
        "no dated statements";
    }
    dates(null);
    [from, to].forEach(function (input) {
      input.addEventListener("input", function () { dates(input); render(); });
    });
    $("kg-confidence").addEventListener("input", function (e) {
      state.confidence = +e.target.value;
      $("kg-confidence-text").textContent = state.confidence.toFixed(2);
      render();
    });
    $("kg-min-mentions").addEventListener("input", function (e) {
      state.minMentions = Math.max(1, Math.floor(+e.target.value) || 1);
      render();
    });
    $("kg-more").addEventListener("click", function () {
      state.limit += DATA.top;
      render();
      fit(null);
    });
    $("kg-all").addEventListener("click", function () {
      state.limit = N.length;
      render();
      fit(null);
    });
  }

  function findNode(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) { return null; }
    var exact = N.filter(function (n) { return n.label.toLowerCase() === wanted; });
    if (exact.length) { return exact[0]; }
    var part = N.filter(function (n) { return n.label.toLowerCase().indexOf(wanted) >= 0; });
    return part.length === 1 ? part[0] : null;
  }

  function focus(node) {
    state.focus = node === null ? null : node.id;
    state.selected = node === null ? state.selected : {kind: "node", id: node.id};
    render();
    if (node !== null) {
      network.selectNodes([node.id]);
      fit(Array.from(current.focus || [node.id]));
    }
  }

  function setUpSearch() {
    var names = $("kg-names");
    N.map(function (n) { return n.label; }).sort().forEach(function (label) {
      var opt = el("option");
      opt.value = label;
      names.appendChild(opt);
    });
    var status = $("kg-find-status");
    function go() {
      var node = findNode($("kg-find").value);
      if (node === null) { status.textContent = "no such actor in this page"; return; }
      if (!current.keep.has(node.id)) {
        status.textContent = node.label + " is hidden by the filters";
        return;
      }
      status.textContent = "";
      focus(node);
    }
    $("kg-find").addEventListener("change", go);
    $("kg-find").addEventListener("keydown", function (e) { if (e.key === "Enter") { go(); } });
    $("kg-radius").addEventListener("change", function (e) {
      state.radius = +e.target.value;
      if (state.focus !== null) { focus(N[state.focus]); }
    });
    $("kg-clear").addEventListener("click", function () {
      $("kg-find").value = "";
      status.textContent = "";
      focus(null);
      fit(null);
    });
  }

  // --- edge labels: on hover, and for every drawn edge once zoomed in ----------------------
  function zoomLabels() {
    var on = network.getScale() >= ZOOM_LABELS;
    if (on === state.zoomLabels) { return; }
    state.zoomLabels = on;
    // " ", not "" or null: vis-network keeps drawing an old label set to those
    edges.update(edges.get().map(function (e) { return {id: e.id, label: on ? e.hoverLabel : " "}; }));
  }
  function fit(ids) {
    network.fit({nodes: ids || [], animation: false});
    zoomLabels();
  }

  function start() {
    setUpFilters();
    nodes = new vis.DataSet([]);
    edges = new vis.DataSet([]);
    network = new vis.Network($("mynetwork"), {nodes: nodes, edges: edges}, {
      nodes: {font: {size: 16, strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1},
      edges: {arrows: {to: {enabled: true, scaleFactor: 0.6}}, selectionWidth: 2,
              font: {size: 10, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff"}},
      physics: {enabled: false},
      layout: {improvedLayout: false},
      interaction: {hover: true, tooltipDelay: 150}
    });
    render();
    setUpSearch();
    network.on("hoverEdge", function (e) {
      edges.update({id: e.edge, label: edges.get(e.edge).hoverLabel});
    });
    network.on("blurEdge", function (e) {
      if (!state.zoomLabels && edges.get(e.edge)) { edges.update({id: e.edge, label: " "}); }
    });
    network.on("zoom", zoomLabels);
    network.on("click", function (e) {
      state.selected = e.nodes.length ? {kind: "node", id: e.nodes[0]} :
        e.edges.length ? {kind: "edge", id: e.edges[0]} : null;
      showPanel();
    });
    network.once("afterDrawing", function () { document.body.setAttribute("data-kg-drawn", "1"); });
    fit(null);
  }
  start();
})();
