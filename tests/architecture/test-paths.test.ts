/**
 * Unit tests mirror source paths exactly, same folder names and case: tests/core/x/y.test.ts tests src/core/x/y.ts,
 * tests/components/demos/TrainingPlayground/state.test.ts tests components/demos/TrainingPlayground/state.ts. A test
 * may also be named after a folder it covers as a whole (tests/core/worker/protocol.test.ts for src/core/worker/protocol/).
 * Cross-cutting suites live apart: architecture/, glossary/ (the written entries), e2e/, quality/, build/, fixtures/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from './import-graph';

const CROSS_CUTTING = ['tests/architecture/', 'tests/glossary/', 'tests/e2e/', 'tests/quality/', 'tests/build/', 'tests/fixtures/'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs', ''];

/** The places a test path may mirror: tests/core -> src/core, tests/content -> src/content or content/, ... */
function mirrorCandidates(testFile: string): string[] {
  const rel = testFile.replace(/^tests\//, '').replace(/\.test\.tsx?$/, '');
  const top = rel.split('/')[0] ?? '';
  const bases = ['components', 'scripts', 'bench'].includes(top) ? [rel] : top === 'content' ? [`src/${rel}`, rel] : [`src/${rel}`];
  return bases.flatMap((b) => SOURCE_EXTENSIONS.map((ext) => b + ext));
}

const testFiles = sourceFiles('tests').filter((f) => /\.test\.tsx?$/.test(f) && !CROSS_CUTTING.some((c) => f.startsWith(c)));

describe('test paths mirror source paths', () => {
  it('finds the unit tests', () => {
    expect(testFiles.length).toBeGreaterThan(40);
  });

  it('every unit test sits at the path of the source file or folder it tests', () => {
    const orphans = testFiles.filter((t) => !mirrorCandidates(t).some((c) => existsSync(path.join(repoRoot, c))));
    expect(orphans.map((t) => `${t} mirrors none of ${mirrorCandidates(t).filter((c) => !/\.(tsx|astro|mjs)$/.test(c)).join(', ')}`)).toEqual([]);
  });
});
