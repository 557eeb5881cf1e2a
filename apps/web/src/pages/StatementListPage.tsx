import { useEffect, useState } from 'react';
import { useNavigationType, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { articleTitle } from '../components/ArticleCard.tsx';
import { kindLabel } from '../components/KindBadge.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { StatementItem } from '../components/StatementItem.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { readStatementFilters, STATEMENT_KINDS, type StatementFilters, writeStatementFilters } from '../lib/filters.ts';
import { useDebounced } from '../lib/use-debounced.ts';

const StatementListQuery = graphql(`
  query StatementList(
    $speaker: ID
    $kind: StatementKind
    $cue: String
    $articleId: ID
    $search: String
    $after: String
  ) {
    statements(first: 50, speaker: $speaker, kind: $kind, cue: $cue, articleId: $articleId, search: $search, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...StatementItem_StatementFragment
        }
      }
    }
  }
`);

const StatementFilterOptionsQuery = graphql(`
  query StatementFilterOptions {
    actors(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
    articles(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export function StatementListPage() {
  const [params, setParams] = useSearchParams();
  const filters = readStatementFilters(params);
  // Free-text fields are typed locally and reach the URL (and the API) once typing pauses.
  const [typed, setTyped] = useState({ cue: filters.cue ?? '', search: filters.search ?? '' });
  const settled = useDebounced(typed, 300);
  const navigationType = useNavigationType();
  // Back/forward changes the URL under the inputs: show what it says (typing pushes the other way).
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the URL only
  useEffect(() => {
    if (navigationType === 'POP') setTyped({ cue: filters.cue ?? '', search: filters.search ?? '' });
  }, [filters.cue, filters.search]);
  const update = (patch: Partial<StatementFilters>, replace = false) =>
    setParams(writeStatementFilters({ ...readStatementFilters(params), ...patch }), { replace });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only typed text drives this effect
  useEffect(() => {
    if (settled.cue !== (filters.cue ?? '') || settled.search !== (filters.search ?? '')) update(settled, true);
  }, [settled]);

  const filterKey = writeStatementFilters(filters).toString();
  const [page, setPage] = useState<{ key: string; after: string | null }>({ key: filterKey, after: null });
  const after = page.key === filterKey ? page.after : null;

  const [options] = useQuery({ query: StatementFilterOptionsQuery });
  const [result] = useQuery({
    query: StatementListQuery,
    variables: {
      speaker: filters.speaker ?? null,
      kind: filters.kind ?? null,
      cue: filters.cue ?? null,
      articleId: filters.articleId ?? null,
      search: filters.search ?? null,
      after,
    },
  });
  const statements = result.data?.statements;

  return (
    <>
      <title>Statements · newsgraph</title>
      <h1>Statements</h1>
      <form className="filters grid" onSubmit={(event) => event.preventDefault()}>
        <label className="field">
          <span>Speaker</span>
          <select value={filters.speaker ?? ''} onChange={(event) => update({ speaker: event.target.value })}>
            <option value="">Anyone</option>
            {options.data?.actors.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Kind</span>
          <select
            value={filters.kind ?? ''}
            onChange={(event) => update({ kind: STATEMENT_KINDS.find((k) => k === event.target.value) })}
          >
            <option value="">Any kind</option>
            {STATEMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Cue</span>
          <input
            type="search"
            placeholder="said, claimed…"
            value={typed.cue}
            onChange={(event) => setTyped({ ...typed, cue: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Article</span>
          <select value={filters.articleId ?? ''} onChange={(event) => update({ articleId: event.target.value })}>
            <option value="">Any article</option>
            {options.data?.articles.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {articleTitle(node)}
              </option>
            ))}
          </select>
        </label>
        <label className="field wide">
          <span>Words in the statement</span>
          <input
            type="search"
            value={typed.search}
            onChange={(event) => setTyped({ ...typed, search: event.target.value })}
          />
        </label>
      </form>
      {result.error && !statements ? <ErrorState error={result.error} subject="the statements" /> : null}
      {!statements && !result.error ? <Loading label="Loading statements…" /> : null}
      {statements ? (
        statements.edges.length === 0 ? (
          <Empty>No statements match these filters.</Empty>
        ) : (
          <>
            <p className="count-line" role="status">
              {statements.totalCount} {statements.totalCount === 1 ? 'statement' : 'statements'}
            </p>
            <ul className="statements" aria-busy={result.fetching || result.stale}>
              {statements.edges.map(({ node }) => (
                <StatementItem key={node.id} statement={node} />
              ))}
            </ul>
            <LoadMore
              pageInfo={statements.pageInfo}
              fetching={result.fetching}
              onLoad={(cursor) => setPage({ key: filterKey, after: cursor })}
            />
          </>
        )
      ) : null}
    </>
  );
}
