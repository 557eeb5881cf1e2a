import { Fragment, type ReactNode, useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { SectionKind } from '../gql/graphql.ts';
import { type Segment, type Span, segmentText, splitParagraphs } from '../lib/segments.ts';
import type { ArticleSpans } from './ArticleReader.tsx';
import { kindLabel } from './KindBadge.tsx';

const sectionNames: Record<SectionKind, string> = {
  BODY: 'Article',
  APPEAL: 'Publisher’s appeal',
  BYLINE: 'Byline',
  CAPTION: 'Caption',
  DISCLOSURE: 'Disclosure',
  NAVIGATION: 'Page links',
  CHROME: 'Page chrome',
};

interface Mark {
  type: 'mention' | 'statement' | 'place';
  id: string;
  /** The actor, location or statement the mark belongs to, for focusing all its spans. */
  ownerId: string;
  className: string;
  start: number;
}

interface Block {
  kind: SectionKind;
  paragraphs: { start: number; end: number }[];
}

/** Paragraphs grouped into runs of the same section; text outside every section is body. */
function blocksOf(text: string, sections: readonly { kind: SectionKind; start: number; end: number }[]): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const kind = sections.find((s) => s.start <= paragraph.start && paragraph.start < s.end)?.kind ?? 'BODY';
    const last = blocks.at(-1);
    if (last && last.kind === kind) last.paragraphs.push(paragraph);
    else blocks.push({ kind, paragraphs: [paragraph] });
  }
  return blocks;
}

/**
 * The article text, sliced at the API's offsets into plain React text nodes (never HTML), with
 * actor mentions coloured by kind, places underlined and statements marked by kind.
 * `focus` is the global id of a mention, statement, actor or location whose spans to highlight.
 */
export function ArticleText(props: {
  article: ArticleSpans;
  focus?: string | null;
  onFocusStatement?: (id: string) => void;
}) {
  const { article } = props;
  const { text } = article;
  const tipPrefix = useId();
  const root = useRef<HTMLDivElement>(null);

  const { spans, marks, statements } = useMemo(() => {
    const spans: Span[] = [];
    const marks = new Map<string, Mark>();
    const add = (key: string, mark: Mark, end: number) => {
      spans.push({ key, start: mark.start, end });
      marks.set(key, mark);
    };
    for (const { node } of article.mentions.edges) {
      add(
        `m:${node.id}`,
        {
          type: 'mention',
          id: node.id,
          ownerId: node.actor.id,
          className: `kind-${node.actor.kind}`,
          start: node.start,
        },
        node.end,
      );
    }
    for (const { node } of article.locationMentions.edges) {
      add(
        `l:${node.id}`,
        { type: 'place', id: node.id, ownerId: node.location.id, className: '', start: node.start },
        node.end,
      );
    }
    const statements = new Map(article.statements.edges.map(({ node }) => [node.id, node]));
    for (const { node } of article.statements.edges) {
      add(
        `s:${node.id}`,
        { type: 'statement', id: node.id, ownerId: node.id, className: `kind-${node.kind}`, start: node.start },
        node.end,
      );
    }
    return { spans, marks, statements };
  }, [article]);

  const blocks = useMemo(() => blocksOf(text, article.sections), [text, article.sections]);
  const focus = props.focus ?? null;
  const isFocused = (mark: Mark) => focus !== null && (mark.id === focus || mark.ownerId === focus);

  useEffect(() => {
    if (!focus) return;
    const first = root.current?.querySelector('[data-focused]');
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);

  const renderSegment = (segment: Segment): ReactNode => {
    let node: ReactNode = text.slice(segment.start, segment.end);
    // Innermost marks wrap first: place, then mention (the mention's link is the outer, clickable one).
    const place = segment.keys.findLast((key) => key.startsWith('l:'));
    const mention = segment.keys.findLast((key) => key.startsWith('m:'));
    const placeMark = place ? marks.get(place) : undefined;
    if (placeMark) {
      node = (
        <span className="place" data-focused={isFocused(placeMark) || undefined}>
          {node}
        </span>
      );
    }
    const mentionMark = mention ? marks.get(mention) : undefined;
    if (mentionMark) {
      node = (
        <Link
          to={`/actors/${encodeURIComponent(mentionMark.ownerId)}`}
          className={`mention ${mentionMark.className}`}
          data-focused={isFocused(mentionMark) || undefined}
        >
          {node}
        </Link>
      );
    }
    return <Fragment key={segment.start}>{node}</Fragment>;
  };

  const renderParagraph = (range: { start: number; end: number }) => {
    const segments = segmentText(range.start, range.end, spans);
    // Consecutive segments inside the same (innermost) statement share one statement mark.
    const runs: { statement?: string; segments: Segment[] }[] = [];
    for (const segment of segments) {
      const statement = segment.keys.findLast((key) => key.startsWith('s:'));
      const last = runs.at(-1);
      if (last && last.statement === statement) last.segments.push(segment);
      else runs.push({ statement, segments: [segment] });
    }
    return (
      <p key={range.start}>
        {runs.map((run) => {
          const first = run.segments[0] as Segment;
          const mark = run.statement ? marks.get(run.statement) : undefined;
          const statement = mark ? statements.get(mark.id) : undefined;
          if (!mark || !statement) return <Fragment key={first.start}>{run.segments.map(renderSegment)}</Fragment>;
          const tipId = `${tipPrefix}-${first.start}`;
          const speaker = statement.speaker?.name ?? 'Unattributed';
          return (
            <span
              key={first.start}
              className={`statement ${mark.className}`}
              data-statement={statement.id}
              data-focused={isFocused(mark) || undefined}
            >
              {first.start === statement.start ? (
                <button
                  type="button"
                  className="statement-marker"
                  aria-describedby={tipId}
                  onClick={() => props.onFocusStatement?.(statement.id)}
                >
                  <span aria-hidden="true">{statement.kind === 'INDIRECT' ? '»' : '“'}</span>
                  <span className="visually-hidden">{kindLabel(statement.kind)}</span>
                </button>
              ) : null}
              <span role="tooltip" id={tipId} className="tooltip">
                {kindLabel(statement.kind)}: {speaker}
                {statement.cue ? ` (${statement.cue})` : ''}
              </span>
              {run.segments.map(renderSegment)}
            </span>
          );
        })}
      </p>
    );
  };

  return (
    <div className="article-text" ref={root}>
      {blocks.map((block) =>
        block.kind === 'BODY' ? (
          <section key={block.paragraphs[0]?.start} aria-label="Article text">
            {block.paragraphs.map(renderParagraph)}
          </section>
        ) : (
          <aside key={block.paragraphs[0]?.start} className="chrome" aria-label={sectionNames[block.kind]}>
            <p className="chrome-label">{sectionNames[block.kind]} — not part of the story</p>
            {block.paragraphs.map(renderParagraph)}
          </aside>
        ),
      )}
    </div>
  );
}
