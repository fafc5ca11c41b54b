// Places ("in Lyon") and named events ("Munich Security Conference"), which the meeting pass reads.
import type { Doc } from '../document';
import { EVENT_HEADS } from '../lexicon';
import { isNameWord } from './names';
import type { Registry } from './registry';
import { afterLocative, capitalisedRun, forEachRun } from './runs';

/** places after locative prepositions, and named events ("Munich Security Conference"). */
export function placesAndEvents(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { places, events, claimed } = reg;
  const placeStarts = new Set<number>(); // a Set, not places.some(): an article may name thousands
  forEachRun(doc, capitalisedRun, (i, run, _from, si) => {
    const t = tokens[i]!;
    const words = tokens.slice(i, run).map((x) => x.text);
    const head = words[words.length - 1] ?? '';
    const name = doc.text.slice(t.start, tokens[run - 1]!.end);
    if (EVENT_HEADS.has(head) && words.length >= 2) {
      const placeHit = reg.gazetteer.at(tokens, i, run);
      const first = words[0] ?? '';
      events.push({
        name,
        start: t.start,
        end: tokens[run - 1]!.end,
        text: name,
        sentence: si,
        from: i,
        to: run,
        place:
          placeHit?.entry.type === 'country' && placeHit.entry.form === 'capital'
            ? first
            : isNameWord(reg.gazetteer, t)
              ? first
              : null,
      });
    } else if (afterLocative(tokens, i) && !claimed.has(i)) {
      const hit = reg.gazetteer.at(tokens, i, run);
      if (!hit || (hit.entry.type === 'country' && hit.entry.form === 'capital')) {
        if (!placeStarts.has(t.start)) {
          placeStarts.add(t.start);
          places.push({
            name,
            start: t.start,
            end: tokens[run - 1]!.end,
            text: name,
            sentence: si,
            from: i,
          });
        }
      }
    }
  });
}
