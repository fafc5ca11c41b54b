// The meeting pass on short articles written for these tests: who met whom, whether it happened,
// failed, is planned or was cancelled, and when, as an analyst would read it in the graph.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../support/extraction';
import { type Extraction, type Meeting } from '../../schema';

const extract = (body: string, date = '2024-03-15'): Extraction => extractBody(body, date);

/** Each meeting as the sorted names of its participants, with its status and date. */
function meetings(doc: Extraction): { who: string[]; status: string; date: string | null }[] {
  const name = new Map(doc.actors.map((a) => [a.id, a.name]));
  return doc.meetings.map((m: Meeting) => ({
    who: m.participants.map((p) => name.get(p) ?? p).sort(),
    status: m.status,
    date: m.date,
  }));
}

describe('meetings named by a noun and their outcome', () => {
  it('reads talks between two sides that broke down as held and failed, on the past Friday', () => {
    const doc = extract(
      'Talks between Argentina and Brazil broke down on Friday after the two sides failed to agree.',
    );
    expect(meetings(doc)).toEqual([{ who: ['Argentina', 'Brazil'], status: 'failed', date: '2024-03-15' }]);
  });

  it('reads a summit that is planned, a meeting that was cancelled and talks that ended without agreement', () => {
    const doc = extract(
      'A summit between France and Germany is planned for next month. The meeting between Poland and Hungary was cancelled. The talks between Greece and Turkey ended without agreement.',
    );
    expect(meetings(doc).map((m) => [m.who.join('+'), m.status])).toEqual([
      ['France+Germany', 'planned'],
      ['Hungary+Poland', 'cancelled'],
      ['Greece+Turkey', 'failed'],
    ]);
  });

  it('joins a later mention of the collapse of the talks to the talks, which then failed', () => {
    const doc = extract(
      'Egypt held talks with Sudan in Cairo on Monday. Egypt blamed Sudan when the talks collapsed, officials said.',
    );
    expect(meetings(doc)).toEqual([{ who: ['Egypt', 'Sudan'], status: 'failed', date: '2024-03-11' }]);
    expect(doc.meetings[0]!.place).toBe('Cairo');
  });

  it('does not take a briefing for reporters for a meeting', () => {
    const doc = extract(
      'Kenya’s foreign minister Amos Njoroge told a news conference in Nairobi that Kenya would not back down.',
    );
    expect(doc.meetings).toEqual([]);
  });
});

describe('who took part', () => {
  it('reads wire style: a company said it was in talks with another', () => {
    const doc = extract('Vantor Corp said it was in talks with Belmont Group Inc about a possible merger.');
    expect(meetings(doc).map((m) => m.who)).toEqual([['Belmont Group', 'Vantor']]);
  });

  it('gives "negotiations with X" told without a subject the article’s main actor as the other side', () => {
    const doc = extract(
      'Kenya missed a coupon payment in May. Officials expect a slow year of negotiations with the World Bank over a new loan. Kenya will publish its budget in June.',
    );
    expect(meetings(doc).map((m) => m.who)).toEqual([['Kenya', 'World Bank']]);
  });

  it('takes the sides reporting talks in a closing attribution, not analysts at a firm', () => {
    const doc = extract(
      'Talks on pay and hours broke down on Monday, the Nordic Metalworkers Union and the Harbour Employers Federation said. Talks on the budget stalled, analysts at Vantor Corp said.',
    );
    expect(meetings(doc)).toEqual([
      {
        who: ['Harbour Employers Federation', 'Nordic Metalworkers Union'],
        status: 'failed',
        date: '2024-03-11',
      },
    ]);
  });

  it('keeps talks with a side the text does not name, with the one side it names', () => {
    const doc = extract('Halvorsen Shipping Inc confirmed it had opened talks with several rival bidders.');
    expect(meetings(doc).map((m) => m.who)).toEqual([['Halvorsen Shipping']]);
  });

  it('reads boards that met separately as one meeting each, on the day before the article', () => {
    const doc = extract(
      'The boards of Halvorsen Shipping Inc and Brandt Lines Inc met separately on Sunday.',
      '1990-06-12',
    );
    expect(meetings(doc)).toEqual([
      { who: ['Halvorsen Shipping'], status: 'held', date: '1990-06-10' },
      { who: ['Brandt Lines'], status: 'held', date: '1990-06-10' },
    ]);
  });

  it('reads a planned board meeting on a day of the month', () => {
    const doc = extract(
      'Nordvik Mining Corp will hold its annual meeting in May. Its board of directors meets on April 30 to approve the accounts.',
      '1990-04-02',
    );
    expect(meetings(doc)).toEqual([{ who: ['Nordvik Mining'], status: 'planned', date: '1990-04-30' }]);
  });
});

describe('delegations and sides', () => {
  it('counts a delegation’s state and its leader among those who met', () => {
    const doc = extract(
      'A Norwegian delegation led by Fisheries Minister Ola Berg held talks with Canadian Trade Minister Ann Roy in Halifax. Japan held talks with a South Korean delegation headed by Trade Minister Park Min.',
    );
    expect(meetings(doc).map((m) => m.who)).toEqual([
      ['Ann Roy', 'Norway', 'Ola Berg'],
      ['Japan', 'Park Min', 'South Korea'],
    ]);
  });

  it('reads "the two sides will hold talks" as a new meeting of the sides just named, not of others', () => {
    const doc = extract(
      'German Chancellor Paul Roth will meet French President Marc Dubois in Paris on Tuesday. Egypt held talks with Sudan in Cairo. The two sides will hold a second round of talks next week.',
    );
    expect(meetings(doc).map((m) => [m.who.join('+'), m.status])).toEqual([
      ['Marc Dubois+Paul Roth', 'planned'],
      ['Egypt+Sudan', 'held'],
      ['Egypt+Sudan', 'planned'],
    ]);
  });

  it('reads "both sides ... said they will hold more talks" as planned talks of the two states', () => {
    const doc = extract(
      'Negotiators from Canada and Mexico held trade talks in Ottawa on Tuesday. Canadian trade minister Ruth Olsen said the talks went well. Both sides agreed on a timetable and said they will hold more talks in June.',
    );
    expect(meetings(doc).map((m) => [m.who.join('+'), m.status])).toEqual([
      ['Canada+Mexico+Ruth Olsen', 'held'],
      ['Canada+Mexico', 'planned'],
    ]);
  });

  it('does not take a month for the place of a meeting', () => {
    const doc = extract('German Chancellor Paul Roth and French President Marc Dubois last met in March.');
    expect(meetings(doc).map((m) => m.who)).toEqual([['Marc Dubois', 'Paul Roth']]);
    expect(doc.meetings[0]!.place).toBeNull();
  });
});

describe('what is not a meeting', () => {
  it('does not read "called the offer ..." or "called for calm" as a phone call', () => {
    const doc = extract(
      'Finnish President Anna Virta called the Swedish offer unfair. Norway called for calm on Sunday.',
    );
    expect(doc.meetings).toEqual([]);
  });

  it('does not join a "with" of another verb to the talks before it', () => {
    const doc = extract(
      'Turkey’s foreign minister Emre Kaya said talks could soon lead to a dispute with Greece.',
    );
    expect(meetings(doc).some((m) => m.who.includes('Greece'))).toBe(false);
  });

  it('keeps a name before a fronted clause out of those who met', () => {
    const doc = extract(
      'After a stop in Norway, Canadian trade minister Ian Cole held talks with Mexico in Mexico City.',
    );
    expect(meetings(doc).map((m) => m.who)).toEqual([['Ian Cole', 'Mexico']]);
  });
});

describe('previous rounds', () => {
  it('keeps "previous talks" between the same sides apart from the talks the story is about', () => {
    const doc = extract(
      'Norway and Chile held talks in Oslo on Monday on a fishing accord. Previous talks between Norway and Chile in 2019 ended without a deal.',
    );
    expect(meetings(doc).map((m) => m.status)).toEqual(['held', 'failed']);
    expect(doc.meetings[0]?.place).toBe('Oslo');
    expect(doc.meetings[1]?.place).toBeNull();
  });
});
