import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { articleTitle } from '../components/ArticleCard.tsx';
import { kindLabel } from '../components/KindBadge.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql, useFragment } from '../gql';
import type { NetworkLinkKind } from '../gql/graphql.ts';
import { ACTOR_KINDS } from '../lib/filters.ts';
import { layoutNetwork } from '../lib/network-layout.ts';

export const NetworkFragment = graphql(`
  fragment NetworkPage_NetworkFragment on Network {
    actors {
        id
        name
        kind
        mentionCount
      }
      links {
        kind
        label
        weight
        source {
          id
        }
        target {
          id
        }
      }
  }
`);

const CorpusNetworkQuery = graphql(`
  query CorpusNetwork {
    network(limit: 80) {
      ...NetworkPage_NetworkFragment
    }
  }
`);

const ArticleNetworkQuery = graphql(`
  query ArticleNetwork($articleId: ID!) {
    article(id: $articleId) {
      id
      title
    }
    network(articleId: $articleId, limit: 80) {
      ...NetworkPage_NetworkFragment
    }
  }
`);

/** Landscape drawing on wide screens, portrait on phones, so names stay legible. */
function useDrawingSize(): { width: number; height: number } {
  const query = '(max-width: 600px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const update = () => setNarrow(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return narrow ? { width: 420, height: 640 } : { width: 900, height: 600 };
}

const linkLabels: Record<NetworkLinkKind, string> = {
  RELATION: 'stated relation',
  SPEAKS_ABOUT: 'speaks about',
  QUOTED_BY: 'quoted through',
};

/** Actors as nodes and relations / "speaks about" / "quoted through" links, for one article or all. */
export function NetworkPage() {
  const { id } = useParams();
  const [corpus] = useQuery({ query: CorpusNetworkQuery, pause: Boolean(id) });
  const [single] = useQuery({ query: ArticleNetworkQuery, variables: { articleId: id ?? '' }, pause: !id });
  const result = id ? single : corpus;
  const network = useFragment(NetworkFragment, result.data?.network);
  const { width, height } = useDrawingSize();
  const layout = useMemo(() => {
    if (!network) return null;
    // Labels are 13px system text: about 7px a character.
    const nodes = network.actors.map((actor) => ({
      id: actor.id,
      radius: 6 + 2.5 * Math.sqrt(actor.mentionCount),
      halfLabel: actor.name.length * 3.6,
    }));
    const links = network.links.map((link) => ({ source: link.source.id, target: link.target.id }));
    return layoutNetwork(nodes, links, width, height);
  }, [network, width, height]);

  const article = single.data?.article;
  const heading = id ? `Network: ${article ? articleTitle(article) : 'article'}` : 'Network of all articles';
  return (
    <>
      <title>{`${heading} · newsgraph`}</title>
      <h1>{heading}</h1>
      <p className="lede">
        {id ? (
          <>
            Actors of one article. <Link to="/network">See the whole corpus</Link> ·{' '}
            <Link to={`/articles/${encodeURIComponent(id)}`}>Back to the article</Link>
          </>
        ) : (
          'Actors across every article, linked by stated relations, by whom their statements are about, and by whom they are quoted through.'
        )}
      </p>
      {result.error && !network ? <ErrorState error={result.error} subject="this network" /> : null}
      {!network && !result.error ? <Loading label="Loading the network…" /> : null}
      {network && layout ? (
        network.actors.length === 0 ? (
          <Empty>No actors yet.</Empty>
        ) : (
          <>
            <ul className="legend-inline" aria-label="Legend">
              {ACTOR_KINDS.map((kind) => (
                <li key={kind}>
                  <svg width="14" height="14" aria-hidden="true">
                    <circle cx="7" cy="7" r="6" className={`node kind-${kind}`} />
                  </svg>
                  {kindLabel(kind)}
                </li>
              ))}
              {(Object.keys(linkLabels) as NetworkLinkKind[]).map((kind) => (
                <li key={kind}>
                  <svg width="28" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="28" y2="5" className={`link link-${kind}`} />
                  </svg>
                  {linkLabels[kind]}
                </li>
              ))}
            </ul>
            <figure className="network">
              <svg viewBox={`0 0 ${width} ${height}`} aria-label="Actor network">
                <g>
                  {network.links.map((link) => {
                    const source = layout.get(link.source.id);
                    const target = layout.get(link.target.id);
                    if (!source || !target) return null;
                    return (
                      <line
                        key={`${link.kind}:${link.source.id}:${link.target.id}:${link.label ?? ''}`}
                        x1={source.x}
                        y1={source.y}
                        x2={target.x}
                        y2={target.y}
                        className={`link link-${link.kind}`}
                        strokeWidth={Math.min(6, 1 + Math.log2(link.weight))}
                      >
                        <title>{link.label ?? linkLabels[link.kind]}</title>
                      </line>
                    );
                  })}
                </g>
                {network.actors.map((actor) => {
                  const node = layout.get(actor.id);
                  if (!node) return null;
                  return (
                    <Link key={actor.id} to={`/actors/${encodeURIComponent(actor.id)}`} className="network-node">
                      <circle cx={node.x} cy={node.y} r={node.radius} className={`node kind-${actor.kind}`} />
                      <text x={node.x} y={node.y + node.radius + 14} textAnchor="middle">
                        {actor.name}
                      </text>
                    </Link>
                  );
                })}
              </svg>
              <figcaption>
                {network.actors.length} actors, {network.links.length} links. Select an actor to open its page.
              </figcaption>
            </figure>
            <details className="network-table">
              <summary>Links as a list</summary>
              <ul>
                {network.links.map((link) => {
                  const name = (actorId: string) => network.actors.find((a) => a.id === actorId)?.name ?? 'Unknown';
                  return (
                    <li key={`${link.kind}:${link.source.id}:${link.target.id}:${link.label ?? ''}`}>
                      {name(link.source.id)} — {link.label ?? linkLabels[link.kind]} — {name(link.target.id)} (
                      {link.weight})
                    </li>
                  );
                })}
              </ul>
            </details>
          </>
        )
      ) : null}
    </>
  );
}
