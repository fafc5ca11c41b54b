// Sentence ends the language layer must not take for ends: wire tickers, abbreviations the model does
// not know, initialisms; and the ones it must keep. Every sentence stays the article's own text.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../ingest/text/language';

const sentencesOf = (text: string) => {
  const { sentences } = analyseText(text);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
};

describe('sentence ends', () => {
  it('keeps a wire ticker inside its sentence', () => {
    const text = 'Dovran Oil Ltd <DVO.TO> said it rejected the bid. Shares of <KLM.N> fell.';
    expect(sentencesOf(text)).toEqual([
      'Dovran Oil Ltd <DVO.TO> said it rejected the bid.',
      'Shares of <KLM.N> fell.',
    ]);
    expect(sentencesOf('Trask Holdings Inc <TRSK.O>, Boston, said the offer was too low.')).toHaveLength(1);
  });

  it('keeps legal forms and numbers inside their sentence', () => {
    expect(sentencesOf('Harlow Freight Ltd. and Borl Corp. agreed to merge. Shares rose.')).toEqual([
      'Harlow Freight Ltd. and Borl Corp. agreed to merge.',
      'Shares rose.',
    ]);
    expect(sentencesOf('Ventro Co. said its No. 2 refinery would close.')).toHaveLength(1);
  });

  it('reads an abbreviation the model does not know as one, before a name or a lower-case word', () => {
    expect(sentencesOf('Kestrel Bros. Chief Executive Tom Ree resigned. Talks ended.')).toEqual([
      'Kestrel Bros. Chief Executive Tom Ree resigned.',
      'Talks ended.',
    ]);
    expect(sentencesOf('Zorvan Bhd. said it would sell its stake.')).toHaveLength(1);
  });

  it('still ends a sentence after an abbreviation when the next one opens with "The" or "It"', () => {
    expect(sentencesOf('The stake is held by Zorvan Bros. The company declined to comment.')).toEqual([
      'The stake is held by Zorvan Bros.',
      'The company declined to comment.',
    ]);
  });

  it('joins an initialism to the verb that follows it in wire capitals', () => {
    expect(sentencesOf('The U.S. Is ready to sign the plan, Ivo Rade said. He left.')).toEqual([
      'The U.S. Is ready to sign the plan, Ivo Rade said.',
      'He left.',
    ]);
    expect(sentencesOf('Ministers met in the U.S. They agreed on a plan.')).toHaveLength(2);
  });

  it('never joins across a line break', () => {
    expect(sentencesOf('Dovran Oil <DVO.\nTO> said it rejected the bid.')).toHaveLength(2);
  });
});
