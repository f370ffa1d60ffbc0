import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';

/** Cosmetic surgery advertising aimed at children and adolescents (§ 11 Abs. 1 S. 3 Nr. 2 HWG, since 1.3.2020). */
export const aestheticMinors = defineRule({
  id: 'de/hwg-aesthetic-minors',
  category: 'minor-targeting',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 3 Nr. 2'),
    caseLaw('LG Frankfurt a. M., 15.01.2020, 2-06 O 360/19 („Young Aesthetics“)', 'https://www.aekno.de/aerzte/rheinisches-aerzteblatt/ausgabe/artikel/2020/april-2020/bewerbung-von-plastischer-chirurgie-fuer-jugendliche-unzulaessig'),
  ],
  applies: { products: ['aesthetic-surgery'], audiences: ['public'], from: '2020-03-01' },
  match: {
    patterns: [
      'teen*',
      'schuler',
      'schulerin*',
      '(abi|abitur|abiball|abschlussball|abschlussfeier|jugendweihe|konfirmation|firmung|schulstart)',
      'alter von (12|13|14|15|16|17)',
      '(ab|mit) (14|15|16|17)',
      '(14|15|16|17) jahrig*',
      '(bist|bin) (14|15|16|17)',
      '(14|15|16|17) jahre alt',
      'unter 18',
      'u18',
      'minderjahrig*',
      'einverstandnis* ~3 eltern',
      '(deine|deinen|deiner) eltern',
      'jugendlich(e|en|er)',
      'young',
      'kids',
    ],
    allow: ['jugendlich* (aussehen|haut|ausstrahlung|frische|look|teint|wirkung|kontur*|glanz|erscheinungsbild|gesicht*|volumen|elastizitat)'],
    negation: { window: 3, after: 2 },
    unlessSentence: ['hwg', 'erst ab 18', 'volljahrig*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const aestheticMinorsDocs: RuleDocs = {
  note: 'Content verified (MasernschutzG, in force 1.3.2020); the verbatim wording of S. 3 Nr. 2 („ausschließlich oder überwiegend an Kinder und Jugendliche“) was not seen in the current text.',
  examples: {
    invalid: [
      { text: 'Du bist 16 und willst vollere Lippen? Wir beraten dich gern.', context: { product: 'aesthetic-surgery' } },
      { text: 'Abiball-Special: Lippen aufspritzen – mit Einverständnis deiner Eltern schon ab 16!', context: { product: 'aesthetic-surgery' } },
      { text: 'Nicht umsonst lässt sich Kylie Jenner seit dem zarten Alter von 17 Jahren die Lippen aufspritzen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Teen-Nasenkorrektur in den Sommerferien – jetzt beraten lassen!', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Wir behandeln keine Minderjährigen: Ästhetische Eingriffe erst ab 18 Jahren.', context: { product: 'aesthetic-surgery' } },
      { text: 'Für ein frisches, jugendliches Aussehen: Faltenbehandlung nach ausführlicher Beratung.', context: { product: 'aesthetic-surgery' } },
      { text: 'Jugendsprechstunde für Akne: Wir beraten Schülerinnen und Schüler.', context: { product: 'medical-service' } },
    ],
  },
};
