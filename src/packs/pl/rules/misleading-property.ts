import { defineRule } from '../../../core/define.js';
import { MDR_ART7, pf } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Effects a product or device does not have: cures, works on viruses, rejuvenates, detoxes,
 * "magnetic properties", cures everything. Service names ("leczenie kanałowe") and a doctor
 * treating patients are not claims about a product.
 */
export const misleadingProperty = defineRule({
  id: 'pl/misleading-property',
  category: 'misleading-property',
  severity: 'error',
  legalBasis: [MDR_ART7, pf('art. 52 ust. 3', 'Reklama produktu leczniczego nie może wprowadzać w błąd')],
  match: {
    patterns: [
      'lecz(y|ą)',
      'wylecz(y|ysz|ymy|ą|ony|ona|one|eni*)',
      'uzdrawia*',
      'uzdrowi(|sz|my|ą)',
      'działa(|ją) (na|przeciw) (wirus*|bakteri*|koronawirus*|grzyb*|drobnoustroj*)',
      'przeciwwirusow*',
      'zabija ~2 (wirus*|bakteri*|drobnoustroj*|koronawirus*)',
      '(wzmacnia|zwiększa|podnosi|buduje)(|ją) odporność',
      'odmładza*',
      'regeneruj* (komórk*|organizm*|chrząstk*|staw*)',
      'odbudowuj* (chrząstk*|staw*|kości|kość|nerw*)',
      'usuwa* (toksyn*|przyczyn*)',
      'detoks*',
      'oczyszcza* (organizm*|krew|wątrob*|jelit*)',
      'właściwości* magnetyczn*',
      'cudown* (lek*|środ*|działani*|urządze*|sposób|sposob*|efekt*|właściwości*)',
      'cudownie (działa|leczy)',
      'likwiduj* (stan*|przyczyn*|chorob*|nowotwor*|zapaleni*)',
      'na wszystkie (dolegliwości|choroby|schorzenia|bolączki)',
      'cofa* (chorob*|zmian*|miażdżyc*|cukrzyc*|zwyrodnieni*)',
      'zastępuje (leki|leczenie|operacj*|farmakoterapi*)',
    ],
    allow: [
      '(lekarz*|lekark*|dr|doktor*|specjali*|dermatolo*|stomatolo*|ortoped*|kardiolo*|ginekolo*|klinik*|gabinet*|przychodni*|poradni*|oddział*|zespół|który|która|kto) ~2 lecz(y|ą)',
      'wyleczeni* ~2 (zęb*|kanał*|próchnic*)',
    ],
    unlessSentence: LEGAL_TEXT,
    negation: true,
  },
  examples: {
    invalid: [
      { text: 'To jedyne tabletki o podwójnej dawce. Działa na wirusy.', context: { product: 'drug' } },
      { text: 'Opaska ortopedyczna ma cenne właściwości magnetyczne.', context: { product: 'medical-device' } },
      { text: 'Poduszka ProSen leczy bezsenność i wzmacnia odporność.', context: { product: 'medical-device' } },
      { text: 'Lampa odmładza skórę i usuwa toksyny z organizmu.', context: { product: 'medical-device' } },
    ],
    valid: [
      { text: 'Leczenie kanałowe wykonujemy pod mikroskopem.', context: { product: 'medical-service' } },
      { text: 'Dr Anna Nowak leczy choroby skóry u dorosłych i dzieci.', context: { product: 'medical-service' } },
      { text: 'Ciśnieniomierz służy do pomiaru ciśnienia tętniczego krwi.', context: { product: 'medical-device' } },
      { text: 'Ten opatrunek nie leczy infekcji – przy zaczerwienieniu rany zgłoś się do lekarza.', context: { product: 'medical-device' } },
    ],
  },
});
