// The sameness rules of meetings and proposals across articles (ingest/identity/events.ts), on invented
// events: what merges, what stays apart and why, and that the groups do not depend on the input order.
import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  daysApart,
  groupEvents,
  groupProps,
  probeMinimum,
  sameMeeting,
  sameProposal,
  verdictMemory,
  type EventRef,
} from '../../ingest/identity/events';

const meeting = (id: string, articleId: string, over: Partial<EventRef> = {}): EventRef => ({
  articleId,
  articleDate: '2025-06-02',
  id,
  kind: 'meeting',
  label: 'Halvorsen–Quill meeting in Tessmoor',
  date: '2025-06-02',
  place: 'Tessmoor',
  status: 'held',
  terms: [],
  actors: ['person-eira-halvorsen', 'person-jonas-quill'],
  ...over,
});

const proposal = (id: string, articleId: string, over: Partial<EventRef> = {}): EventRef => ({
  articleId,
  articleDate: '2025-06-02',
  id,
  kind: 'proposal',
  label: 'Grain corridor with 12 escorted convoys',
  date: null,
  place: null,
  status: null,
  terms: ['grain corridor with 12 escorted convoys'],
  actors: ['country-varnland'],
  ...over,
});

describe('sameMeeting', () => {
  it('joins two reports of one meeting a day apart', () => {
    expect(sameMeeting(meeting('m1', 'a1'), meeting('m2', 'a2', { date: '2025-06-03' })).same).toBe(true);
  });

  it('keeps apart the same two people meeting weeks later, as a near-miss with the gap', () => {
    const v = sameMeeting(meeting('m1', 'a1'), meeting('m2', 'a2', { date: '2025-06-20', place: null }));
    expect(v).toMatchObject({ same: false, near: true });
    expect(v.reason).toContain('18 days apart');
  });

  it('needs two shared participants and half of all of them', () => {
    const one = meeting('m2', 'a2', { actors: ['person-eira-halvorsen', 'person-ada-brun'] });
    expect(sameMeeting(meeting('m1', 'a1'), one)).toMatchObject({ same: false, near: false });
    const crowd = meeting('m3', 'a3', {
      actors: ['person-eira-halvorsen', 'person-jonas-quill', 'person-a', 'person-b', 'person-c'],
    });
    expect(sameMeeting(meeting('m1', 'a1'), crowd)).toMatchObject({ same: false, near: true });
  });

  it('joins an undated report only when the labels agree and the articles are close', () => {
    const undated = meeting('m2', 'a2', { date: null, articleDate: '2025-06-04' });
    expect(sameMeeting(meeting('m1', 'a1'), undated).same).toBe(true);
    const other = meeting('m3', 'a3', { date: null, label: 'Budget summit' });
    expect(sameMeeting(meeting('m1', 'a1'), other)).toMatchObject({ same: false, near: true });
  });

  it('never joins two meetings of one article, or a cancelled one with one that took place', () => {
    expect(sameMeeting(meeting('m1', 'a1'), meeting('m2', 'a1')).same).toBe(false);
    const cancelled = meeting('m2', 'a2', { status: 'cancelled' });
    expect(sameMeeting(meeting('m1', 'a1'), cancelled)).toMatchObject({ same: false, near: true });
  });
});

describe('a date that names no calendar day', () => {
  it('gives no distance, as a missing date does', () => {
    expect(daysApart('2025-06-02', '2025-06-05')).toBe(3);
    expect(daysApart('2025-13-40', '2025-06-05')).toBeNull();
    expect(daysApart('2025-06-02', null)).toBeNull();
  });

  it('leaves a meeting undated: weeks between the articles keep it apart, not a merge', () => {
    const bad = meeting('m2', 'a2', { date: '2025-13-40', articleDate: '2025-07-20' });
    const v = sameMeeting(meeting('m1', 'a1'), bad);
    expect(v).toMatchObject({ same: false, near: true });
    expect(v.reason).toContain('undated');
    const close = meeting('m3', 'a3', { date: '2025-13-40', articleDate: '2025-06-04' });
    expect(sameMeeting(meeting('m1', 'a1'), close).same).toBe(true);
  });

  it('leaves a proposal apart, as an undated article does', () => {
    const bad = proposal('p2', 'a2', { articleDate: '2025-02-99' });
    expect(sameProposal(proposal('p1', 'a1'), bad).reason).toContain('undated');
  });

  it('groups the same whatever the order', () => {
    const events = [
      meeting('m1', 'a1'),
      meeting('m2', 'a2', { date: '2025-13-40', articleDate: '2025-06-03' }),
      meeting('m3', 'a3', { date: '2025-06-03' }),
      meeting('m4', 'a4', { date: '2025-00-00', articleDate: '2025-08-30' }),
    ];
    const ids = (refs: EventRef[]) => groupEvents(refs).clusters.map((c) => c.members.map((m) => m.id));
    expect(ids(events)).toEqual(ids([...events].reverse()));
    expect(ids(events)).toEqual([['m1', 'm2', 'm3'], ['m4']]);
  });
});

describe('sameProposal', () => {
  it('joins one offer told in two articles', () => {
    const later = proposal('p2', 'a2', { articleDate: '2025-06-09', label: 'Grain corridor' });
    expect(sameProposal(proposal('p1', 'a1'), later).same).toBe(true);
  });

  it('never joins a counter-proposal by another party, and reports it', () => {
    const counter = proposal('p2', 'a2', { actors: ['country-ostrava'] });
    const v = sameProposal(proposal('p1', 'a1'), counter);
    expect(v).toMatchObject({ same: false, near: true });
    expect(v.reason).toContain('counter-proposal');
  });

  it('keeps a revised offer with another amount apart', () => {
    const revised = proposal('p2', 'a2', {
      label: 'Grain corridor with 20 escorted convoys',
      terms: ['grain corridor with 20 escorted convoys'],
    });
    expect(sameProposal(proposal('p1', 'a1'), revised).reason).toContain('different amounts');
  });

  it('keeps apart offers told months apart', () => {
    const old = proposal('p2', 'a2', { articleDate: '2025-01-10' });
    expect(sameProposal(proposal('p1', 'a1'), old)).toMatchObject({ same: false, near: true });
  });
});

describe('groupEvents', () => {
  const events = [
    meeting('m-b', 'a2', { date: '2025-06-03' }),
    meeting('m-a', 'a1'),
    meeting('m-c', 'a3', { date: '2025-06-30', place: null }),
    proposal('p-b', 'a2'),
    proposal('p-a', 'a1'),
    proposal('p-c', 'a2', { actors: ['country-ostrava'] }),
  ];

  it('gives each group the least member id, whatever the order of the events', () => {
    const forward = groupEvents(events);
    expect(forward.clusterOf.get('m-b')).toBe('m-a');
    expect(forward.clusterOf.get('m-c')).toBe('m-c');
    expect(forward.clusterOf.get('p-b')).toBe('p-a');
    expect(forward.clusterOf.get('p-c')).toBe('p-c');
    const backward = groupEvents([...events].reverse());
    expect([...backward.clusterOf].sort()).toEqual([...forward.clusterOf].sort());
  });

  it('never chains: an event joins a group only when it is the same as every member', () => {
    const chain = [
      meeting('m1', 'a1', { date: '2025-06-01', place: null }),
      meeting('m2', 'a2', { date: '2025-06-04', place: null }),
      meeting('m3', 'a3', { date: '2025-06-07', place: null }),
    ];
    const { clusterOf, nearMisses } = groupEvents(chain, true);
    expect(new Set(clusterOf.values()).size).toBe(2);
    expect(nearMisses.length).toBeGreaterThan(0);
    expect(groupEvents(chain).clusterOf).toEqual(clusterOf);
  });

  it('lists near-misses with their reasons, counter-proposals among them for the report', () => {
    const { nearMisses } = groupEvents(events, true);
    expect(nearMisses.map((m) => m.ids.join())).toEqual(expect.arrayContaining(['m-a,m-c', 'p-a,p-c']));
  });

  it('takes a group status from its latest article, and the most common label', () => {
    const planned = meeting('m1', 'a1', { status: 'planned', articleDate: '2025-06-01' });
    const held = meeting('m2', 'a2', { status: 'held', label: 'Talks in Tessmoor' });
    const [cluster] = groupEvents([held, planned]).clusters;
    expect(cluster && groupProps(cluster)).toMatchObject({ status: 'held', date: '2025-06-02' });
  });
});

describe('verdictMemory', () => {
  it('answers a pair the same in either order, and groups as compareEvents does', () => {
    const list = [
      meeting('m-b', 'a2', { date: '2025-06-03' }),
      meeting('m-a', 'a1'),
      meeting('m-c', 'a3', { date: '2025-07-20' }),
      proposal('p-a', 'a1'),
      proposal('p-b', 'a2'),
    ];
    let asked = 0;
    const memory = verdictMemory();
    const counted = (a: EventRef, b: EventRef) => {
      asked++;
      return memory(a, b);
    };
    const [mb, ma] = list;
    expect(memory(mb!, ma!)).toEqual(compareEvents(ma!, mb!));
    expect(memory(ma!, mb!)).toBe(memory(mb!, ma!));
    const remembered = groupEvents(list, false, counted);
    expect(asked).toBeGreaterThan(0);
    expect([...remembered.clusterOf].sort()).toEqual([...groupEvents(list).clusterOf].sort());
    expect(remembered.clusterOf.get('m-b')).toBe('m-a');
    expect(remembered.clusterOf.get('m-c')).toBe('m-c');
  });
});

describe('probeMinimum', () => {
  // The loader asks Neo4j only for group nodes that share this many of an event's actors: the bound must
  // keep every event the rules can join, and is tight (one actor fewer never joins).
  const people = [
    'person-ada-brun',
    'person-eira-halvorsen',
    'person-jonas-quill',
    'person-kai-ovin',
    'person-lu-perrat',
  ];
  const countries = [
    'country-varnland',
    'country-tessmoor',
    'country-orsk',
    'country-dovrek',
    'country-halm',
  ];

  it('is the fewest shared participants with which two reports can be one meeting', () => {
    for (let n = 2; n <= people.length; n++) {
      const a = meeting('m1', 'a1', { actors: people.slice(0, n) });
      for (let k = 0; k <= n; k++) {
        const b = meeting('m2', 'a2', { actors: people.slice(0, k) });
        expect(sameMeeting(a, b).same, `${k} of ${n}`).toBe(k >= probeMinimum(a));
      }
    }
  });

  it('is the fewest shared proposers with which two reports can be one proposal', () => {
    for (let n = 1; n <= countries.length; n++) {
      const a = proposal('p1', 'a1', { actors: countries.slice(0, n) });
      for (let k = 0; k <= n; k++) {
        const b = proposal('p2', 'a2', { actors: countries.slice(0, k) });
        expect(sameProposal(a, b).same, `${k} of ${n}`).toBe(k >= probeMinimum(a));
      }
    }
  });
});
