import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the SDL modules; codegen configs point their `schema` glob here. */
export const schemaDir = dirname(fileURLToPath(import.meta.url));

/** Glob of every SDL module, for codegen. */
export const schemaGlob = join(schemaDir, '*.graphql');

/** The SDL modules' text, in file-name order. */
export function readTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(schemaDir, file), 'utf8'));
}
