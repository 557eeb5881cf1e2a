import { lazy, Suspense, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { articleTitle } from '../components/ArticleCard.tsx';
import { KindBadge } from '../components/KindBadge.tsx';
import { StatementItem } from '../components/StatementItem.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { countryName } from '../lib/country.ts';

const WorldMap = lazy(() => import('../components/WorldMap.tsx').then((m) => ({ default: m.WorldMap })));

const LocationListQuery = graphql(`
  query LocationList {
    locations(first: 500) {
      totalCount
      edges {
        node {
          id
          name
          kind
          countryCode
          latitude
          longitude
          geonameId
          mentionCount
        }
      }
    }
  }
`);

const LocationPopupQuery = graphql(`
  query LocationPopup($id: ID!) {
    location(id: $id) {
      id
      name
      kind
      countryCode
      mentionCount
      articles(first: 10) {
        totalCount
        edges {
          node {
            id
            title
          }
        }
      }
      statements(first: 10) {
        totalCount
        edges {
          node {
            id
            ...StatementItem_StatementFragment
          }
        }
      }
    }
  }
`);

const formatCoordinate = (value: number, positive: string, negative: string) =>
  `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;

export function LocationListPage() {
  const [params, setParams] = useSearchParams();
  const focus = params.get('focus');
  const [result] = useQuery({ query: LocationListQuery });
  const locations = result.data?.locations;
  const markers = useMemo(
    () =>
      (locations?.edges ?? []).flatMap(({ node }) =>
        node.latitude == null || node.longitude == null
          ? []
          : [
              {
                id: node.id,
                name: node.name,
                latitude: node.latitude,
                longitude: node.longitude,
                count: node.mentionCount,
              },
            ],
      ),
    [locations],
  );

  return (
    <>
      <title>Places · newsgraph</title>
      <h1>Places</h1>
      {result.error && !locations ? <ErrorState error={result.error} subject="the places" /> : null}
      {!locations && !result.error ? <Loading label="Loading places…" /> : null}
      {locations ? (
        <>
          <div className="map-layout">
            <Suspense fallback={<Loading label="Loading the map…" />}>
              <WorldMap
                markers={markers}
                selected={focus}
                label="Every place named in the articles; marker size shows mentions"
                hrefFor={(id) => `/locations?focus=${encodeURIComponent(id)}`}
              />
            </Suspense>
            {focus ? <LocationPopup id={focus} onClose={() => setParams({}, { preventScrollReset: true })} /> : null}
          </div>
          {locations.edges.length === 0 ? (
            <Empty>No places yet.</Empty>
          ) : (
            <table className="data-table">
              <caption className="count-line">
                {locations.totalCount} {locations.totalCount === 1 ? 'place' : 'places'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="hide-narrow">
                    Country
                  </th>
                  <th scope="col">Coordinates</th>
                  <th scope="col" className="num">
                    Mentions
                  </th>
                </tr>
              </thead>
              <tbody>
                {locations.edges.map(({ node }) => (
                  <tr key={node.id} aria-current={focus === node.id ? 'true' : undefined}>
                    <th scope="row">
                      <Link to={`/locations?focus=${encodeURIComponent(node.id)}`} preventScrollReset>
                        {node.name}
                      </Link>
                    </th>
                    <td>
                      <KindBadge kind={node.kind} />
                    </td>
                    <td className="hide-narrow">{countryName(node.countryCode)}</td>
                    <td className="coords">
                      {node.latitude == null || node.longitude == null
                        ? 'Not on the map'
                        : `${formatCoordinate(node.latitude, 'N', 'S')}, ${formatCoordinate(node.longitude, 'E', 'W')}`}
                    </td>
                    <td className="num">{node.mentionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </>
  );
}

/** The articles and statements that name one place, shown beside the map. */
function LocationPopup({ id, onClose }: { id: string; onClose: () => void }) {
  const [result] = useQuery({ query: LocationPopupQuery, variables: { id } });
  const location = result.data?.location;
  return (
    <section className="map-popup" aria-labelledby="popup-title" aria-live="polite">
      <button type="button" className="close" onClick={onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">Close</span>
      </button>
      {result.error && !location ? <ErrorState error={result.error} subject="this place" /> : null}
      {!location && !result.error ? <Loading /> : null}
      {location ? (
        <>
          <h2 id="popup-title">{location.name}</h2>
          <p className="meta">
            <KindBadge kind={location.kind} /> {countryName(location.countryCode)} · {location.mentionCount}{' '}
            {location.mentionCount === 1 ? 'mention' : 'mentions'}
          </p>
          <h3>Articles ({location.articles.totalCount})</h3>
          <ul>
            {location.articles.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/articles/${encodeURIComponent(node.id)}?focus=${encodeURIComponent(location.id)}`}>
                  {articleTitle(node)}
                </Link>
              </li>
            ))}
          </ul>
          <h3>Statements ({location.statements.totalCount})</h3>
          {location.statements.edges.length === 0 ? (
            <Empty>No statement names this place.</Empty>
          ) : (
            <ul className="statements compact">
              {location.statements.edges.map(({ node }) => (
                <StatementItem key={node.id} statement={node} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
