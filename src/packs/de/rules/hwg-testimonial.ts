import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, caseLaw, mbo } from '../basis.js';
import { SATISFIED_SHARE } from '../lexicon.js';

/**
 * Thanks, reviews and patient stories used to advertise (§ 11 Abs. 1 S. 1 Nr. 3 and 11 HWG).
 * Bare star ratings and grades are `de/hwg-rating` (a warning): Nr. 11 bans third-party statements
 * only when they are abusive, repulsive or misleading, which a success story is and a grade may not be.
 */
export const testimonial = defineRule({
  id: 'de/hwg-testimonial',
  category: 'testimonial',
  severity: 'error',
  legalBasis: [
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 11', 'mit Äußerungen Dritter, insbesondere mit Dank-, Anerkennungs- oder Empfehlungsschreiben, oder mit Hinweisen auf solche Äußerungen, wenn diese in missbräuchlicher, abstoßender oder irreführender Weise erfolgen'),
    hwg('11', '§ 11 Abs. 1 Satz 1 Nr. 3'),
    mbo('§ 27 Abs. 3 Satz 2'),
    caseLaw('LG Düsseldorf, 38 O 172/23 („Meine Schmerzen sind einfach weg“)', 'https://www.paracelsus.de/magazin/ausgabe/202505/werberecht-fuer-heilpraktiker'),
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      'hat (mein|unser|ihr|sein) leben verandert',
      // Class: first-person narrative of a complaint and its outcome ("Ich hatte jahrelang …", "nach Jahren des Leidens").
      '(ich|wir) (hatte|hatten|litt|litten) ~3 (jahre*|jahrelang*|monatelang*|stark*|standig*|schlimm*|chronisch*|furchtbar*)',
      'nach ~2 (jahren|monaten|jahrzehnten) ~3 (leiden*|qual*|schmerz*)',
      '(zuschriften|briefe|nachrichten|dankesschreiben) ~3 (zufrieden*|begeistert*|dankbar*|glucklich*)',
      'zufrieden* (patient*|kund*)',
      '(bin|sind) (so|unendlich|sehr|total|mega) dankbar',
      '(meine|mein) ~2 (ist|sind|war|waren) ~2 (weg|verschwunden|geheilt|kaum|vorbei|geschichte)',
      '(war|ist|sind|waren|wurde|wurden) (mein|meine) ~2 (weg|verschwunden|geheilt|kaum|vorbei|geschichte)',
      // A patient's recommendation and relief ("kann die Praxis nur wärmstens empfehlen", "endlich traue ich mich wieder").
      '(kann|konnen) ~4 (nur|jedem|uneingeschrankt|warmstens|absolut) ~2 (empfehlen|weiterempfehlen)',
      'endlich (kann|traue|darf|bin|fuhle|habe|gehe) ich ~3 wieder',
      // Class: a patient's first-person account of the outcome (de-4, issue 13): what is "wieder" as it
      // was, how they look or feel now, that it was what they wanted, that they keep coming.
      '(meine|mein|meinen|meinem|meiner) ~3 (ist|sind|war|waren) ~1 wieder (da|top|normal|gut|ganz|glatt|straff|voll|schmerzfrei|beschwerdefrei|gesund|fit|okay|ok|bestens|perfekt)',
      '(ist|sind|war|waren) (mein|meine|meinen) ~2 wieder (da|top|normal|gut|ganz|glatt|straff|voll|schmerzfrei|beschwerdefrei|gesund|fit|okay|ok|bestens|perfekt)',
      '(ich|mich) ~2 (sehe|fuhle|wirke|fuhlte) ~4 @felt-outcome',
      '(mein|meine|meinen) ~3 (wirkt|wirken|wirkte|wirkten|ist|sind|war|waren|sieht|sehen|sah) ~2 @felt-outcome',
      '@felt-outcome (ich|mich) (aussehe|wirke|fuhle|fuhlte)',
      'ich ~2 @felt-outcome (aussehe|aussah|wirke|wirkte)',
      '(bin|war) ich ~3 (uberrascht|begeistert|sprachlos|uberglucklich|happy)',
      'ich (bin|war) ~3 (uberrascht|begeistert|sprachlos|uberglucklich|happy)',
      '(genau|alles) ~1 was ich ~1 (wollte|gewunscht*|erhofft*|wunschte)',
      '(bin|sind) (jetzt|nun|seitdem|endlich) ~2 (stammkund*|stammpatient*|fan|schmerzfrei|beschwerdefrei|uberzeugt)',
      // Class: a third party's words on the outcome for them (de-7, also de-3/de-5): who helped them and
      // with what ("Rudolf hat mir mit einer erfolgreichen Stoßwellenbehandlung am Knie geholfen"),
      // the treatment as their best decision, the result beyond their expectations, the provider
      // recommended as a reviewer does ("Sehr empfehlenswerte Praxis!").
      '(hat|haben|wurde|wurden) (mir|uns|ihr|ihm|meinem|meiner|unserem|unserer) ~7 geholfen',
      // The treatment or product as the subject that helped ("Die Mesotherapie hat geholfen").
      '(therapie|behandlung|spritze|kur|mittel|methode|creme|salbe|tabletten|kapseln|tropfen|operation|op|laser|massage) (hat|haben) ~4 (geholfen|gewirkt)',
      '*therapie (hat|haben) ~4 (geholfen|gewirkt)',
      '*spritze (hat|haben) ~4 (geholfen|gewirkt)',
      '*behandlung (hat|haben) ~4 (geholfen|gewirkt)',
      '(war|waren) ~3 (die|meine|unsere) (beste|allerbeste|richtige) entscheidung',
      '(beste|allerbeste) entscheidung (meines|unseres|meiner|seit)',
      '(ubertrifft|ubertraf|ubertroffen|ubertrafen) ~3 erwartungen',
      '(sehr|absolut|uneingeschrankt|wirklich|total|nur) empfehlenswert* (praxis|klinik|arzt|arztin|team|zahnarzt*|therapeut*|physiotherapeut*|chirurg*|behandlung)',
      '(habe|hatte) ~6 (probiert|versucht|ausprobiert) ~4 (aber|doch) ~1 (hier|erst|bei)',
      'seit der (behandlung|therapie|op|operation|sitzung|kur|einnahme) ~5 (ich|mein*|mir|mich)',
      '(ich|mir|mich) ~4 dank ~2 (behandlung|therapie|praxis|team|produkt|kur)',
      '(meine|mein) ~3 (sind|ist) ~2 (top|super|bestens|normal|perfekt|besser) ~2 dank',
      'erfahrungsbericht*',
      // Class: a user's own story of taking a product and its outcome (de-6): use then result ("Nachdem
      // ich dieses Produkt verwendet habe, verliere ich …"), weight lost in the first person, a complaint
      // that lasted a year, thanks to the doctor or "dank Ihnen", what helped when nothing else did,
      // a review of the care received ("Meine Erfahrung mit der Klinik war durchweg positiv").
      '(nachdem|seit|seitdem) ich (dieses|diese|diesen|es) ~2 (verwendet|verwende|benutzt|benutze|genommen|nehme|eingenommen|angewendet|anwende|ausprobiert|getragen|trage)',
      '(verliere|verlor|nehme) ich ~4 #number @weight-unit',
      '(verliere|verlor|nehme) ich ~4 @amount-word @weight-unit',
      '#number @weight-unit (abgenommen|verloren)',
      'bei mir ~5 #number @weight-unit (runter|weniger|verloren|abgenommen|weg)',
      '(ich|wir) (hatte|hatten|litt|litten) ~4 (jahr|jahre|monat|monate|wochen) lang',
      'dank (ihnen|ihm|ihr|euch|dir) ~3 (habe|hab|bin|konnte|kann|fuhle|hatte) ich',
      '(nur|erst|endlich) ~3 (hat|haben) ~1 (geholfen|gewirkt)',
      '(hat|haben) mir ~6 (genommen|zuruckgegeben|gerettet|befreit)',
      '(jetzt|nun|seitdem|inzwischen) ist alles (in|wieder|gut|weg|vorbei)',
      'ich empfehle (es|sie|ihn|dieses|diese|diesen) ~2 (jedem|allen|jeder|weiter|warmstens|uneingeschrankt)',
      'empfehle ich (es|sie|ihn|dieses|diese|diesen) ~2 (jedem|allen|jeder|weiter|warmstens|uneingeschrankt)',
      'zu #percent ~3 (empfehlen|weiterempfehlen)',
      '(meine|unsere) erfahrung* (mit|in|bei) ~4 (war|waren) ~2 (positiv|super|toll|hervorragend|ausgezeichnet|grossartig|perfekt|top|klasse|wunderbar|gut)',
      '(wurde|wurden) (ich|wir) ~3 (betreut|behandelt|beraten|operiert|aufgeklart|empfangen|begleitet)',
      '(ich|wir) (wurde|wurden) ~3 (betreut|behandelt|beraten|operiert|aufgeklart|empfangen|begleitet)',
      '(unsere|meine) (patienten|patientinnen|kunden|kundinnen) ~1 (sagen|berichten|schreiben|meinen|erzahlen|begeistert|schwarmen)',
      // Round 10, review formulas from general usage, not from corpus rows: felt care, satisfaction,
      // coming back, thanks to the staff ("habe mich bestens aufgehoben gefühlt", "ich bin rundum
      // zufrieden", "würde es jederzeit wieder machen", "Ein großes Dankeschön an das ganze Team").
      '(ich|mich) ~8 @felt-care (gefuhlt|fuhlte)',
      '(fuhlte|fuhle) (ich|) mich ~5 @felt-care',
      '(bin|war) (ich|) ~2 (rundum|sehr|vollstens|vollkommen|total|super|mega|absolut|uberaus|hoch) (zufrieden|begeistert)',
      'hochzufrieden',
      '(ich|mich|mir|mein|meine) ~4 (jederzeit|sofort|immer) wieder ~3 (machen|kommen|gehen|hingehen|behandeln|operieren|entscheiden|tun)',
      '(danke|dankeschon) (an|ans|fur|) ~3 @thanked-staff',
      'dank (an|ans) ~3 @thanked-staff',
      '(vielen|herzlichen|grossen|lieben|tausend|besonderen) dank (an|ans|fur|) ~3 @thanked-staff',
      '(patienten|patientinnen|kunden|kundinnen)stimme*',
      'zufriedene (patient*|kund*)',
      're:[–—-]\\s*\\p{L}+\\.?,\\s*(?:1[4-9]|[2-9]\\d)(?![\\p{N}:.])',
      're:\\(\\s*\\p{L}+\\.?,\\s*(?:1[4-9]|[2-9]\\d)\\s*\\)',
    ],
    // A share of satisfied customers ("94 % zufriedene Kunden") is a statistic: de/hwg-unsubstantiated.
    // Surprise at a fact ("Ich war überrascht zu erfahren, wie viele …") reports no outcome.
    // A condition or a rule of thumb ("Wer 10 kg abgenommen hat, …") reports no one's result.
    // A disclaimer that effects rest on reports ("beruhen auf Erfahrungsberichten") presents none (de-7).
    // The practice thanking its own team or its patients, and a doctor's own standard ("ich bin erst zufrieden, wenn …").
    allow: ['@thanked-staff ~8 (vortrag*|fortbildung*|zusammenarbeit|jubilaum|dienstjahr*|engagement|organisation|feier|einsatz|vertretung)', '(danke|dank|dankeschon) (an|ans|fur|) ~2 (unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner)', '(erst|nur) (dann|) (zufrieden|begeistert)', '(zufrieden|begeistert) (wenn|sobald|falls)', '(beruhen|beruht|basieren|basiert|stutzen|stutzt) (sich|) ~1 auf erfahrungsbericht*', SATISFIED_SHARE, '(uberrascht|erstaunt|verwundert) zu (erfahren|lesen|sehen|horen)', '(wenn|falls|wer|sobald|sofern) ~3 #number @weight-unit'],
    negation: { window: 2, after: 0 },
    inQuotes: 'report',
    unlessSentence: ['(nicht|keine) ~3 (bearbeiten|verandern|andern)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const testimonialDocs: RuleDocs = {
  note: 'Nr. 11 bans third-party statements only when abusive or misleading; a testimonial reporting success is misleading as soon as it suggests the result is typical. Publishing patient statements also needs documented consent (§ 9 MBO-Ä).',
  examples: {
    invalid: [
      // Class of de-5: the patient's own body part described as changed ("Meine Aknenarben wirken feiner").
      { text: 'Super Behandlung! Meine Oberarme sind deutlich straffer und die Haut wirkt glatter.', context: { product: 'aesthetic-surgery' } },
      // Class of de-4: a first-person account of the outcome (looks, feels, is "wieder" as before, tried elsewhere first).
      { text: 'Ich fühle mich zehn Jahre jünger – danke an das ganze Team!', context: { product: 'aesthetic-surgery' } },
      { text: 'Mein Knie ist wieder voll belastbar, ich gehe wieder joggen.', context: { product: 'medical-service' } },
      { text: 'Hatte es vorher in zwei anderen Praxen versucht, doch erst hier wurde mir geholfen.', context: { product: 'medical-service' } },
      { text: 'Seit der Therapie schlafe ich endlich wieder durch.', context: { product: 'medical-service' } },
      { text: 'Meine Kolleginnen fragen ständig, warum ich so erholt aussehe.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ich kann die Praxis nur wärmstens empfehlen, meine Rückenschmerzen sind Geschichte.', context: { product: 'medical-service' } },
      { text: 'Endlich traue ich mich wieder, ohne Make-up aus dem Haus zu gehen.', context: { product: 'aesthetic-surgery' } },
      // Class: first-person narrative of a complaint and its outcome, letters of satisfied patients (issue 13).
      { text: '„Ich litt monatelang unter Rückenschmerzen, nach drei Terminen war alles gut.“ – Markus', context: { product: 'medical-service' } },
      { text: 'Nach Jahren der Qual endlich wieder lachen – danke an das ganze Team!', context: { product: 'medical-service' } },
      { text: 'Täglich erreichen uns Briefe begeisterter Patientinnen.', context: { product: 'medical-service' } },
      { text: '⭐⭐⭐⭐⭐ „Dr. M. hat mein Leben verändert – nach nur einer Sitzung war meine Migräne weg!“ (Sandra, 34)', context: { product: 'medical-service' } },
      { text: '„Ich bin so dankbar, endlich schmerzfrei!“ – Anna, 34', context: { product: 'medical-service' } },
      { text: 'Lesen Sie hier den Erfahrungsbericht unserer Patientin nach der Brustvergrößerung.', context: { product: 'aesthetic-surgery' } },
      // Classes of de-6: use then result, weight lost in the first person, a complaint that lasted a
      // year, thanks to the doctor, what finally helped, a review of the care received.
      { text: 'Seit ich diese Kapseln nehme, sind meine Knie wieder beweglich. – Renate', context: { product: 'supplement' } },
      { text: 'Ich habe mit dem Programm in drei Monaten 12 kg abgenommen!', context: { product: 'medical-service' } },
      { text: 'Ich hatte zwei Jahre lang Rückenschmerzen, erst die Stoßwelle hat geholfen.', context: { product: 'medical-service' } },
      { text: 'Vielen Dank, Frau Doktor Berger! Dank Ihnen kann ich wieder ohne Brille lesen.', context: { product: 'medical-service' } },
      { text: 'Meine Erfahrung mit der Praxis am Markt war hervorragend, ich wurde sehr einfühlsam betreut.', context: { product: 'aesthetic-surgery' } },
      { text: 'Bei mir sind in drei Wochen 6 Kilo runter – ohne Hunger!', context: { product: 'supplement' } },
      // Class of de-7: a third party's words on the outcome, in wording no corpus row uses.
      { text: 'Frau Dr. Kaya hat meinem Sohn bei seiner Neurodermitis enorm geholfen.', context: { product: 'medical-service' } },
      { text: 'Physiotherapeut Jonas hat mir in nur vier Sitzungen bei der Schulter geholfen.', context: { product: 'medical-service' } },
      { text: 'Die Lidstraffung in Ihrer Klinik war die beste Entscheidung meines Lebens.', context: { product: 'aesthetic-surgery' } },
      { text: 'Das Implantat war für mich die richtige Entscheidung – danke!', context: { product: 'medical-service' } },
      { text: 'Mein neues Lächeln übertrifft sämtliche Erwartungen.', context: { product: 'medical-service' } },
      { text: 'Absolut empfehlenswerte Zahnärztin, ich gehe nie wieder woanders hin!', context: { product: 'medical-service' } },
      { text: 'Die Stoßwellentherapie hat sofort geholfen, Tennisarm adé.', context: { product: 'medical-service' } },
      { text: 'Die Kapseln haben bei meinem Vater richtig gewirkt.', context: { product: 'supplement' } },
      // Round 10: review formulas (felt care, satisfaction, coming back, thanks to the staff).
      { text: 'Ich habe mich in der Sprechstunde von Anfang an bestens aufgehoben gefühlt.', context: { product: 'medical-service' } },
      { text: 'Fühlte mich bei der Venenbehandlung jederzeit ernst genommen.', context: { product: 'medical-service' } },
      { text: 'Bin rundum zufrieden mit meinem neuen Hörgerät!', context: { product: 'medical-device' } },
      { text: 'Ich würde die Augenlid-Straffung jederzeit wieder machen lassen.', context: { product: 'aesthetic-surgery' } },
      { text: 'Ein herzliches Dankeschön an Frau Dr. Adler und ihre Helferinnen!', context: { product: 'medical-service' } },
      { text: 'Tausend Dank an den Kieferorthopäden für das neue Lächeln.', context: { product: 'medical-service' } },
      { text: 'Hochzufrieden nach der Laser-Epilation.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      // Near misses of de-5: the doctor's first person, a result described for patients in general.
      { text: 'Mein Ziel ist ein natürliches Ergebnis, bei dem Ihre Haut frischer wirkt.', context: { product: 'aesthetic-surgery' } },
      { text: 'Nach der Behandlung wirken die Poren meist feiner und das Hautbild gleichmäßiger.', context: { product: 'aesthetic-surgery' } },
      { text: 'Meine Praxis ist seit dem Umbau größer und heller.', context: { product: 'medical-service' } },
      // Near misses that must stay clean (de-4 classes).
      { text: 'Ich bin Fachärztin für Dermatologie und berate Sie gern zu Ihren Möglichkeiten.', context: { product: 'aesthetic-surgery' } },
      { text: 'In meiner Praxis ist ab Montag wieder ein Termin frei.', context: { product: 'medical-service' } },
      { text: 'Endlich ist die Praxis nach dem Umbau wieder geöffnet.', context: { product: 'medical-service' } },
      { text: 'Unsere Patientinnen und Patienten erhalten nach jeder Behandlung einen Nachsorgetermin.', context: { product: 'medical-service' } },
      { text: 'Ich hatte Gelegenheit, auf dem Kongress über neue Verfahren zu sprechen.', context: { product: 'medical-service' } },
      { text: 'Nach zwei Jahren sollten Sie die Füllung kontrollieren lassen.', context: { product: 'medical-service' } },
      'Danke für Ihr Vertrauen im Jahr 2024 – wir freuen uns auf das neue Jahr!',
      'Sie dürfen eine negative Onlinerezension nicht bearbeiten, um sie positiv zu machen.',
      'Sprechzeiten – Montag, 8:00 bis 12:00 Uhr.',
      // Near misses of the de-6 classes: a rule of thumb, a practice's advice to all patients, a doctor's
      // own experience with a method, a question to the reader, surprise at a fact.
      { text: 'Wer 10 kg abgenommen hat, sollte die Ernährung langsam umstellen.', context: { product: 'medical-service' } },
      { text: 'Wir empfehlen die Prophylaxe allen Patienten zweimal im Jahr.', context: { product: 'medical-service' } },
      { text: 'Meine Erfahrung mit Hyaluron ist gut, sagt Dr. Weber, aber nicht jede Falte eignet sich.', context: { product: 'aesthetic-surgery' } },
      { text: 'Hat Ihnen die Schiene nicht geholfen? Sprechen Sie uns an.', context: { product: 'medical-service' } },
      { text: 'Ich war überrascht zu erfahren, wie wenige Menschen ihren Impfstatus kennen.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: asking for a review, advice on deciding, managing expectations.
      { text: 'Hat Ihnen die Behandlung geholfen? Bewerten Sie uns gern.', context: { product: 'medical-service' } },
      { text: 'Ob eine Operation die richtige Entscheidung ist, besprechen wir ausführlich.', context: { product: 'aesthetic-surgery' } },
      { text: 'Wir sprechen offen darüber, welche Erwartungen realistisch sind.', context: { product: 'aesthetic-surgery' } },
      { text: 'Eine zweite Meinung ist sehr empfehlenswert, bevor Sie sich operieren lassen.', context: { product: 'medical-service' } },
      { text: 'Wir helfen Ihnen gern bei Rückenschmerzen und nach Unfällen.', context: { product: 'medical-service' } },
      { text: 'Hat die Physiotherapie nicht geholfen, überweisen wir Sie zur Orthopädin.', context: { product: 'medical-service' } },
      { text: 'Keine Heilversprechen: Angaben zur Wirkung beruhen auf Erfahrungsberichten einzelner Anwender.', context: { product: 'medical-device' } },
      // Near misses of round 10's review formulas: the practice thanking its team, its promise, its standard, "dank" as a preposition.
      { text: 'Vielen Dank an unser Praxisteam für zehn tolle Jahre!', context: { product: 'medical-service' } },
      { text: 'Bei mir sind Sie in besten Händen.', context: { product: 'medical-service' } },
      { text: 'Ich bin erst zufrieden, wenn Sie es sind.', context: { product: 'medical-service' } },
      { text: 'Ich bin sehr zufrieden, wenn meine Patienten gut informiert in die Behandlung gehen.', context: { product: 'medical-service' } },
      { text: 'Dank der erfahrenen Ärztin verläuft der Eingriff sicher.', context: { product: 'aesthetic-surgery' } },
      { text: 'Herzlichen Dank an Frau Roth für ihren Vortrag beim Diabetes-Tag!', context: { product: 'medical-service' } },
      { text: 'Damit Sie sich bei uns wohlfühlen, nehmen wir uns Zeit.', context: { product: 'medical-service' } },
    ],
  },
};
