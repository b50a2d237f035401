/** House style: a file holds one concept; past 300 lines it is probably two. Applies to code and tests alike. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './import-graph';

const MAX_LINES = 300;
const CODE = /\.(ts|tsx|astro|mjs|js|css)$/;

/** Tracked and new (not ignored) files, so a file counts before its first commit. */
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((f) => CODE.test(f) && !f.startsWith('content/') && existsSync(path.join(repoRoot, f)));

describe('source file size', () => {
  it('finds the project files', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it(`no source or test file is over ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => ({ f, lines: readFileSync(path.join(repoRoot, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
