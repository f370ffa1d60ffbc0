import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';

/** Well-known persons who can incite consumption (§ 11 Abs. 1 S. 1 Nr. 2 HWG). */
export const celebrity = defineRule({
  id: 'de/hwg-celebrity',
  category: 'celebrity-endorsement',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 2', '… oder anderen Personen, die auf Grund ihrer Bekanntheit zum Arzneimittelverbrauch anregen können'),
    caseLaw('OLG Köln, 11.09.2025, 6 U 118/24 (Influencerin mit rund 120 000 Followern)', 'https://betriebs-berater.com/39362/2025/olg-koeln-influencer-reel'),
    caseLaw('LG Frankfurt a. M., 15.01.2020, 2-06 O 360/19 („Young Aesthetics“)', 'https://www.aekno.de/aerzte/rheinisches-aerzteblatt/ausgabe/artikel/2020/april-2020/bewerbung-von-plastischer-chirurgie-fuer-jugendliche-unzulaessig'),
  ],
  applies: { products: ['drug', 'medical-service', 'aesthetic-surgery', 'supplement', 'other'], audiences: ['public'] },
  match: {
    patterns: [
      '(promi|promis|vip|vips|celebrity|celebrities)',
      '(die|der|den) stars',
      'stars ~3 (vertrauen|schworen|lassen|machen|lieben)',
      'hollywood*',
      // `\\s+\\S{0,40}?\\s*` let both space runs share one long run of spaces (quadratic per start): the
      // name, if any, now opens its own optional group.
      're:(?:influencer|influencerin|promi|vip)\\s+(?:\\S{1,40}?\\s*)?(?:war|waren|kam|kommt|besucht\\p{L}*|lasst|liess|vertraut)',
      '(kardashian*|jenner)',
      '(schauspieler*|sangerin|sanger|moderator*|fussballprofi*|fussballer*|influencerin|influencer|topmodel*) ~4 (vertrau*|schwor*|lasst|liebt|nutzt|empfiehlt|setzt|macht)',
      're:(?:schauspieler|sanger|moderator|fussball|influencer|topmodel|model|star)\\p{L}*\\s+(?:\\p{L}+\\.?\\s+){0,3}(?:vertrau|schwor|lasst|liebt|nutzt|empfiehlt|setzt)\\p{L}*',
      '(auch|wie) (schauspieler*|sangerin|sanger|moderatorin|moderator|influencerin|influencer|topmodel*)',
      'bekannt aus ~1 (tv|funk|fernsehen)',
      'bekannt* (influencer*|schauspieler*|sanger*|moderator*)',
      '(tv|fernseh)(star*|moderator*|arzt|arztin)',
    ],
    // A service class labelled "VIP" ("VIP-Transfer vom Flughafen", "VIP-Lounge") names no celebrity (de-6).
    allow: ['vip (transfer*|service*|lounge*|betreuung|paket*|package*|zimmer|suite*|bereich*|shuttle*|ticket*|status|abholung|behandlung)'],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const celebrityDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Auch Schauspielerin Mara L. vertraut bei Erkältung auf ImmunoPlus Lutschtabletten – und du?', context: { product: 'drug' } },
      { text: 'Wie bei den Kardashians: Brazilian Butt Lift jetzt auch in unserer Klinik – die Stars machen es vor!', context: { product: 'aesthetic-surgery' } },
      { text: 'Bekannt aus dem Fernsehen: die Lippenbehandlung der Promis.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Auch Sängerin X litt an Long-COVID – ein Interview über ihren Weg zurück (keine Werbung).', context: { product: 'medical-service', audience: 'professional' } },
      'Auf unserer Startseite finden Sie alle Sprechzeiten.',
      { text: 'Unser Blutdruckmessgerät – auch Moderatorin Y nutzt es.', context: { product: 'medical-device' } },
      // de-6: a service class labelled "VIP" names no celebrity.
      { text: 'Inklusive VIP-Transfer vom Flughafen und Hotelübernachtung.', context: { product: 'aesthetic-surgery' } },
    ],
  },
};
