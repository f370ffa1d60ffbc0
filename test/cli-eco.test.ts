/**
 * The CLI as a team that already runs ESLint or textlint expects it: a configuration file found
 * from the working directory up, ignores, rule switches, disable comments, fixes that rewrite
 * files, compact and GitHub annotation formats, -o, --quiet, --version and helpful typos.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import pkg from '../package.json';

async function run(args: string[], cwd: string, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: async () => stdin, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// A device ad without the warning of § 3 of the 2023 regulation, and a Russian clinic ad
// without the ч. 7 ст. 24 warning: both have a fix in the law's own words.
const PL_DEVICE = 'Nowy glukometr GlukoPro – wynik w 5 sekund. Już w aptekach!\n';
const PL_WARNING = 'To jest wyrób medyczny. Używaj go zgodnie z instrukcją używania lub etykietą.';
const RU_CLINIC = 'Стоматология «Улыбка»: лечение кариеса, имплантация, отбеливание. Запись по телефону.\n';
const RU_WARNING = 'Имеются противопоказания. Необходимо проконсультироваться со специалистом.';
const PL_SUPERLATIVE = 'Najlepsza klinika stomatologiczna w mieście!';

let tmp: string;
const dir = (name: string) => {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
};
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'medad-eco-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('flags', () => {
  it('--version prints the package version and exits 0', async () => {
    const r = await run(['--version'], tmp);
    expect(r).toMatchObject({ code: 0, out: pkg.version });
    expect((await run(['-v'], tmp)).out).toBe(pkg.version);
  });

  it('an unknown flag names the closest one', async () => {
    const r = await run(['check', '--fromat', 'json'], tmp, PL_SUPERLATIVE);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown option --fromat\. Did you mean --format\?/);
    expect((await run(['check', '--max-warning', '0'], tmp)).err).toMatch(/Did you mean --max-warnings\?/);
    expect((await run(['chekc'], tmp)).err).toMatch(/Did you mean "check"\?/);
  });

  it('--rule switches a rule off or changes its severity; a typo in the id is named', async () => {
    const base = ['check', '--jurisdiction', 'PL', '--product', 'medical-service', '--format', 'json'];
    const sev = async (extra: string[]) => JSON.parse((await run([...base, ...extra], tmp, PL_SUPERLATIVE)).out).files[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`);
    expect(await sev([])).toContain('pl/superlative:error');
    expect(await sev(['--rule', 'pl/superlative=off'])).not.toContain('pl/superlative:error');
    expect(await sev(['--rule', 'pl/superlative=info'])).toContain('pl/superlative:info');
    const bad = await run([...base, '--rule', 'pl/superlatve=off'], tmp, PL_SUPERLATIVE);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown rule id "pl\/superlatve"\. Did you mean "pl\/superlative"\?/);
    expect((await run([...base, '--rule', 'pl/superlative=loud'], tmp, PL_SUPERLATIVE)).err).toMatch(/Valid values: error, warning, info, off/);
  });

  it('--quiet reports errors only; compact prints one line a finding', async () => {
    const text = `${PL_SUPERLATIVE}\n`;
    const all = await run(['check', '--jurisdiction', 'PL', '--format', 'compact', '--rule', 'pl/superlative=warning'], tmp, text);
    expect(all.out).toMatch(/^<stdin>: line 1, col 1, Warning - .+ \(pl\/superlative\)$/m);
    expect(all.code).toBe(0);
    const quiet = await run(['check', '--jurisdiction', 'PL', '--format', 'compact', '--rule', 'pl/superlative=warning', '--quiet'], tmp, text);
    expect(quiet.out).not.toMatch(/pl\/superlative/);
  });

  it('--format github prints workflow annotations with file, line, column and an escaped message', async () => {
    const d = dir('gh');
    writeFileSync(join(d, 'post, one.md'), `Opis.\n${PL_SUPERLATIVE}\n`);
    const r = await run(['check', 'post, one.md', '--jurisdiction', 'PL', '--product', 'medical-service', '--format', 'github'], d);
    expect(r.code).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('pl/superlative'))!;
    expect(line).toMatch(/^::error file=post%2C one\.md,line=2,col=1,endLine=2,endColumn=\d+,title=medad pl\/superlative::.+\[.+\]$/);
  });

  it('-o writes the report to a file and nothing to stdout', async () => {
    const d = dir('out');
    const r = await run(['check', '--jurisdiction', 'PL', '--format', 'json', '-o', 'report.json'], d, PL_SUPERLATIVE);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(join(d, 'report.json'), 'utf8')).files[0].findings[0].ruleId).toBe('pl/superlative');
  });

  it('SARIF carries the driver version and the fixes', async () => {
    const r = await run(['check', '--jurisdiction', 'PL', '--product', 'medical-device', '--format', 'sarif'], tmp, PL_DEVICE);
    const sarif = JSON.parse(r.out);
    expect(sarif.runs[0].tool.driver.version).toBe(pkg.version);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'pl/device-warning');
    const rep = result.fixes[0].artifactChanges[0].replacements[0];
    expect(rep.insertedContent.text).toContain(PL_WARNING);
    expect(rep.deletedRegion.charOffset).toBe(PL_DEVICE.trimEnd().length);
  });
});

describe('--fix', () => {
  it('inserts the missing Polish device warning and the Russian contraindication warning in place', async () => {
    const d = dir('fix');
    writeFileSync(join(d, 'pl.md'), `---\nproduct: medical-device\njurisdiction: PL\n---\n${PL_DEVICE}`);
    writeFileSync(join(d, 'ru.md'), `---\nproduct: medical-service\njurisdiction: RU\n---\n${RU_CLINIC}`);
    const before = await run(['check', '.', '--format', 'json'], d);
    const rules = (out: string) => JSON.parse(out).files.flatMap((f: { findings: Array<{ ruleId: string }> }) => f.findings.map((x) => x.ruleId));
    expect(rules(before.out)).toEqual(expect.arrayContaining(['pl/device-warning', 'ru/contraindication-warning']));

    const dry = await run(['check', '.', '--fix-dry-run', '--format', 'json'], d);
    expect(readFileSync(join(d, 'pl.md'), 'utf8')).not.toContain(PL_WARNING); // dry run writes nothing
    expect(JSON.parse(dry.out).files.find((f: { file: string }) => f.file === 'pl.md').output).toContain(PL_WARNING);

    const fixed = await run(['check', '.', '--fix', '--format', 'json'], d);
    expect(fixed.err).toMatch(/applied 2 fix\(es\) in 2 file\(s\)/);
    expect(readFileSync(join(d, 'pl.md'), 'utf8')).toBe(`---\nproduct: medical-device\njurisdiction: PL\n---\n${PL_DEVICE.trimEnd()}\n\n${PL_WARNING}\n`);
    expect(readFileSync(join(d, 'ru.md'), 'utf8')).toBe(`---\nproduct: medical-service\njurisdiction: RU\n---\n${RU_CLINIC.trimEnd()}\n\n${RU_WARNING}\n`);
    expect(rules(fixed.out)).not.toContain('pl/device-warning');
    expect(rules(fixed.out)).not.toContain('ru/contraindication-warning');
    // A second run has nothing left to fix.
    expect((await run(['check', '.', '--fix'], d)).err).not.toMatch(/applied/);
  });

  it('replaces an outdated wording by the current one and puts a missing label first', async () => {
    const d = dir('fix2');
    writeFileSync(join(d, 'old.md'), 'Inhalator NebuMini – kup online. Pamiętaj: to wyrób medyczny, stosuj go zgodnie z ulotką.\n');
    writeFileSync(join(d, 'sponsored.md'), 'Dostałam ten irygator od marki AquaDent i szczerze – polecam! Z moim kodem ANIA15 taniej.\n');
    await run(['check', '.', '--fix', '--jurisdiction', 'PL', '--product', 'medical-device'], d);
    const old = readFileSync(join(d, 'old.md'), 'utf8');
    expect(old).toContain(PL_WARNING);
    expect(old).not.toContain('stosuj go zgodnie z ulotką');
    expect(readFileSync(join(d, 'sponsored.md'), 'utf8')).toMatch(/^Reklama\n\nDostałam ten irygator/);
  });
});

describe('configuration', () => {
  it('medad.config.json: packs, rules, context, locale, ignores and format, found from a subfolder', async () => {
    const d = dir('cfg');
    writeFileSync(
      join(d, 'medad.config.json'),
      JSON.stringify({ packs: ['PL'], jurisdictions: ['PL'], context: { product: 'medical-service' }, locale: 'de', rules: { 'pl/guarantee': 'off' }, ignores: ['drafts/'], format: 'compact' }),
    );
    mkdirSync(join(d, 'posts/drafts'), { recursive: true });
    writeFileSync(join(d, 'posts/a.md'), `${PL_SUPERLATIVE}\nGwarantujemy efekt!\n`);
    writeFileSync(join(d, 'drafts.md'), PL_SUPERLATIVE);
    mkdirSync(join(d, 'drafts'));
    writeFileSync(join(d, 'drafts/b.md'), PL_SUPERLATIVE);
    const r = await run(['check', '..'], join(d, 'posts'));
    expect(r.out).toMatch(/^a\.md: line 1, col 1, Error - .*(Superlativ|superlativ).* \(pl\/superlative\)$/m); // compact, German messages
    expect(r.out).not.toMatch(/pl\/guarantee/);
    expect(r.out).not.toMatch(/drafts\/b\.md/);
    expect(r.out).toMatch(/drafts\.md/); // a file named like the folder is not ignored
    // Only the PL pack is loaded.
    expect((await run(['check', '--jurisdiction', 'DE'], d, 'Beste Klinik')).err).toMatch(/Unknown jurisdiction "DE"\. Valid values: PL/);
    // Flags win over the configuration.
    expect((await run(['check', '--format', 'json'], d, PL_SUPERLATIVE)).out).toMatch(/^\{/);
    expect((await run(['check', '--no-config', '--jurisdiction', 'DE'], d, 'Die beste Klinik der Stadt!')).code).toBe(1);
  });

  it('.medadrc.json and medad.config.mjs (default export) are found too', async () => {
    const a = dir('rc');
    writeFileSync(join(a, '.medadrc.json'), JSON.stringify({ rules: { 'pl/superlative': 'off' } }));
    expect((await run(['check', '--jurisdiction', 'PL'], a, PL_SUPERLATIVE)).code).toBe(0);
    const b = dir('mjs');
    writeFileSync(join(b, 'medad.config.mjs'), `export default { rules: { 'pl/superlative': 'warning' } };\n`);
    const r = await run(['check', '--jurisdiction', 'PL', '--format', 'compact'], b, PL_SUPERLATIVE);
    expect(r.out).toMatch(/Warning - .*\(pl\/superlative\)/);
  });

  it('errors name the file, the key and the valid values', async () => {
    const d = dir('bad');
    writeFileSync(join(d, 'medad.config.json'), JSON.stringify({ format: 'xml', context: { product: 'car' }, colour: true }));
    const r = await run(['check'], d, PL_SUPERLATIVE);
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(d, 'medad.config.json'));
    expect(r.err).toMatch(/format: unknown value; expected one of "pretty", "json", "sarif", "compact", "github"/);
    expect(r.err).toMatch(/context\.product: unknown value; expected one of "medical-device"/);
    expect(r.err).toMatch(/unknown key "colour"/);
    writeFileSync(join(d, 'medad.config.json'), JSON.stringify({ rules: { 'pl/superlatve': 'off' } }));
    expect((await run(['check'], d, PL_SUPERLATIVE)).err).toMatch(/medad\.config\.json: rules: unknown rule id "pl\/superlatve"\. Valid values: .*pl\/superlative/);
    writeFileSync(join(d, 'medad.config.json'), '{ "rules": ');
    expect((await run(['check'], d, PL_SUPERLATIVE)).err).toMatch(/medad\.config\.json: not valid JSON/);
  });

  it('a custom locale from the configuration renders messages, with English where it has none', async () => {
    const d = dir('uk');
    writeFileSync(join(d, 'uk.json'), JSON.stringify({ 'pl/superlative': { message: 'Найвищий ступінь: «{{match}}».' } }));
    writeFileSync(join(d, 'medad.config.json'), JSON.stringify({ locale: 'uk', messages: { uk: './uk.json' }, jurisdictions: ['PL'] }));
    const r = JSON.parse((await run(['check', '--format', 'json'], d, `${PL_SUPERLATIVE} Gwarantujemy efekt!`)).out);
    const msgs = Object.fromEntries(r.files[0].findings.map((f: { ruleId: string; message: string }) => [f.ruleId, f.message]));
    expect(msgs['pl/superlative']).toMatch(/^Найвищий ступінь: «Najlepsza[^»]*»\.$/);
    expect(msgs['pl/guarantee']).toMatch(/[a-z]{4}/); // English fallback
  });
});

describe('disable comments in files', () => {
  it('a disabled line is not reported; unused directives are reported on request', async () => {
    const d = dir('dis');
    writeFileSync(
      join(d, 'post.md'),
      `<!-- medad-disable-next-line pl/superlative -- award name, cleared by legal -->\n${PL_SUPERLATIVE}\n\n<!-- medad-disable-next-line pl/guarantee -->\nZapraszamy.\n`,
    );
    const r = await run(['check', 'post.md', '--jurisdiction', 'PL', '--product', 'medical-service', '--format', 'compact'], d);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/pl\/superlative/);
    const u = await run(['check', 'post.md', '--jurisdiction', 'PL', '--product', 'medical-service', '--format', 'compact', '--report-unused-disable-directives'], d);
    expect(u.code).toBe(1);
    expect(u.out).toMatch(/post\.md: line 4, col 1, Error - Unused medad-disable-next-line directive \(no finding of pl\/guarantee was disabled\)/);
  });
});
