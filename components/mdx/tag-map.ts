/** Builds the MDX tag map from the registry and the Embed.astro modules found beside the manifests. Pure. */

/** The path under which import.meta.glob('../demos/*\/Embed.astro') lists a demo's tag component. */
export function embedPath(tag: string): string {
  return `../demos/${tag}/Embed.astro`;
}

/** Tag -> component for every registered demo; throws naming the file to add when a demo has no Embed.astro. */
export function mdxTagMap<T>(demos: readonly { tag: string }[], embeds: Readonly<Record<string, { default: T }>>): Record<string, T> {
  return Object.fromEntries(
    demos.map(({ tag }) => {
      const module = embeds[embedPath(tag)];
      if (module === undefined) throw new Error(`demo <${tag}> is in components/demos/registry.ts but has no components/demos/${tag}/Embed.astro: add it (copy another demo's)`);
      return [tag, module.default];
    }),
  );
}
