import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import type { RuleFunctionContext } from '../../../core/types.js';
import { UWM_FROM, uwm } from '../basis.js';

const JARGON = [
  're:p\\s?[<=≤]\\s?0[,.]\\d+',
  're:n\\s?=\\s?\\d+',
  'rct',
  'et al',
  'metaanaliz*',
  'randomizowan*',
  'podwójnie ~1 (ślep*|zaślepion*)',
  'placebo',
  'in vivo',
  'in vitro',
  're:il-\\d+',
  'tnf*',
  're:mmp-\\d+',
  'biomarker*',
  'etiopatogenez*',
  'przedzia* ufności',
  '(odds|hazard) ratio',
  'statystycznie istotn*',
  'istotnoś* statystyczn*',
  'punkt* końcow*',
  'ekspresj* genów',
];
/** Legal names of device types and plain explanations are not jargon. */
const NOT_JARGON = ['diagnostyki in vitro', 'zapłodnieni* in vitro', 'metod* in vitro'];
const EXPLAINED = /\((?:czyli|tj\.|to znaczy|tzn\.)|czyli|to znaczy|inaczej mówiąc/iu;

/**
 * Public device ads must be understandable to a lay person (art. 55 ust. 1). A heuristic: two or
 * more study or lab terms, none explained in its own sentence.
 */
export const layComprehensibility = defineRule({
  id: 'pl/lay-comprehensibility',
  category: 'lay-comprehensibility',
  severity: 'warning',
  legalBasis: [uwm('art. 55 ust. 1', 'reklama wyrobu kierowana do publicznej wiadomości musi być sformułowana w sposób zrozumiały dla laika')],
  applies: { products: ['medical-device'], audiences: ['public'], from: UWM_FROM },
  test(ctx: RuleFunctionContext) {
    const skip = ctx.find(NOT_JARGON);
    const hits = ctx.find(JARGON).filter((h) => {
      if (skip.some((s) => s.start < h.end && h.start < s.end)) return false;
      const from = Math.max(ctx.text.lastIndexOf('.', h.start - 1), ctx.text.lastIndexOf('\n', h.start - 1)) + 1;
      const next = ctx.text.slice(h.end).search(/[.!?\n]/u);
      const sentence = ctx.text.slice(from, next < 0 ? ctx.text.length : h.end + next);
      return !EXPLAINED.test(sentence);
    });
    return hits.length >= 2 ? hits.map((range) => ({ range })) : [];
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const layComprehensibilityDocs: RuleDocs = {
  note: 'The statute is clear; the detection is a heuristic (density of study and lab jargon), so the rule reports a warning for review rather than an error.',
  examples: {
    invalid: [
      { text: 'Opatrunek HydroHeal: w RCT (n=84) redukcja MMP-9 i IL-6, p<0,05 vs placebo.', context: { product: 'medical-device' } },
      { text: 'Skuteczność potwierdzona w metaanalizie 12 badań randomizowanych in vivo.', context: { product: 'medical-device' } },
      { text: 'Żel obniża ekspresję genów zapalnych i poziom TNF-alfa (p=0,01).', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Test ciążowy – wyrób medyczny do diagnostyki in vitro. Wynik po 3 minutach.', context: { product: 'medical-device' } },
      { text: 'W badaniu z grupą kontrolną, czyli porównaniu z osobami bez opatrunku, rany goiły się szybciej (p<0,05, czyli wynik nie jest przypadkowy).', context: { product: 'medical-device' } },
      { text: 'Wyniki RCT (n=84) i metaanaliza w materiałach dla lekarzy.', context: { product: 'medical-device', audience: 'professional' } },
    ],
  },
};
