import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;
let firstCache: Map<string, string> | undefined;

/** Date (YYYY-MM-DD) each file under `dir` was first committed: when an entry was published, for the feed. */
export function firstCommitDates(dir: string): Map<string, string> {
  if (firstCache) return firstCache;
  firstCache = new Map();
  try {
    const out = execFileSync('git', ['log', '--diff-filter=A', '--format=@%cs', '--name-only', '--', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    let date = '';
    // Newest first: the last date seen for a file is its first addition.
    for (const line of out.split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      else if (line.trim()) firstCache.set(line.trim(), date);
    }
  } catch {
    // Not a git checkout: no dates.
  }
  return firstCache;
}

/**
 * Last commit date (YYYY-MM-DD) per file under `dir`, from one `git log` call.
 * Empty when git or history is unavailable (a tarball checkout): pages then omit the date.
 */
export function lastUpdatedDates(dir: string): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  try {
    const out = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    let date = '';
    for (const line of out.split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      else if (line.trim() && !cache.has(line.trim())) cache.set(line.trim(), date);
    }
  } catch {
    // Not a git checkout: no dates.
  }
  return cache;
}
