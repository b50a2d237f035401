/**
 * Real `astro build` runs on fixture entries (GLOSSARY_CONTENT_DIR). They live in ONE file on purpose: every build
 * shares the project's .astro content store, so two builds in parallel test files would read each other's entries.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh copy of the valid fixture entries to add one entry to. */
function fixtureDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `glossary-${name}-`));
  dirs.push(dir);
  cpSync(resolve(root, 'tests/fixtures/terms-valid'), dir, { recursive: true });
  return dir;
}

async function build(dir: string): Promise<{ failed: boolean; output: string }> {
  return run(resolve(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'out')], {
    cwd: root,
    env: { ...process.env, GLOSSARY_CONTENT_DIR: dir, FORCE_COLOR: '0', NO_COLOR: '1' },
  }).then(
    () => ({ failed: false, output: '' }),
    (err: { stdout: string; stderr: string }) => ({ failed: true, output: `${err.stdout}\n${err.stderr}` }),
  );
}

const entry = (tag: string): string => `---
title: Rule Diff Term
summary: A fixture that compares two update rules.
category: foundations
difficulty: beginner
references:
  - title: Fixture
    url: https://example.org/
---

## ELI5

x

## In-depth explanation

${tag}
`;

describe('astro build on a malformed entry', () => {
  it('fails and names the file, the field and the fix', async () => {
    const dir = fixtureDir('bad');
    writeFileSync(join(dir, 'broken-term.mdx'), `---
title: Broken Term
summary: A fixture with a related link to nowhere.
category: foundations
related: [alpha-term, no-such-term]
difficulty: beginner
references:
  - title: Fixture
    url: https://example.org/
---

## ELI5

x

## In-depth explanation

y
`);
    const result = await build(dir);
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/broken-term\.mdx: field "related": unknown slug "no-such-term"\. Fix: /);
    expect(result.output).toContain('1 problem(s) in the glossary entries');
  }, 120_000);
});

describe('astro build with <UpdateRuleDiff>', () => {
  it('renders the diff as static HTML with KaTeX, and fails on an unknown rule naming the file, tag, prop and allowed values', async () => {
    const dir = fixtureDir('rule-diff');
    writeFileSync(join(dir, 'rule-diff-term.mdx'), entry('<UpdateRuleDiff from="sgd" to="momentum" />'));
    const good = await build(dir);
    expect(good.output).toBe('');
    const html = readFileSync(join(dir, 'out/terms/rule-diff-term/index.html'), 'utf8');
    expect(html).toMatch(/<figure[^>]*data-update-rule-diff[^>]*data-from="sgd"[^>]*data-to="momentum"/);
    expect(html).toMatch(/<tr[^>]*data-status="added"[^>]*data-line="momentum"/);
    expect(html).toContain('class="katex"');

    writeFileSync(join(dir, 'rule-diff-term.mdx'), entry('<UpdateRuleDiff from="adam" to="adamv" />'));
    const bad = await build(dir);
    expect(bad.failed).toBe(true);
    expect(bad.output).toContain('content/terms/rule-diff-term.mdx: <UpdateRuleDiff>: prop "to": "adamv" is not a registered update rule. Allowed: sgd, momentum, nesterov, adam');
  }, 240_000);
});
