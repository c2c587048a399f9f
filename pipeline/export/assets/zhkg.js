/* zhkg graph page: builds the vis-network view from the embedded JSON payload.
 *
 * Every string that came from a document is put into the DOM with textContent
 * (never innerHTML), so hostile labels or evidence cannot run. The page makes
 * no network request. State is exposed on window.zhkg for tests and for users
 * scripting the page from the console.
 */
(function () {
  "use strict";

  var payload = JSON.parse(document.getElementById("zhkg-data").textContent);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // A tooltip as a DOM element: vis-network appends Elements as they are,
  // which keeps document text out of any HTML parser.
  function tooltipElement(tip) {
    var box = el("div", "zhkg-tip");
    box.appendChild(el("div", "zhkg-tip-head", tip.head));
    var table = el("table");
    tip.rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (tip.evidence.length) {
      box.appendChild(el("div", "zhkg-tip-head", "Evidence"));
      var list = el("ol");
      tip.evidence.forEach(function (item) {
        var li = el("li", null, item[0]);
        if (item[1]) {
          li.appendChild(el("div", "zhkg-ref", item[1]));
        }
        list.appendChild(li);
      });
      box.appendChild(list);
      if (tip.more > 0) {
        box.appendChild(el("div", "zhkg-more", "+" + tip.more + " more"));
      }
    }
    return box;
  }

  function withTooltips(items) {
    return items.map(function (item) {
      var copy = Object.assign({}, item);
      copy.title = tooltipElement(item.tip);
      delete copy.tip;
      return copy;
    });
  }

  var nodes = new vis.DataSet(withTooltips(payload.nodes));
  var edges = new vis.DataSet(withTooltips(payload.edges));
  var container = document.getElementById("zhkg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  var progress = document.getElementById("zhkg-progress");

  var state = {
    network: network,
    nodes: nodes,
    edges: edges,
    stabilized: false,
    search: search,
    findNode: findNode
  };
  window.zhkg = state;

  function markStabilized() {
    if (state.stabilized) { return; }
    state.stabilized = true;
    progress.textContent = "Layout done.";
    document.body.setAttribute("data-stabilized", "true");
  }

  // Freeze the layout once it has settled: a page that keeps moving is hard
  // to read, and the positions stay the same between reloads (fixed seed).
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    markStabilized();
  });
  network.on("stabilizationProgress", function (params) {
    progress.textContent = "Laying out the graph… " + Math.round(100 * params.iterations / params.total) + "%";
  });
  if (payload.nodes.length === 0) {
    markStabilized();
  }

  function normalise(text) {
    return String(text).normalize("NFKC").trim().toLowerCase();
  }

  var index = payload.nodes.map(function (node, order) {
    return { id: node.id, order: order, mentions: node.mentions || 0, keys: node.search.map(normalise) };
  });

  // Best match for a query: an exact name beats a prefix beats a substring;
  // ties go to the most-mentioned node, then to the (sorted) payload order.
  function findNode(query) {
    var q = normalise(query);
    if (!q) { return null; }
    var best = null;
    index.forEach(function (entry) {
      var rank = 0;
      entry.keys.forEach(function (key) {
        if (key === q) { rank = Math.max(rank, 3); }
        else if (key.indexOf(q) === 0) { rank = Math.max(rank, 2); }
        else if (key.indexOf(q) > 0) { rank = Math.max(rank, 1); }
      });
      if (rank === 0) { return; }
      if (best === null || rank > best.rank ||
          (rank === best.rank && entry.mentions > best.entry.mentions)) {
        best = { rank: rank, entry: entry };
      }
    });
    return best === null ? null : best.entry.id;
  }

  var status = document.getElementById("zhkg-status");

  function search(query) {
    var id = findNode(query);
    if (id === null) {
      network.unselectAll();
      status.className = "zhkg-miss";
      status.textContent = "not found";
      return null;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    status.className = "zhkg-hit";
    status.textContent = "found: " + nodes.get(id).fullLabel;
    return id;
  }

  document.getElementById("zhkg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("zhkg-query").value);
  });
})();
