import { useQuery } from 'urql';
import { articleTitle } from '../components/ArticleCard.tsx';
import { kindLabel } from '../components/KindBadge.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { StatementItem } from '../components/StatementItem.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { STATEMENT_KINDS, statementFilters } from '../lib/filters.ts';
import { useUrlFilters } from '../lib/use-url-filters.ts';

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
  const { filters, update, textInput, after, setAfter } = useUrlFilters(statementFilters, ['cue', 'search']);
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
          <input type="search" placeholder="said, claimed…" {...textInput('cue')} />
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
          <input type="search" {...textInput('search')} />
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
            <LoadMore pageInfo={statements.pageInfo} fetching={result.fetching} onLoad={setAfter} />
          </>
        )
      ) : null}
    </>
  );
}
