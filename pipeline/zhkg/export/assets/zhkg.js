/* zhkg graph page: builds the vis-network view from the embedded JSON payload.
 *
 * Every string that came from a document is put into the DOM with textContent
 * (never innerHTML), so hostile labels or evidence cannot run. The page makes
 * no network request. State is exposed on window.zhkg for tests and for users
 * scripting the page from the console.
 *
 * Filters hide nodes (by type) and edges (by relation kind) through the
 * DataSets' "hidden" flag rather than removing them, so a node keeps its
 * place in the frozen layout when it is shown again.
 *
 * Once the layout is done and fitted, the biggest entities ("headline" nodes)
 * get a label font large enough to read at that zoom: vis-network skips any
 * label smaller than a few pixels on screen, which on a large graph is all of
 * them. The font follows the zoom (read after every drawing), so zoomed in, a
 * headline's label is no bigger than any other's, and zoomed out past the
 * fitted view it shrinks with the drawing instead of covering it. A headline
 * whose label would overlap a bigger headline's label or dot hangs it above
 * its dot instead; when both places are covered it is drawn as any
 * other node (its label hidden while the zoom is too small to read it), and
 * at first sight (while the headlines are enlarged, or at the fitted zoom) a
 * label that a headline's or a bigger node's would cover is not drawn: no two
 * labels shown at first sight overlap. Before that, a node whose dot
 * or label (at the page's font) lies on a bigger node's dot is moved to the
 * nearest place clear of every bigger dot (clearBiggerDots).
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

  function rowsTable(rows) {
    var table = el("table");
    rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    return table;
  }

  // A tooltip as a DOM element: vis-network appends Elements as they are,
  // which keeps document text out of any HTML parser.
  function tooltipElement(tip) {
    var box = el("div", "zhkg-tip");
    box.appendChild(el("div", "zhkg-tip-head", tip.head));
    box.appendChild(rowsTable(tip.rows));
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
      delete copy.panel;
      return copy;
    });
  }

  var byId = {}, edgeById = {};
  payload.nodes.forEach(function (node) { byId[node.id] = node; });
  payload.edges.forEach(function (edge) { edgeById[edge.id] = edge; });

  var nodes = new vis.DataSet(withTooltips(payload.nodes));
  var edges = new vis.DataSet(withTooltips(payload.edges));
  var container = document.getElementById("zhkg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  var progress = document.getElementById("zhkg-progress");

  var state = {
    network: network,
    nodes: nodes,
    edges: edges,
    omitted: payload.omitted,
    stabilized: false,
    search: search,
    findNode: findNode,
    findNodes: findNodes,
    select: select,
    showPanel: showPanel,
    showEdgePanel: showEdgePanel,
    applyFilters: applyFilters,
    resetFilters: resetFilters,
    visibleNodeIds: visibleNodeIds,
    visibleEdgeIds: visibleEdgeIds
  };
  window.zhkg = state;

  // Pixels on screen a headline label gets at the fitted zoom.
  var HEADLINE_PX = 15;
  // vis-network draws a label from this many pixels on screen (scaling.label.drawThreshold 5, less 1) ...
  var LABEL_MIN_PX = 4;
  // ... so a label given this font is not drawn at any zoom it is given at
  var UNDRAWN = 1;
  var baseFont = payload.options.nodes.font.size;
  var fontFace = payload.options.nodes.font.face;
  // Biggest first (the sort is stable: ties keep the payload's order), so a bigger entity keeps its label.
  var headlines = payload.nodes.filter(function (node) { return node.headline; })
    .sort(function (a, b) { return b.size - a.size; });
  var fonts = {};  // "size outlined" of each node whose label is not drawn as options.nodes.font says
  var widths = {};  // each label's width at a 100px font (widths grow with the font)
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = "100px " + fontFace;

  var labelledScale = null;
  var fittedScale = null;

  // A label's width at a 100px font, measured once.
  function labelWidth(node) {
    if (!(node.id in widths)) { widths[node.id] = measure.measureText(node.label).width; }
    return widths[node.id];
  }

  // A dot's label hangs below it, centred: its box in the drawing's units at a font of `size` (vis-network
  // puts its top half a line and 4 units below the dot; the box has a tenth of a line to spare).
  function labelBox(node, at, size) {
    var half = labelWidth(node) * size / 200;
    var top = at.y + node.size + size / 2 + 4;
    return { left: at.x - half, right: at.x + half, top: top - size / 20, bottom: top + 1.05 * size };
  }

  // How far a label hung above its dot is lifted (a font's vadjust): labelBox mirrored about the dot's centre.
  function liftAbove(node, size) {
    return -(2 * node.size + 2 * size + 8);
  }

  function lifted(box, lift) {
    return { left: box.left, right: box.right, top: box.top + lift, bottom: box.bottom + lift };
  }

  function dotBox(node, at) {
    return { left: at.x - node.size, right: at.x + node.size, top: at.y - node.size, bottom: at.y + node.size };
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function ids(list) {
    return list.map(function (node) { return node.id; });
  }

  // Units kept between a dot and the dot or label of a smaller node once the layout has settled.
  var DOT_GAP = 2;
  // The step (in units) a node is moved by when clearing the bigger dots, and the most steps it is moved.
  var CLEAR_STEP = 3;
  var CLEAR_STEPS = 100;

  // Half the width of a node's label at the page's font.
  function labelHalf(node) {
    return labelWidth(node) * baseFont / 200;
  }

  // Whether the node at `p` has its dot or its label (at the page's font: labelBox's, computed in place, as this
  // runs for every pair of a large page's nodes) on the bigger dot of `big` at `q`, DOT_GAP units apart or less.
  function onBiggerDot(node, p, big, q) {
    var dx = p.x - q.x;
    var dy = p.y - q.y;
    var reach = node.size + big.size + DOT_GAP;
    if (dx * dx + dy * dy < reach * reach) { return true; }
    var half = labelHalf(node);
    var top = p.y + node.size + baseFont / 2 + 4;
    // the label box's point nearest the dot's centre
    var nx = Math.max(p.x - half, Math.min(q.x, p.x + half));
    var ny = Math.max(top - baseFont / 20, Math.min(q.y, top + 1.05 * baseFont));
    var radius = big.size + DOT_GAP;
    return (q.x - nx) * (q.x - nx) + (q.y - ny) * (q.y - ny) < radius * radius;
  }

  // The first of the first `count` of `others` whose dot the dot or label of `node` at `p` lies on.
  function dotUnder(node, p, others, count, at) {
    for (var j = 0; j < count; j += 1) {
      if (onBiggerDot(node, p, others[j], at[others[j].id])) { return others[j]; }
    }
    return null;
  }

  // Once the layout has settled, a node whose dot or label lies on the dot of a bigger node (or of one as big,
  // before it in the payload) is moved to the nearest place clear of every such dot: looked for straight away
  // from that dot first, then turning a sixteenth of a circle at a time, each a step further out. vis-network
  // draws every label over every dot, so a name on a dot reads as that dot's (the 40-node page of 100 articles
  // wrote 台湾 on 中国), and a dot on a bigger one hides half of it. The nodes are taken biggest first and a node
  // never moves for a smaller one, so each moves once, to where every bigger dot is already for good; one with
  // no clear place within reach stays. Deterministic: the layout is seeded, and ties keep the payload's order.
  function clearBiggerDots() {
    var all = payload.nodes.slice().sort(function (a, b) { return b.size - a.size; });
    var at = network.getPositions(ids(all));
    var moved = {};
    var reach = CLEAR_STEP * CLEAR_STEPS;
    all.forEach(function (node, i) {
      var p = at[node.id];
      var big = dotUnder(node, p, all, i, at);
      if (big === null) { return; }
      // the dots a place within reach may lie on (a label is at most a few hundred units wide)
      var far = reach + 2 * node.size + labelHalf(node) + 2 * baseFont + all[0].size + DOT_GAP;
      var near = all.slice(0, i).filter(function (other) {
        var q = at[other.id];
        return Math.abs(q.x - p.x) < far && Math.abs(q.y - p.y) < far;
      });
      var q = at[big.id];
      // straight down when the two centres meet: the label hangs below its dot
      var away = p.x === q.x && p.y === q.y ? Math.PI / 2 : Math.atan2(p.y - q.y, p.x - q.x);
      for (var step = 1; step <= CLEAR_STEPS; step += 1) {
        for (var turn = 0; turn < 16; turn += 1) {
          // 0, +1, -1, +2, -2 … sixteenths of a circle from the way away
          var angle = away + (turn % 2 === 0 ? -1 : 1) * Math.ceil(turn / 2) * Math.PI / 8;
          var to = { x: p.x + Math.cos(angle) * CLEAR_STEP * step, y: p.y + Math.sin(angle) * CLEAR_STEP * step };
          if (dotUnder(node, to, near, near.length, at) === null) {
            at[node.id] = to;
            moved[node.id] = true;
            return;
          }
        }
      }
    });
    Object.keys(moved).sort().forEach(function (id) { network.moveNode(id, at[id].x, at[id].y); });
    state.clearedNodes = Object.keys(moved).sort();
  }

  // The headlines' fonts at the present zoom, and the labels they hide: a headline whose label would cover a
  // bigger headline's label or dot hangs it above its dot (a font's vadjust), or where that too is covered is
  // drawn as any other node, and at first sight another node's label that a
  // kept label (a headline's, or a bigger node's) would cover (drawn only when the zoom makes it big enough) is
  // not drawn.
  function labelHeadlines() {
    var scale = network.getScale();
    if (!(scale > 0) || scale === labelledScale) { return; }
    labelledScale = scale;
    if (fittedScale === null) { fittedScale = scale; }
    // zoomed out past the fitted view, the font stops growing: the labels shrink with the drawing
    var size = Math.max(baseFont, HEADLINE_PX / Math.max(scale, fittedScale));
    var shown = headlines.filter(function (node) { return nodeShown(node.id); });
    var at = network.getPositions(ids(shown));
    var taken = [];
    var kept = [];
    var want = {};
    var large = [];
    shown.forEach(function (node) {
      var below = labelBox(node, at[node.id], size);
      var lift = liftAbove(node, size);
      // below its dot, else, while enlarged, above it: two big dots side by side (美国 and 西班牙) left the smaller
      // unnamed at first sight (zoomed in, every label hangs below its dot, clear of bigger dots: clearBiggerDots)
      var places = size > baseFont ? [below, lifted(below, lift)] : [below];
      var box = places.filter(function (place) {
        return !taken.some(function (other) { return overlaps(place, other); });
      })[0];
      if (box) {
        taken.push(box);
        kept.push(box);
        large.push(node.id);
        // a white outline keeps the letters readable over what they cross
        want[node.id] = size + " outlined" + (box === below ? "" : " " + lift);
      }
      taken.push(dotBox(node, at[node.id]));
    });
    // At first sight (the headlines enlarged, or the fitted zoom) every other label vis-network draws is kept
    // only if it is clear of every label kept before it, biggest first (ties in the payload's order): the seed
    // page wrote a headline-sized document's title over another's and over 中國氣象局. Zoomed in past that, every
    // label is drawn again (a label is in the drawing's units: two that meet meet at any zoom, and the reader
    // zoomed in to read).
    if ((size > baseFont || scale <= fittedScale) && baseFont * scale >= LABEL_MIN_PX) {
      var others = payload.nodes.filter(function (node) { return !(node.id in want) && nodeShown(node.id); })
        .sort(function (a, b) { return b.size - a.size; });
      var where = network.getPositions(ids(others));
      others.forEach(function (node) {
        var box = labelBox(node, where[node.id], baseFont);
        if (kept.some(function (other) { return overlaps(box, other); })) { want[node.id] = UNDRAWN + " plain"; }
        else { kept.push(box); }
      });
    }
    Object.keys(fonts).forEach(function (id) { if (!(id in want)) { want[id] = baseFont + " plain"; } });
    var updates = [];
    Object.keys(want).forEach(function (id) {
      if (fonts[id] === want[id]) { return; }
      var font = want[id].split(" ");
      var px = Number(font[0]);
      updates.push({ id: id, font: { size: px, strokeWidth: font[1] === "outlined" ? px / 5 : 0, strokeColor: "#ffffff",
                                     vadjust: Number(font[2] || 0) } });
      if (want[id] === baseFont + " plain") { delete fonts[id]; } else { fonts[id] = want[id]; }
    });
    if (updates.length) { nodes.update(updates); }
    state.headlineFont = size;
    state.headlines = large;
    state.undrawnLabels = Object.keys(fonts).filter(function (id) { return fonts[id] === UNDRAWN + " plain"; }).sort();
  }

  // Label the headlines again at the next drawing (a filter or a drag moved what their labels may cover).
  function relabel() {
    labelledScale = null;
    if (state.stabilized) { window.setTimeout(labelHeadlines, 0); }
  }

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
    clearBiggerDots();
    network.fit();
    labelHeadlines();
    markStabilized();
  });
  // A zoom (the wheel, a search's focus, fit) resizes the headlines once it is drawn; the
  // update waits for the drawing to end, as changing nodes while vis-network draws them is unsafe.
  network.on("afterDrawing", function () {
    if (state.stabilized && network.getScale() !== labelledScale) { window.setTimeout(labelHeadlines, 0); }
  });
  network.on("dragEnd", function (params) { if (params.nodes.length) { relabel(); } });
  network.on("stabilizationProgress", function (params) {
    progress.textContent = "Laying out the graph… " + Math.round(100 * params.iterations / params.total) + "%";
  });
  if (payload.nodes.length === 0) {
    markStabilized();
  }

  // ---- Filters: the legend's type checkboxes and the relation checkboxes.

  function boxes(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector + " input[type=checkbox]"));
  }
  var typeBoxes = boxes("#zhkg-legend");
  var relationBoxes = boxes("#zhkg-relations");
  var visibleStatus = document.getElementById("zhkg-visible");

  function checked(list) {
    var on = {};
    list.forEach(function (box) { if (box.checked) { on[box.value] = true; } });
    return on;
  }

  function nodeShown(id) {
    var node = nodes.get(id);
    return Boolean(node) && !node.hidden;
  }

  function visibleNodeIds() {
    return nodes.getIds({ filter: function (node) { return !node.hidden; } });
  }

  // vis-network draws no edge whose end is hidden; count the same way.
  function visibleEdgeIds() {
    return edges.getIds({
      filter: function (edge) { return !edge.hidden && nodeShown(edge.from) && nodeShown(edge.to); }
    });
  }

  function applyFilters() {
    var types = checked(typeBoxes);
    var kinds = checked(relationBoxes);
    var nodeChanges = [];
    var edgeChanges = [];
    nodes.forEach(function (node) {
      var hidden = !types[node.type];
      if (Boolean(node.hidden) !== hidden) { nodeChanges.push({ id: node.id, hidden: hidden }); }
    });
    edges.forEach(function (edge) {
      var hidden = !kinds[edge.kind];
      if (Boolean(edge.hidden) !== hidden) { edgeChanges.push({ id: edge.id, hidden: hidden }); }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    if (nodeChanges.length) { relabel(); }
    var selected = network.getSelectedNodes();
    var stillShown = selected.filter(nodeShown);
    if (stillShown.length !== selected.length) { network.selectNodes(stillShown); }
    // the panel speaks of the selected node: a node filtered out is no longer one (panelBody is unset on the first call)
    var inPanel = panelBody && panelBody.getAttribute("data-node");
    if (inPanel && !nodeShown(inPanel)) { clearPanel(); }
    // and of the clicked edge: one filtered out, or an end of it, is no longer drawn
    var edgeInPanel = panelBody && panelBody.getAttribute("data-edge");
    if (edgeInPanel && visibleEdgeIds().indexOf(edgeInPanel) < 0) { clearPanel(); }
    visibleStatus.textContent = "Showing " + visibleNodeIds().length + " of " + nodes.length + " nodes and " +
      visibleEdgeIds().length + " of " + edges.length + " edges.";
  }

  function resetFilters() {
    typeBoxes.concat(relationBoxes).forEach(function (box) { box.checked = true; });
    applyFilters();
  }

  typeBoxes.concat(relationBoxes).forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  // "only" beside a type or a relation kind: that one alone of its list.
  [["#zhkg-legend", typeBoxes], ["#zhkg-relations", relationBoxes]].forEach(function (list) {
    Array.prototype.forEach.call(document.querySelectorAll(list[0] + " .zhkg-only"), function (button) {
      button.addEventListener("click", function () {
        list[1].forEach(function (box) { box.checked = box.value === button.value; });
        applyFilters();
      });
    });
  });
  document.getElementById("zhkg-reset").addEventListener("click", resetFilters);
  applyFilters();

  // ---- Search: names in either script, aliases, codes and pinyin.

  // Keys as zhkg.query.names.text_key folds them: NFKC, lower case, no whitespace, the dots and dashes that join a
  // transliterated name's parts between two Chinese characters written as one (安娜莱娜•贝尔伯克, 安娜莱娜·贝尔伯克).
  var NAME_JOINER = /([\u3400-\u9fff\uf900-\ufaff])[\u00b7\u2027\u2022\u30fb\-\u2010\u2011\u2013\u2014](?=[\u3400-\u9fff\uf900-\ufaff])/g;

  function normalise(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/\s+/g, "").replace(NAME_JOINER, "$1\u00b7");
  }

  // Pinyin as zhkg.query.names.pinyin_key folds it: letters and digits only, no tones, ü (v) as u, so
  // "Yan Weihong", "yan wei hong", "yanweihong" and "Yán Wéihóng" are one query.
  function pinyinForm(text) {
    return String(text).normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "").replace(/v/g, "u");
  }

  // A query is read as pinyin when it has a Latin letter and no Chinese (or other wide) character.
  var WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\ud840-\ud8bf]/;

  function latinQuery(text) {
    return /[A-Za-z]/.test(text) && !WIDE.test(text);
  }

  // A Traditional query is read in Simplified too, one character for one, so 國務院 finds 国务院.
  var simplifiedOf = payload.simplified || {};

  function simplified(text) {
    // by code point: a character outside the BMP is one, not two UTF-16 units (𠈨, a variant of 作)
    return Array.from(String(text), function (ch) { return simplifiedOf[ch] || ch; }).join("");
  }

  // Then its variant characters folded as zhkg.query.names.variant_query folds them, so 黃栢廸 typed finds
  // 黄柏迪 (OpenCC's t2s keeps 栢 and 廸): the payload holds the folds to characters some key has.
  var variantOf = payload.variants || {};

  function folded(text) {
    return Array.from(String(text), function (ch) { return variantOf[ch] || ch; }).join("");
  }

  // A query without a place's administrative head (高雄 of 高雄市), to find the place named without it: the payload's
  // placeHeads are zhkg.resources.gazetteer.DIVISION_SUFFIXES, cut as its short_forms cuts them (the first head
  // that leaves two characters or more; a head alone is no name). A node's own short forms come cut from Python
  // (node.shorts).
  var placeHeads = payload.placeHeads || [];

  function shortForm(name) {
    if (placeHeads.indexOf(String(name)) >= 0) { return ""; }
    var letters = Array.from(String(name));
    for (var i = 0; i < placeHeads.length; i++) {
      var head = Array.from(placeHeads[i]);
      if (letters.length - head.length >= 2 &&
          letters.slice(letters.length - head.length).join("") === head.join("")) {
        return letters.slice(0, letters.length - head.length).join("");
      }
    }
    return "";
  }

  function shortForms(names) {
    var out = [];
    names.forEach(function (name) {
      var short = normalise(shortForm(name));
      if (short && out.indexOf(short) < 0) { out.push(short); }
    });
    return out;
  }

  // Each node's keys, as `zhkg query … find` has them: names (with the id), aliases, the name's pinyin, the
  // aliases' pinyin; and the name's whole syllables from its start ("hu", "hujin", "hujintao" of "hu jin tao"):
  // a query that ends where a syllable ends ("hu": 胡锦涛, 湖人) is a better start than one that ends inside
  // one (火箭's "huo").
  var index = payload.nodes.map(function (node, order) {
    var sound = {}, syllables = {};
    node.pinyin.forEach(function (key) {
      sound[pinyinForm(key)] = true;
      var start = "";
      key.split(" ").forEach(function (part) {
        start += pinyinForm(part);
        if (start) { syllables[start] = true; }
      });
    });
    (node.sound || []).forEach(function (key) { sound[key] = true; });
    var keys = node.search.map(normalise), names = node.names || 1, written = keys.length - (node.variants || 0);
    return {
      id: node.id, order: order, mentions: node.mentions || 0, document: node.type === "DOCUMENT",
      names: [normalise(node.id)].concat(keys.slice(0, names)), aliases: keys.slice(names, written),
      variants: keys.slice(written),
      place: node.type === "PLACE", shorts: (node.shorts || []).map(normalise),
      sound: Object.keys(sound), aliasSound: node.aliasSound || [], syllables: syllables,
      text: node.code ? keys.concat([normalise(node.code)]) : keys
    };
  });

  function has(keys, q) { return keys.indexOf(q) >= 0; }

  function begins(keys, q) { return keys.some(function (key) { return key.indexOf(q) === 0; }); }

  function within(keys, q) { return keys.some(function (key) { return key.indexOf(q) > 0; }); }

  // Every node a query finds, best first, in `zhkg query … find`'s order (zhkg.query.names.match_order): a whole
  // name (0), alias (1), a name or alias with its variant characters folded, or the query so folded (2), a place's
  // short form (3: 台中 for 臺中市, or 高雄市 for the place named 高雄), pinyin of the name (4) or of an alias (5), then
  // the start of a pinyin key (6; one of whole syllables of the name first).
  // Then, which find does not list, the start of a name, alias or code in characters (7) and a key's middle (8).
  // Ties: entities before documents, more mentions, the (sorted) payload order.
  function findNodes(query) {
    var q = normalise(query);
    if (!q) { return []; }
    var s = normalise(simplified(query));
    var v = folded(s);
    var p = latinQuery(query) ? pinyinForm(query) : "";
    var forms = v === s ? [q, s] : [q, s, v];
    var shortQueries = shortForms([query, simplified(query)]);  // 高雄市 finds the place named 高雄
    function any(test, keys) { return forms.some(function (form) { return test(keys, form); }); }
    var found = [];
    index.forEach(function (entry) {
      var rank = -1, inside = false;
      if (has(entry.names, q) || has(entry.names, s)) { rank = 0; }
      else if (has(entry.aliases, q) || has(entry.aliases, s)) { rank = 1; }
      else if (has(entry.variants, q) || has(entry.variants, s) ||
               (v !== s && (has(entry.names, v) || has(entry.aliases, v) || has(entry.variants, v)))) { rank = 2; }
      else if (entry.place && (has(entry.shorts, q) || has(entry.shorts, s) ||
               shortQueries.some(function (k) {
                 return has(entry.names, k) || has(entry.aliases, k) || has(entry.variants, k);
               }))) { rank = 3; }
      else if (p && has(entry.sound, p)) { rank = 4; }
      else if (p && has(entry.aliasSound, p)) { rank = 5; }
      else if (p && (begins(entry.sound, p) || begins(entry.aliasSound, p))) {
        rank = 6; inside = !entry.syllables.hasOwnProperty(p);
      }
      else if (any(begins, entry.text)) { rank = 7; }
      else if (any(within, entry.text) || (p && (within(entry.sound, p) || within(entry.aliasSound, p)))) { rank = 8; }
      if (rank >= 0) { found.push({ rank: rank, inside: inside, entry: entry }); }
    });
    found.sort(function (a, b) {
      return (a.rank - b.rank) || (a.inside - b.inside) || (a.entry.document - b.entry.document) ||
        (b.entry.mentions - a.entry.mentions) || (a.entry.order - b.entry.order);
    });
    return found.map(function (match) { return match.entry.id; });
  }

  // The node a search selects: the first findNodes answer.
  function findNode(query) {
    var found = findNodes(query);
    return found.length ? found[0] : null;
  }

  var status = document.getElementById("zhkg-status");

  // Select a node, show its panel and (optionally) centre it; a node whose
  // type is filtered out has its type switched back on first.
  function select(id, focus) {
    var node = nodes.get(id);
    if (!node) { return false; }
    if (node.hidden) {
      typeBoxes.forEach(function (box) { if (box.value === node.type) { box.checked = true; } });
      applyFilters();
    }
    network.selectNodes([id]);
    if (focus) {
      network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
    showPanel(id);
    return true;
  }

  function search(query) {
    if (!normalise(query)) {  // an empty box is no question: nothing to report as not found
      status.className = "";
      status.textContent = "";
      return null;
    }
    var id = findNode(query);
    if (id === null) {
      // nothing is selected any more, so no panel either: a previous node's details would read as the answer
      network.unselectAll();
      clearPanel();
      status.className = "zhkg-miss";
      status.textContent = payload.omitted.nodes ? "not found among the nodes drawn" : "not found";
      return null;
    }
    select(id, true);
    status.className = "zhkg-hit";
    status.textContent = "found: " + nodes.get(id).fullLabel;
    return id;
  }

  document.getElementById("zhkg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("zhkg-query").value);
  });

  // ---- Side panel: the clicked node's names, codes and evidence.

  var panelHint = document.getElementById("zhkg-panel-hint");
  var panelBody = document.getElementById("zhkg-panel-body");

  function linkButton(text, target, missing) {
    var button = el("button", "zhkg-link", text);
    button.type = "button";
    if (target) {
      button.setAttribute("data-node", target);
      button.addEventListener("click", function () { select(target, true); });
    } else {
      button.disabled = true;
      button.title = missing;
    }
    return button;
  }

  function documentLink(docId, start, end) {
    var doc = payload.documents[docId] || ["", ""];
    // a dated document's day follows its id: when the sentence was written
    var text = (doc[0] ? "《" + doc[0] + "》 " : "") + docId + (doc[2] ? " · " + doc[2] : "") +
      " [" + start + ":" + end + ")";
    var button = linkButton(text, doc[1], "this document is not drawn");
    button.classList.add("zhkg-doc");
    button.setAttribute("data-doc", docId);
    return button;
  }

  function clearPanel() {
    panelBody.textContent = "";
    panelBody.removeAttribute("data-node");
    panelBody.removeAttribute("data-edge");
    panelHint.hidden = false;
  }

  function showPanel(id) {
    var node = byId[id];
    if (!node) { return; }
    clearPanel();
    panelHint.hidden = true;
    panelBody.setAttribute("data-node", id);
    panelBody.appendChild(el("div", "zhkg-panel-title", node.fullLabel));
    panelBody.appendChild(rowsTable(node.tip.rows));
    var parent = node.panel.parent;
    if (parent) {
      var line = el("p", "zhkg-parent", "Parent place: ");
      line.appendChild(linkButton(parent[1], parent[0], "the parent place is not drawn"));
      panelBody.appendChild(line);
    }
    var evidence = node.panel.evidence;
    panelBody.appendChild(el("h2", null, "Evidence (" + (evidence.length + node.panel.more) + ")"));
    if (!evidence.length) {
      panelBody.appendChild(el("p", "zhkg-note", "No relation of this node has an evidence sentence."));
      return;
    }
    var list = el("ol");
    list.id = "zhkg-evidence";
    evidence.forEach(function (item) {
      var sentence = payload.sentences[item[0]];
      var li = el("li");
      li.appendChild(el("div", "zhkg-sentence", sentence[0]));
      var relations = el("div", "zhkg-relations");
      item[1].forEach(function (relation) { relations.appendChild(el("div", null, relation)); });
      li.appendChild(relations);
      if (sentence[1]) { li.appendChild(documentLink(sentence[1], sentence[2], sentence[3])); }
      list.appendChild(li);
    });
    panelBody.appendChild(list);
    if (node.panel.more > 0) {
      panelBody.appendChild(el("p", "zhkg-note", "+" + node.panel.more + " more sentences not listed"));
    }
  }

  // A clicked edge's panel: what its tooltip says, each end a link to its node's panel and the evidence's document
  // a link to the document's, so a reader without a mouse to hover (a touch screen) reads it too.
  function showEdgePanel(id) {
    var edge = edgeById[id];
    if (!edge) { return; }
    clearPanel();
    panelHint.hidden = true;
    panelBody.setAttribute("data-edge", id);
    panelBody.appendChild(el("div", "zhkg-panel-title", edge.tip.head));
    panelBody.appendChild(rowsTable(edge.tip.rows));
    var ends = el("p", "zhkg-ends");
    [edge.from, edge.to].forEach(function (end, i) {
      if (i) { ends.appendChild(document.createTextNode(" → ")); }
      ends.appendChild(linkButton(byId[end] ? byId[end].fullLabel : end, byId[end] ? end : "", "this node is not drawn"));
    });
    panelBody.appendChild(ends);
    panelBody.appendChild(el("h2", null, "Evidence (" + edge.tip.evidence.length + ")"));
    if (!edge.tip.evidence.length) {
      panelBody.appendChild(el("p", "zhkg-note", "This relation has no evidence sentence."));
      return;
    }
    var list = el("ol");
    list.id = "zhkg-evidence";
    var li = el("li");
    li.appendChild(el("div", "zhkg-sentence", edge.tip.evidence[0][0]));
    if (edge.panel) { li.appendChild(documentLink(edge.panel[0], edge.panel[1], edge.panel[2])); }
    list.appendChild(li);
    panelBody.appendChild(list);
  }

  network.on("click", function (params) {
    // the search's answer ("found: 北京市", "not found") no longer says what the panel shows
    status.className = "";
    status.textContent = "";
    if (params.nodes.length) {
      showPanel(params.nodes[0]);
    } else if (params.edges.length) {
      showEdgePanel(params.edges[0]);
    } else {
      clearPanel();
    }
  });
})();
