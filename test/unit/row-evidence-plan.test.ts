// How the server plans the count of the quotes behind each row (frontend/server/graph/evidence.ts): rows
// with the same elements are counted once, rows of plain values are not counted, and the ids one answer
// sends to Neo4j stay under their cap; the browser reads the same elements out of a row's references.
import { describe, expect, it } from 'vitest';
import { planCount, RowElementsBuilder } from '../../frontend/server/graph/evidence';
import { MAX_ROW_ELEMENTS, rowElementsOf } from '../../frontend/shared/evidence';

const row = (nodes: string[], relationships: string[] = []) => ({ nodes, relationships });

describe('planning the count', () => {
  it('counts each distinct set of elements once and skips rows of plain values', () => {
    const plan = planCount([row(['a', 'b'], ['r']), row([]), row(['a', 'b'], ['r']), row(['c'])]);
    expect(plan.sets).toEqual([row(['a', 'b'], ['r']), row(['c'])]);
    expect(plan.setOfRow).toEqual([0, null, 0, 1]);
    expect(plan.skipped).toBe(0);
  });

  it('stops sending ids at the cap and counts the rows left over as skipped', () => {
    const plan = planCount([row(['a', 'b']), row(['c', 'd']), row(['e']), 'over'], 3);
    expect(plan.sets).toEqual([row(['a', 'b']), row(['e'])]);
    expect(plan.setOfRow).toEqual([0, null, 1, null]);
    expect(plan.skipped).toBe(2);
  });

  it('marks a row over the element cap, whatever order its elements come in', () => {
    const builder = new RowElementsBuilder();
    for (let i = 0; i <= MAX_ROW_ELEMENTS; i++) builder.node(`n${i}`);
    expect(builder.done()).toBe('over');
    const fits = new RowElementsBuilder();
    for (let i = 0; i < MAX_ROW_ELEMENTS; i++) fits.relationship(`r${i}`);
    fits.relationship('r0');
    expect(fits.done()).not.toBe('over');
  });
});

describe('the elements of a row, as the browser reads them', () => {
  it('finds nodes, relationships and paths inside lists and maps, each once', () => {
    const elements = rowElementsOf([
      'plain',
      { $ref: 'node', elementId: 'n1' },
      [{ $ref: 'path', nodes: ['n1', 'n2'], relationships: ['r1'] }],
      { nested: { $ref: 'relationship', elementId: 'r2' } },
    ]);
    expect(elements).toEqual({ nodes: ['n1', 'n2'], relationships: ['r1', 'r2'] });
  });

  it('gives up past the element cap, as the server does', () => {
    const many = Array.from({ length: MAX_ROW_ELEMENTS + 1 }, (_, i) => ({
      $ref: 'node',
      elementId: `n${i}`,
    }));
    expect(rowElementsOf(many)).toBeNull();
    expect(rowElementsOf(many.slice(1))).not.toBeNull();
  });
});
