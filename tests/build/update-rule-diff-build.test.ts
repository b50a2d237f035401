import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'glossary-rule-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

async function build(): Promise<{ failed: boolean; output: string }> {
  return run(resolve(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'out')], {
    cwd: root,
    env: { ...process.env, GLOSSARY_CONTENT_DIR: dir, FORCE_COLOR: '0', NO_COLOR: '1' },
  }).then(
    () => ({ failed: false, output: '' }),
    (err: { stdout: string; stderr: string }) => ({ failed: true, output: `${err.stdout}\n${err.stderr}` }),
  );
}

describe('astro build with <UpdateRuleDiff>', () => {
  it('renders the diff as static HTML with KaTeX, and fails on an unknown rule naming the file, tag, prop and allowed values', async () => {
    cpSync(resolve(root, 'tests/fixtures/terms-valid'), dir, { recursive: true });
    writeFileSync(join(dir, 'rule-diff-term.mdx'), entry('<UpdateRuleDiff from="sgd" to="momentum" />'));
    const good = await build();
    expect(good.output).toBe('');
    const html = readFileSync(join(dir, 'out/terms/rule-diff-term/index.html'), 'utf8');
    expect(html).toMatch(/<figure[^>]*data-update-rule-diff[^>]*data-from="sgd"[^>]*data-to="momentum"/);
    expect(html).toMatch(/<tr[^>]*data-status="added"[^>]*data-line="momentum"/);
    expect(html).toContain('class="katex"');

    writeFileSync(join(dir, 'rule-diff-term.mdx'), entry('<UpdateRuleDiff from="adam" to="adamv" />'));
    const bad = await build();
    expect(bad.failed).toBe(true);
    expect(bad.output).toContain('content/terms/rule-diff-term.mdx: <UpdateRuleDiff>: prop "to": "adamv" is not a registered update rule. Allowed: sgd, momentum, nesterov, adam');
  }, 240_000);
});
