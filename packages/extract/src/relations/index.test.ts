import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';

const relationsOf = (text: string) => {
  const { actors, relations } = extract(text);
  const name = (id: string) => actors.find((a) => a.id === id)?.name;
  return relations.map((r) => [name(r.subjectId), r.predicate, name(r.objectId)]);
};

describe('findRelations', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said so.', ['Dmitry Peskov', 'spokesman of', 'Kremlin']],
    ['Belarusian President Alexander Lukashenko spoke.', ['Alexander Lukashenko', 'president of', 'Belarus']],
    [
      'A longtime ally of Vladimir Putin, Alexander Lukashenko stayed.',
      ['Alexander Lukashenko', 'ally of', 'Vladimir Putin'],
    ],
    ['John Smith, a close ally of Mary Jones, resigned.', ['John Smith', 'ally of', 'Mary Jones']],
    [
      'A longtime ally of Russian President Vladimir Putin, Alexander Lukashenko has faced accusations.',
      ['Alexander Lukashenko', 'ally of', 'Vladimir Putin'],
    ],
    ['Wilson White, Google’s vice president for policy, said so.', ['Wilson White', 'vice president of', 'Google']],
    // a possessive owner before the role and the name in apposition
    [
      "Sinn Féin's housing spokesperson, Eoin Ó Broin, said so.",
      ['Eoin Ó Broin', 'housing spokesperson of', 'Sinn Féin'],
    ],
    ["Norway's finance minister, Jens Berg, said so.", ['Jens Berg', 'finance minister of', 'Norway']],
  ])('%s', (text, relation) => {
    expect(relationsOf(text)).toContainEqual(relation);
  });

  it('creates the state a demonym title implies as an actor', () => {
    const { actors } = extract('Russian President Vladimir Putin spoke.');
    expect(actors).toContainEqual(expect.objectContaining({ name: 'Russia', kind: 'STATE' }));
  });
});
