import { Empty } from './Status.tsx';
import { type MapMarker, WorldMap } from './WorldMap.tsx';

/** The article's places, sized by how often this article names them; markers focus them in the reader. */
export function ArticleMap(props: { markers: readonly MapMarker[]; focus?: string | null }) {
  if (props.markers.length === 0) return <Empty>No mapped places in this article.</Empty>;
  return (
    <WorldMap
      markers={props.markers}
      label="Places named in this article"
      selected={props.focus}
      hrefFor={(id) => `?focus=${encodeURIComponent(id)}`}
    />
  );
}
