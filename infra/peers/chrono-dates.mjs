// Runs chrono-node on documents given as JSON lines {id, text, reference} on stdin and writes, per document,
// {id, timexes: [{start, end, text, type, value}]} lines, then one {elapsedMs, characters} line: parsing time only.
import { createInterface } from "node:readline";
import * as chrono from "chrono-node";

const pad = (n, w = 2) => String(n).padStart(w, "0");

// chrono's components become a TIMEX3 value as precise as what it says it knows.
function value(component) {
  const y = component.get("year"), m = component.get("month"), d = component.get("day");
  if (component.isCertain("day") || (component.isCertain("weekday") && component.isCertain("day") !== false)) {
    const base = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    return component.isCertain("hour") ? [`${base}T${pad(component.get("hour"))}:${pad(component.get("minute") ?? 0)}`, "TIME"] : [base, "DATE"];
  }
  if (component.isCertain("month")) return [`${pad(y, 4)}-${pad(m)}`, "DATE"];
  if (component.isCertain("year")) return [pad(y, 4), "DATE"];
  return [`${pad(y, 4)}-${pad(m)}-${pad(d)}`, "DATE"];
}

const docs = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim()) docs.push(JSON.parse(line));
}

const started = process.hrtime.bigint();
const results = docs.map((doc) => {
  const reference = doc.reference ? new Date(`${doc.reference}T12:00:00Z`) : new Date("2000-01-01T12:00:00Z");
  const parsed = chrono.parse(doc.text, reference);
  return {
    id: doc.id,
    timexes: parsed.map((r) => {
      const [v, type] = value(r.start);
      return { start: r.index, end: r.index + r.text.length, text: r.text, type, value: v };
    }),
  };
});
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
process.stdout.write(JSON.stringify({ elapsedMs, characters: docs.reduce((n, d) => n + d.text.length, 0) }) + "\n");
