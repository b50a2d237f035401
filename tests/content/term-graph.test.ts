import { describe, expect, it } from 'vitest';
import { backlinksOf, buildTermGraph, edgesOf, prevNextOf, relatedOf, underLinked } from '../../src/content/term-graph';

const nodes = [
  { slug: 'sgd', title: 'Stochastic Gradient Descent', related: ['gradient-descent', 'momentum'] },
  { slug: 'gradient-descent', title: 'Gradient Descent', related: ['sgd'] },
  { slug: 'momentum', title: 'Momentum', related: ['sgd', 'adam'] },
  { slug: 'adam', title: 'Adam', related: ['momentum', 'missing'] },
];
const graph = buildTermGraph(nodes);

describe('term graph', () => {
  it('orders entries A-Z by title', () => {
    expect(graph.ordered.map((n) => n.slug)).toEqual(['adam', 'gradient-descent', 'momentum', 'sgd']);
  });

  it('resolves related slugs in the author\'s order and skips unknown ones', () => {
    expect(relatedOf(graph, 'adam').map((n) => n.slug)).toEqual(['momentum']);
  });

  it('computes backlinks, leaving out entries already listed as related', () => {
    expect(graph.referencedBy.get('momentum')!.map((n) => n.slug)).toEqual(['adam', 'sgd']);
    expect(backlinksOf(graph, 'momentum').map((n) => n.slug)).toEqual([]);
    expect(backlinksOf(graph, 'gradient-descent').map((n) => n.slug)).toEqual([]);
    expect(backlinksOf(graph, 'adam').map((n) => n.slug)).toEqual([]);
    const oneWay = buildTermGraph([...nodes, { slug: 'lion', title: 'Lion', related: ['adam'] }]);
    expect(backlinksOf(oneWay, 'adam').map((n) => n.slug)).toEqual(['lion']);
  });

  it('gives prev/next neighbours in A-Z order, none past either end', () => {
    expect(prevNextOf(graph, 'gradient-descent')).toEqual({ prev: nodes[3], next: nodes[2] });
    expect(prevNextOf(graph, 'adam').prev).toBeUndefined();
    expect(prevNextOf(graph, 'sgd').next).toBeUndefined();
  });

  it('finds entries linked from fewer than N others', () => {
    expect(underLinked(graph, 2).map((n) => n.slug)).toEqual(['adam', 'gradient-descent']);
  });

  it('lists each undirected edge once', () => {
    expect(edgesOf(graph)).toEqual([['adam', 'momentum'], ['gradient-descent', 'sgd'], ['momentum', 'sgd']]);
  });

  it('computes the edges once per graph, and a new graph gets its own', () => {
    expect(edgesOf(graph)).toBe(edgesOf(graph));
    const smaller = buildTermGraph(nodes.filter((n) => n.slug !== 'sgd'));
    expect(edgesOf(smaller)).toEqual([['adam', 'momentum']]);
    expect(edgesOf(graph)).toHaveLength(3);
  });
});
