// Timeline's page: reads the JSON API of this server, shows entries on a time axis, and never treats article text as
// markup (textContent only). Live: polls for entries updated since the last look.
"use strict";

const form = document.getElementById("filters");
const list = document.getElementById("entries");
const detail = document.getElementById("detail");
const status = document.getElementById("status");
const axis = document.getElementById("axis");
const template = document.getElementById("entry-template");
let shown = new Map();

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
  return `${d(ys, ms, ds)} – ${d(ye, me, de)}`;
}

function query() {
  const data = new FormData(form);
  const params = new URLSearchParams({ pageSize: "500" });
  for (const key of ["timeline", "actor", "type", "from", "to"]) {
    const value = (data.get(key) || "").trim();
    if (value) params.set(key, value);
  }
  const asOf = data.get("asOf");
  if (asOf) params.set("asOf", new Date(asOf).toISOString());
  return params;
}

async function load(poll = false) {
  const params = query();
  status.textContent = "Loading…";
  const response = await fetch(`/timeline?${params}`);
  const page = await response.json();
  if (!response.ok) { status.textContent = page.detail || "The timeline could not be read."; return; }
  const words = (new FormData(form).get("q") || "").toLowerCase().split(/\s+/).filter(Boolean);
  const entries = page.entries.filter((e) => words.every((w) => e.summary.toLowerCase().includes(w)));
  render(entries, poll);
  status.textContent = `${entries.length} of ${page.total} entries` + (params.get("asOf") ? `, as known at ${params.get("asOf")}` : "");
}

function render(entries, poll) {
  const dated = entries.filter((e) => e.dateStart);
  const min = Math.min(...dated.map((e) => day(e.dateStart)));
  const max = Math.max(...dated.map((e) => day(e.dateEnd)));
  const span = Math.max(max - min, 86400000);
  axis.replaceChildren(...(dated.length ? [new Date(min), new Date(max)].map((t) => {
    const s = document.createElement("span"); s.textContent = t.toISOString().slice(0, 10); return s;
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
    if (e.dateStart) {
      bar.style.left = `${(100 * (day(e.dateStart) - min)) / span}%`;
      bar.style.width = `${(100 * (day(e.dateEnd) - day(e.dateStart) + 86400000)) / (span + 86400000)}%`;
      if (e.date.basis === "relation") bar.classList.add("open-ended");
    } else {
      bar.remove();
    }
    item.querySelector(".open").href = `#entry=${e.id}`;
    item.querySelector(".open").addEventListener("click", (event) => { event.preventDefault(); open(e.id); });
    // A poll marks what arrived or changed since the last look; a new filter marks nothing.
    if (poll && previous.get(e.id) !== e.revision) item.classList.add("new");
    shown.set(e.id, e.revision);
    return item;
  }));
}

// An entry's sources, each evidence sentence shown as text with the event's clause marked, and its history.
async function open(id) {
  const [entry, changes] = await Promise.all([
    fetch(`/timeline/${id}`).then((r) => r.json()),
    fetch(`/timeline/${id}/history`).then((r) => r.json()),
  ]);
  const node = (tag, text) => { const n = document.createElement(tag); if (text !== undefined) n.textContent = text; return n; };
  const parts = [node("h2", entry.summary), node("p", `${dateText(entry.date)} · ${entry.plover}${entry.mode ? "/" + entry.mode : ""} · ${entry.status}`)];
  for (const alt of entry.alternatives) parts.push(node("p", `Another source dates it ${dateText(alt.date)}.`));
  parts.push(node("h3", "Sources"));
  const sources = node("ol");
  for (const report of entry.reports) {
    const item = node("li");
    const where = report.url ? node("a", report.sourceName || report.url) : node("span", report.sourceName || "unnamed source");
    if (report.url) { where.href = report.url; where.rel = "noopener noreferrer"; }
    item.append(where, node("span", ` · published ${report.published || "unknown"} · ${report.attribution ? "attributed to " + report.attribution : "unattributed"}`));
    const quote = node("blockquote");
    quote.append(node("mark", report.evidence.sentence));
    item.append(quote);
    sources.append(item);
  }
  parts.push(sources, node("h3", "History"));
  const events = node("ol");
  for (const h of changes) events.append(node("li", `${h.recordedAt} · ${h.type.replaceAll("_", " ")}${h.data.reason ? " — " + h.data.reason : ""}`));
  parts.push(events);
  detail.replaceChildren(...parts);
  detail.hidden = false;
  history.replaceState(null, "", `#entry=${id}`);
}

form.addEventListener("input", () => load());
setInterval(() => { if (!new FormData(form).get("asOf")) load(true); }, 5000);
load().then(() => {
  const m = location.hash.match(/entry=([0-9a-f-]{36})/);
  if (m) open(m[1]);
});
