// Loads the API's TimelineJS export into TimelineJS itself (from npm, no network) in Debian's Chromium and checks that
// every entry renders as a slide and a marker on its time navigation. Usage:
//   node timelinejs-check.mjs BASE_URL EXPORT_QUERY SCREENSHOT_DIR
import { launch, report } from "./chromium.mjs";
import { createRequire } from "node:module";
import path from "node:path";

const [base, query, shots] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve("@knight-lab/timelinejs/package.json")), "dist");
const failures = [];
const result = { failures };
const browser = await launch();
try {
  const data = await (await fetch(`${base.replace(/\/$/, "")}/timeline/export/timelinejs?${query}`)).json();
  result.events = data.events.length;
  if (!data.events.length) failures.push("the export has no events");
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.route("**/*", (route) => (route.request().url().startsWith("about:") ? route.continue() : route.abort()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="tl" style="width:1100px;height:700px"></div></body></html>');
  await page.addStyleTag({ path: path.join(dist, "css", "timeline.css") });
  await page.addScriptTag({ path: path.join(dist, "js", "timeline.js") });
  await page.evaluate((d) => { window.__ran = false; window.timeline = new TL.Timeline("tl", d, { hash_bookmark: false }); }, data);
  await page.waitForFunction((n) => document.querySelectorAll(".tl-timemarker").length >= n, data.events.length, { timeout: 20000 });
  const rendered = await page.evaluate(() => ({
    slides: document.querySelectorAll(".tl-slide").length,
    markers: document.querySelectorAll(".tl-timemarker").length,
    headlines: [...document.querySelectorAll(".tl-slide .tl-headline")].map((h) => h.textContent.trim()),
    scripts: document.querySelectorAll(".tl-slide script").length,
  }));
  const missing = data.events.filter((e) => !rendered.headlines.some((h) => h === textOf(e.text.headline)));
  Object.assign(result, { slides: rendered.slides, markers: rendered.markers, missing: missing.map((e) => e.unique_id), errors });
  if (rendered.markers !== data.events.length) failures.push(`${rendered.markers} markers for ${data.events.length} events`);
  if (missing.length) failures.push(`${missing.length} events have no slide`);
  if (rendered.scripts) failures.push("a slide holds a script element");
  if (errors.length) failures.push(`TimelineJS raised: ${errors.join("; ")}`);
  await page.screenshot({ path: `${shots}/timelinejs.png` });
} catch (e) {
  failures.push(String(e));
} finally {
  await browser.close();
}
report(result);

// What a headline reads as once its HTML entities are decoded (the export encodes article text).
function textOf(html) {
  return html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").trim();
}
