import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { Link } from 'react-router-dom';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

// Bundled Natural Earth outlines: the map draws offline, with no tiles and no requests.
const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

const WIDTH = 960;
const HEIGHT = 500;
const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const paths = {
  sphere: path({ type: 'Sphere' }) ?? '',
  graticule: path(geoGraticule10()) ?? '',
  land: path(feature(topology, topology.objects.land)) ?? '',
  borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '',
};

export interface MapMarker {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** Mentions; the marker's area grows with it. */
  count: number;
}

function markerRadius(count: number): number {
  return 4 + 3 * Math.sqrt(Math.max(0, count));
}

/** A world map with one marker per place, each a link (`hrefFor`) so keyboard and URL both work. */
export function WorldMap(props: {
  markers: readonly MapMarker[];
  selected?: string | null;
  hrefFor: (id: string) => string;
  label: string;
}) {
  // Biggest first, so small markers stay clickable on top of large ones.
  const markers = [...props.markers].sort((a, b) => b.count - a.count);
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={props.label}>
        <path d={paths.sphere} className="map-sphere" />
        <path d={paths.graticule} className="map-graticule" />
        <path d={paths.land} className="map-land" />
        <path d={paths.borders} className="map-borders" />
        {markers.map((marker) => {
          const point = projection([marker.longitude, marker.latitude]);
          if (!point) return null;
          const noun = marker.count === 1 ? 'mention' : 'mentions';
          return (
            <Link
              key={marker.id}
              to={props.hrefFor(marker.id)}
              className="map-marker"
              aria-current={props.selected === marker.id ? 'true' : undefined}
              aria-label={`${marker.name}, ${marker.count} ${noun}`}
              preventScrollReset
            >
              <circle cx={point[0]} cy={point[1]} r={markerRadius(marker.count)} />
              <title>{`${marker.name} (${marker.count} ${noun})`}</title>
            </Link>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">{props.label}</figcaption>
    </figure>
  );
}
