// News constructions of meetings and proposals, on short articles written for these tests: who met,
// who proposed what, as an analyst would read it in the graph.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string, date = '2024-03-15'): Extraction => extractBody(body, date);

/** Each meeting as its participants' sorted names joined by "+", with its status. */
function meetings(doc: Extraction): string[] {
  const name = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.meetings.map(
    (m) =>
      `${m.participants
        .map((p) => name.get(p) ?? p)
        .sort()
        .join('+')} ${m.status}`,
  );
}

describe('a meeting whose sides are named after it', () => {
  it('reads earlier talks followed by "when the two sides settled" as a second meeting of the same sides', () => {
    const doc = extract(
      'Egypt and Sudan held talks on the dam on Monday. The deadline was moved during previous discussions in 2011, when the two sides settled on a 45-day delay.',
    );
    expect(meetings(doc)).toEqual(['Egypt+Sudan held', 'Egypt+Sudan held']);
  });

  it('does not take "both sides" that a preposition governs as the sides of bare talks', () => {
    const doc = extract(
      'Egypt and Sudan held talks on the dam on Monday. Observers said earlier discussions had been welcomed by both sides.',
    );
    expect(meetings(doc)).toEqual(['Egypt+Sudan held']);
  });
});
