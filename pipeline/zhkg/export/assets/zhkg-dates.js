/* zhkg graph page: the date filter, on a page whose drawn relations carry two days or more.
 *
 * It runs after zhkg.js, on what that exposes as window.zhkg, and leaves it as it is (an undated page carries
 * zhkg.js alone, byte for byte). An edge is in the range [From, To] when one of its days is (payload.dates,
 * edge.days), or, for a span (edge.daySpan: a co-mention of more documents than the graph lists), when the span
 * meets it, as `zhkg query … --since/--until` reads them; an undated edge is always in it. A dated document is
 * in it by its own day. A node is hidden by the range when it has a dated edge or day and neither an edge in the
 * range nor a day in it: a node with no date at all stays shown. An empty box leaves that end open.
 *
 * The types' and relations' checkboxes hide as before: zhkg.applyFilters (their filter) runs first and this one
 * hides what the range leaves out on top of it, after every change of theirs (the listeners below are the
 * document's, so they run after the page's own). A search or a link that selects a node the range hides shows
 * every date again, as a search switches the type of a node it finds back on.
 *
 * While a range is set, each count of the legend and of the Relations list reads "12 of 40": the nodes of that type
 * and the relations of that kind the range leaves, of the page's. A count follows the range alone, as the page's
 * own counts ignore the checkboxes (an unchecked type still counts its nodes), so a checkbox and a range give the
 * same numbers in either order; "All dates" puts the page's counts back as they were. After a change of the range
 * the view is fitted to the nodes it leaves shown (vis-network's fit, no animation); the nodes stay where they
 * are. A search that shows every date again does not refit: it centres the node it found.
 */
(function () {
  "use strict";

  var zhkg = window.zhkg;
  var payload = JSON.parse(document.getElementById("zhkg-data").textContent);
  var days = payload.dates;
  var since = document.getElementById("zhkg-since");
  var until = document.getElementById("zhkg-until");
  var inRangeStatus = document.getElementById("zhkg-in-range");
  var visibleStatus = document.getElementById("zhkg-visible");

  var edgeDays = {}, nodeDay = {}, incident = {};
  payload.edges.forEach(function (edge) {
    if (edge.days) { edgeDays[edge.id] = { days: edge.days, span: Boolean(edge.daySpan) }; }
    [edge.from, edge.to].forEach(function (end) { (incident[end] = incident[end] || []).push(edge.id); });
  });
  payload.nodes.forEach(function (node) { if (node.day !== undefined) { nodeDay[node.id] = node.day; } });
  var datedEdges = Object.keys(edgeDays).length;

  // The range as indices into the days: [low, high], an empty box the first or the last day.
  function bounds() {
    var low = 0, high = days.length - 1;
    if (since.value) { while (low < days.length && days[low] < since.value) { low += 1; } }
    if (until.value) { while (high >= 0 && days[high] > until.value) { high -= 1; } }
    return [low, high];
  }

  function edgeInRange(id, range) {
    var dated = edgeDays[id];
    if (!dated) { return true; }
    if (dated.span) { return dated.days[0] <= range[1] && dated.days[dated.days.length - 1] >= range[0]; }
    return dated.days.some(function (day) { return day >= range[0] && day <= range[1]; });
  }

  // Whether the range hides a node: it has a date (its own or an edge's) and none in the range.
  function nodeOutOfRange(id, range) {
    var own = nodeDay[id];
    if (own !== undefined) { return own < range[0] || own > range[1]; }
    var edgeIds = incident[id] || [];
    if (!edgeIds.some(function (edgeId) { return edgeDays[edgeId]; })) { return false; }
    return !edgeIds.some(function (edgeId) { return edgeInRange(edgeId, range); });
  }

  function whole() {
    return (!since.value || since.value <= days[0]) && (!until.value || until.value >= days[days.length - 1]);
  }

  // The legend's and the Relations list's rows, each with the page's count in data-count.
  var countRows = Array.prototype.slice.call(document.querySelectorAll("#zhkg-legend li, #zhkg-relations li"));

  // How many nodes of each type and relations of each kind the range leaves ("type " and "relation " keys): a
  // relation is left when it is in the range and neither end is hidden by it (vis-network draws no edge whose end
  // is hidden).
  function countInRange(range) {
    var left = {}, nodeLeft = {};
    payload.nodes.forEach(function (node) {
      nodeLeft[node.id] = !nodeOutOfRange(node.id, range);
      if (nodeLeft[node.id]) { left["type " + node.type] = (left["type " + node.type] || 0) + 1; }
    });
    payload.edges.forEach(function (edge) {
      if (edgeInRange(edge.id, range) && nodeLeft[edge.from] && nodeLeft[edge.to]) {
        left["relation " + edge.kind] = (left["relation " + edge.kind] || 0) + 1;
      }
    });
    return left;
  }

  // Each count as "12 of 40" while a range is set (`range` null: none), the page's own count again without one.
  function showCounts(range) {
    var left = range ? countInRange(range) : {};
    countRows.forEach(function (row) {
      var count = row.querySelector(".zhkg-count");
      var total = row.getAttribute("data-count");
      if (!range) {
        count.textContent = total;
        count.removeAttribute("title");
        row.removeAttribute("data-in-range");
        return;
      }
      var type = row.getAttribute("data-type");
      var shown = left[type !== null ? "type " + type : "relation " + row.getAttribute("data-relation")] || 0;
      count.textContent = shown + " of " + total;
      count.title = shown + " of the page's " + total + " in the date range";
      row.setAttribute("data-in-range", String(shown));
    });
  }

  // The view fitted to the nodes shown, their places kept; before the layout is done its own fit does it (vis-network
  // fits the nodes not hidden), and with no node shown there is nothing to fit.
  function fitShown() {
    var shown = zhkg.visibleNodeIds();
    if (zhkg.stabilized && shown.length) { zhkg.network.fit({ nodes: shown, animation: false }); }
  }

  function clearPanel() {  // as zhkg.js clears it: the panel speaks of a node or an edge no longer drawn
    var body = document.getElementById("zhkg-panel-body");
    body.textContent = "";
    body.removeAttribute("data-node");
    body.removeAttribute("data-edge");
    document.getElementById("zhkg-panel-hint").hidden = false;
  }

  // Hide what the range leaves out of what the types' and relations' filter shows; the number of nodes hidden.
  function hideOutOfRange(range) {
    var nodeChanges = [], edgeChanges = [];
    zhkg.nodes.forEach(function (node) {
      if (!node.hidden && nodeOutOfRange(node.id, range)) { nodeChanges.push({ id: node.id, hidden: true }); }
    });
    zhkg.edges.forEach(function (edge) {
      if (!edge.hidden && !edgeInRange(edge.id, range)) { edgeChanges.push({ id: edge.id, hidden: true }); }
    });
    if (nodeChanges.length) { zhkg.nodes.update(nodeChanges); }
    if (edgeChanges.length) { zhkg.edges.update(edgeChanges); }
    return nodeChanges.length;
  }

  function applyDates() {
    var range = bounds();
    zhkg.applyFilters();  // the types' and relations' own filter: every node and edge as they say
    if (hideOutOfRange(range)) {
      // once more, so that zhkg.js, finding nodes to show, labels the headlines again (at its next turn, when
      // the range has hidden them again): a label left out for covering a node the range hides comes back
      zhkg.applyFilters();
      hideOutOfRange(range);
    }
    var shownDated = 0;
    var network = zhkg.network;
    var selected = network.getSelectedNodes();
    var stillShown = selected.filter(function (id) { return !zhkg.nodes.get(id).hidden; });
    if (stillShown.length !== selected.length) { network.selectNodes(stillShown); }
    var body = document.getElementById("zhkg-panel-body");
    var inPanel = body.getAttribute("data-node"), edgeInPanel = body.getAttribute("data-edge");
    var nodeIds = zhkg.visibleNodeIds(), edgeIds = zhkg.visibleEdgeIds();
    if ((inPanel && nodeIds.indexOf(inPanel) < 0) || (edgeInPanel && edgeIds.indexOf(edgeInPanel) < 0)) {
      clearPanel();
    }
    edgeIds.forEach(function (id) { if (edgeDays[id]) { shownDated += 1; } });
    visibleStatus.textContent = "Showing " + nodeIds.length + " of " + zhkg.nodes.length + " nodes and " +
      edgeIds.length + " of " + zhkg.edges.length + " edges.";
    var count = range[1] - range[0] + 1;
    var parts = range[0] > range[1] ? ["No day in this range"] : whole() ? ["All " + days.length + " days"] :
      ["In range: ", [days[range[0]]], " to ", [days[range[1]]], " (" + count + " of " + days.length + " days)"];
    inRangeStatus.textContent = "";
    parts.concat(["; " + shownDated + " of " + datedEdges + " dated edges shown."]).forEach(function (part) {
      // a day in a span of its own, never broken at its hyphens
      var day = typeof part === "string" ? null : document.createElement("span");
      if (day) { day.className = "zhkg-day"; day.textContent = part[0]; }
      inRangeStatus.appendChild(day || document.createTextNode(part));
    });
    zhkg.dateRange = range[0] > range[1] ? null : [days[range[0]], days[range[1]]];
    showCounts(whole() ? null : range);
  }

  // A change of the range: what it leaves, counted and fitted to the view.
  function changeRange() {
    applyDates();
    fitShown();
  }

  // The range from `low` to `high` (an empty or missing end: open); `fit` false keeps the view as it is.
  function setRange(low, high, fit) {
    since.value = low || "";
    until.value = high || "";
    if (fit === false) { applyDates(); } else { changeRange(); }
  }

  function resetDates(fit) {
    setRange(days[0], days[days.length - 1], fit);
  }

  // After a search or a link selected a node: one the range hides is shown with every date, and the view is left
  // to the search's focus on it.
  function afterSelect() {
    var range = bounds();
    if (zhkg.network.getSelectedNodes().some(function (id) { return nodeOutOfRange(id, range); })) {
      resetDates(false);
    } else {
      applyDates();
    }
  }

  since.addEventListener("input", changeRange);
  until.addEventListener("input", changeRange);
  document.getElementById("zhkg-all-dates").addEventListener("click", function () { resetDates(); });
  document.addEventListener("change", function (event) {
    if (event.target.closest("#zhkg-legend, #zhkg-relations")) { applyDates(); }
  });
  document.addEventListener("click", function (event) {
    var target = event.target.closest("button");
    if (!target) { return; }
    if (target.id === "zhkg-reset") { resetDates(); }  // "Show all": every date too, fitted
    else if (target.classList.contains("zhkg-only")) { applyDates(); }
    else if (target.classList.contains("zhkg-link")) { afterSelect(); }
  });
  document.getElementById("zhkg-search").addEventListener("submit", afterSelect);

  zhkg.dates = days;
  zhkg.setDateRange = setRange;
  zhkg.resetDates = function () { resetDates(); };
  zhkg.applyDates = applyDates;
  applyDates();
})();
