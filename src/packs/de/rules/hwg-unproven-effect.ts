import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hcvo, hwg3, hwg3Devices, mdr7 } from '../basis.js';
/**
 * Pharmacological-sounding effects of devices, treatments and other products (§ 3 S. 2 Nr. 1 HWG).
 * Drugs are left out: their authorised indications substantiate such effects.
 */
export const unprovenEffect = defineRule({
  id: 'de/hwg-unproven-effect',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    // Supplements are food: HWG reaches them only with disease-related claims, health claims are HCVO.
    hwg3('§ 3 Satz 2 Nr. 1', 'wenn Arzneimitteln, Verfahren, Behandlungen, Gegenständen oder anderen Mitteln eine therapeutische Wirksamkeit oder Wirkungen beigelegt werden, die sie nicht haben', ['medical-service', 'aesthetic-surgery', 'other']),
    hwg3Devices('§ 3 Satz 2 Nr. 1'),
    ...mdr7('lit. a und b'),
    hcvo('Art. 10 Abs. 1', 'Gesundheitsbezogene Angaben sind verboten, sofern sie nicht den allgemeinen Anforderungen in Kapitel II und den speziellen Anforderungen im vorliegenden Kapitel entsprechen, gemäß dieser Verordnung zugelassen und in die Liste der zugelassenen Angaben gemäß den Artikeln 13 und 14 aufgenommen sind.'),
    caseLaw('OLG Frankfurt a. M., 21.03.2016, 6 W 21/16 (Strengeprinzip)', 'https://www.jusmedicus.de/2016/05/gesundheitsbezogene-werbung-werbender-muss-nachweis-fur-wissenschaftliche-absicherung-erbringen/'),
  ],
  applies: { products: ['medical-device', 'medical-service', 'aesthetic-surgery', 'supplement', 'other'] },
  match: {
    patterns: [
      'schmerzlinder*',
      // Class: an effect verb with a body function or organ ("stärkt das Immunsystem", "die Leber entlasten").
      '@effect-verb ~4 @body',
      '(unterstutzt|unterstutzen|starken) ~4 @body',
      '@body ~5 @effect-after',
      // Class: an effect verb with a disease or complaint ("lindert Schmerzen", "Migräne vorbeugen").
      '@effect-verb ~4 @disease',
      '@disease ~5 @effect-after',
      // Class: "helps / works / is used against or for" a disease; a remedy "against" one.
      '(hilft|helfen|hilfreich|wirkt|wirken|wirksam|erfolgreich|einsetzen|eingesetzt|besserung|unterstutzend) ~2 (bei|gegen) ~3 @disease',
      '@remedy gegen ~2 @disease',
      // Class: indications listed for a service or non-drug product ("Indikationen: Akne, Allergien …").
      '(indikation*|einsatzbereich*|anwendungsbereich*|anwendungsgebiet*|einsatzgebiet*) ~6 @disease',
      // Class: detoxification and pseudo-physiology.
      '(gifte|giftstoffe|schadstoffe|toxine|chemikalien|schwermetalle|histamine) ~6 (ausgeleitet|ausleiten|ausgespult|ausschwemmen|entfernt|gebunden|binden|ausgeschieden)',
      'freie* radikale*',
      'krankhafte* schwingung*',
      '(storfeld*|fremdeinfluss*)',
      'selbstheilung*',
      '(heilsam*|heilkraft*|heilwirkung*)',
      '(power|kraft|booster|turbo|kick|schutzschild) fur ~2 @body',
      'entzundungshemmend*',
      'selbstheilungskraft*',
      'entgift*',
      'entschlack*',
      'schlacken',
      'zellerneuerung',
      '(verjungt|regeneriert|erneuert) ~2 (zellen|zelle)',
      'immun booster*',
      'immunbooster*',
      '(starkt|starken|boostert|pusht|aktiviert) ~2 (immunsystem|abwehrkrafte|immunabwehr)',
      '(lymph*|zirkulation|durchblutung|stoffwechsel) ~2 (stimuliert|stimulieren|aktiviert|aktivieren|ankurbeln|kurbelt)',
      '(stimuliert|aktiviert|kurbelt) ~3 (lymph*|stoffwechsel|durchblutung)',
      // Class: pseudo-physiology a method claims to measure or change ("bioenergetisches Feld",
      // "Störfelder", "Quantenphänomene", "Energieblockaden") — de-4, issue 13.
      '@pseudo',
      // Round 10: a method without accepted evidence offered for a named disease, or said to work
      // ("Bioresonanz bei Heuschnupfen", "Tinnitus behandeln durch Neuraltherapie", "Kinesiologie hilft").
      '@unproven-method ~4 (bei|gegen|fur) ~3 @disease',
      '@disease ~4 (mit|durch|dank|mittels|per) ~2 @unproven-method',
      '@unproven-method ~6 (hilft|helfen|wirkt|wirken|lindert|lindern|heilt|heilen|starkt|starken|aktiviert|aktivieren|lost|losen|reguliert|regulieren)',
      'blockade* fur ~2 (korper|immunsystem|organismus|organe)',
      // Class: blockades released and energy made to flow, frequencies acting on cells ("Störungen und
      // Blockaden lösen", "wo die Energie blockiert ist", "Lebensenergie wieder frei fließen",
      // "Frequenzänderungen wirken auf Zellen") — de-7, also de-4/de-6. A blockade without a release
      // verb is pharmacology ("Blockade des Botenstoffs", de-3) and is not matched.
      'blockade* ~3 (losen|gelost|lost|auflosen|aufgelost|beseitigen|beseitigt|befreien|beheben|behebt)',
      '(lost|losen|auflosen|beseitigt|beseitigen|behebt|beheben) ~3 blockade*',
      '(blockade*|storung*) ~6 (energiefluss|lebensenergie|fluss|flusses)',
      '(seelisch*|emotional*|energetisch*|psychisch*|innere*) ~3 blockade*',
      'blockade* ~6 (beschwerden|krankheiten|erkrankungen)',
      '(energie*|lebensenergie|qi|chi|prana) ~3 (blockiert|fliessen|fliesst|stromen|stromt|gestaut|stockt|stocken)',
      // Energetic diagnoses ("energetische Konflikte"); "energetische Methode" alone names a method.
      'energetisch* (konflikt*|blockade*|ungleichgewicht*|storung*|belastung*)',
      // Class: weight loss or quitting smoking sold by a method without accepted evidence for it
      // ("Abnehmen mit Hypnose", "Raucherentwöhnung mittels Soft-Laser") — de-2, de-7.
      '(abnehmen|abnehmkur|gewichtsreduktion|nichtraucher*|rauchentwohnung|rauchstopp|raucherentwohnung|rauchfrei) ~3 (hypnose|laser*|softlaser*|akupunktur|ohrakupunktur|bioresonanz|magnetfeld*|klopf*)',
      '(hypnose|laser*|softlaser*|akupunktur|ohrakupunktur|bioresonanz|magnetfeld*) ~3 (abnehmen|abnehmkur|gewichtsreduktion|nichtraucher*|rauchentwohnung|rauchstopp|raucherentwohnung|rauchfrei)',
      '(wirken|wirkt|heilen|heilt) ~3 (frequenz*|schwingung*) ~4 (zellen|zelle|organe|organen|organismus|dna|erbgut)',
      '(frequenz*|schwingung*) ~4 (wirken|wirkt|heilen|heilt|harmonisier*|regulier*|aktivier*|reparier*|regenerier*|stimulier*) ~4 (zellen|zelle|organe|organismus|korper|dna|erbgut|selbstheilung*)',
      // Class: a universal remedy ("Helfer für alle Bedürfnisse", "wirkt regulierend auf alle Ebenen").
      '(helfer|hilfe|losung|mittel|wundermittel|allheilmittel|unterstutzung) fur @universal @complaint-range',
      // Class: a remedy for every wound, pain or infection, or for "a multitude of diseases" ("Für alle
      // Wunden im Alltag", "Therapiemittel bei einer Vielzahl von Erkrankungen") — de-7. "für alle
      // Beschwerden/Erkrankungen der Wirbelsäule" is a clinic's scope and is not matched.
      '(fur|gegen) (alle|jede|samtliche|jegliche) (wunden|verletzungen|schmerzen|schmerzarten|infekte|hautprobleme|krankheiten|wehwehchen)',
      '(mittel|therapiemittel|heilmittel|hilft|helfen|wirkt|wirken|wirksam|eingesetzt|einsetzbar) ~4 (bei|gegen) ~2 (vielzahl|fulle|unzahl|reihe) (von|an) ~1 @complaint-range',
      '(regulierend*|harmonisierend*|heilend*|ausgleichend*) auf @universal @complaint-range',
      'allheilmittel',
      // Class: vitality, health or life itself restored or prolonged ("die Gesundheit aufblühen lassen",
      // "natürliche Vitalität zurückgewinnen", "verlängerte Lebenserwartung").
      '@vitality ~3 @restore-verb',
      '(bleibt|bleiben) ~2 @vitality ~5 erhalten',
      // Class: a remedy ranked first for prevention or therapy ("das effektivste Mittel in der Prävention").
      '#superlative (mittel|heilmittel|wirkstoff*|nahrstoff*|vitamin*|praparat*) ~4 (pravention|therapie|vorbeugung|behandlung|schutz)',
      '@restore-verb ~3 @vitality',
      '(verlangert*|verlangern|hohere|steigert|steigern|erhoht) ~2 (lebenserwartung|lebensdauer)',
      // Class: nerve cells rebuilt, grave disease averted ("neue Nervenzellverbindungen aufbauen",
      // "Folgen wie Demenz bleiben aus").
      '(nervenzell*|gehirnzell*|synapse*|nervenbahn*) ~3 (aufbauen|aufgebaut|regenerier*|gebildet|bilden)',
      '@grave-disease ~4 (bleiben|bleibt) ~1 aus',
      // Class: a body function put into top gear ("bringt das Immunsystem auf Hochtouren").
      '@body ~3 auf (hochtouren|vordermann|trab|touren)',
      // Class: lab values restored by a product ("Meine Leberwerte sind wieder top").
      // The plural forms are listed as words too: letter-spaced text is re-segmented by the packs'
      // vocabulary, and a whole word outranks a stem split into two other known words ("blutzucker werte").
      '(leberwert*|leberwerte|blutwert*|blutwerte|zuckerwert*|blutzuckerwert*|blutzuckerwerte|cholesterinwert*|cholesterinwerte|nierenwert*|schilddrusenwert*|entzundungswert*|laborwert*|laborwerte) ~3 (wieder|endlich) (top|gut|normal|bestens|perfekt|super)',
      // Class: a product as the drinker's companion, implying a hangover cure (LG Mainz 11 HK O 17/24).
      '(begleiter|helfer|retter|seite) ~6 (partys|party|drinks|alkohol|nachten)',
      '(partys|party|drinks|alkohol) ~6 (begleiter|helfer|retter|seite)',
      // The separable verb ("beugt Erkältungen wirksam vor").
      '(beugt|beugen) ~5 @disease ~3 vor',
      // Class: organ protection or support as a product benefit ("Leberzellschutz", "Cholesterinunterstützung"),
      // and health in general kept up ("Gesundhaltung von Knorpeln") — de-5. The authorised wording
      // ("trägt zur Erhaltung normaler Knochen bei") is not matched.
      // "Augenschutz", "Nierenschutz", "Gelenkschutz" are also goggles, belts and pads: only the
      // organs no garment protects take "-schutz".
      'leberzell(schutz|unterstutzung)',
      '(leber|zell|nervenzell|gefass)schutz',
      '(leber|herz|gefass|nerven|gelenk|knorpel|augen|cholesterin|nieren|gehirn|immun)unterstutzung',
      '(gesundhaltung|gesunderhaltung) ~3 @body',
      // Class: a complaint or a body value brought under control without drugs ("krieg deinen Blutdruck
      // in den Griff, ganz ohne Medikamente") — de-6. "ohne Medikamente" alone is a doctor's plan.
      '@disease ~3 (in|im) ~1 griff',
      '@body ~3 (in|im) ~1 griff',
      '@body ~6 ohne (medikamente|tabletten|pillen|arzneimittel|chemie)',
      '@disease ~6 ohne (medikamente|tabletten|pillen|arzneimittel|chemie)',
      // Class: body fat frozen, melted or dying away without surgery ("Wir frieren Ihr Fett weg",
      // "Lassen Sie Ihre Fettzellen erfrieren", "das Fett … stirbt ab"), held unproven by KG Berlin
      // 5 U 196/16, LG Hamburg 315 O 458/16 and LG Rostock 6 HK O 126/16 — de-6. Liposuction removes fat
      // by surgery and is not matched (no freezing, melting or dying).
      '@fat ~3 (erfrieren|wegfrieren|einfrieren|frieren|wegschmelzen|schmelzen|schmilzt|einschmelzen)',
      '(frieren|friert|erfrieren|schmelzen|schmilzt|einschmelzen) ~3 @fat',
      '@fat ~6 (stirbt|sterben) ab',
      '(stirbt|sterben) ~2 @fat ~1 ab',
      '@fat ~6 (absterben|abgetotet|abtoten)',
      // Class: a body capacity restored ("stellt die natürliche Fähigkeit Ihres Gehirns zum Schlafen
      // wieder her") — de-6.
      '(stellt|stellen) ~3 (fahigkeit*|selbstheilung*|gleichgewicht|balance|korpereigen*) ~5 wieder her',
      '(stellt|stellen) ~3 @body ~5 wieder her',
      // Class: a cure for a whole range of diseases ("unterstützt die Heilung zahlreicher Erkrankungen",
      // "bei welchen Beschwerden Sie … Linderung oder Heilung erfahren können") — de-6.
      '(heilung|linderung|heilen|lindern) ~2 (zahlreich*|viele*|vieler|aller|samtlich*|verschiedenst*|unterschiedlichst*) @complaint-range',
      // Class: a constitution changed ("kann die allgemeine Allergieneigung … abbauen", "senkt die
      // Infektanfälligkeit") — de-6. Caries risk is left out: fluoride lowering it is established.
      '(allergieneigung|allergiebereitschaft|allergieanfalligkeit|infektanfalligkeit|infektneigung|erkaltungsanfalligkeit|infektionsanfalligkeit) ~4 (abbauen|abgebaut|senken|gesenkt|reduzieren|reduziert|verringern|verringert|mindern|gemindert|beseitigen|beseitigt)',
      '(senkt|reduziert|verringert|mindert|beseitigt|baut) ~4 (allergieneigung|allergiebereitschaft|allergieanfalligkeit|infektanfalligkeit|infektneigung|erkaltungsanfalligkeit|infektionsanfalligkeit)',
      'linderung oder heilung',
      'heilung oder linderung',
      // Class: tips or a remedy offered to people with a complaint ("Wenn du Gelenkprobleme hast, habe ich zwei Tipps für dich").
      '@disease ~8 (tipp*|geheimtipp*|losung*) fur (dich|euch|sie)',
    ],
    // A question ("Was hilft gegen Akne?") asks, it does not claim.
    // "sogenannte Ausleitung" keeps its distance from the method it names.
    // Whether a value can be managed without drugs is a question the doctor answers, not a claim.
    // A reflexive verb tells a course, not an effect ("der Knochen verringert sich", "der Blutdruck normalisiert sich").
    allow: ['@effect-verb sich', '(was|welche*|wie) ~2 (hilft|helfen|wirkt|wirken) ~3 (bei|gegen)', '(sogenannt*|sog) ~1 @pseudo', '(ob|falls|wenn|inwieweit|inwiefern) ~4 ohne (medikamente|tabletten|pillen|arzneimittel)'],
    negation: { window: 3, after: 2 },
    // Physical therapy as the Heilmittel-Richtlinie lists it (heat, cold, manual therapy,
    // Krankengymnastik): its effects on pain, circulation and swelling are established, and a
    // physiotherapy page describing them makes no unproven claim (de-4).
    // A sentence saying a method is unproven explains, it does not claim ("Bioresonanz ist nicht belegt").
    // Physiotherapy and compression are Heilmittel too, a vaccination's protection is established
    // (STIKO), and a sentence on an established drug therapy explains medicine ("Wechseljahresbeschwerden
    // können mit einer Hormontherapie gelindert werden", "eine Hyposensibilisierung kann die Beschwerden
    // verringern"): the rule leaves drugs out.
    unlessSentence: [
      '(nicht|kein*) ~2 (belegt|bewiesen|nachgewiesen|erwiesen)',
      '(warme|kalte|hitze|warmetherapie|kaltetherapie|kryotherapie|fango|mobilisationstechnik*|krankengymnastik|physiotherap*|kompression*|impf*)',
      '*impfung',
      'manuelle* therapie',
      '(hormontherapie*|hormonersatz*|hyposensibilisierung|desensibilisierung|antibiotik*|kortison*|cortison*|insulintherapie|antihistamin*)',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const unprovenEffectDocs: RuleDocs = {
  examples: {
    invalid: [
      // Classes of de-4: pseudo-physiology, a universal remedy, vitality restored, lab values restored, the drinker's companion.
      { text: 'Die Frequenztherapie löst Energieblockaden und harmonisiert den Körper.', context: { product: 'medical-service' } },
      { text: 'Unsere Infusionen sind die Lösung für alle Beschwerden des Alltags.', context: { product: 'medical-service' } },
      { text: 'Die Vitamin-Infusion bringt Ihr Immunsystem auf Hochtouren.', context: { product: 'medical-service' } },
      { text: 'Das wirksamste Vitamin zur Vorbeugung von Erkältungen.', context: { product: 'supplement' } },
      { text: 'Mit dem Hörsystem bleibt Ihre Lebensfreude bis ins hohe Alter erhalten.', context: { product: 'medical-device' } },
      { text: 'Mit der Kur gewinnen Sie Ihre Lebenskraft zurück.', context: { product: 'supplement' } },
      { text: 'Nach vier Wochen waren meine Blutzuckerwerte wieder normal.', context: { product: 'supplement' } },
      { text: 'Egal ob Festival oder Firmenfeier: Die Kapseln sind dein Retter nach dem Alkohol.', context: { product: 'supplement' } },
      // Classes: effect verb + body function or disease, remedy "gegen" a disease, listed indications (issue 13).
      { text: 'Unsere Infrarotkabine kurbelt die Abwehrkräfte an und entlastet die Nieren.', context: { product: 'other' } },
      { text: 'Die Bioresonanz-Sitzung lindert Heuschnupfen schon im ersten Frühjahr spürbar.', context: { product: 'medical-service' } },
      { text: 'Mittel gegen Infekte aus der Natur: unsere Holunder-Kapseln.', context: { product: 'supplement' } },
      { text: 'Anwendungsgebiete der Magnetfeldmatte: Arthrose, Schlafstörungen, Tinnitus.', context: { product: 'medical-device' } },
      { text: 'Wenn der Körper sich bewegt, arbeitet das Tape als Pumpe, die kontinuierlich die Lymphzirkulation stimuliert.', context: { product: 'medical-device' } },
      { text: 'Unsere Ozon-Kur entgiftet den Körper und aktiviert die Selbstheilungskräfte.', context: { product: 'medical-service' } },
      { text: 'Die Magnetfeldmatte wirkt schmerzlindernd und entzündungshemmend.', context: { product: 'medical-device' } },
      // Classes of de-5: detox "Ausleitung", an effect on the healing process itself.
      { text: 'Nach der Sanierung folgt eine Schwermetallausleitung mit Chlorella.', context: { product: 'medical-service' } },
      { text: 'Die Eigenbluttherapie beschleunigt den Heilungsprozess nach Sportverletzungen.', context: { product: 'medical-service' } },
      { text: 'Artischocke und Mariendistel: natürlicher Leberschutz und Cholesterinunterstützung.', context: { product: 'supplement' } },
      { text: 'Unsere Kapseln sorgen für die Gesunderhaltung Ihrer Gelenke.', context: { product: 'supplement' } },
      // Classes of de-6: a value or complaint "in den Griff" without drugs, fat frozen or dying away,
      // a body capacity restored, a cure for a whole range of diseases, gut "cleansing".
      { text: 'Mit unserem Basenpulver bekommen Sie Ihr Sodbrennen in den Griff.', context: { product: 'supplement' } },
      { text: 'Cholesterin senken ganz ohne Tabletten – mit unserem Kräuterkonzentrat.', context: { product: 'supplement' } },
      { text: 'Mit Kryolipolyse schmelzen wir Ihr Hüftgold sanft weg.', context: { product: 'medical-service' } },
      { text: 'Durch die gezielte Kühlung sterben die Fettpolster ab und werden auf natürlichem Weg abgebaut.', context: { product: 'medical-service' } },
      { text: 'Die Magnetfeldmatte stellt das natürliche Gleichgewicht Ihres Körpers wieder her.', context: { product: 'medical-device' } },
      { text: 'Eigenbluttherapie fördert die Heilung vieler Krankheiten.', context: { product: 'medical-service' } },
      { text: 'Colon-Hydro-Therapie: die sanfte Darmreinigung in unserer Praxis.', context: { product: 'medical-service' } },
      { text: 'Eine Eigenblutkur senkt nachweislich die Infektanfälligkeit im Winter.', context: { product: 'medical-service' } },
      { text: 'Mit der Kältekammer frieren wir Ihre Problemzonen weg.', context: { product: 'medical-service' } },
      { text: 'Blutzucker im Griff mit unseren Zimtkapseln.', context: { product: 'supplement' } },
      // Class of de-7: blockades released, energy made to flow, frequencies acting on cells.
      { text: 'Die Klangschalen-Massage löst seelische Blockaden und schenkt neue Kraft.', context: { product: 'medical-service' } },
      { text: 'Durch die Nadeln kann die gestaute Lebensenergie wieder fließen.', context: { product: 'medical-service' } },
      { text: 'Der Biofeld-Test deckt energetische Ungleichgewichte in Leber und Milz auf.', context: { product: 'medical-service' } },
      { text: 'Heilende Frequenzen aktivieren die Zellen Ihres Körpers.', context: { product: 'medical-device' } },
      { text: 'Wo das Qi stockt, entsteht Unwohlsein – die Tuina-Massage hilft.', context: { product: 'medical-service' } },
      { text: 'Der Handscanner spürt Blockaden auf und beseitigt sie in einer Sitzung.', context: { product: 'medical-device' } },
      { text: 'Ein Zapper für zu Hause gegen Parasiten im Darm.', context: { product: 'medical-device' } },
      { text: 'Reiki bei inneren Blockaden und Erschöpfung.', context: { product: 'medical-service' } },
      // Class of de-7: weight loss or quitting smoking by an unproven method.
      { text: 'Schlank durch Ohrakupunktur: Abnehmkur in fünf Sitzungen.', context: { product: 'medical-service' } },
      { text: 'Rauchstopp mit Laser – ohne Entzug.', context: { product: 'medical-service' } },
      { text: 'Mit der Magnetfeld-Sitzung zur Gewichtsreduktion.', context: { product: 'medical-service' } },
      { text: 'Deshalb heilen sanfte Schwingungen tief in den Organen und Zellen.', context: { product: 'medical-device' } },
      // Class of de-7: a remedy for every wound or pain, or for a multitude of diseases.
      { text: 'Unser Teebaum-Gel: für alle Verletzungen von Kopf bis Fuß.', context: { product: 'other' } },
      { text: 'Die Kupfer-Bandage – gegen jegliche Schmerzen.', context: { product: 'medical-device' } },
      { text: 'Propolis wirkt bei einer Vielzahl von Leiden.', context: { product: 'supplement' } },
      { text: 'Die Rotlichtlampe ist ein Heilmittel gegen eine Fülle an Beschwerden.', context: { product: 'medical-device' } },
      { text: 'Kolloidales Silber für alle Infekte der Familie.', context: { product: 'other' } },
      { text: 'Das Magnesiumöl wird bei einer Reihe von Krankheiten eingesetzt – und hilft bei einer Unzahl von Wehwehchen.', context: { product: 'other' } },
      // Round 10, @disease from a general medical vocabulary (compound heads, complaints no batch named).
      { text: 'Unsere Brennnessel-Dragees lindern Blasenentzündungen auf natürliche Weise.', context: { product: 'supplement' } },
      { text: 'Das Rotlicht-Kissen hilft bei Ischias und Hexenschuss.', context: { product: 'medical-device' } },
      { text: 'Mit dem Basen-Elixier wird Ihre Gastritis spürbar gebessert.', context: { product: 'supplement' } },
      { text: 'Kräutertropfen gegen Reizhusten für die ganze Familie.', context: { product: 'other' } },
      { text: 'Die Magnetfeld-Manschette reduziert Wechseljahresbeschwerden deutlich.', context: { product: 'medical-device' } },
      { text: 'Schüßler-Salze beugen Wadenkrämpfen wirksam vor.', context: { product: 'other' } },
      { text: 'Das Weihrauch-Pulver bekämpft Hashimoto von innen.', context: { product: 'supplement' } },
      // Round 10: effect verbs from general usage (lessen, suppress, normalise, slow down, neutralise).
      { text: 'Das Kurkuma-Elixier mindert Gelenkentzündungen spürbar.', context: { product: 'supplement' } },
      { text: 'Die Schwingungsplatte verlangsamt Arthrose im Knie.', context: { product: 'medical-device' } },
      { text: 'Unser Basenbad neutralisiert Sodbrennen.', context: { product: 'other' } },
      { text: 'Der Lichtstab dämpft Rosazea-Schübe.', context: { product: 'medical-device' } },
      { text: 'Die Magnetfeldmatte normalisiert Ihren Blutdruck.', context: { product: 'medical-device' } },
      { text: 'Das Enzym-Präparat unterdrückt Entzündungen im Darm.', context: { product: 'supplement' } },
      // Round 10: organs, values and functions from a general medical vocabulary (@body).
      { text: 'Das Grüntee-Extrakt steigert die Fettverbrennung.', context: { product: 'supplement' } },
      { text: 'Die Ohrkerze reinigt die Atemwege.', context: { product: 'other' } },
      { text: 'Unsere Vitamin-Infusion stärkt die Abwehrzellen.', context: { product: 'medical-service' } },
      { text: 'Safran-Kapseln fördern die Serotonin-Bildung.', context: { product: 'supplement' } },
      { text: 'Die Lochrasterbrille verbessert die Sehkraft in wenigen Wochen.', context: { product: 'medical-device' } },
      { text: 'Mit dem Kürbiskern-Tee wird die Prostata entlastet.', context: { product: 'other' } },
      { text: 'Kupferarmband gegen Gelenkschmerzen und Rheuma.', context: { product: 'other' } },
      // Round 10: @unproven-method offered for a disease or said to work.
      { text: 'Bioresonanz bei Heuschnupfen und Hausstauballergie – jetzt in unserer Praxis.', context: { product: 'medical-service' } },
      { text: 'Kinesiologie gegen Prüfungsangst und Konzentrationsschwäche.', context: { product: 'medical-service' } },
      { text: 'Wechseljahresbeschwerden sanft begleiten mit Spagyrik.', context: { product: 'other' } },
      { text: 'Die Colon-Hydro-Therapie hilft Menschen mit Reizdarm.', context: { product: 'medical-service' } },
      { text: 'Tinnitus behandeln durch Neuraltherapie.', context: { product: 'medical-service' } },
      { text: 'Ozontherapie für Patienten mit Durchblutungsstörungen.', context: { product: 'medical-service' } },
      { text: 'Unsere Vitalpilz-Mischung wirkt bei Gürtelrose.', context: { product: 'supplement' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Wärme lockert die Muskulatur und fördert die Durchblutung.', context: { product: 'medical-service' } },
      { text: 'Die Wirksamkeit der Bioresonanz ist wissenschaftlich nicht belegt.', context: { product: 'medical-service' } },
      { text: 'Krankengymnastik nach der Knie-OP hilft, die Beweglichkeit zurückzugewinnen.', context: { product: 'medical-service' } },
      { text: 'Vitamin D trägt zur Erhaltung normaler Knochen bei.', context: { product: 'supplement' } },
      { text: 'Die Krankengymnastik soll die Muskulatur kräftigen und die Beweglichkeit verbessern.', context: { product: 'medical-service' } },
      { text: 'Was hilft bei Rückenschmerzen? Unser Ratgeber erklärt die Leitlinie.', context: { product: 'medical-service' } },
      { text: 'Wir behandeln Allergien und Asthma in unserer Lungenfachpraxis.', context: { product: 'medical-service' } },
      { text: 'Ibuprofen wirkt schmerzlindernd und entzündungshemmend. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.', context: { product: 'drug' } },
      { text: 'Die Kompressionsstrümpfe unterstützen den venösen Rückfluss bei Krampfadern.', context: { product: 'medical-device' } },
      { text: 'Die Infusion entgiftet nicht und ersetzt keine Behandlung – wir bieten sie deshalb nicht an.', context: { product: 'medical-service' } },
      { text: 'Eine sogenannte Ausleitung nach der Amalgamentfernung bieten wir nicht an.', context: { product: 'medical-service' } },
      { text: 'Die Sportbrille mit UV-Filter dient dem Augenschutz beim Skifahren.', context: { product: 'other' } },
      { text: 'Der Nierenschutz-Gurt hält beim Motorradfahren warm.', context: { product: 'other' } },
      { text: 'Nach dem Eingriff ist ein normaler Heilungsprozess mit leichter Schwellung zu erwarten.', context: { product: 'aesthetic-surgery' } },
      // Near misses of the de-6 classes: whether a drug is needed, a method said to be unproven,
      // liposuction, restoring a smile with crowns.
      { text: 'Wir besprechen, ob Ihr Blutdruck ohne Medikamente eingestellt werden kann oder eine Therapie nötig ist.', context: { product: 'medical-service' } },
      { text: 'Eine Darmsanierung ist wissenschaftlich nicht belegt; wir bieten sie nicht an.', context: { product: 'medical-service' } },
      { text: 'Bei der Fettabsaugung wird überschüssiges Fettgewebe unter Narkose abgesaugt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wir stellen Ihr Lächeln mit Kronen und Brücken wieder her.', context: { product: 'medical-service' } },
      { text: 'Fluorid senkt die Kariesanfälligkeit der Zähne.', context: { product: 'medical-service' } },
      { text: 'Ihre Problemzonen besprechen wir ausführlich im Beratungsgespräch.', context: { product: 'aesthetic-surgery' } },
      // Near misses of the de-7 class: pharmacology, anaesthesia, a method said to be unproven, heart rate, energy needs.
      { text: 'Botulinumtoxin wirkt durch eine Blockade der Signalübertragung am Muskel.', context: { product: 'drug' } },
      { text: 'Bei der Leitungsanästhesie wird der Nerv für einige Stunden blockiert.', context: { product: 'medical-service' } },
      { text: 'Ob energetische Verfahren Blockaden lösen, ist wissenschaftlich nicht belegt.', context: { product: 'medical-service' } },
      { text: 'Die Herzfrequenz wird während der Belastung laufend gemessen.', context: { product: 'medical-service' } },
      { text: 'Ihr Energiebedarf steigt in der Schwangerschaft um etwa 250 Kalorien.', context: { product: 'medical-service' } },
      // Near misses of the de-7 universal-remedy class: a clinic's scope, skin types, a list of what we treat.
      { text: 'Wir sind Ihre Ansprechpartner für alle Beschwerden rund um den Fuß.', context: { product: 'medical-service' } },
      { text: 'Die Sonnencreme eignet sich für alle Hauttypen.', context: { product: 'other' } },
      { text: 'In unserer Praxis behandeln wir eine Vielzahl von Erkrankungen der Haut.', context: { product: 'medical-service' } },
      { text: 'Pflaster für alle Größen im Set: 10 Stück.', context: { product: 'medical-device' } },
      { text: 'Zur Raucherentwöhnung bieten wir Beratung und, wenn nötig, Nikotinersatz an.', context: { product: 'medical-service' } },
      { text: 'Die Haarentfernung mit Laser dauert pro Sitzung etwa 20 Minuten.', context: { product: 'aesthetic-surgery' } },
      // Near misses of round 10's @disease: education, a question, a method said to be unproven, aftercare.
      { text: 'Eine Gastritis wird je nach Ursache mit Medikamenten behandelt.', context: { product: 'medical-service' } },
      { text: 'Ischias: Wann sollte ich zur Hausärztin gehen?', context: { product: 'medical-service' } },
      { text: 'Dass Schüßler-Salze Wadenkrämpfe lindern, ist nicht belegt.', context: { product: 'other' } },
      { text: 'Was hilft gegen Reizhusten? Fragen Sie in Ihrer Hausarztpraxis nach.', context: { product: 'medical-service' } },
      { text: 'Bei Hexenschuss beginnt die Physiotherapie mit Wärme und sanfter Bewegung.', context: { product: 'medical-service' } },
      // Near misses of round 10's effect verbs: a reflexive course, massage, evidence denied.
      { text: 'Nach dem Zahnverlust verringert sich der Kieferknochen jedes Jahr.', context: { product: 'medical-service' } },
      { text: 'Der Blutdruck normalisiert sich nach der Narkose meist von selbst.', context: { product: 'medical-service' } },
      { text: 'Eine Massage lockert verspannte Muskeln.', context: { product: 'medical-service' } },
      { text: 'Ob ein Präparat Arthrose verlangsamt, ist nicht belegt.', context: { product: 'supplement' } },
      // Near misses of round 10's @body: diagnostics before surgery, a lab test, an authorised claim.
      { text: 'Vor der Narkose prüfen wir die Lungenfunktion.', context: { product: 'medical-service' } },
      { text: 'Bei der Blutabnahme wird das Blutbild bestimmt.', context: { product: 'medical-service' } },
      { text: 'Zink trägt zu einem normalen Testosteronspiegel im Blut bei.', context: { product: 'supplement' } },
      { text: 'Die Sehkraft messen wir bei jeder Kontrolle neu.', context: { product: 'medical-service' } },
      { text: 'Kompressionsstrümpfe gegen Krampfadern verordnet Ihre Hausärztin.', context: { product: 'medical-device' } },
      { text: 'Bei Heuschnupfen kann eine Hyposensibilisierung die Beschwerden langfristig verringern.', context: { product: 'medical-service' } },
      // Near misses of round 10's @unproven-method: evidence denied, not offered, a referral, a side effect.
      { text: 'Die Wirksamkeit der Homöopathie bei Heuschnupfen ist nicht belegt.', context: { product: 'medical-service' } },
      { text: 'Bachblüten bieten wir nicht an.', context: { product: 'medical-service' } },
      { text: 'Reiki dient der Entspannung. Bei Schmerzen wenden Sie sich an Ihre Ärztin.', context: { product: 'medical-service' } },
      { text: 'Globuli ersetzen bei Mittelohrentzündung keinen Arztbesuch.', context: { product: 'medical-service' } },
      { text: 'Nach der Eigenblutbehandlung kann es zu kleinen Blutergüssen kommen.', context: { product: 'medical-service' } },
    ],
  },
};
