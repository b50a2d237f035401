import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'glossary-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('astro build on a malformed entry', () => {
  it('fails and names the file, the field and the fix', async () => {
    cpSync(resolve(root, 'tests/fixtures/terms-valid'), dir, { recursive: true });
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
    const result = await run(resolve(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'out')], {
      cwd: root,
      env: { ...process.env, GLOSSARY_CONTENT_DIR: dir, FORCE_COLOR: '0', NO_COLOR: '1' },
    }).then(
      () => ({ failed: false, output: '' }),
      (err: { stdout: string; stderr: string }) => ({ failed: true, output: `${err.stdout}\n${err.stderr}` }),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/broken-term\.mdx: field "related": unknown slug "no-such-term"\. Fix: /);
    expect(result.output).toContain('1 problem(s) in the glossary entries');
  }, 120_000);
});
