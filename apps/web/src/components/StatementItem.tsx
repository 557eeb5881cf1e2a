import { Link } from 'react-router-dom';
import { type FragmentType, graphql, useFragment } from '../gql';
import { articleTitle } from './ArticleCard.tsx';
import { KindBadge } from './KindBadge.tsx';

export const StatementItemFragment = graphql(`
  fragment StatementItem_StatementFragment on Statement {
    id
    kind
    text
    cue
    speaker {
      id
      name
      kind
    }
    source {
      id
      name
    }
    article {
      id
      title
    }
  }
`);

/** A statement with its speaker and a link to its place in the article. */
export function StatementItem(props: { statement: FragmentType<typeof StatementItemFragment>; showArticle?: boolean }) {
  const statement = useFragment(StatementItemFragment, props.statement);
  const readerLink = `/articles/${encodeURIComponent(statement.article.id)}?focus=${encodeURIComponent(statement.id)}`;
  return (
    <li className={`statement-item kind-${statement.kind}`}>
      <blockquote className={statement.kind === 'INDIRECT' ? 'reported' : undefined}>{statement.text}</blockquote>
      <p className="meta">
        <KindBadge kind={statement.kind} />{' '}
        {statement.speaker ? (
          <Link to={`/actors/${encodeURIComponent(statement.speaker.id)}`}>{statement.speaker.name}</Link>
        ) : (
          <span>Unattributed</span>
        )}
        {statement.cue ? <span> · {statement.cue}</span> : null}
        {statement.source ? <span> · according to {statement.source.name}</span> : null}
        {' · '}
        <Link to={readerLink}>
          {props.showArticle === false ? 'Show in article' : `In “${articleTitle(statement.article)}”`}
        </Link>
      </p>
    </li>
  );
}
