import { lazy, Suspense, useEffect, useMemo } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { ArticleReader_ArticleFragmentFragment } from '../gql/graphql.ts';
import { ArticlePanel } from './ArticlePanel.tsx';
import { ArticleText } from './ArticleText.tsx';
import { Loading } from './Status.tsx';
import type { MapMarker } from './WorldMap.tsx';

const ArticleMap = lazy(() => import('./ArticleMap.tsx').then((m) => ({ default: m.ArticleMap })));

/**
 * Every span of an article: mentions, place mentions and statements, for the text, the side
 * panel and the map alike. Pages stay small enough for the API's query cost limit; the page
 * holding the cursors asks for the next ones until every list is complete (graphcache's
 * relayPagination merges them).
 */
export const ArticleReaderFragment = graphql(`
  fragment ArticleReader_ArticleFragment on Article {
    id
    text
    sections {
      kind
      start
      end
    }
    mentions(first: 60, after: $mentionsAfter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          start
          end
          actor {
            id
            name
            kind
            title
          }
        }
      }
    }
    locationMentions(first: 60, after: $placesAfter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          start
          end
          location {
            id
            name
            kind
            countryCode
            latitude
            longitude
          }
        }
      }
    }
    statements(first: 30, after: $statementsAfter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          start
          end
          text
          cue
          speaker {
            id
            name
          }
        }
      }
    }
  }
`);

export type ArticleSpans = ArticleReader_ArticleFragmentFragment;

export interface SpanCursors {
  mentionsAfter: string | null;
  placesAfter: string | null;
  statementsAfter: string | null;
}

/** The cursors of the lists that have more pages, or null when every list is complete. */
export function nextCursors(article: ArticleSpans, current: SpanCursors): SpanCursors | null {
  const next = (list: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }, cursor: string | null) =>
    list.pageInfo.hasNextPage && list.pageInfo.endCursor ? list.pageInfo.endCursor : cursor;
  const cursors = {
    mentionsAfter: next(article.mentions, current.mentionsAfter),
    placesAfter: next(article.locationMentions, current.placesAfter),
    statementsAfter: next(article.statements, current.statementsAfter),
  };
  const changed =
    cursors.mentionsAfter !== current.mentionsAfter ||
    cursors.placesAfter !== current.placesAfter ||
    cursors.statementsAfter !== current.statementsAfter;
  return changed ? cursors : null;
}

export function ArticleReader(props: {
  article: FragmentType<typeof ArticleReaderFragment>;
  cursors: SpanCursors;
  onMore: (cursors: SpanCursors) => void;
  focus: string | null;
  onFocus: (id: string) => void;
}) {
  const article = useFragment(ArticleReaderFragment, props.article);
  const { cursors, onMore } = props;
  const more = nextCursors(article, cursors);

  useEffect(() => {
    if (more) onMore(more);
  }, [more, onMore]);

  const markers = useMemo(() => {
    const byId = new Map<string, MapMarker>();
    for (const { node } of article.locationMentions.edges) {
      const { id, name, latitude, longitude } = node.location;
      if (latitude == null || longitude == null) continue;
      const marker = byId.get(id);
      if (marker) marker.count++;
      else byId.set(id, { id, name, latitude, longitude, count: 1 });
    }
    return [...byId.values()];
  }, [article.locationMentions]);

  return (
    <div className="reader-body">
      <div>
        {more ? <Loading label="Loading the rest of the highlights…" /> : null}
        <ArticleText article={article} focus={props.focus} onFocusStatement={props.onFocus} />
      </div>
      <aside className="reader-side" aria-label="In this article">
        <ArticlePanel article={article} focus={props.focus} onFocus={props.onFocus} />
        <section aria-labelledby="article-map-title">
          <h2 id="article-map-title">Map</h2>
          <Suspense fallback={<Loading label="Loading the map…" />}>
            <ArticleMap markers={markers} focus={props.focus} />
          </Suspense>
        </section>
      </aside>
    </div>
  );
}
