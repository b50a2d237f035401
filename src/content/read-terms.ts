import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An entry file as read from disk, before validation. */
export interface RawTermFile {
  /** Path relative to the project root, used in every error message. */
  file: string;
  /** File name without `.mdx`: the entry's URL slug. */
  slug: string;
  /** Parsed frontmatter, or undefined when it could not be parsed (see `parseError`). */
  frontmatter: unknown;
  parseError?: string;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function parseTermSource(file: string, source: string): RawTermFile {
  const slug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return { file, slug, frontmatter: undefined, parseError: 'the file does not start with a `---` frontmatter block', body: source };
  }
  try {
    return { file, slug, frontmatter: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { file, slug, frontmatter: undefined, parseError: `the frontmatter is not valid YAML (${reason})`, body: match[2] ?? '' };
  }
}

/** Reads every `.mdx` file in `dir`, in name order so messages are stable. */
export function readTermFiles(dir: string, root: string = process.cwd()): RawTermFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseTermSource(relative(root, path), readFileSync(path, 'utf8'));
    });
}
