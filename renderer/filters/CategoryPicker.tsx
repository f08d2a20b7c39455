import { useState, type FormEvent } from 'react';
import { CATEGORY_COLOURS } from '../../shared/categories';
import { useNewsline } from '../store/use-newsline';

/**
 * The user's categories as toggles for some events (the details card's event, or the list's selection), and a
 * field to make a new one, which the events then get at once. Each change is one undoable edit.
 */
export function CategoryPicker({ eventIds, autoFocus = false, toggles = true }: { eventIds: string[]; autoFocus?: boolean; toggles?: boolean }) {
  const categories = useNewsline((s) => s.document?.categories) ?? [];
  const events = useNewsline((s) => s.document?.events);
  const setCategory = useNewsline((s) => s.setCategory);
  const addCategory = useNewsline((s) => s.addCategory);
  const [name, setName] = useState('');
  const [colour, setColour] = useState<string>(CATEGORY_COLOURS[categories.length % CATEGORY_COLOURS.length]);
  const targets = new Set(eventIds);
  const tagged = (id: string) => {
    const own = events?.filter((e) => targets.has(e.id)) ?? [];
    return own.length > 0 && own.every((e) => e.categories?.includes(id));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = addCategory(name, colour);
    if (!id) return;
    setCategory(id, true, eventIds);
    setName('');
    setColour(CATEGORY_COLOURS[(categories.length + 1) % CATEGORY_COLOURS.length]);
  };
  return (
    <div className="nl-category-picker" data-testid="category-picker">
      {toggles && categories.length ? (
        <div className="nl-category-toggles" role="group" aria-label="Categories">
          {categories.map((c, i) => {
            const on = tagged(c.id);
            return (
              <button
                key={c.id}
                type="button"
                className={`nl-category-toggle${on ? ' nl-category-toggle--on' : ''}`}
                aria-pressed={on}
                autoFocus={autoFocus && i === 0}
                onClick={() => setCategory(c.id, !on, eventIds)}
                title={on ? `Remove “${c.name}”` : `Tag with “${c.name}”`}
              >
                <span className="nl-category-dot" style={{ background: c.colour }} aria-hidden="true" />
                {c.name}
              </button>
            );
          })}
        </div>
      ) : null}
      <form className="nl-category-new" onSubmit={submit}>
        <input
          type="text"
          value={name}
          maxLength={60}
          placeholder="New category"
          aria-label="New category name"
          autoFocus={autoFocus && categories.length === 0}
          onChange={(e) => setName(e.target.value)}
        />
        <input type="color" value={colour} aria-label="New category colour" onChange={(e) => setColour(e.target.value)} />
        <button type="submit" className="nl-button nl-button--text" disabled={!name.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
