/**
 * "Edit this page": the repository URL comes from REPO_URL or package.json's `repository`; without one the link
 * is not shown. Pure apart from the defaults, which read the environment and package.json.
 */
import { readFileSync } from 'node:fs';

type Repository = string | { url?: string } | undefined;

/** A browsable https URL for the common ways package.json and people write a repository; undefined otherwise. */
export function normalizeRepoUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const short = /^(github|gitlab|bitbucket):([\w.-]+\/[\w.-]+)$/.exec(value);
  if (short) return `https://${short[1]}.${short[1] === 'bitbucket' ? 'org' : 'com'}/${short[2]}`;
  if (/^[\w.-]+\/[\w.-]+$/.test(value)) return `https://github.com/${value}`;
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(value);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const url = value.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  return /^https?:\/\//.test(url) ? url : undefined;
}

export function repositoryUrl(env: Record<string, string | undefined> = process.env, repository: Repository = packageRepository()): string | undefined {
  return normalizeRepoUrl(env['REPO_URL']) ?? normalizeRepoUrl(typeof repository === 'string' ? repository : repository?.url);
}

/** The host's edit page for `filePath` (relative to the repository root), GitHub-style URLs (GitLab accepts them too). */
export function editUrl(repo: string, filePath: string, branch = 'main'): string {
  return `${repo}/edit/${branch}/${filePath.replace(/^\.?\//, '')}`;
}

function packageRepository(): Repository {
  try {
    return (JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: Repository }).repository;
  } catch {
    return undefined;
  }
}
