import { Link } from 'react-router-dom';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { SearchHit_SearchHitFragmentFragment as Hit } from '../gql/graphql.ts';
import { articleTitle } from './ArticleCard.tsx';
import { kindLabel } from './KindBadge.tsx';

export const SearchHitFragment = graphql(`
  fragment SearchHit_SearchHitFragment on SearchHit {
    snippet
    node {
      __typename
      ... on Article {
        id
        title
      }
      ... on Actor {
        id
        name
        actorKind: kind
      }
      ... on Statement {
        id
        speaker {
          id
          name
        }
        article {
          id
        }
      }
      ... on Location {
        id
        name
        locationKind: kind
      }
    }
  }
`);

/** Where a hit lives in the app, and how to name it. */
export function describeHit(hit: Hit): { to: string; label: string; type: string } {
  const node = hit.node;
  const id = encodeURIComponent(node.id);
  switch (node.__typename) {
    case 'Article':
      return { to: `/articles/${id}`, label: articleTitle(node), type: 'Article' };
    case 'Actor':
      return { to: `/actors/${id}`, label: node.name, type: kindLabel(node.actorKind) };
    case 'Statement':
      return {
        to: `/articles/${encodeURIComponent(node.article.id)}?focus=${id}`,
        label: node.speaker ? `${node.speaker.name}: ${hit.snippet}` : hit.snippet,
        type: 'Statement',
      };
    case 'Location':
      return { to: `/locations?focus=${id}`, label: node.name, type: kindLabel(node.locationKind) };
  }
}

export function SearchHitLink(props: {
  hit: FragmentType<typeof SearchHitFragment>;
  onNavigate?: () => void;
  className?: string;
}) {
  const hit = useFragment(SearchHitFragment, props.hit);
  const { to, label, type } = describeHit(hit);
  return (
    <Link to={to} className={props.className ?? 'search-hit'} onClick={props.onNavigate}>
      <span className="search-type">{type}</span>
      <span className="search-label">{label}</span>
      {hit.node.__typename !== 'Statement' && hit.snippet && hit.snippet !== label ? (
        <span className="search-snippet">{hit.snippet}</span>
      ) : null}
    </Link>
  );
}
