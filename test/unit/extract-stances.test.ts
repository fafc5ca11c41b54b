// The stance pass on short articles written for these tests: who stands for or against whom or what,
// read the way an analyst would read it (holder, target and side).
import { describe, expect, it } from 'vitest';
import { actorIdByName, extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const idOf = actorIdByName;

const BID = 'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('holders in wire style and in quotations', () => {
  it('reads "X said its board had rejected" and "X said it would not accept" as X', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union said its board had rejected the bid. The Northfield Council said it would not accept the offer.`,
    );
    expect(stanceLines(doc)).toEqual(
      expect.arrayContaining([
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: oppose`,
      ]),
    );
    expect(stanceLines(doc).some((l) => l.endsWith(': support'))).toBe(false);
  });

  it("gives a stance in a quotation to its speaker, and a country's to the minister who speaks for it too", () => {
    const doc = extract(
      `${BID}\n\n“We reject the offer, which undervalues the exchange,” exchange chief executive Mara Linde said.\n\nNorway will oppose the bid, Norwegian Trade Minister Ana Ruiz said.`,
    );
    const lines = stanceLines(doc);
    expect(lines).toContain(`Mara Linde -> ${BID_TARGET}: oppose`);
    expect(lines).toContain(`Ana Ruiz -> ${BID_TARGET}: oppose`);
    expect(lines).toContain(`Norway -> ${BID_TARGET}: oppose`);
  });

  it('gives every coordinated subject the stance, each with its own determiner', () => {
    const doc = extract(`${BID} The Free Democrats and the Green Party welcomed the bid.`);
    expect(stanceLines(doc)).toEqual(
      expect.arrayContaining([
        `Free Democrats -> ${BID_TARGET}: support`,
        `Green Party -> ${BID_TARGET}: support`,
      ]),
    );
  });
});

describe('targets and stance adjectives', () => {
  it('takes the possessor as the target when what it owns is no actor or proposal', () => {
    const doc = extract('Union leader Bo Tran criticized Valemont Holdings’ handling of the talks.');
    expect(stanceLines(doc)).toEqual(['Bo Tran -> Valemont Holdings: oppose']);
  });

  it('reads "critical of" and a negated "supportive of" as opposition', () => {
    const doc = extract(
      'The Free Democrats were highly critical of Finance Minister Ana Ruiz. The Green Party is not supportive of Ruiz either.',
    );
    const ruiz = idOf(doc, 'Ana Ruiz');
    for (const party of ['Free Democrats', 'Green Party'])
      expect(doc.stances.find((s) => s.holder === idOf(doc, party))).toMatchObject({
        target: ruiz,
        polarity: 'oppose',
      });
  });
});

describe('judgements by an evaluative adjective', () => {
  const doc = extract(
    `${BID} Exchange chief executive Mara Linde called the bid "plainly inadequate". The Farmers Trading Union and the Green Party have said it was unworkable. The Northfield Council does not consider the bid to be a reasonable price. Union leader Bo Tran said the bid was fair.\n\nThe bid is generous, the article's own voice says nothing by that.`,
  );
  const lines = stanceLines(doc);

  it('reads a verb of judging with its adjective, and a negated praise as opposition', () => {
    expect(lines).toContain(`Mara Linde -> ${BID_TARGET}: oppose`);
    expect(lines).toContain(`Northfield Council -> ${BID_TARGET}: oppose`);
  });

  it('reads "X said it is ADJ" and "X said the bid was ADJ" as the speakers\' stances', () => {
    expect(lines).toContain(`Farmers Trading Union -> ${BID_TARGET}: oppose`);
    expect(lines).toContain(`Green Party -> ${BID_TARGET}: oppose`);
    expect(lines).toContain(`Bo Tran -> ${BID_TARGET}: support`);
  });

  it('gives no stance to a judgement nobody is said to make, nor to one of a meeting', () => {
    expect(lines).toHaveLength(5);
    const meeting = extract('Trade Minister Ana Ruiz called the meeting with Norway very constructive.');
    expect(meeting.stances).toEqual([]);
  });
});

describe('reciprocal blame, refusals to work together and quotations over several sentences', () => {
  it('gives each of two sides that blame each other a stance against the other', () => {
    const doc = extract(
      'Norway and Sweden, the main timber exporters, each blamed the other for the failure of the negotiations.',
    );
    expect(stanceLines(doc).sort()).toEqual(['Norway -> Sweden: oppose', 'Sweden -> Norway: oppose']);
  });

  it('reads a refusal to work with someone as opposition, and working with them as no stance', () => {
    const doc = extract(
      'The Harbour Party refused to govern with the head of the Valley Alliance, Tomas Brandvold, after the count. The Coast Party will govern with Brandvold.',
    );
    expect(stanceLines(doc)).toEqual(['Harbour Party -> Tomas Brandvold: oppose']);
  });

  it('attributes a quotation that runs over two sentences to the speaker named after it', () => {
    const doc = extract(
      `${BID}\n\nExchange chief executive Mara Linde was blunt. "I find the bid deeply insulting. We will reject it," she said.`,
    );
    expect(stanceLines(doc)).toEqual([`Mara Linde -> ${BID_TARGET}: oppose`]);
    expect(doc.stances[0]!.evidence).toHaveLength(2);
  });
});
