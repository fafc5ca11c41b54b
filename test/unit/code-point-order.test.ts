// byCodePoint (ingest/identity/names.ts) orders ids and names by Unicode code point, so that a group's id
// and the order of its members never depend on how JavaScript compares UTF-16 units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodePoint } from '../../ingest/identity/names';

/** The definition: the strings as lists of code points, compared element by element. */
function reference(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

// Units near the surrogate range and above it, where code-point order and UTF-16 order part.
const unit = fc.oneof(
  fc.constantFrom(0x41, 0x7a, 0xd7ff, 0xd83d, 0xd800, 0xdbff, 0xdc00, 0xde00, 0xdfff, 0xe000, 0xff5e, 0xffff),
  fc.integer({ min: 0, max: 0xffff }),
);
const text = fc.array(unit, { maxLength: 8 }).map((units) => String.fromCharCode(...units));

describe('byCodePoint', () => {
  it('orders by code point where UTF-16 order differs', () => {
    const astral = '\u{1F600}'; // a surrogate pair, above every unit of the basic plane
    const high = '\uFF5E';
    expect(astral < high).toBe(true);
    expect(byCodePoint(astral, high)).toBeGreaterThan(0);
    expect(byCodePoint(`x${astral}`, `x${high}`)).toBeGreaterThan(0);
    expect(byCodePoint('abc', 'abd')).toBeLessThan(0);
    expect(byCodePoint('ab', 'abc')).toBeLessThan(0);
    expect(byCodePoint('same', 'same')).toBe(0);
  });

  it('gives the sign of the code-point comparison for any strings, lone surrogates included', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(byCodePoint(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('sorts a list as the code-point order does', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (list) => {
        expect([...list].sort(byCodePoint)).toEqual([...list].sort(reference));
      }),
    );
  });
});
