/**
 * A negation reaches the end of its clause, not the end of the sentence, when a pack names the
 * words that open a new clause (`negationBreaks`): "nie zmienia koloru, natomiast zmarszczki
 * znikają" is a promise, "nie obiecujemy, że będzie bezboleśnie" is not. Packs without the
 * setting keep the whole-sentence window.
 */
import { describe, expect, it } from 'vitest';
import { createBuiltinChecker, createChecker, definePack, defineRule } from '../src/index.js';

const rule = (id: string, patterns: string[], negation: boolean | { window: number; after?: number }) =>
  defineRule({
    id,
    category: 'guarantee',
    severity: 'error',
    legalBasis: [{ kind: 'statute', citation: 'test', url: 'https://example.org/' }],
    match: { patterns, negation },
  });

const pack = (negationBreaks?: string[]) =>
  definePack({
    jurisdiction: 'XX',
    languages: ['pl'],
    name: 'Negation scope test',
    rules: [rule('xx/znika', ['zmarszczki znikają', 'bezboleśnie'], { window: 6, after: 3 })],
    messages: { en: { 'xx/znika': { message: 'Promise: {{match}}' } } },
    negations: ['nie', 'ani'],
    ...(negationBreaks ? { negationBreaks } : {}),
  });

const flagged = (p: ReturnType<typeof pack>, text: string) =>
  createChecker({ packs: [p], jurisdictions: ['XX'] }).check(text).findings.length > 0;

describe('negationBreaks: a negation ends with its clause', () => {
  const scoped = pack(['natomiast', 'ale', 'a']);
  const whole = pack();

  it('a break word before the trigger ends the negation', () => {
    const text = 'Skóra nie zmienia koloru, natomiast zmarszczki znikają.';
    expect(flagged(scoped, text)).toBe(true);
    expect(flagged(whole, text)).toBe(false);
    expect(flagged(scoped, 'Nie bolało, a zmarszczki znikają.')).toBe(true);
  });

  it('a spaced dash or a semicolon before the trigger ends it; a hyphen inside a word does not', () => {
    expect(flagged(scoped, 'Nie boli – zmarszczki znikają.')).toBe(true);
    expect(flagged(scoped, 'Nie boli; zmarszczki znikają.')).toBe(true);
    expect(flagged(scoped, 'Nie w e-gabinecie zmarszczki znikają.')).toBe(false);
  });

  it('a comma before the trigger keeps the negation: the claim is what is denied', () => {
    expect(flagged(scoped, 'Nie obiecujemy, że zmarszczki znikają.')).toBe(false);
    expect(flagged(scoped, 'Nie mówimy, że będzie bezboleśnie.')).toBe(false);
  });

  it('after the trigger, punctuation ends the clause ("– nie wolno przegapić" does not deny it)', () => {
    expect(flagged(scoped, 'Zmarszczki znikają – nie wolno przegapić.')).toBe(true);
    expect(flagged(scoped, 'Zmarszczki znikają, nie czekaj.')).toBe(true);
    expect(flagged(whole, 'Zmarszczki znikają – nie wolno przegapić.')).toBe(false);
    // a negation right after, in the same clause, still counts
    expect(flagged(scoped, 'Bezboleśnie nie będzie.')).toBe(false);
  });

  it('the break words fold like the rest of the pack (case, diacritics)', () => {
    const folded = pack(['zaś']);
    expect(flagged(folded, 'Skóra nie zmienia koloru, ZAS zmarszczki znikają.')).toBe(true);
  });
});

describe('the Polish pack scopes negation to the clause', () => {
  const checker = createBuiltinChecker();
  const guarantee = (text: string) =>
    checker.check(text, { jurisdictions: ['PL'], context: { product: 'aesthetic-surgery' } }).findings.some((f) => f.ruleId === 'pl/guarantee');

  it('flags the promise after a contrastive clause and keeps negated promises clean', () => {
    expect(guarantee('Kolor skóry nie zmienia się, natomiast zmarszczki znikają po pierwszym zabiegu.')).toBe(true);
    expect(guarantee('Nie gwarantujemy efektu, ale dbamy o komfort zabiegu.')).toBe(false);
    expect(guarantee('Zagwarantować efektu się nie da.')).toBe(false);
  });
});
