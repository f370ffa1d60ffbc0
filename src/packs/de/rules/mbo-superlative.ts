import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, mbo, uwg } from '../basis.js';
import { compose, PROVIDER_NOUNS, RESULT_NOUNS } from '../lexicon.js';

/**
 * Superlatives by morphology, not by word list: an adjective in -st-/-est- with a superlative ending
 * („modernste“, „schönstes“, „natürlichste“, „vitalstoffreichste“), up to two words before a
 * provider, quality or result noun. The built-in `#superlative` feature reads the morphology (it
 * already leaves out „erste“, ordinals and „nächste“). Other words that end the same way without
 * being superlatives (Kosten, Notdienste, müssten …) are `allow` entries: a trigger they overlap is dropped.
 */
const SUPERLATIVE_WORD = '#superlative';
/** Nouns with their inflected forms: every plain noun of the classes gets an open ending. */
const SUPERLATIVE_NOUNS = [...PROVIDER_NOUNS, ...RESULT_NOUNS].map((w) => (w.endsWith('*') ? w : `${w}*`));
/**
 * `#superlative` reads "-ssigste" as an ordinal („dreißigste“), which also drops „zuverlässigste“ and
 * „regelmäßigste“: those stems are spelled out here (whole words, so letter-spaced text finds them too).
 */
const SSIG_SUPERLATIVE = '(zuverlassigst|regelmassigst|gleichmassigst|zweckmassigst)(e|en|er|es|em)';
const beforeNoun = (word: string) => compose([word], '~2', SUPERLATIVE_NOUNS).map((p) => p.replace(`(${word})`, word));
export const SUPERLATIVE_MORPHOLOGY = [
  ...beforeNoun(SUPERLATIVE_WORD),
  ...beforeNoun(SSIG_SUPERLATIVE),
  // Compounds ending in a provider noun ("das modernste Augenzentrum", "die sanfteste Zahnklinik").
  `${SUPERLATIVE_WORD} ~2 *zentrum`,
  `${SUPERLATIVE_WORD} ~2 *klinik`,
  `${SUPERLATIVE_WORD} ~2 *praxis`,
];
export const NOT_SUPERLATIVE = [
  // Tests, not superlatives in "-teste" ("beliebteste", "gefragteste" are): the word and its compounds.
  'test(e|en|er|es|em)',
  '(haut|allergie|schnell|corona|covid|blut|seh|hor|belastungs|gen|labor|urin|speichel|schwangerschafts|selbst|pcr|antigen)test(e|en|er|es|em)',
  // "erste" is no superlative to #superlative: leaving it out here lets a first place be claimed
  // ("die weltweit erste Klinik", "ist die erste nicht-invasive Behandlung") — de-6.
  '(letzt|nachst|meist|mindest|wenigst|zuletzt|gesamt)(e|en|er|es|em)',
  '*(dienst|kost|gast|list|kist|pflast|post|west|ost|mist|lust|kunst|gerust|must|schwest|fenst|priest|monst|orchest|semest|regist|minist|last|polst|klost|schust|rest|fest|nest|text|brust|kust|hust|tast|rast|fast|mast|past|rust)(e|en|er|es|em)',
  '*(musst|wusst|passt|fasst|lasst|hasst|frist|christ|geist|leist|kast|wurst|durst|forst|horst|gerst|kunst|gast)(e|en|er|es|em)',
];

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
      '(nr|nummer) (1|eins)',
      '#1',
      'einzig(e|er|es|en) ~2 (praxis|klinik|anbieter*|arzt|arztin|zentrum|methode|spezialist*|adresse|institut*|labor|team|angebot)',
      // Class: the only one that works ("das einzige zuverlässige, durch klinische Studien nachgewiesene
      // … Verfahren") — de-7. "das einzige sichere Zeichen" is a diagnostic fact and is not matched.
      'einzig(e|er|es|en|) (zuverlassig*|wirksam*|bewahrt*|echte*|wahre*|effektiv*|nachgewiesen*|erfolgreich*|dauerhaft*|wirkungsvoll*)',
      // Class: uniqueness by admission or by a negated comparison ("das einzig offiziell zugelassene
      // Gerät", "Kein Wirkstoff ist so gründlich erforscht wie …") — de-4, issue 13.
      '(einzig|einzige*) ~1 (offiziell*|zugelassen*|anerkannt*|zertifiziert*)',
      '(kein|keine|keiner|keinem|nirgends|nirgendwo) ~6 so ~4 wie',
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
      // Class: a rank or a first place claimed for a doctor, a level or a method (de-6): "dem führenden
      // Proktologen Europas", "der klare Spitzenreiter", "auf höchstem Niveau", "Coolsculpting ist die
      // erste nicht-invasive Behandlung".
      '(fuhrend*|bekanntest*|renommiertest*|erfahrenst*|angesehenst*) ~2 @specialist',
      '(spitzenreiter*|vorreiter*|branchenprimus|platzhirsch)',
      '#superlative (niveau|standard|standards|level)',
      '(ist|war|als) (die|der|das) erste ~2 (behandlung|methode|verfahren|therapie|technik|technologie|klinik|praxis|zentrum|anbieter|gerat|produkt|mittel)',
      '(ist|war|sind|waren) (die|der|das) (erste|ersten|einzige|einzigen) (in|im|aus|weltweit|deutschlandweit|bundesweit|europaweit)',
      'als (erste|erster|erstes|einzige|einziger|einziges) (praxis|klinik|zentrum|anbieter|arzt|arztin|zahnarzt|zahnarztin|institut|labor|team)',
      // Class: a rank given as a title ("König der medizinischen Pilze") — de-5.
      '(konig|konigin|kaiser|kaiserin) der ~2 (pilze|heilpilze|vitalpilze|heilpflanzen|pflanzen|krauter|vitamine|nahrstoffe|superfoods|ole|heilmittel|antioxidantien)',
    ],
    allow: [...NOT_SUPERLATIVE, 'fuhrend* ~1 (todesursache*|ursache*)', 'spitzenverband*', 'nach bestem wissen', 'beste grusse', 'besten dank',
      // Speed of an appointment ("schnellstmöglich") and the patient's best chances ("um die besten
      // Erfolgsaussichten zu erzielen", advice on timing) rank no provider — de-6.
      '(schnellstmoglich*|fruhestmoglich*|schnellstens|baldmoglichst|nachstmoglich*)',
      '(die|der|den|das) best(e|en) (chance*|erfolgsaussicht*|aussicht*|voraussetzung*|bedingung*)',
      // A superlative of a reason, moment or idea ranks no provider ("den besten Grund", "der beste Zeitpunkt").
      '(die|der|den|das) best(e|en) (grund|grunde|spruch|idee|zeitpunkt|weg)',
      // Uniqueness of a place or building, not of the care ("architektonisch einzigartig", "einzigartige Lage").
      'architektonisch* einzigartig*',
      '(keine|kein) (sorge|angst|panik|problem)',
      'einzigartig* ~1 (lage|ausblick|blick|aussicht|atmosphare|ambiente|architektur|gebaude|landschaft)',
      'einzigartig* ~1 *center',
      // The grade of the materials used ("Präparate höchster Qualität") ranks no provider.
      '(praparat*|material*|produkt*|implantat*|gerat*|zutaten|rohstoff*|inhaltsstoff*|fullstoff*|filler) (hochster|bester) qualitat',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['laut', 'ausgezeichnet (von|durch|mit)', 'focus ~2 (arzteliste|klinikliste|siegel)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const superlativeDocs: RuleDocs = {
  note: 'For companies that are not doctors the basis is § 5 UWG, which bans such claims only when untrue; a stated objective criterion (a named ranking) can justify them.',
  examples: {
    invalid: [
      // Class of de-5: a rank given as a title.
      { text: 'Reishi, die Königin der Heilpilze, jetzt als Kapsel.', context: { product: 'supplement' } },
      { text: 'Die beliebteste Zahnarztpraxis in ganz Köln.', context: { product: 'medical-service' } },
      { text: 'Wir sind die Nummer eins für Implantate in Bayern.', context: { product: 'medical-service' } },
      // Classes of de-4: uniqueness by admission, a negated comparison ("keine andere … so … wie").
      { text: 'Keine andere Praxis in Bremen behandelt so schonend wie wir.', context: { product: 'medical-service' } },
      { text: 'Das einzig zugelassene Verfahren gegen Cellulite.', context: { product: 'medical-device' } },
      { text: 'Als einziges Institut der Region bieten wir die Stoßwellentherapie an.', context: { product: 'medical-service' } },
      // Class: superlatives by morphology with a provider, quality or result noun (issue 13).
      { text: 'Unser Labor arbeitet mit den präzisesten Geräten der Region.', context: { product: 'medical-service' } },
      { text: 'Unsere Praxis bietet den herzlichsten Service in der Stadt.', context: { product: 'medical-service' } },
      { text: 'Die zuverlässigste Methode gegen Krampfadern finden Sie hier.', context: { product: 'medical-service' } },
      { text: 'Hier bekommen Sie das schönste Lächeln der Stadt.', context: { product: 'medical-service' } },
      { text: 'Deutschlands beste Adresse für Nasenkorrekturen: modernste Technik und das erfahrenste Team der Region.', context: { product: 'aesthetic-surgery' } },
      'Spitzenmediziner, führende medizinische Experten, Top-Experten, Top-Fachärzte, führende Spezialisten',
      { text: 'Die Nr. 1 für Implantate in Köln – einzigartige Ergebnisse.', context: { product: 'medical-service' } },
      // Classes of de-6: a rank for a doctor, a market leader, a top level, a first place.
      { text: 'Im Interview: der führende Kardiologe Deutschlands über unser Herz-Elixier.', context: { product: 'supplement' } },
      { text: 'Unsere Praxis ist Vorreiter in der schonenden Implantologie.', context: { product: 'medical-service' } },
      { text: 'Ästhetische Zahnheilkunde auf allerhöchstem Niveau.', context: { product: 'medical-service' } },
      { text: 'Die Praxis Dr. Lenz ist die erste Praxis in Bremen mit dieser Lasermethode.', context: { product: 'medical-service' } },
      { text: 'Wir sind die weltweit erste Klinik mit dem neuen Verfahren.', context: { product: 'aesthetic-surgery' } },
      { text: 'Unsere Praxis war die erste in Münster, die digitale Abdrücke angeboten hat.', context: { product: 'medical-service' } },
      { text: 'Als erste Klinik im Rheinland bieten wir die Robotik-Hüfte an.', context: { product: 'medical-service' } },
      // Class of de-7: the only one that works.
      { text: 'Die Stoßwelle ist die einzige wirksame Therapie bei Fersensporn.', context: { product: 'medical-service' } },
      { text: 'Unser Aligner: die einzig echte Alternative zur festen Spange.', context: { product: 'medical-service' } },
      { text: 'Das einzige bewährte Mittel gegen Schnarchen.', context: { product: 'medical-device' } },
      { text: 'Der einzige dauerhafte Weg zu vollem Haar.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die einzigen nachgewiesenen Erfolge bei Lipödem erzielen wir.', context: { product: 'medical-service' } },
      { text: 'Das einzig effektive Programm für Ihren Rücken.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Die Königin der Nacht blüht in unserem Praxisgarten nur einmal im Jahr.', context: { product: 'medical-service' } },
      { text: 'Allergietests und Hauttesten führen wir jeden Mittwoch durch.', context: { product: 'medical-service' } },
      // Near misses that must stay clean (de-4 classes).
      { text: 'Keine Sorge, die Behandlung ist so einfach wie eine Zahnreinigung.', context: { product: 'medical-service' } },
      { text: 'Der beste Zeitpunkt für eine Kontrolle ist ein halbes Jahr nach der Behandlung.', context: { product: 'medical-service' } },
      { text: 'Wir verwenden ausschließlich Materialien höchster Qualität.', context: { product: 'medical-service' } },
      { text: 'Die Praxis liegt in einem architektonisch einzigartigen Altbau.', context: { product: 'medical-service' } },
      { text: 'Bitte bringen Sie zum ersten Termin Ihre Versichertenkarte mit.', context: { product: 'medical-service' } },
      { text: 'Die Kosten der Behandlung übernimmt meist die Krankenkasse.', context: { product: 'medical-service' } },
      { text: 'Die nächsten freien Termine finden Sie online.', context: { product: 'medical-service' } },
      'Beste Grüße aus der Praxis – und bleiben Sie bestens informiert: Ab Montag gelten neue Sprechzeiten.',
      'Herz-Kreislauf-Erkrankungen sind die führende Todesursache in Deutschland.',
      'Wir sind drei Fachärztinnen für Dermatologie mit den Schwerpunkten Allergologie und operative Dermatologie.',
      'Nach bestem Wissen und Gewissen beraten wir Sie zu allen Optionen; bitte bestätigen Sie Ihren Termin.',
      // Near misses of the de-6 classes: the first session, urgent booking, the patient's best chances.
      { text: 'Die erste Behandlung dauert etwa 30 Minuten.', context: { product: 'medical-service' } },
      { text: 'Bitte rufen Sie an, wir geben Ihnen schnellstmöglich einen Termin.', context: { product: 'medical-service' } },
      { text: 'Die Therapie sollte früh beginnen, um die besten Erfolgsaussichten zu haben.', context: { product: 'medical-service' } },
      { text: 'Als erste Maßnahme kühlen Sie die Stelle; die erste Kontrolle ist nach einer Woche.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: a diagnostic fact, a side effect, the only date left.
      { text: 'Das einzige sichere Zeichen einer Schwangerschaft ist der Ultraschallbefund.', context: { product: 'medical-service' } },
      { text: 'Die einzige Nebenwirkung ist eine leichte Rötung für einige Stunden.', context: { product: 'medical-service' } },
      { text: 'Der einzige freie Samstag im Mai ist der 17.', context: { product: 'medical-service' } },
      { text: 'Eine Operation ist nicht die einzige Möglichkeit; wir besprechen Alternativen.', context: { product: 'medical-service' } },
    ],
  },
};
