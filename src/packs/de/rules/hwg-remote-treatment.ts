import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw } from '../basis.js';

/**
 * Advertising diagnosis or treatment without the patient being seen (§ 9 HWG). Since 19.12.2019
 * S. 2 exempts remote treatment where a personal contact is not required by accepted standards.
 */
export const hwgRemoteTreatment = defineRule({
  id: 'de/hwg-remote-treatment',
  category: 'remote-treatment',
  severity: 'error',
  legalBasis: [
    hwg('9', '§ 9 Satz 1 und 2', 'Unzulässig ist eine Werbung für die Erkennung oder Behandlung von Krankheiten, Leiden, Körperschäden oder krankhaften Beschwerden, die nicht auf eigener Wahrnehmung an dem zu behandelnden Menschen oder Tier beruht (Fernbehandlung).'),
    caseLaw('BGH, 09.12.2021, I ZR 146/20', 'https://betriebs-berater.ruw.de/wirtschaftsrecht/urteile/-Werbung-fuer-eine-aerztliche-Fernbehandlung-43382'),
  ],
  match: {
    patterns: [
      'diagnose ~3 online',
      'diagnose ~3 per (dm|app|chat|whatsapp|video|foto)',
      'online (diagnose*|krankschreibung*|au|rezept|behandlung*|arzt|hautarzt|hautarztin|arztin)',
      '(krankschreibung*|krankmeldung*|krankenschein*|au|arbeitsunfahigkeitsbescheinigung*) ~3 (per|via|uber|online|whatsapp|app)',
      'ohne (arztbesuch|praxisbesuch|zahnarztbesuch|wartezimmer|untersuchung)',
      'symptome (schicken|senden|eingeben|beschreiben|hochladen)',
      'rezept (anfragen|anfordern|online|per)',
      'fragebogen ~3 (ausfullen|beantworten) ~6 (rezept*|medikament*|behandlung*|spritze*)',
      'ferndiagnose*',
      '(arzt|arztin|hautarzt|hautarztin|zahnarzt|zahnarztin|dermatologe|dermatologin|doktor) per (app|chat|whatsapp)',
      'foto* hochladen ~4 (diagnose*|rezept*|behandlung*|befund*)',
      // Class: a photo or form uploaded for a diagnosis or prescription instead of a visit.
      '(foto*|bild*|selfie*|aufnahme*) ~5 (hochladen|hoch|senden|schicken|upload*) ~7 (diagnose*|befund*|rezept*|einschatzung|behandlungsplan)',
      're:diagnose\\s+(?:in|innerhalb)\\s+(?:von\\s+)?\\d+\\s*(?:min|stunden|std|h)',
      '(fur|statt) (einen|den) arztbesuch',
      // Class: an act of treatment (diagnosis, sick note, session) delivered through a channel that
      // replaces the visit ("Diagnosen und Krankschreiben direkt über dein Smartphone", "Sitzungen …
      // online über Zoom") — de-4, issue 13. Advice and booking online stay lawful (not in @care-act).
      '@care-act ~6 (uber|per|via|mit) ~2 @remote-channel',
      '@care-act ~6 online (uber|per|via) ~1 @remote-channel',
      '(behandelt|behandeln|diagnostiziert|diagnostizieren|verschreibt|verschreiben|krankschreiben|therapiert) ~3 (uber|per|via) ~2 @remote-channel',
      // Class: remote treatment offered without limits ("Videosprechstunde bei allen Indikationen").
      '(video*|online*|fern*|telemedizin*) ~8 (bei|fur) (allen|alle|jede|jeder) (indikationen|beschwerden|erkrankungen|krankheiten)',
      // Class: treatment bought or prescribed through a form, click or app instead of a visit.
      '*behandlung online',
      '*therapie online',
      // Class: care "in/mit wenigen Klicks" (Erkrath cannabis posters "Medizinalcannabisrezept jetzt mit
      // wenigen Klicks") — de-5. Booking an appointment in a few clicks is allowed below.
      '(in|mit) ~2 (wenigen|paar|einem) (klicks|klick)',
      // Class: the patient sets the sick note ("Für wie viele Tage fühlen Sie sich arbeitsunfähig?
      // Arzt folgt Ihrem Wunsch", LG Hamburg 406 HKO 165/19) — de-5.
      'wie viele (tage|wochen) ~4 (arbeitsunfahig|krankgeschrieben|krank)',
      // Class: a prescription or sick note sold as easy to get ("Cannabis + Rezept einfach, schnell &
      // günstig erhalten", Dr. Ansay, LG Hamburg 406 HKO 68/24) — de-5. Repeat prescriptions for
      // known patients are allowed above.
      '(rezept|rezepte|krankschreibung*|krankmeldung*|attest*) ~3 (einfach|schnell|bequem|unkompliziert|diskret|sofort) ~5 (erhalten|bekommen|anfordern|holen)',
      '(arzt|arztin) ~1 (folgt|entspricht|erfullt) ~2 (ihrem|deinem|ihren|deinen) (wunsch|wunschen)',
      'fragebogen ~8 rezept*',
      'rezept ~2 (kommt|per) (post|mail|email|app)',
      // Class: a remedy that makes the doctor unnecessary (categories.md: remote-treatment also
      // "implies no doctor is needed") — de-6: "ohne … einen Besuch beim Arzt", "kein Optiker
      // erforderlich", "ohne ärztliche Hilfe und Rezepte zu behandeln", "Prostatitis zu Hause heilen".
      'ohne ~8 besuch (beim|bei|im|in) ~1 (arzt|arztin|zahnarzt|hautarzt|facharzt|optiker|augenarzt|praxis|klinik)',
      '(kein|keine|keinen|ohne) (arzt|arztin|arztbesuch|optiker|augenarzt|augenoptiker|hautarzt|zahnarzt|facharzt) ~1 (erforderlich|notig|notwendig|noetig|mehr)',
      'ohne (arztliche|medizinische|professionelle|fachliche|arztlichen|medizinischen) ~1 (hilfe|behandlung|betreuung|begleitung|aufsicht|beratung)',
      'zu hause ~3 (heilen|kurieren|loswerden|besiegen|ausheilen)',
      'daheim ~3 (heilen|kurieren|loswerden|besiegen|ausheilen)',
      // Class: a prescription drug or a remedy chosen in a remote consultation ("verschreibungspflichtige
      // Behandlungen dank einer Online-Konsultation", "welches [Heilmittel] Sie brauchen, besprechen wir
      // … am Telefon") — de-7. Advice online is lawful; prescribing or choosing the remedy remotely is not.
      '(verschreib*|rezeptpflichtig*|verordn*|medikament*|arzneimittel*|heilmittel*|abnehmspritze*|tabletten) ~8 (online|video|telefon*|digital*|fern) ~1 (konsultation*|sprechstunde*|gesprach*|arztgesprach*)',
      '(online|video|telefon*|digital*|fern) ~1 (konsultation*|sprechstunde*|gesprach*|arztgesprach*) ~6 (verschreib*|verordn*|rezept|medikament*|arzneimittel*)',
      '(entscheidung|auswahl|dosierung|verordnung|einnahme) ~8 (besprechen|klaren|legen|treffen|entscheiden|festlegen) ~3 (am|per|uber|via) @remote-channel',
      '(welche*|welches) ~5 (brauchen|benotigen|einnehmen|nehmen|braucht) ~4 (am|per|uber|via) @remote-channel',
      // The doctor's first consultation itself offered remotely ("Ärztliches Erstgespräch vor Ort oder digital") — de-5.
      '(arztlich*|medizinisch*) (erstgesprach*|erstberatung|erstkonsultation|konsultation*|sprechstunde) ~4 (digital|online|virtuell|telefonisch)',
    ],
    // Who decides the length of a sick note after an examination is information.
    allow: ['e rezept*', 'folgerezept*', 'online (termin*|terminbuchung)', '(termin*|terminbuchung*) ~6 (wenigen|paar|einem) (klicks|klick)', '(wenigen|paar|einem) (klicks|klick) ~6 (termin*|terminbuchung*)', '(arbeitsunfahig|krankgeschrieben|krank) ~4 (entscheidet|entscheiden|legt|legen|bestimmt|bestimmen)'],
    negation: { window: 3, after: 2 },
    unlessSentence: [
      'nach allgemein anerkannten fachlichen standards',
      '(bekannt*|bestehend*|bisherig*) (patient*|behandlung*)',
      '(nachsorge|verlaufskontrolle*|befundbesprechung*|folgetermin*)',
      'personlich* (untersuchung|kontakt|vorstellung)',
      'hwg',
    ],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const hwgRemoteTreatmentDocs: RuleDocs = {
  examples: {
    invalid: [
      // Class of de-4: an act of treatment delivered through a channel that replaces the visit.
      { text: 'Rezept und Krankschreibung bekommst du per WhatsApp.', context: { product: 'medical-service' } },
      { text: 'Die Hypnosetherapie-Sitzungen finden bequem über Skype statt.', context: { product: 'medical-service' } },
      { text: 'Deine Diagnose erhältst du innerhalb von 24 Stunden über unsere App.', context: { product: 'medical-service' } },
      { text: 'Keine Wartezeit, kein Wartezimmer: Ihr Arzt behandelt Sie per Chat.', context: { product: 'medical-service' } },
      { text: 'Lade ein Bild deines Ausschlags hoch, die Einschätzung der Hautärztin kommt am selben Tag.', context: { product: 'medical-service' } },
      // Class: treatment bought or prescribed through a form, a click or an app instead of a visit (issue 13).
      { text: 'Haarausfall-Therapie online starten: Fragebogen ausfüllen, Rezept kommt per App.', context: { product: 'medical-service' } },
      { text: 'Ihre Potenzmittel-Behandlung in wenigen Klicks – ganz ohne Wartezimmer.', context: { product: 'medical-service' } },
      { text: 'Beantworte zehn Fragen, dein Rezept kommt per Post.', context: { product: 'medical-service' } },
      { text: 'Und so geht’s: Symptome schicken, Risiken ausschließen, Daten eingeben, einfach bezahlen, fertig.', context: { product: 'medical-service' } },
      { text: 'Krankschreibung per WhatsApp – in fünf Minuten erledigt.', context: { product: 'medical-service' } },
      { text: 'Schreiben Sie uns per DM, wir stellen die Diagnose direkt online.', context: { product: 'medical-service' } },
      // Classes of de-5: a prescription in a few clicks, the patient sets the sick note.
      { text: 'Dein Privatrezept für die Pille danach – mit wenigen Klicks.', context: { product: 'medical-service' } },
      { text: 'Wie viele Wochen möchtest du krankgeschrieben werden? Wähle einfach aus.', context: { product: 'medical-service' } },
      { text: 'Ihre Ärztin folgt Ihren Wünschen bei Dauer und Diagnose.', context: { product: 'medical-service' } },
      { text: 'Abnehmspritzen-Rezept bequem und diskret von zu Hause erhalten.', context: { product: 'medical-service' } },
      // Class of de-6: a remedy that makes the doctor unnecessary.
      { text: 'Ihr Hörtest per App – ganz ohne Besuch beim HNO-Arzt.', context: { product: 'medical-device' } },
      { text: 'Zahnfleischbluten? Kein Zahnarzt nötig – unser Gel hilft.', context: { product: 'drug' } },
      { text: 'Mit dem Stimulationsgerät behandeln Sie Ihre Migräne ohne ärztliche Hilfe.', context: { product: 'medical-device' } },
      { text: 'So können Sie Ihre Blasenentzündung zu Hause in wenigen Tagen heilen.', context: { product: 'supplement' } },
      { text: 'Sie brauchen keinen Arztbesuch mehr: die App erkennt Hautveränderungen selbst.', context: { product: 'medical-device' } },
      // Class of de-7: a prescription drug or a remedy chosen remotely, in wording no corpus row uses.
      { text: 'Rezeptpflichtige Haarausfall-Tabletten nach kurzer Video-Sprechstunde.', context: { product: 'medical-service' } },
      { text: 'Ihre Abnehmspritze – verordnet im digitalen Arztgespräch.', context: { product: 'medical-service' } },
      { text: 'Die Dosierung Ihrer Schilddrüsentabletten legen wir per Videochat fest.', context: { product: 'medical-service' } },
      { text: 'Welche Globuli Sie brauchen, klären wir per WhatsApp.', context: { product: 'medical-service' } },
      { text: 'Verschreibungspflichtige Schmerzmittel nach einem Online-Gespräch erhalten.', context: { product: 'medical-service' } },
      { text: 'Per Telefon-Konsultation erhalten Sie Ihr Potenzmittel auf Rezept.', context: { product: 'medical-service' } },
      { text: 'Die ärztliche Erstkonsultation findet bequem online statt.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Termine vereinbaren Sie telefonisch oder online über Doctolib.', context: { product: 'medical-service' } },
      { text: 'Ein erstes Beratungsgespräch ist auch per Video möglich; die Behandlung erfolgt in der Praxis.', context: { product: 'medical-service' } },
      { text: 'Befunde besprechen wir mit bekannten Patienten auch per Telefon.', context: { product: 'medical-service' } },
      { text: 'Unsere Hausärzte beraten Sie per Telefon zu Impfungen.', context: { product: 'medical-service' } },
      { text: 'Laden Sie Ihre Fotos für das Gewinnspiel bis Freitag hoch.', context: { product: 'medical-service' } },
      { text: 'Folgerezepte für bekannte Patienten können Sie telefonisch bestellen.', context: { product: 'medical-service' } },
      { text: 'Die Behandlung beginnt immer mit einer persönlichen Untersuchung in der Praxis.', context: { product: 'medical-service' } },
      'Termine können Sie ab sofort online buchen.',
      { text: 'Ihren Termin buchen Sie mit wenigen Klicks über Doctolib.', context: { product: 'medical-service' } },
      { text: 'Ihr Folgerezept erhalten Sie schnell und unkompliziert an der Anmeldung.', context: { product: 'medical-service' } },
      { text: 'Das Rezept erhalten Sie nach der Untersuchung direkt in der Praxis.', context: { product: 'medical-service' } },
      { text: 'Wie viele Tage Sie arbeitsunfähig sind, entscheidet die Ärztin nach der Untersuchung.', context: { product: 'medical-service' } },
      'Ihr E-Rezept können Sie online in der Apotheke Ihrer Wahl einlösen.',
      'Für bekannte Patientinnen und Patienten bieten wir die Befundbesprechung auch per Video an; die Diagnose stellen wir nach persönlicher Untersuchung.',
      // Near misses of the de-6 class: advice to see a doctor, a cold that needs no visit, walk-in hours.
      { text: 'Bitte nehmen Sie das Medikament nicht ohne ärztliche Beratung ein.', context: { product: 'drug' } },
      { text: 'Ein Arztbesuch ist nicht in jedem Fall nötig: bei leichten Erkältungen helfen Ruhe und Tee.', context: { product: 'medical-service' } },
      { text: 'Ohne Termin: Grippeimpfung in unserer Praxis, montags bis freitags.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: advice by phone, booking a video slot, results discussed after an exam.
      { text: 'Fragen zur Dosierung beantwortet Ihnen Ihre Apotheke auch am Telefon.', context: { product: 'medical-service' } },
      { text: 'Termine für die Online-Sprechstunde vereinbaren Sie telefonisch.', context: { product: 'medical-service' } },
      { text: 'Das Erstgespräch vereinbaren Sie telefonisch oder online.', context: { product: 'medical-service' } },
      { text: 'Eine Video-Sprechstunde ersetzt kein Rezept nach persönlicher Untersuchung.', context: { product: 'medical-service' } },
      { text: 'Nach der Untersuchung in der Praxis besprechen wir die Befunde gern auch per Video.', context: { product: 'medical-service' } },
    ],
  },
};
