import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

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
