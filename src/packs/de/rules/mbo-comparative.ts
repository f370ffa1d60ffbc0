import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, mbo, uwg } from '../basis.js';

/** Comparison with colleagues, other practices or standard care (§ 27 Abs. 3 MBO-Ä: vergleichend; § 6 UWG). */
export const comparative = defineRule({
  id: 'de/mbo-comparative',
  category: 'comparative',
  severity: 'error',
  legalBasis: [
    mbo('§ 27 Abs. 3 Satz 2', 'Berufswidrig ist insbesondere eine anpreisende, irreführende oder vergleichende Werbung.'),
    uwg('6', '§ 6 Abs. 2'),
    baek('Fallbeispiel „Standardsportmediziner“ (berufswidrige Werbung)'),
  ],
  match: {
    patterns: [
      '(besser|schonender|effektiver|wirksamer|schneller|sicherer|gunstiger|erfahrener|moderner|sanfter) als ~2 (andere*|herkommlich*|klassisch*|konkurrenz|viele*|jede*|alle*|krankenhaus|hausarzt|zahnarzt|orthopaden|op|operation*|skalpell)',
      'besser* ~3 als (unsere|unser|uns|wir)',
      'keine bessere* (praxis|klinik|adresse|behandlung|wahl|ansprechpartner*)',
      'vergessen (sie|du|ihr) (den|die|das|alle|herkommlich*)',
      'standard(mediziner*|sportmediziner*|arzt|arzte|zahnarzt*|praxis|praxen|chirurg*|orthopade*)',
      'im gegensatz zu (anderen|vielen|herkommlich*|klassisch*)',
      'anders als (andere|viele) ~1 (praxen|arzte|arztinnen|kliniken|kollegen|kolleginnen|anbieter|zahnarzte)',
      'billiganbieter*',
      '(andere|herkommliche) (praxen|kliniken|arzte|zahnarzte|anbieter) ~4 (nicht|kein*|nur|veraltet*)',
      'veraltet* (methode*|technik*|verfahren|behandlung*)',
      // Class: comparisons built as constructions, not as named competitors.
      '(vorteil*|uberlegen*|besser*) gegenuber',
      'gegenuber ~3 (konventionell*|herkommlich*|klassisch*|passiv*|anderen|normalen|ublichen) ~6 (vorteil*|besser*|uberlegen*)',
      'alternative (zu|zur|zum)',
      'vergleichbar* ~2 (heilsam*|wirksam*|wirkungsvoll*|effektiv*)',
      'so (wirkungsvoll|wirksam|effektiv|gut|heilsam|stark) wie',
      'der unterschied ~6 (grandios|enorm|riesig|gewaltig|deutlich)',
      'stattdessen ~3 (erwartet|bekommst|bekommen|bieten|bietet|gibt)',
      '(statt|anstatt) (op|operation|skalpell|spritze|medikamente|tabletten|chemie)',
      'im gegensatz (zu|zum|zur) ~3 (schulmedizin|klinik*|krankenhaus*|kliniken|praxen|kassen*|anderen|vielen|herkommlich*|klassisch*|konventionell*|ublich*)',
      'anders als (in|bei|im) ~2 (klinik*|krankenhaus*|kliniken|praxen|kassen*|anderen|vielen)',
      'nicht wie (in|bei|im) ~2 (klinik*|krankenhaus*|kliniken|praxen|kassen*|anderen|vielen)',
      '(andere|herkommliche|ubliche) (produkte|mittel|cremes|praparate|methoden) ~6 (nur|nicht|kein*) ~6 (unser|unsere|unseres)',
      '(spar*|erspar*) ~3 (weg|gang) zum (arzt|zahnarzt|facharzt|orthopaden)',
      // Class: any comparative adjective against every or any other product ("schneller und
      // effektiver als jedes Nahrungsergänzungsmittel", "sanfter als herkömmliche Verfahren") — de-4.
      '*er als (jedes|jede|jeder|jeden|alle|allen|andere|anderen|herkommliche*|klassische*|konventionelle*|ubliche*|normale*)',
      // Class: others fail where we succeed ("viele Behandlungen ignorieren", "schlechte Behandlungen
      // wirken künstlich", "nur kurzfristig …, während", "in verschiedenen Kliniken probiert, aber hier").
      '(viele|manche|andere|meisten) @provider-other ~3 (ignorieren|vernachlassigen|ubersehen|vergessen|verkaufen|pfuschen|sparen)',
      '(schlechte|schlechten|billige|billigen|unseriose*|misslungene*|stumperhaft*|fehlerhafte*) @provider-other',
      'wahrend (andere|viele|manche|die) @provider-other',
      'wahrend (kassenpraxen|kassenarzte|krankenhauser|unikliniken|kliniken|praxen)',
      'nur (kurzfristig*|vorubergehend*|kurz|bedingt|teilweise|oberflachlich*|symptomatisch*) ~4 wahrend',
      '@provider-other ~3 nur (kurzfristig*|vorubergehend*|oberflachlich*|symptomatisch*)',
      '(verschiedenen|anderen|mehreren|vielen) (kliniken|praxen|studios|arzten|anbietern|instituten) ~3 (aber|doch) ~1 (hier|erst|bei)',
      // Class: as good as the operation, but without it ("Effektiv wie ein Lifting, aber ohne OP").
      'wie ~2 (lifting|facelift|op|operation|skalpell|eingriff) ~2 (aber|doch|nur|jedoch) ~2 ohne',
      // Class: risks attributed to the other treatments ("Komplikationen, wie sie von Antibiotika bekannt sind").
      '@risk ~4 wie ~1 (von|bei|nach) ~6 bekannt',
      // "Keine schädlichen Nebenwirkungen, wie es bei rezeptfreien Schmerzmitteln der Fall ist" (de-6):
      // the harm pinned on the others. The "keine" opens the match, so the negation check (which looks
      // before a match) does not take the product's own "no side effects" for a negated comparison.
      '(keine|keinerlei|ohne) ~2 @risk ~1 wie (es|sie) (bei|von|nach) ~6 (fall|bekannt|ublich|auftreten|auftritt)',
      '(keine|keinerlei|ohne) ~2 @risk ~1 wie man sie (bei|von|nach) ~5 (kennt|kennen)',
      // Class: the others' products called outdated ("viele veraltete Produkte, die ich als Atombomben
      // nenne") — de-6.
      '(veraltet*|uberholt*|altmodisch*|vorsintflutlich*) @provider-other',
      '(viele|andere|manche) ~2 (losungen|anbieter*|praxen|kliniken|arzte|zahnarzte|kollegen|hersteller*) ~6 (nicht|kein*|allein*|nur|veraltet*)',
      // Class: we succeed where others give up ("Wir retten Zähne, die andere aufgeben") — de-5.
      '(die|den|das|was|wo|woran) (andere|viele|manche) ~3 (aufgeben|aufgegeben|abschreiben|abgeschrieben|ablehnen|abgelehnt|scheitern|gescheitert|verloren)',
      // Class: conventional medicine disparaged as "Chemie" ("nicht gleich auf Chemie zu setzen") — de-5.
      'nicht ~2 auf (chemie|schulmedizin|pharma*) ~2 (setzen|zu|zuruckgreifen|vertrauen)',
      '(setzen|setzt|setze|vertrauen|vertraut) ~2 nicht ~2 auf (chemie|schulmedizin|pharma*)',
      'chemiekeule',
      'chemische keule',
      // Class: others named as the benchmark ("Im Vergleich zu anderen Kliniken in Köln …") and
      // conventional medicine said to fail where the advertiser succeeds ("durch die schulmedizinischen
      // Behandlungsmethoden nicht geheilt … oder noch verschlimmert") — de-7. A comparison with age
      // groups or last year names no competitor.
      'im vergleich (zu|zum|zur|mit) ~2 @provider-other',
      'im vergleich (zu|zum|zur|mit) ~1 (klassisch*|herkommlich*|konventionell*|ublich*|bisherig*|traditionell*)',
      '(schulmedizin*|herkommlich*|konventionell*) ~6 (versagt|versagen|verschlimmert|machtlos|ratlos|hilflos|gescheitert|scheitert)',
      '(schulmedizin*|herkommlich*|konventionell*) ~6 nicht (geheilt|geholfen|helfen|heilen|weiterhelfen|weitergeholfen)',
    ],
    negation: { window: 4, after: 0 },
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const comparativeDocs: RuleDocs = {
  examples: {
    invalid: [
      // Classes of de-5: we succeed where others give up; conventional medicine disparaged as "Chemie".
      { text: 'Wir versorgen Patienten, die andere Praxen abgelehnt haben.', context: { product: 'medical-service' } },
      { text: 'Vertrauen Sie der Natur und setzen Sie nicht auf Chemie aus der Apotheke.', context: { product: 'medical-service' } },
      // Classes of de-4: "-er als jede", others fail, "wie ein Facelift, doch ohne", "nur vorübergehend, während".
      { text: 'Unsere Zahnreinigung ist gründlicher als jede herkömmliche Prophylaxe.', context: { product: 'medical-service' } },
      { text: 'Im Gegensatz zur Schulmedizin behandeln wir die Ursache, nicht nur die Symptome.', context: { product: 'medical-service' } },
      { text: 'Während Kassenpraxen Sie nach fünf Minuten abfertigen, nehmen wir uns eine Stunde Zeit.', context: { product: 'medical-service' } },
      { text: 'Viele Praxen verkaufen Ihnen teure Zusatzleistungen – wir nicht.', context: { product: 'medical-service' } },
      { text: 'Straffe Haut wie nach einem Facelift, doch ganz ohne Skalpell.', context: { product: 'aesthetic-surgery' } },
      { text: 'Tabletten wirken nur vorübergehend, während unsere Akupunktur an der Ursache ansetzt.', context: { product: 'medical-service' } },
      { text: 'Im Gegensatz zum Krankenhaus nehmen wir uns eine Stunde Zeit für Sie.', context: { product: 'medical-service' } },
      { text: 'Bei uns ist es nicht wie im Krankenhaus: keine Wartezeiten, keine Hektik.', context: { product: 'medical-service' } },
      { text: 'Andere Cremes pflegen nur die Oberfläche, unsere dringt in die Tiefe.', context: { product: 'other' } },
      // Class: comparisons by construction ("Vorteile gegenüber", "Alternative zu", "so wirksam wie") (issue 13).
      { text: 'Bei Zahnfehlstellungen bieten Aligner gegenüber herkömmlichen Brackets klare Vorteile.', context: { product: 'medical-service' } },
      { text: 'Eine echte Alternative zur Hüft-OP: unsere Stoßwellentherapie.', context: { product: 'medical-service' } },
      { text: 'Die Kältekammer ist so wirksam wie eine Kur im Gebirge.', context: { product: 'medical-service' } },
      { text: 'Wenn auch Sie den Bogenschützen machen wollen, vergessen Sie den Standardsportmediziner und kommen Sie zu mir!', context: { product: 'medical-service' } },
      { text: 'Knieprobleme? Es gibt keine bessere Praxis als unsere.', context: { product: 'medical-service' } },
      { text: 'Schonender als herkömmliche Methoden und im Gegensatz zu anderen Praxen ganz ohne Wartezeit.', context: { product: 'medical-service' } },
      // Classes of de-6: the others' harm "wie es bei … der Fall ist", the others' products called outdated.
      { text: 'Keinerlei Nebenwirkungen, wie es bei Schlaftabletten oft der Fall ist.', context: { product: 'medical-device' } },
      { text: 'Ohne Nebenwirkungen, wie man sie von Kortison kennt.', context: { product: 'other' } },
      { text: 'Vergessen Sie veraltete Methoden: unsere Lasertherapie ist sanft.', context: { product: 'medical-service' } },
      // Class of de-7: others as the benchmark, conventional medicine said to fail.
      { text: 'Im Vergleich zu vielen Kassenpraxen nehmen wir uns doppelt so viel Zeit.', context: { product: 'medical-service' } },
      { text: 'Im Vergleich zur herkömmlichen Lasik heilt das Auge bei uns schneller.', context: { product: 'medical-service' } },
      { text: 'Im Vergleich mit klassischen Zahnspangen sind unsere Aligner unsichtbar und bequemer.', context: { product: 'medical-service' } },
      { text: 'Wo die Schulmedizin versagt, setzen wir auf Eigenbluttherapie.', context: { product: 'medical-service' } },
      { text: 'Konventionelle Therapien konnten ihr nicht helfen – unsere Kräuterkur schon.', context: { product: 'supplement' } },
      { text: 'Herkömmliche Salben sind bei Nagelpilz oft machtlos, unser Laser nicht.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Fragen, die andere Patientinnen oft stellen, beantworten wir hier.', context: { product: 'medical-service' } },
      { text: 'Wenn eine Wurzelbehandlung gescheitert ist, besprechen wir die Alternativen offen.', context: { product: 'medical-service' } },
      { text: 'Naturheilkunde ergänzt bei uns die Schulmedizin; auf Antibiotika verzichten wir nicht, wenn sie nötig sind.', context: { product: 'medical-service' } },
      // Near misses that must stay clean (de-4 classes).
      { text: 'Ob ein Implantat oder eine Brücke besser passt, besprechen wir in der Beratung.', context: { product: 'medical-service' } },
      { text: 'Die Behandlung dauert etwas länger als eine normale Kontrolle.', context: { product: 'medical-service' } },
      { text: 'Schlechte Zahnpflege ist die häufigste Ursache für Karies.', context: { product: 'medical-service' } },
      { text: 'Ein Implantat muss nicht immer die bessere Alternative zu einer Brücke sein.', context: { product: 'medical-service' } },
      { text: 'Während der Behandlung können Sie Musik hören.', context: { product: 'medical-service' } },
      { text: 'Anders als viele denken, ist eine Wurzelbehandlung heute gut auszuhalten.', context: { product: 'medical-service' } },
      { text: 'Welche Vorteile und Nachteile Implantate haben, besprechen wir im Beratungsgespräch.', context: { product: 'medical-service' } },
      { text: 'Statt eines Termins am Vormittag können Sie auch abends kommen.', context: { product: 'medical-service' } },
      { text: 'Der Unterschied zwischen Kassen- und Privatleistung wird Ihnen vorher erklärt.', context: { product: 'medical-service' } },
      'Es gibt mehrere Verfahren zur Behandlung von Krampfadern; welches zu Ihnen passt, klären wir nach der Untersuchung.',
      'Wasser ist besser als Softdrinks – gerade für Kinder.',
      'Im Vergleich zum Vorjahr haben wir doppelt so viele Impftermine angeboten.',
      // Near misses of the de-6 classes: a side effect explained, an outdated guideline.
      { text: 'Nebenwirkungen wie Übelkeit können bei Schmerztabletten auftreten; fragen Sie Ihren Arzt.', context: { product: 'drug' } },
      { text: 'Die veraltete Leitlinie wurde 2024 überarbeitet.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: age groups, last year, conventional medicine described, x-ray types.
      { text: 'Im Vergleich zu anderen Altersgruppen sind Kinder seltener betroffen.', context: { product: 'medical-service' } },
      { text: 'Im Vergleich zum Vorjahr haben sich unsere Sprechzeiten geändert.', context: { product: 'medical-service' } },
      { text: 'Die Schulmedizin bietet bei Arthrose wirksame Therapien, die wir ergänzen.', context: { product: 'medical-service' } },
      { text: 'Konventionelle Röntgenbilder werden heute meist digital erstellt.', context: { product: 'medical-service' } },
    ],
  },
};
