import { ACTOR_KINDS, STATEMENT_KINDS } from '../lib/filters.ts';
import { kindLabel } from './KindBadge.tsx';

/** Explains the reader's marks; uses the very classes of the marks so it cannot drift. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="visually-hidden">
        Legend
      </h2>
      <ul>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`mention kind-${kind}`}>{kindLabel(kind)}</span>
          </li>
        ))}
        <li>
          <span className="place">Place</span>
        </li>
        {STATEMENT_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`statement kind-${kind}`}>{kindLabel(kind)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
