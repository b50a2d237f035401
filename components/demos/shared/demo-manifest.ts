/**
 * What a demo declares about itself, once, in components/demos/<Tag>/manifest.ts: its id, MDX tag, title, URL prefix,
 * the props an entry may write (a zod schema whose output is the island's props), the height its frame reserves while
 * it loads, and the sentence the frame shows without JavaScript. components/demos/registry.ts lists every manifest;
 * the MDX tag map, DemoFigure's reservations, the content schema's demo ids and the validator's demo tags derive
 * from it. Plain .ts with no React or Astro import, so Node content validation can load every manifest.
 */
import type { z } from 'zod';

/**
 * The frame's min-height in px while the island loads (so the page below does not jump: CLS), per width band:
 * narrow below 24rem, medium from 24rem, wide from 48rem (DemoFigure's media queries). Measure the loaded demo on
 * every entry that embeds it at 360, 412, 768, 1024 and 1280 px (the tallest of each band), plus slack for messages.
 */
export interface ReservedHeights {
  narrow: number;
  medium: number;
  wide: number;
}

/** The zod schema of a demo's MDX props: an object, strict, so a misspelt prop fails the build. */
export type PropsSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

export interface DemoManifest<Id extends string = string, Tag extends string = string, P extends PropsSchema = PropsSchema> {
  /** Kebab-case id: the figure's data-demo, an entry's `demo:` frontmatter value, the window.__glossaryDemos id. */
  id: Id;
  /** The MDX tag and the folder name, PascalCase (components/demos/<Tag>/). */
  tag: Tag;
  /** The frame's caption after "Try it". */
  title: string;
  /** Namespace of the demo's URL keys (`op` -> ?op.lr=0.01). */
  urlPrefix: string;
  props: P;
  reservedHeight: ReservedHeights;
  /** Layouts whose loaded height differs (e.g. the loss explorer with both chart kinds), chosen by `variantOf`. */
  variants?: Readonly<Record<string, ReservedHeights>>;
  // Method signatures (not function-typed properties), so a specific manifest is usable where any manifest is.
  variantOf?(props: z.output<P>): string | undefined;
  /** The still preview's text: what the demo shows and what it opens with, for readers without JavaScript. */
  describe(props: z.output<P>): string;
}

/** Declares a manifest; `const` type parameters keep the id and tag literal, so the registry can derive typed lists. */
export function defineDemo<const Id extends string, const Tag extends string, P extends PropsSchema>(manifest: DemoManifest<Id, Tag, P>): DemoManifest<Id, Tag, P> {
  return manifest;
}

/** The reservation for a demo with these props: its variant's, if it has one, else the default. */
export function reservedHeightFor<P extends PropsSchema>(manifest: DemoManifest<string, string, P>, props: z.output<P>): { variant: string | undefined; heights: ReservedHeights } {
  const variant = manifest.variantOf?.(props);
  const heights = variant === undefined ? undefined : manifest.variants?.[variant];
  if (variant !== undefined && heights === undefined) throw new Error(`${manifest.tag}: variant "${variant}" has no reserved heights: add it to the manifest's variants`);
  return { variant, heights: heights ?? manifest.reservedHeight };
}
