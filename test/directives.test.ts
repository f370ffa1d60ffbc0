/**
 * Disable comments (src/core/directives.ts) on the built-in packs: what a reviewer writes above a
 * wording that legal has cleared, in Markdown comments and as plain lines.
 */
import { describe, expect, it } from 'vitest';
import { applyDirectives, createBuiltinChecker, parseDirectives } from '../src/index.js';

const checker = createBuiltinChecker({ jurisdictions: ['PL'], context: { product: 'medical-service' } });
const run = (text: string) => {
  const { findings } = checker.check(text);
  return applyDirectives(text, findings);
};
const ids = (r: { findings: Array<{ ruleId: string; line: number }> }) => r.findings.map((f) => `${f.line}:${f.ruleId}`);

describe('parseDirectives', () => {
  it('reads comments and plain lines with rule ids and a reason', () => {
    const text = [
      '<!-- medad-disable-next-line pl/superlative, pl/guarantee -- reviewed by legal 2026-11 -->',
      'Najlepsza klinika w mieście.',
      '// medad-disable-line',
      'medad-disable pl/testimonial',
      'medad-enable',
    ].join('\n');
    const d = parseDirectives(text);
    expect(d.map((x) => [x.kind, x.rules, x.reason ?? null, x.line])).toEqual([
      ['disable-next-line', ['pl/superlative', 'pl/guarantee'], 'reviewed by legal 2026-11', 1],
      ['disable-line', [], null, 3],
      ['disable', ['pl/testimonial'], null, 4],
      ['enable', [], null, 5],
    ]);
  });

  it('ignores the word in running text, other comments and look-alike keywords', () => {
    const text = 'Nasz zespół pisze medad-disable w dokumentacji.\n<!-- zwykły komentarz -->\n<!-- medad-disabled -->';
    expect(parseDirectives(text)).toEqual([]);
  });

  it('stays linear on hostile input (unclosed comments, long blank runs)', () => {
    const hostile = '<!--'.repeat(50_000) + `\nmedad-disable${' '.repeat(100_000)}x`;
    expect(parseDirectives(hostile).map((d) => d.kind)).toEqual(['disable']);
  });
});

describe('applyDirectives with real findings', () => {
  const superlative = 'Najlepsza klinika stomatologiczna w mieście!';

  it('the plain text is flagged; the next line after a directive is not', () => {
    expect(ids(run(superlative))).toEqual(['1:pl/superlative']);
    const r = run(`<!-- medad-disable-next-line pl/superlative -- claim backed by the 2026 ranking -->\n\n${superlative}`);
    expect(ids(r)).toEqual([]);
    expect(r.disabled.map((d) => d.finding.ruleId)).toEqual(['pl/superlative']);
    expect(r.unused).toEqual([]);
  });

  it('a directive naming another rule leaves the finding and is reported unused', () => {
    const r = run(`<!-- medad-disable-next-line pl/guarantee -->\n${superlative}`);
    expect(ids(r)).toEqual(['2:pl/superlative']);
    expect(r.unused.map((u) => [u.line, u.ruleId])).toEqual([[1, 'pl/guarantee']]);
  });

  it('covers only the next line: the line after it is still checked', () => {
    const r = run(`medad-disable-next-line\n${superlative}\n${superlative}`);
    expect(ids(r)).toEqual(['3:pl/superlative']);
  });

  it('a block disables until medad-enable, and a reason quoting the wording is not flagged', () => {
    const text = [
      '<!-- medad-disable pl/superlative -- "najlepsza" is the award name -->',
      superlative,
      '<!-- medad-enable pl/superlative -->',
      superlative,
    ].join('\n');
    expect(ids(run(text))).toEqual(['4:pl/superlative']);
  });

  it('a missing warning is disabled only by a block still open at the end', () => {
    const device = 'Nowy ciśnieniomierz naramienny OmniPress w naszym sklepie – kup teraz!';
    const dev = createBuiltinChecker({ jurisdictions: ['PL'], context: { product: 'medical-device' } });
    const check = (text: string) => applyDirectives(text, dev.check(text).findings).findings.map((f) => f.ruleId);
    expect(check(device)).toContain('pl/device-warning');
    expect(check(`medad-disable pl/device-warning -- the warning is in the video\n${device}`)).not.toContain('pl/device-warning');
    expect(check(`medad-disable pl/device-warning\n${device}\nmedad-enable`)).toContain('pl/device-warning');
  });
});
