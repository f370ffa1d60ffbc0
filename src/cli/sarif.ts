/**
 * SARIF 2.1.0 output, shaped for GitHub code scanning: rules with help text and a level,
 * results pointing at repository-relative URIs with 1-based line/column regions (columns in
 * UTF-16 code units, as medad's ranges are).
 */
import type { Finding, Report, Rule } from '../core/types.js';
import type { InputProblem } from './errors.js';
import { lineStarts, position } from './lines.js';
import { VERSION } from './version.js';

export interface CheckedFile {
  file: { name: string; text: string };
  report: Report;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(name: string): string {
  if (name === '<stdin>') return 'stdin';
  return name
    .split(/[\\/]/)
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** SARIF `fixes` for a finding's machine fix (what `medad check --fix` applies). */
function fixes(starts: readonly number[], name: string, f: Finding) {
  const s = f.suggestions.find((x) => x.replacement !== undefined && x.range);
  if (!s || !s.range) return undefined;
  const start = position(starts, s.range.start);
  const end = position(starts, s.range.end);
  const deletedRegion = {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: s.range.start,
    charLength: s.range.end - s.range.start,
  };
  return [
    {
      description: { text: s.message || `Apply the fix of ${f.ruleId}` },
      artifactChanges: [{ artifactLocation: { uri: toUri(name), uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion, insertedContent: { text: s.replacement } }] }],
    },
  ];
}

/** Line starts are computed once per file, so SARIF output is linear in findings. */
function region(starts: readonly number[], f: Finding) {
  if (!f.range) return { startLine: 1 };
  const start = position(starts, f.range.start);
  // The end column is exclusive in SARIF, like medad's range end.
  const end = position(starts, f.range.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * `problems` (inputs that could not be read) become tool execution notifications, and the run is
 * marked unsuccessful, so a code-scanning upload shows that the report is incomplete.
 */
const withFixes = (fix: ReturnType<typeof fixes>) => (fix ? { fixes: fix } : {});

/** A SARIF result before the run's rule table (and so its `ruleIndex`) is known. */
export type SarifResult = ReturnType<typeof sarifResults>[number];

/**
 * The SARIF results of one file. The CLI computes them as soon as the file is checked, so it can
 * drop the file's text (its line starts turn ranges into regions).
 */
export function sarifResults({ file, report }: CheckedFile) {
  const starts = report.findings.some((f) => f.range || f.suggestions.some((s) => s.range)) ? lineStarts(file.text) : [];
  return report.findings.map((f) => ({
    ...withFixes(fixes(starts, file.name, f)),
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    message: { text: [f.message, ...f.suggestions.map((s) => s.message).filter(Boolean)].join(' → ') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(file.name), uriBaseId: '%SRCROOT%' },
          region: region(starts, f),
        },
      },
    ],
  }));
}

export function formatSarif(files: CheckedFile[], rules: Rule[], problems: readonly InputProblem[] = []): string {
  return formatSarifResults(files.flatMap(sarifResults), rules, problems);
}

/** The SARIF log of a run from its files' results, in order. */
export function formatSarifResults(results: SarifResult[], rules: Rule[], problems: readonly InputProblem[] = []): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ruleIds = [...new Set(results.map((r) => r.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const sarifRules = ruleIds.map((id) => {
    const r = byId.get(id);
    const basis = r?.legalBasis ?? [];
    const help = basis.map((b) => `${b.citation} (${b.kind}): ${b.url}`).join('\n');
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: `${r?.category ?? 'finding'} (${r?.jurisdiction ?? id.slice(0, 2).toUpperCase()})` },
      fullDescription: { text: `${r?.category ?? id}: ${basis[0]?.citation ?? ''}` },
      help: { text: help || id, markdown: basis.map((b) => `- ${b.kind}: [${b.citation}](${b.url})`).join('\n') || id },
      ...(basis[0]?.url ? { helpUri: basis[0].url } : {}),
      defaultConfiguration: { level: LEVEL[r?.severity ?? 'warning'] },
      properties: { tags: ['medad', r?.category ?? 'unknown', r?.jurisdiction ?? ''].filter(Boolean), category: r?.category, jurisdiction: r?.jurisdiction },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'medad', version: VERSION, semanticVersion: VERSION, informationUri: 'https://www.npmjs.com/package/medad', rules: sarifRules } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({
              level: 'error',
              message: { text: p.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.file), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        // Key order as SARIF viewers and earlier medad versions print it: ruleIndex after ruleId.
        results: results.map(({ ruleId, level, message, locations, ...fix }) => ({ ...fix, ruleId, ruleIndex: index.get(ruleId)!, level, message, locations })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
