import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { SearchHitLink } from '../components/SearchResults.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!) {
    search(query: $query, first: 50) {
      totalCount
      edges {
        cursor
        node {
          ...SearchHit_SearchHitFragment
        }
      }
    }
  }
`);

/** The server counts matches up to this many (see SearchConnection.totalCount). */
const SEARCH_COUNT_CAP = 1000;

export function SearchPage() {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const [result] = useQuery({ query: SearchPageQuery, variables: { query }, pause: !query });
  const search = result.data?.search;
  return (
    <>
      <title>{`Search: ${query} · newsgraph`}</title>
      <h1>Search{query ? `: “${query}”` : ''}</h1>
      {!query ? <Empty>Type in the search box above.</Empty> : null}
      {query && result.error && !search ? <ErrorState error={result.error} subject="search results" /> : null}
      {query && !search && !result.error ? <Loading label="Searching…" /> : null}
      {query && search ? (
        search.edges.length === 0 ? (
          <Empty>Nothing found.</Empty>
        ) : (
          <>
            <p className="count-line" role="status">
              {search.totalCount >= SEARCH_COUNT_CAP ? `${SEARCH_COUNT_CAP}+` : search.totalCount}{' '}
              {search.totalCount === 1 ? 'result' : 'results'}
            </p>
            <ul className="search-results">
              {search.edges.map((edge) => (
                <li key={edge.cursor}>
                  <SearchHitLink hit={edge.node} className="search-hit wide" />
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </>
  );
}
