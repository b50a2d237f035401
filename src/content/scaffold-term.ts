import type { RawTermFile } from './read-terms';
import { TODO_MARK } from './todo-mark';
import { validateTerms } from './validate-terms';

/** "Learning Rate" -> "learning-rate"; "Newton's Method" -> "newtons-method". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function termTemplate(title: string): string {
  return `---
title: ${JSON.stringify(title)}
summary: "${TODO_MARK}: one or two sentences (at most 300 characters) that define the term."
aliases: []
category: foundations
tags: []
related: []
difficulty: beginner
references:
  - title: "${TODO_MARK}: author (year), title of the paper or documentation page"
    url: https://example.org/${TODO_MARK.replace(/[()]/g, '')}
# Remove this line when the entry is ready to publish.
draft: true
---

## ELI5

${TODO_MARK}: explain the idea with an everyday picture a ten-year-old can follow.

## In-depth explanation

${TODO_MARK}: the precise definition, the formula ($...$ for inline math, $$...$$ for display), when to use it,
common pitfalls, and how it differs from its neighbours.
`;
}

/** Why a new entry with this name cannot be created, or undefined when it can. */
export function scaffoldProblem(title: string, existing: readonly RawTermFile[]): string | undefined {
  const slug = slugify(title);
  if (!slug) return `"${title}" has no letters or digits to make a file name from: give the term's name, e.g. "Learning Rate"`;
  if (existing.some((f) => f.slug === slug)) return `content/terms/${slug}.mdx already exists: edit it instead, or choose another name`;
  const key = title.trim().toLowerCase();
  for (const t of validateTerms(existing).terms) {
    if (t.data.title.toLowerCase() === key) return `"${title}" is already the title of ${t.file}`;
    if (t.data.aliases.some((a) => a.toLowerCase() === key)) return `"${title}" is already an alias of ${t.file}: add to that entry instead, or choose another name`;
  }
  return undefined;
}
