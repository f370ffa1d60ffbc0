import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg } from '../basis.js';

/**
 * Advertising for the recognition, prevention, removal or alleviation of diseases listed in the
 * Anlage to § 12 HWG: notifiable infections, malignant tumours, addictions (not nicotine),
 * complications of pregnancy, birth and puerperium.
 */
export const restrictedDisease = defineRule({
  id: 'de/hwg-restricted-disease',
  category: 'restricted-disease-claim',
  severity: 'error',
  legalBasis: [
    hwg('12', '§ 12 Abs. 1 und 2 i. V. m. Anlage Abschnitt A'),
    // The Anlage is part of the statute, not case law.
    { kind: 'statute', citation: 'Anlage zu § 12 HWG, Abschnitt A', url: 'https://www.gesetze-im-internet.de/heilmwerbg/anlage.html' },
  ],
  applies: { audiences: ['public'] },
  match: {
    patterns: [
      '(gegen|bei|vor|von|heilt|bekampft|besiegt|lindert|verhindert|vorbeugen|schutzt) ~3 *krebs*',
      '(gegen|bei|vor|von|heilt|bekampft|besiegt|lindert|verhindert|vorbeugen|schutzt) ~3 (tumor*|karzinom*|melanom*|leukamie|lymphom*|metastas*)',
      '*krebs* ~3 (heilen|besiegen|bekampfen|vorbeugen|verhindern|lindern|zerstoren)',
      '(tumor*|karzinom*|melanom*|leukamie|metastas*) ~3 (heilen|besiegen|bekampfen|vorbeugen|verhindern|lindern|zerstoren)',
      '(gegen|bei|vor|von|heilt|bekampft|lindert|verhindert|schutzt|schutzen|vorbeugung|vorbeugen|abwehr*|pravention|prophylaxe|therapie) ~4 (covid*|corona*|masern|keuchhusten|tuberkulose|hepatitis|hiv|aids|influenza|norovirus|salmonell*|borreliose|syphilis|gonorrho*)',
      '(gegen|bei|von|heilt|bekampft|lindert|befreit) ~3 (alkoholsucht|alkoholabhangig*|drogensucht|drogenabhangig*|spielsucht|medikamentenabhangig*|heroinsucht|opiatabhangig*)',
      '(covid*|corona*) ~8 (schutzen|schutz|vorbeugen|abwehren|vorbeugung)',
      // The separable verb: "beugen Sie Grippe und Corona vor".
      '(beugt|beugen|beugst) ~5 (covid*|corona*|influenza|grippe|masern|hepatitis) ~3 vor',
      '(krebs|tumor)(therapie*|behandlung*|heilung)',
      '(tumor*|metastase*|krebszelle*) ~6 (ziehen|entfernen|auflosen|zerstoren|ausleiten)',
      '(alkoholsucht|alkoholabhangig*|drogensucht|drogenabhangig*|spielsucht|medikamentenabhangig*|heroinsucht|opiatabhangig*) ~4 (uberwinden|besiegen|loswerden|bekampfen|heilen|beenden|behandeln)',
      '(raus|frei|weg|los|schluss) ~2 (alkoholsucht|alkoholabhangig*|drogensucht|drogenabhangig*|spielsucht|medikamentenabhangig*|heroinsucht|opiatabhangig*)',
      '(gegen|bei|vor|verhindert|vorbeugen|schutzt) ~3 (praeklampsie|praklampsie|eklampsie|schwangerschaftsdiabetes|gestationsdiabetes|fruhgeburt*|fehlgeburt*|wochenbettdepression*)',
      // Class: addiction (Anlage A Nr. 3, nicotine excepted) cured or quit as the promised outcome — de-6:
      // "Heilung von Alkoholismus", "dem Alkohol für immer Lebewohl sagen", "mit dem Trinken aufgehört",
      // addiction in a list of diseases a method heals.
      '(gegen|bei|von|heilt|heilung|bekampft|lindert|befreit|therapie|behandlung) ~3 (alkoholismus|alkoholkrank*|trunksucht|suchterkrank*|suchtkrank*)',
      '(alkohol|alkoholkonsum|trinken|saufen|sucht) ~3 (lebewohl|adieu|abschied)',
      'mit dem (trinken|saufen) ~2 (aufhoren|aufgehort|aufzuhoren|aufhort|aufhorte)',
      '(vom|von) (alkohol|trinken|saufen) ~1 (loskommen|losgekommen|loszukommen|wegkommen|weggekommen|befreit)',
      '(kommen|kommt|komme|kam|kamen) ~3 (vom|von) (alkohol|trinken|saufen) ~1 los',
      // "frei von Alkohol" alone is a product attribute (alcohol-free tincture): only as a state reached.
      '(endlich|immer|dauerhaft|wieder) ~1 (frei|los|weg) (vom|von) (alkohol|trinken|saufen|alkoholsucht)',
      '(erkrankungen|krankheiten|indikationen|beschwerden) ~8 (suchterkrank*|suchtkrank*|alkoholismus|alkoholsucht|drogensucht|spielsucht)',
      // Class: a remedy offered for a § 12 disease ("Lösung für Corona") and self-treatment advised for
      // the case one falls ill ("Wenn ich … Krebserkrankung habe – da würde ich eher MMS nehmen",
      // "Für den Fall, dass jemand am Corona-Virus erkranken sollte, habe ich alle … Mittel") — de-7.
      '(losung*|mittel|heilmittel|rezept|antwort|geheimwaffe|waffe) (fur|gegen|bei|auf) ~2 @notifiable',
      '(wenn|falls|fall|sollte|sollten) ~6 @notifiable ~8 (nehmen|einnehmen|mittel|heilmittel|gesund|hilft|helfen|heilt|heilen)',
    ],
    allow: ['sternzeichen krebs', 'krebs (im|als) sternzeichen'],
    negation: { window: 3, after: 2 },
    // A practice's infection-control notice ("unsere Schutzmaßnahmen vor der Ausbreitung des Coronavirus") advertises no cure.
    // Instructions before or after a treatment ("48 Stunden vor der OP mit dem Trinken aufhören") advertise no cure.
    unlessSentence: ['(impf*|screening|fruherkennung|vorsorgeuntersuchung*|krankenkasse*|krebsvorsorge)', 'hwg', 'nikotin*', 'rauch*',
      '(stunden|tage|tagen|wochen) (vor|nach) (der|dem|ihrer|ihrem|einer|einem)', '(schutzmassnahme*|hygienemassnahme*|hygienekonzept*|hygieneregel*|maskenpflicht|abstandsregel*)',
      // Practice rules for the infected and advice to ask the oncologist first are no remedy offered.
      '(termin*|wartezimmer|praxis) ~4 (nicht|kein*|absagen|telefonisch)', '(rucksprache|absprache) ~4 (arzt|arztin|onkolog*|hausarzt*|hausarztin)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const restrictedDiseaseDocs: RuleDocs = {
  note: 'Anlage A Nr. 2 (cancer) did not apply to medical devices in the 2006 text; whether § 12 Abs. 2 still covers treatments by doctors in its current wording is UNVERIFIED (review). Nicotine dependence is excluded, statutory screening information is not advertising.',
  examples: {
    invalid: [
      { text: 'Mit den Tropfen beugen Sie Grippe und Corona wirksam vor.', context: { product: 'supplement' } },
      // Classes: prevention of a listed infection, overcoming an addiction, cancer therapy as a service (issue 13).
      { text: 'Zur Vorbeugung von Covid: Ozon-Eigenbluttherapie in unserer Praxis.', context: { product: 'medical-service' } },
      { text: 'Endlich frei vom Alkohol? Mit Hypnose die Alkoholsucht überwinden.', context: { product: 'medical-service' } },
      { text: 'Misteltherapie als sanfte Krebsbehandlung.', context: { product: 'medical-service' } },
      { text: 'Unser Immun-Booster-Set unterstützt Ihren Körper im Kampf gegen Krebs – ganz natürlich.', context: { product: 'other' } },
      { text: 'Hochdosiertes Vitamin C schützt vor Corona!', context: { product: 'supplement' } },
      { text: 'Die Akupunktur-Kur befreit Sie dauerhaft von Ihrer Alkoholsucht.', context: { product: 'medical-service' } },
      // Class of de-6: addiction cured or quit as the promised outcome.
      { text: 'Unsere Tropfen helfen bei Alkoholismus – ganz ohne Entzugsklinik.', context: { product: 'supplement' } },
      { text: 'Mit der Hypnose-Kur sagen Sie dem Alkohol für immer Adieu.', context: { product: 'medical-service' } },
      { text: 'Schon nach vier Wochen habe ich mit dem Trinken aufgehört. Danke!', context: { product: 'supplement' } },
      { text: 'Indikationen der Ohrakupunktur: Schlafstörungen, Tinnitus, Suchterkrankungen, Allergien.', context: { product: 'medical-service' } },
      { text: 'Mit dem Hypnoseprogramm kommen Sie endlich vom Alkohol los.', context: { product: 'medical-service' } },
      { text: 'Endlich frei vom Alkohol – mit unserer Kräuterkur.', context: { product: 'supplement' } },
      // Class of de-7: a remedy for a § 12 disease, self-treatment for the case one falls ill.
      { text: 'Die natürliche Antwort auf Influenza: unser Holunder-Elixier.', context: { product: 'supplement' } },
      { text: 'Geheimwaffe gegen Hautkrebs – die Chlorella-Kur.', context: { product: 'supplement' } },
      { text: 'Falls Sie an Hepatitis erkranken, hilft Ihnen unser Mariendistel-Extrakt.', context: { product: 'supplement' } },
      { text: 'Sollte Ihr Kind Masern bekommen, geben Sie ihm einfach unsere Globuli als Heilmittel.', context: { product: 'drug' } },
      { text: 'Wenn bei mir ein Tumor gefunden würde, würde ich sofort Aprikosenkerne einnehmen.', context: { product: 'other' } },
      { text: 'Die Lösung bei Borreliose: Bioresonanz in unserer Praxis.', context: { product: 'medical-service' } },
    ],
    valid: [
      // Near miss of de-5: a practice's infection-control notice.
      { text: 'Bitte beachten Sie unsere Hygienemaßnahmen zum Schutz vor Corona: Maske im Wartezimmer.', context: { product: 'medical-service' } },
      { text: 'Die Krebsvorsorge für Frauen ab 20 übernimmt die Krankenkasse.', context: { product: 'medical-service' } },
      { text: 'Unsere Onkologie arbeitet nach den Leitlinien der Fachgesellschaften.', context: { product: 'medical-service' } },
      { text: 'Die Corona-Regeln in unserer Praxis wurden aufgehoben.', context: { product: 'medical-service' } },
      { text: 'Hautkrebs-Screening ab 35 alle zwei Jahre – die Kosten übernimmt die Krankenkasse.', context: { product: 'medical-service' } },
      { text: 'Endlich Nichtraucher: Unsere Rauchentwöhnung hilft gegen die Sucht.', context: { product: 'medical-service' } },
      { text: 'Für Fachkreise: neue Daten zur Therapie bei Melanom.', context: { product: 'drug', audience: 'professional' } },
      // Near misses of the de-6 class: a pre-operative instruction, smoking cessation (Anlage A Nr. 3 excepts nicotine).
      { text: 'Bitte hören Sie 48 Stunden vor der OP mit dem Trinken von Alkohol auf.', context: { product: 'aesthetic-surgery' } },
      { text: 'Vom Rauchen loskommen: unser Raucherentwöhnungskurs startet im März.', context: { product: 'medical-service' } },
      { text: 'Suchtberatung erhalten Sie bei der Caritas; Ihre Krankenkasse nennt Ihnen Anlaufstellen für Suchterkrankungen.', context: { product: 'medical-service' } },
      { text: 'Unsere Pflanzentinkturen sind frei von Alkohol und Zucker.', context: { product: 'supplement' } },
      // Near misses of the de-7 class: practice rules for the infected, advice to ask first, no cure known.
      { text: 'Falls Sie an Corona erkrankt sind, sagen Sie Ihren Termin bitte telefonisch ab.', context: { product: 'medical-service' } },
      { text: 'Wenn Sie Krebs haben, sollten Sie Nahrungsergänzungsmittel nur nach Rücksprache mit Ihrer Onkologin einnehmen.', context: { product: 'medical-service' } },
      { text: 'Ein Mittel gegen Masern gibt es nicht; die Impfung schützt.', context: { product: 'medical-service' } },
      { text: 'Krebs als Sternzeichen: Mittel für die Sommerlaune gibt es hier nicht.', context: { product: 'other' } },
    ],
  },
};
