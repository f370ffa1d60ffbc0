/**
 * The command line's options and the help that documents them: all that `--help`, `--version` and
 * a parse of the arguments need, without the checker (index.ts answers those before loading it).
 */
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS } from '../core/types.js';
import { ENCODINGS } from './decode.js';
import { DEFAULT_MAX_BYTES } from './read.js';

export const HELP = `medad — flags legal risk in medical marketing copy (PL, DE, RU). Not legal advice.

Usage:
  medad check [files, directories or globs...]
      check files (stdin when none); directories are searched for .md/.txt/.html
      files; quote globs so every shell passes them through: "posts/**/*.md"
  medad rules [--jurisdiction X] [--format json]
      list the rules

Options for check:
  --jurisdiction PL|DE|RU|auto   law to apply (default: auto, from the text's language);
                                 repeat it or separate by commas for several: PL,DE
  --product ${PRODUCTS.join('|')}
  --audience ${AUDIENCES.join('|')}
  --channel NAME                 e.g. instagram, facebook, web, video
  --locale ${MESSAGE_LOCALES.join('|')}           language of the messages (default en)
  --format pretty|json|sarif|compact|github
                                 output format (default pretty; github: workflow annotations)
  -o, --output-file FILE         write the report to FILE instead of stdout
  --as-of YYYY-MM-DD             the law in force on that date
  --rule ID=off|info|warning|error
                                 switch a rule off or change its severity (repeatable)
  --quiet                        report errors only
  --max-warnings N               also exit 1 when there are more than N warnings
  --pack FILE.json               also apply a JSON rule pack (repeatable; see docs/custom-packs.md)
  --encoding NAME                encoding of inputs without a byte-order mark (default utf-8):
                                 ${ENCODINGS.join(', ')}
  --markup auto|markdown|html|text  how to read inputs (default auto: by file extension;
                                 stdin is text)
  --max-bytes N[K|M]             refuse inputs larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024}M)
  --fix                          apply the safe machine fixes (mandatory warnings, labels,
                                 current wordings) to the files
  --fix-dry-run                  compute the fixes without writing (json shows the output)
  --report-unused-disable-directives
                                 report medad-disable comments that disabled nothing (as errors)
  --concurrency off|auto|N       check files in N worker threads (default off; auto: one per
                                 1000 files, one CPU left to the main thread); same output,
                                 faster for large directories on 4+ cores only
  --config FILE                  use this configuration instead of searching for one
  --no-config                    ignore medad.config.* and .medadrc.json
  --exit-zero                    exit 0 even when errors are found (for demos and reports)
  -v, --version                  print the version
  -h, --help                     this help

Configuration: medad.config.{js,mjs,json} or .medadrc.json, found from the working directory
up (packs, rules, jurisdictions, context, locale, ignores, format; schema/config.schema.json).
Disable comments: <!-- medad-disable-next-line pl/superlative -- reason -->, and
<!-- medad-disable [ids] --> … <!-- medad-enable [ids] -->, also as plain-text lines.

A file may start with YAML front matter that sets its context:
  ---
  product: medical-device
  audience: public
  jurisdiction: PL
  assets:
    - kind: image
      tags: [before-after]
  ---

Exit codes: 0 no error finding, 1 error findings (or too many warnings), 2 usage error or
input not checked, 3 internal error, 4 some inputs unreadable (the others were checked).
`;

export const OPTIONS = {
  jurisdiction: { type: 'string', multiple: true },
  product: { type: 'string' },
  audience: { type: 'string' },
  channel: { type: 'string' },
  locale: { type: 'string' },
  format: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'max-bytes': { type: 'string' },
  encoding: { type: 'string' },
  markup: { type: 'string' },
  pack: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  concurrency: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;
