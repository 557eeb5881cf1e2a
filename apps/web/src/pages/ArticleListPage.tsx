import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { ArticleCard } from '../components/ArticleCard.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';

const ArticleListQuery = graphql(`
  query ArticleList($after: String) {
    articles(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ArticleCard_ArticleFragment
        }
      }
    }
  }
`);

export function ArticleListPage() {
  const [after, setAfter] = useState<string | null>(null);
  const [result] = useQuery({ query: ArticleListQuery, variables: { after } });
  const articles = result.data?.articles;
  return (
    <>
      <title>Articles · newsgraph</title>
      <h1>Articles</h1>
      <p className="lede">Who said what, about whom, and where, in every stored article.</p>
      {result.error && !articles ? <ErrorState error={result.error} subject="the articles" /> : null}
      {!articles && !result.error ? <Loading label="Loading articles…" /> : null}
      {articles ? (
        articles.edges.length === 0 ? (
          <Empty>
            No articles yet. <Link to="/add">Add the first one</Link>.
          </Empty>
        ) : (
          <>
            <p className="count-line">
              {articles.totalCount} {articles.totalCount === 1 ? 'article' : 'articles'}
            </p>
            <ul className="cards">
              {articles.edges.map(({ node }) => (
                <li key={node.id}>
                  <ArticleCard article={node} />
                </li>
              ))}
            </ul>
            <LoadMore pageInfo={articles.pageInfo} fetching={result.fetching} onLoad={setAfter} />
          </>
        )
      ) : null}
    </>
  );
}
