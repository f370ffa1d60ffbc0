import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { NIL_GUIDANCE, UDL_ART14 } from '../basis.js';
import { LEGAL_TEXT } from '../lexicon.js';

/**
 * Pressure to buy or book now. A bare invitation ("rejestracja: tel. …") is information; time
 * pressure and "don't wait / don't risk" are the features of advertising the NIL names.
 */
export const urging = defineRule({
  id: 'pl/urging',
  category: 'urging',
  severity: 'warning',
  legalBasis: [NIL_GUIDANCE, UDL_ART14],
  match: {
    patterns: [
      'nie (czekaj|czekajcie|zwlekaj|zwlekajcie|ryzykuj|ryzykujcie|zastanawiaj|przegap|przegapcie|odkładaj|odkładajcie)',
      '(tylko|jedynie|wyłącznie) (dziś|dzisiaj|teraz)',
      '(tylko|jedynie|wyłącznie) do (niedzieli|piątku|soboty|końca)',
      'tylko ~1 (weekend*|dni|godzin*)',
      'już (dziś|dzisiaj|teraz) ~2 (zapisz*|zamów*|kup*|umów*|zadzwoń*|skorzystaj*|sięgnij*)',
      '(zapisz*|zamów*|kup*|umów*|zadzwoń*|skorzystaj*) ~4 (jeszcze|już) (dziś|dzisiaj|teraz)',
      '(zapisz*|zamów*|kup*|umów*|zadzwoń*|skorzystaj*) ~3 natychmiast',
      'ostatni(e|ch) ~2 (terminy|termin*|miejsc*|sztuk*)',
      'pospiesz* się',
      'spiesz* się',
      'oferta ~1 ograniczon*',
      'oferta ważna (do|tylko)',
      'liczba (miejsc|sztuk) ~1 ograniczon*',
      'sięgnij* po',
      'zasługujesz na',
      'zrób to dla siebie',
      'kliknij i (kup*|zamów*|zapisz*)',
    ],
    allow: ['ostatni* ~2 (wizyt*|kontrol*) ~3 (przed|po)'],
    unlessSentence: [...LEGAL_TEXT, '112', '999', 'pogotowi*', 'gorączk*', 'krwawieni*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const urgingDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Nie czekaj! Zapisz się na konsultację jeszcze dziś – zostały ostatnie wolne terminy.', context: { product: 'medical-service' } },
      { text: 'Tylko dziś wybielanie w promocyjnej cenie.', context: { product: 'medical-service' } },
      { text: 'Nie ryzykuj zdrowia swoich bliskich – zamów oczyszczacz już teraz.', context: { product: 'medical-device' } },
      { text: 'Masz zgagę? Sięgnij po tabletki Refluxan.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Umów wizytę kontrolną 6 miesięcy po zabiegu.', context: { product: 'medical-service' } },
      { text: 'Jeśli po zabiegu wystąpi gorączka, nie czekaj – zadzwoń pod 112.', context: { product: 'medical-service' } },
      { text: 'Rejestracja: tel. 12 345 67 89, wizyty można umawiać online.', context: { product: 'medical-service' } },
      { text: 'Sprawdź godziny otwarcia przychodni w zakładce Kontakt.', context: { product: 'medical-service' } },
    ],
  },
};
