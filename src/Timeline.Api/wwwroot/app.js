// Timeline's page: reads the JSON API of this server, shows entries on a zoomable time axis, and never treats article
// text as markup (textContent only). Live: the server's event stream (/timeline/live) says when to read again; if the
// stream is down, the page polls.
"use strict";

const form = document.getElementById("filters");
const list = document.getElementById("entries");
const detail = document.getElementById("detail");
const status = document.getElementById("status");
const axis = document.getElementById("axis");
const template = document.getElementById("entry-template");
const DAY = 86400000;
let shown = new Map();
let entries = [];
let view = null; // the axis window {min, max} in ms; null = fit every entry
let live = false;

const day = (iso) => (iso ? Date.parse(iso + "T00:00:00Z") : null);
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// The date as the text supports it: "late Nov 2011", "26 Nov 2011", "as of 31 May 2012", "undated".
function dateText(date) {
  if (!date.start) return date.expression ? `undated ("${date.expression}")` : "undated";
  const [ys, ms, ds] = date.start.split("-").map(Number);
  const [ye, me, de] = date.end.split("-").map(Number);
  const d = (y, m, dd) => `${dd} ${months[m - 1]} ${y}`;
  if (date.basis === "publication") return `as of ${d(ys, ms, ds)}`;
  if (date.basis === "relation") return `on/after ${d(ys, ms, ds)}, by ${d(ye, me, de)}`;
  if (date.start === date.end) return d(ys, ms, ds);
  if (date.precision === "month-part" && ms === me) return `${ds === 1 ? "early" : ds === 11 ? "mid" : "late"} ${months[ms - 1]} ${ys}`;
  const lastDay = new Date(Date.UTC(ye, me, 0)).getUTCDate();
  if (ds === 1 && de === lastDay && ms === me && ys === ye) return `${months[ms - 1]} ${ys}`;
  if (ms === 1 && ds === 1 && me === 12 && de === 31) return ys === ye ? `${ys}` : `${ys}–${ye}`;
  return `${d(ys, ms, ds)} – ${d(ye, me, de)}`;
}

function filters() {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const key of ["timeline", "actor", "type", "from", "to"]) {
    const value = (data.get(key) || "").trim();
    if (value) params.set(key, value);
  }
  return params;
}

function exportLinks() {
  for (const format of ["timelinejs", "csv", "jsonl"]) {
    document.getElementById(`export-${format}`).href = `/timeline/export/${format}?${filters()}`;
  }
}

// Every page of the filtered timeline, by cursor, up to 5,000 entries.
async function load(changed = false) {
  const params = filters();
  const asOf = new FormData(form).get("asOf");
  if (asOf) params.set("asOf", new Date(asOf).toISOString());
  params.set("pageSize", "500");
  params.set("total", "true");
  status.textContent = "Loading…";
  const all = [];
  let total = 0;
  for (let cursor = null, first = true; first || cursor; first = false) {
    if (cursor) params.set("cursor", cursor);
    const response = await fetch(`/timeline?${params}`);
    const page = await response.json();
    if (!response.ok) { status.textContent = page.detail || "The timeline could not be read."; return; }
    all.push(...page.entries);
    total = page.total ?? total;
    cursor = all.length < 5000 ? page.next : null;
  }
  const words = (new FormData(form).get("q") || "").toLowerCase().split(/\s+/).filter(Boolean);
  entries = all.filter((e) => words.every((w) => e.summary.toLowerCase().includes(w)));
  render(changed);
  status.textContent = `${entries.length} of ${total} entries` + (asOf ? `, as known at ${params.get("asOf")}` : "") + (live ? " · live" : "");
  exportLinks();
}

function bounds() {
  const dated = entries.filter((e) => e.dateStart);
  if (!dated.length) return null;
  const min = Math.min(...dated.map((e) => day(e.dateStart)));
  const max = Math.max(...dated.map((e) => day(e.dateEnd)));
  return { min, max: Math.max(max, min + DAY) };
}

function render(changed) {
  const fit = bounds();
  const w = view || fit;
  const span = w ? w.max - w.min + DAY : DAY;
  axis.replaceChildren(...(w ? [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const s = document.createElement("span"); s.textContent = new Date(w.min + f * (span - DAY)).toISOString().slice(0, 10); return s;
  }) : []));
  const previous = shown;
  shown = new Map();
  list.replaceChildren(...entries.map((e) => {
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.id = e.id;
    item.querySelector(".date").textContent = dateText(e.date);
    item.querySelector(".type").textContent = e.mode ? `${e.plover}/${e.mode}` : e.plover;
    item.querySelector(".summary").textContent = e.summary;
    const parties = e.actors.filter((a) => a.role !== "other").map((a) => (a.role === "source" ? `${a.name} →` : a.name)).join(" ");
    item.querySelector(".meta").textContent = `${parties} · ${e.sourceCount} source${e.sourceCount === 1 ? "" : "s"}` +
      (e.location ? ` · ${e.location.name}` : "") + (e.alternatives.length ? " · sources disagree on the date" : "");
    const bar = item.querySelector(".bar");
    if (e.dateStart && w) {
      const left = (day(e.dateStart) - w.min) / span;
      const right = (day(e.dateEnd) + DAY - w.min) / span;
      const [l, r] = [Math.max(left, 0), Math.min(right, 1)];
      if (r <= 0 || l >= 1) bar.classList.add("outside");
      bar.style.left = `${100 * Math.min(Math.max(l, 0), 1)}%`;
      bar.style.width = `${100 * Math.max(r - l, 0)}%`;
      if (e.date.basis === "relation") bar.classList.add("open-ended");
      bar.title = dateText(e.date);
    } else {
      bar.remove();
    }
    item.querySelector(".open").href = `#entry=${e.id}`;
    item.querySelector(".open").addEventListener("click", (event) => { event.preventDefault(); open(e.id); });
    // A live change marks what arrived or changed since the last look; a new filter marks nothing.
    if (changed && previous.get(e.id) !== e.revision) item.classList.add("new");
    shown.set(e.id, e.revision);
    return item;
  }));
}

function zoom(factor) {
  const w = view || bounds();
  if (!w) return;
  const mid = (w.min + w.max) / 2;
  const half = Math.max(((w.max - w.min) / 2) * factor, DAY);
  view = { min: mid - half, max: mid + half };
  render(false);
}

function pan(direction) {
  const w = view || bounds();
  if (!w) return;
  const step = (w.max - w.min) * 0.25 * direction;
  view = { min: w.min + step, max: w.max + step };
  render(false);
}

// An entry's sources, each evidence sentence marked inside the article text around it (as text), and its history.
async function open(id) {
  const [entry, changes] = await Promise.all([
    fetch(`/timeline/${id}`).then((r) => r.json()),
    fetch(`/timeline/${id}/history`).then((r) => r.json()),
  ]);
  const node = (tag, text) => { const n = document.createElement(tag); if (text !== undefined) n.textContent = text; return n; };
  const parts = [node("h2", entry.summary), node("p", `${dateText(entry.date)} · ${entry.plover}${entry.mode ? "/" + entry.mode : ""} · ${entry.status}`)];
  if (entry.location) parts.push(node("p", `Place: ${entry.location.name} (${entry.location.country}, ${entry.location.lat}, ${entry.location.lon})`));
  for (const alt of entry.alternatives) parts.push(node("p", `Another source dates it ${dateText(alt.date)}.`));
  parts.push(node("h3", "Sources"));
  const sources = node("ol");
  for (const report of entry.reports) {
    const item = node("li");
    const where = report.url ? node("a", report.sourceName || report.url) : node("span", report.sourceName || "unnamed source");
    if (report.url) { where.href = report.url; where.rel = "noopener noreferrer"; }
    item.append(where, node("span", ` · published ${report.published || "unknown"} · ${report.attribution ? "attributed to " + report.attribution : "unattributed"} · dated ${dateText(report.date)}`));
    const quote = node("blockquote");
    quote.append(node("mark", report.evidence.sentence));
    item.append(quote);
    sources.append(item);
    context(report, quote, node);
  }
  parts.push(sources, node("h3", "History"));
  const events = node("ol");
  for (const h of changes) events.append(node("li", `${h.recordedAt} · ${h.type.replaceAll("_", " ")}${h.data.reason ? " — " + h.data.reason : ""}`));
  parts.push(events);
  detail.replaceChildren(...parts);
  detail.hidden = false;
  history.replaceState(null, "", `#entry=${id}`);
}

// The text around the evidence, from the stored article: what came before and after, the sentence marked.
async function context(report, quote, node) {
  const response = await fetch(`/articles/${report.articleId}`);
  if (!response.ok) return;
  const body = (await response.json()).document.body;
  const { start, end, sentence } = report.evidence;
  if (body.slice(start, end) !== sentence) return;
  const from = Math.max(0, body.lastIndexOf("\n", start - 1) + 1, start - 400);
  let to = body.indexOf("\n", end);
  to = to < 0 ? body.length : Math.min(to, end + 400);
  quote.replaceChildren(node("span", (from > 0 ? "… " : "") + body.slice(from, start)), node("mark", sentence), node("span", body.slice(end, to) + (to < body.length ? " …" : "")));
}

function listen() {
  if (!window.EventSource) return;
  const source = new EventSource("/timeline/live");
  let pending = null;
  const changed = () => { clearTimeout(pending); pending = setTimeout(() => { if (!new FormData(form).get("asOf")) load(true); }, 300); };
  source.addEventListener("ready", () => { live = true; document.body.dataset.live = "true"; });
  for (const kind of ["recorded", "corroborated", "refined", "contested", "corrected", "retracted", "merged", "absorbed", "split", "split-off", "revised", "withdrawn"]) source.addEventListener(kind, changed);
  source.onerror = () => { live = false; document.body.dataset.live = "false"; };
}

// Filters live in the address too, so a filtered view is a link that can be shared.
function restoreFilters() {
  for (const [name, value] of new URLSearchParams(location.search)) {
    const field = form.elements.namedItem(name);
    if (field) field.value = value;
  }
}

form.addEventListener("input", () => {
  view = null;
  history.replaceState(null, "", `?${filters()}${location.hash}`);
  load();
});
document.getElementById("zoom-in").addEventListener("click", () => zoom(0.5));
document.getElementById("zoom-out").addEventListener("click", () => zoom(2));
document.getElementById("pan-left").addEventListener("click", () => pan(-1));
document.getElementById("pan-right").addEventListener("click", () => pan(1));
document.getElementById("zoom-fit").addEventListener("click", () => { view = null; render(false); });
document.addEventListener("keydown", (e) => {
  if (e.target.closest("input, select, textarea")) return;
  const keys = { "+": () => zoom(0.5), "=": () => zoom(0.5), "-": () => zoom(2), "ArrowLeft": () => pan(-1), "ArrowRight": () => pan(1), "0": () => { view = null; render(false); } };
  if (keys[e.key]) { keys[e.key](); e.preventDefault(); }
  if (e.key === "Escape") { detail.hidden = true; }
});
// Polls only while the live stream is down.
setInterval(() => { if (!live && !new FormData(form).get("asOf")) load(true); }, 10000);
restoreFilters();
listen();
load().then(() => {
  const m = location.hash.match(/entry=([0-9a-f-]{36})/);
  if (m) open(m[1]);
});
