// Stances read through general news constructions: a deal's own noun named again ("the rebate"), an
// agentless rejection in a two-sided bargain, and more (see each case).
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

describe('a deal noun named again', () => {
  it('reads "the rebate" as the rebate named before, not the plan named last', () => {
    const doc = extract(
      `Norland's prime minister Ana Ruiz defended the Norland £2bn rebate from the Union on Monday. ` +
        `The Union is drawing up its budget plans for the next decade. ` +
        `Commission president Paul Varne told reporters he wants the rebate to end by 2030.`,
    );
    expect(stanceLines(doc)).toEqual([
      'Ana Ruiz -> proposal of Norland: support',
      'Paul Varne -> proposal of Norland: oppose',
    ]);
  });
});
