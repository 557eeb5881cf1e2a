import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ArticleCard, articleTitle } from '../components/ArticleCard.tsx';
import { KindBadge } from '../components/KindBadge.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { StatementItem } from '../components/StatementItem.tsx';
import { Empty, ErrorState, Loading } from '../components/Status.tsx';
import { graphql } from '../gql';
import { countryName } from '../lib/country.ts';
import { keywordInContext } from '../lib/kwic.ts';

const ActorPageQuery = graphql(`
  query ActorPage($id: ID!, $mentionsAfter: String, $statementsAfter: String) {
    actor(id: $id) {
      id
      name
      kind
      title
      countryCode
      aliases
      mentionCount
      relations(first: 50) {
        edges {
          node {
            id
            predicate
            subject {
              id
              name
            }
            object {
              id
              name
            }
            article {
              id
              title
            }
          }
        }
      }
      mentions(first: 50, after: $mentionsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            start
            end
            text
            article {
              id
            }
          }
        }
      }
      statements(first: 50, after: $statementsAfter) {
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
      articles(first: 20) {
        totalCount
        edges {
          node {
            id
            title
            text
            ...ArticleCard_ArticleFragment
          }
        }
      }
    }
  }
`);

export function ActorPage() {
  const { id = '' } = useParams();
  const [mentionsAfter, setMentionsAfter] = useState<string | null>(null);
  const [statementsAfter, setStatementsAfter] = useState<string | null>(null);
  const [result] = useQuery({ query: ActorPageQuery, variables: { id, mentionsAfter, statementsAfter } });
  const actor = result.data?.actor;
  const articles = useMemo(() => new Map(actor?.articles.edges.map((e) => [e.node.id, e.node])), [actor?.articles]);

  if (!actor && result.error) return <ErrorState error={result.error} subject="this actor" />;
  if (!actor) return <Loading label="Loading the actor…" />;
  const country = countryName(actor.countryCode);
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);

  return (
    <article className="actor-page">
      <title>{`${actor.name} · newsgraph`}</title>
      <header>
        <h1>{actor.name}</h1>
        <dl className="facts">
          <div>
            <dt>Kind</dt>
            <dd>
              <KindBadge kind={actor.kind} />
            </dd>
          </div>
          {actor.title ? (
            <div>
              <dt>Title</dt>
              <dd>{actor.title}</dd>
            </div>
          ) : null}
          {country ? (
            <div>
              <dt>Country</dt>
              <dd>{country}</dd>
            </div>
          ) : null}
          <div>
            <dt>Mentions</dt>
            <dd>{actor.mentionCount}</dd>
          </div>
          {aliases.length > 0 ? (
            <div>
              <dt>Also called</dt>
              <dd>{aliases.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="relations-title">
        <h2 id="relations-title">Relations</h2>
        {actor.relations.edges.length === 0 ? (
          <Empty>No relations stated in the texts.</Empty>
        ) : (
          <ul className="relations">
            {actor.relations.edges.map(({ node }) => (
              <li key={node.id}>
                <ActorLink actor={node.subject} current={actor.id} />{' '}
                <span className="predicate">{node.predicate}</span> <ActorLink actor={node.object} current={actor.id} />{' '}
                <Link
                  className="meta"
                  to={`/articles/${encodeURIComponent(node.article.id)}?focus=${encodeURIComponent(actor.id)}`}
                >
                  ({articleTitle(node.article)})
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">Mentions in context ({actor.mentions.totalCount})</h2>
        <ol className="kwic">
          {actor.mentions.edges.map(({ node }) => {
            const text = articles.get(node.article.id)?.text;
            const context = text ? keywordInContext(text, node.start, node.end) : null;
            return (
              <li key={node.id}>
                <Link to={`/articles/${encodeURIComponent(node.article.id)}?focus=${encodeURIComponent(node.id)}`}>
                  <span className="kwic-before">
                    <bdi>{context?.before}</bdi>
                  </span>
                  <mark className={`kwic-keyword kind-${actor.kind}`}>{context?.keyword ?? node.text}</mark>
                  <span className="kwic-after">{context?.after}</span>
                </Link>
              </li>
            );
          })}
        </ol>
        <LoadMore pageInfo={actor.mentions.pageInfo} fetching={result.fetching} onLoad={setMentionsAfter} />
      </section>

      <section aria-labelledby="statements-title">
        <h2 id="statements-title">Statements ({actor.statements.totalCount})</h2>
        {actor.statements.edges.length === 0 ? (
          <Empty>No statements attributed to {actor.name}.</Empty>
        ) : (
          <ul className="statements">
            {actor.statements.edges.map(({ node }) => (
              <StatementItem key={node.id} statement={node} />
            ))}
          </ul>
        )}
        <LoadMore pageInfo={actor.statements.pageInfo} fetching={result.fetching} onLoad={setStatementsAfter} />
      </section>

      <section aria-labelledby="articles-title">
        <h2 id="articles-title">Articles ({actor.articles.totalCount})</h2>
        <ul className="cards">
          {actor.articles.edges.map(({ node }) => (
            <li key={node.id}>
              <ArticleCard article={node} />
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link to={`/statements?speaker=${encodeURIComponent(actor.id)}`}>All statements by {actor.name}</Link>
      </p>
    </article>
  );
}

function ActorLink({ actor, current }: { actor: { id: string; name: string }; current: string }) {
  if (actor.id === current) return <strong>{actor.name}</strong>;
  return <Link to={`/actors/${encodeURIComponent(actor.id)}`}>{actor.name}</Link>;
}
