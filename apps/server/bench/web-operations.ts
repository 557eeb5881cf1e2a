import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';

// The benchmark sends what the web app sends: the operations are read from apps/web/src's
// graphql(`...`) calls, not copied, so the figures follow the reader as it changes.

const WEB_SRC = new URL('../../web/src/', import.meta.url).pathname;

async function sourceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // gql/ is codegen output; tests hold no operations the app sends.
    if (entry.isDirectory() && entry.name !== 'gql') files.push(...(await sourceFiles(path)));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
  }
  return files;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** graphcache asks for __typename in every selection set below the root, as urql's formatDocument does. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
      return has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/** Every operation the web app defines, by name, printed with the fragments it spreads. */
export async function readWebOperations(): Promise<Map<string, string>> {
  const definitions: DefinitionNode[] = [];
  for (const file of await sourceFiles(WEB_SRC)) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      definitions.push(...parse(match[1] ?? '').definitions);
    }
  }
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operations = new Map<string, string>();
  for (const operation of definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION || !operation.name) continue;
    const needed = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment) throw new Error(`web operation ${operation.name?.value}: no fragment ${spread.name.value}`);
          if (!needed.has(fragment.name.value)) {
            needed.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
    operations.set(operation.name.value, print(withTypenames(document)));
  }
  return operations;
}

/** The named web operation; throws when the web app no longer has it, so the bench never measures a stale query. */
export function webOperation(operations: Map<string, string>, name: string): string {
  const document = operations.get(name);
  if (!document) throw new Error(`apps/web/src has no operation ${name}`);
  return document;
}
