import { lazy, Suspense } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { articleTitle, formatDate } from '../components/ArticleCard.tsx';
import { ArticlePanel } from '../components/ArticlePanel.tsx';
import { ArticleText } from '../components/ArticleText.tsx';
import { Legend } from '../components/Legend.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';

const ArticleMap = lazy(() => import('../components/ArticleMap.tsx').then((m) => ({ default: m.ArticleMap })));

const ArticlePageQuery = graphql(`
  query ArticlePage($id: ID!) {
    article(id: $id) {
      id
      title
      url
      publisher
      publishedAt
      ingestedAt
      wordCount
      ...ArticleText_ArticleFragment
      ...ArticlePanel_ArticleFragment
      ...ArticleMap_ArticleFragment
    }
  }
`);

/** Set by the add-article form when the text was already stored. */
function isDuplicateNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state && state.created === false;
}

export function ArticlePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [result] = useQuery({ query: ArticlePageQuery, variables: { id } });
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
      <div className="reader-body">
        <ArticleText article={article} focus={focus} onFocusStatement={setFocus} />
        <aside className="reader-side" aria-label="In this article">
          <ArticlePanel article={article} focus={focus} onFocus={setFocus} />
          <section aria-labelledby="article-map-title">
            <h2 id="article-map-title">Map</h2>
            <Suspense fallback={<Loading label="Loading the map…" />}>
              <ArticleMap article={article} focus={focus} />
            </Suspense>
          </section>
        </aside>
      </div>
    </div>
  );
}
