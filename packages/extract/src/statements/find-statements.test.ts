import { describe, expect, it } from 'vitest';
import { type ActorSpec, actorsOf, sentencesOf } from '../../test/helpers.ts';
import { findStatements } from './index.ts';

interface Expected {
  kind: 'DIRECT' | 'INDIRECT' | 'PARTIAL';
  text: string;
  cue?: string | null;
  speaker: string | null;
  source?: string;
  addressee?: string;
}

const SMITH: ActorSpec = { name: 'Jane Smith', mentions: ['Jane Smith', 'Smith', 'she', 'She'] };
const JONES: ActorSpec = { name: 'Tom Jones', mentions: ['Tom Jones', 'Jones', 'he', 'He'] };
const REUTERS: ActorSpec = { name: 'Reuters', kind: 'ORGANIZATION', mentions: ['Reuters'] };
const ACME: ActorSpec = { name: 'Acme', kind: 'ORGANIZATION', mentions: ['Acme', 'the company'] };
const RIVAL: ActorSpec = { name: 'Rival', kind: 'ORGANIZATION', mentions: ['Rival'] };

function run(text: string, specs: ActorSpec[]) {
  const actors = actorsOf(text, specs);
  const name = (id: string | null) => actors.find((a) => a.id === id)?.name ?? null;
  return findStatements(text, sentencesOf(text), actors).map((s) => {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    return {
      kind: s.kind,
      text: s.text,
      cue: s.cue,
      speaker: name(s.speakerId),
      ...(s.sourceId ? { source: name(s.sourceId) ?? undefined } : {}),
      ...(s.addresseeId ? { addressee: name(s.addresseeId) ?? undefined } : {}),
    };
  });
}

const cases: Array<[string, string, ActorSpec[], Expected[]]> = [
  [
    'attribution after the quote',
    '"We will not back down," Smith said.',
    [SMITH],
    [{ kind: 'DIRECT', text: 'We will not back down,', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'inverted attribution',
    '"Prices will rise," said Jones.',
    [JONES],
    [{ kind: 'DIRECT', text: 'Prices will rise,', cue: 'said', speaker: 'Tom Jones' }],
  ],
  [
    'pronoun attribution',
    'Jones left early. "I had a train to catch," he said.',
    [JONES],
    [{ kind: 'DIRECT', text: 'I had a train to catch,', cue: 'said', speaker: 'Tom Jones' }],
  ],
  [
    'an unresolved pronoun goes to the subject of the sentence before, not its object',
    'Smith met Jones on Monday. "It went well," she said.',
    [
      { ...SMITH, mentions: ['Smith'] },
      { ...JONES, mentions: ['Jones'] },
    ],
    [{ kind: 'DIRECT', text: 'It went well,', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'a quote split by its attribution is two statements',
    '"The first half was poor," Smith said. "The second was worse."',
    [SMITH],
    [
      { kind: 'DIRECT', text: 'The first half was poor,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'The second was worse.', cue: 'said', speaker: 'Jane Smith' },
    ],
  ],
  [
    'a quote split mid-sentence',
    '"We tried," Smith said, "but it was not enough."',
    [SMITH],
    [
      { kind: 'DIRECT', text: 'We tried,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'but it was not enough.', cue: 'said', speaker: 'Jane Smith' },
    ],
  ],
  [
    'attribution before a colon',
    'Smith told reporters: "This is the end of the road."',
    [SMITH],
    [{ kind: 'DIRECT', text: 'This is the end of the road.', cue: 'told', speaker: 'Jane Smith' }],
  ],
  [
    'a lead-in with a colon and no cue',
    'Jones put it bluntly: "We were awful."',
    [JONES],
    [{ kind: 'DIRECT', text: 'We were awful.', cue: null, speaker: 'Tom Jones' }],
  ],
  [
    'speaker in the previous sentence',
    'Jones was blunt about the defeat. "We were poor from the first minute."',
    [JONES],
    [{ kind: 'DIRECT', text: 'We were poor from the first minute.', cue: null, speaker: 'Tom Jones' }],
  ],
  [
    'reported speech keeps its that',
    'Smith said on Monday that the plant would close next year.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'that the plant would close next year', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'reported speech without that',
    'Smith said Acme and its rivals have agreed to cut prices.',
    [SMITH, ACME],
    [{ kind: 'INDIRECT', text: 'Acme and its rivals have agreed to cut prices', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'attribution closing the sentence',
    'The merger will create the largest bank in the region, Jones said.',
    [JONES],
    [
      {
        kind: 'INDIRECT',
        text: 'The merger will create the largest bank in the region',
        cue: 'said',
        speaker: 'Tom Jones',
      },
    ],
  ],
  [
    'a closing attribution whose mention leaves out the determiner',
    'Output fell 2% in March, the Office for Statistics said.',
    [{ name: 'Office for Statistics', kind: 'ORGANIZATION', mentions: ['Office for Statistics'] }],
    [{ kind: 'INDIRECT', text: 'Output fell 2% in March', cue: 'said', speaker: 'Office for Statistics' }],
  ],
  [
    'an unnamed spokesman speaks for the organization just named',
    'Acme cut its forecast. Sales would recover "within a year," a spokesman said.',
    [ACME],
    [
      { kind: 'INDIRECT', text: 'Sales would recover "within a year,"', cue: 'said', speaker: 'Acme' },
      { kind: 'PARTIAL', text: 'within a year,', cue: null, speaker: 'Acme' },
    ],
  ],
  [
    'a spokesperson of a named organization',
    '"We do not comment on rumours," an Acme spokesperson said.',
    [ACME],
    [{ kind: 'DIRECT', text: 'We do not comment on rumours,', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'a closing attribution with a role before the name',
    'The ban starts in June, city commissioner Jane Smith informed on Monday.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'The ban starts in June', cue: 'informed', speaker: 'Jane Smith' }],
  ],
  [
    'according to, opening the sentence',
    'According to Reuters, the talks collapsed late on Friday.',
    [REUTERS],
    [{ kind: 'INDIRECT', text: 'the talks collapsed late on Friday', cue: 'according to', speaker: 'Reuters' }],
  ],
  [
    'according to after a quote is the source',
    '"We are ready," Smith said, according to Reuters.',
    [SMITH, REUTERS],
    [{ kind: 'DIRECT', text: 'We are ready,', cue: 'said', speaker: 'Jane Smith', source: 'Reuters' }],
  ],
  [
    'a time adjunct between subject and cue',
    'Acme on Friday accused Jones of lying to investors.',
    [ACME, JONES],
    [{ kind: 'INDIRECT', text: 'Jones of lying to investors', cue: 'accused', speaker: 'Acme' }],
  ],
  [
    'accused of',
    'Jones accused Acme of hiding the losses.',
    [JONES, ACME],
    [{ kind: 'INDIRECT', text: 'Acme of hiding the losses', cue: 'accused', speaker: 'Tom Jones' }],
  ],
  [
    'a participle cue keeps the main speaker',
    '"We had no choice," Smith said, accusing Acme of breaking the deal.',
    [SMITH, ACME],
    [
      { kind: 'DIRECT', text: 'We had no choice,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'INDIRECT', text: 'Acme of breaking the deal', cue: 'accusing', speaker: 'Jane Smith' },
    ],
  ],
  [
    'confirmed a noun phrase, saying a clause',
    'Jones confirmed the figures, saying the company had lost money for a third year.',
    [JONES, ACME],
    [
      {
        kind: 'INDIRECT',
        text: 'the company had lost money for a third year',
        cue: 'confirmed',
        speaker: 'Tom Jones',
      },
    ],
  ],
  [
    'a participle cue after prose keeps the sentence subject, not a modifier before it',
    'Acme boss Tom Jones was furious about the ruling, insisting the deal had been legal.',
    [JONES, ACME],
    [{ kind: 'INDIRECT', text: 'the deal had been legal', cue: 'insisting', speaker: 'Tom Jones' }],
  ],
  [
    'claimed to',
    'She claimed to have warned the board months earlier.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'to have warned the board months earlier', cue: 'claimed', speaker: 'Jane Smith' }],
  ],
  [
    'told an addressee',
    '"Get ready," Smith told Jones.',
    [SMITH, JONES],
    [{ kind: 'DIRECT', text: 'Get ready,', cue: 'told', speaker: 'Jane Smith', addressee: 'Tom Jones' }],
  ],
  ['a warning about something', 'Smith warned of a slowdown that could cost jobs.', [SMITH], []],
  ['a present-tense warning about a noun phrase', 'Acme warns of rising costs in Europe this winter.', [ACME], []],
  [
    "an addressee's phrase running on to that",
    "Smith told the BBC's Today programme that prices would fall.",
    [SMITH, { name: 'BBC', kind: 'ORGANIZATION', mentions: ['BBC'] }],
    [{ kind: 'INDIRECT', text: 'that prices would fall', cue: 'told', speaker: 'Jane Smith', addressee: 'BBC' }],
  ],
  [
    'a possessive after told is no addressee',
    '"Get ready," Smith told her deputy.',
    [{ ...SMITH, mentions: ['Smith', 'her'] }],
    [{ kind: 'DIRECT', text: 'Get ready,', cue: 'told', speaker: 'Jane Smith' }],
  ],
  [
    'told someone that',
    'Smith told Jones that the deal was off.',
    [SMITH, JONES],
    [{ kind: 'INDIRECT', text: 'that the deal was off', cue: 'told', speaker: 'Jane Smith', addressee: 'Tom Jones' }],
  ],
  [
    'a partial quote inside reported speech',
    'Smith accused the board of "gross negligence" over the sale.',
    [SMITH],
    [
      {
        kind: 'INDIRECT',
        text: 'the board of "gross negligence" over the sale',
        cue: 'accused',
        speaker: 'Jane Smith',
      },
      { kind: 'PARTIAL', text: 'gross negligence', cue: null, speaker: 'Jane Smith' },
    ],
  ],
  ['a noun phrase after a cue is not a statement', 'Acme announced a new phone.', [ACME], []],
  [
    'a relative clause after a noun phrase is no reported clause',
    'Acme announced a new phone that costs $999.',
    [ACME],
    [],
  ],
  [
    'warned someone that',
    'Smith warned investors that demand was weakening.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'that demand was weakening', cue: 'warned', speaker: 'Jane Smith' }],
  ],
  ['an object is no subject', 'Nurses who fought the pandemic write a book, and still disagree.', [], []],
  [
    'a bare noun that heads one organization name',
    'A man was charged with arson, police said. Avon Police said the fire started at 3am.',
    [{ name: 'Avon Police', kind: 'ORGANIZATION', mentions: ['Avon Police'] }],
    [
      { kind: 'INDIRECT', text: 'A man was charged with arson', cue: 'said', speaker: 'Avon Police' },
      { kind: 'INDIRECT', text: 'the fire started at 3am', cue: 'said', speaker: 'Avon Police' },
    ],
  ],
  ['evidence is no speaker', 'The findings suggest that walking protects the brain.', [], []],
  ['"said to" is hearsay, not a statement', 'They bought a house said to be haunted.', [], []],
  ['a cue word used as a noun', 'The state agency published the report.', [], []],
  [
    'a question with an inverted cue',
    '"Why now?" asked Smith.',
    [SMITH],
    [{ kind: 'DIRECT', text: 'Why now?', cue: 'asked', speaker: 'Jane Smith' }],
  ],
  [
    'an appositive between subject and cue',
    '"We are done," Smith, the chief executive of Acme, said.',
    [SMITH, ACME],
    [{ kind: 'DIRECT', text: 'We are done,', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'a cue at the end of a reported clause is no closing attribution',
    'Smith said Acme would respond.',
    [SMITH, ACME],
    [{ kind: 'INDIRECT', text: 'Acme would respond', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'a "that" a few words after the cue',
    'Smith wrote on her personal blog that the vote was rigged.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'that the vote was rigged', cue: 'wrote', speaker: 'Jane Smith' }],
  ],
  [
    'the appositive is the name',
    'Her lawyer, Jane Smith, said the verdict would be appealed.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'the verdict would be appealed', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'according to as the only attribution of a quote',
    '"We are done," according to Smith.',
    [SMITH],
    [{ kind: 'DIRECT', text: 'We are done,', cue: 'according to', speaker: 'Jane Smith' }],
  ],
  [
    'a definite description of an organization just named',
    'Acme cut 500 jobs. "This was painful," the company said in a statement.',
    [{ ...ACME, mentions: ['Acme'] }],
    [{ kind: 'DIRECT', text: 'This was painful,', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'a cue with no comma before a capitalised quote',
    'Smith said "We won the argument."',
    [SMITH],
    [{ kind: 'DIRECT', text: 'We won the argument.', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'quoted as saying',
    'Smith was quoted as saying that the deal was dead.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'that the deal was dead', cue: 'saying', speaker: 'Jane Smith' }],
  ],
  [
    'a definite description that is no extracted actor',
    'In its statement, the committee said the outlook had worsened.',
    [],
    [{ kind: 'INDIRECT', text: 'the outlook had worsened', cue: 'said', speaker: null }],
  ],
  [
    'a study found that',
    'A study by Acme found that most homes still use lead pipes. Acme found the missing files.',
    [ACME],
    [{ kind: 'INDIRECT', text: 'that most homes still use lead pipes', cue: 'found', speaker: 'Acme' }],
  ],
  [
    'an inverted cue before a title and a name',
    '"Clean water is a right," said Sen. Jane Smith, who led the talks.',
    [{ ...SMITH, mentions: ['Jane Smith'] }],
    [{ kind: 'DIRECT', text: 'Clean water is a right,', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'an unnamed resident with a relative clause',
    'One resident, who asked not to be named, said the street had seen several break-ins.',
    [],
    [{ kind: 'INDIRECT', text: 'the street had seen several break-ins', cue: 'said', speaker: null }],
  ],
  [
    'an addressee whose mention leaves out "the"',
    '"Everything is gone," Smith told the Daily Post.',
    [SMITH, { name: 'Daily Post', kind: 'ORGANIZATION', mentions: ['Daily Post'] }],
    [{ kind: 'DIRECT', text: 'Everything is gone,', cue: 'told', speaker: 'Jane Smith', addressee: 'Daily Post' }],
  ],
  [
    'a company as "it"',
    'Acme cut its forecast on Monday. It said demand had weakened in Europe.',
    [ACME],
    [{ kind: 'INDIRECT', text: 'demand had weakened in Europe', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'an unnamed speaker with an appositive',
    'The minister, speaking to reporters, said the talks had failed.',
    [],
    [{ kind: 'INDIRECT', text: 'the talks had failed', cue: 'said', speaker: null }],
  ],
  [
    'a comma outside the marks',
    '"It is a scandal", said Smith.',
    [SMITH],
    [{ kind: 'DIRECT', text: 'It is a scandal', cue: 'said', speaker: 'Jane Smith' }],
  ],
  ['a cue under negation with no reported clause', 'Smith did not say whether the plant would close.', [SMITH], []],
  [
    'a cue inside a reported clause is part of it',
    'Jones said Acme had promised new barriers years ago and never built them.',
    [JONES, ACME],
    [
      {
        kind: 'INDIRECT',
        text: 'Acme had promised new barriers years ago and never built them',
        cue: 'said',
        speaker: 'Tom Jones',
      },
    ],
  ],
  ['a title opening a sentence quotes nobody', '"The Last Kingdom" returns for a final season.', [], []],
  ['a title in marks quotes nobody', 'Millions watched the series "The Last Kingdom" last year.', [], []],
  [
    'according to a statement from an organization',
    'The border stays shut, according to a statement from Acme.',
    [ACME],
    [{ kind: 'INDIRECT', text: 'The border stays shut', cue: 'according to', speaker: 'Acme' }],
  ],
  [
    'a scare quote at the start of a sentence',
    '"Undesirable" groups were banned last year.',
    [],
    [{ kind: 'PARTIAL', text: 'Undesirable', cue: null, speaker: null }],
  ],
  [
    'a closing attribution followed by a participle phrase reports the clause before it',
    'Acme will cut 2,500 jobs over the next two years, the German engineering group said on Thursday, blaming weak demand.',
    [{ ...ACME, mentions: ['Acme', 'the German engineering group'] }],
    [
      {
        kind: 'INDIRECT',
        text: 'Acme will cut 2,500 jobs over the next two years',
        cue: 'said',
        speaker: 'Acme',
      },
    ],
  ],
  [
    'a description the actor stage left unresolved reaches back to its determiner for the comma',
    'Acme said sales had fallen. Output will shrink next year, the engineering group said, citing costs.',
    [{ ...ACME, mentions: ['Acme'] }],
    [
      { kind: 'INDIRECT', text: 'sales had fallen', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'Output will shrink next year', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    'a participle after a closing attribution that is itself a cue adds a statement',
    'Talks had failed, Smith said on Monday, adding that she would try again.',
    [SMITH],
    [
      { kind: 'INDIRECT', text: 'Talks had failed', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'INDIRECT', text: 'that she would try again', cue: 'adding', speaker: 'Jane Smith' },
    ],
  ],
  [
    'a coordinated second cue and the partial quotes inside both share the subject after a lead-in phrase',
    'Acme sued Rival. In a statement, the company said the regulator had failed to find "any credible evidence of harm" and accused Rival of wanting "to use the store for free."',
    [{ ...ACME, mentions: ['Acme'] }, RIVAL],
    [
      {
        kind: 'INDIRECT',
        text: 'the regulator had failed to find "any credible evidence of harm"',
        cue: 'said',
        speaker: 'Acme',
      },
      { kind: 'PARTIAL', text: 'any credible evidence of harm', cue: null, speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'Rival of wanting "to use the store for free."', cue: 'accused', speaker: 'Acme' },
      { kind: 'PARTIAL', text: 'to use the store for free.', cue: null, speaker: 'Acme' },
    ],
  ],
  [
    'a participial lead-in before a named subject',
    'Speaking to reporters, Smith said the plan had failed and accused Jones of lying.',
    [SMITH, JONES],
    [
      { kind: 'INDIRECT', text: 'the plan had failed', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'INDIRECT', text: 'Jones of lying', cue: 'accused', speaker: 'Jane Smith' },
    ],
  ],
  [
    'a time lead-in before a pronoun subject',
    'Smith left the talks early. On Monday, she said the offer was too low but accepted that it was final.',
    [SMITH],
    [
      { kind: 'INDIRECT', text: 'the offer was too low', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'INDIRECT', text: 'that it was final', cue: 'accepted', speaker: 'Jane Smith' },
    ],
  ],
  [
    'a name first met right after an inverted cue speaks, its apposition skipped, and "he" goes on with it',
    '"We will strike," Smith said. "Acme is making record profits," said Jürgen Kerner, the union\'s deputy chairman. He accused management of "short-term thinking".',
    [SMITH, { name: 'Jürgen Kerner', mentions: ['Jürgen Kerner'] }, ACME],
    [
      { kind: 'DIRECT', text: 'We will strike,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'Acme is making record profits,', cue: 'said', speaker: 'Jürgen Kerner' },
      { kind: 'INDIRECT', text: 'management of "short-term thinking"', cue: 'accused', speaker: 'Jürgen Kerner' },
      { kind: 'PARTIAL', text: 'short-term thinking', cue: null, speaker: 'Jürgen Kerner' },
    ],
  ],
  [
    'after a name no actor holds speaks, "he" is nobody known rather than an earlier speaker',
    '"We will strike," Smith said. "Acme is making record profits," said Jürgen Kerner, the union\'s deputy chairman. He accused management of "short-term thinking".',
    [SMITH, ACME],
    [
      { kind: 'DIRECT', text: 'We will strike,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'Acme is making record profits,', cue: 'said', speaker: null },
      { kind: 'INDIRECT', text: 'management of "short-term thinking"', cue: 'accused', speaker: null },
      { kind: 'PARTIAL', text: 'short-term thinking', cue: null, speaker: null },
    ],
  ],
  [
    'an appositive name after a possessive role, with a title before the name',
    'Speaking in Brussels, the centre\'s director, Dr. Katrin Solberg, said the rise was "entirely preventable".',
    [{ name: 'Katrin Solberg', mentions: ['Katrin Solberg'] }],
    [
      { kind: 'INDIRECT', text: 'the rise was "entirely preventable"', cue: 'said', speaker: 'Katrin Solberg' },
      { kind: 'PARTIAL', text: 'entirely preventable', cue: null, speaker: 'Katrin Solberg' },
    ],
  ],
  [
    'an appositive name after lower-case role words',
    'His lawyer, former judge Ana Ruiz, said the charges had no basis.',
    [{ name: 'Ana Ruiz', mentions: ['Ana Ruiz'] }],
    [{ kind: 'INDIRECT', text: 'the charges had no basis', cue: 'said', speaker: 'Ana Ruiz' }],
  ],
  [
    'a person "of" a place no actor holds, with or without a relative clause before the cue',
    'Søren Lindqvist of Norway, who chairs the committee, said he expected others to join. Tom Jones of Kent said the vote had been fair.',
    [
      { name: 'Søren Lindqvist', mentions: ['Søren Lindqvist'] },
      { ...JONES, mentions: ['Tom Jones'] },
    ],
    [
      { kind: 'INDIRECT', text: 'he expected others to join', cue: 'said', speaker: 'Søren Lindqvist' },
      { kind: 'INDIRECT', text: 'the vote had been fair', cue: 'said', speaker: 'Tom Jones' },
    ],
  ],
  [
    'a person "of" an actor speaks, not the actor',
    'Søren Lindqvist of Norway, who chairs the committee, said he expected others to join. Tom Jones of Acme said the vote had been fair.',
    [
      { name: 'Søren Lindqvist', mentions: ['Søren Lindqvist'] },
      { name: 'Norway', kind: 'STATE', mentions: ['Norway'] },
      { ...JONES, mentions: ['Tom Jones'] },
      ACME,
    ],
    [
      { kind: 'INDIRECT', text: 'he expected others to join', cue: 'said', speaker: 'Søren Lindqvist' },
      { kind: 'INDIRECT', text: 'the vote had been fair', cue: 'said', speaker: 'Tom Jones' },
    ],
  ],
  [
    'people at an organization speak for it',
    'Economists at Acme said the slump would last. Scientists at the Acme Institute cautioned that the results were early.',
    [ACME, { name: 'Acme Institute', kind: 'ORGANIZATION', mentions: ['Acme Institute'] }],
    [
      { kind: 'INDIRECT', text: 'the slump would last', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'that the results were early', cue: 'cautioned', speaker: 'Acme Institute' },
    ],
  ],
  [
    'a group actor named with its organization speaks for the organization',
    'Economists at Acme said the slump would last.',
    [ACME, { name: 'Economists at Acme', kind: 'GROUP', mentions: ['Economists at Acme'] }],
    [{ kind: 'INDIRECT', text: 'the slump would last', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'a group for or around a person, or in a place, is nobody extracted',
    'Lawyers for Smith said the charges were false. Supporters of Jones said he had been framed. Officials in Germany said the road was closed.',
    [SMITH, { ...JONES, mentions: ['Jones'] }, { name: 'Germany', kind: 'STATE', mentions: ['Germany'] }],
    [
      { kind: 'INDIRECT', text: 'the charges were false', cue: 'said', speaker: null },
      { kind: 'INDIRECT', text: 'he had been framed', cue: 'said', speaker: null },
      { kind: 'INDIRECT', text: 'the road was closed', cue: 'said', speaker: null },
    ],
  ],
  [
    'a bare group speaks with no actor, inverted or not',
    'Analysts said the figures were weak. The plant will close, said officials at Acme.',
    [ACME],
    [
      { kind: 'INDIRECT', text: 'the figures were weak', cue: 'said', speaker: null },
      { kind: 'INDIRECT', text: 'The plant will close', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    'a relative clause with a thousands separator between subject and cue',
    'Acme reported a loss. The company, which employs 31,000 people worldwide, said most of the cuts would fall in Europe.',
    [ACME],
    [{ kind: 'INDIRECT', text: 'most of the cuts would fall in Europe', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'a wire dateline is left out of the clause before a closing attribution',
    'FRANKFURT, Nov 24 (Reuters) - Acme cancelled 300 flights on Monday, the airline said.\nPUNE: Acme will open a new hub next year, the company said.',
    [ACME],
    [
      { kind: 'INDIRECT', text: 'Acme cancelled 300 flights on Monday', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'Acme will open a new hub next year', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    '"said nothing" is no closing participle phrase',
    'The board met, but Smith said nothing about the plan.',
    [SMITH],
    [],
  ],
];

// Organisations that speak through descriptions, pronouns and spokespeople, as wire stories write them.
const NAMED_ACME: ActorSpec = { name: 'Acme', kind: 'ORGANIZATION', mentions: ['Acme'] };
const AUTHORITY: ActorSpec = { name: 'Water Authority', kind: 'ORGANIZATION', mentions: ['Water Authority'] };
const PORT: ActorSpec = { name: 'Port of Rotterdam', kind: 'ORGANIZATION', mentions: ['Port of Rotterdam'] };
const HARBOUR: ActorSpec = { name: 'Harbour Research', kind: 'ORGANIZATION', mentions: ['Harbour Research'] };

const organisationCases: Array<[string, string, ActorSpec[], Expected[]]> = [
  [
    'a description with a prepositional tail',
    "Acme said it would cut 500 jobs. The world's largest carmaker by sales said demand had fallen.",
    [NAMED_ACME],
    [
      { kind: 'INDIRECT', text: 'it would cut 500 jobs', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'demand had fallen', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    'a description with an apposition after its head',
    "Acme recalled 9,000 cars. The Japanese automaker, the world's largest, said no one had been hurt.",
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'no one had been hurt', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'a description with a relative clause',
    'Acme cut prices. The Danish shipping group, which moves a sixth of all containers, said fuel prices had risen.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'fuel prices had risen', cue: 'said', speaker: 'Acme' }],
  ],
  [
    '", it said in a statement" after a quote',
    'Acme halted the launch. "We regret the delay," it said in a statement.',
    [NAMED_ACME],
    [{ kind: 'DIRECT', text: 'We regret the delay,', cue: 'said', speaker: 'Acme' }],
  ],
  [
    '", the company said" closing a clause',
    'Acme cut its forecast. Sales would recover next year, the company said.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'Sales would recover next year', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'a description the text put beside a name earlier, over a nearer organisation',
    'Bills will rise by a fifth, according to the regional regulator, the Water Authority. Acme cut prices. The regulator says the companies must fix leaks.',
    [AUTHORITY, NAMED_ACME],
    [
      { kind: 'INDIRECT', text: 'Bills will rise by a fifth', cue: 'according to', speaker: 'Water Authority' },
      { kind: 'INDIRECT', text: 'the companies must fix leaks', cue: 'says', speaker: 'Water Authority' },
    ],
  ],
  [
    'a spokesperson for an organisation named by a word of its name',
    'The Port of Rotterdam expects delays. A spokesperson for the port authority said congestion was manageable.',
    [PORT],
    [{ kind: 'INDIRECT', text: 'congestion was manageable', cue: 'said', speaker: 'Port of Rotterdam' }],
  ],
  [
    'a name the actor stage missed is no description of the organisation nearby',
    "Harbour Research expects delays. The Port of Rotterdam, Europe's busiest port, said ships would queue.",
    [HARBOUR],
    [{ kind: 'INDIRECT', text: 'ships would queue', cue: 'said', speaker: null }],
  ],
  [
    'a participle with no clause after it reports nothing',
    'Acme said it would reroute its ships, adding up to two weeks to each voyage.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'it would reroute its ships', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'an inverted attribution after a partial quote, with an appositive closing the sentence',
    'Jane Smith was removed "due to a loss of confidence," said Tom Jones, a spokesman for the fleet.',
    [SMITH, JONES],
    [
      {
        kind: 'INDIRECT',
        text: 'Jane Smith was removed "due to a loss of confidence,"',
        cue: 'said',
        speaker: 'Tom Jones',
      },
      { kind: 'PARTIAL', text: 'due to a loss of confidence,', cue: null, speaker: 'Tom Jones' },
    ],
  ],
  [
    '"he said" goes on with the speaker of the sentence before, not the person it opened with',
    'Jane Smith was removed, said Tom Jones. Smith was given a desk job, he said.',
    [
      { ...SMITH, mentions: ['Jane Smith', 'Smith'] },
      { ...JONES, mentions: ['Tom Jones'] },
    ],
    [
      { kind: 'INDIRECT', text: 'Jane Smith was removed', cue: 'said', speaker: 'Tom Jones' },
      { kind: 'INDIRECT', text: 'Smith was given a desk job', cue: 'said', speaker: 'Tom Jones' },
    ],
  ],
  [
    '"according to the company" opening a sentence',
    'Acme will cut 900 jobs. According to the company, most of the cuts will fall in Germany.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'most of the cuts will fall in Germany', cue: 'according to', speaker: 'Acme' }],
  ],
  [
    '"the government said" stands for a country as well as an organisation',
    'Spain will ship water to Barcelona, the government said.',
    [{ name: 'Spain', kind: 'STATE', mentions: ['Spain'] }],
    [{ kind: 'INDIRECT', text: 'Spain will ship water to Barcelona', cue: 'said', speaker: 'Spain' }],
  ],
  [
    '"the government" is the country its own sentence names, though the actor stage marked it elsewhere only',
    'Portugal will ration water in the south, the government said. Critics blamed Lisbon. The regional government of the Algarve declared an emergency.',
    [
      { name: 'Portugal', kind: 'STATE', mentions: ['Lisbon'] },
      { name: 'Government of the Algarve', kind: 'ORGANIZATION', mentions: ['The regional government of the Algarve'] },
    ],
    [{ kind: 'INDIRECT', text: 'Portugal will ration water in the south', cue: 'said', speaker: 'Portugal' }],
  ],
  [
    '"the government" after a dateline is the one country the story has as an actor, never a company',
    'ROME (Reuters) - Acme will pay a fine of 10 million euros, the government said. Italy fined Acme.',
    [REUTERS, NAMED_ACME, { name: 'Italy', kind: 'STATE', mentions: ['Italy'] }],
    [{ kind: 'INDIRECT', text: 'Acme will pay a fine of 10 million euros', cue: 'said', speaker: 'Italy' }],
  ],
  [
    '"the government" may be an organisation named as one',
    'The regional government of Tuscany closed the schools. Classes will resume on Monday, the government said.',
    [{ name: 'Government of Tuscany', kind: 'ORGANIZATION', mentions: ['The regional government of Tuscany'] }],
    [{ kind: 'INDIRECT', text: 'Classes will resume on Monday', cue: 'said', speaker: 'Government of Tuscany' }],
  ],
  [
    'a closing attribution to a name after a possessive description',
    "The plant, the largest in the region, is already working at full capacity, the city's water utility Aguas del Norte said.",
    [{ name: 'Aguas del Norte', kind: 'ORGANIZATION', mentions: ['Aguas del Norte'] }],
    [
      {
        kind: 'INDIRECT',
        text: 'The plant, the largest in the region, is already working at full capacity',
        cue: 'said',
        speaker: 'Aguas del Norte',
      },
    ],
  ],
  [
    'a closing attribution to a name with a particle that no actor holds',
    'Tanker ships will bring water from Valencia, the port operator Puertos del Sur said.',
    [],
    [{ kind: 'INDIRECT', text: 'Tanker ships will bring water from Valencia', cue: 'said', speaker: null }],
  ],
  [
    '"the company" is the company the sentence before opens with, over a company so described earlier',
    'Rival, the streaming company, complained. Acme said it would appeal. In a statement, the Cupertino-based company said the fine was unjust.',
    [RIVAL, NAMED_ACME],
    [
      { kind: 'INDIRECT', text: 'it would appeal', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'the fine was unjust', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    'a generic description right beside a name is that name, before a relative clause',
    'Acme faced a complaint by Rival, the streaming company, which argued that the rules were unfair.',
    [NAMED_ACME, RIVAL],
    [{ kind: 'INDIRECT', text: 'that the rules were unfair', cue: 'argued', speaker: 'Rival' }],
  ],
  [
    'a participle after a sentence that opens with an unnamed description reports for nobody extracted',
    'A federal judge blocked the merger on Monday, writing that the deal "may lessen competition."',
    [],
    [
      { kind: 'INDIRECT', text: 'that the deal "may lessen competition."', cue: 'writing', speaker: null },
      { kind: 'PARTIAL', text: 'may lessen competition.', cue: null, speaker: null },
    ],
  ],
  [
    'a participle after a sentence that opens with a definite description resolves it',
    'Acme sold loans it knew were bad. The company later settled, saying it had acted in good faith.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'it had acted in good faith', cue: 'saying', speaker: 'Acme' }],
  ],
  [
    'a ruling speaks for the judge the story named, its verdict for the court',
    'Judge Jane Smith blocked the merger. Acme said it would appeal. The ruling said the firms had shown no benefits. The Leeds Crown Court jailed Jones. Its verdict said he had lied.',
    [
      { ...SMITH, mentions: ['Jane Smith'] },
      NAMED_ACME,
      { name: 'Leeds Crown Court', kind: 'ORGANIZATION', mentions: ['The Leeds Crown Court'] },
      { ...JONES, mentions: ['Jones', 'he'] },
    ],
    [
      { kind: 'INDIRECT', text: 'it would appeal', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'the firms had shown no benefits', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'INDIRECT', text: 'he had lied', cue: 'said', speaker: 'Leeds Crown Court' },
    ],
  ],
  [
    '"complained to X" names an addressee and reports no clause; "promised to cut" reports a plan',
    'Rival complained to Brussels. Acme complained to the regulator. Acme promised to cut prices.',
    [RIVAL, NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'to cut prices', cue: 'promised', speaker: 'Acme' }],
  ],
  [
    'a subordinate clause after the attribution is no part of what was said',
    'Acme will close 40 branches, the company said on Wednesday, as customers move online. Prices will rise, Acme said, amid a slump in demand.',
    [{ ...NAMED_ACME, mentions: ['Acme', 'the company'] }],
    [
      { kind: 'INDIRECT', text: 'Acme will close 40 branches', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'Prices will rise', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    "a description the actor stage gave to the dateline's agency is read again",
    'OSLO (Reuters) - Acme Bank will close 40 branches, the Norwegian lender said. The bank, which has 2 million customers, said it expected the cuts to cost 900 million crowns.',
    [
      { ...REUTERS, mentions: ['Reuters', 'the Norwegian lender', 'The bank'] },
      { name: 'Acme Bank', kind: 'ORGANIZATION', mentions: ['Acme Bank'] },
    ],
    [
      { kind: 'INDIRECT', text: 'Acme Bank will close 40 branches', cue: 'said', speaker: 'Acme Bank' },
      { kind: 'INDIRECT', text: 'it expected the cuts to cost 900 million crowns', cue: 'said', speaker: 'Acme Bank' },
    ],
  ],
  [
    'people described by a phrase after them speak for nobody extracted',
    'Acme is weighing a sale of its chip unit, people familiar with the matter said. Two sources close to the talks said a deal could come within weeks. Residents of the town said they had not been warned.',
    [NAMED_ACME],
    [
      { kind: 'INDIRECT', text: 'Acme is weighing a sale of its chip unit', cue: 'said', speaker: null },
      { kind: 'INDIRECT', text: 'a deal could come within weeks', cue: 'said', speaker: null },
      { kind: 'INDIRECT', text: 'they had not been warned', cue: 'said', speaker: null },
    ],
  ],
  [
    'a governing body is the organisation the sentence before opens with',
    'The Football Association will review the incident. In a statement, the governing body said referees were doing a difficult job.',
    [{ name: 'Football Association', kind: 'ORGANIZATION', mentions: ['The Football Association'] }],
    [
      {
        kind: 'INDIRECT',
        text: 'referees were doing a difficult job',
        cue: 'said',
        speaker: 'Football Association',
      },
    ],
  ],
  [
    '"his office said" speaks for the person the pronoun stands for',
    'Prime Minister Tom Jones cut short his holiday, his office said.',
    [{ ...JONES, mentions: ['Tom Jones'] }, REUTERS],
    [{ kind: 'INDIRECT', text: 'Prime Minister Tom Jones cut short his holiday', cue: 'said', speaker: 'Tom Jones' }],
  ],
  [
    '"the ministry said" is no organisation nearby that is not named a ministry',
    "Greece asked the European Union for help, and Acme sent planes, the ministry said. The city's transit authority said it would cut three routes.",
    [{ name: 'European Union', kind: 'ORGANIZATION', mentions: ['the European Union'] }, NAMED_ACME],
    [
      {
        kind: 'INDIRECT',
        text: 'Greece asked the European Union for help, and Acme sent planes',
        cue: 'said',
        speaker: null,
      },
      { kind: 'INDIRECT', text: 'it would cut three routes', cue: 'said', speaker: null },
    ],
  ],
  [
    'a closing attribution to an agency described with a noun-like cue word ("state news agency")',
    'Jane Smith said the talks had failed, state news agency Reuters reported.',
    [{ ...SMITH, mentions: ['Jane Smith'] }, REUTERS],
    [{ kind: 'INDIRECT', text: 'the talks had failed', cue: 'said', speaker: 'Jane Smith', source: 'Reuters' }],
  ],
  [
    'a partial quote after a verb of naming is the words of whoever the sentence opens with',
    'The Kremlin rejected the plan, calling it "a ploy to rearm Kyiv". Acme has long "weaponised" its patents. Acme described the ruling as "absurd".',
    [{ name: 'Kremlin', kind: 'ORGANIZATION', mentions: ['Kremlin'] }, NAMED_ACME],
    [
      { kind: 'PARTIAL', text: 'a ploy to rearm Kyiv', cue: null, speaker: 'Kremlin' },
      { kind: 'PARTIAL', text: 'weaponised', cue: null, speaker: null },
      { kind: 'PARTIAL', text: 'absurd', cue: null, speaker: 'Acme' },
    ],
  ],
  [
    'a study speaks for nobody extracted, not for the journal it appeared in',
    'Adults who sleep less perform worse on memory tests, a new study published in the journal Sleep Science has found.',
    [{ name: 'Sleep Science', kind: 'ORGANIZATION', mentions: ['Sleep Science'] }],
    [
      {
        kind: 'INDIRECT',
        text: 'Adults who sleep less perform worse on memory tests',
        cue: 'found',
        speaker: null,
      },
    ],
  ],
  [
    '"the company" the actor stage gave to a company described so earlier is the one the sentence before opens with',
    'Rival, the streaming company, complained. Acme said it would appeal. In a statement, the Cupertino, California-based company said the fine was unjust.',
    [{ ...RIVAL, mentions: ['Rival', 'the Cupertino, California-based company'] }, NAMED_ACME],
    [
      { kind: 'INDIRECT', text: 'it would appeal', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'the fine was unjust', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    'the agency of a dateline is nobody the story refers back to',
    'MADRID (Reuters) - Water will be shipped to Barcelona, the government said.',
    [REUTERS],
    [{ kind: 'INDIRECT', text: 'Water will be shipped to Barcelona', cue: 'said', speaker: null }],
  ],
  [
    'adjuncts of a written statement between the cue and its clause',
    'Acme said in a note to clients the bank was likely to cut jobs. Acme said on its website that rates would rise.',
    [NAMED_ACME],
    [
      { kind: 'INDIRECT', text: 'the bank was likely to cut jobs', cue: 'said', speaker: 'Acme' },
      { kind: 'INDIRECT', text: 'that rates would rise', cue: 'said', speaker: 'Acme' },
    ],
  ],
  [
    'a place between the addressee and the clause',
    'Acme told reporters in New York it would hire 200 people.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'it would hire 200 people', cue: 'told', speaker: 'Acme' }],
  ],
  [
    '"according to X" as an aside between the subject and its predicate',
    'Acme, according to Reuters, will cut 1,000 jobs.',
    [NAMED_ACME, REUTERS],
    [
      {
        kind: 'INDIRECT',
        text: 'Acme, according to Reuters, will cut 1,000 jobs',
        cue: 'according to',
        speaker: 'Reuters',
      },
    ],
  ],
  [
    'a company spokeswoman speaks for the company just named',
    'Acme denied wrongdoing. "We follow the rules," a company spokeswoman said.',
    [NAMED_ACME],
    [{ kind: 'DIRECT', text: 'We follow the rules,', cue: 'said', speaker: 'Acme' }],
  ],
];

// People named with a parenthesis, a relative clause, or by a surname the actor stage did not take.
const UNION: ActorSpec = { name: 'Farmers Union', kind: 'ORGANIZATION', mentions: ['the Farmers Union'] };
const personCases: Array<[string, string, ActorSpec[], Expected[]]> = [
  [
    'a party and state in parentheses after the name',
    'Sen. Jane Smith (D-Wash.) said the delay would cost lives.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'the delay would cost lives', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'a relative clause that names an organisation is no appositive name',
    'Jane Smith, who leads the Farmers Union, said the cuts had destroyed a third of the harvest.',
    [{ ...SMITH, mentions: ['Jane Smith'] }, UNION],
    [
      {
        kind: 'INDIRECT',
        text: 'the cuts had destroyed a third of the harvest',
        cue: 'said',
        speaker: 'Jane Smith',
      },
    ],
  ],
  [
    'a surname the actor stage left out',
    'Dr. Selina Brace led the study. Brace said that the two groups had met.',
    [{ name: 'Selina Brace', mentions: ['Selina Brace'] }],
    [{ kind: 'INDIRECT', text: 'that the two groups had met', cue: 'said', speaker: 'Selina Brace' }],
  ],
  [
    'an age stands for the person just named',
    'Jane Smith, 45, lost her job. "We are exhausted," the 45-year-old said.',
    [{ ...SMITH, mentions: ['Jane Smith'] }],
    [{ kind: 'DIRECT', text: 'We are exhausted,', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'a role noun of the title stage stands for the person just named',
    'Jane Smith backed the nurses. "They deserve better," the MP said.',
    [{ ...SMITH, mentions: ['Jane Smith'] }],
    [{ kind: 'DIRECT', text: 'They deserve better,', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'an unnamed speaker after an inverted cue is nobody extracted, not the last speaker',
    '"We won," Smith said. "It\'s a disgrace," said one nurse, who asked not to be named.',
    [SMITH],
    [
      { kind: 'DIRECT', text: 'We won,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: "It's a disgrace,", cue: 'said', speaker: null },
    ],
  ],
  [
    'a phrasal cue after a quote',
    'Jane Smith defended the plan. "It works," she went on.',
    [{ ...SMITH, mentions: ['Jane Smith', 'she'] }],
    [{ kind: 'DIRECT', text: 'It works,', cue: 'went on', speaker: 'Jane Smith' }],
  ],
  [
    'a phrasal cue before a that-clause',
    'Jane Smith pointed out that the cost had fallen by half.',
    [SMITH],
    [{ kind: 'INDIRECT', text: 'that the cost had fallen by half', cue: 'pointed out', speaker: 'Jane Smith' }],
  ],
  ['a phrasal cue that reports nothing on its own', 'Jane Smith went on to win the title in 2019.', [SMITH], []],
  [
    'a relative clause reports what its antecedent said, up to its comma',
    'Jane Smith, who said she was "delighted" with the vote, declined to give figures.',
    [{ ...SMITH, mentions: ['Jane Smith'] }],
    [
      { kind: 'INDIRECT', text: 'she was "delighted" with the vote', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'PARTIAL', text: 'delighted', cue: null, speaker: 'Jane Smith' },
    ],
  ],
  [
    'a relative clause after "according to X," is no part of the report',
    'According to Jones, who voted against the plan, the stadium will cost at least £300 million.',
    [JONES],
    [
      {
        kind: 'INDIRECT',
        text: 'the stadium will cost at least £300 million',
        cue: 'according to',
        speaker: 'Tom Jones',
      },
    ],
  ],
  [
    'an inverted cue before a role phrase whose appositive names the speaker',
    '"It was hard," said Acme\'s spokesman, Jane Smith. "We had no choice," said a spokesman for the company, Tom Jones.',
    [
      { ...SMITH, mentions: ['Jane Smith'] },
      { ...JONES, mentions: ['Tom Jones'] },
      { ...ACME, mentions: ['Acme', 'the company'] },
    ],
    [
      { kind: 'DIRECT', text: 'It was hard,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'We had no choice,', cue: 'said', speaker: 'Tom Jones' },
    ],
  ],
  [
    'appositives with commas of their own between the name and its cue',
    'Jane Smith, the mayor of Leeds, a city of 800,000 people, said the tram would open in 2030.',
    [
      { ...SMITH, mentions: ['Jane Smith'] },
      { name: 'Leeds', kind: 'ORGANIZATION', mentions: ['Leeds'] },
    ],
    [{ kind: 'INDIRECT', text: 'the tram would open in 2030', cue: 'said', speaker: 'Jane Smith' }],
  ],
  [
    'a title the mention leaves out before a name followed by appositives and a relative clause',
    'Dr Jane Smith, director of policy at Acme, which represents 300 firms, said: "We are ready." Prof. Tom Jones, a chemist at Rival, which led the study, said the results were clear.',
    [{ ...SMITH, mentions: ['Jane Smith'] }, { ...JONES, mentions: ['Tom Jones'] }, NAMED_ACME, RIVAL],
    [
      { kind: 'DIRECT', text: 'We are ready.', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'INDIRECT', text: 'the results were clear', cue: 'said', speaker: 'Tom Jones' },
    ],
  ],
  [
    'an age and a description between the name and its cue',
    'Tom Jones, 62, a retired engineer from Otley, said he would believe it when he saw it.',
    [JONES],
    [{ kind: 'INDIRECT', text: 'he would believe it when he saw it', cue: 'said', speaker: 'Tom Jones' }],
  ],
  [
    'a relative clause with a list between the name and its cue',
    'Acme, which built trams in Nottingham, Sheffield and Manchester, said it would bid for the contract.',
    [NAMED_ACME],
    [{ kind: 'INDIRECT', text: 'it would bid for the contract', cue: 'said', speaker: 'Acme' }],
  ],
  [
    'an aside between dashes after the name',
    'Jane Smith — who has led the party since 2010 — said she would stand again. "We are united," Smith -- smiling -- told the conference.',
    [{ ...SMITH, mentions: ['Jane Smith', 'Smith'] }],
    [
      { kind: 'INDIRECT', text: 'she would stand again', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'We are united,', cue: 'told', speaker: 'Jane Smith' },
    ],
  ],
  [
    '"he" is nobody the actor stage only ever called "she"',
    'Jane Smith opened the shop. Her son disagrees. "She worked harder than anyone," he says.',
    [{ ...SMITH, mentions: ['Jane Smith', 'Her'] }],
    [{ kind: 'DIRECT', text: 'She worked harder than anyone,', cue: 'says', speaker: null }],
  ],
  [
    '"he" skips the woman a sentence opens with for the man after her',
    'Jane Smith met Tom Jones after she landed. "It went well," he said.',
    [
      { ...JONES, mentions: ['Tom Jones'] },
      { ...SMITH, mentions: ['Jane Smith', 'she'] },
    ],
    [{ kind: 'DIRECT', text: 'It went well,', cue: 'said', speaker: 'Tom Jones' }],
  ],
];

describe('people named with asides', () => {
  it.each(personCases)('%s', (_name, text, specs, expected) => {
    expect(run(text, specs)).toEqual(expected);
  });
});

describe('organisations and descriptions as speakers', () => {
  it.each(organisationCases)('%s', (_name, text, specs, expected) => {
    expect(run(text, specs)).toEqual(expected);
  });

  it('gives a document to whoever issued it, named where the actor stage marked no mention', () => {
    const text =
      "A fire hit a plant of Acme. Acme's statement said no one was hurt. A statement from Acme said work would resume. A statement said the cause was unknown.";
    // Only the first "Acme" is a mention, as when the actor stage misses the later ones.
    const actors = actorsOf(text, [NAMED_ACME]).map((a) => ({ ...a, mentions: a.mentions.slice(0, 1) }));
    const found = findStatements(text, sentencesOf(text), actors).map((st) => [st.text, st.speakerId]);
    expect(found).toEqual([
      ['no one was hurt', 'a1'],
      ['work would resume', 'a1'],
      ['the cause was unknown', null],
    ]);
  });
});

describe('findStatements', () => {
  it.each(cases)('%s', (_name, text, specs, expected) => {
    expect(run(text, specs)).toEqual(expected);
  });

  it('leaves a closing report of the source out of the reported clause', () => {
    const text =
      'Smith said the two sides had agreed to talk, Ruritanian state media reported Monday. Jones said prices would rise.';
    expect(run(text, [SMITH, JONES]).map((s) => s.text)).toEqual([
      'the two sides had agreed to talk',
      'prices would rise',
    ]);
  });

  it('continues a quote paragraph after a quote paragraph by the same voice', () => {
    const text = '"We built this club from nothing," Jones said.\n"Nobody can take that away from us."';
    expect(run(text, [JONES]).map((s) => s.speaker)).toEqual(['Tom Jones', 'Tom Jones']);
  });

  it('gives an unattributed quote to the person the sentence before names, not to the last quote', () => {
    const text = '"We will win," Smith said. Jones was less sure. "We will see."';
    expect(run(text, [SMITH, JONES]).map((s) => s.speaker)).toEqual(['Jane Smith', 'Tom Jones']);
  });

  // The shared convention counts "a quote that runs over several sentences without interruption" as
  // one: a paragraph break with the mark reopened is no interruption, an attribution between is.
  it('makes one statement of a quote over several paragraphs, attributed wherever its attribution sits', () => {
    const text =
      'Smith said:\n"The first year was hard.\n"The second was harder.\n"The third was the best," she added.';
    expect(run(text, [SMITH])).toEqual([
      {
        kind: 'DIRECT',
        text: 'The first year was hard.\n"The second was harder.\n"The third was the best,',
        cue: 'added',
        speaker: 'Jane Smith',
      },
    ]);
    const closing = 'Jones spoke first. "We lost the vote.\n"We will be back," Smith said.';
    expect(run(closing, [SMITH, JONES])).toEqual([
      { kind: 'DIRECT', text: 'We lost the vote.\n"We will be back,', cue: 'said', speaker: 'Jane Smith' },
    ]);
  });

  it('keeps a quote interrupted by its attribution as two statements across a paragraph break', () => {
    const text = '"We won," Smith said. "It was hard.\n"But worth it."';
    expect(run(text, [SMITH])).toEqual([
      { kind: 'DIRECT', text: 'We won,', cue: 'said', speaker: 'Jane Smith' },
      { kind: 'DIRECT', text: 'It was hard.\n"But worth it.', cue: 'said', speaker: 'Jane Smith' },
    ]);
  });

  it.each([
    [
      'a title line is a summary, not a statement',
      'Smith vows to protect forests\n\nThe president said on Monday that the forests would be protected by a new law.',
      ['that the forests would be protected by a new law'],
    ],
    [
      'a title with a quote in it quotes nobody',
      'Minister says tax plan is "fair"\nThe minister said the plan was fair to everyone who pays tax.',
      ['the plan was fair to everyone who pays tax'],
    ],
    [
      'a first line with a final stop is a lead sentence',
      'Smith said the plant would close.\nIt employs 400 people in the town and has been open since 1962.',
      ['the plant would close'],
    ],
    [
      'a first line as long as the paragraph after it is no title',
      'Smith said the plant would close next spring after years of losses\nWorkers left.',
      ['the plant would close next spring after years of losses'],
    ],
    ['a one-line text has no title', 'Smith says the plant will close', ['the plant will close']],
  ])('%s', (_name, text, expected) => {
    expect(run(text, [SMITH]).map((s) => s.text)).toEqual(expected);
  });

  it('reports nothing from page chrome', () => {
    const text = 'Dear readers, the authorities claim our work "discredits the leadership."';
    expect(findStatements(text, sentencesOf(text, 'APPEAL'), [])).toEqual([]);
  });

  it.each([
    ['empty text', ''],
    ['white space', ' \n\t \n'],
    ['only quote marks', '"""“”"\n”“'],
    ['HTML', '<p class="lead">He said <b>"hi"</b></p><script>alert("x")</script>'],
    ['non-English', 'Он сказал: «Мы готовы». 他说：“我们准备好了。”'],
  ])('returns valid statements for %s', (_name, text) => {
    const out = findStatements(text, sentencesOf(text), []);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never throws and always returns exact slices on random text, marks and mentions', () => {
    // A small linear congruential generator keeps the cases the same from run to run.
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = [
      'Smith',
      'said',
      'told',
      'he',
      ' ',
      ', ',
      '. ',
      '\n',
      '"',
      '“',
      '”',
      '‘',
      '’',
      'that',
      'according to',
      'the',
      ':',
    ];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 80 }, () => pieces[rand(pieces.length)]).join('');
      const actors = actorsOf(text, [{ name: 'Smith', mentions: ['Smith', 'he'] }]);
      const out = findStatements(text, sentencesOf(text), actors);
      out.forEach((st, i) => {
        expect(st.id).toBe(`s${i + 1}`);
        expect(text.slice(st.start, st.end)).toBe(st.text);
        expect(st.text.length).toBeGreaterThan(0);
      });
    }
  });

  // Growth, not wall-clock time: eight times the text (up to about 1 MB) in well under the 64 times
  // a quadratic pass would take. Runs alternate and the best of each counts, so a loaded machine
  // or one garbage collection cannot tip it.
  it('stays linear on a long article', { timeout: 120_000 }, () => {
    const para =
      '"We will not back down," Smith said, accusing Acme of "gross negligence". Jones said the company had lost money, according to Reuters.\n';
    const inputs = [850, 6800].map((n) => {
      const text = para.repeat(n);
      return { n, text, sentences: sentencesOf(text), actors: actorsOf(text, [SMITH, JONES, ACME, REUTERS]) };
    });
    const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let run = 0; run < 3; run++) {
      inputs.forEach(({ n, text, sentences, actors }, i) => {
        const t0 = performance.now();
        const out = findStatements(text, sentences, actors);
        best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - t0);
        expect(out.length).toBe(4 * n);
      });
    }
    const [small = 0, large = 0] = best;
    expect(large / Math.max(small, 2)).toBeLessThan(32);
  });

  it('finishes on unbalanced marks without swallowing later quotes', () => {
    const text = `He said "this never closes. ${'Filler words here. '.repeat(2000)}\n"Done," Smith said.`;
    const out = run(text, [SMITH]);
    expect(out.at(-1)).toEqual({ kind: 'DIRECT', text: 'Done,', cue: 'said', speaker: 'Jane Smith' });
  });
});
