import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { MDR_ART7, UDL_ART14, UZNK_16 } from '../basis.js';
import { CURE_ALLOW, CURE_VERBS, DISEASE_CURE, LEGAL_TEXT } from '../lexicon.js';

/**
 * "Leczy", "wyleczy", "uzdrawia" said of a device or an aesthetic procedure. Drugs treat their
 * indications and doctors treat patients, so drug ads and clinic information are outside this
 * rule; "leczenie kanałowe" is a service name, not a verb claim. Supplements and cosmetics are
 * bound by food and cosmetics law, not by the device regulation: pl/food-claim, pl/cosmetic-claim.
 */
export const cureClaim = defineRule({
  id: 'pl/cure-claim',
  category: 'misleading-property',
  severity: 'error',
  // Devices: MDR art. 7; an aesthetic procedure (a service): misleading advertising and the ban on
  // "cechy reklamy" in clinic information.
  legalBasis: [MDR_ART7, UDL_ART14, UZNK_16('pkt 2')],
  applies: { products: ['medical-device', 'aesthetic-surgery'] },
  match: {
    patterns: [...CURE_VERBS, ...DISEASE_CURE, 'algorytm* ~8 @disease'],
    allow: CURE_ALLOW,
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const cureClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Opaska magnetyczna BioMag leczy reumatyzm.', context: { product: 'medical-device' } },
      { text: 'Lampa na podczerwień uzdrawia przeziębienie i zatoki.', context: { product: 'medical-device' } },
      { text: 'Ten materac ortopedyczny leczy bóle kręgosłupa i przywraca zdrowy sen.', context: { product: 'medical-device' } },
      { text: 'Mezoterapia igłowa uzdrawia zniszczone włosy i leczy łysienie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Pas magnetyczny likwiduje rwę kulszową bez tabletek.', context: { product: 'medical-device' } },
      { text: 'Lampa bioptronowa zwalcza zapalenie zatok w tydzień.', context: { product: 'medical-device' } },
      { text: 'Algorytm aplikacji w minutę sprawdzi, czy pieprzyk to nowotwór.', context: { product: 'medical-device' } },
      // classes @disease, @cure-promise, @gone (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Pas rozgrzewający wyleczy rwę kulszową w tydzień.', context: { product: 'medical-device' } },
      { text: 'Lampa z podczerwienią zlikwiduje zapalenie zatok.', context: { product: 'medical-device' } },
      { text: 'Mata akupresurowa pokona fibromialgię bez tabletek.', context: { product: 'medical-device' } },
      { text: 'Wkładki magnetyczne cofną haluksy i płaskostopie.', context: { product: 'medical-device' } },
      { text: 'Osocze bogatopłytkowe uleczy łysienie androgenowe.', context: { product: 'aesthetic-surgery' } },
      { text: 'Opaska uciskowa wyeliminuje chorobę lokomocyjną u dzieci.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Dr Anna Nowak leczy choroby skóry u dorosłych i dzieci.', context: { product: 'medical-device' } },
      { text: 'Nasi ortopedzi leczą urazy sportowe; materace dobieramy po konsultacji.', context: { product: 'medical-device' } },
      { text: 'Opatrunek nie leczy infekcji – przy zaczerwienieniu rany zgłoś się do lekarza.', context: { product: 'medical-device' } },
      { text: 'Maść leczy stany zapalne skóry zgodnie ze wskazaniami w ulotce.', context: { product: 'drug' } },
      { text: 'Inhalator do podawania leków przepisanych na astmę przez lekarza.', context: { product: 'medical-device' } },
      { text: 'Opaska uciskowa wspomaga rehabilitację po urazie kolana.', context: { product: 'medical-device' } },
      { text: 'Lekarz oceni zmiany skórne podczas wizyty.', context: { product: 'medical-device' } },
      // classes @disease, @cure-promise, @gone (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Ortopeda dobierze wkładki przy płaskostopiu.', context: { product: 'medical-device' } },
      { text: 'Inhalator ułatwia podanie leków przepisanych na POChP.', context: { product: 'medical-device' } },
      { text: 'Glukometr mierzy poziom cukru u osób z cukrzycą.', context: { product: 'medical-device' } },
      { text: 'Pas nie wyleczy dyskopatii, ale odciąży kręgosłup podczas pracy.', context: { product: 'medical-device' } },
    ],
  },
};
