import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleSpans } from './ArticleReader.tsx';
import { KindBadge } from './KindBadge.tsx';

function countBy<T extends { id: string }>(items: readonly T[]): { item: T; count: number }[] {
  const counts = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const entry = counts.get(item.id);
    if (entry) entry.count++;
    else counts.set(item.id, { item, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

const clip = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

/**
 * The article's actors, statements and places. Choosing one sets `focus`, which the reader uses
 * to scroll to and highlight its spans (and the URL keeps, so the view can be shared).
 */
export function ArticlePanel(props: { article: ArticleSpans; focus?: string | null; onFocus: (id: string) => void }) {
  const { article } = props;
  const actors = useMemo(() => countBy(article.mentions.edges.map((e) => e.node.actor)), [article.mentions]);
  const places = useMemo(
    () => countBy(article.locationMentions.edges.map((e) => e.node.location)),
    [article.locationMentions],
  );
  const pressed = (id: string) => props.focus === id;

  return (
    <div className="panel">
      <details open>
        <summary>
          <h2>Actors ({actors.length})</h2>
        </summary>
        <ul className="panel-list">
          {actors.map(({ item: actor, count }) => (
            <li key={actor.id}>
              <button
                type="button"
                className={`panel-item kind-${actor.kind}`}
                aria-pressed={pressed(actor.id)}
                onClick={() => props.onFocus(actor.id)}
              >
                <span className="panel-name">{actor.name}</span>
                <span className="count" title="Mentions in this article">
                  {count}
                </span>
              </button>
              <p className="panel-sub">
                <KindBadge kind={actor.kind} />
                {actor.title ? ` ${actor.title} · ` : ' '}
                <Link to={`/actors/${encodeURIComponent(actor.id)}`}>
                  Profile<span className="visually-hidden"> of {actor.name}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>
          <h2>Statements ({article.statements.edges.length})</h2>
        </summary>
        <ul className="panel-list">
          {article.statements.edges.map(({ node: statement }) => (
            <li key={statement.id}>
              <button
                type="button"
                className={`panel-item statement-entry kind-${statement.kind}`}
                aria-pressed={pressed(statement.id)}
                onClick={() => props.onFocus(statement.id)}
              >
                <span className="panel-name">{statement.speaker?.name ?? 'Unattributed'}</span>
                <span className="panel-quote">{clip(statement.text)}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>
          <h2>Places ({places.length})</h2>
        </summary>
        <ul className="panel-list">
          {places.map(({ item: place, count }) => (
            <li key={place.id}>
              <button
                type="button"
                className="panel-item place-entry"
                aria-pressed={pressed(place.id)}
                onClick={() => props.onFocus(place.id)}
              >
                <span className="panel-name">{place.name}</span>
                <span className="count" title="Mentions in this article">
                  {count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
