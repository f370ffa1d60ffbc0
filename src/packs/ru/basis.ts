/**
 * Citations and word lists shared by several Russian rules, so that a statute URL or a
 * criterion phrase is fixed in one place.
 */
import type { LegalBasis, Pattern, Product, RuleFunctionContext, RuleFunctionResult } from '../../core/types.js';

const LAW_38FZ = 'https://www.consultant.ru/document/cons_doc_LAW_58968/';
const LAW_323FZ = 'https://www.consultant.ru/document/cons_doc_LAW_121895/';
const LAW_152FZ = 'https://www.consultant.ru/document/cons_doc_LAW_61801/';

/** A provision of 38-FZ «О рекламе», e.g. `п. 8 ч. 1 ст. 24`. */
export const fz38 = (provision: string, quote?: string): LegalBasis => ({
  kind: 'statute',
  citation: `${provision} Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе»`,
  url: LAW_38FZ,
  ...(quote ? { quote } : {}),
});

export const fz323 = (provision: string, quote?: string): LegalBasis => ({
  kind: 'statute',
  citation: `${provision} Федерального закона от 21.11.2011 № 323-ФЗ «Об основах охраны здоровья граждан в Российской Федерации»`,
  url: LAW_323FZ,
  ...(quote ? { quote } : {}),
});

export const fz152 = (provision: string, quote?: string): LegalBasis => ({
  kind: 'statute',
  citation: `${provision} Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»`,
  url: LAW_152FZ,
  ...(quote ? { quote } : {}),
});

/** Пленум ВАС РФ № 58, п. 29: «лучший», «первый», «номер один» need a confirmed criterion. */
export const plenum58: LegalBasis = {
  kind: 'case-law',
  citation: 'п. 29 постановления Пленума ВАС РФ от 08.10.2012 № 58',
  url: 'https://www.consultant.ru/document/cons_doc_LAW_137313/',
};

/** Any number: a group whose alternatives are digits followed by anything ("15", "2,5", "100"). */
export const NUM = '(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)';

/**
 * A stated comparison criterion with a dated source, the form the Plenum asks for
 * («лидер … в 2024 году (по данным регистра …)»). Truth still has to be checked by a human.
 */
export const CRITERION: Pattern[] = [
  're:по (?:данным|версии|итогам|результатам)[^.!?]{0,120}(?:19|20)\\d\\d',
  're:(?:19|20)\\d\\d[^.!?]{0,80}по (?:данным|версии|итогам)',
];

/** The regulated object of art. 24: drugs, devices, medical services and methods. */
export const ART24_PRODUCTS: Product[] = ['drug', 'medical-device', 'medical-service', 'aesthetic-surgery'];

/**
 * A mandatory wording whose content, not exact words, the law fixes, checked from a rule
 * function (for rules that must first decide from the channel or the product whether the text
 * needs it): every part must be found. Reports the first part found when others are missing
 * (`incomplete`), or a document-level `missingVariant` when none is.
 */
export function checkParts(
  ctx: RuleFunctionContext,
  parts: ReadonlyArray<{ id: string; any: Pattern[] }>,
  missingVariant = 'message',
): RuleFunctionResult[] {
  const found = parts.map((p) => ctx.find(p.any)[0]);
  if (found.every(Boolean)) return [];
  const partial = found.find(Boolean);
  if (partial) {
    const missing = parts.filter((_, i) => !found[i]).map((p) => p.id).join(', ');
    return [{ range: partial, variant: 'incomplete', data: { missing } }];
  }
  return [{ range: null, variant: missingVariant }];
}
