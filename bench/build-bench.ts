/**
 * Build benchmark (issue #16, goal 6): the real build (`npm run build`: astro build, Pagefind, prune) of 1,000
 * entries, timed per phase, and where the time goes inside `astro build` (its stages, read from its log as it
 * arrives, and its per-page timings summed by route). The 1,000 entries are the real ones from content/terms plus
 * synthetic ones that look like them (four sections, KaTeX, a code block, links to existing entries), written to a
 * temporary folder the build reads through GLOSSARY_CONTENT_DIR; the site goes to a temporary DIST_DIR.
 *   npm run bench -- build            (BUILD_BENCH_ENTRIES=n for another size, BUILD_BENCH_KEEP=1 keeps the folders)
 * BUILD_BENCH_PLAIN=1 builds plain-prose entries instead (no real ones, no math, no code), like those of the search
 * bench, whose astro build of them gave the figure before this work (40.7-54 s).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATEGORY_IDS, DIFFICULTIES } from '../src/content/categories';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const GOAL_SECONDS = 40;
const BEFORE = '40.7-54 s';

const WORDS = ['gradient', 'curvature', 'batch', 'schedule', 'decay', 'variance', 'momentum', 'quantized', 'sparsity', 'loss',
  'optimizer', 'epoch', 'warmup', 'plateau', 'saddle', 'norm', 'scale', 'weights', 'activation', 'precision'];

const pad = (i: number) => String(i).padStart(4, '0');
const synthSlug = (i: number) => `synthetic-term-${pad(i)}`;

/** One synthetic entry shaped like the real ones: valid frontmatter, ELI5 / In-depth (with a subsection) / FAQ. */
export function syntheticEntry(i: number, count: number, realSlugs: readonly string[]): string {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
  const real = (k: number) => realSlugs[(i * 5 + k * 11) % realSlugs.length]!;
  const related = [...new Set([real(0), real(1), synthSlug((i + 1) % count), synthSlug((i + 7) % count)])].filter((s) => s !== synthSlug(i));
  // About as much math as a real entry (~15 formulas): one sentence in four carries two inline formulas.
  const prose = (k: number, math = true) => `The ${w(k)} of this term interacts with the ${w(k + 1)} and with [${real(k).replace(/-/g, ' ')}](/terms/${real(k)}/) `
    + `during training: when the ${w(k + 2)} grows, the step ${math ? `$\\eta_t$ shrinks by a factor of $\\sqrt{1 + t / ${k + 2}}$` : 'shrinks'}, so the ${w(k + 3)} `
    + `settles instead of oscillating around the minimum.`;
  const paragraph = (k: number) => Array.from({ length: 4 }, (_, j) => prose(k + j, j === 0)).join(' ');
  return `---
title: "Synthetic Term ${pad(i)}"
summary: "A generated entry number ${i} about ${w(0)} and ${w(1)}, shaped like a real one, used to measure how the build grows."
aliases: ["ST${pad(i)}", "Synthetic ${w(2)} ${pad(i)}"]
category: ${CATEGORY_IDS[i % CATEGORY_IDS.length]}
tags: [${w(3)}, ${w(4)}, synthetic]
related: [${related.join(', ')}]
difficulty: ${DIFFICULTIES[i % DIFFICULTIES.length]}
references:
  - title: "Generated reference ${i}"
    url: https://example.org/papers/${i}
  - title: "Generated documentation ${i}"
    url: https://example.org/docs/${w(5)}-${i}
---

## ELI5

Imagine a ${w(0)} that keeps a notebook of the ${w(1)} it saw on its last few steps. ${paragraph(0)}

## In-depth explanation

${paragraph(1)}

$$
\\theta_{t+1} = \\theta_t - \\eta_t \\, \\frac{m_t}{\\sqrt{v_t} + \\epsilon}, \\qquad m_t = \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t.
$$

${paragraph(2)} See also [the next synthetic term](/terms/${synthSlug((i + 1) % count)}/).

### Worked example of the ${w(3)}

Starting at $\\theta_0 = (1, -2)$ on $f(x, y) = \\tfrac12 (x^2 + 10 y^2)$ with $\\eta = 0.1$, one step of the rule above gives:

\`\`\`python
import torch

theta = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([theta], lr=0.1)
loss = 0.5 * (theta[0] ** 2 + 10 * theta[1] ** 2)
loss.backward()
opt.step()
print(theta)  # about (0.9, -1.9)
\`\`\`

${paragraph(3)}

## FAQ

**Does the ${w(4)} matter for term ${i}?** Yes: ${prose(5)}

**Is it related to ${real(2).replace(/-/g, ' ')}?** ${prose(6)}
`;
}

/** A plain-prose entry (also the search bench's): two sections and a subsection, no math, no code. */
export function plainEntry(i: number, count: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
  const sentences = Array.from({ length: 40 }, (_, k) => `The ${w(k)} of term ${i} interacts with ${w(k + 1)} and ${w(k + 2)} during training step ${k}.`).join(' ');
  return `---
title: "Synthetic Term ${i}"
summary: "A generated entry number ${i} about ${w(0)} and ${w(1)}, used to measure how search grows."
aliases: ["ST${i}"]
category: foundations
related: [${[1, 2, 3].map((d) => `synthetic-term-${(i + d) % count}`).join(', ')}]
difficulty: beginner
references:
  - title: Generated
    url: https://example.org/${i}
---

## ELI5

${sentences.slice(0, 600)}

## In-depth explanation

${sentences}

### Details of ${w(3)}

${sentences.slice(0, 900)}
`;
}

/** Writes the real entries plus synthetic ones up to `total` into `dir` (or `total` plain ones). */
export function writeEntries(dir: string, total: number, plain = false): { real: number; synthetic: number } {
  mkdirSync(dir, { recursive: true });
  if (plain) {
    for (let i = 0; i < total; i++) writeFileSync(join(dir, `synthetic-term-${i}.mdx`), plainEntry(i, total));
    return { real: 0, synthetic: total };
  }
  const source = join(root, 'content/terms');
  const realFiles = readdirSync(source).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).sort();
  for (const f of realFiles) copyFileSync(join(source, f), join(dir, f));
  const realSlugs = realFiles.map((f) => f.replace(/\.mdx$/, ''));
  const count = Math.max(0, total - realFiles.length);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${synthSlug(i)}.mdx`), syntheticEntry(i, count, realSlugs));
  return { real: realFiles.length, synthetic: count };
}

interface TimedLine { at: number; text: string }

const CPU_MARK = '@@build-bench-cpu';

/**
 * Runs a command, stamping each output line with the seconds since start as it arrives. Also reports the CPU time
 * (user + system) of the command and its children, from bash's `times`: on a shared machine the wall time follows the
 * load, the CPU time much less so.
 */
function runTimed(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; cpuSeconds: number; lines: TimedLine[] }> {
  return new Promise((ok, fail) => {
    const start = performance.now();
    const lines: TimedLine[] = [];
    // `times` in the shell itself (not in a pipe or $(...), whose subshell has no children): its second line is the
    // user and system time of the finished children.
    const script = `"$0" "$@"; rc=$?; echo "${CPU_MARK}" >&2; times >&2; exit $rc`;
    const child = spawn('bash', ['-c', script, cmd, ...args], {
      cwd: root,
      // node_modules/.bin first, as under npm: its node is the version the project pins (Astro needs >= 22.12).
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let tail = '';
    const onData = (chunk: Buffer) => {
      const at = (performance.now() - start) / 1000;
      const parts = (tail + chunk.toString('utf8')).split('\n');
      tail = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (tail) lines.push({ at: seconds, text: tail });
      const mark = lines.findIndex((l) => l.text.startsWith(CPU_MARK));
      // "0m12.345s 0m1.234s": user and system time of the children.
      const children = mark < 0 ? undefined : lines[mark + 2]?.text;
      const cpuSeconds = children === undefined ? Number.NaN : [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((t, m) => t + 60 * Number(m[1]) + Number(m[2]), 0);
      if (mark >= 0) lines.splice(mark, 3);
      if (code === 0) ok({ seconds, cpuSeconds, lines });
      else fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${lines.slice(-30).map((l) => l.text).join('\n')}`));
    });
  });
}

/** Astro's stages, each ending at the first log line that matches (in order); the rest of the run is the last stage. */
const STAGES: { name: string; until: RegExp }[] = [
  { name: 'start-up, config, content check (integrations)', until: /\[content\] Syncing content/ },
  { name: 'content sync (glob loader, schema)', until: /\[content\] Synced content/ },
  { name: 'types, build info', until: /Building static entrypoints/ },
  { name: 'server build (vite: pages, MDX with KaTeX and Shiki)', until: /\[vite\] ✓ built in/ },
  { name: 'client build (vite: islands, worker)', until: /Rearranging server assets|generating static routes/ },
  { name: 'static page generation', until: /(?<!\] )✓ Completed in/ },
];

export function astroStages(lines: readonly TimedLine[], total: number): { stage: string; seconds: number }[] {
  const out: { stage: string; seconds: number }[] = [];
  let from = 0;
  let i = 0;
  for (const { name, until } of STAGES) {
    const hit = lines.findIndex((l, k) => k >= i && until.test(l.text));
    if (hit < 0) continue;
    out.push({ stage: name, seconds: lines[hit]!.at - from });
    from = lines[hit]!.at;
    i = hit + 1;
  }
  out.push({ stage: 'after pages (sitemap, CSP, assets, cleanup)', seconds: total - from });
  return out;
}

/** Astro's per-page "(+12ms)" timings, summed by route pattern (terms/<slug>/, terms/<slug>.md, ...). */
export function pageTimings(lines: readonly TimedLine[]): { route: string; pages: number; seconds: number; maxMs: number }[] {
  const byRoute = new Map<string, { pages: number; ms: number; maxMs: number }>();
  for (const { text } of lines) {
    const m = /(?:└─|├─)\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const route = m[1]!.replace(/^\/terms\/[^/]+\.md$/, '/terms/<slug>.md').replace(/^\/terms\/[^/]+\/index\.html$/, '/terms/<slug>/')
      .replace(/^\/categories\/[^/]+\/index\.html$/, '/categories/<id>/');
    const r = byRoute.get(route) ?? { pages: 0, ms: 0, maxMs: 0 };
    r.pages += 1;
    r.ms += ms;
    r.maxMs = Math.max(r.maxMs, ms);
    byRoute.set(route, r);
  }
  return [...byRoute].map(([route, r]) => ({ route, pages: r.pages, seconds: r.ms / 1000, maxMs: r.maxMs })).sort((a, b) => b.seconds - a.seconds);
}

/**
 * Forgets Astro's content store (node_modules/.astro/data-store.json and .astro/). The store keys entries by slug and
 * keeps an unchanged entry's old file path, so after a build from another folder it would point the next build at
 * files that are gone (the copied real entries are byte-identical). Cleared before the bench, so it measures a cold
 * build as a fresh clone runs it, and after it, so the project's own next build syncs from content/terms.
 */
function clearContentStore(): void {
  rmSync(join(root, 'node_modules/.astro/data-store.json'), { force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

export async function runBuildBench(): Promise<void> {
  const total = Number(process.env['BUILD_BENCH_ENTRIES'] ?? 1000);
  const scratch = mkdtempSync(join(tmpdir(), 'glossary-build-bench-'));
  const content = join(scratch, 'terms');
  const dist = join(scratch, 'dist');
  try {
    const t0 = performance.now();
    const plain = process.env['BUILD_BENCH_PLAIN'] === '1';
    const { real, synthetic } = writeEntries(content, total, plain);
    const generateSeconds = (performance.now() - t0) / 1000;
    clearContentStore();
    const loadBefore = load();
    const env = { GLOSSARY_CONTENT_DIR: content, DIST_DIR: dist };
    const astro = await runTimed(bin('astro'), ['build', '--outDir', dist], env);
    const pagefind = await runTimed(bin('pagefind'), ['--site', dist, '--quiet', '--exclude-selectors', '.katex-html', '--exclude-selectors', 'annotation'], env);
    const prune = await runTimed(bin('tsx'), ['scripts/prune-pagefind-ui.ts', dist], env);
    const buildSeconds = astro.seconds + pagefind.seconds + prune.seconds;
    const cpuSeconds = astro.cpuSeconds + pagefind.cpuSeconds + prune.cpuSeconds;
    console.log(`\nBuild of ${real + synthetic} entries (${real} real + ${synthetic} ${plain ? 'plain-prose' : 'synthetic'}; writing them took ${generateSeconds.toFixed(1)} s, not counted)`);
    console.log(`load average before: ${loadBefore}; after: ${load()} (1, 5, 15 min; this machine has 2 cores shared with other work)`);
    console.table([
      { phase: 'astro build', seconds: astro.seconds.toFixed(1), 'CPU s': astro.cpuSeconds.toFixed(1) },
      { phase: 'pagefind (index)', seconds: pagefind.seconds.toFixed(1), 'CPU s': pagefind.cpuSeconds.toFixed(1) },
      { phase: 'prune Pagefind UI', seconds: prune.seconds.toFixed(1), 'CPU s': prune.cpuSeconds.toFixed(1) },
      { phase: 'total (npm run build)', seconds: buildSeconds.toFixed(1), 'CPU s': cpuSeconds.toFixed(1), goal: `<= ${GOAL_SECONDS} s`, before: BEFORE, met: buildSeconds <= GOAL_SECONDS ? 'yes' : 'no' },
    ]);
    console.log('\nInside astro build: stages (from the time each of its log lines arrived)');
    console.table(astroStages(astro.lines, astro.seconds).map((s) => ({ stage: s.stage, seconds: s.seconds.toFixed(1), share: `${((100 * s.seconds) / astro.seconds).toFixed(0)}%` })));
    console.log('\nStatic page generation by route (Astro\'s per-page timings, summed; pages render one after another)');
    console.table(pageTimings(astro.lines).slice(0, 12).map((r) => ({ route: r.route, pages: r.pages, 'seconds (sum)': r.seconds.toFixed(2), 'ms per page': ((1000 * r.seconds) / r.pages).toFixed(1), 'max ms': r.maxMs.toFixed(0) })));
    if (process.env['BUILD_BENCH_LOG'] === '1') console.log(astro.lines.map((l) => `${l.at.toFixed(2).padStart(7)} ${l.text}`).join('\n'));
  } finally {
    clearContentStore();
    if (process.env['BUILD_BENCH_KEEP'] === '1') console.log(`(kept ${scratch})`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

// Run directly (tsx bench/build-bench.ts) rather than through bench/run.ts.
if (import.meta.url === `file://${process.argv[1]}`) await runBuildBench();
