import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useDebounced } from '../lib/use-debounced.ts';
import { SearchHitLink } from './SearchResults.tsx';

const SearchBoxQuery = graphql(`
  query SearchBox($query: String!) {
    search(query: $query, first: 8) {
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

/** Header search: results appear as you type (debounced); Enter opens the full results page. */
export function SearchBox() {
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebounced(term.trim(), 250);
  const navigate = useNavigate();
  const location = useLocation();
  const listId = useId();
  const root = useRef<HTMLFormElement>(null);
  const [result] = useQuery({ query: SearchBoxQuery, variables: { query }, pause: query.length < 2 });

  // A new page closes the results.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  const links = () => [...(root.current?.querySelectorAll<HTMLAnchorElement>('.search-hit') ?? [])];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector('input')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const all = links();
      if (all.length === 0) return;
      event.preventDefault();
      const current = all.indexOf(document.activeElement as HTMLAnchorElement);
      const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
      all[(next + all.length) % all.length]?.focus();
    }
  };

  const hits = query.length >= 2 ? (result.data?.search.edges ?? []) : [];
  const showList = open && query.length >= 2;
  return (
    <search className="search-box">
      <form
        ref={root}
        onSubmit={(event) => {
          event.preventDefault();
          if (term.trim()) navigate(`/search?q=${encodeURIComponent(term.trim())}`);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!root.current?.contains(event.relatedTarget)) setOpen(false);
        }}
      >
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          Search actors, statements, places and articles
        </label>
        <input
          id={`${listId}-input`}
          type="search"
          placeholder="Search…"
          autoComplete="off"
          value={term}
          aria-controls={showList ? listId : undefined}
          onChange={(event) => {
            setTerm(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
        />
        {showList ? (
          <div className="search-popup" id={listId}>
            {result.fetching && hits.length === 0 ? (
              <p className="status" role="status">
                Searching…
              </p>
            ) : result.error ? (
              <p role="alert">Search is not available right now.</p>
            ) : hits.length === 0 ? (
              <p role="status">Nothing found for “{query}”.</p>
            ) : (
              <ul aria-label="Search results">
                {hits.map((edge) => (
                  <li key={edge.cursor}>
                    <SearchHitLink hit={edge.node} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </form>
    </search>
  );
}
