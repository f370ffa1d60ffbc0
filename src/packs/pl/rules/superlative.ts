import { defineRule } from '../../../core/define.js';

/** Valuations and superlatives in ads of medical services and devices. */
export const superlative = defineRule({
  id: 'pl/superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [
    {
      kind: 'statute',
      citation: 'art. 14 ust. 1 ustawy z dnia 15 kwietnia 2011 r. o działalności leczniczej',
      url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20110930654',
    },
  ],
  applies: { products: ['medical-service', 'medical-device'] },
  match: {
    patterns: ['najlepsz*', 'najskuteczniejsz*', 'najnowocześniejsz*', 'nr 1', 'numer 1', 'jedyn(y|a|e|ego|ej|ym|ych|ą)'],
    allow: ['najlepsz* (życzenia|pozdrowienia)'],
    unlessSentence: ['według rankingu', 'w rankingu'],
    negation: true,
  },
  examples: {
    invalid: [
      { text: 'Najlepsza klinika stomatologiczna w mieście!', context: { product: 'medical-service' } },
      { text: 'Jesteśmy nr 1 w implantologii.', context: { product: 'medical-service' } },
      { text: 'To jedyny taki aparat słuchowy na rynku.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Najlepiej skonsultuj się z lekarzem przed zabiegiem.', context: { product: 'medical-service' } },
      { text: 'Najlepsze życzenia świąteczne od całego zespołu!', context: { product: 'medical-service' } },
      { text: 'Klinika zajęła 2. miejsce według rankingu Medicover 2023 – najlepsza w regionie.', context: { product: 'medical-service' } },
    ],
  },
});
