/** `npm run check` (first half): validates every entry without building the site. */
import { resolve } from 'node:path';
import { formatContentError } from '../src/content/content-error';
import { readTermFiles } from '../src/content/read-terms';
import { validateTerms } from '../src/content/validate-terms';

const dir = resolve(process.argv[2] ?? 'content/terms');
const { terms, errors } = validateTerms(readTermFiles(dir));
if (errors.length > 0) {
  for (const e of errors) console.error(`✗ ${formatContentError(e)}`);
  console.error(`\n${errors.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`✓ ${terms.length} entries valid (${terms.filter((t) => !t.data.draft).length} published)`);
