// "Bexley Utd" and "Bexley United", "Natl Ferry Co" and "National Ferry Co": one organisation written
// in full and in a short form whose every word shortens the full name's word at the same place.
import type { Registry } from './registry';
import type { ActorDraft } from './types';

/** Joins each organisation named by a contraction to the organisation it shortens. */
export function contractedOrganisations(reg: Registry): void {
  const { actors, mentions } = reg;
  // Only names with the same initials can be one another's contraction: compare within those.
  const byInitials = new Map<string, ActorDraft[]>();
  for (const a of actors.values()) {
    if (a.kind !== 'organization' || !a.name.includes(' ')) continue;
    const initials = a.name
      .split(' ')
      .map((w) => w[0]?.toLowerCase())
      .join('');
    const list = byInitials.get(initials);
    if (list) list.push(a);
    else byInitials.set(initials, [a]);
  }
  const into = new Map<string, ActorDraft>();
  for (const same of byInitials.values()) {
    for (const short of same) {
      const full = same.find((o) => o !== short && !into.has(o.key) && contracts(short.name, o.name));
      if (full) into.set(short.key, full);
    }
  }
  if (into.size === 0) return;
  for (const m of mentions) {
    const full = into.get(m.actor);
    if (!full) continue;
    m.actor = full.key;
    full.aliases.add(m.text);
  }
  for (const [key, full] of into) {
    if (!actors.get(key)?.weak) full.weak = false;
    actors.delete(key);
  }
}

/** Same number of words, each starting alike and spelt with letters of the full word in order. */
export function contracts(short: string, full: string): boolean {
  const s = short.split(' ');
  const f = full.split(' ');
  if (s.length !== f.length || short.length >= full.length) return false;
  return s.every((w, k) => shortens(w.replace(/\.$/, ''), f[k]!));
}

function shortens(short: string, full: string): boolean {
  const a = short.toLowerCase();
  const b = full.toLowerCase();
  if (a.length < 2 || a[0] !== b[0]) return a === b;
  let j = 0;
  for (const ch of b) if (ch === a[j]) j++;
  return j === a.length;
}
