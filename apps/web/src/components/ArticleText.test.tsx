import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../gql';
import type { ArticleText_ArticleFragmentFragment } from '../gql/graphql.ts';
import { ArticleText, ArticleTextFragment } from './ArticleText.tsx';

beforeAll(() => {
  // jsdom has no layout, so no scrolling either.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

const hostile =
  '<script>window.pwned = true</script> <img src=x onerror="window.pwned=true"> **bold** [link](javascript:alert(1))';

/** Builds the fragment data the API would send, with spans located by offset arithmetic. */
function article(text: string, parts: Partial<ArticleText_ArticleFragmentFragment> = {}) {
  const data: ArticleText_ArticleFragmentFragment = {
    __typename: 'Article',
    id: 'A1',
    text,
    sections: [],
    mentions: { __typename: 'MentionConnection', edges: [] },
    statements: { __typename: 'StatementConnection', edges: [] },
    locationMentions: { __typename: 'LocationMentionConnection', edges: [] },
    ...parts,
  };
  return makeFragmentData(data, ArticleTextFragment);
}

function mention(id: string, start: number, end: number, actorId: string, kind: 'PERSON' | 'STATE') {
  return {
    __typename: 'MentionEdge' as const,
    node: {
      __typename: 'Mention' as const,
      id,
      start,
      end,
      actor: { __typename: 'Actor' as const, id: actorId, name: `Actor ${actorId}`, kind },
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
          mentions: { __typename: 'MentionConnection', edges: [mention('M1', start, end, 'P1', 'PERSON')] },
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
    renderText(<ArticleText article={article(text, { mentions: { __typename: 'MentionConnection', edges } })} />);
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
      edges: [
        {
          __typename: 'StatementEdge' as const,
          node: {
            __typename: 'Statement' as const,
            id: 'S9',
            kind: 'INDIRECT' as const,
            start: 9,
            end: 23,
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
          mentions: { __typename: 'MentionConnection', edges: [mention('M1', 0, 3, 'P1', 'PERSON')] },
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
    const { container } = renderText(
      <ArticleText article={article(text, { mentions: { __typename: 'MentionConnection', edges } })} focus="P1" />,
    );
    expect([...container.querySelectorAll('[data-focused]')].map((el) => el.textContent)).toEqual(['Ana', 'Ana']);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });
});
