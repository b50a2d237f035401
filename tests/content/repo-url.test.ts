import { describe, expect, it } from 'vitest';
import { editUrl, normalizeRepoUrl, repositoryUrl } from '../../src/content/repo-url';

describe('repository URL for "Edit this page"', () => {
  it.each([
    ['https://github.com/o/glossary', 'https://github.com/o/glossary'],
    ['git+https://github.com/o/glossary.git', 'https://github.com/o/glossary'],
    ['git@github.com:o/glossary.git', 'https://github.com/o/glossary'],
    ['github:o/glossary', 'https://github.com/o/glossary'],
    ['gitlab:o/glossary', 'https://gitlab.com/o/glossary'],
    ['o/glossary', 'https://github.com/o/glossary'],
    ['', undefined],
    ['not a url', undefined],
  ])('%s -> %s', (raw, url) => {
    expect(normalizeRepoUrl(raw)).toBe(url);
  });

  it('prefers REPO_URL, then package.json, and is undefined when neither is set (the link is hidden)', () => {
    expect(repositoryUrl({ REPO_URL: 'https://github.com/a/b' }, 'github:c/d')).toBe('https://github.com/a/b');
    expect(repositoryUrl({}, { url: 'git+https://github.com/c/d.git' })).toBe('https://github.com/c/d');
    expect(repositoryUrl({}, undefined)).toBeUndefined();
  });

  it('points at the entry file on the branch', () => {
    expect(editUrl('https://github.com/a/b', 'content/terms/adam.mdx')).toBe('https://github.com/a/b/edit/main/content/terms/adam.mdx');
    expect(editUrl('https://github.com/a/b', './content/terms/adam.mdx', 'dev')).toBe('https://github.com/a/b/edit/dev/content/terms/adam.mdx');
  });
});
