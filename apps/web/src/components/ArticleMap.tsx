import { useMemo } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { Empty } from './Status.tsx';
import { type MapMarker, WorldMap } from './WorldMap.tsx';

export const ArticleMapFragment = graphql(`
  fragment ArticleMap_ArticleFragment on Article {
    id
    locationMentions(first: 500) {
      edges {
        node {
          id
          location {
            id
            name
            latitude
            longitude
          }
        }
      }
    }
  }
`);

/** The article's places, sized by how often this article names them. */
/** Markers focus the place in the reader (same page, shareable `?focus=`). */
export function ArticleMap(props: { article: FragmentType<typeof ArticleMapFragment>; focus?: string | null }) {
  const article = useFragment(ArticleMapFragment, props.article);
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

  if (markers.length === 0) return <Empty>No mapped places in this article.</Empty>;
  return (
    <WorldMap
      markers={markers}
      label="Places named in this article"
      selected={props.focus}
      hrefFor={(id) => `?focus=${encodeURIComponent(id)}`}
    />
  );
}
