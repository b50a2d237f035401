/**
 * The one place an MDX demo tag's props are checked: the tag's Embed.astro calls `parseDemoProps(manifest,
 * Astro.props, file)` and hands the output to the island, which trusts it. Modelled on Starlight's
 * `parseWithFriendlyErrors`: every bad prop is reported, each with the file (when known), the tag, the prop, what
 * was written, the allowed values and the fix, e.g.
 *   content/terms/adam.mdx: <OptimizerPlayground>: prop "fn": "banana" is not allowed. Allowed: quadratic, rosenbrock, ...
 *   Fix: write one of the allowed values, or leave "fn" out for its default.
 */
import type { z } from 'zod';
import type { DemoManifest, PropsSchema } from './demo-manifest';

type Issue = z.core.$ZodIssue;

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/** The sentence for one issue, with its fix. */
function describeIssue(tag: string, input: Record<string, unknown>, issue: Issue, accepted: readonly string[]): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `<${tag}>: prop "${key}": not a prop of <${tag}>. Fix: remove it or use one of: ${accepted.join(', ') || '(none: the tag takes no props)'}.`).join('\n');
  }
  const prop = String(issue.path[0] ?? '?');
  const written = prop in input ? ` (written: ${shown(input[prop])})` : '';
  if (issue.code === 'invalid_value') {
    return `<${tag}>: prop "${prop}": ${issue.message}${written}. Allowed: ${issue.values.map(String).join(', ')}. Fix: write one of the allowed values, or leave "${prop}" out for its default.`;
  }
  return `<${tag}>: prop "${prop}": ${issue.message}${written}. Fix: change the value as the message says, or leave "${prop}" out for its default.`;
}

/** All of a failed parse's problems as one message, one line per problem. Pure. */
export function friendlyPropsError(manifest: Pick<DemoManifest, 'tag' | 'props'>, input: Record<string, unknown>, issues: readonly Issue[], file?: string): string {
  const shape = (manifest.props as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const accepted = Object.keys(shape);
  const where = file === undefined ? '' : `${file}: `;
  const lines = issues.map((issue) => where + describeIssue(manifest.tag, input, issue, accepted));
  return `${lines.join('\n')}\n(The props of <${manifest.tag}> are declared in components/demos/${manifest.tag}/manifest.ts.)`;
}

/** Parses a tag's props (Astro's own `class` aside); throws the friendly message naming every bad prop. */
export function parseDemoProps<P extends PropsSchema>(manifest: DemoManifest<string, string, P>, props: Record<string, unknown>, file?: string): z.output<P> {
  const { class: _class, ...input } = props;
  const result = manifest.props.safeParse(input);
  if (result.success) return result.data;
  throw new Error(friendlyPropsError(manifest, input, result.error.issues, file));
}

/** The entry file a term page renders, `/terms/adam/` -> `content/terms/adam.mdx`; undefined for other pages. */
export function entryFileOf(pathname: string): string | undefined {
  const slug = /^\/terms\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1];
  return slug === undefined ? undefined : `content/terms/${slug}.mdx`;
}
