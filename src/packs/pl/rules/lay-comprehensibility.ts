import { lastAtMost, overlapsAny } from '../../../core/ranges.js';
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
    const text = ctx.text;
    const skip = ctx.find(NOT_JARGON);
    const jargon = ctx.find(JARGON);
    if (jargon.length === 0) return [];
    // A hit's sentence runs from after the last '.' or line break before it to the next . ! ? or
    // line break after it. Both ends come from one index of those marks, built once, and each
    // sentence is tested once: per-hit scans were quadratic on long texts with many hits.
    const dots: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 10) dots.push(i);
      if (c === 46 || c === 10 || c === 33 || c === 63) ends.push(i);
    }
    const explained = new Map<string, boolean>();
    const hits = jargon.filter((h) => {
      if (overlapsAny(skip, h.start, h.end)) return false;
      const d = lastAtMost(dots, Math.max(h.start - 1, 0));
      const from = d < 0 ? 0 : dots[d]! + 1;
      const e = lastAtMost(ends, h.end - 1) + 1;
      const to = e < ends.length ? ends[e]! : text.length;
      const key = `${from}:${to}`;
      let ok = explained.get(key);
      if (ok === undefined) explained.set(key, (ok = EXPLAINED.test(text.slice(from, to))));
      return !ok;
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
