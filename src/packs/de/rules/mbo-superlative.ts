import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, mbo, uwg } from '../basis.js';
import { PROVIDER_NOUNS, RESULT_NOUNS } from '../lexicon.js';

/**
 * Superlatives by morphology, not by word list: an adjective in -st-/-est- with a superlative ending
 * („modernste“, „schönstes“, „natürlichste“, „vitalstoffreichste“), up to two words before a
 * provider, quality or result noun. Words that end the same way without being superlatives
 * (erste, letzte, nächste, meiste, Kosten, Gäste, Liste …) are excluded by the lookahead.
 */
const NOT_SUPERLATIVE_START = '(?:erst|letzt|nachst|meist|mindest|wenigst|selbst|sonst|zuletzt|gesamt)';
/** Word endings in -st- + e/en/er/es/em that are nouns or verbs, not superlatives (Notdienste, müssten, Kosten). */
const NOT_SUPERLATIVE_END =
  '(?:dienst|kost|gast|list|kist|pflast|post|west|ost|test|mist|lust|kunst|gerust|must|schwest|fenst|priest|monst|orchest|semest|regist|minist|last|polst|klost|schust|rest|fest|nest|text|brust|kust|hust|tast|rast|fast|mast|past|rust|musst|wusst|passt|fasst|lasst|hasst|kist|frist|christ|geist|leist|meist|kast|wurst|durst|forst|horst|gerst)';
/** A noun with its inflected forms (Geräte → Geräten, Service → Services). */
const noun = (w: string): string => (w.endsWith('*') ? `${w.slice(0, -1)}\\p{L}*` : `${w}(?:n|en|s|es|e)?`);
const SUPERLATIVE_NOUNS = [...PROVIDER_NOUNS, ...RESULT_NOUNS].map(noun);
const THIRD = Math.ceil(SUPERLATIVE_NOUNS.length / 3);
const morphology = (nouns: string[]): string =>
  `re:(?<![\\p{L}\\p{N}])(?!${NOT_SUPERLATIVE_START})(?!\\p{L}{0,24}${NOT_SUPERLATIVE_END}(?:e|en|er|es|em)(?![\\p{L}\\p{N}]))\\p{L}{2,24}(?:st|est)(?:e|en|er|es|em)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}{0,16}(?:${nouns.join('|')})`;
/** Three patterns, to stay within the pattern length limit. */
export const SUPERLATIVE_MORPHOLOGY = [0, 1, 2].map((i) => morphology(SUPERLATIVE_NOUNS.slice(i * THIRD, (i + 1) * THIRD)));

/** Self-praise as the best, leading or only provider (§ 27 Abs. 3 MBO-Ä: anpreisend; § 5 UWG: Spitzenstellung). */
export const superlative = defineRule({
  id: 'de/mbo-superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [
    mbo('§ 27 Abs. 3 Satz 1 und 2', 'Berufswidrig ist insbesondere eine anpreisende, irreführende oder vergleichende Werbung.'),
    uwg('5', '§ 5 Abs. 1, Abs. 2 Nr. 3'),
    caseLaw('OLG Karlsruhe, 6 U 18/11 („Spitzenmediziner“, „Top-Experten“)', 'https://lzk-bw.de/die-kammer/fuer-standesvertreter/urteilsdatenbank/urteil/news/alleinstellungs-spitzengruppenwerbung-auf-einer-internetplattform-medicine-guide-com-mit-den-hinweisen-spitzenmediziner-fuehrende-medizinische-experten-top-experten-top-fachaerzte-und-fuehrende-spezialisten'),
  ],
  match: {
    patterns: [
      'best(e|er|es|en|em) ~2 (service|praxis|praxen|klinik*|adresse|arzt|arztin|arzte|zahnarzt*|chirurg*|behandlung*|ergebnis*|team|betreuung|versorgung|qualitat|wahl|spezialist*|experte*|expertin*|methode*|therapie*|technik|hande*|ansprechpartner*|anlaufstelle|mediziner*)',
      '(die|der|den) besten',
      're:(?:deutschland|europa|bayern|berlin|munchen|hamburg|koln|nrw|der stadt|der region)s?\\s+best\\p{L}*',
      'spitzen(medizin*|klinik*|arzt*|mediziner*|chirurg*|qualitat|team|technik|ergebnis*|versorgung)',
      'fuhrend* ~2 (praxis|klinik*|zentrum|zentren|experte*|spezialist*|mediziner*|adresse|anbieter*|arzt*|chirurg*|team)',
      '(bundesweit|deutschlandweit|weltweit|europaweit|international) (fuhrend*|einzigartig*|einmalig*|erste*)',
      'top (experte*|expertin*|arzt|arzte|arztin*|facharzt*|fachärzt*|klinik*|praxis|ergebnis*|chirurg*|mediziner*|team|adresse|spezialist*|qualitat)',
      '(modernst*|neuest*|schonendst*|sanftest*|schnellst*|sicherst*|erfahrenst*|renommiertest*|fortschrittlichst*|innovativst*|effektivst*)',
      '(meistgekauft*|meistverkauft*|meistverwendet*|meistempfohlen*)',
      '(nr|nummer) 1',
      '#1',
      'einzig(e|er|es|en) ~2 (praxis|klinik|anbieter*|arzt|arztin|zentrum|methode|spezialist*|adresse)',
      'einzigartig*',
      '(grosste|grosstes|grossten|grosster) ~2 (praxis|klinik*|zentrum|anbieter*|auswahl|erfahrung|team|spezialist*)',
      '(testsieger*|marktfuhrer*)',
      'unvergleichlich*',
      'koryphae*',
      '(revolutionar*|bahnbrechend*)',
      // Class: superlatives by morphology with a provider, quality or result noun.
      ...SUPERLATIVE_MORPHOLOGY,
      '(bestmoglich*|unschlagbar*|unubertroffen*|unubertrefflich*|spitzenniveau|weltklasse|erstklassig*)',
      'keine* (bessere*|besseren) ~2 als',
    ],
    allow: ['fuhrend* ~1 (todesursache*|ursache*)', 'spitzenverband*', 'nach bestem wissen', 'beste grusse', 'besten dank'],
    negation: { window: 2, after: 0 },
    unlessSentence: ['laut', 'ausgezeichnet (von|durch|mit)', 'focus ~2 (arzteliste|klinikliste|siegel)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const superlativeDocs: RuleDocs = {
  note: 'For companies that are not doctors the basis is § 5 UWG, which bans such claims only when untrue; a stated objective criterion (a named ranking) can justify them.',
  examples: {
    invalid: [
      // Class: superlatives by morphology with a provider, quality or result noun (issue 13).
      { text: 'Unser Labor arbeitet mit den präzisesten Geräten der Region.', context: { product: 'medical-service' } },
      { text: 'Unsere Praxis bietet den herzlichsten Service in der Stadt.', context: { product: 'medical-service' } },
      { text: 'Die zuverlässigste Methode gegen Krampfadern finden Sie hier.', context: { product: 'medical-service' } },
      { text: 'Hier bekommen Sie das schönste Lächeln der Stadt.', context: { product: 'medical-service' } },
      { text: 'Deutschlands beste Adresse für Nasenkorrekturen: modernste Technik und das erfahrenste Team der Region.', context: { product: 'aesthetic-surgery' } },
      'Spitzenmediziner, führende medizinische Experten, Top-Experten, Top-Fachärzte, führende Spezialisten',
      { text: 'Die Nr. 1 für Implantate in Köln – einzigartige Ergebnisse.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Bitte bringen Sie zum ersten Termin Ihre Versichertenkarte mit.', context: { product: 'medical-service' } },
      { text: 'Die Kosten der Behandlung übernimmt meist die Krankenkasse.', context: { product: 'medical-service' } },
      { text: 'Die nächsten freien Termine finden Sie online.', context: { product: 'medical-service' } },
      'Beste Grüße aus der Praxis – und bleiben Sie bestens informiert: Ab Montag gelten neue Sprechzeiten.',
      'Herz-Kreislauf-Erkrankungen sind die führende Todesursache in Deutschland.',
      'Wir sind drei Fachärztinnen für Dermatologie mit den Schwerpunkten Allergologie und operative Dermatologie.',
      'Nach bestem Wissen und Gewissen beraten wir Sie zu allen Optionen; bitte bestätigen Sie Ihren Termin.',
    ],
  },
};
