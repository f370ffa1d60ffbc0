/**
 * medad/schema: packs as data. A valid JSON pack loads and works through createChecker and the
 * CLI; a broken one is rejected at load with every problem and its path — unsafe regular
 * expressions, empty or malformed patterns, duplicate ids, unknown categories, prototype keys,
 * code, oversized input. The published JSON Schema stays in sync with the zod schema.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from '../scripts/build-schema.js';
import { CheckOptionsSchema, LIMITS, PackValidationError, parseCheckOptions, parsePack, RuleSchema } from '../src/adapters/schema/index.js';
import { main } from '../src/cli/index.js';
import { createChecker, type Example } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const AT_FILE = join(ROOT, 'examples/packs/at-starter.json');
const AT = readFileSync(AT_FILE, 'utf8');
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const base = () => clone(JSON.parse(AT)) as Record<string, any>;

function problems(input: unknown): string[] {
  try {
    parsePack(input);
  } catch (err) {
    expect(err).toBeInstanceOf(PackValidationError);
    return (err as PackValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the pack to be rejected');
}

describe('a valid pack', () => {
  it('loads from JSON text into a RulePack that createChecker runs, examples behaving', () => {
    const pack = parsePack(AT, 'at-starter.json');
    expect(pack.jurisdiction).toBe('AT');
    expect(pack.rules.every((r) => r.jurisdiction === 'AT')).toBe(true);
    expect(Object.isFrozen(pack)).toBe(true);
    const checker = createChecker({ packs: [pack] });
    const text = (e: Example) => (typeof e === 'string' ? e : e.text);
    for (const rule of pack.rules) {
      for (const e of rule.examples.invalid) expect(checker.check(text(e), { jurisdictions: ['AT'] }).findings.map((f) => f.ruleId)).toContain(rule.id);
      for (const e of rule.examples.valid) expect(checker.check(text(e), { jurisdictions: ['AT'] }).findings.map((f) => f.ruleId)).not.toContain(rule.id);
    }
  });
  it('gives German messages with the citation', () => {
    const checker = createChecker({ packs: [parsePack(AT)] });
    const [f] = checker.check('Wirkung garantiert!', { jurisdictions: ['AT'], locale: 'de' }).findings;
    expect(f!.message).toMatch(/^„Wirkung garantiert“ verspricht/);
    expect(f!.legalBasis[0]!.citation).toMatch(/§ 53 Abs\. 1 AMG/);
  });
});

describe('a broken pack: every problem, with its path', () => {
  it('lists all problems at once', () => {
    const p = base();
    p.rules[1].legalBasis[0].url = 'not a url';
    p.rules[1].category = 'miracle-cure';
    p.rules[0].match.patterns.push('');
    p.rules.push(clone(p.rules[0]));
    const list = problems(p);
    expect(list).toEqual(
      expect.arrayContaining([
        'rules[1].legalBasis[0].url: invalid URL',
        expect.stringMatching(/^rules\[1\]\.category: unknown value; expected one of "superlative"/),
        'rules[0].match.patterns[4]: empty pattern',
        'rules[2].id: duplicate rule id "at/amg-guaranteed-effect" (also rules[0])',
      ]),
    );
    expect(list.length).toBeGreaterThanOrEqual(4);
  });
  it('rejects patterns that could backtrack catastrophically, and backreferences', () => {
    const p = base();
    p.rules[0].match.patterns = ['re:(a+)+$', 're:(?:\\s*\\w+\\s*)*!', 're:(x{2,})*y', 're:(a)\\1', 're:(?:leczy|wyleczy)', 're:100\\s*%\\s*(?:skuteczn\\p{L}*)'];
    const list = problems(p).filter((s) => s.startsWith('rules[0].match.patterns'));
    expect(list.map((s) => s.split(':')[0])).toEqual(['rules[0].match.patterns[0]', 'rules[0].match.patterns[1]', 'rules[0].match.patterns[2]', 'rules[0].match.patterns[3]']);
    expect(list[0]).toMatch(/nested quantifiers/);
    expect(list[3]).toMatch(/backreferences/);
  });
  it('rejects patterns the engine would reject, and the unbounded ones it rejects itself', () => {
    const p = base();
    p.rules[0].match.patterns = ['le*czy', '~2 heilt', 're:(', 're:a*', 're:'];
    const list = problems(p);
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rules\[0\]\.match\.patterns\[0\]: .*"\*" may only stand/),
        expect.stringMatching(/^rules\[0\]\.match\.patterns\[1\]: .*gap/),
        expect.stringMatching(/^rules\[0\]\.match\.patterns\[2\]: /),
        expect.stringMatching(/^rules\[0\]\.match\.patterns\[3\]: .*empty string/),
        'rules[0].match.patterns[4]: empty pattern',
      ]),
    );
  });
  it('rejects code, unknown keys, a missing English message and a wrong id prefix', () => {
    const p = base();
    p.rules[0].test = 'return []';
    p.rules[1].severty = 'error';
    p.rules[1].id = 'de/aerzteg-superlative';
    delete p.messages.en['at/amg-guaranteed-effect'];
    const list = problems(p);
    expect(list).toEqual(
      expect.arrayContaining([
        'rules[0]: unknown key "test" (packs loaded from JSON cannot carry code)',
        'rules[1]: unknown key "severty"',
        'rules[1].id: must start with "at/" (the pack\'s jurisdiction)',
        'rules[0]: no English message: add messages.en["at/amg-guaranteed-effect"].message',
      ]),
    );
  });
  it('rejects __proto__, constructor and prototype keys anywhere, and pollutes nothing', () => {
    const text = AT.replace('"name":', '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "name":');
    const list = problems(text);
    expect(list).toEqual(expect.arrayContaining(['__proto__: forbidden key "__proto__"', 'constructor: forbidden key "constructor"']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems(AT.replace('"citation": "§ 53 Abs. 1 ÄrzteG 1998"', '"citation": "x", "prototype": 1'))).toEqual(['rules[1].legalBasis[0].prototype: forbidden key "prototype"']);
  });
  it('rejects oversized input before doing the work', () => {
    expect(problems('x'.repeat(LIMITS.textLength + 1))).toEqual([expect.stringMatching(/JSON text longer than/)]);
    const p = base();
    p.rules[0].match.patterns = [`${'a'.repeat(LIMITS.patternLength + 1)}`];
    expect(problems(p)).toEqual([expect.stringMatching(/^rules\[0\]\.match\.patterns\[0\]: pattern longer than/)]);
    const many = base();
    many.rules = Array.from({ length: LIMITS.rules + 1 }, () => many.rules[0]);
    expect(problems(many)).toEqual(['rules: more than 2000 rules']);
    expect(problems('['.repeat(40) + ']'.repeat(40))).toEqual([expect.stringMatching(/nested deeper/)]);
  });
  it('reports JSON syntax errors and non-objects precisely', () => {
    expect(problems('{ "jurisdiction": "AT", }')[0]).toMatch(/^\(pack\)|not valid JSON/);
    expect(problems('42')[0]).toMatch(/expected object/);
  });
});

describe('schemas', () => {
  it('RuleSchema has no test function; CheckOptionsSchema validates options', () => {
    const rule = base().rules[0];
    expect(RuleSchema.safeParse(rule).success).toBe(true);
    expect(RuleSchema.safeParse({ ...rule, test: () => [] }).success).toBe(false);
    expect(parseCheckOptions({ jurisdictions: ['PL'], locale: 'de', context: { product: 'drug' }, asOf: '2024-01-19' })).toMatchObject({ locale: 'de' });
    // Custom locales (with their own catalogs) are allowed; a value that is no locale is not.
    expect(parseCheckOptions({ locale: 'uk' }).locale).toBe('uk');
    expect(() => parseCheckOptions({ locale: 'French' })).toThrow(/locale: must be a locale/);
    expect(() => parseCheckOptions({ detect: 'franc' })).toThrow(/detect: must be a function/);
    expect(CheckOptionsSchema.safeParse({ rules: { 'pl/superlative': 'off' } }).success).toBe(true);
  });
  it('schema/rule-pack.schema.json is in sync with the zod schema (run npm run build)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.rules.items.properties.category.enum).toContain('superlative');
    expect(schema.properties.rules.items.additionalProperties).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The CLI, in-process and as the built binary.

interface Run {
  code: number;
  out: string;
  err: string;
}
async function cli(args: string[], stdin = ''): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: async () => stdin });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let tmp: string;
let broken: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'medad-pack-'));
  broken = join(tmp, 'broken.json');
  const p = base();
  p.rules[0].match.patterns[0] = 're:(a+)+';
  p.rules[1].legalBasis[0].url = 'ris.bka.gv.at';
  writeFileSync(broken, JSON.stringify(p));
  writeFileSync(join(tmp, 'post.md'), 'Unsere Kopfschmerztabletten: Wirkung garantiert!\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('medad check --pack (in-process main())', () => {
  it('applies a custom pack end to end (exit 0: the starter rules are warnings)', async () => {
    const r = await cli(['check', '--pack', AT_FILE, '--jurisdiction', 'AT', '--format', 'json'], 'Wirkung garantiert – die beste Ärztin in Graz!');
    expect(r.err).toBe('');
    const files = JSON.parse(r.out).files;
    expect(files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['at/amg-guaranteed-effect', 'at/aerzteg-superlative']);
    expect(r.code).toBe(0);
  });
  it('runs the pack beside the built-in ones in auto mode (German text: DE and AT)', async () => {
    const r = await cli(['check', '--pack', AT_FILE, '--format', 'json'], 'Unser Spray: Wirkung garantiert!');
    const report = JSON.parse(r.out).files[0];
    expect(report.jurisdictions).toEqual(expect.arrayContaining(['DE', 'AT']));
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'at/amg-guaranteed-effect')).toBe(true);
  });
  it('a broken pack: exit 2 and every problem with its path', async () => {
    const r = await cli(['check', '--pack', broken], 'Text');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Invalid rule pack ${broken} (2 problems)`);
    expect(r.err).toMatch(/rules\[0\]\.match\.patterns\[0\]: nested quantifiers/);
    expect(r.err).toContain('rules[1].legalBasis[0].url: invalid URL');
  });
  it('a missing pack file or one redefining a built-in rule is a usage error', async () => {
    expect((await cli(['check', '--pack', join(tmp, 'nope.json')], 'x')).code).toBe(2);
    const clash = base();
    clash.jurisdiction = 'PL';
    clash.languages = ['pl'];
    clash.rules = [{ ...clash.rules[0], id: 'pl/superlative' }];
    clash.messages = { en: { 'pl/superlative': { message: 'x' } } };
    writeFileSync(join(tmp, 'clash.json'), JSON.stringify(clash));
    const r = await cli(['check', '--pack', join(tmp, 'clash.json')], 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pl\/superlative is already defined/);
  });
});

describe('medad check --pack (built dist/cli.js)', () => {
  const cliJs = join(ROOT, 'dist/cli.js');
  it('works end to end and fails precisely', () => {
    if (!existsSync(cliJs)) spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: ROOT });
    const ok = spawnSync(process.execPath, [cliJs, 'check', '--pack', AT_FILE, '--jurisdiction', 'AT', join(tmp, 'post.md')], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('at/amg-guaranteed-effect');
    expect(ok.stdout).toContain('§ 53 Abs. 1 AMG');
    const bad = spawnSync(process.execPath, [cliJs, 'check', '--pack', broken, join(tmp, 'post.md')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('rules[1].legalBasis[0].url: invalid URL');
  }, 120_000);
});
