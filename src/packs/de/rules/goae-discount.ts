import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw } from '../basis.js';

/** Flat discounts, deals and vouchers on medical services (§ 5 Abs. 2 Satz 1 GOÄ as a market-conduct rule). */
export const discount = defineRule({
  id: 'de/goae-discount',
  category: 'price-promotion-lottery',
  severity: 'error',
  legalBasis: [
    { kind: 'regulation', citation: '§ 5 Abs. 2 Satz 1 GOÄ', url: 'https://www.gesetze-im-internet.de/go__1982/__5.html' },
    caseLaw('KG, 28.01.2025, 5 U 13/22 („10% Neukundenrabatt“)', 'https://www.jaehne-guenther.de/arztwerbung-mit-pauschalrabatten-unzulaessig/'),
    caseLaw('LG Berlin II, 27.08.2025, 105 O 71/24 („20%-Rabatt auf Hyaluronbehandlungen“)', 'https://www.dr-bahr.com/news/werbung-20-rabatt-auf-hyaluronbehandlungen-ist-wettbewerbswidrig.html'),
  ],
  // A post that sells gift vouchers (to give to someone else) is a sale, not a discount.
  applies: { products: ['medical-service', 'aesthetic-surgery'], unless: ['(verschenk*|geschenk*) ~8 gutschein*', 'gutschein* ~8 (verschenk*|geschenk*)'] },
  match: {
    patterns: [
      'rabatt*',
      '*rabatt',
      're:\\d+\\s?%\\s*(?:auf|gunstiger|sparen|reduziert|nachlass|off)',
      're:\\d+(?:[.,]\\d+)?\\s?(?:€|euro)\\s+statt\\s+\\d+',
      'gutschein*',
      're:(?:nur|fur nur|jetzt nur|ab nur)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euro)',
      'angebot des monats',
      '(festpreis*|pauschalpreis*|aktionspreis*|sonderpreis*|flatrate)',
      '2 fur 1',
      'premiumcard*',
      'groupon',
      'neukunden*',
      'bring (a|your) friend',
      'freundin mitbringen',
      // Class: promotion markers with a price or a free treatment (seasonal specials, "zum Nulltarif", treatment as a prize).
      '(sommer|winter|fruhlings|herbst|oster|weihnachts|neujahrs|abi|jubilaums|eroffnungs|valentins)(aktion*|special*|angebot*|rabatt*|preis*)',
      '*special',
      'zum nulltarif',
      // Class: a saving stated as a percentage or an amount ("Paketpreis – ca. 8% Ersparnis", "Sie sparen
      // 50 €") — de-6. A flat discount on a medical fee breaks § 5 GOÄ (LG Düsseldorf 34 O 110/19).
      '#percent ~2 (ersparnis|ermassigung|nachlass|preisvorteil|vorteil)',
      '(ersparnis|ermassigung|nachlass|preisvorteil|sparen|sparst|spart) ~3 #percent',
      '(sparen|sparst|spart) ~2 #money',
      // Free follow-up treatments thrown in ("Kostenlose Touch-ups", "Nachspritzen gratis") — de-4.
      '(kostenfrei*|kostenlos*|gratis|inklusive) ~1 (touch*|nachbehandlung*|nachkorrektur*|auffrischung*|nachspritz*|nachspritzen|nachinjektion*)',
      '(touch*|nachkorrektur*|auffrischung*|nachspritz*|nachspritzen|nachinjektion*) ~4 (kostenfrei*|kostenlos*|gratis|inklusive)',
      // A gift with every treatment ("Zu jeder Botox-Behandlung gibt es ein Serum gratis").
      '(zu|bei) (jeder|jedem) ~8 (gratis|kostenlos*|geschenkt|dazu)',
      '(kostenfrei*|kostenlos*|gratis) ~2 (zahnersatz|behandlung*|op|operation|implantat*|bleaching|zahnreinigung|lipo*|botox*|filler*)',
      // Class: further treatments thrown in, also as compounds ("3 zusätzliche kostenlose
      // Mesotherapiebehandlungen", "die fünfte Sitzung geschenkt"), and a package priced per session
      // ("3er Paket: 220€ pro Sitzung"): a fee that falls with the quantity bought — de-7.
      '(kostenfrei*|kostenlos*|gratis|geschenkt*) ~2 *behandlungen',
      '(kostenfrei*|kostenlos*|gratis|geschenkt*) ~2 *behandlung',
      '(kostenfrei*|kostenlos*|gratis|geschenkt*) ~2 (sitzungen|anwendungen)',
      '(kostenfrei*|kostenlos*|gratis|geschenkt*) ~2 *sitzungen',
      '(sitzung|sitzungen|anwendung|anwendungen|behandlungen) ~2 (gratis|geschenkt)',
      '*behandlungen ~2 (gratis|geschenkt)',
      '(paket|pakete|kur|karte) ~3 #money (pro|je) (sitzung|behandlung|anwendung|einheit|termin)',
      '*paket ~3 #money (pro|je) (sitzung|behandlung|anwendung|einheit|termin)',
      '(schenken|schenkt|verschenken|spendieren|spendiert|zahlt|zahlen) ~3 (op|operation|behandlung*|brustvergrosserung|nasenkorrektur|fettabsaugung|lidstraffung|schonheits*|botox*|filler*)',
      're:(?:ab|nur|fur|jetzt)\\s+\\d+(?:[.,]\\d+)?\\s?(?:€|euro)(?=[^.!?]{0,60}(?:nur|aktion|special|monat|woche|statt|angebot|gultig))',
    ],
    // What the health insurer pays ("mit der Zusatzversicherung sparen Sie bis zu 80 %") is no discount of the practice.
    allow: ['gutschein* fur ~2 (buch*|kino*)', '(krankenkasse*|krankenversicherung*|zusatzversicherung*|versicherung*|festzuschuss*|zuschuss*|beihilfe|bonusheft*) ~8 #percent'],
    negation: { window: 2, after: 0 },
    // A gift voucher bought for someone else is a sale, not a discount.
    unlessSentence: ['(goa|goz) ~3 (abgerechnet|abrechnung|rechnen)', 'kostenlose parkplatz*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const discountDocs: RuleDocs = {
  note: 'GOÄ binds doctors (also for cosmetic treatments and in MVZ/private clinics); for dentists the same applies under the GOZ.',
  examples: {
    invalid: [
      { text: 'Zu jeder Faltenbehandlung gibt es ein Pflegeset gratis dazu.', context: { product: 'aesthetic-surgery' } },
      // Class of de-4: free follow-up treatments thrown in.
      { text: 'Bei jeder Lippenbehandlung ist ein Touch-up nach 14 Tagen inklusive.', context: { product: 'aesthetic-surgery' } },
      { text: 'Faltenbehandlung ab 199 € – Nachspritzen gratis!', context: { product: 'aesthetic-surgery' } },
      { text: 'Kostenlose Auffrischung nach drei Monaten.', context: { product: 'aesthetic-surgery' } },
      // Class: money or a free treatment with a promotion marker (special, Nulltarif, given away) (issue 13).
      { text: 'Unser Herbst-Special: Zahnreinigung ab 59 € – nur im Oktober.', context: { product: 'medical-service' } },
      { text: 'Zum Praxisjubiläum: Bleaching zum Nulltarif für die ersten zehn Patienten.', context: { product: 'medical-service' } },
      { text: 'Wir verschenken eine Lidstraffung – einfach mitmachen!', context: { product: 'aesthetic-surgery' } },
      { text: '20 % Rabatt auf alle Hyaluronbehandlungen im März!', context: { product: 'aesthetic-surgery' } },
      { text: 'Bleaching 69 € statt 199 €', context: { product: 'medical-service' } },
      { text: '10 % Neukundenrabatt und Gutscheine für die Faltenbehandlung.', context: { product: 'aesthetic-surgery' } },
      // Class of de-6: a saving stated as a percentage or an amount.
      { text: 'Prophylaxe-Paket: 4 Termine – Sie sparen 15 %.', context: { product: 'medical-service' } },
      { text: 'Kombipaket Stirn und Zornesfalte | 450 € | ca. 10% Ersparnis', context: { product: 'aesthetic-surgery' } },
      { text: 'Bei Buchung von drei Sitzungen sparen Sie 90 €.', context: { product: 'aesthetic-surgery' } },
      // Class of de-7: further treatments thrown in, a package priced per session.
      { text: 'Zur Haartransplantation gibt es zwei kostenlose Eigenblutbehandlungen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Im Paket: vier Sitzungen Kryolipolyse, die fünfte Sitzung geschenkt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Beim Lidlifting erhalten Sie drei gratis Lichttherapie-Sitzungen.', context: { product: 'aesthetic-surgery' } },
      { text: '10er-Karte Lymphdrainage: 45 € je Anwendung.', context: { product: 'medical-service' } },
      { text: 'Sechserpaket Hyaluron-Booster: 180 € pro Behandlung.', context: { product: 'aesthetic-surgery' } },
      { text: 'Zum Bleaching zwei Prophylaxebehandlungen gratis obendrauf.', context: { product: 'medical-service' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Eine Nachkontrolle nach zwei Wochen ist Teil der Behandlung.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ein Touch-up nach 14 Tagen wird nach GOÄ abgerechnet.', context: { product: 'aesthetic-surgery' } },
      { text: 'Die Kosten der Auffrischung besprechen wir vorab.', context: { product: 'aesthetic-surgery' } },
      { text: 'Gutscheine zum Verschenken erhalten Sie an der Rezeption.', context: { product: 'medical-service' } },
      { text: 'Die Behandlung kostet ab 80 Euro, abgerechnet nach GOÄ.', context: { product: 'medical-service' } },
      { text: 'Die professionelle Zahnreinigung ist für Kinder bis 18 Jahre Kassenleistung.', context: { product: 'medical-service' } },
      { text: 'Ästhetische Behandlungen rechnen wir nach der GOÄ ab; die Kosten besprechen wir vorab.', context: { product: 'aesthetic-surgery' } },
      { text: 'Kostenlose Parkplätze gibt es im Hof.', context: { product: 'medical-service' } },
      { text: 'Die Kosten für die Vorsorgeuntersuchung übernimmt Ihre Krankenkasse.', context: { product: 'medical-service' } },
      // Near misses of the de-6 class: what the insurer pays, a plain price list.
      { text: 'Mit einer Zahnzusatzversicherung sparen Sie oft bis zu 80 % des Eigenanteils.', context: { product: 'medical-service' } },
      { text: 'Erstgespräch 80 €, Folgesitzung 60 €, Abrechnung nach GebüH.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: what the insurer pays, parking, a single-session fee.
      { text: 'Für gesetzlich Versicherte sind die Sitzungen eine Kassenleistung.', context: { product: 'medical-service' } },
      { text: 'Die Behandlungen werden von der Krankenkasse übernommen.', context: { product: 'medical-service' } },
      { text: 'Einzelsitzung Akupunktur: 60 € nach GOÄ.', context: { product: 'medical-service' } },
      { text: 'Bitte bringen Sie Ihre Bonuskarte zu jeder Sitzung mit.', context: { product: 'medical-service' } },
    ],
  },
};
