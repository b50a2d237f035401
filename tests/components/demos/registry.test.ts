import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ID_BY_TAG, DEMO_IDS, DEMOS } from '../../../components/demos/registry';
import { embedPath, mdxTagMap } from '../../../components/mdx/tag-map';
import { DEMO_IDS as SCHEMA_DEMO_IDS, TermSchema } from '../../../src/content/term-schema';
import { demoTagsIn } from '../../../src/content/validate-terms';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('the demo registry', () => {
  it('lists the seven demos once each, with unique ids, tags and URL prefixes', () => {
    expect(DEMOS.map((d) => d.tag)).toEqual(['OptimizerPlayground', 'TrainingPlayground', 'ScheduleViewer', 'CompressionLab', 'LossExplorer', 'BackendCheck', 'NumberFormats']);
    for (const key of ['id', 'tag', 'urlPrefix', 'title'] as const) expect(new Set(DEMOS.map((d) => d[key])).size, key).toBe(DEMOS.length);
  });

  it.each(DEMOS.map((d) => [d.tag, d] as const))('%s: kebab-case id, its own folder with manifest.ts and Embed.astro', (tag, demo) => {
    expect(demo.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(demo.id).toBe(tag.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase());
    expect(existsSync(path.join(repoRoot, 'components/demos', tag, 'manifest.ts'))).toBe(true);
    expect(existsSync(path.join(repoRoot, 'components/demos', tag, 'Embed.astro'))).toBe(true);
  });

  it.each(DEMOS.map((d) => [d.tag, d] as const))('%s: reserved heights are positive and shrink (or stay) as the page widens', (_tag, demo) => {
    for (const h of [demo.reservedHeight, ...Object.values(('variants' in demo ? demo.variants : undefined) ?? {})]) {
      expect(h.narrow).toBeGreaterThan(0);
      expect(h.medium).toBeLessThanOrEqual(h.narrow);
      expect(h.wide).toBeLessThanOrEqual(h.medium);
    }
  });

  it.each(DEMOS.map((d) => [d.tag, d] as const))('%s: the default props parse and describe the demo', (_tag, demo) => {
    const props = demo.props.parse({}) as never;
    expect(demo.describe(props).length).toBeGreaterThan(40);
  });

  it('keeps the reservations measured before the manifests (same px per band)', () => {
    const heights = Object.fromEntries(DEMOS.map((d) => [d.id, [d.reservedHeight.narrow, d.reservedHeight.medium, d.reservedHeight.wide]]));
    expect(heights).toEqual({
      'optimizer-playground': [3890, 3770, 2490],
      'training-playground': [2790, 2750, 1780],
      'schedule-viewer': [1250, 1250, 850],
      'compression-lab': [1950, 1450, 1120],
      'loss-explorer': [1620, 1550, 1265],
      'backend-check': [650, 650, 635],
      'number-formats': [2260, 1980, 1790],
    });
    const training = DEMOS.find((d) => d.id === 'training-playground')!;
    expect(training.variants?.['note']).toEqual({ narrow: 2940, medium: 2865, wide: 1870 });
    expect(training.variantOf?.(training.props.parse({ optimizer: 'muon' }))).toBe('note');
    expect(training.variantOf?.(training.props.parse({ optimizer: 'adam', schedule: 'reduce-on-plateau' }))).toBe('note');
    expect(training.variantOf?.(training.props.parse({ optimizer: 'adam' }))).toBeUndefined();
    const schedules = DEMOS.find((d) => d.id === 'schedule-viewer')!;
    expect(schedules.variants).toEqual({ plateau: { narrow: 1650, medium: 1560, wide: 1055 }, wsd: { narrow: 1310, medium: 1310, wide: 850 } });
    expect(schedules.variantOf?.(schedules.props.parse({ schedule: 'reduce-on-plateau' }))).toBe('plateau');
    const loss = DEMOS.find((d) => d.id === 'loss-explorer')!;
    expect(loss.variants?.['both']).toEqual({ narrow: 1930, medium: 1860, wide: 1610 });
    expect(loss.variantOf?.(loss.props.parse({ losses: 'mse,hinge' }))).toBe('both');
    expect(loss.variantOf?.(loss.props.parse({ losses: 'mse,mae' }))).toBeUndefined();
  });
});

describe('what derives from the registry', () => {
  it('the content schema accepts exactly the registry ids', () => {
    expect(SCHEMA_DEMO_IDS).toEqual(DEMOS.map((d) => d.id));
    expect(DEMO_IDS).toEqual(DEMOS.map((d) => d.id));
    const entry = { title: 'T', summary: 'S.', category: TermSchema.shape.category.options[0], difficulty: 'beginner', references: [{ title: 'R', url: 'https://example.org/' }] };
    expect(TermSchema.safeParse({ ...entry, demo: 'backend-check' }).success).toBe(true);
    expect(TermSchema.safeParse({ ...entry, demo: 'backend-chek' }).success).toBe(false);
  });

  it('the validator finds every registered tag and nothing else', () => {
    const body = DEMOS.map((d) => `<${d.tag} />`).join('\n') + '\n<Unknown />\n<Figure>';
    expect(demoTagsIn(body)).toEqual(DEMOS.map((d) => d.id));
    expect([...DEMO_ID_BY_TAG.keys()]).toEqual(DEMOS.map((d) => d.tag));
  });

  it('the MDX tag map has one component per registered tag, from its Embed.astro', () => {
    const embeds = Object.fromEntries(DEMOS.map((d) => [embedPath(d.tag), { default: `component of ${d.tag}` }]));
    expect(mdxTagMap(DEMOS, embeds)).toEqual(Object.fromEntries(DEMOS.map((d) => [d.tag, `component of ${d.tag}`])));
    const { [embedPath('LossExplorer')]: _missing, ...withoutOne } = embeds;
    expect(() => mdxTagMap(DEMOS, withoutOne)).toThrow('demo <LossExplorer> is in components/demos/registry.ts but has no components/demos/LossExplorer/Embed.astro');
  });
});
