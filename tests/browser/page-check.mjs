// Opens the timeline page in Debian's Chromium and checks what a person would see. Usage:
//   node page-check.mjs live BASE_URL WORD SCREENSHOT_DIR   (env STORY, PUBLISHED, API_KEY: the article submitted while the page is open)
//   node page-check.mjs list BASE_URL QUERY SCREENSHOT_DIR  (prints the entries the page shows at /?QUERY, e.g. timeline=us-pakistan)
// Prints one JSON line with what it found; exits non-zero when a check fails.
import { launch, report } from "./chromium.mjs";

const [mode, base, arg, shots] = process.argv.slice(2);
const browser = await launch();
const failures = [];
const result = { failures };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The page must work without the internet: any request off this server fails the check.
  const external = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base.replace(/\/$/, ""))) return route.continue();
    external.push(url);
    return route.abort();
  });
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  if (mode === "live") await live(page, dialogs);
  else if (mode === "list") await list(page);
  else failures.push(`unknown mode ${mode}`);
  if (external.length) failures.push(`requests left the server: ${external.join(", ")}`);
} catch (e) {
  failures.push(String(e));
} finally {
  await browser.close();
}
report(result);

async function live(page, dialogs) {
  const word = arg;
  await page.goto(base, { waitUntil: "domcontentloaded" });
  await page.selectOption("select[name=timeline]", "");
  await page.waitForSelector("body[data-live=true]", { timeout: 15000 });
  const navigations = [];
  page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });

  // The article arrives while the page is open: it must appear without a reload.
  const response = await fetch(`${base.replace(/\/$/, "")}/articles?published=${process.env.PUBLISHED}&source=Browser%20Wire`, {
    method: "POST", headers: { "content-type": "text/plain", "x-api-key": process.env.API_KEY }, body: process.env.STORY,
  });
  if (response.status !== 202) failures.push(`submission answered ${response.status}`);
  await page.waitForSelector(`#entries li.new:has-text("${word}")`, { timeout: 30000 });
  if (navigations.length) failures.push(`the page reloaded: ${navigations.join(", ")}`);
  result.entries = await page.$$eval("#entries .date", (nodes) => nodes.length);
  await page.screenshot({ path: `${shots}/timeline.png`, fullPage: false });

  // A filter hides the entry, and clearing it shows it again.
  await page.selectOption("select[name=type]", "CONSULT");
  await page.waitForFunction((w) => ![...document.querySelectorAll("#entries li")].some((li) => li.textContent.includes(w)), word, { timeout: 10000 });
  await page.selectOption("select[name=type]", "");
  await page.waitForSelector(`#entries li:has-text("${word}")`, { timeout: 10000 });

  // Keyboard: Tab reaches the entry's link and Enter opens its detail.
  await page.focus(`#entries li:has-text("${word}") a.open`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#detail blockquote mark", { timeout: 10000 });
  const evidence = await page.$eval("#detail blockquote mark", (m) => m.textContent);
  const injected = await page.evaluate(() => ({ flag: window.__timelineXss === true, scripts: document.querySelectorAll("#detail script, #detail img, #entries script, #entries img").length }));
  await page.screenshot({ path: `${shots}/entry-detail.png`, fullPage: false });
  if (dialogs.length || injected.flag || injected.scripts) failures.push("article markup ran or was inserted");
  if (!evidence.includes("<script>")) failures.push("the evidence was not shown as text");

  // A phone-sized screen and print still show the entries.
  await page.setViewportSize({ width: 390, height: 800 });
  const phone = await page.$eval("#entries", (ol) => ol.getBoundingClientRect().width);
  if (phone > 390) failures.push(`the list is ${phone}px wide on a 390px screen`);
  await page.screenshot({ path: `${shots}/phone.png`, fullPage: false });
  await page.emulateMedia({ media: "print" });
  const printed = await page.$eval("#entries", (ol) => getComputedStyle(ol).display !== "none" && ol.children.length);
  if (!printed) failures.push("printing hides the entries");
  Object.assign(result, { evidence, dialogs, injected, phone });
}

async function list(page) {
  await page.goto(`${base.replace(/\/$/, "")}/?${arg}`, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => /entries/.test(document.getElementById("status").textContent), null, { timeout: 15000 });
  result.entries = await page.$$eval("#entries li", (items) => items.map((li) => ({
    date: li.querySelector(".date").textContent,
    type: li.querySelector(".type").textContent,
    summary: li.querySelector(".summary").textContent,
    bar: li.querySelector(".bar") ? parseFloat(li.querySelector(".bar").style.width) : null,
  })));
  await page.screenshot({ path: `${shots}/storyline.png`, fullPage: true });
}
