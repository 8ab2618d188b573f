// Opens the timeline page in Debian's Chromium and checks what a person would see. Usage:
//   node page-check.mjs BASE_URL ENTRY_SUMMARY_WORD SCREENSHOT_DIR
// Prints one JSON line with what it found; exits non-zero when a check fails.
import { chromium } from "playwright-core";

const [base, word, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(base, { waitUntil: "networkidle" });
  await page.selectOption("select[name=timeline]", "");
  await page.waitForSelector(`#entries li:has-text("${word}")`, { timeout: 15000 });
  const ordered = await page.$$eval("#entries .date", (nodes) => nodes.length);
  await page.screenshot({ path: `${shots}/timeline.png`, fullPage: false });

  // A filter hides the entry, and clearing it shows it again.
  await page.selectOption("select[name=type]", "CONSULT");
  await page.waitForFunction((w) => ![...document.querySelectorAll("#entries li")].some((li) => li.textContent.includes(w)), word, { timeout: 10000 });
  await page.selectOption("select[name=type]", "");
  await page.waitForSelector(`#entries li:has-text("${word}")`, { timeout: 10000 });

  // The entry's detail shows the evidence as text: the markup in the article runs nothing.
  await page.click(`#entries li:has-text("${word}") a.open`);
  await page.waitForSelector("#detail blockquote mark", { timeout: 10000 });
  const evidence = await page.$eval("#detail blockquote mark", (m) => m.textContent);
  const injected = await page.evaluate(() => ({ flag: window.__timelineXss === true, scripts: document.querySelectorAll("#detail script, #detail img").length }));
  await page.screenshot({ path: `${shots}/entry-detail.png`, fullPage: false });
  if (dialogs.length || injected.flag || injected.scripts) failures.push("article markup ran or was inserted");
  if (!evidence.includes("<script>")) failures.push("the evidence was not shown as text");
  process.stdout.write(JSON.stringify({ entries: ordered, evidence, dialogs, injected, failures }) + "\n");
} catch (e) {
  failures.push(String(e));
  process.stdout.write(JSON.stringify({ failures }) + "\n");
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
