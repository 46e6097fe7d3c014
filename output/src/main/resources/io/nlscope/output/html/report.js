// nlscope report: the page's interactive parts (timeline, transaction table, filter). Captured text is only
// ever set as textContent, never parsed as markup. The data are in #nl-data: rows (gzip, base64) and, per
// block of rows (block i starts at row starts[i]), their decoded messages (gzip, base64), inflated when needed.
"use strict";
(function () {
  // a row's fields, as SessionReport writes them
  const R = { INDEX: 0, TIME: 1, PROTOCOL: 2, FAMILY: 3, OP: 4, REQUEST: 5, OUTCOME: 6, ERRNO: 7, ERROR: 8, RESPONSES: 9,
    FIRST: 10, LAST: 11, FRAME: 12, FIRST_FRAME: 13, LAST_FRAME: 14, PROCESS: 15, PID: 16, NOTES: 17, FLAGS: 18, GROUP: 19 };
  // Transaction's flag bits, in order
  const FLAGS = ["interrupted", "inferred", "ambiguous", "exact", "evicted", "timed_out", "settled", "direction_inferred", "cut"];
  const UNPAIRED = new Set(["NOTIFICATION", "ORPHAN", "LATE", "COPY", "UNREADABLE"]);
  const PAGE = 200;
  const $ = (id) => document.getElementById(id);
  const data = JSON.parse($("nl-data").textContent);
  const css = getComputedStyle(document.documentElement);
  const colour = (o) => css.getPropertyValue("--" + o).trim() || "#9498a0";
  let rows = [];

  async function inflate(b64) {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  const isTransaction = (r) => !UNPAIRED.has(r[R.OUTCOME]);
  const processLabel = (r) => r[R.PROCESS] ? r[R.PROCESS] + "[" + r[R.PID] + "]" : (r[R.PID] != null ? "pid " + r[R.PID] : "");
  const opLabel = (r) => r[R.FAMILY] + " " + r[R.OP];

  function duration(s) {
    const a = Math.abs(s);
    const trim = (v) => (a === 0 ? "0" : String(+v.toPrecision(4)));
    if (a === 0) return "0 s";
    if (a < 1e-6) return trim(s * 1e9) + " ns";
    if (a < 1e-3) return trim(s * 1e6) + " µs";
    if (a < 1) return trim(s * 1e3) + " ms";
    return trim(s) + " s";
  }

  function niceStep(rough) {
    if (!(rough > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(rough)));
    for (const m of [1, 2, 5, 10]) if (m * p >= rough) return m * p;
    return 10 * p;
  }

  // ---- filter: words match anywhere in a row; key:value a field; latency>1ms; #N one row; a leading ! negates
  const UNITS = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1e3 };

  function parseFilter(text) {
    const tokens = text.match(/!?[A-Za-z_#]+:"[^"]*"|!?"[^"]*"|\S+/g) || [];
    return tokens.map((tok) => {
      let neg = false;
      if (tok.startsWith("!") && tok.length > 1) { neg = true; tok = tok.slice(1); }
      let m = /^latency\s*(<=|>=|<|>|=)\s*([0-9.]+)\s*(ns|us|µs|ms|s)?$/i.exec(tok);
      if (m) {
        const v = parseFloat(m[2]) * UNITS[(m[3] || "ms").toLowerCase()], op = m[1];
        return { neg, test: (r) => r[R.LAST] != null && (op === ">" ? r[R.LAST] > v : op === "<" ? r[R.LAST] < v
          : op === ">=" ? r[R.LAST] >= v : op === "<=" ? r[R.LAST] <= v : r[R.LAST] === v) };
      }
      m = /^#(\d+)$/.exec(tok);
      if (m) { const n = +m[1]; return { neg, test: (r) => r[R.INDEX] === n }; }
      m = /^([A-Za-z_]+):(.*)$/.exec(tok);
      if (m) {
        const key = m[1].toLowerCase(), value = m[2].replace(/^"|"$/g, "").toLowerCase();
        const eq = (s) => String(s == null ? "" : s).toLowerCase() === value;
        const field = {
          op: (r) => eq(r[R.OP]), operation: (r) => eq(r[R.OP]), family: (r) => eq(r[R.FAMILY]) || eq(r[R.PROTOCOL]),
          protocol: (r) => eq(r[R.PROTOCOL]), outcome: (r) => eq(r[R.OUTCOME]), errno: (r) => eq(r[R.ERRNO]),
          process: (r) => eq(r[R.PROCESS]), pid: (r) => eq(r[R.PID]), group: (r) => eq(r[R.GROUP]),
          frame: (r) => +value >= r[R.FRAME] && +value <= Math.max(r[R.FRAME], r[R.LAST_FRAME]),
          flag: (r) => { const i = FLAGS.indexOf(value); return i >= 0 && (r[R.FLAGS] & (1 << i)) !== 0; },
        }[key];
        if (field) return { neg, test: field };
      }
      const word = tok.replace(/^"|"$/g, "").toLowerCase();
      return { neg, test: (r) => haystack(r).includes(word) };
    });
  }

  const hay = new Map();
  function haystack(r) {
    let h = hay.get(r);
    if (h === undefined) {
      h = [r[R.PROTOCOL], r[R.FAMILY], r[R.OP], r[R.REQUEST], r[R.OUTCOME], r[R.ERRNO], r[R.ERROR], processLabel(r),
        r[R.NOTES], r[R.GROUP]].join(" ").toLowerCase();
      hay.set(r, h);
    }
    return h;
  }

  // ---- the table
  let view = [], shown = 0, sortKey = 0, sortDesc = false;
  const tbody = $("nl-table").tBodies[0];
  const open = new Set();

  function apply() {
    const tests = parseFilter($("nl-filter").value.trim());
    view = rows.filter((r) => tests.every((t) => t.test(r) !== t.neg));
    const k = sortKey;
    view.sort((a, b) => {
      const x = a[k], y = b[k];
      const c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      return (sortDesc ? -c : c) || a[R.INDEX] - b[R.INDEX];
    });
    shown = 0;
    tbody.textContent = "";
    more();
  }

  function cell(tr, text, cls) {
    const td = tr.insertCell();
    td.textContent = text;
    if (cls) td.className = cls;
    return td;
  }

  function more() {
    const to = Math.min(view.length, shown + PAGE);
    const frag = document.createDocumentFragment();
    for (let i = shown; i < to; i++) frag.appendChild(rowElement(view[i]));
    tbody.appendChild(frag);
    shown = to;
    $("nl-count").textContent = view.length === rows.length ? rows.length + " rows"
      : view.length + " of " + rows.length + " rows";
    $("nl-more").hidden = shown >= view.length;
    $("nl-more").textContent = "show more (" + (view.length - shown) + " left)";
  }

  function rowElement(r) {
    const tr = document.createElement("tr");
    tr.className = "row";
    tr.dataset.index = r[R.INDEX];
    cell(tr, r[R.INDEX], "num");
    cell(tr, r[R.TIME].toFixed(6), "num");
    cell(tr, opLabel(r));
    const o = cell(tr, "");
    const badge = document.createElement("span");
    badge.className = "outcome";
    badge.style.background = UNPAIRED.has(r[R.OUTCOME]) ? colour("NO_REPLY") : colour(r[R.OUTCOME]);
    badge.textContent = r[R.OUTCOME] + (r[R.ERRNO] ? " " + r[R.ERRNO] : "");
    o.appendChild(badge);
    cell(tr, isTransaction(r) ? r[R.RESPONSES] : "-", "num");
    cell(tr, r[R.LAST] == null ? "-" : r[R.RESPONSES] > 1 && r[R.FIRST] !== r[R.LAST]
      ? r[R.FIRST].toFixed(3) + ".." + r[R.LAST].toFixed(3) : r[R.LAST].toFixed(3), "num");
    cell(tr, r[R.FIRST_FRAME] < 0 ? String(r[R.FRAME]) : r[R.FRAME] + " > " + r[R.FIRST_FRAME]
      + (r[R.LAST_FRAME] !== r[R.FIRST_FRAME] ? "-" + r[R.LAST_FRAME] : ""), "num");
    cell(tr, processLabel(r));
    const parts = [];
    if (r[R.REQUEST]) parts.push(r[R.REQUEST]);
    if (r[R.ERROR]) parts.push('"' + r[R.ERROR] + '"');
    if (r[R.NOTES]) parts.push("(" + r[R.NOTES] + ")");
    cell(tr, parts.join("  "), "req");
    tr.tabIndex = 0;   // Enter or space opens a row, as a click does
    tr.addEventListener("click", () => toggle(tr, r));
    tr.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(tr, r); }
    });
    if (open.has(r[R.INDEX])) queueMicrotask(() => toggle(tr, r, true));
    return tr;
  }

  const chunks = new Map();
  function chunk(i) {
    if (!chunks.has(i)) chunks.set(i, inflate(data.details[i]).then(JSON.parse));
    return chunks.get(i);
  }

  async function toggle(tr, r, reopen) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("detail")) {
      next.remove();
      tr.classList.remove("open");
      if (!reopen) open.delete(r[R.INDEX]);
      if (!reopen) return;
    }
    open.add(r[R.INDEX]);
    tr.classList.add("open");
    const d = document.createElement("tr");
    d.className = "detail";
    const td = d.insertCell();
    td.colSpan = 9;
    td.textContent = "…";
    tr.after(d);
    const pos = r[R.INDEX] - 1;
    try {
      let lo = 0, hi = data.starts.length - 1;   // the last block that starts at or before the row
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (data.starts[mid] <= pos) lo = mid; else hi = mid - 1; }
      const item = (await chunk(lo))[pos - data.starts[lo]];
      td.textContent = "";
      for (let k = 0; k < item.length - 1; k++) {
        const [label, frame, text] = item[k];
        const h = document.createElement("h4");
        h.textContent = label + ", frame " + frame;
        const pre = document.createElement("pre");
        pre.textContent = text || "(its decoded text was not kept)";
        td.append(h, pre);
      }
      const rest = item[item.length - 1];
      if (rest > 0) {
        const p = document.createElement("p");
        p.className = "hint";
        p.textContent = "and " + rest + " more responses (nlscope read -V shows them)";
        td.appendChild(p);
      }
    } catch (e) {
      td.textContent = "cannot show the decoded messages: " + e;
      console.error(e);
    }
  }

  function setFilter(text, openIndex) {
    $("nl-filter").value = text;
    if (openIndex != null) open.add(openIndex);
    apply();
    $("transactions").scrollIntoView();
  }

  // ---- the timeline: a lane per process or family, a bar per transaction from its request to its last response
  const canvas = $("nl-timeline"), ctx = canvas.getContext("2d"), tip = $("nl-tip");
  const GUTTER = 150, BAR = 6, GAP = 2, AXIS = 22, MAX_SUB = 6, MAX_LANES = 40, LANE = 18;
  const full = [0, Math.max(1e-6, (data.end / 1e9) * 1.02 + 1e-6)];
  let span = full.slice(), lanes = [], height = 0;

  function layout() {
    const by = $("nl-group").value;
    const key = (r) => by === "family" ? (r[R.FAMILY] || r[R.PROTOCOL]) : (processLabel(r) || "(process not recorded)");
    const map = new Map();
    for (const r of rows) {
      let k = key(r);
      if (!map.has(k)) {
        if (map.size >= MAX_LANES) k = "(other " + by + "es)";
        if (!map.has(k)) map.set(k, { name: k, items: [], ticks: [], ends: [] });
      }
      const lane = map.get(k);
      if (!isTransaction(r)) { lane.ticks.push(r); continue; }
      const start = r[R.TIME], end = start + (r[R.LAST] == null ? 0 : r[R.LAST] / 1e3);
      let sub = lane.ends.findIndex((e) => e < start);
      if (sub < 0) {
        if (lane.ends.length < MAX_SUB) { sub = lane.ends.length; lane.ends.push(end); }
        else sub = lane.ends.indexOf(Math.min(...lane.ends));
      }
      lane.ends[sub] = Math.max(lane.ends[sub], end);
      lane.items.push({ r, start, end, sub });
    }
    lanes = [...map.values()];
    let y = 4;
    for (const l of lanes) {
      l.y = y;
      l.h = Math.max(LANE, Math.max(1, l.ends.length) * (BAR + GAP) + (l.ticks.length ? 10 : 0) + 6);
      y += l.h;
    }
    height = y + AXIS;
  }

  const plotW = () => canvas.width / devicePixelRatio - GUTTER - 8;
  const xOf = (t) => GUTTER + (t - span[0]) / (span[1] - span[0]) * plotW();

  function draw() {
    const w = canvas.parentElement.clientWidth;
    canvas.width = w * devicePixelRatio;
    canvas.height = height * devicePixelRatio;
    canvas.style.height = height + "px";
    ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
    ctx.clearRect(0, 0, w, height);
    ctx.font = "11px system-ui, 'DejaVu Sans', sans-serif";
    const step = niceStep((span[1] - span[0]) / 8);
    ctx.strokeStyle = "#edf0f3";
    ctx.fillStyle = "#5f6b7a";
    ctx.textAlign = "center";
    for (let t = Math.ceil(span[0] / step) * step; t <= span[1]; t += step) {
      const x = xOf(t);
      ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, height - AXIS); ctx.stroke();
      ctx.fillText(duration(t), x, height - 7);
    }
    ctx.textAlign = "left";
    const right = GUTTER + plotW();
    for (const l of lanes) {
      ctx.fillStyle = "#1d232b";
      ctx.fillText(l.name.length > 22 ? l.name.slice(0, 21) + "…" : l.name, 4, l.y + 12);
      ctx.strokeStyle = "#edf0f3";
      ctx.beginPath(); ctx.moveTo(0, l.y + l.h - 2); ctx.lineTo(right, l.y + l.h - 2); ctx.stroke();
      for (const it of l.items) {
        if (it.end < span[0] || it.start > span[1]) continue;
        const x0 = Math.max(GUTTER, xOf(it.start)), x1 = Math.min(right, xOf(it.end));
        ctx.fillStyle = colour(it.r[R.OUTCOME]);
        ctx.fillRect(x0, l.y + 2 + it.sub * (BAR + GAP), Math.max(1.5, x1 - x0), BAR);
      }
      const ty = l.y + 2 + Math.max(1, l.ends.length) * (BAR + GAP);
      for (const r of l.ticks) {
        if (r[R.TIME] < span[0] || r[R.TIME] > span[1]) continue;
        const x = xOf(r[R.TIME]);
        ctx.fillStyle = r[R.OUTCOME] === "NOTIFICATION" ? colour("NOTE") : colour("ERROR");
        ctx.fillRect(x, ty, 1, 8);
      }
    }
    $("nl-span").textContent = duration(span[0]) + " – " + duration(span[1]);
  }

  function zoom(factor, at) {
    const w = span[1] - span[0], c = span[0] + at * w;
    let nw = Math.min(full[1] - full[0], Math.max(1e-6, w * factor));
    span = clamp([c - at * nw, c - at * nw + nw]);
    draw();
  }

  function clamp(s) {
    const w = s[1] - s[0];
    if (s[0] < full[0]) s = [full[0], full[0] + w];
    if (s[1] > full[1]) s = [full[1] - w, full[1]];
    return s;
  }

  function hit(ev) {
    const b = canvas.getBoundingClientRect(), x = ev.clientX - b.left, y = ev.clientY - b.top;
    const lane = lanes.find((l) => y >= l.y && y < l.y + l.h);
    if (!lane || x < GUTTER) return null;
    const sub = Math.floor((y - lane.y - 2) / (BAR + GAP));
    let best = null, dist = 4;
    for (const it of lane.items) {
      if (it.sub !== sub) continue;
      const x0 = xOf(it.start), x1 = Math.max(x0 + 1.5, xOf(it.end));
      const d = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
      if (d < dist) { dist = d; best = it.r; }
    }
    if (best) return best;
    for (const r of lane.ticks) {
      const d = Math.abs(xOf(r[R.TIME]) - x);
      if (d < dist) { dist = d; best = r; }
    }
    return best;
  }

  function describe(r) {
    let s = "#" + r[R.INDEX] + " " + opLabel(r) + "  " + r[R.OUTCOME] + (r[R.ERRNO] ? " " + r[R.ERRNO] : "");
    if (r[R.LAST] != null) s += "  " + r[R.LAST].toFixed(3) + " ms";
    if (r[R.REQUEST]) s += "\n" + r[R.REQUEST];
    if (r[R.ERROR]) s += '\n"' + r[R.ERROR] + '"';
    if (processLabel(r)) s += "\nby " + processLabel(r);
    return s + "\nat " + r[R.TIME].toFixed(6) + " s, frame " + r[R.FRAME];
  }

  let drag = null;
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const b = canvas.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, Math.min(1, Math.max(0, (ev.clientX - b.left - GUTTER) / plotW())));
  }, { passive: false });
  const timeAt = (clientX) => span[0] + (clientX - canvas.getBoundingClientRect().left - GUTTER) / plotW() * (span[1] - span[0]);
  // drag pans; shift-drag selects a range to zoom into; a click (no drag) opens the bar's row
  canvas.addEventListener("mousedown", (ev) => { drag = { x: ev.clientX, span: span.slice(), moved: false, brush: ev.shiftKey }; });
  window.addEventListener("mouseup", (ev) => {
    if (drag && drag.brush && drag.moved) {
      const a = timeAt(drag.x), b = timeAt(ev.clientX);
      if (Math.abs(b - a) > 1e-7) { span = clamp([Math.min(a, b), Math.max(a, b)]); draw(); }
    } else if (drag && !drag.moved) {
      const r = hit(ev);
      if (r) setFilter("#" + r[R.INDEX], r[R.INDEX]);
    }
    drag = null;
  });
  canvas.addEventListener("mousemove", (ev) => {
    if (drag && drag.brush) {
      if (Math.abs(ev.clientX - drag.x) > 2) drag.moved = true;
      draw();
      const b = canvas.getBoundingClientRect();
      ctx.fillStyle = "rgba(36, 86, 179, 0.15)";
      ctx.fillRect(Math.min(drag.x, ev.clientX) - b.left, 0, Math.abs(ev.clientX - drag.x), height - AXIS);
      return;
    }
    if (drag) {
      const dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 2) drag.moved = true;
      const dt = dx / plotW() * (drag.span[1] - drag.span[0]);
      span = clamp([drag.span[0] - dt, drag.span[1] - dt]);
      draw();
      return;
    }
    const r = hit(ev);
    tip.hidden = !r;
    if (r) {
      const b = canvas.getBoundingClientRect();
      tip.textContent = describe(r);
      tip.style.left = Math.min(ev.clientX - b.left + 12, b.width - 360) + "px";
      tip.style.top = (ev.clientY - b.top + 14) + "px";
    }
  });
  canvas.addEventListener("mouseleave", () => { tip.hidden = true; });
  canvas.addEventListener("dblclick", () => { span = full.slice(); draw(); });
  $("nl-zoom-in").addEventListener("click", () => zoom(0.5, 0.5));
  $("nl-zoom-out").addEventListener("click", () => zoom(2, 0.5));
  $("nl-zoom-reset").addEventListener("click", () => { span = full.slice(); draw(); });
  $("nl-group").addEventListener("change", () => { layout(); draw(); });
  window.addEventListener("resize", () => draw());

  // ---- wiring
  document.addEventListener("click", (ev) => {
    const a = ev.target.closest("[data-filter]");
    if (!a) return;
    ev.preventDefault();
    setFilter(a.dataset.filter);
  });
  let pending = 0;
  $("nl-filter").addEventListener("input", () => { clearTimeout(pending); pending = setTimeout(apply, 120); });
  $("nl-more").addEventListener("click", more);
  for (const th of $("nl-table").tHead.rows[0].cells) {
    th.addEventListener("click", () => {
      const k = +th.dataset.key;
      sortDesc = sortKey === k ? !sortDesc : false;
      sortKey = k;
      for (const o of th.parentElement.cells) o.classList.remove("sorted", "desc");
      th.classList.add("sorted");
      if (sortDesc) th.classList.add("desc");
      apply();
    });
  }

  inflate(data.rows).then((text) => {
    rows = JSON.parse(text);
    layout();
    draw();
    apply();
    const ms = performance.now();
    $("nl-rendered").textContent = rows.length + " rows, rendered in " + Math.round(ms) + " ms";
    document.body.dataset.ready = String(Math.round(ms));
  }).catch((e) => {
    console.error("nlscope report: cannot read its data: " + e);
    $("nl-rendered").textContent = "cannot read the report's data: " + e;
  });
})();
