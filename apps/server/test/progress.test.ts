import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dictionaryExtractor, type GraphQLResponse, type TestApp } from './helpers.ts';

const PROGRESS = `subscription Progress($ingestId: ID!) {
  ingestProgress(ingestId: $ingestId) { ingestId stage message article { id title } error { code message } }
}`;

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } }
}`;

interface Progress {
  ingestProgress: {
    ingestId: string;
    stage: string;
    message: string;
    article: { id: string; title: string | null } | null;
    error: { code: string; message: string } | null;
  };
}

const dictionary = dictionaryExtractor({ 'Angela Merkel': { kind: 'PERSON', aliases: ['Merkel'] } });
const extract = (text: string) => {
  if (text.includes('breaks the extractor')) throw new Error('model missing');
  return dictionary(text);
};

describe('Subscription.ingestProgress over server-sent events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extract });
  });
  afterAll(() => t.close());

  /** Opens the event stream; `events` holds every event once the server ends the stream. */
  async function subscribe(ingestId: string): Promise<{ events: Promise<GraphQLResponse<Progress>[]> }> {
    const response = await t.app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: PROGRESS, variables: { ingestId } }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = response.text().then((body) =>
      body
        .split('\n\n')
        .filter((block) => !block.startsWith('event: complete'))
        .flatMap((block) =>
          block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => JSON.parse(line.slice('data: '.length)) as GraphQLResponse<Progress>),
        ),
    );
    return { events };
  }

  it('reports each stage while the mutation runs and ends with DONE and the article', async () => {
    const ingestId = randomUUID();
    const { events } = await subscribe(ingestId);
    const { data, errors } = await t.gql<{ ingestArticle: { created: boolean; article: { id: string } } }>(INGEST, {
      input: { text: 'Angela Merkel spoke. “We help,” Merkel said.', title: 'Live', ingestId },
    });
    expect(errors).toBeUndefined();
    const stream = await events;
    expect(stream.map((event) => event.errors)).toEqual(stream.map(() => undefined));
    const stages = stream.map((event) => event.data?.ingestProgress);
    expect(stages.map((event) => event?.stage)).toEqual(['QUEUED', 'EXTRACTING', 'STORING', 'DONE']);
    expect(stages.every((event) => event?.ingestId === ingestId && event.message !== '')).toBe(true);
    expect(stages.at(-1)?.article).toEqual({ id: data?.ingestArticle.article.id, title: 'Live' });
  });

  it('replays the stages to a subscriber that connects after the ingest finished', async () => {
    const ingestId = randomUUID();
    const text = 'Merkel returned on Tuesday.';
    await t.gql(INGEST, { input: { text } });
    // The same text again is found stored: no extraction, straight to DONE.
    const { data } = await t.gql<{ ingestArticle: { created: boolean; article: { id: string } } }>(INGEST, {
      input: { text, ingestId },
    });
    expect(data?.ingestArticle.created).toBe(false);
    const stages = (await (await subscribe(ingestId)).events).map((event) => event.data?.ingestProgress);
    expect(stages.map((event) => event?.stage)).toEqual(['QUEUED', 'DONE']);
    expect(stages.at(-1)?.article?.id).toBe(data?.ingestArticle.article.id);
  });

  it('ends with FAILED and the error code when the text is refused', async () => {
    const ingestId = randomUUID();
    const { events } = await subscribe(ingestId);
    const { errors } = await t.gql(INGEST, { input: { text: '   ', ingestId } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stages = (await events).map((event) => event.data?.ingestProgress);
    expect(stages.map((event) => event?.stage)).toEqual(['QUEUED', 'FAILED']);
    expect(stages.at(-1)?.error).toEqual({ code: 'BAD_USER_INPUT', message: errors?.[0]?.message });
    expect(stages.at(-1)?.article).toBeNull();
  });

  it('ends with FAILED and EXTRACTION_FAILED when the extractor throws', async () => {
    const ingestId = randomUUID();
    const { events } = await subscribe(ingestId);
    const { errors } = await t.gql(INGEST, { input: { text: 'An article that breaks the extractor.', ingestId } });
    expect(errors?.[0]?.extensions?.code).toBe('EXTRACTION_FAILED');
    const stages = (await events).map((event) => event.data?.ingestProgress);
    expect(stages.map((event) => event?.stage)).toEqual(['QUEUED', 'EXTRACTING', 'FAILED']);
    expect(stages.at(-1)?.error?.code).toBe('EXTRACTION_FAILED');
  });

  it('refuses an ingestId that is not a UUID, in the mutation and the subscription', async () => {
    const { errors } = await t.gql(INGEST, { input: { text: 'Merkel spoke.', ingestId: 'job-1' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stream = await (await subscribe('job-1')).events;
    expect(stream[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
