// What proposals trade, on short articles written for these tests: each term's role (gives, gets,
// condition) and the side it is for, and counter-proposals linked to the proposal they answer.
import { describe, expect, it } from 'vitest';
import { actorIdByName, extractBody } from '../support/extraction';
import type { Extraction, Proposal, TermRoleEntry } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-05-02');

/** Every role line of every proposal, as "role text → actor names". */
function lines(doc: Extraction): string[] {
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name ?? id;
  return doc.proposals.flatMap((p) =>
    (p.termRoles ?? []).map((t) => `${t.role} ${t.text} → ${t.for.map(name).join(', ')}`),
  );
}

const proposedBy = (doc: Extraction, name: string): Proposal[] =>
  doc.proposals.filter((p) => p.proposers.includes(actorIdByName(doc, name)));

const termsOf = (doc: Extraction): TermRoleEntry[] => doc.proposals.flatMap((p) => p.termRoles ?? []);

describe('an exchange', () => {
  it('gives what the owner hands over and gets what comes back ("X in exchange for Y")', () => {
    const doc = extract(
      'Talks resumed on Monday. Finnish and Norwegian negotiators are seeking to finalize a deal on Finnish access to Norwegian ports in exchange for fishing rights, officials said.',
    );
    expect(lines(doc)).toEqual([
      'gives Finnish access to Norwegian ports → Norway',
      'gets fishing rights → Norway',
    ]);
  });

  it('reads "in return for" after a demand from the side that demands', () => {
    const doc = extract(
      'Talks resumed on Monday. The Farmers Party demanded a cut in fuel duty in return for backing the budget, its leader Ole Brandt said.',
    );
    expect(lines(doc)).toEqual([
      'gets cut in fuel duty → Farmers Party',
      'gives backing the budget → Farmers Party',
    ]);
  });

  it('gives every evidence line the words of the exchange itself', () => {
    const doc = extract(
      'Talks resumed on Monday. Finnish and Norwegian negotiators are seeking to finalize a deal on Finnish access to Norwegian ports in exchange for fishing rights, officials said.',
    );
    for (const t of termsOf(doc)) {
      expect(t.evidence[0]!.text).toContain('in exchange for');
      expect(doc.article.text.slice(t.evidence[0]!.start, t.evidence[0]!.end)).toBe(t.evidence[0]!.text);
    }
  });
});

describe('verbs of giving and getting', () => {
  it('makes the subject of "would pay" give and of "would receive" get', () => {
    const doc = extract(
      'Talks resumed on Monday. Calder Mining and Brightwater Ltd signed an agreement on the Orvik field. Under the agreement, Calder Mining would pay $40 million and Brightwater Ltd would receive a 30% stake in the mine.',
    );
    const got = lines(doc);
    expect(got).toContain('gives $40 million → Calder Mining');
    expect(got).toContain('gets 30% stake in the mine → Brightwater');
  });

  it('makes the side that seeks a rise the one that gets it', () => {
    const doc = extract(
      'Talks resumed on Monday. The Dockers Union is seeking a seven pct pay rise, its leader Ana Morel said.',
    );
    expect(lines(doc)).toContain('gets seven pct pay rise → Dockers Union');
  });
});

describe('the price of a bid', () => {
  it('gives the amount to the target of the bid, not to the bidder', () => {
    const doc = extract(
      'Talks resumed on Monday. Harlow Foods Inc made an offer to acquire Pellman Dairies Inc for 12 dlrs a share in cash, the company said.',
    );
    expect(lines(doc)).toEqual(['gets 12 dlrs a share in cash → Pellman Dairies']);
  });
});

describe('conditions', () => {
  it('reads "provided that" as a condition for the side that opens it', () => {
    const doc = extract(
      'Talks resumed on Monday. Norway offered a ceasefire plan on Monday, provided that Finland withdraws its troops from the border.',
    );
    expect(lines(doc)).toContain('condition Finland withdraws its troops from the border → Finland');
  });

  it('reads "subject to" as a condition', () => {
    const doc = extract(
      'Talks resumed on Monday. Harlow Foods Inc announced a takeover offer for Pellman Dairies Inc, subject to approval by regulators.',
    );
    expect(
      termsOf(doc)
        .filter((t) => t.role === 'condition')
        .map((t) => t.text),
    ).toEqual(['approval by regulators']);
  });

  it('takes no condition from "as if" or from an "if" that says nothing of what would happen', () => {
    const doc = extract(
      'Talks resumed on Monday. Norway presented a ceasefire plan as if the war were over. Finland asked if the plan was final.',
    );
    expect(proposedBy(doc, 'Norway')).toHaveLength(1);
    expect(termsOf(doc).filter((t) => t.role === 'condition')).toEqual([]);
  });
});

describe('counter-proposals', () => {
  it('links the changes one side puts forward to the offer they change', () => {
    const doc = extract(
      'Talks resumed on Monday. Finland rejected an initial Norwegian offer on fishing quotas. Helsinki put forward changes to the offer on Tuesday.',
    );
    const [offer] = proposedBy(doc, 'Norway');
    const [changes] = proposedBy(doc, 'Finland');
    expect(changes?.counters?.map((c) => c.proposal)).toEqual([offer!.id]);
    expect(offer?.counters ?? []).toEqual([]);
  });

  it("links the plan a side proposes after rejecting another side's offer", () => {
    const doc = extract(
      "Talks resumed on Monday. Brightwater Ltd rejected Calder Mining Corp's offer and proposed a joint venture plan instead.",
    );
    const [offer] = proposedBy(doc, 'Calder Mining');
    const [plan] = proposedBy(doc, 'Brightwater');
    expect(plan?.counters?.map((c) => c.proposal)).toEqual([offer!.id]);
    expect(plan?.counters?.[0]?.evidence[0]?.text).toMatch(/^rejected/);
  });

  it('does not link a plan to an offer its own side made', () => {
    const doc = extract(
      "Talks resumed on Monday. Brightwater Ltd rejected Calder Mining Corp's offer, and Calder Mining Corp proposed a joint venture plan instead.",
    );
    expect(proposedBy(doc, 'Calder Mining').length).toBeGreaterThan(0);
    expect(doc.proposals.flatMap((p) => p.counters ?? [])).toEqual([]);
  });
});

describe('no trade stated', () => {
  it('gives a proposal with no giver or getter in its words no role lines', () => {
    const doc = extract(
      'Talks resumed on Monday. Norway and Finland signed a deal on fishing quotas, the ministers said.',
    );
    expect(doc.proposals).toHaveLength(1);
    expect(termsOf(doc)).toEqual([]);
  });
});
