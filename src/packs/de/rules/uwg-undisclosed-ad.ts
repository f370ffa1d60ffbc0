import { defineRule } from '../../../core/define.js';
import { insertion } from '../../../core/fix.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, uwg } from '../basis.js';

/** Signs of paid content: promo codes, cooperations, gifted products. */
const PAID = [
  'rabattcode*',
  'gutscheincode*',
  'discount code',
  'mit (meinem|dem|unserem) code',
  'in (kooperation|zusammenarbeit) mit',
  'pr (sample|paket)',
  'pr sample*',
  'zur verfugung gestellt',
  'affiliate*',
  'provisionslink*',
  // A promo code: a word with trailing digits after "code"/"mit".
  're:(?:code|mit)\\s+\\p{L}{3,}\\d{1,3}(?![\\p{L}\\p{N}])',
];
/** A percentage the reader "gets": a paid cue from an influencer, but a practice's own offer is recognisably its ad. */
const READER_PERCENT = ['re:(?:spart|sparst|bekommt|bekommst|erhaltet|erhaltst)\\s+(?:ihr|du)\\s+\\d{1,2}\\s?%'];
/** The advertiser speaking as itself ("haben wir im Juli … für Euch"): the commercial purpose is plain (de-5, LG Düsseldorf 34 O 110/19). */
const OWN_VOICE = ['wir', 'bei uns', 'unser', 'unsere', 'unserer', 'unserem', 'unseren'];
/** Labels that make the commercial purpose recognisable. */
const LABEL = ['werbung', 'anzeige', '#werbung', '#anzeige', '#ad', 'bezahlte partnerschaft', 'sponsored', 'gesponsert*', 'paid partnership'];

/**
 * Sponsored or paid content without an advertising label (§ 5a Abs. 4 UWG; § 11 Abs. 1 S. 1 Nr. 9 HWG).
 * Runs when the caller says the content is sponsored or the text itself shows it.
 */
export const undisclosedAd = defineRule({
  id: 'de/uwg-undisclosed-ad',
  category: 'undisclosed-advertising',
  severity: 'error',
  legalBasis: [
    uwg('5a', '§ 5a Abs. 4 Satz 1'),
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 9', 'mit Veröffentlichungen, deren Werbezweck mißverständlich oder nicht deutlich erkennbar ist'),
    uwg('3', 'Anhang zu § 3 Abs. 3 Nr. 11'),
  ],
  test(ctx) {
    if (ctx.find(LABEL).length > 0) return [];
    const own = ctx.find(OWN_VOICE).length > 0;
    const cues = [...ctx.find(PAID), ...(own ? [] : ctx.find(READER_PERCENT))].sort((a, b) => a.start - b.start);
    if (cues.length === 0 && ctx.context.sponsored !== true) return [];
    // The fix: „Werbung“ first, where the reader sees it before the content.
    return [{ range: cues[0] ?? null, variant: cues.length ? 'message' : 'missing', replacement: insertion(ctx.text, 'Werbung', 'start') }];
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const undisclosedAdDocs: RuleDocs = {
  note: 'German practice expects „Werbung“ or „Anzeige“ at the start; whether #ad alone suffices is UNVERIFIED in current case law, so it is accepted here. § 5a Abs. 4 wording UNVERIFIED verbatim.',
  examples: {
    invalid: [
      'Mein Lieblingsserum gegen Rosacea 🌿 Mit meinem Code DRLENA20 spart ihr 20 %!',
      'In Kooperation mit VitaPharm: Warum ich jeden Morgen Vitamin D nehme.',
      'Mein Lieblingsserum für trockene Haut: über meinen Link bekommt ihr 15 % auf die ganze Serie.',
      { text: 'So pflege ich meine Haut nach dem Peeling – mit der neuen Serie von GlowLab.', context: { sponsored: true } },
    ],
    valid: [
      'Werbung | In Kooperation mit VitaPharm: Warum ich jeden Morgen Vitamin D nehme.',
      'Anzeige – Mit meinem Code DRLENA20 spart ihr 20 % auf das Serum.',
      'So pflege ich meine Haut nach dem Peeling: mild reinigen, gut eincremen, Sonnenschutz.',
      // Near miss of de-5: a practice's own offer, in its own voice.
      { text: 'Im Juli haben wir ein Special für Euch: Ihr bekommt 10 % auf jede Zahnreinigung.', context: { product: 'medical-service' } },
    ],
  },
};
