import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatContentError } from '../content/content-error';
import { readTermFiles } from '../content/read-terms';
import { validateTerms } from '../content/validate-terms';

/**
 * Validates every entry before Astro builds anything, so a bad entry fails `astro build`, `astro dev`
 * and `astro check` with one message per problem naming the file, the field and the fix.
 * Astro's own schema check still runs afterwards; this adds the checks across entries and of the body.
 */
export function contentCheck(options: { dir: string }): AstroIntegration {
  return {
    name: 'glossary-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { errors } = validateTerms(readTermFiles(resolve(options.dir)));
        if (errors.length === 0) return;
        // One log line per problem, so a long list stays readable; AstroError makes the CLI print the
        // summary (a plain Error is printed as "undefined" by Astro 7's hook runner).
        for (const e of errors) logger.error(formatContentError(e));
        throw new AstroError(
          `${errors.length} problem(s) in the glossary entries; each is listed above with its file, field and fix.`,
          'Run `npm run check` to see the same list without building.',
        );
      },
    },
  };
}
