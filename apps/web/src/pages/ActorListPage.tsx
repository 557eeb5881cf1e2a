import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { KindBadge, kindLabel } from '../components/KindBadge.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { countryName } from '../lib/country.ts';
import { ACTOR_KINDS, actorFilters } from '../lib/filters.ts';
import { useUrlFilters } from '../lib/use-url-filters.ts';

const ActorListQuery = graphql(`
  query ActorList($kind: ActorKind, $search: String, $after: String) {
    actors(first: 50, kind: $kind, search: $search, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          title
          countryCode
          mentionCount
        }
      }
    }
  }
`);

export function ActorListPage() {
  const { filters, update, textInput, after, setAfter } = useUrlFilters(actorFilters, ['search']);

  const [result] = useQuery({
    query: ActorListQuery,
    variables: { kind: filters.kind ?? null, search: filters.search ?? null, after },
  });
  const actors = result.data?.actors;

  return (
    <>
      <title>Actors · newsgraph</title>
      <h1>Actors</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="chips">
          <legend>Kind</legend>
          {['', ...ACTOR_KINDS].map((kind) => (
            <label key={kind || 'all'} className={kind ? `chip kind-${kind}` : 'chip'}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={(filters.kind ?? '') === kind}
                onChange={() => update({ kind: ACTOR_KINDS.find((k) => k === kind) })}
              />
              {kind ? kindLabel(kind) : 'All'}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Name</span>
          <input type="search" {...textInput('search')} />
        </label>
      </form>
      {result.error && !actors ? <ErrorState error={result.error} subject="the actors" /> : null}
      {!actors && !result.error ? <Loading label="Loading actors…" /> : null}
      {actors ? (
        actors.edges.length === 0 ? (
          <Empty>No actors match these filters.</Empty>
        ) : (
          <>
            <p className="count-line" role="status">
              {actors.totalCount} {actors.totalCount === 1 ? 'actor' : 'actors'}
            </p>
            <table className="data-table" aria-busy={result.fetching || result.stale}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="hide-narrow">
                    Title
                  </th>
                  <th scope="col" className="hide-narrow">
                    Country
                  </th>
                  <th scope="col" className="num">
                    Mentions
                  </th>
                </tr>
              </thead>
              <tbody>
                {actors.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/actors/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                    </th>
                    <td>
                      <KindBadge kind={node.kind} />
                    </td>
                    <td className="hide-narrow">{node.title}</td>
                    <td className="hide-narrow">{countryName(node.countryCode)}</td>
                    <td className="num">{node.mentionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <LoadMore pageInfo={actors.pageInfo} fetching={result.fetching} onLoad={setAfter} />
          </>
        )
      ) : null}
    </>
  );
}
