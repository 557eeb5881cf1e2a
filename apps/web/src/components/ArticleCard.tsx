import { Link } from 'react-router-dom';
import { type FragmentType, graphql, useFragment } from '../gql';

export const ArticleCardFragment = graphql(`
  fragment ArticleCard_ArticleFragment on Article {
    id
    title
    publisher
    publishedAt
    ingestedAt
    wordCount
  }
`);

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date);
}

export function articleTitle(article: { title?: string | null }): string {
  return article.title?.trim() || 'Untitled article';
}

export function ArticleCard(props: { article: FragmentType<typeof ArticleCardFragment> }) {
  const article = useFragment(ArticleCardFragment, props.article);
  const date = formatDate(article.publishedAt) ?? formatDate(article.ingestedAt);
  return (
    <article className="card">
      <h3>
        <Link to={`/articles/${encodeURIComponent(article.id)}`}>{articleTitle(article)}</Link>
      </h3>
      <p className="meta">
        {[article.publisher, date, `${article.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ')}
      </p>
    </article>
  );
}
