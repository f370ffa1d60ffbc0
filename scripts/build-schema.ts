/**
 * Writes `schema/rule-pack.schema.json` and `schema/config.schema.json` (JSON Schema draft 2020-12) from medad/schema's zod
 * schema, so editors can complete and check pack files. Runs before every build; a test fails
 * when the committed file differs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, rulePackJsonSchema } from '../src/adapters/schema/index.js';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'rule-pack.schema.json');
export const schemaText = (): string => `${JSON.stringify(rulePackJsonSchema(), null, 2)}\n`;
export const CONFIG_SCHEMA_PATH = join(dirname(SCHEMA_PATH), 'config.schema.json');
export const configSchemaText = (): string => `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, schemaText());
  writeFileSync(CONFIG_SCHEMA_PATH, configSchemaText());
}
