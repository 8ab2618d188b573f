// What the check scripts share: Debian's Chromium started for a test, and the one JSON line each prints at the end.
import { chromium } from "playwright-core";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/** Prints what the check found and exits non-zero when any check failed. */
export function report(result) {
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(result.failures.length ? 1 : 0);
}
