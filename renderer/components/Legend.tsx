export function Legend() {
  return (
    <ul className="nl-legend" aria-label="What the marks mean">
      <li>
        <span className="nl-swatch nl-swatch--stated" aria-hidden="true" /> Date given by the article
      </li>
      <li>
        <span className="nl-swatch nl-swatch--record" aria-hidden="true" /> Date, or its year, from the public record
      </li>
      <li>
        <span className="nl-swatch nl-swatch--uncertain" aria-hidden="true" /> Uncertain: only a possible range is known
      </li>
    </ul>
  );
}
