import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ArticleSpans, nextCursors } from './ArticleReader.tsx';
import { ArticleText } from './ArticleText.tsx';

beforeAll(() => {
  // jsdom has no layout, so no scrolling either.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

const hostile =
  '<script>window.pwned = true</script> <img src=x onerror="window.pwned=true"> **bold** [link](javascript:alert(1))';

const complete = { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null };

/** The span data the API would send, with spans located by offset arithmetic. */
function article(text: string, parts: Partial<ArticleSpans> = {}): ArticleSpans {
  return {
    __typename: 'Article',
    id: 'A1',
    text,
    sections: [],
    mentions: { __typename: 'MentionConnection', pageInfo: complete, edges: [] },
    statements: { __typename: 'StatementConnection', pageInfo: complete, edges: [] },
    locationMentions: { __typename: 'LocationMentionConnection', pageInfo: complete, edges: [] },
    ...parts,
  };
}

const mentions = (edges: ArticleSpans['mentions']['edges']) => ({
  __typename: 'MentionConnection' as const,
  pageInfo: complete,
  edges,
});

function mention(id: string, start: number, end: number, actorId: string, kind: 'PERSON' | 'STATE') {
  return {
    __typename: 'MentionEdge' as const,
    node: {
      __typename: 'Mention' as const,
      id,
      start,
      end,
      actor: { __typename: 'Actor' as const, id: actorId, name: `Actor ${actorId}`, kind, title: null },
    },
  };
}

const renderText = (ui: React.ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('ArticleText', () => {
  it('shows markup, scripts and markdown in the text as text, never as HTML', () => {
    const text = `Intro.\n${hostile}\nEnd.`;
    const { container } = renderText(<ArticleText article={article(text)} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('strong, b, em')).toBeNull();
    expect(container.textContent).toContain(hostile);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('keeps markup as text inside highlighted mentions too', () => {
    const text = `Said <b>Bob</b> today.`;
    const start = 5;
    const end = 15;
    renderText(
      <ArticleText
        article={article(text, {
          mentions: mentions([mention('M1', start, end, 'P1', 'PERSON')]),
        })}
      />,
    );
    const link = screen.getByRole('link');
    expect(link.textContent).toBe('<b>Bob</b>');
    expect(link.querySelector('b')).toBeNull();
  });

  it('links every mention to its actor, coloured by kind, at the exact offsets', () => {
    const text = 'Ana met Ana and Rome.';
    const edges = [
      mention('M1', 0, 3, 'P1', 'PERSON'),
      mention('M2', 8, 11, 'P1', 'PERSON'),
      mention('M3', 16, 20, 'S1', 'STATE'),
    ];
    renderText(<ArticleText article={article(text, { mentions: mentions(edges) })} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href'), l.className])).toEqual([
      ['Ana', '/actors/P1', 'mention kind-PERSON'],
      ['Ana', '/actors/P1', 'mention kind-PERSON'],
      ['Rome', '/actors/S1', 'mention kind-STATE'],
    ]);
  });

  it('marks a statement around its mentions and names the speaker for hover and focus', () => {
    const text = 'Ana said the plan works.';
    const statements = {
      __typename: 'StatementConnection' as const,
      pageInfo: complete,
      edges: [
        {
          __typename: 'StatementEdge' as const,
          node: {
            __typename: 'Statement' as const,
            id: 'S9',
            kind: 'INDIRECT' as const,
            start: 9,
            end: 23,
            text: 'the plan works',
            cue: 'said',
            speaker: { __typename: 'Actor' as const, id: 'P1', name: 'Ana Lima' },
          },
        },
      ],
    };
    const { container } = renderText(
      <ArticleText
        article={article(text, {
          statements,
          mentions: mentions([mention('M1', 0, 3, 'P1', 'PERSON')]),
        })}
      />,
    );
    const mark = container.querySelector('[data-statement="S9"]');
    expect(mark?.className).toBe('statement kind-INDIRECT');
    expect(mark?.textContent).toContain('the plan works');
    const marker = screen.getByRole('button', { name: 'Reported speech' });
    expect(marker.getAttribute('aria-describedby')).toBeTruthy();
    const tip = document.getElementById(marker.getAttribute('aria-describedby') ?? '');
    expect(tip?.textContent).toBe('Reported speech: Ana Lima (said)');
  });

  it('sets page chrome apart from the story', () => {
    const text = 'The story.\nSupport us today!';
    const sections = [
      { __typename: 'Section' as const, kind: 'BODY' as const, start: 0, end: 10 },
      { __typename: 'Section' as const, kind: 'APPEAL' as const, start: 11, end: 28 },
    ];
    renderText(<ArticleText article={article(text, { sections })} />);
    const aside = screen.getByRole('complementary', { name: 'Publisher’s appeal' });
    expect(aside.textContent).toContain('Support us today!');
    expect(screen.getByRole('region', { name: 'Article text' }).textContent).toBe('The story.');
  });

  it('highlights every span of the focused actor', () => {
    const text = 'Ana met Ana and Rome.';
    const edges = [
      mention('M1', 0, 3, 'P1', 'PERSON'),
      mention('M2', 8, 11, 'P1', 'PERSON'),
      mention('M3', 16, 20, 'S1', 'STATE'),
    ];
    const { container } = renderText(<ArticleText article={article(text, { mentions: mentions(edges) })} focus="P1" />);
    expect([...container.querySelectorAll('[data-focused]')].map((el) => el.textContent)).toEqual(['Ana', 'Ana']);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });
});

describe('nextCursors', () => {
  const page = (hasNextPage: boolean, endCursor: string | null) => ({
    __typename: 'PageInfo' as const,
    hasNextPage,
    endCursor,
  });
  const first = { mentionsAfter: null, placesAfter: null, statementsAfter: null };

  it('asks for the next page of every list that has one, and stops when all are complete', () => {
    const partial = article('x', {
      mentions: { ...mentions([]), pageInfo: page(true, 'm60') },
      statements: { __typename: 'StatementConnection', pageInfo: page(true, 's30'), edges: [] },
    });
    expect(nextCursors(partial, first)).toEqual({ mentionsAfter: 'm60', placesAfter: null, statementsAfter: 's30' });
    expect(nextCursors(partial, { mentionsAfter: 'm60', placesAfter: null, statementsAfter: 's30' })).toBeNull();
    expect(nextCursors(article('x'), first)).toBeNull();
  });
});
