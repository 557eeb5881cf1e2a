import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useSubscription } from 'urql';
import { ErrorState } from '../components/Status.tsx';
import { graphql } from '../gql';
import type { IngestStage } from '../gql/graphql.ts';

const IngestArticleMutation = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        title
        # The actors and places it names, so the cache can drop what it knew about them.
        actors(first: 100) {
          edges {
            node {
              id
            }
          }
        }
        locations(first: 100) {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`);

const IngestProgressSubscription = graphql(`
  subscription IngestProgress($ingestId: ID!) {
    ingestProgress(ingestId: $ingestId) {
      stage
    }
  }
`);

const STAGE_LABELS: Record<IngestStage, string> = {
  QUEUED: 'Checking the text',
  EXTRACTING: 'Finding who said what',
  STORING: 'Saving',
  DONE: 'Done',
  FAILED: 'Stopped',
};

/** A UUID; `crypto.randomUUID` exists only in secure contexts, and a LAN address over http is not one. */
export function newIngestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0'));
  hex[6] = `4${hex[6]?.slice(1)}`;
  hex[8] = `${'89ab'[Number.parseInt(hex[8] ?? '0', 16) % 4]}${hex[8]?.slice(1)}`;
  const all = hex.join('');
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

/** The API's limit, checked here first so a person does not wait for a refusal. */
const MAX_BYTES = 1_000_000;

function elapsedLabel(seconds: number): string {
  return seconds < 2 ? 'Reading the article…' : `Finding who said what… (${seconds} s)`;
}

export function AddArticlePage() {
  const navigate = useNavigate();
  const [result, ingest] = useMutation(IngestArticleMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [ingestId, setIngestId] = useState<string | null>(null);
  // Every stage the server reports for this ingest, in order.
  const [progress] = useSubscription(
    { query: IngestProgressSubscription, variables: { ingestId: ingestId ?? '' }, pause: !ingestId },
    // The cache may hand the last result over again; a repeated stage adds nothing.
    (stages: IngestStage[] = [], event) =>
      stages.at(-1) === event.ingestProgress.stage ? stages : [...stages, event.ingestProgress.stage],
  );
  const stages = ingestId ? (progress.data ?? []) : [];

  useEffect(() => {
    if (!result.fetching) return;
    setSeconds(0);
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [result.fetching]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    };
    const text = field('text');
    if (!text) return setProblem('Paste the text of the article first.');
    if (new TextEncoder().encode(text).length > MAX_BYTES) {
      return setProblem('The text is longer than 1 MB. Paste one article at a time.');
    }
    setProblem(null);
    const date = field('publishedAt');
    // The id is known before the mutation answers, so the progress stream can open alongside it.
    const id = newIngestId();
    setIngestId(id);
    const outcome = await ingest({
      input: {
        ingestId: id,
        text,
        title: field('title'),
        url: field('url'),
        publisher: field('publisher'),
        publishedAt: date ? new Date(`${date}T00:00:00Z`).toISOString() : null,
      },
    });
    const payload = outcome.data?.ingestArticle;
    if (payload) {
      navigate(`/articles/${encodeURIComponent(payload.article.id)}`, { state: { created: payload.created } });
    }
  };

  return (
    <>
      <title>Add an article · newsgraph</title>
      <h1>Add an article</h1>
      <p className="lede">Paste the plain text of a news article. newsgraph finds its actors, statements and places.</p>
      <form className="add-form" onSubmit={onSubmit} aria-busy={result.fetching}>
        <label className="field wide">
          <span>
            Article text <span className="required">(required)</span>
          </span>
          <textarea name="text" rows={14} required aria-describedby="text-hint" />
        </label>
        <p id="text-hint" className="hint">
          Plain text, up to 1 MB. Anything in it, HTML included, is kept as text.
        </p>
        <div className="grid">
          <label className="field">
            <span>Title</span>
            <input name="title" type="text" />
          </label>
          <label className="field">
            <span>Publisher</span>
            <input name="publisher" type="text" />
          </label>
          <label className="field">
            <span>Address (URL)</span>
            <input name="url" type="url" placeholder="https://" />
          </label>
          <label className="field">
            <span>Publication date</span>
            <input name="publishedAt" type="date" />
          </label>
        </div>
        <button type="submit" className="primary" disabled={result.fetching}>
          {result.fetching ? 'Adding…' : 'Add article'}
        </button>
        {result.fetching ? (
          <div className="progress" role="status" aria-live="polite">
            <progress aria-label="Analysing the article" />
            <span>{elapsedLabel(seconds)}</span>
            {stages.length > 0 ? (
              <ol className="stages" aria-label="Progress">
                {stages.map((stage) => (
                  <li key={stage}>{STAGE_LABELS[stage]}</li>
                ))}
              </ol>
            ) : null}
          </div>
        ) : null}
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
        {result.error && !result.fetching ? <ErrorState error={result.error} /> : null}
      </form>
    </>
  );
}
