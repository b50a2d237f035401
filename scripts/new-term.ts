/** `npm run new-term -- "Learning Rate"`: scaffolds content/terms/learning-rate.mdx as a draft. */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTermFiles } from '../src/content/read-terms';
import { scaffoldProblem, slugify, termTemplate } from '../src/content/scaffold-term';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new-term -- "Term Name"');
  process.exit(2);
}
const dir = resolve(process.env['GLOSSARY_CONTENT_DIR'] ?? 'content/terms');
const problem = scaffoldProblem(title, readTermFiles(dir));
const path = resolve(dir, `${slugify(title)}.mdx`);
if (problem || existsSync(path)) {
  console.error(`✗ Not created: ${problem ?? `${path} already exists`}`);
  process.exit(1);
}
writeFileSync(path, termTemplate(title), { flag: 'wx' });
console.log(`✓ Created ${path}
  Next: fill in every TODO(author), set category, related and references, remove "draft: true",
  then run "npm run check" and "npm run dev" to see it at http://127.0.0.1:4321/terms/${slugify(title)}/`);
