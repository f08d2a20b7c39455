import { parseHTML } from 'linkedom';

// The few DOM members the importer's own tree walks use, typed here: main is compiled without the DOM
// library (a browser global in main is a compile error), and linkedom's nodes provide these.

export interface DomNode {
  readonly nodeType: number;
  textContent: string | null;
  readonly tagName: string;
  readonly firstChild: DomNode | null;
  readonly lastChild: DomNode | null;
  readonly previousSibling: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: Iterable<DomNode>;
  readonly children: Iterable<DomNode>;
  readonly firstElementChild: DomNode | null;
  readonly nextElementSibling: DomNode | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): Iterable<DomNode>;
  removeChild(child: DomNode): DomNode;
  appendChild(child: DomNode): DomNode;
  replaceWith(node: DomNode): void;
}

export interface DomDocument {
  readonly documentElement: DomNode | null;
  readonly body: DomNode | null;
  createElement(tag: string): DomNode;
  createTextNode(text: string): DomNode;
  querySelectorAll(selector: string): Iterable<DomNode>;
}

export const parseDom = (html: string): DomDocument => (parseHTML(html) as unknown as { document: DomDocument }).document;
