import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { mbo, uwg, caseLaw } from '../basis.js';

/** Time pressure and scarcity in medical advertising (§ 27 Abs. 3 MBO-Ä: anpreisend; UWG Anhang Nr. 7). */
export const urging = defineRule({
  id: 'de/mbo-urging',
  category: 'urging',
  severity: 'error',
  legalBasis: [
    mbo('§ 27 Abs. 3 Satz 2'),
    uwg('3', 'Anhang zu § 3 Abs. 3 Nr. 7'),
    caseLaw('Zahnärztliche Gutschein-Deals: „in hohem Maße anpreisend“', 'https://webshoprecht.de/IRModuleG/Zahnarztwerbung.php'),
  ],
  match: {
    patterns: [
      'nur ~1 (heute|morgen|solange)',
      'nur ~1 (diese|diesen|dieses) (woche|monat|wochenende)',
      'nur ~1 bis (sonntag|montag|freitag|samstag|ende)',
      'nur noch ~1 (heute|wenige)',
      // Scarcity without a number ("einen der letzten Termine").
      '(der|die) letzten (termine|platze|slots|behandlungsplatze|freien)',
      // Class: a counted or few-left offer, whatever is counted ("Nur 3 Plätze verfügbar", "nur noch
      // 7 Packungen", "nur wenige OP-Termine frei", "limitiertes Kontingent") — de-6, de-7.
      'nur (noch|) #number ~1 @slot',
      'nur (noch|) (wenige|einige|vereinzelte) ~2 @slot',
      '(begrenzt*|limitiert*) (anzahl|kontingent*|stuckzahl*|verfugbarkeit)',
      'letzte chance',
      // Round 10, scarcity from general usage, not from corpus rows: nearly gone, once only, for the
      // first customers, an offer that "only" holds or runs out ("Restplätze", "fast ausgebucht",
      // "für die ersten 20 Kundinnen", "Angebot gilt nur bis …", "nur noch 3 Tage").
      '@scarcity',
      '(fur|an) die ersten #number ~1 (kunden|kundinnen|patienten|patientinnen|anmeldungen|buchungen|besteller*|anrufer*|interessenten|teilnehmer*)',
      '(platze|kontingent|termine|stuckzahl|teilnehmerzahl) ~2 (ist|sind|) ~1 (streng|stark|sehr|) (begrenzt|limitiert|beschrankt)',
      '@offer ~3 (gilt|gelten|gultig|lauft|laufen) ~2 nur (noch|bis|heute|diese|diesen|kurz*|solange|am|im)',
      '@offer ~2 (endet|enden|auslauft|ablauft)',
      '@offer ~3 (lauft|laufen) ~2 (aus|ab)',
      'nur noch #number (tage|stunden|wochen|tag)',
      // Class: a price or offer limited in time without a date ("Sonderpreis nur für kurze Zeit") — de-4.
      '(sonderpreis*|angebot*|aktion*|rabatt*|special*|preis*|deal*) ~4 nur ~1 kurze zeit',
      '(zeitlich|streng) begrenzt* ~1 (angebot*|aktion*|sonderpreis*|kontingent*)',
      // Class: an injection made a party or event ("exklusive Botox-Party", LG Hannover 18 O 252/15).
      '(botox*|filler*|hyaluron*|lippen*|spritzen|beauty) (party|partys|event|events)',
      // Class: act and win ("sammeln und gewinnen!", "mitmachen und gewinnen").
      '(sammeln|sammle|mitmachen|teilnehmen|einsenden|abstimmen|liken|teilen) und gewinnen',
      'nur ~1 (im|bis) (januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)',
      'jetzt (zuschlagen|zugreifen|sichern)',
      '(platz|platze|angebot|rabatt|deal|aktionspreis) ~1 sichern',
      '(schnell|rasch|noch) ~2 (termin|termine) ~1 sichern',
      'sicher (dir|euch) (jetzt|deinen|euren|einen)',
      'schnell sein',
      'wer zuerst kommt',
      // Class: scarcity in other words (de-6): the English slogan, "as fast as possible … order",
      // a stock counter ("nur noch 3 Packungen"; a plain stock figure is shop information).
      'first come ~1 first serve*',
      'so (schnell|rasch|bald|fruh) wie moglich ~3 (bestellen|kaufen|zuzugreifen|zuschlagen|sichern|ordern)',
      'solange ~2 vorrat',
      'nicht verpassen',
      '(worauf|warum) wart* ~2 noch',
      'countdown',
      'last minute',
      're:\\d+(?:[.,]\\d+)?\\s?(?:€|euro)\\s+statt\\s+\\d+',
      // Class: imperative invitations with "jetzt" (anpreisend, § 27 MBO-Ä); a plain booking hint has no "jetzt".
      '(vereinbar*|buch*|sicher*|hol*|gonn*|start*|tausch*|schutz*|meld*|ruf*|komm*|test*|entdeck*|bestell*|probier*|informier*|gonnen) (sie|dich|euch|dir) ~4 jetzt',
      'jetzt ~3 (termin*|beratung*|behandlung*) ~2 (vereinbaren|buchen|sichern)',
      're:jetzt\\s*!',
      '(gonn|gonnen|gonnt) (dir|ihnen|euch|sich)',
      '(schutzen|starken|gonnen|verwohnen) sie sich',
      '(zogern) (sie|du) nicht',
      // Class: don't wait, do it today ("Warten Sie nicht, bis …", "Vereinbaren Sie noch heute …") — de-5.
      'warten sie nicht',
      '(warte|wartet) nicht',
      '(vereinbar*|buch*|sicher*|hol*|gonn*|start*|meld*|ruf*|komm*|bestell*|probier*|informier*|nutz*) (sie|dich|euch|dir) ~4 noch heute',
      '(vereinbar*|buch*|sicher*|hol*|gonn*|start*|meld*|ruf*|komm*|bestell*|probier*|informier*|nutz*) (sie|dich|euch|dir) ~4 heute noch',
      // Class: "jetzt" with an infinitive of buying or sending, the slogan form of an imperative
      // ("Jetzt Blüten bestellen", "Rezept jetzt mit wenigen Klicks") — de-5. "Sie können jetzt …"
      // informs (allow); a plain "jetzt anfragen" asks for contact, not a purchase (own-de-024).
      'jetzt ~4 (bestellen|kaufen|einsenden|einreichen|holen)',
      'jetzt ~3 (wenigen|paar|einem) (klicks|klick)',
      'je (eher|fruher|schneller) ~1 desto',
      'so (fruh|schnell|bald) wie moglich (implantieren|behandeln|handeln|kommen|anmelden|buchen)',
      'bis ende ~1 (januar|februar|marz|april|mai|juni|juli|august|september|sept|oktober|okt|november|nov|dezember|dez)',
    ],
    // How many sessions a treatment takes is no scarcity ("oft sind nur 2 Termine nötig").
    allow: ['(konnen|kann|konnt|durfen|darf) ~3 jetzt', '(ab|bis) jetzt', '@slot ~2 (notig|erforderlich|reichen|reicht|genugt|genugen)', '(brauch*|benotig*) ~4 nur'],
    negation: { window: 2, after: 0 },
    // A delay framed as a health risk ("Warten Sie nicht, bis es zu spät ist") is the fear appeal
    // of de/hwg-fear; reporting the same words as urging too adds nothing.
    unlessSentence: ['zu spat', '112', 'notruf*', 'notfall*', 'notdienst*', 'notarzt*', 'notaufnahme', 'blutung*', 'absagen', 'impf*', '*impfung', 'park*', '*parkplatz', '*parkplatze', 'stellplatz*', 'begleitperson*', 'wartezimmer*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const urgingDocs: RuleDocs = {
  note: 'A review signal rather than a ban of its own: for doctors such pressure is anpreisend (berufswidrig); for other advertisers UWG bans false scarcity only.',
  examples: {
    invalid: [
      // Classes of de-4: an offer limited to "kurze Zeit", an injection made a party, act and win.
      { text: 'Aktionspreis für Microneedling – nur für kurze Zeit!', context: { product: 'aesthetic-surgery' } },
      { text: 'Hyaluron-Abend mit Sekt: Lippen-Party am Freitag!', context: { product: 'aesthetic-surgery' } },
      { text: 'Einfach mitmachen und gewinnen!', context: { product: 'medical-service' } },
      // Class: persuasion as § 27 MBO-Ä means it: imperative invitations with "jetzt", "Gönnen Sie sich", "je früher, desto besser" (issue 13).
      { text: 'Sichern Sie sich jetzt Ihren Platz in der Laser-Sprechstunde.', context: { product: 'medical-service' } },
      { text: 'Je früher, desto besser – kommen Sie zur Zahnreinigung!', context: { product: 'medical-service' } },
      { text: 'Gönnen Sie sich eine Auszeit für Ihre Haut mit unserem Peeling.', context: { product: 'aesthetic-surgery' } },
      { text: 'Gilt bis Ende Oktober – melden Sie sich.', context: { product: 'medical-service' } },
      { text: 'Nur noch diese Woche: Hautcheck-Termine sichern!', context: { product: 'medical-service' } },
      { text: 'Bleaching 69 € statt 199 € – nur noch 5 Termine frei!', context: { product: 'medical-service' } },
      { text: 'Letzte Chance auf den Sommer-Body: Fettabsaugung im Juni-Special.', context: { product: 'aesthetic-surgery' } },
      // Classes of de-5: don't wait, today, "jetzt" with an infinitive.
      { text: 'Warten Sie nicht, bis die Falten tiefer werden – wir beraten Sie gern.', context: { product: 'aesthetic-surgery' } },
      { text: 'Buchen Sie noch heute Ihre Haaranalyse und starten Sie in den Frühling.', context: { product: 'medical-service' } },
      { text: 'Jetzt Vitamin-Kapseln im Dreierpack bestellen!', context: { product: 'supplement' } },
      { text: 'Dein Abnehmprogramm jetzt mit einem Klick starten.', context: { product: 'medical-service' } },
      // Class of de-6: scarcity in other words.
      { text: 'Filler-Tour: Hamburg am 3. Mai – first come, first served!', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Nachfrage ist riesig, daher empfehle ich, so schnell wie möglich zu bestellen.', context: { product: 'supplement' } },
      { text: 'Nur noch 7 Packungen zum Aktionspreis!', context: { product: 'supplement' } },
      // Class of de-7: a counted or few-left offer in words no corpus row uses.
      { text: 'Bleaching im Mai: nur 6 Termine zu vergeben!', context: { product: 'medical-service' } },
      { text: 'Nur noch wenige Restplätze für das Lidstraffungs-Special.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nur 12 Sets verfügbar: Aufhellungs-Kit für zu Hause.', context: { product: 'other' } },
      { text: 'Limitiertes Kontingent: Microneedling zum Einführungspreis.', context: { product: 'aesthetic-surgery' } },
      { text: 'Begrenzte Stückzahl – Magnesium-Kur im Vorratspack.', context: { product: 'supplement' } },
      { text: 'Diesen Herbst nur einige freie OP-Termine für die Augenlaser-Korrektur.', context: { product: 'medical-service' } },
      { text: 'Nur 40 Gutscheine für die Kryolipolyse-Probe erhältlich.', context: { product: 'aesthetic-surgery' } },
      // Round 10: scarcity formulas from general usage (@scarcity, first customers, an offer that only holds or runs out).
      { text: 'Restplätze für das Rücken-Fit-Seminar im Mai!', context: { product: 'medical-service' } },
      { text: 'Unsere Herbst-Termine zur Kryolipolyse sind fast ausgebucht.', context: { product: 'aesthetic-surgery' } },
      { text: 'Das Zahnweiß-Set gibt es für die ersten 50 Bestellerinnen zum halben Preis.', context: { product: 'other' } },
      { text: 'Das Paketangebot für die Augenlaser-Voruntersuchung gilt nur bis Freitag.', context: { product: 'medical-service' } },
      { text: 'Unser Winter-Rabatt auf Hörgeräte läuft bald aus.', context: { product: 'medical-device' } },
      { text: 'Nur noch 3 Tage: Vitamin-Infusion zum Einführungspreis.', context: { product: 'medical-service' } },
      { text: 'Die Sonderedition ist nur begrenzt verfügbar – greifen Sie zu!', context: { product: 'other' } },
      { text: 'Sichern Sie sich einen der letzten Termine im Dezember.', context: { product: 'medical-service' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Die Rötung hält nur für kurze Zeit an.', context: { product: 'medical-service' } },
      { text: 'Unser Sommerfest für das Praxisteam findet am Freitag statt.', context: { product: 'medical-service' } },
      { text: 'Die Sprechstunde ist zeitlich begrenzt auf vormittags.', context: { product: 'medical-service' } },
      { text: 'Termine vereinbaren Sie telefonisch oder online.', context: { product: 'medical-service' } },
      { text: 'Bei Beschwerden nach der OP melden Sie sich bitte jederzeit.', context: { product: 'medical-service' } },
      { text: 'Jetzt neu: Sprechzeiten auch am Samstag.', context: { product: 'medical-service' } },
      'Bei Brustschmerz sofort die 112 anrufen – nicht warten!',
      'Termine sind ab sofort online buchbar. Bitte sagen Sie rechtzeitig ab, wenn Sie verhindert sind.',
      'Jetzt neu: Samstagssprechstunde von 9 bis 12 Uhr.',
      // Near misses of the de-5 classes.
      { text: 'Folgerezepte können Sie jetzt auch online anfordern.', context: { product: 'medical-service' } },
      { text: 'Ab jetzt holen Sie Ihre Befunde bitte am Empfang ab.', context: { product: 'medical-service' } },
      { text: 'Bei starken Blutungen nach dem Eingriff warten Sie nicht: Rufen Sie den Notdienst an.', context: { product: 'medical-service' } },
      { text: 'Kurze Wartezeiten: Sie warten bei uns nicht lange auf einen Termin.', context: { product: 'medical-service' } },
      // Near miss of the de-6 class: aftercare that asks for a quick call.
      { text: 'Melden Sie sich so schnell wie möglich, wenn nach der OP Fieber auftritt.', context: { product: 'aesthetic-surgery' } },
      // Near misses of the de-7 class: sessions a treatment takes, parking, escorts, a room count.
      { text: 'Oft sind nur 2 Termine nötig, bis die Aufbissschiene passt.', context: { product: 'medical-service' } },
      { text: 'Parken: nur 2 Stellplätze direkt vor der Praxis.', context: { product: 'medical-service' } },
      { text: 'Pro Kind ist im Behandlungsraum nur 1 Begleitperson erlaubt.', context: { product: 'medical-service' } },
      { text: 'Unsere Praxis hat nur 3 Behandlungsräume, daher bitten wir um Pünktlichkeit.', context: { product: 'medical-service' } },
      { text: 'Sie brauchen für die Prophylaxe meist nur einen Termin im Halbjahr.', context: { product: 'medical-service' } },
      // Near misses of round 10's scarcity class: aftercare, opening hours, a plain validity, how many sessions.
      { text: 'In den ersten 3 Tagen nach der Behandlung bitte nicht in die Sauna.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Praxis ist vom 2. bis 6. Januar geschlossen; Vertretung übernimmt Dr. Lang.', context: { product: 'medical-service' } },
      { text: 'Der Gutschein ist drei Jahre ab Kaufdatum gültig.', context: { product: 'medical-service' } },
      { text: 'Für das Bleaching genügen meist zwei Termine.', context: { product: 'medical-service' } },
    ],
  },
};
