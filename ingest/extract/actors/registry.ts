// The registry the passes share: actors, their mentions, places, events, and the tokens already taken.
import type { ActorKind } from '../../../schema';
import type { Doc } from '../document';
import type { Gazetteer } from './gazetteer';
import { withoutLegalForm } from './organisation-names';
import {
  nameKey,
  type ActorDraft,
  type EventMention,
  type Mention,
  type MentionVia,
  type PlaceMention,
} from './types';

/** What the passes build together: actors, their mentions, places, events, and the tokens taken. */
export class Registry {
  readonly actors = new Map<string, ActorDraft>();
  readonly mentions: Mention[] = [];
  readonly places: PlaceMention[] = [];
  readonly events: EventMention[] = [];
  /** Token indices already part of a mention, and those part of a person's or an organisation's. */
  readonly claimed = new Set<number>();
  readonly claimedByPerson = new Set<number>();
  readonly claimedByOrg = new Set<number>();
  /** actor|start|end of every mention, so none is added twice. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly doc: Doc,
    /** The static gazetteer with this article's own countries. */
    readonly gazetteer: Gazetteer,
  ) {}

  readonly ensureActor = (key: string, name: string, kind: ActorKind, weak = false): ActorDraft => {
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name, kind, aliases: new Set(), roles: new Set(), leader: false, affiliation: null, weak };
      this.actors.set(key, a);
    } else if (!weak) a.weak = false;
    return a;
  };

  /** The organisation of that name; "Acme Corp" and "Acme" are one, named without the legal form. */
  readonly organisation = (name: string): ActorDraft => {
    const base = withoutLegalForm(name);
    return this.ensureActor(`org:${nameKey(base)}`, base, 'organization');
  };

  readonly addMention = (actor: ActorDraft, from: number, to: number, sentence: number, via: MentionVia) => {
    const tokens = this.doc.tokens;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const start = first.start;
    const end = last.end;
    const seenKey = `${actor.key}|${start}|${end}`;
    if (this.seen.has(seenKey)) return;
    this.seen.add(seenKey);
    const text = this.doc.text.slice(start, end);
    this.mentions.push({
      actor: actor.key,
      start,
      end,
      text,
      from,
      to,
      sentence,
      via,
      possessive: tokens[to]?.kind === 'possessive',
    });
    actor.aliases.add(text);
    for (let k = from; k < to; k++) {
      this.claimed.add(k);
      if (actor.kind === 'person') this.claimedByPerson.add(k);
    }
  };
}
