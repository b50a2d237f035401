import { resolve } from 'node:path';
import { readTermFiles } from '../../src/content/read-terms';
import { validateTerms } from '../../src/content/validate-terms';

/** The entries the build publishes, read from the source so the tests know what to expect. */
export function publishedTerms() {
  return validateTerms(readTermFiles(resolve(process.cwd(), 'content/terms'))).terms.filter((t) => !t.data.draft);
}
