import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, caseLaw, mbo } from '../basis.js';

/** A doctor lending professional authority to a product (§ 27 Abs. 3 S. 4 MBO-Ä; BÄK rule 11). */
export const thirdPartyProduct = defineRule({
  id: 'de/mbo-third-party-product',
  category: 'medical-authority-imagery',
  severity: 'error',
  legalBasis: [
    mbo('§ 27 Abs. 3 Satz 4', 'Eine Werbung für eigene oder fremde gewerbliche Tätigkeiten oder Produkte im Zusammenhang mit der ärztlichen Tätigkeit ist unzulässig.'),
    baek('Regel 11 „Zurückhaltung hinsichtlich produktbezogener Aussagen“'),
    caseLaw('LG Frankfurt a. M., 3-10 O 27/21 (eigene Kosmetiklinie auf der Klinik-Website)', 'https://otto-schmidt.de/news/freie-berufe/berufswidrige-werbung-trennung-von-arztlicher-und-gewerblicher-tatigkeit-2023-01-03.html'),
  ],
  match: {
    patterns: [
      'als (arztin|arzt|zahnarztin|zahnarzt|hautarztin|hautarzt|dermatologin|dermatologe|frauenarztin|frauenarzt|apothekerin|apotheker|kinderarztin|kinderarzt|medizinerin|mediziner|chirurgin|chirurg) ~6 (sage|empfehle|schwore|nutze|verwende|vertraue|kann|rate)',
      // Class: a doctor or specialist as the mouthpiece of a remedy (de-6 advertorials): any specialty
      // speaking "als …" ("Als Suchtmediziner behaupte ich"), a specialist revealing how to get rid of
      // a complaint ("ein Spezialist erzählt davon, wie man das Problem loswerden kann"), an interview
      // with a renowned one ("mit dem führenden Proktologen Europas … sprechen").
      'als @specialist ~6 (sage|empfehle|schwore|nutze|verwende|vertraue|kann|rate|behaupte|garantiere|verspreche|versichere|bestatige)',
      '@specialist ~2 (erzahlt|verrat|enthullt|berichtet) ~4 (wie|warum|womit) ~6 (loswerden|loswird|heilen|heilt|besiegen|bekampfen|wegbekommen|kurieren|beseitigen)',
      '(erzahlt|verrat|enthullt|berichtet) ~3 @specialist ~2 (wie|warum|womit) ~6 (loswerden|loswird|heilen|heilt|besiegen|bekampfen|wegbekommen|kurieren|beseitigen)',
      'mit (dem|der|einem|einer) (fuhrend*|renommiert*|bekannt*|beruhmt*|weltbekannt*|angesehen*) @specialist',
      '(mein|meine) ~1 (lieblingsprodukt*|lieblingscreme*|lieblingsserum*|lieblingsmarke*|geheimtipp*)',
      '(unsere|meine) (eigene|neue) (pflegelinie|kosmetiklinie|produktlinie|serie|skincare)',
      '(praxisshop|onlineshop) ~3 (erhaltlich|bestellen|kaufen)',
      // Class: products offered by the practice itself ("Produkte für Ihre Mundgesundheit … können Sie bei
      // mir bestellen", "in unserer Praxis erhältlich") — de-4.
      '@product-word ~8 (konnen|konnt|kannst) (sie|ihr|du) (mich|uns)',
      '@product-word ~8 (praxis|uns|mir) ~2 (erhaltlich|kaufen|erwerben|bestellen)',
    ],
    negation: { window: 2, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const thirdPartyProductDocs: RuleDocs = {
  note: 'MBO-Ä binds doctors only; § 27 Abs. 3 S. 4 substance verified, verbatim text from commentary. For a drug or treatment the recommendation also falls under § 11 Abs. 1 S. 1 Nr. 2 HWG.',
  examples: {
    invalid: [
      // Class of de-4: products offered by the practice itself.
      { text: 'Die Pflegeprodukte aus unserer Praxis können Sie auch bei uns bestellen.', context: { product: 'medical-service' } },
      { text: 'Bei Interesse an unseren Zahnpflegeprodukten können Sie uns jederzeit anrufen.', context: { product: 'medical-service' } },
      { text: 'Ausgewählte Vitaminprodukte sind direkt in unserer Praxis erhältlich.', context: { product: 'medical-service' } },
      'Werbung | Als Ärztin sage ich euch: Ohne dieses Magnesium-Präparat starte ich nicht in den Tag. Link in Bio!',
      'Mein Geheimtipp gegen Augenringe: die Creme von GlowLab – als Dermatologin empfehle ich sie täglich.',
      'Neu in unserer Praxis: unsere eigene Pflegelinie, im Praxisshop erhältlich.',
      // Class of de-6: a doctor or specialist as the mouthpiece of a remedy.
      { text: 'Als Urologe garantiere ich Ihnen: Diese Kapseln wirken.', context: { product: 'supplement' } },
      { text: 'Eine Kardiologin verrät, wie Sie Bluthochdruck mit Rote-Bete-Saft loswerden.', context: { product: 'supplement' } },
      { text: 'Heute im Gespräch mit dem renommierten Orthopäden Dr. Haas über das Gelenk-Elixier.', context: { product: 'supplement' } },
      { text: 'Im Interview verrät der bekannte Urologe, wie man Prostatabeschwerden für immer loswird.', context: { product: 'supplement' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Welche Zahnpasta Sie verwenden, besprechen wir gern bei der Prophylaxe.', context: { product: 'medical-service' } },
      { text: 'Bei Fragen zur Behandlung können Sie uns jederzeit anrufen.', context: { product: 'medical-service' } },
      { text: 'Verbandsmaterial erhalten Sie in jeder Apotheke.', context: { product: 'medical-service' } },
      'Als Ärztin sehe ich täglich, wie wichtig Sonnenschutz ist – achten Sie auf LSF 50.',
      'Wir sind eine Fachärztin für Dermatologie und ein Team aus vier MFA.',
      'Welche Pflege zu Ihrer Haut passt, besprechen wir in der Sprechstunde.',
      // Near misses of the de-6 class: a doctor's observation, a consultation with a senior doctor,
      // a doctor explaining prevention.
      { text: 'Als Zahnärztin sehe ich täglich, wie wichtig Prophylaxe ist.', context: { product: 'medical-service' } },
      { text: 'Termin mit dem leitenden Oberarzt nach Vereinbarung.', context: { product: 'medical-service' } },
      { text: 'Unsere Ärztin erklärt, wie Sie Karies vorbeugen.', context: { product: 'medical-service' } },
    ],
  },
};
