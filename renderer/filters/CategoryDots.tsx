import { useNewsline } from '../store/use-newsline';

/** An event's categories as small coloured dots, named in their tooltip; nothing when it has none. */
export function CategoryDots({ ids }: { ids: readonly string[] | undefined }) {
  const categories = useNewsline((s) => s.document?.categories);
  if (!ids?.length || !categories?.length) return null;
  const own = categories.filter((c) => ids.includes(c.id));
  if (!own.length) return null;
  const names = own.map((c) => c.name).join(', ');
  return (
    <span className="nl-category-dots" title={names} data-testid="category-dots">
      {own.map((c) => (
        <span key={c.id} className="nl-category-dot" style={{ background: c.colour }} aria-hidden="true" />
      ))}
      <span className="nl-visually-hidden">Categories: {names}. </span>
    </span>
  );
}
