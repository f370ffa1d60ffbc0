import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg3, hwg3Devices, lmiv7, mdr7, uwg } from '../basis.js';

/** Healing and cure-all claims (§ 3 S. 2 Nr. 1 HWG): an effect the product or treatment is not shown to have. */
export const misleadingHealing = defineRule({
  id: 'de/hwg-misleading-healing',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 1', 'wenn Arzneimitteln, Verfahren, Behandlungen, Gegenständen oder anderen Mitteln eine therapeutische Wirksamkeit oder Wirkungen beigelegt werden, die sie nicht haben'),
    hwg3Devices('§ 3 Satz 2 Nr. 1'),
    ...mdr7('lit. a und b'),
    lmiv7(),
    uwg('5', '§ 5 Abs. 1'),
  ],
  match: {
    patterns: [
      'heilt',
      'heilen',
      'heilbar',
      'heilung (garantiert|von|bei|gegen)',
      // Class: a gentle or natural cure, or a cure by an alternative remedy ("Schonende und sanfte
      // Heilung mit Globuli", "eine schnelle und sanfte Heilung") — de-5.
      '(sanft*|schonend*|naturlich*) ~3 heilung',
      'heilung (mit|durch) ~1 (globuli|homoopath*|pflanzen*|krauter*|heilpflanzen*|naturheil*|bachblut*|hypnose|bioresonanz)',
      'wunderheil*',
      'wundermittel*',
      'wunderwaffe*',
      'allheilmittel*',
      '(lost|beseitigt|bekampft) ~3 (ursache*|knieprobleme|ruckenprobleme|ruckenschmerz*)',
      '(schmerzfrei|beschwerdefrei|symptomfrei) durch',
      'im kampf gegen',
      // Class: the root cause treated ("behandelt die Hauptursachen von Augentrübung") — de-5.
      '(behandelt|behandeln|bekampft|bekampfen|beseitigt|beseitigen) ~2 (die|den|der) (hauptursache*|wurzel)',
      '(bekampf*|zerstor*|abtot*|vernicht*|besieg*) ~3 (tumor*|krebszelle*|krebs|metastase*)',
      '(tumor*|krebszelle*|metastase*) ~3 (bekampfen|zerstoren|abtoten|vernichten|besiegen)',
      // Class: a chronic disease removed, stopped or ended, and a product sold as its solution
      // ("das Parodontose entfernt", "Lösung für Corona", "Nie wieder Migräne") — de-7, also de-3/de-5.
      '@removal-verb ~4 @chronic',
      '@chronic ~4 @removal-verb',
      '(losung*|antwort|rezept|geheimwaffe|waffe|heilmittel|ausweg) (fur|gegen|bei|auf) ~2 @chronic',
      '(nie|niemals) (wieder|mehr) ~2 @chronic',
      // Round 10, from a general vocabulary: any complaint cured away or reversed ("vertreibt Erkältungen",
      // "kuriert Blasenentzündungen", "Diabetes rückgängig machen"). Declared gone is a result promise: hwg-guarantee.
      '(schluss|adieu|tschuss) (mit|) ~2 @chronic',
      '@cure-verb ~4 @disease',
      '@disease ~4 (ruckgangig|umkehren|umkehrbar|reversibel)',
    ],
    // What a dentist or surgeon does remove in a disease ("bei Parodontitis entfernen wir die Beläge"),
    // and a disease as the effect of a trigger ("Käse löst Migräne aus").
    allow: [
      '@removal-verb ~3 (belag*|belage|zahnstein|konkrement*|biofilm|bakterien|keime|gewebe|zahn|zahne|polyp*|zyste*|warze*)',
      '(lost|losen|gelost|auflosen) ~5 @chronic ~2 aus',
      '@disease ~6 @course-hedge',
      // A question ("Ist Diabetes reversibel?") asks, it does not claim.
      '(ist|sind|kann|konnen) (man|) ~2 @disease ~3 (ruckgangig|umkehren|umkehrbar|reversibel)',
    ],
    negation: { window: 3, after: 2 },
    // "Ein Mittel gegen Alzheimer gibt es bisher nicht": the absence of a cure is information.
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*', '(gibt|existiert|existieren) ~4 (kein*|nicht)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const misleadingHealingDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Tinnitus ist mit unserer Klangtherapie heilbar.', context: { product: 'medical-service' } },
      'Dieses Gerät heilt Arthrose in zwei Wochen.',
      'Unsere Kapseln heilen Migräne.',
      { text: 'Sanfte Heilung aus der Natur: unsere Bachblüten-Mischung bei Prüfungsangst.', context: { product: 'other' } },
      { text: 'Heilung mit Heilpflanzen statt Tabletten.', context: { product: 'medical-service' } },
      { text: 'Unser Haarserum bekämpft die Hauptursache von Haarausfall.', context: { product: 'other' } },
      { text: 'Endlich beschwerdefrei durch die neue Frequenztherapie!', context: { product: 'medical-service' } },
      { text: 'Das Vitalset unterstützt Ihren Körper im Kampf gegen Rheuma.', context: { product: 'other' } },
      // Class of de-7: a chronic disease removed or ended, a product as its solution.
      { text: 'Unser Kräuterelixier kuriert Gicht ganz natürlich.', context: { product: 'supplement' } },
      { text: 'Mit der Lichtdusche verschwindet Ihre Schuppenflechte.', context: { product: 'medical-device' } },
      { text: 'Die Aminosäure-Infusion stoppt Alzheimer im Frühstadium.', context: { product: 'medical-service' } },
      { text: 'Die Antwort auf Heuschnupfen: unser Nasenstift mit Schwarzkümmel.', context: { product: 'other' } },
      { text: 'Nie wieder Tinnitus – dank Akupressur-Armband.', context: { product: 'medical-device' } },
      { text: 'Die Vitalpilz-Kur eliminiert Neurodermitis von innen.', context: { product: 'supplement' } },
      { text: 'Schluss mit Cellulite: das Vakuum-Massagegerät für zu Hause.', context: { product: 'medical-device' } },
      // Round 10: cure verbs and reversal with any complaint (@cure-verb, @disease).
      { text: 'Das Holunder-Spray vertreibt Erkältungen im Handumdrehen.', context: { product: 'other' } },
      { text: 'Unsere Moor-Packung kuriert Blasenentzündungen ohne Antibiotika.', context: { product: 'medical-device' } },
      { text: 'Mit der Fastenkur Diabetes rückgängig machen.', context: { product: 'medical-service' } },
      { text: 'Das Infrarot-Pad bezwingt Nackenschmerzen.', context: { product: 'medical-device' } },
      { text: 'Kolloidales Gold verbannt Sodbrennen für immer.', context: { product: 'other' } },
      { text: 'Die Basenkur tilgt Blähungen und Völlegefühl.', context: { product: 'supplement' } },
      { text: 'Arthrose umkehren: das Gelenk-Programm unserer Praxis.', context: { product: 'medical-service' } },
    ],
    valid: [
      { text: 'Arthrose ist nicht heilbar, aber gut behandelbar.', context: { product: 'medical-service' } },
      'Es heiltäglich? Nein: Das Wort steht hier nur als Teil eines anderen.',
      'Die Wunde ist gut verheilt.',
      'Das Gel heilt nicht, es kühlt nur.',
      { text: 'Für eine gute Heilung nach der Zahnentfernung bitte drei Tage nicht rauchen.', context: { product: 'medical-service' } },
      { text: 'Die Heilung dauert nach dem Eingriff etwa zwei Wochen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Rauchen ist die Hauptursache von Lungenkrebs; wir beraten Sie zum Rauchstopp.', context: { product: 'medical-service' } },
      'Nach § 3 HWG ist es irreführend zu behaupten, ein Mittel heile Krankheiten, wenn es das nicht tut.',
      // Near misses of the de-7 class: what a dentist removes, a trigger, no cure exists, the law quoted.
      { text: 'Bei Parodontitis entfernen wir die bakteriellen Beläge unter dem Zahnfleisch.', context: { product: 'medical-service' } },
      { text: 'Bestimmte Lebensmittel lösen bei manchen Menschen Migräne aus.', context: { product: 'medical-service' } },
      { text: 'Ein Mittel, das Alzheimer stoppt, gibt es bis heute nicht.', context: { product: 'medical-service' } },
      { text: 'Es ist nach dem Heilmittelwerbegesetz unzulässig zu behaupten, ein Präparat beseitige Rheuma.', context: { product: 'other' } },
      { text: 'Wir entfernen störende Warzen bei Diabetes-Patienten besonders vorsichtig.', context: { product: 'medical-service' } },
      // Near misses of round 10: a usual course, no such remedy, negation, a question.
      { text: 'Meist vertreibt das Immunsystem eine Erkältung von selbst.', context: { product: 'medical-service' } },
      { text: 'Ein Mittel, das Sodbrennen dauerhaft verbannt, gibt es nicht.', context: { product: 'other' } },
      { text: 'Nicht jede Arthrose ist umkehrbar; wir lindern die Beschwerden.', context: { product: 'medical-service' } },
      { text: 'Bei Kindern verschwindet Neurodermitis oft in der Pubertät.', context: { product: 'medical-service' } },
      { text: 'Ist Diabetes Typ 2 reversibel? Darüber spricht unsere Diabetologin im Vortrag.', context: { product: 'medical-service' } },
    ],
  },
};
