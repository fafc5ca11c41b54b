// The export's pure writers on hostile text: XML attribute escaping keeps every character a parser can
// read back and replaces those XML 1.0 cannot hold; Markdown escaping leaves nothing that starts markup.
import { describe, expect, it } from 'vitest';
import { mdText } from '../../export/brief';
import { toGexf, xmlAttr } from '../../export/gexf';

describe('export writers', () => {
  it('escapes XML attribute text and replaces characters XML cannot hold', () => {
    expect(xmlAttr(`a<b>&"c"'d'\n\te`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;&#9;e');
    expect(xmlAttr('x\u0001y\u0000z\ud800w\udfff\ufffe')).toBe('x\ufffdy\ufffdz\ufffdw\ufffd\ufffd');
    expect(xmlAttr('emoji 😀 stays')).toBe('emoji 😀 stays');
  });

  it('writes one node and one edge per element, ids escaped', () => {
    const gexf = toGexf(
      {
        nodes: [
          { elementId: 'n"1', labels: ['Actor'], properties: { name: '<A>', n: 2 } },
          { elementId: 'n2', labels: ['Quote'], properties: { text: ']]>' } },
        ],
        relationships: [
          { elementId: 'r1', type: 'X', startNodeElementId: 'n"1', endNodeElementId: 'n2', properties: {} },
        ],
      },
      'test & check',
    );
    expect(gexf.match(/<node /g)).toHaveLength(2);
    expect(gexf.match(/<edge /g)).toHaveLength(1);
    expect(gexf).toContain('id="n&quot;1" label="&lt;A&gt;"');
    expect(gexf).toContain('title="n" type="long"');
    expect(gexf).not.toContain(']]>');
  });

  it('escapes Markdown so that text renders as itself on one line', () => {
    expect(mdText('a *b* _c_ [^1] <i>&</i> `d` #e |f ~g\\')).toBe(
      'a \\*b\\* \\_c\\_ \\[^1\\] \\<i\\>\\&\\</i\\> \\`d\\` \\#e \\|f \\~g\\\\',
    );
    expect(mdText('one\n\ntwo\r\nthree')).toBe('one two three');
  });
});
