import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, mbo } from '../basis.js';

/** Suggesting health will suffer without the product or treatment (§ 11 Abs. 1 S. 1 Nr. 7 HWG). */
export const fear = defineRule({
  id: 'de/hwg-fear',
  category: 'fear-appeal',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 7', 'mit Werbeaussagen, die nahelegen, dass die Gesundheit durch die Nichtverwendung des Arzneimittels beeinträchtigt oder durch die Verwendung verbessert werden könnte'),
    mbo('§ 27 Abs. 3 Satz 2'),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'spielt* mit (seinem|ihrem|deinem|eurem) leben',
      '(bevor|bis|ehe) es zu spat ist',
      'tickende* zeitbombe*',
      'stille* killer*',
      'riskier* (ihre|deine|seine|eure) (gesundheit|zahne|sehkraft|leben|haut)',
      '(sie|du) (konnten|konntest|riskieren|riskierst) ~2 (erblinden|sterben|verlieren|amputation)',
      '(zahnverlust|erblindung|amputation|herzinfarkt|schlaganfall|lebensgefahr) droht',
      'droht ~3 (zahnverlust|erblindung|amputation|herzinfarkt|schlaganfall|lebensgefahr)',
      'wer ~5 nicht ~4 (riskiert|gefahrdet)',
      '(gesundheit|leben) steht auf dem spiel',
      // Class: a complaint made the cause of a grave disease ("legt die Grundlage für Demenz",
      // "löst Depressionen aus", "können sich Krebs … entwickeln") — de-4, issue 13.
      '@grave-disease ~4 @cause-verb',
      '(grundlage*|nahrboden|ursache) fur ~2 @grave-disease',
      '(kann|konnen|droht|drohen) ~3 (zu|zum|zur|in) ~2 @grave-disease',
      // Class: death or the worst case held up ("kann alles sogar tödlich enden", "im schlimmsten Fall
      // zu Prostatakrebs und Nierenversagen") — de-6.
      '(kann|konnen|konnte|droht|drohen) ~4 todlich* (enden|verlaufen|ausgehen|sein)',
      // Class: harm as the price of waiting ("Wer zu lange wartet, riskiert seine Zähne", "Wenn Sie die
      // Symptome ignorieren, droht …") — de-6.
      '(wer|wenn) ~5 (wartet|warten|zogert|zogern|abwartet|abwarten|aufschiebt|ignoriert|ignorieren) ~5 (riskiert|riskieren|droht|drohen|verliert|verlieren|gefahrdet|gefahrden)',
      'im schlimmsten fall ~4 @grave-disease',
      'schlimmstenfalls ~4 @grave-disease',
      // Class: grave consequences held up without naming a source ("schwerwiegende Folgen wie
      // Demenz", "massive Blockaden für den Körper").
      '(schwerwiegend*|gravierend*|fatal*|ernsthaft*|bedrohlich*|dramatisch*|massive*|verheerend*) (folgen|folgeschaden|auswirkungen|konsequenzen|blockaden|gesundheitsschaden|schaden)',
      // Class: a hidden danger or waiting as the risk ("wird oft völlig unterschätzt", "nicht erkannt …
      // belasten den Körper", "zögern ist keine gute Idee", "nur wenn … rechtzeitig behandelt").
      '(oft|haufig|meist|meistens) ~3 (unterschatzt|unerkannt|ubersehen|verkannt)',
      'nicht erkannt ~8 (belast*|schad*|streu*|gefahr*|verhindern)',
      '(zogern|abwarten|warten|aufschieben|hinauszogern) ~4 (idee|gefahrlich|riskant|fatal|fehler)',
      'nur wenn ~6 rechtzeitig',
      '(unterschatzt*|unerkannt*|verkannt*) ~2 (risiko|gefahr|ursache|risikofaktor|gesundheitsrisiko)',
      // Class: each year of waiting costs more ("Mit jedem weiteren Jahr kann es zu weiterem Knochenabbau kommen").
      'mit jedem ~1 (jahr|monat|tag|woche) ~8 (abbau*|knochenabbau|verlust|schlimmer|verschlechter*|schwieriger|fortschreit*)',
      '(verhindern|verhindert|blockieren|blockiert|behindern) ~3 (eine|die) ~1 (genesung|heilung)',
      // Class: harm if the reader goes without the product (§ 11 Abs. 1 Nr. 7).
      'ohne ~3 (riskier*|droht|drohen|gefahrd*)',
      // Class: a prevalence hook aimed at the reader's own group ("Fast jeder zweite Mann ab 60",
      // "Jeder dritte Erwachsene hat Parodontitis") — de, de-7: the reader is made to feel one of the
      // affected. A share without a group or an age ("jeder zweite Fall") is not matched.
      '(jeder|jede) (zweite|dritte|vierte|funfte|zehnte) (mann|frau|erwachsene|deutsche|mensch|senior|seniorin|raucher|raucherin|diabetiker|diabetikerin) ~3 (ab|uber|nach|hat|haben|leidet|erkrankt|bekommt|ist|betroffen)',
    ],
    // Nothing lost by waiting ("verlieren Sie keine Zeit", "riskieren nichts") threatens nothing.
    allow: ['(verlieren|verliert|riskieren|riskiert|droht|drohen|gefahrden|gefahrdet) ~2 (keine|keinen|nichts|kein)'],
    unlessSentence: ['(impfung|impfen|impfaktion|schutzimpfung)', '112'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const fearDocs: RuleDocs = {
  note: 'The pre-2012 ban on ads that arouse fear (old Nr. 7) was repealed; current Nr. 7 covers drugs and, via § 11 Abs. 1 S. 2, medical devices. For treatments by doctors the basis is § 27 MBO-Ä (anpreisend); application of Nr. 7 to treatments is UNVERIFIED. Vaccination campaigns are exempt.',
  examples: {
    invalid: [
      // Classes of de-4: a complaint made the cause of a grave disease, grave consequences, a danger "oft unterschätzt".
      { text: 'Unbehandelte Parodontitis kann zu Herzinfarkt und Schlaganfall führen – lassen Sie es nicht so weit kommen.', context: { product: 'medical-service' } },
      { text: 'Schnarchen wird häufig unterschätzt und legt den Grundstein für Bluthochdruck.', context: { product: 'medical-service' } },
      // Class of de-5: poisoning held up as the threat.
      { text: 'Alte Füllungen geben Quecksilber ab, das zu einer chronischen Vergiftung führen kann.', context: { product: 'medical-service' } },
      { text: 'Wer bei ersten Hörproblemen abwartet, riskiert schwerwiegende Folgen für das Gehirn.', context: { product: 'medical-device' } },
      { text: 'Mit jedem Monat ohne Zahnspange wird die Fehlstellung schlimmer.', context: { product: 'medical-service' } },
      { text: 'Schwerhörigkeit ist ein unterschätztes Risiko – für Ihr Gehirn und Ihre Beziehungen.', context: { product: 'medical-device' } },
      // Class: harm if the reader goes without the product (issue 13).
      { text: 'Ohne regelmäßige Vorsorge riskieren Sie Ihre Sehkraft.', context: { product: 'medical-service' } },
      { text: 'Ohne Zahnseide droht Parodontitis – und mit ihr der Zahnverlust.', context: { product: 'other' } },
      { text: 'Wer ohne Nahrungsergänzung lebt, gefährdet seine Knochen.', context: { product: 'supplement' } },
      { text: 'Wer seine Leberflecken nicht jedes Jahr checken lässt, spielt mit seinem Leben.', context: { product: 'medical-service' } },
      { text: 'Parodontitis ist eine tickende Zeitbombe – ohne Behandlung droht Zahnverlust.', context: { product: 'medical-service' } },
      { text: 'Handeln Sie, bevor es zu spät ist: Venen-Check jetzt!', context: { product: 'medical-device' } },
      // Class of de-6: death or the worst case held up.
      { text: 'Eine verschleppte Erkältung kann zum Tod führen – stärken Sie jetzt Ihr Immunsystem.', context: { product: 'supplement' } },
      { text: 'Unbehandelte Krampfadern können tödlich enden. Unsere Venenkapseln schützen Sie.', context: { product: 'supplement' } },
      { text: 'Im schlimmsten Fall drohen Herzinfarkt und Nierenversagen – handeln Sie, bevor es ernst wird.', context: { product: 'supplement' } },
      { text: 'Wer bei Hörverlust zu lange wartet, riskiert geistigen Abbau. Jetzt Hörgerät testen!', context: { product: 'medical-device' } },
      { text: 'Wenn Sie die ersten Anzeichen ignorieren, drohen bleibende Schäden – bestellen Sie heute.', context: { product: 'supplement' } },
      // Class of de-7: a prevalence hook aimed at the reader's group.
      { text: 'Jede dritte Frau über 50 bekommt Osteoporose – wann lassen Sie messen?', context: { product: 'medical-service' } },
      { text: 'Jeder vierte Raucher erkrankt an COPD.', context: { product: 'medical-service' } },
      { text: 'Beinahe jeder fünfte Deutsche leidet an Tinnitus.', context: { product: 'medical-device' } },
      { text: 'Jede zehnte Diabetikerin ist von Nervenschäden betroffen.', context: { product: 'supplement' } },
      { text: 'Fast jeder zweite Senior ab 70 hört schlecht.', context: { product: 'medical-device' } },
      { text: 'Jeder dritte Mensch hat Krampfadern – Sie auch?', context: { product: 'medical-service' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Eine Vergiftung durch Amalgamfüllungen ist wissenschaftlich nicht belegt; intakte Füllungen tauschen wir nicht aus.', context: { product: 'medical-service' } },
      { text: 'Bei Verdacht auf eine Vergiftung rufen Sie den Giftnotruf an.', context: { product: 'medical-service' } },
      { text: 'Rauchen erhöht das Risiko für Lungenkrebs; unser Rauchfrei-Kurs unterstützt Sie beim Aufhören.', context: { product: 'medical-service' } },
      { text: 'Die Früherkennungsuntersuchung ist ab 35 alle drei Jahre eine Kassenleistung.', context: { product: 'medical-service' } },
      { text: 'Demenz ist eine Erkrankung, bei der das Gedächtnis nachlässt.', context: { product: 'medical-service' } },
      { text: 'Ohne Termin können Sie zur offenen Sprechstunde kommen.', context: { product: 'medical-service' } },
      { text: 'Ohne Überweisung ist ein Besuch beim Facharzt möglich.', context: { product: 'medical-service' } },
      'Angst vor der Spritze? Sprechen Sie uns an – wir nehmen uns Zeit.',
      'Bei Brustschmerz und Atemnot sofort die 112 anrufen: Es droht ein Herzinfarkt.',
      'Die Grippeimpfung schützt: Wer sich nicht impfen lässt, riskiert seine Gesundheit und die anderer.',
      // Near misses of the de-6 class: emergency advice, a treatment that may not work.
      { text: 'Eine Sepsis kann tödlich enden – rufen Sie im Notfall sofort 112.', context: { product: 'medical-service' } },
      { text: 'Die Behandlung bleibt im schlimmsten Fall wirkungslos; Risiken besprechen wir vorab.', context: { product: 'medical-service' } },
      { text: 'Wenn Sie auf den Termin warten, können Sie die Wartezeit im Café nebenan verbringen.', context: { product: 'medical-service' } },
      { text: 'Wenn Sie auf Ihr Laborergebnis warten, verlieren Sie keine Zeit: wir rufen Sie an.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: a share of cases, a count of staff, a share of appointments.
      { text: 'In jedem zweiten Fall heilt die Sehnenreizung ohne Operation aus.', context: { product: 'medical-service' } },
      { text: 'Jeder zweite Termin ist bei uns am Vormittag.', context: { product: 'medical-service' } },
      { text: 'Jede dritte Woche ist die Praxis samstags geöffnet.', context: { product: 'medical-service' } },
      { text: 'Jeder zweite Mann, der zu uns kommt, fragt nach dem Parkplatz.', context: { product: 'medical-service' } },
    ],
  },
};
