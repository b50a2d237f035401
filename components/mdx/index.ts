/**
 * Components every entry may use without importing them (passed to `<Content components>`): one per demo in
 * components/demos/registry.ts, the demo's Embed.astro under its tag. Derived, not listed: a demo added to the
 * registry appears here; a registry tag without components/demos/<Tag>/Embed.astro fails the build. Beside the
 * demos, one static tag: <UpdateRuleDiff from to /> (build-time HTML, no island).
 */
import { DEMOS } from '../demos/registry';
import { mdxTagMap } from './tag-map';
import UpdateRuleDiff from './UpdateRuleDiff.astro';

const embeds = import.meta.glob<{ default: unknown }>('../demos/*/Embed.astro', { eager: true });

export const mdxComponents = { ...mdxTagMap(DEMOS, embeds), UpdateRuleDiff };
