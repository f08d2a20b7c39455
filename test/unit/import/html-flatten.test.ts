import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomNode } from '../../../main/import/dom-nodes';
import { flattenDeepNesting, hasBlockInside } from '../../../main/import/html';

// Past the nesting cap a subtree becomes its text as plain paragraphs, broken where block elements open and
// close; inline elements, comments and the nesting go.

interface El {
  tagName: string;
  textContent: string;
  children: Iterable<El>;
}
type Page = Parameters<typeof flattenDeepNesting>[0];
const pageOf = (html: string) => (parseHTML(html) as unknown as { document: Page }).document;
const find = (page: Page, selector: string) => (page as unknown as { querySelector(s: string): El | null }).querySelector(selector);

describe('flattening a page nested past the cap', () => {
  it('keeps the text of each block as a paragraph, in order', () => {
    const page = pageOf(
      '<html><body><div><div id="x"><b>Kabul</b> fell <i>on</i><div>August <span>15</span></div>then<p></p>more<br>end<!-- a comment --><ul><li>one</li><li><em>two</em> <div>deeper <div>still</div></div></li></ul>  tail </div><p id="y">After it.</p></div></body></html>',
    );
    expect(flattenDeepNesting(page, 3)).toBe(1);
    const x = find(page, '#x')!;
    expect(Array.from(x.children).map((c) => [c.tagName.toLowerCase(), c.textContent])).toEqual(
      [['p', 'Kabul fell on'], ['p', 'August 15'], ['p', 'then'], ['p', 'more'], ['p', 'end'], ['p', 'one'], ['p', 'two'], ['p', 'deeper'], ['p', 'still'], ['p', 'tail']],
    );
    // A sibling above the cap is untouched.
    expect(find(page, '#y')!.textContent).toBe('After it.');
  });

  it('leaves an element past the cap with only text in it as it is, and counts each subtree flattened', () => {
    const page = pageOf('<html><body><div><p id="a">Only <!-- c -->text</p><div id="b"><span>x</span></div><div id="c"><span>y</span></div></div></body></html>');
    expect(flattenDeepNesting(page, 3)).toBe(2);
    expect(Array.from(find(page, '#a')!.children)).toEqual([]);
    expect(find(page, '#a')!.textContent).toBe('Only text');
    expect(Array.from(find(page, '#b')!.children).map((c) => c.textContent)).toEqual(['x']);
  });

  it('walks a page nested 20,000 deep without overflowing', () => {
    const page = pageOf('<html><body>' + '<div>'.repeat(20_000) + '<p>Deep text</p>' + '</div>'.repeat(20_000) + '<p id="after">After.</p></body></html>');
    expect(flattenDeepNesting(page, 64)).toBe(1);
    expect(find(page, '#after')!.textContent).toBe('After.');
  });
});

describe('whether an element has a block inside it', () => {
  it('agrees with the selector on every element of generated pages', () => {
    const tag = fc.constantFrom('div', 'span', 'p', 'li', 'ul', 'b', 'H2', 'blockquote', 'pre', 'figcaption', 'section', 'em', 'svg', 'figure');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((t) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('text', ' ', '<!-- c -->', '<br>'),
        fc.tuple(tag, fc.array(t('node'), { maxLength: 4 })).map(([name, kids]) => `<${name}>${kids.join('')}</${name}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (parts) => {
        const { document } = parseHTML(`<html><body>${parts.join('')}</body></html>`) as unknown as { document: { querySelectorAll(s: string): Iterable<DomNode> } };
        for (const el of document.querySelectorAll('*')) {
          expect(hasBlockInside(el)).toBe(el.querySelector('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption') !== null);
        }
      }),
      { numRuns: 200 },
    );
  });
});
