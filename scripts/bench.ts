/**
 * `npm run bench`: build time, CPU and memory at scale, and what the second script costs.
 * Generates N articles (default 1,000: 80 % news, 20 % notices, invented text from scripts/generate/corpus.ts)
 * into bench/content, compares their distinct Han character pairs with the sample content's, then builds them with the real build command, once with the
 * source script only (GONGKAI_SINGLE_SCRIPT=1) and once with both, and prints for each:
 * - wall seconds, and CPU-seconds of the whole process tree (steadier than wall time on a shared machine),
 *   sampled from /proc per process: Pagefind's process is not waited for by its parent, so rusage of children
 *   (and `time`) would leave it out;
 * - the peak memory of every process of the tree (the build's Node and Pagefind's own process), and the peak
 *   of the tree's total, sampled from /proc every 50 ms;
 * - the time of the content check, of the search index (and its record count) and of the output scan, as the
 *   build reports them.
 *
 * Usage: node scripts/bench.ts [--articles 1000] [--runs 1] [--both-only]
 */
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { distinctPairs, generateSite } from "./generate/corpus.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "1" },
    "both-only": { type: "boolean", default: false },
  },
});
const count = Number(values.articles);
const runs = Number(values.runs);
const root = path.resolve("bench");
const content = path.join(root, "content");
const TICKS =
  Number(execSync("getconf CLK_TCK", { encoding: "utf8" }).trim()) || 100;

/** The body (after the frontmatter) of every Markdown file under `dir`. */
function bodies(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      return text.slice(text.indexOf("\n---", 4) + 4);
    });
}

/** Median and mean distinct Han character pairs per article body. */
function pairStats(dir: string): {
  articles: number;
  median: number;
  mean: number;
} {
  const counts = bodies(dir)
    .map(distinctPairs)
    .sort((x, y) => x - y);
  return {
    articles: counts.length,
    median: counts[Math.floor(counts.length / 2)] ?? 0,
    mean: counts.reduce((x, y) => x + y, 0) / (counts.length || 1),
  };
}

/** pid → parent pid, for every process. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      map.set(Number(entry), Number(stat.replace(/^.*\) /, "").split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return map;
}

interface Measure {
  seconds: number;
  cpu: number;
  /** Peak resident memory of each process, by name (largest of processes with that name), in MB. */
  peaks: Map<string, number>;
  /** Peak of the whole tree's resident memory at one moment, in MB. */
  tree: number;
  check: number;
  scan: number;
  /** Search index: records and milliseconds, as the build reports them. */
  records: number;
  index: number;
  pages: number;
}

async function build(single: boolean): Promise<Measure> {
  const out = path.join(root, single ? "dist-single" : "dist");
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["scripts/build.ts", "--content", content, "--out", out],
    {
      env: { ...process.env, GONGKAI_SINGLE_SCRIPT: single ? "1" : "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const peaks = new Map<string, number>();
  const ticks = new Map<number, number>();
  let tree = 0;
  const sample = () => {
    const map = parents();
    const inTree = new Set([child.pid ?? -1]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, parent] of map)
        if (inTree.has(parent) && !inTree.has(pid))
          (inTree.add(pid), (grew = true));
    }
    let total = 0;
    for (const pid of inTree) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?";
        const hwm = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
        total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
        peaks.set(name, Math.max(peaks.get(name) ?? 0, hwm));
        const stat = fs
          .readFileSync(`/proc/${pid}/stat`, "utf8")
          .replace(/^.*\) /, "")
          .split(" ");
        ticks.set(pid, Number(stat[11]) + Number(stat[12]));
      } catch {
        // Exited between the listing and the read.
      }
    }
    tree = Math.max(tree, total);
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve) =>
    child.on("close", resolve),
  );
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed:\n${stderr}`);
  const ms = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? Number.NaN) / 1000;
  return {
    seconds: (performance.now() - started) / 1000,
    cpu: [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS,
    peaks,
    tree,
    check: ms(/content check: \d+ file\(s\) OK in (\d+) ms/),
    scan: ms(/output scan: \d+ file\(s\) clean in (\d+) ms/),
    records: Number(
      /search index: (\d+) record\(s\) in \d+ ms/.exec(stdout)?.[1] ??
        Number.NaN,
    ),
    index: ms(/search index: \d+ record\(s\) in (\d+) ms/),
    pages: fs
      .readdirSync(out, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".html")).length,
  };
}

function describe(label: string, m: Measure): string {
  const peaks = [...m.peaks]
    .sort((a, b) => b[1] - a[1])
    .map(([name, mb]) => `${name} ${Math.round(mb)} MB`)
    .join(", ");
  return [
    `  ${label}: ${m.seconds.toFixed(1)} s wall, ${m.cpu.toFixed(1)} CPU-s, ${m.pages} pages`,
    `    peak memory: ${peaks}; whole tree at once ${Math.round(m.tree)} MB`,
    `    content check ${m.check.toFixed(1)} s, search index ${m.records} record(s) in ${m.index.toFixed(1)} s, output scan ${m.scan.toFixed(1)} s`,
  ].join("\n");
}

const generated = performance.now();
const made = generateSite(content, { articles: count });
const generateSeconds = (performance.now() - generated) / 1000;
const ours = pairStats(content);
const samples = pairStats("content");
const median = (xs: Measure[], key: "seconds" | "cpu") =>
  [...xs].sort((a, b) => a[key] - b[key])[Math.floor(xs.length / 2)] as Measure;
const both: Measure[] = [];
const single: Measure[] = [];
for (let r = 0; r < runs; r++) {
  if (!values["both-only"]) single.push(await build(true));
  both.push(await build(false));
}
const b = median(both, "cpu");
const lines = [
  `Gongkai build benchmark: ${count} articles, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, median of ${runs} run(s) by CPU`,
];
if (single.length > 0) {
  const s = median(single, "cpu");
  lines.push(
    describe("source script only", s),
    describe("both scripts      ", b),
  );
  lines.push(
    `  second script costs: ${(b.seconds - s.seconds).toFixed(1)} s wall (+${(((b.seconds - s.seconds) / s.seconds) * 100).toFixed(0)} %), ${(b.cpu - s.cpu).toFixed(1)} CPU-s`,
  );
} else {
  lines.push(describe("both scripts", b));
}
lines.push(
  `  generated ${made.news} news + ${made.notices} notices in ${generateSeconds.toFixed(1)} s; distinct Han pairs per article: median ${ours.median}, mean ${Math.round(ours.mean)} (the ${samples.articles} sample articles: median ${samples.median}, mean ${Math.round(samples.mean)})`,
);
lines.push(
  `  per article (both): ${((b.cpu / count) * 1000).toFixed(1)} CPU-ms`,
);
process.stdout.write(`${lines.join("\n")}\n`);
