import { useCallback, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { articleTitle, formatDate } from '../components/ArticleCard.tsx';
import { ArticleReader, type SpanCursors } from '../components/ArticleReader.tsx';
import { Legend } from '../components/Legend.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';

const ArticlePageQuery = graphql(`
  query ArticlePage($id: ID!, $mentionsAfter: String, $placesAfter: String, $statementsAfter: String) {
    article(id: $id) {
      id
      title
      url
      publisher
      publishedAt
      ingestedAt
      wordCount
      ...ArticleReader_ArticleFragment
    }
  }
`);

const firstPage: SpanCursors = { mentionsAfter: null, placesAfter: null, statementsAfter: null };

/** Set by the add-article form when the text was already stored. */
function isDuplicateNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state && state.created === false;
}

export function ArticlePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [paging, setPaging] = useState<{ id: string; cursors: SpanCursors }>({ id, cursors: firstPage });
  const cursors = paging.id === id ? paging.cursors : firstPage;
  const onMore = useCallback((next: SpanCursors) => setPaging({ id, cursors: next }), [id]);
  const [result] = useQuery({ query: ArticlePageQuery, variables: { id, ...cursors } });
  const focus = params.get('focus');
  const setFocus = (next: string) => setParams(next === focus ? {} : { focus: next }, { preventScrollReset: true });

  if (result.fetching && !result.data) return <Loading label="Loading the article…" />;
  if (result.error && !result.data?.article) return <ErrorState error={result.error} subject="this article" />;
  const article = result.data?.article;
  if (!article) return <Loading />;

  const date = formatDate(article.publishedAt);
  return (
    <div className="reader">
      <title>{`${articleTitle(article)} · newsgraph`}</title>
      <header className="reader-header">
        <h1>{articleTitle(article)}</h1>
        <p className="meta">
          {[article.publisher, date, `${article.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ')}
          {article.url ? (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer nofollow">
                Original
              </a>
            </>
          ) : null}
          {' · '}
          <Link to={`/articles/${encodeURIComponent(article.id)}/network`}>Actor network</Link>
        </p>
        {isDuplicateNotice(location.state) ? (
          <p className="notice" role="status">
            This text was already stored, so here is the existing article.
          </p>
        ) : null}
        <Legend />
      </header>
      <ArticleReader article={article} cursors={cursors} onMore={onMore} focus={focus} onFocus={setFocus} />
    </div>
  );
}
