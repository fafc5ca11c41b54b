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

describe('talks that were only proposed', () => {
  it('reads no meeting in a proposal for talks that was rejected, but keeps an offer of talks', () => {
    const doc = extract(
      "Norway's proposal for direct talks between Iceland and Denmark was rejected. Germany offered talks with Austria on Monday.",
    );
    expect(meetings(doc)).toEqual(['Austria+Germany proposed']);
  });
});

/** Each proposal as its proposers' sorted names, then its evidence texts. */
function proposals(doc: Extraction): { by: string[]; evidence: string[] }[] {
  const name = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.proposals.map((p) => ({
    by: p.proposers.map((x) => name.get(x) ?? x).sort(),
    evidence: p.evidence.map((e) => e.text),
  }));
}

describe('a proposal named again after a form of "be"', () => {
  it('reads "Among the sweeteners discussed by X with Y were plans to ..." as one offer of X', () => {
    const doc = extract(
      'Halvard Bank wants to buy Norsk Exchange. Halvard chief Tomas Berg met Norsk Exchange chief Lina Moe on Tuesday. Among the sweeteners discussed by Mr Berg with Ms Moe were plans to list its bonds in Oslo.',
    );
    const found = proposals(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.by).toEqual(['Tomas Berg']);
    expect(found[0]!.evidence).toEqual(expect.arrayContaining(['the sweeteners', 'plans']));
  });

  it('reads "The offer was a plan to ..." as the offer named again', () => {
    const doc = extract(
      'Spain made a new offer to Portugal on Monday. The offer was a plan to cut fishing quotas by a third.',
    );
    const found = proposals(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.by).toEqual(['Spain']);
    expect(found[0]!.evidence).toEqual(expect.arrayContaining(['The offer', 'a plan']));
  });

  it('keeps the author of a plan that others later discussed', () => {
    const doc = extract(
      'Spain put forward a plan to share the river. The plan was later discussed by Portugal and Morocco.',
    );
    expect(proposals(doc).map((p) => p.by)).toEqual([['Spain']]);
  });
});

describe('agreeing to talks', () => {
  it('reads no proposal in a side agreeing to keep the door open for talks, but one in agreeing to act', () => {
    const doc = extract(
      'Halvard Bank rejected the approach. However, Halvard Bank did agree to keep the door open for talks with suitors. Germany and France agreed to set up a joint fund.',
    );
    const by = proposals(doc).map((p) => p.by);
    expect(by).not.toContainEqual(['Halvard Bank']);
    expect(by).toContainEqual(['France', 'Germany']);
  });
});

describe('a deal reached in the talks', () => {
  it('reads "progress in the talks, with a consensus reached" as a deal of the sides that met', () => {
    const doc = extract(
      'Egypt held talks with Sudan in Cairo on Monday. Officials said progress was made in the talks, with a broad consensus reached on water sharing.',
    );
    expect(proposals(doc)).toEqual([{ by: ['Egypt', 'Sudan'], evidence: ['a broad consensus reached'] }]);
  });

  it('gives no parties to a consensus told apart from any talks', () => {
    const doc = extract(
      'Egypt held talks with Sudan in Cairo on Monday. Economists said a broad consensus was forming on interest rates.',
    );
    expect(proposals(doc)).toEqual([]);
  });
});

describe('a deal already in force', () => {
  it('reads "the current agreement" that talks race against as no proposal', () => {
    const doc = extract('Spain and Portugal held talks on Monday before the current agreement expired.');
    expect(meetings(doc)).toEqual(['Portugal+Spain held']);
    expect(proposals(doc)).toEqual([]);
  });

  it('still reads a new agreement signed beside the current one', () => {
    const doc = extract(
      'Spain and Portugal signed a new fishing agreement on Monday. The current agreement expires in May.',
    );
    expect(proposals(doc)).toEqual([{ by: ['Portugal', 'Spain'], evidence: ['a new fishing agreement'] }]);
  });
});

describe('coming to an agreement, and a plan discussed by both sides', () => {
  it('reads "the two sides were able to come to an agreement" as a deal of the sides', () => {
    const doc = extract(
      'Spain and Portugal held talks in Lisbon on Monday. Officials said the two sides were able to come to an agreement on fishing quotas.',
    );
    expect(proposals(doc).map((p) => p.by)).toEqual([['Portugal', 'Spain']]);
  });

  it('reads no particular deal in a bare "came to agreement"', () => {
    const doc = extract('Spain and Portugal came to agreement quickly, officials said on Monday.');
    expect(proposals(doc)).toEqual([]);
  });

  it('reads the agents of "a plan to ... was discussed by X and Y" as its proposers', () => {
    const doc = extract('A plan to share the river was discussed by Spain and Portugal on Monday.');
    expect(proposals(doc).map((p) => p.by)).toEqual([['Portugal', 'Spain']]);
  });
});
