import { defineRule } from '../../../core/define.js';

/** Healing claims: effects a product or treatment is not shown to have. */
export const misleadingHealing = defineRule({
  id: 'de/hwg-misleading-healing',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    {
      kind: 'statute',
      citation: '§ 3 Satz 2 Nr. 1 HWG',
      url: 'https://www.gesetze-im-internet.de/heilmwerbg/__3.html',
    },
  ],
  match: {
    patterns: ['heilt', 'heilen', 'heilung garantiert', 'wunderheil*'],
    negation: true,
  },
  examples: {
    invalid: ['Dieses Gerät heilt Arthrose in zwei Wochen.', 'Unsere Kapseln heilen Migräne.', 'Wunderheilmittel gegen Rückenschmerz!'],
    valid: ['Es heiltäglich? Nein: Das Wort steht hier nur als Teil eines anderen.', 'Die Wunde ist gut verheilt.', 'Das Gel heilt nicht, es kühlt nur.'],
  },
});
