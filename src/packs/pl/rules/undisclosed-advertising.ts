import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { UPNPR_HIDDEN, UZNK_16, uwm } from '../basis.js';

/**
 * Paid or gifted content without an advertising label. Runs only when the caller says the post
 * is sponsored or the text shows it (affiliate codes, "dostałam od marki"): see the pack's
 * `sponsorship` patterns. "Reklamacja" (a complaint) is not a label.
 */
export const undisclosedAdvertising = defineRule({
  id: 'pl/undisclosed-advertising',
  category: 'undisclosed-advertising',
  severity: 'error',
  legalBasis: [
    UPNPR_HIDDEN,
    UZNK_16('pkt 4', 'wypowiedź, która, zachęcając do nabywania towarów lub usług, sprawia wrażenie neutralnej informacji'),
    uwm('art. 58 ust. 1 pkt 3'),
    {
      kind: 'guidance',
      citation: 'Rekomendacje Prezesa UOKiK dotyczące oznaczania treści reklamowych przez influencerów (wrzesień 2022)',
      url: 'https://www.wiadomoscikosmetyczne.pl/artykuly/sa-juz-rekomendacje-uokik-dotyczace-oznaczania-tre,70539',
    },
  ],
  applies: { sponsoredOnly: true, audiences: ['public'] },
  presence: {
    exact: false,
    parts: [
      {
        id: 'label',
        // The label the fix adds, at the start where the reader sees it first.
        insert: 'Reklama',
        any: ['reklama', '#reklama', 'materiał* reklamow*', '#materiałreklamowy', 'współprac* reklamow*', '#współpracareklamowa', 'płatn* współprac*', 'materiał* sponsorowan*', 'post* sponsorowan*', 'autopromocj*'],
      },
    ],
    insertAt: 'start',
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const undisclosedAdvertisingDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Dostałam ten irygator od marki AquaDent i szczerze – polecam! Z moim kodem ANIA15 taniej.', context: { product: 'medical-device' } },
      { text: 'Mój nowy ulubieniec – plaster SnoreStop. Link do sklepu w bio!', context: { product: 'medical-device', sponsored: true } },
      { text: 'We współpracy z marką OrtoStep testuję wkładki ortopedyczne – moim kodem STOPA10 zapłacicie mniej.' },
      { text: 'Kocham ten gabinet, zęby jak nowe! @współpraca @KlinikaUsmiech', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: '[REKLAMA] Dostałam ten irygator od marki AquaDent – z moim kodem ANIA15 taniej.', context: { product: 'medical-device' } },
      { text: 'Płatna współpraca z marką OrtoStep. Testuję wkładki – kod STOPA10 w bio.', context: { product: 'medical-device' } },
      { text: 'Reklamację wadliwego inhalatora złożysz w sklepie w ciągu 14 dni.', context: { product: 'medical-device' } },
    ],
  },
};
