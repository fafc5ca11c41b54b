// The pure name logic of actor identity (ingest/identity/): canonical keys from a name alone, and the
// corpus step that joins short forms and aliases, on invented names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalKey, actorNodeId, isNameLike } from '../../ingest/identity/names';
import { nearMisses, resolve, type ActorRef } from '../../ingest/identity/resolve';
import { identityChanges } from '../../ingest/identity/changes';

const person = (name: string) => canonicalKey('person', name);

describe('canonicalKey', () => {
  it('folds case, accents, letters that do not decompose, dots and apostrophes', () => {
    expect(person('Łucja Wiśniewska')).toBe(person('Lucja Wisniewska'));
    expect(person('Søren Dæhlin')).toBe('soren daehlin');
    expect(person('J.D. Marlowe')).toBe(person('JD Marlowe'));
    expect(person('Aoife O’Brannagh')).toBe(person("Aoife O'Brannagh"));
    expect(person('Quennell-Ashby')).toBe(person('Quennell Ashby'));
  });

  it('drops leading titles and honorifics, and a possessive', () => {
    expect(person('Prime Minister Dr Halvard Trenn')).toBe('halvard trenn');
    expect(person('Ms. Idunn Varre')).toBe(person('Idunn Varre'));
    expect(person('Prof. Idunn Varre’s')).toBe('idunn varre');
    // A name that is only a title keeps it, rather than becoming empty.
    expect(person('Minister')).toBe('minister');
  });

  it('folds the romanisations of one Cyrillic ending into one', () => {
    const key = person('Oleksiy Dravenskiy');
    for (const variant of [
      'Oleksiy Dravensky',
      'Oleksiy Dravenskyy',
      'Oleksiy Dravenskii',
      'Oleksiy Dravenskyi',
    ])
      expect(person(variant)).toBe(key);
    expect(person('Yuliya Morenko')).toBe(person('Yulia Morenko'));
    expect(person('Natalya Morenko')).toBe(person('Natalia Morenko'));
    expect(person('Pavel Sergeyev')).toBe(person('Pavel Sergeev'));
  });

  it('keeps apart names that only look alike', () => {
    expect(person('Tam Beck')).not.toBe(person('Tam Bek'));
    expect(person('Linh Phan')).not.toBe(person('Linh Fan'));
    expect(person('Omar Ali')).not.toBe(person('Omar Aly'));
    expect(person('Mei Li')).not.toBe(person('Mei Ly'));
    expect(person('Hugo Wagner')).not.toBe(person('Hugo Vagner'));
    expect(person('Idris Khan')).not.toBe(person('Idris Han'));
  });

  it('applies transliteration and titles to people only', () => {
    expect(canonicalKey('organization', 'The Dravenskiy Works')).toBe('dravenskiy works');
    expect(canonicalKey('organization', 'General Varrow Motors')).toBe('general varrow motors');
  });

  it('gives an id in the form <kind>-<words>', () => {
    expect(actorNodeId('person', person('Marta Wiśniewska'))).toBe('person-marta-wisniewska');
  });

  it('is the same for any case and any surrounding space', () => {
    fc.assert(
      fc.property(fc.constantFrom('Tova Rell', 'Ansel Dravenskiy', 'Brónach Ní Fhael'), (name) => {
        expect(person(` ${name.toUpperCase()} `)).toBe(person(name));
      }),
    );
  });
});

describe('isNameLike', () => {
  it('reads names, not descriptions', () => {
    expect(isNameLike('Brandell')).toBe(true);
    expect(isNameLike('Mayor Brandell')).toBe(true);
    expect(isNameLike('Ilse von Brandell')).toBe(true);
    expect(isNameLike('the Varrish leader')).toBe(false);
    expect(isNameLike('Brandell’s team')).toBe(false);
    expect(isNameLike('Varrish officials')).toBe(false);
  });
});

const ref = (articleId: string, name: string, kind: ActorRef['kind'] = 'person', aliases: string[] = []) => ({
  articleId,
  kind,
  key: canonicalKey(kind, name),
  names: [name],
  aliases,
});

describe('resolve', () => {
  it('joins a surname alone to the one person who has it', () => {
    const r = resolve([ref('a1', 'Anneke Sorvald'), ref('a2', 'Sorvald')]);
    expect(r.nodeOf('person', 'sorvald')).toBe('person-anneke-sorvald');
    expect([...r.nodes.keys()]).toEqual(['person-anneke-sorvald']);
    expect(r.merges).toEqual([
      expect.objectContaining({ spelling: 'Sorvald', rule: 'short form', articles: ['a2'] }),
    ]);
  });

  it('keeps a surname alone apart when two people have it, and reports the near-misses', () => {
    const r = resolve([ref('a1', 'Anneke Sorvald'), ref('a2', 'Sorvald'), ref('a3', 'Piet Sorvald')]);
    expect([...r.nodes.keys()]).toEqual(['person-anneke-sorvald', 'person-piet-sorvald', 'person-sorvald']);
    const reasons = nearMisses(r).map((m) => m.reason);
    expect(reasons).toContain('same surname, different first names');
    expect(reasons.some((x) => x.includes('could stand for 2 different names'))).toBe(true);
  });

  it('never joins across kinds', () => {
    const r = resolve([ref('a1', 'Anneke Sorvald'), ref('a2', 'Sorvald', 'organization')]);
    expect(r.nodes.size).toBe(2);
  });

  it('follows a chain of short forms to the full name', () => {
    const r = resolve([ref('a1', 'Tomas Okafor Lind'), ref('a2', 'Okafor-Lind'), ref('a3', 'Lind')]);
    expect([...r.nodes.keys()]).toEqual(['person-tomas-okafor-lind']);
  });

  it('joins a known alias of one actor, and only a name-like one', () => {
    const union = ref('a1', 'Varrow Dockworkers Association', 'organization', ['VDA', 'the union']);
    const r = resolve([union, ref('a2', 'VDA', 'organization'), ref('a3', 'union', 'organization')]);
    expect(r.nodeOf('organization', 'vda')).toBe('organization-varrow-dockworkers-association');
    expect(r.nodeOf('organization', 'union')).toBe('organization-union');
  });

  it('names a node by its most used spelling, ties by code point, the rest as aliases', () => {
    const refs = [
      ref('a1', 'Oleksiy Dravenskiy'),
      ref('a2', 'Oleksiy Dravensky'),
      ref('a3', 'Oleksiy Dravensky'),
      ref('a4', 'Dravenskyy'),
    ];
    const node = resolve(refs).nodes.get('person-oleksy-dravensky');
    expect(node?.name).toBe('Oleksiy Dravensky');
    expect(node?.aliases).toEqual(['Dravenskyy', 'Oleksiy Dravenskiy']);
    const tie = resolve([ref('a1', 'Oleksiy Dravenskiy'), ref('a2', 'Oleksiy Dravensky')]);
    expect(tie.nodes.get('person-oleksy-dravensky')?.name).toBe('Oleksiy Dravenskiy');
  });

  it('depends on the set of references only, never on their order', () => {
    const refs = [
      ref('a1', 'Anneke Sorvald'),
      ref('a2', 'Sorvald'),
      ref('a3', 'Piet Sorvald'),
      ref('a4', 'Oleksiy Dravenskiy'),
      ref('a5', 'Dravensky'),
      ref('a6', 'Varrow Dockworkers Association', 'organization', ['VDA']),
      ref('a7', 'VDA', 'organization'),
    ];
    const view = (r: ReturnType<typeof resolve>) => JSON.stringify([...r.nodes.values()]);
    const expected = view(resolve(refs));
    fc.assert(
      fc.property(fc.shuffledSubarray(refs, { minLength: refs.length }), (shuffled) => {
        expect(view(resolve(shuffled))).toBe(expected);
      }),
    );
  });
});

describe('identityChanges', () => {
  it('moves the surname alone of an earlier article when a second person with it arrives', () => {
    const others = [ref('a1', 'Anneke Sorvald'), ref('a2', 'Sorvald')];
    const changes = identityChanges('a3', [ref('a3', 'Piet Sorvald')], others, []);
    expect(changes.relinked).toEqual(new Map([['a2', new Map([['person-sorvald', 'person-sorvald']])]]));
    expect(changes.changedNodes.map((n) => n.id)).toEqual(['person-anneke-sorvald', 'person-sorvald']);
    expect(changes.targetOf.get('person-piet-sorvald')).toBe('person-piet-sorvald');
  });

  it('changes nothing elsewhere when an article is loaded again unchanged', () => {
    const others = [ref('a1', 'Anneke Sorvald'), ref('a2', 'Sorvald')];
    const again = identityChanges('a2', [ref('a2', 'Sorvald')], [others[0]!], [others[1]!]);
    expect(again.relinked.size).toBe(0);
    expect(again.changedNodes).toEqual([]);
    expect(again.removedNodes).toEqual([]);
  });
});
