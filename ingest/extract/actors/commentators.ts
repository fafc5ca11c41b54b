// People and firms quoted for their view of the story ("analyst Ann Vo", "Tallis Marsh, a brokerage,"):
// commentators, not parties, so kept only if a meeting, proposal or stance uses them.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import { COMMENTATOR_WORDS } from '../lexicon';
import type { Registry } from './registry';
import type { Mention } from './types';

/** Makes weak every person or organisation described, anywhere, as a commentator. */
export function commentators(doc: Doc, reg: Registry): void {
  for (const m of reg.mentions) {
    const actor = reg.actors.get(m.actor);
    if (!actor || (actor.kind !== 'person' && actor.kind !== 'organization')) continue;
    if (describedAsCommentator(doc.tokens, m)) actor.weak = true;
  }
}

/** "analyst Ann Vo", "Journalist Ann Vo", "Ann Vo, head of equities at Borsk,", "Ann Vo, an economist,". */
function describedAsCommentator(tokens: Token[], m: Mention): boolean {
  if (COMMENTATOR_WORDS.has(tokens[m.from - 1]?.lower ?? '') || COMMENTATOR_WORDS.has(tokens[m.from]!.lower))
    return true;
  if (tokens[m.to]?.text !== ',') return false;
  for (let k = m.to + 1; k < m.to + 8; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (COMMENTATOR_WORDS.has(t.lower)) return true;
  }
  return false;
}
