import type { Category, NewslineDocument } from './document';

// User categories: tags with a colour, kept in the document's own list and named by id on each event. Pure
// functions over the document; the store commits their results, so each is one undoable step.

/** Colours offered for new categories, in turn; each reads on both the light and the dark theme. */
export const CATEGORY_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'] as const;

/** The next free category id: c1, c2, ... never reusing one still in the document. */
export function nextCategoryId(doc: Pick<NewslineDocument, 'categories'>): string {
  const used = new Set((doc.categories ?? []).map((c) => c.id));
  let n = used.size + 1;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

/** Adds a category; a name already used (ignoring case) gives back that category instead of a twin. */
export function addCategory(doc: NewslineDocument, name: string, colour?: string): { document: NewslineDocument; id: string } {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (!clean) throw new Error('a category needs a name');
  const existing = (doc.categories ?? []).find((c) => c.name.toLowerCase() === clean.toLowerCase());
  if (existing) return { document: doc, id: existing.id };
  const categories = doc.categories ?? [];
  const category: Category = { id: nextCategoryId(doc), name: clean, colour: colour ?? CATEGORY_COLOURS[categories.length % CATEGORY_COLOURS.length] };
  return { document: { ...doc, categories: [...categories, category] }, id: category.id };
}

/** Renames or recolours a category. */
export function updateCategory(doc: NewslineDocument, id: string, patch: Partial<Pick<Category, 'name' | 'colour'>>): NewslineDocument {
  if (!doc.categories?.some((c) => c.id === id)) return doc;
  const name = patch.name?.replace(/\s+/g, ' ').trim();
  return { ...doc, categories: doc.categories.map((c) => (c.id === id ? { ...c, ...(name ? { name } : {}), ...(patch.colour ? { colour: patch.colour } : {}) } : c)) };
}

/** Removes a category, and its tag from every event that had it. */
export function removeCategory(doc: NewslineDocument, id: string): NewslineDocument {
  if (!doc.categories?.some((c) => c.id === id)) return doc;
  const categories = doc.categories.filter((c) => c.id !== id);
  const events = doc.events.map((e) => {
    if (!e.categories?.includes(id)) return e;
    const { categories: own, ...rest } = e;
    const left = own!.filter((x) => x !== id);
    return left.length ? { ...rest, categories: left } : rest;
  });
  const { categories: _, ...base } = doc;
  return categories.length ? { ...base, categories, events } : { ...base, events };
}

/** Tags (on = true) or untags the events with a category. Events keep their origin: a tag is not an edit of what happened. */
export function setEventsCategory(doc: NewslineDocument, eventIds: readonly string[], categoryId: string, on: boolean): NewslineDocument {
  if (!doc.categories?.some((c) => c.id === categoryId)) return doc;
  const targets = new Set(eventIds);
  let changed = false;
  const events = doc.events.map((e) => {
    if (!targets.has(e.id)) return e;
    const has = e.categories?.includes(categoryId) ?? false;
    if (has === on) return e;
    changed = true;
    const next = on ? [...(e.categories ?? []), categoryId] : e.categories!.filter((x) => x !== categoryId);
    const { categories: _, ...rest } = e;
    return next.length ? { ...rest, categories: next } : rest;
  });
  return changed ? { ...doc, events } : doc;
}
