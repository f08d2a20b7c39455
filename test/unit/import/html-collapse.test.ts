import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapseDeepNesting, flattenDeepNesting, parseFlattened } from '../../../main/import/html';

// Subtrees past the nesting cap are cut out of the markup before the DOM is built (collapseDeepNesting); the
// page that gives must be the page flattening the whole DOM gives (flattenDeepNesting), node for node.

type Page = Parameters<typeof flattenDeepNesting>[0];
const serialize = (page: Page) => String(page);
const flattenedOnDom = (html: string, max: number) => {
  const page = (parseHTML(html) as unknown as { document: Page }).document;
  const flattened = page.documentElement ? flattenDeepNesting(page, max) : 0;
  return { page: serialize(page), flattened };
};
const collapsedFirst = (html: string, max: number) => {
  const { document, flattened } = parseFlattened(html, max);
  return { page: serialize(document as unknown as Page), flattened };
};

describe('cutting deep subtrees out of the markup before parsing', () => {
  it('gives the page flattening the DOM gives, with the same count', () => {
    const html =
      '<html><body><div><div id="x"><b>Kabul</b> fell &amp; <i>on</i><div>August <span>15</span></div>then<p></p>more<br>end<!-- a comment --><ul><li>one<li><em>two</em> <div>deeper <div>still</div></div></ul>  tail </div><p id="y">After it.</p></div></body></html>';
    expect(collapsedFirst(html, 3)).toEqual(flattenedOnDom(html, 3));
    expect(collapsedFirst(html, 3).flattened).toBe(1);
    // Nothing is cut from a page within the cap: it is passed on as it is.
    expect(collapseDeepNesting(html, 64).html).toBe(html);
  });

  it('cuts a page nested 20,000 deep down to the cap', () => {
    const html = '<html><body>' + '<div>'.repeat(20_000) + '<p>Deep text</p>' + '</div>'.repeat(20_000) + '<p id="after">After.</p></body></html>';
    const cut = collapseDeepNesting(html, 64);
    expect(cut.html.length).toBeLessThan(2_000);
    expect(cut.texts).toEqual([['Deep text']]);
    expect(collapsedFirst(html, 64)).toEqual(flattenedOnDom(html, 64));
  });

  it('uses a placeholder name the page does not', () => {
    const html = '<html><body><div><div><newsline-flattened>x</newsline-flattened><span>y</span></div></div></body></html>';
    expect(collapsedFirst(html, 2)).toEqual(flattenedOnDom(html, 2));
  });

  it('agrees with flattening the DOM on generated pages, unclosed and implied ends included', () => {
    const tag = fc.constantFrom('div', 'span', 'p', 'li', 'ul', 'b', 'h2', 'table', 'tr', 'td', 'svg', 'path', 'script', 'style', 'title', 'textarea', 'template', 'option', 'select', 'br', 'img', 'dd', 'dt', 'a', 'newsline-flattened');
    const text = fc.constantFrom('text', ' ', '\n', 'a &amp; b', '&lt;x&gt;', 'May 5,', '<!-- c -->', '<![CDATA[ d ]]>', '</p>', '</br>', '<br/>', '<div/>', '<?pi x?>');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((t) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.tuple(tag, fc.array(t('node'), { maxLength: 4 }), fc.boolean(), fc.constantFrom('', ' id="a"', ' class="x y"', ' data-v="1 &amp; 2"')).map(
          ([name, kids, close, attr]) => `<${name}${attr}>${kids.join('')}${close ? `</${name}>` : ''}`,
        ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (parts, max, wrap) => {
        const html = wrap ? `<!doctype html><html><body>${parts.join('')}</body></html>` : parts.join('');
        expect(collapsedFirst(html, max)).toEqual(flattenedOnDom(html, max));
      }),
      { numRuns: 1500 },
    );
  });
});
