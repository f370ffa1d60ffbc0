import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hwg3, hwg3Devices, mbo, mdr7 } from '../basis.js';
import { ABSOLUTE, alt, PERMANENCE, RESULT_NOUNS, RESULT_STATES, SAFETY_WORDS, TIME_UNITS } from '../lexicon.js';

const TIME = alt(TIME_UNITS);
const STATE = alt(RESULT_STATES);

/** Promises that success is certain, fast or permanent (§ 3 S. 2 Nr. 2 lit. a HWG). */
export const guarantee = defineRule({
  id: 'de/hwg-guarantee',
  category: 'guarantee',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 2 lit. a', 'wenn fälschlich der Eindruck erweckt wird, daß ein Erfolg mit Sicherheit erwartet werden kann'),
    hwg3Devices('§ 3 Satz 2 Nr. 2 lit. a'),
    ...mdr7('lit. b'),
    mbo('§ 27 Abs. 3 Satz 2'),
    caseLaw('OLG Frankfurt a. M., 6 U 219/19 („perfekte Zähne“)', 'https://onlineurteile.de/urteil/perfekte-zaehne'),
  ],
  match: {
    patterns: [
      'garantiert*',
      'garantier(e|en|t)',
      '(erfolgs|ergebnis|zufriedenheits|wirkungs|heilungs|resultat|wirk)garantie*',
      'geld zuruck garantie*',
      'garantie (auf|fur) (den|ihren|deinen|das) (erfolg|ergebnis|resultat)',
      're:100\\s?(?:%|prozent)\\s*(?:wirksam\\p{L}*|erfolg\\p{L}*|zufrieden\\p{L}*|sicher|effektiv\\p{L}*|wirkung|gultig\\p{L}*|zuverlassig\\p{L}*)',
      '(sicherer|sicheren) erfolg',
      'erfolg ~2 sicher',
      // Round 10, from a general vocabulary: any complaint declared gone for the reader ("Rückenschmerzen
      // ade", "Ihre Akne ist Geschichte", "befreit Sie von Reizhusten", "werden Sie Ihr Sodbrennen los").
      // A patient's own "meine Migräne ist weg" is a testimonial (allow below).
      // Right after the complaint only the farewells: "Schmerzen weg?" also opens an aftercare question.
      '@disease (ade|adieu|tschuss|goodbye|lebewohl|passe)',
      '@disease wie weggeblasen',
      '@disease ~2 (ist|sind|war|waren|gehort|gehoren|bleibt|bleiben) ~2 @gone-word',
      '(ihr|ihre|ihren|dein|deine|deinen|eure|euer) ~1 @disease ~4 (verschwindet|verschwinden|verfliegt|verfliegen)',
      '(ist|sind) (ihr|ihre|dein|deine|eure|euer) ~1 @disease ~2 @gone-word',
      '(ist|sind|wird|werden|gehort|gehoren) ~2 @disease ~2 (geschichte|vergangenheit|passe)',
      '(befreit|befreien|erlost|erlosen) (sie|dich|euch|) ~2 (von|vom) ~3 @disease',
      '(endlich|dauerhaft|immer) (frei|befreit) (von|vom) ~2 @disease',
      '(von|vom) ~3 @disease ~2 (befreit|erlost)',
      '(werden|wirst|werdet) (sie|du|ihr) ~4 @disease ~1 los',
      'erfolg mit sicherheit',
      'wirkt (immer|sofort|zuverlassig)',
      'in jedem fall (wirksam|erfolgreich)',
      'hilft (immer|garantiert|jedem)',
      'nie wieder',
      'fur immer (weg|glatt|frei|schon|schmerzfrei|verschwunden)',
      'dauerhaft (weg|frei|glatt|verschwunden|beseitigt|schmerzfrei)',
      // The promised state reached at last, also as a person ("Endlich Nichtraucher", "endlich schlank") — de-7.
      'endlich (nichtraucher*|schlank*|gesund|fit|straff*|glatt*|narbenfrei*|rauchfrei|schmerzfrei|beschwerdefrei|symptomfrei|faltenfrei)',
      'perfekt* (zahne|lippen|nase|ergebnis*|figur|haut|lacheln|brust|busen|po)',
      'makellos*',
      '(lacheln|zahne|nase|lippen|ergebnis|resultat|haut|figur) ~2 (ist|sind|wird|werden) ~1 perfekt*',
      'traumfigur',
      'wunschgewicht',
      're:(?:in|nach|innerhalb)\\s+(?:von\\s+)?nur\\s+(?:\\d+|ein\\p{L}*|zwei|drei|vier|funf|sechs|sieben|acht|zehn)\\s+(?:sitzung|behandlung|tag|woche|monat|minute|stunde|anwendung)\\p{L}*',
      're:nach\\s+(?:nur\\s+)?(?:\\d+|ein\\p{L}*|zwei|drei|vier|funf)\\s+(?:sitzung|behandlung|anwendung|woche|tag)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:\\p{L}+frei|weg|verschwunden|glatt|straff)(?![\\p{L}\\p{N}])',
      'schon nach ~1 (einer|1|ersten) (sitzung|behandlung|anwendung)',
      'in kurzester zeit',
      '(risiko|risiken|nebenwirkungen|komplikationen) ~1 ausgeschlossen',
      '@risk ~4 (ist|sind|bleibt|bleiben|wird|werden) ~3 ausgeschlossen',
      // Class: permanence ("ein Leben lang", "dauerhaft", "lang anhaltend", "Investition fürs Leben").
      alt(PERMANENCE),
      'lang anhaltend*',
      'ein leben lang',
      'auf dauer',
      'fur immer',
      'fur alle zeit*',
      'furs leben',
      'fur das ~1 leben',
      // Class: safety or painlessness made absolute ("völlig schmerzfrei", "harmlos und unschädlich").
      `${alt(ABSOLUTE)} ${alt(SAFETY_WORDS)}`,
      'harmlos und unschadlich',
      'unschadlich',
      '(allergi*|nebenwirkung*|komplikation*|reaktion*|entzundung*) ~2 ausschliess*',
      // Class: a result promised within a time span ("glatte Stirn in 10 Minuten", "in 20 Minuten wieder fit").
      `(in|nach|innerhalb) ~2 ${TIME} ~4 ${STATE}`,
      `${STATE} ~3 (in|nach|innerhalb) ~2 ${TIME}`,
      '(reicht|genugt) ~2 (eine|einzige|1) (behandlung|sitzung|anwendung)',
      '(keine|nie) ~2 (einschrankungen|beschwerden|probleme) ~3 mehr',
      // Class: success that is certain or paid only on success.
      '(zahlen|bezahlen|zahlst|zahlt) ~2 nur bei erfolg',
      'mit garantie',
      '(wirkt|hilft|bekampft|schutzt|lindert|bekampfen|wirken|helfen|erkennt|erkennen|entdeckt) ~3 zuverlassig',
      'zuverlassig* (schutz|wirkung|hilfe|wirksam*)',
      '(vollstandig|komplett|ganz|restlos|spurlos|endgultig) (verschwinden|verschwunden|verschwindet|weg|beseitigt|geglattet)',
      // Class: a result promised for the moment itself ("sofort straffer", "strahlt sofort nach der
      // Behandlung", "sofort gesellschaftsfähig", "Soforteffekt") — de-4 (issue 13).
      '@immediacy ~3 @result-state',
      '@result-state ~3 @immediacy',
      '@instant-effect',
      '(schon|bereits) am (nachsten|folgenden) tag ~4 wieder',
      '(direkt|gleich|unmittelbar) nach (der|dem) ~1 (behandlung|termin|sitzung|eingriff|anwendung|injektion) ~4 @result-state',
      // Class: a result within a span, made certain by "schon/bereits" ("Schon nach wenigen Tagen
      // deutliche Besserung", "bereits nach einer Sitzung sichtbare Erfolge").
      '(schon|bereits) #time-span ~6 @result-noun',
      '(schon|bereits) (nach|in) (wenigen|kurzer|kurzen) (tagen|wochen|sitzungen|behandlungen|zeit) ~6 @result-noun',
      '@result-noun ~4 (schon|bereits) (nach|in) (wenigen|kurzer|kurzen|einer|einem|der)',
      // Class: long-term or lasting results promised ("langfristige Ergebnisse", "nachhaltig behandelt").
      'langfristig* ~1 @result-noun',
      'nachhaltig ~2 (behandelt|beseitigt|geheilt|gelost|entfernt|therapiert|befreit)',
      // Class: risk or harm brought to nothing ("Risiko … auf Null reduziert", "Folgen … bleiben aus",
      // "diese Angst ist unbegründet", "ganz ohne Ausfallzeit").
      '(risiko|risiken|gefahr) ~6 (auf|gleich|bei) null',
      '*risiko ~6 (auf|gleich|bei) null',
      '(folgen|komplikation*|nebenwirkung*|beschwerden|schmerzen|schaden) ~5 bleiben ~1 aus',
      '(angst|sorge|bedenken|befurchtung*) ~8 (unbegrundet|uberflussig|unnotig)',
      '(ganz|vollig|komplett|absolut) ohne ~3 @risk',
      '(verhindert|verhindern|vermeidet|vermeiden|ausgeschlossen) ~3 (mogliche|jegliche|alle|samtliche) @risk',
      '(bleibt|bleiben) (vollstandig|vollkommen|garantiert|immer|stets) erhalten',
      // Class: every complaint or every patient healed ("alle Beschwerden therapierbar", "jeden von
      // ihnen in kurzer Zeit wieder fit").
      '@universal ~2 @complaint-range ~6 (therapierbar|heilbar|behandelbar|losbar|geheilt)',
      '(therapierbar|heilbar|behandelbar) ~3 @universal',
      // Class: an effect that "really works" or that makes complaints go ("Mittel, die auch funktionieren",
      // "bewirkt, dass Symptome beseitigt werden", "bereits nach einer Woche stoppte der Haarausfall").
      // A patient's own "meine Schmerzen sind weg" is a testimonial, not the advertiser's promise.
      '(mittel|produkt*|methode*|behandlung*|tipps|therapie*|kapseln|tropfen) ~3 (die|das|der) (auch|wirklich|tatsachlich|garantiert|immer) (funktionier*|wirkt|wirken|hilft|helfen)',
      '(bewirkt|bewirken|fuhrt|sorgt) ~2 dass ~8 (beseitigt|verschwind*|geheilt|weg|aufhoren|aufhort)',
      '(schon|bereits) #time-span (stoppte|stoppten|verschwand|verschwanden|endete|endeten|horte|horten|war|waren)',
      '(ihre|deine|eure) @complaint-range ~2 (therapierbar|heilbar|losbar)',
      '(daraus|dadurch|damit) (resultiert|resultieren|ergibt|ergeben|folgt) ~4 (bessere|verlangerte|hohere|langere|gesteigerte)',
      '(jeden|jede|jedem|alle|allen) (von|unserer|patient*|patientinnen) ~6 (wieder|geheilt|geholfen|beschwerdefrei|schmerzfrei)',
      'in ~1 kurzer zeit ~4 wieder',
      '(gelingt|gelinge|gelingen|klappt|funktioniert) (optimal|immer|garantiert|sicher|zuverlassig)',
      // Class: a concrete measurement promised after one session ("2-5 cm weniger Umfang nach der ersten Behandlung").
      '#number (cm|zentimeter|kilo|kg|pfund|kleidergrosse*) (weniger|verlust|abnahme) ~4 #time-span',
      // Class: a state or a healed complaint reached within a span of time or sessions ("Rauchfrei in
      // einer Stunde", "nach 1–2 Tagen deutlich gebessert", "vertrocknet nach 2–3 Tagen") — de-5.
      // Side effects that subside within days are aftercare, not a promise (allow below).
      '@result-state ~3 #time-span',
      // Written from the span's opening word, not from #time-span, so the prefilter can skip texts without it.
      `(nach|in|innerhalb|binnen) ~3 ${TIME} ~1 (deutlich|spurbar|merklich|wesentlich|sichtbar|erheblich) (gebessert|verbessert|gelindert|besser|reduziert|zuruckgegangen)`,
      '(vertrocknet|vertrocknen|abgeheilt|verheilt|verschwindet|verschwinden|abgeklungen) ~3 #time-span',
      '(heilt|heilen|klingt|klingen) ab ~3 #time-span',
      `(nach|in|innerhalb|binnen) ~3 ${TIME} ~4 (vertrocknet|abgeheilt|verheilt|abgeklungen|verschwunden)`,
      // Class: a result in the present moment as an adjective ("sofort sichtbare Ergebnisse", "sofortige Linderung") — de-5.
      '(sofortig*|augenblicklich*) @result-noun',
      '@immediacy (sichtbar*|spurbar*|messbar*) @result-noun',
      // Class: a disease stopped outright ("Unser Ansatz stoppt Parodontitis") — de-5.
      '(stoppt|stoppen|stoppte|stoppten) ~3 @disease',
      // Class: a harm said not to arise at all ("da keine allergische Reaktion entstehen kann",
      // "es werden keine Narben hinterlassen") — de-5. A purpose or condition ("damit keine
      // Komplikationen auftreten") is aftercare advice (allow below).
      '(keine|keinerlei) ~2 @risk ~5 (entstehen|entsteht|auftreten|auftritt|hinterlassen|hinterlasst|zuruckbleiben|zuruckbleibt|befurchten)',
      '(hinterlasst|hinterlassen|verursacht|verursachen|entstehen|entsteht|bleiben|bleibt) ~2 (keine|keinerlei) @risk',
      // Class: a weight or girth lost within a span, in digits or words ("7 Pfund in einer Woche",
      // "Fünf Pfund in sieben Tagen verlieren", "in 7 Tagen 5 Kilo") — de-6.
      '#number @weight-unit ~3 #time-span',
      '@amount-word @weight-unit ~3 #time-span',
      '#time-span ~3 #number @weight-unit',
      '#time-span ~3 @amount-word @weight-unit',
      // Class: a speed word with an effect, a result or a complaint ("in Minutenschnelle von Schmerzen
      // befreit", "in Sekundenschnelle natürliche Linderung", "schnell und sicher heilen") — de-6.
      '@speed ~6 @effect-verb',
      '@effect-verb ~4 @speed',
      '@speed ~4 @result-noun',
      // Class: a look promised within a span ("Gerade Zähne in 4 bis 9 Monaten", "in 6 Wochen zur
      // straffen Haut") — de-6.
      '@look-adjective @look-noun ~3 #time-span',
      '#time-span ~3 @look-adjective @look-noun',
      // Class: a visible or felt result "schon" after a span ("oft schon nach 4-6 Sitzungen … deutlich
      // sichtbar") — de-6. Without "schon/bereits" it is information on when a result shows (allow).
      '(schon|bereits) #time-span ~8 (sichtbar*|spurbar*|messbar*)',
      // Class: the clinic promises the result ("Wir sorgen für Ihr strahlendstes Lächeln").
      `(sorgen|sorgt|verhelfen|verhilft|garantieren) ~3 (fur|zu) ~3 ${alt(RESULT_NOUNS)}`,
      // Class: the outcome promised in other words (de-7, also de-2/de-5): a guarantee on a biological
      // outcome ("Garantie auf das Anwachsen der Haarfollikel"; a warranty on a device or a denture
      // is allowed above), no pain at all ("KEINERLEI Art von Schmerz empfinden", "nicht
      // schmerzhaft"), freedom from a complaint ("Frei von Rücken-, Kopf- und … Verspannungsschmerzen"),
      // a quick return to health ("damit Sie schnell wieder gesund werden").
      'garantie (auf|fur) ~3 (anwachsen|einheilen|einheilung|anwachsrate|heilung|wirkung|wachstum|erfolg|ergebnis|resultat|haarwachstum|dichte)',
      '(keine|keinerlei) ~3 (schmerz|schmerzen) ~2 (empfinden|spuren|verspuren|fuhlen|haben|merken)',
      '(nicht|keineswegs|niemals|nie|vollig|absolut) (schmerzhaft|unangenehm)',
      'frei von ~5 (schmerz*|beschwerden|symptomen|leiden)',
      'frei von ~5 *schmerzen',
      'frei von ~5 *beschwerden',
      '(schnell|rasch|bald|zugig|sofort) wieder (gesund|fit|schmerzfrei|beschwerdefrei|mobil|belastbar|arbeitsfahig)',
      '(schnell|rasch|bald|zugig|sofort) wieder auf (den|die) beine*',
      // A question on safety or outcome answered with an unqualified yes ("Ist die Behandlung sicher?
      // … Absolut.", "Sieht das Ergebnis natürlich aus? … Absolut!") — de-4, de-5.
      're:(?:sicher|naturlich|wirksam|dauerhaft|schmerzfrei|schmerzlos|erfolgreich|effektiv|gefahrlos)(?: aus)? ?\\?[\\s….]{0,8}(?:ja,? )?(?:absolut|selbstverstandlich|auf jeden fall|definitiv|ganz sicher|garantiert)(?![\\p{L}])',
    ],
    allow: [
      // A risk said not to be excluded is the honest hedge (the engine's negation looks before a match, not inside it).
      '(nicht|nie|kaum|niemals) ~2 ausgeschlossen',
      '(hersteller|geräte|jahre|jahres|monate|garantie) garantie*',
      'garantie ~3 (gerat*|geraet*|akku*|motor*|verarbeitung|material*)',
      '(datenschutz|diskretion|vertraulichkeit|termin) ~1 garantiert',
      'termingarantie*',
      'garantier* ~4 (termin*|ruckruf*|antwort*|diskretion|datenschutz|vertraulichkeit|parkplatz*)',
      '(termin*|ruckruf*|diskretion|datenschutz) ~3 garantiert',
      // Side effects subsiding within days, and advice meant to avoid a harm, promise no outcome.
      '(schwellung*|rotung*|bluterguss*|blutergusse|hamatom*|flecken|juckreiz|spannungsgefuhl|wundschmerz*|druckgefuhl|kribbeln|verfarbung*) ~8 #time-span',
      '(damit|um|sodass|wenn|falls|sofern|bitte|vermeiden|solange) ~3 (keine|keinerlei)',
      // Aftercare: when an activity may be resumed ("Nach 3 Tagen dürfen Sie wieder Sport treiben",
      // "nach einer Woche können Sie wieder arbeiten") is an instruction, not a promised result.
      '(durfen|darf|sollten|sollte|sollen|sollst|durfst) (sie|du|ihr|man) ~2 wieder',
      'wieder (sport|sauna|schwimmen|duschen|baden|trainieren|joggen|arbeiten|schminken|autofahren|fliegen|solarium|kontaktlinsen|rauchen|alkohol|fitnessstudio)',
      // The usual course, hedged ("in der Regel nach 2 Tagen wieder arbeitsfähig"), is information on
      // downtime, not a result promised as certain. "oft schon nach …" stays a promise (KG Berlin 5 U 20/14).
      'in der regel ~2 #time-span',
      '(meist|meistens|normalerweise|ublicherweise|gewohnlich|durchschnittlich|erfahrungsgemass) ~2 #time-span',
      // A safe pace of weight loss is advice ("nicht mehr als 1 kg pro Woche").
      '(maximal|hochstens|hoechstens) #number @weight-unit',
      'nicht mehr als #number @weight-unit',
      // When a result shows is information ("ist nach 14 Tagen voll sichtbar").
      '(sichtbar|spurbar) #time-span',
      // A wish, a condition for aftercare ("Sobald Sie frei von Beschwerden sind, …") and a hedge
      // ("in der Regel nicht schmerzhaft") promise nothing.
      '(wunsch*|hoffe*) ~6 (bald|schnell|rasch) wieder',
      '(wenn|sobald|falls|sofern|seit|solange|bis) ~4 frei von',
      'in der regel (nicht|keineswegs) (schmerzhaft|unangenehm)',
      '(mein|meine|meinen|meiner) @disease',
      '(ob|wann|falls|wenn|sobald|bis|bevor) ~3 @disease',
      '@disease ~6 @course-hedge',
      '(meist*|normalerweise|oft|weitgehend|kaum) ~2 (nicht|keineswegs) (schmerzhaft|unangenehm)',
    ],
    negation: { window: 4, after: 3 },
    // A cancellation policy ("innerhalb von 24 Stunden abgesagt … berechnet") promises nothing.
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*', 'mit sicherheit erwartet', '(voraussetzung*|vorraussetzung*)', '(abgesagt|absagen|abzusagen|absage*|storniert|stornier*|ausfallhonorar*|ausfallgebuhr*)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const guaranteeDocs: RuleDocs = {
  examples: {
    invalid: [
      // Classes of de-4: immediacy, "schon nach …" with a result, lasting results, risk to nothing, your complaints curable, every patient healed.
      { text: 'Nach der Unterspritzung wirken Ihre Lippen sofort voller.', context: { product: 'aesthetic-surgery' } },
      { text: 'Das Sofortergebnis: eine glattere Stirn, ohne dass es jemand merkt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Bereits nach zwei Sitzungen spüren Sie eine deutliche Linderung.', context: { product: 'medical-service' } },
      { text: 'Unsere Patienten erzielen langfristige Erfolge ohne Jo-Jo-Effekt.', context: { product: 'medical-service' } },
      { text: 'Das Infektionsrisiko liegt bei unserer Methode praktisch bei null.', context: { product: 'medical-service' } },
      { text: 'Mit unserer Methode sind Ihre Rückenbeschwerden therapierbar.', context: { product: 'medical-service' } },
      { text: 'Jede unserer Patientinnen war nach kurzer Zeit wieder beschwerdefrei.', context: { product: 'medical-service' } },
      { text: 'Endlich Tropfen, die wirklich helfen – bei Heuschnupfen und Reizhusten.', context: { product: 'medical-device' } },
      { text: 'Direkt nach dem Termin sehen Sie frischer und erholter aus.', context: { product: 'aesthetic-surgery' } },
      { text: 'Sie sind bereits am nächsten Tag wieder voll einsatzfähig.', context: { product: 'medical-service' } },
      // A contrast ends the negation's reach (pack negationBreaks): the claim after "aber"/"sondern" stands.
      { text: 'Eine OP ist nicht nötig, aber Ihre Haut ist sofort straffer.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nicht nur schmerzfrei, sondern auch dauerhaft glatt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Eine Infektion ist bei unserem Verfahren ausgeschlossen.', context: { product: 'medical-service' } },
      { text: 'Die Darmkur bewirkt, dass Blähungen und Müdigkeit dauerhaft verschwinden.', context: { product: 'other' } },
      { text: 'Schon nach drei Tagen verschwanden die Pickel fast vollständig.', context: { product: 'medical-device' } },
      { text: 'Mit dem Laser für alle Zeit faltenfrei.', context: { product: 'medical-service' } },
      // Classes: permanence, absolute safety or painlessness, a result within a time span, pay-on-success (issue 13).
      { text: 'Nach nur zwei Wochen strahlend weiße Zähne – versprochen.', context: { product: 'medical-service' } },
      { text: 'Die Wirkung unserer Laser-Therapie hält ein Leben lang.', context: { product: 'medical-service' } },
      { text: 'Die Wurzelbehandlung bei uns ist absolut schmerzlos.', context: { product: 'medical-service' } },
      { text: 'Sie zahlen nur bei Erfolg!', context: { product: 'medical-service' } },
      { text: 'Schmerzfrei garantiert – oder Geld zurück!', context: { product: 'medical-service' } },
      { text: 'Mit unserer Erfolgsgarantie zum neuen Lächeln.', context: { product: 'medical-service' } },
      { text: 'Das Spray ist 100 % wirksam gegen Schnupfen.', context: { product: 'drug' } },
      { text: 'Gemeinsam Dein Wunschgewicht erreichen.', context: { product: 'drug' } },
      // Classes of de-5: a state or healed complaint within a span, a present-moment result as an
      // adjective, a disease stopped, a harm said not to arise, "100 Prozent" validity.
      { text: 'Mit unserer Lasertherapie endlich nichtraucher in nur einer Sitzung.', context: { product: 'medical-service' } },
      { text: 'Die Lippenbläschen trocknen mit unserem Gel nach zwei Tagen ab und sind nach vier Tagen abgeheilt.', context: { product: 'medical-device' } },
      { text: 'Ihre Rückenschmerzen sind nach 3 Behandlungen spürbar gebessert.', context: { product: 'medical-service' } },
      { text: 'Genießen Sie die sofortige Linderung nach der Stoßwellentherapie.', context: { product: 'medical-service' } },
      { text: 'Unsere Laserbehandlung stoppt den Haarausfall.', context: { product: 'medical-service' } },
      { text: 'Da wir körpereigenes Fett verwenden, können keine Abstoßungsreaktionen oder Unverträglichkeiten entstehen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Das Fadenlifting hinterlässt keinerlei Narben.', context: { product: 'aesthetic-surgery' } },
      { text: 'Da wir ohne Schnitt arbeiten, bleiben keine Narben zurück.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ihr Attest: 100 Prozent gültig bei jedem Arbeitgeber.', context: { product: 'medical-service' } },
      // Classes of de-6: weight lost within a span (digits or words), a speed word with an effect, a
      // look within a span, a visible result "schon" after a span.
      { text: 'Mit unserem Stoffwechsel-Drink purzeln 4 Kilo in zwei Wochen!', context: { product: 'supplement' } },
      { text: 'Drei Kilo in nur zehn Tagen – mit der Kur vom Heilpraktiker.', context: { product: 'medical-service' } },
      { text: 'Die Wärmemaske befreit Ihren Nacken in Sekundenschnelle von Verspannungen.', context: { product: 'medical-device' } },
      { text: 'Das Pflaster lindert Rückenschmerzen in Windeseile.', context: { product: 'medical-device' } },
      { text: 'Straffe Haut in 6 Wochen mit unserem Radiofrequenz-Programm.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Stoßwelle zeigt bereits nach 3 Sitzungen deutlich spürbare Erfolge an der Ferse.', context: { product: 'medical-service' } },
      // Class of de-7: the outcome promised in other words (no corpus row's wording).
      { text: 'Wir geben Garantie auf das Einheilen Ihrer Implantate.', context: { product: 'medical-service' } },
      { text: 'Garantie für dichtes Wachstum der verpflanzten Brauen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Beim Lasern werden Sie keinerlei Brennen oder Schmerzen spüren.', context: { product: 'aesthetic-surgery' } },
      { text: 'Das Ausschälen der Muttermale ist völlig unangenehm? Nein: absolut nicht schmerzhaft.', context: { product: 'medical-service' } },
      { text: 'Endlich frei von Nackenbeschwerden und Schwindel.', context: { product: 'medical-service' } },
      { text: 'Mit unseren Infusionen sind Sie rasch wieder auf den Beinen.', context: { product: 'medical-service' } },
      { text: 'Die Akupunktur-Kur macht Sie zügig wieder fit.', context: { product: 'medical-service' } },
      { text: 'Ist das Peeling schmerzlos? Ja, definitiv.', context: { product: 'aesthetic-surgery' } },
      { text: 'Endlich schlank mit unserem Stoffwechsel-Programm.', context: { product: 'medical-service' } },
      { text: 'Endlich Nichtraucherin – mit nur einer Sitzung.', context: { product: 'medical-service' } },
      // Round 10: any complaint declared gone for the reader (@disease with @gone-word).
      { text: 'Rückenschmerzen ade – mit dem ergonomischen Sitzkissen.', context: { product: 'medical-device' } },
      { text: 'Mit der Lasertherapie ist Ihre Rosazea endlich Geschichte.', context: { product: 'medical-service' } },
      { text: 'Die Kräuterkur befreit Sie von Blähungen und Völlegefühl.', context: { product: 'supplement' } },
      { text: 'Nach der Akupunktur ist Ihr Heuschnupfen wie weggeblasen.', context: { product: 'medical-service' } },
      { text: 'Mit unserem Hypnose-Programm werden Sie Ihre Panikattacken los.', context: { product: 'medical-service' } },
      { text: 'Endlich frei von Nagelpilz – dank Lasertherapie.', context: { product: 'medical-service' } },
      { text: 'Dein Sodbrennen verschwindet mit diesem Basenpulver.', context: { product: 'supplement' } },
      { text: 'Mit unseren Tropfen gehört Sodbrennen der Vergangenheit an.', context: { product: 'supplement' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Ob und wann sich eine Besserung einstellt, ist von Patient zu Patient verschieden.', context: { product: 'medical-service' } },
      { text: 'Das Ergebnis ist nicht sofort sichtbar; die volle Wirkung zeigt sich meist nach zwei Wochen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Komplikationen sind selten, aber nicht ausgeschlossen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Rufen Sie uns sofort an, wenn nach der Behandlung Fieber auftritt.', context: { product: 'medical-service' } },
      { text: 'Auf das Hörgerät gewähren wir 4 Jahre Herstellergarantie.', context: { product: 'medical-device' } },
      { text: 'Keine unnötigen Behandlungen, nur das, was Ihnen wirklich hilft.', context: { product: 'medical-service' } },
      { text: 'Ein Risiko ist bei keinem Eingriff ganz ausgeschlossen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Bereits am nächsten Tag erhalten Sie Ihren Befund.', context: { product: 'medical-service' } },
      { text: 'Wie lange das Ergebnis hält, hängt von Ihrer Haut und Ihrem Lebensstil ab.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ein dauerhaftes Ergebnis ist nicht garantiert.', context: { product: 'aesthetic-surgery' } },
      { text: 'Vor der Behandlung besprechen wir, welche Schmerzen in den Tagen danach auftreten können.', context: { product: 'medical-service' } },
      { text: 'Einen Behandlungserfolg kann niemand garantieren. Wir besprechen realistische Ziele.', context: { product: 'aesthetic-surgery' } },
      { text: 'Auf das Blutdruckmessgerät gibt es 3 Jahre Herstellergarantie.', context: { product: 'medical-device' } },
      'Der Erfolg ist nicht garantiert, auch wenn viele profitieren.',
      'Diskretion garantiert: Ihre Daten bleiben in der Praxis.',
      // Near misses of the de-5 classes: aftercare, when a result shows, cancellation policy, hedges.
      { text: 'Schwellungen und Rötungen sind meist nach 2 bis 3 Tagen abgeklungen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Bitte 24 Stunden kein Sport, damit keine Infektion entsteht.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Wirkung setzt nach 3 bis 5 Tagen ein und ist nach 14 Tagen voll sichtbar.', context: { product: 'aesthetic-surgery' } },
      { text: 'Termine, die nicht innerhalb von 24 Stunden vorher abgesagt werden, stellen wir in Rechnung.', context: { product: 'medical-service' } },
      { text: 'Eine Parodontitis lässt sich nicht immer stoppen, aber oft verlangsamen.', context: { product: 'medical-service' } },
      { text: 'Allergische Reaktionen sind selten, können aber nie ganz ausgeschlossen werden.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wir übernehmen 100 Prozent der Laborkosten nicht; Ihre Kasse erstattet einen Teil.', context: { product: 'medical-service' } },
      // Near misses of the de-6 classes: a safe pace of weight loss, aftercare on resuming activities,
      // when a result usually shows, booking speed, a healing time of a wound.
      { text: 'Gesund abnehmen heißt: nicht mehr als 1 kg pro Woche.', context: { product: 'medical-service' } },
      { text: 'Nach 3 Tagen dürfen Sie wieder Sport treiben, Sauna erst nach zwei Wochen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nach einer Woche können Sie in der Regel wieder arbeiten.', context: { product: 'aesthetic-surgery' } },
      { text: 'Erste Ergebnisse sind meist nach 3 Monaten sichtbar.', context: { product: 'aesthetic-surgery' } },
      { text: 'Termine buchen Sie schnell und einfach online.', context: { product: 'medical-service' } },
      { text: 'Eine 2 cm lange Schnittwunde heilt meist in 10 Tagen.', context: { product: 'medical-service' } },
      { text: 'Nach der Lidstraffung sind Sie in der Regel nach 10 Tagen wieder gesellschaftsfähig.', context: { product: 'aesthetic-surgery' } },
      // Near misses of the de-7 class: a denture warranty, a hedge, anaesthesia, aftercare, a wish.
      { text: 'Auf den Zahnersatz erhalten Sie zwei Jahre Gewährleistung und Garantie auf die Verarbeitung.', context: { product: 'medical-service' } },
      { text: 'Die Behandlung ist in der Regel nicht schmerzhaft; manche spüren ein Ziehen.', context: { product: 'medical-service' } },
      { text: 'Damit Sie keine Schmerzen spüren, betäuben wir die Stelle örtlich.', context: { product: 'medical-service' } },
      { text: 'Sobald Sie frei von Beschwerden sind, dürfen Sie wieder joggen.', context: { product: 'medical-service' } },
      { text: 'Wir wünschen Ihnen, dass Sie bald wieder gesund werden.', context: { product: 'medical-service' } },
      { text: 'Ist die Narkose sicher? Sie ist sehr sicher, ein Restrisiko besprechen wir im Aufklärungsgespräch.', context: { product: 'medical-service' } },
      // Near misses of round 10's gone-word class: a usual course, a condition, a patient's own words, history.
      { text: 'Ihre Halsschmerzen nach der Narkose verschwinden meist nach zwei Tagen.', context: { product: 'medical-service' } },
      { text: 'Ob Ihre Rosazea verschwindet, hängt von vielen Faktoren ab.', context: { product: 'medical-service' } },
      { text: 'Wann ist die Grippe vorbei? Das hängt vom Verlauf ab.', context: { product: 'medical-service' } },
      { text: 'Schmerzen weg? Dann dürfen Sie das Kühlpack weglassen.', context: { product: 'medical-service' } },
      { text: 'Sobald Sie frei von Fieber sind, dürfen Sie wieder zur Arbeit.', context: { product: 'medical-service' } },
      { text: 'Seit der Impfpflicht sind die Pocken Geschichte; die Krankheit gilt als ausgerottet.', context: { product: 'medical-service' } },
    ],
  },
};
