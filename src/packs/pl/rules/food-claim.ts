import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { FOOD_INFO_ART7, HEALTH_CLAIMS_ART10 } from '../basis.js';
import { BODY_EFFECT, CURE_ALLOW, CURE_VERBS, DISEASE_EFFECT, EFFECT_CLAIMS, FOR_DISEASE, LEGAL_TEXT } from '../lexicon.js';

/**
 * A food presented as a medicine: "grzyb leczniczy", a rhetorical remedy question ("Jak temu
 * zaradzić? Podać dziecku …"), surgery or drugs made "unnecessary". Reg. 1169/2011 art. 7 ust. 3
 * bars attributing to a food the property of treating or preventing disease at all.
 */
const FOOD_AS_MEDICINE = [
  'lecznicz(y|a|e|ego|ej|ych|ym|ymi|ą)',
  'właściwości* (lecznicz*|uzdrawiając*)',
  '(jak|czym) (temu|tym|sobie|jej|mu|im) (zaradzić|pomóc|poradzić)',
  '(operacj*|operowani*|endoprotez*|leki|leków|leczeni*|farmakoterapi*) ~4 (niepotrzebn*|zbędn*)',
  // Any effect on a named disease, mild verbs included: "łagodzi objawy depresji", "zmniejsza ryzyko
  // cukrzycy", "przynosi ulgę przy infekcjach". For a device these may be its intended purpose; a
  // food may not be credited with treating or preventing a disease at all (art. 7 ust. 3), and a
  // reduction of disease risk needs its own authorisation (Reg. 1924/2006 art. 14).
  // (no bare imperatives: "zmniejsz spożycie soli, jeśli masz nadciśnienie" is advice)
  '(łagodzi*|łagodząc*|złagodzi*|zmniejsza*|zmniejszy*|zmniejszeni*|redukuje|redukują|redukując*|zredukuje|obniża*|obniży*|obniżeni*|poprawia*|poprawi|poprawić|ogranicza*|ograniczy*|ulga|ulgę|ulgi|ulgą|ulży*|wspomaga*) ~4 @disease',
  // used in treatment, a drug's mode of action: "stosowana w leczeniu choroby zwyrodnieniowej",
  // "znajduje zastosowanie w leczeniu ran", "wykazuje działanie antydepresyjne"
  '(stosowan*|zastosowani*|wykorzystywan*|używan*|pomocn*) w leczeniu',
  '(działani*|właściwoś*|efekt*) (antydepresyjn*|przeciwdepresyjn*|przeciwlękow*|przeciwzapaln*|przeciwbakteryjn*|antybakteryjn*|przeciwgrzybiczn*|przeciwgrzybicz*|przeciwnowotworow*|antynowotworow*|przeciwcukrzycow*|przeciwmiażdżycow*|przeciwbólow*|przeciwwirusow*|przeciwzakrzepow*|przeciwnadciśnieniow*)',
];

/**
 * A supplement (a food) presented as preventing or curing disease, or with effects that are not
 * authorised health claims. Food law, not the device regulation, is what binds a supplement post
 * (audit 2026-11, finding 12). Same classes of phrasings as pl/cure-claim and pl/misleading-property.
 */
export const foodClaim = defineRule({
  id: 'pl/food-claim',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [FOOD_INFO_ART7, HEALTH_CLAIMS_ART10],
  applies: { products: ['supplement'] },
  match: {
    patterns: [...CURE_VERBS, ...EFFECT_CLAIMS, ...DISEASE_EFFECT, ...BODY_EFFECT, ...FOR_DISEASE, ...FOOD_AS_MEDICINE, '@soothe-verb ~3 @inflammation'],
    // "osoby chorujące na cukrzycę": the label warning names who should ask a doctor, not what the food is for
    allow: [...CURE_ALLOW, '(chorując*|choruj*|chorzy|chory|chora|cierpi*|cierpiąc*|zmagaj*|zmagając*|leczon*) na @disease'],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const foodClaimDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Suplement Artroflex wyleczy Twoje stawy w miesiąc.', context: { product: 'supplement' } },
      { text: 'Kapsułki z czarnuszką leczą alergię – sprawdź sama!', context: { product: 'supplement' } },
      { text: 'Nasz sok z aronii oczyszcza wątrobę i wzmacnia odporność całej rodziny.', context: { product: 'supplement' } },
      { text: 'Syrop z czarnego bzu chroni przed przeziębieniem i grypą.', context: { product: 'supplement' } },
      { text: 'Kapsułki z karczochem odtruwają wątrobę po świętach.', context: { product: 'supplement' } },
      { text: 'Naturalny sposób na nadciśnienie – krople z głogu.', context: { product: 'supplement' } },
      { text: 'Herbatka z ziół leczniczych na każdą dolegliwość żołądka.', context: { product: 'supplement' } },
      { text: 'Dziecko nie może się skupić? Jak temu zaradzić? Wystarczą dwie żelki dziennie.', context: { product: 'supplement' } },
      { text: 'Z naszym kolagenem endoproteza kolana często okazuje się niepotrzebna.', context: { product: 'supplement' } },
      { text: 'Ratuje stawy i wątrobę po latach zaniedbań.', context: { product: 'supplement' } },
      { text: 'Postanowiłam wyleczyć się z łuszczycy naturalnie – kapsułki z czarnuszką.', context: { product: 'supplement' } },
      // classes: a mild verb on a named disease, "used in the treatment of", a drug's mode of action
      { text: 'Kurkuma w kapsułkach łagodzi objawy reumatyzmu i zmniejsza sztywność poranną.', context: { product: 'supplement' } },
      { text: 'Regularne przyjmowanie kwasów omega-3 może zmniejszyć ryzyko zawału serca.', context: { product: 'supplement' } },
      { text: 'Ekstrakt z żurawiny przynosi ulgę przy nawracającym zapaleniu pęcherza.', context: { product: 'supplement' } },
      { text: 'Czosnek niedźwiedzi od wieków stosowany w leczeniu miażdżycy.', context: { product: 'supplement' } },
      { text: 'Olejek z oregano wykazuje silne działanie przeciwgrzybicze.', context: { product: 'supplement' } },
      // class @soothe-verb @inflammation (round 7: new sentences, no content word of a corpus row)
      { text: 'Kapsułki z kurkumą wyciszają przewlekłe zapalenie jelit.', context: { product: 'supplement' } },
      { text: 'Pastylki z porostem islandzkim łagodzą chrypkę u nauczycieli.', context: { product: 'supplement' } },
      { text: 'Tran z kwasami omega-3 zwalcza infekcje u przedszkolaków.', context: { product: 'supplement' } },
      { text: 'Napar z tymianku uśmierza męczący kaszel.', context: { product: 'supplement' } },
      { text: 'Ekstrakt z bzu czarnego hamuje rozwój infekcji wirusowych.', context: { product: 'supplement' } },
      { text: 'Syrop z cebuli koi obrzęknięte migdałki.', context: { product: 'supplement' } },
      // classes @disease, @cure-promise, @gone (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Kapsułki z chromem pokonają insulinooporność.', context: { product: 'supplement' } },
      { text: 'Tabletki z żurawiną na nietrzymanie moczu.', context: { product: 'supplement' } },
      { text: 'Proszek z błonnikiem przeciw zaparciom i hemoroidom.', context: { product: 'supplement' } },
      { text: 'Olej z wiesiołka na atopowe zapalenie skóry u niemowląt.', context: { product: 'supplement' } },
      { text: 'Suplement z luteiną zwalczy zaćmę i jaskrę.', context: { product: 'supplement' } },
      { text: 'Dzięki kapsułkom pożegnasz menopauzalne uderzenia gorąca i migreny.', context: { product: 'supplement' } },
    ],
    valid: [
      // near misses of @soothe-verb @inflammation: a denial, advice to see a doctor, an authorised claim, a flavour
      { text: 'Wapń nie łagodzi stanów zapalnych – to mit, o którym piszemy w blogu.', context: { product: 'supplement' } },
      { text: 'Jeśli kaszel nie ustępuje po tygodniu, skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Cynk pomaga w prawidłowym funkcjonowaniu układu odpornościowego.', context: { product: 'supplement' } },
      { text: 'Łagodny smak malin – żelki z witaminą C bez cukru.', context: { product: 'supplement' } },
      { text: 'Suplement diety nie leczy chorób – przy dolegliwościach skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Suplement diety. Zalecana dzienna porcja: 1 kapsułka. Przechowywać w suchym miejscu.', context: { product: 'supplement' } },
      { text: 'Cynk pomaga w utrzymaniu prawidłowego funkcjonowania układu odpornościowego.', context: { product: 'supplement' } },
      { text: 'Nie stosować u kobiet w ciąży; przy cukrzycy skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Kolagen w proszku, smak cytrynowy, 30 porcji.', context: { product: 'supplement' } },
      { text: 'Magnez pomaga w utrzymaniu prawidłowych funkcji psychologicznych.', context: { product: 'supplement' } },
      { text: 'Suplement diety nie zastępuje leczenia – przy bólu stawów skonsultuj się z lekarzem.', context: { product: 'supplement' } },
      // near misses: the label warning, an authorised function claim, a disclaimer, advice during treatment
      { text: 'Osoby chorujące na cukrzycę przed zastosowaniem produktu powinny skonsultować się z lekarzem.', context: { product: 'supplement' } },
      { text: 'Witamina D pomaga w utrzymaniu prawidłowego stanu kości.', context: { product: 'supplement' } },
      { text: 'Produkt nie zmniejsza ryzyka chorób i nie jest stosowany w leczeniu.', context: { product: 'supplement' } },
      { text: 'W trakcie leczenia przeciwzakrzepowego nie stosuj preparatu bez zgody lekarza.', context: { product: 'supplement' } },
      { text: 'Zmniejsz spożycie soli, jeśli masz nadciśnienie – suplement tego nie zastąpi.', context: { product: 'supplement' } },
      // classes @disease, @cure-promise, @gone (round 10: sentences written for the classes, not taken from a corpus row)
      { text: 'Witamina C pomaga w prawidłowym funkcjonowaniu układu odpornościowego.', context: { product: 'supplement' } },
      { text: 'Osoby chorujące na nadciśnienie powinny skonsultować stosowanie z lekarzem.', context: { product: 'supplement' } },
      { text: 'Magnez przyczynia się do zmniejszenia uczucia zmęczenia.', context: { product: 'supplement' } },
      { text: 'Suplement diety nie zastępuje zróżnicowanej diety.', context: { product: 'supplement' } },
      { text: 'Witamina C pomaga w prawidłowym funkcjonowaniu układu odpornościowego.', context: { product: 'supplement' } },
    ],
  },
};
