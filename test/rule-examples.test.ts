/**
 * Every rule's own examples, run as tests: invalid ones must be flagged by that rule, valid
 * ones must not. A rule whose examples do not behave fails the build, so no rule is silently dead.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, createBuiltinChecker, type Example } from '../src/index.js';

const checker = createBuiltinChecker();
const asObj = (e: Example) => (typeof e === 'string' ? { text: e } : e);

for (const pack of builtinPacks()) {
  describe(`pack ${pack.jurisdiction}`, () => {
    for (const rule of pack.rules) {
      describe(rule.id, () => {
        it('has at least 3 invalid and 3 valid examples', () => {
          expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(3);
          expect(rule.examples.valid.length).toBeGreaterThanOrEqual(3);
        });
        it('has English and native-language messages', () => {
          const id = rule.messageId ?? rule.id;
          expect(pack.messages.en?.[id]?.message, `en message for ${id}`).toBeTruthy();
          expect(pack.messages[pack.languages[0]!]?.[id]?.message, `${pack.languages[0]} message for ${id}`).toBeTruthy();
        });
        rule.examples.invalid.map(asObj).forEach((ex, i) => {
          it(`flags invalid example ${i + 1}: ${ex.text.slice(0, 60)}`, () => {
            const report = checker.check(ex.text, {
              jurisdictions: [pack.jurisdiction],
              ...(ex.context ? { context: ex.context } : {}),
              ...(ex.asOf ? { asOf: ex.asOf } : {}),
            });
            const hits = report.findings.filter((f) => f.ruleId === rule.id);
            expect(hits.length, JSON.stringify(report.findings.map((f) => [f.ruleId, f.excerpt]))).toBeGreaterThan(0);
            for (const f of hits) {
              if (f.range) expect(ex.text.slice(f.range.start, f.range.end)).toBe(f.excerpt);
            }
          });
        });
        rule.examples.valid.map(asObj).forEach((ex, i) => {
          it(`does not flag valid example ${i + 1}: ${ex.text.slice(0, 60)}`, () => {
            const report = checker.check(ex.text, {
              jurisdictions: [pack.jurisdiction],
              ...(ex.context ? { context: ex.context } : {}),
              ...(ex.asOf ? { asOf: ex.asOf } : {}),
            });
            const hits = report.findings.filter((f) => f.ruleId === rule.id);
            expect(hits.map((f) => f.excerpt || f.messageId)).toEqual([]);
          });
        });
      });
    }
  });
}
