import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { NIL_GUIDANCE, UDL_ART14 } from '../basis.js';
import { SUPERLATIVE, SUPERLATIVE_ALLOW, SUPERLATIVE_UNLESS } from '../lexicon.js';

/**
 * Valuations and superlatives ("najlepszy", "najnowocześniejszy sprzęt", "nr 1", "jedyny") in
 * clinic information: the NIL reads art. 14 UDL as banning them outright. For devices, drugs and
 * supplements they are claims that need substantiation, unlawful only when false: see
 * pl/superlative-product, at `warning` (audit 2026-11 § 3.1).
 */
export const superlative = defineRule({
  id: 'pl/superlative',
  category: 'superlative',
  severity: 'error',
  legalBasis: [UDL_ART14, NIL_GUIDANCE],
  applies: { products: ['medical-service', 'aesthetic-surgery'] },
  match: {
    patterns: SUPERLATIVE,
    allow: SUPERLATIVE_ALLOW,
    unlessSentence: SUPERLATIVE_UNLESS,
    negation: true,
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const superlativeDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Najlepsza klinika stomatologiczna w mieście!', context: { product: 'medical-service' } },
      { text: 'Jesteśmy nr 1 w implantologii.', context: { product: 'medical-service' } },
      { text: 'Zabiegi wykonujemy na najnowocześniejszym sprzęcie w regionie – zapraszamy!', context: { product: 'medical-service' } },
      { text: 'Pracują u nas najlepsi ortodonci i najlepiej wyposażone gabinety w Poznaniu.', context: { product: 'medical-service' } },
      { text: 'Oferujemy najszerszy wybór implantów w województwie.', context: { product: 'medical-service' } },
      { text: 'Najniższe ceny wybielania w Trójmieście.', context: { product: 'medical-service' } },
      { text: 'Nasz zespół tworzą wybitni chirurdzy z wieloletnim stażem.', context: { product: 'aesthetic-surgery' } },
      { text: 'Najnowocześniejsze laserowe centrum okulistyczne w regionie.', context: { product: 'medical-service' } },
      { text: 'Gwarantujemy najkrótsze terminy i najwyższy standard obsługi.', context: { product: 'medical-service' } },
      { text: 'Najtańsze implanty na Śląsku – sprawdź.', context: { product: 'medical-service' } },
      // classes: a quality superlative with an adjective in between, "światowej jakości", a breakthrough
      { text: 'Pracujemy wyłącznie na materiałach najwyższej, szwajcarskiej jakości.', context: { product: 'medical-service' } },
      { text: 'Nasze protezy powstają w pracowni o światowym poziomie.', context: { product: 'medical-service' } },
      { text: 'Fale uderzeniowe to przełom w leczeniu ostrogi piętowej – dostępne w naszym centrum.', context: { product: 'medical-service' } },
      // classes: a first, a gold standard
      { text: 'Jako pierwsi w regionie wprowadziliśmy laser pikosekundowy.', context: { product: 'aesthetic-surgery' } },
      { text: 'Implanty zygomatyczne to dziś złoty standard w leczeniu bezzębia – zapraszamy.', context: { product: 'medical-service' } },
      // classes: valuations without "naj-": real experts, renowned, unique method, no equal
      { text: 'Prawdziwi eksperci od implantów – zapraszamy do kliniki.', context: { product: 'medical-service' } },
      { text: 'Renomowana klinika o międzynarodowej sławie.', context: { product: 'aesthetic-surgery' } },
      { text: 'Unikalna, autorska metoda leczenia kręgosłupa.', context: { product: 'medical-service' } },
      { text: 'Nasza laseroterapia nie ma sobie równych.', context: { product: 'aesthetic-surgery' } },
    ],
    valid: [
      { text: 'Najlepiej skonsultuj się z lekarzem przed zabiegiem.', context: { product: 'medical-service' } },
      { text: 'Najlepsze życzenia świąteczne od całego zespołu!', context: { product: 'medical-service' } },
      { text: 'Klinika zajęła 2. miejsce według rankingu Medicover 2023 – najlepsza w regionie.', context: { product: 'medical-service' } },
      { text: 'Po urazie zęba zadzwoń jak najszybciej – przyjmiemy Cię tego samego dnia.', context: { product: 'medical-service' } },
      { text: 'Najnowsze wytyczne PTK omawiamy w artykule na blogu.', context: { product: 'medical-service' } },
      { text: 'Nie jesteśmy najtańszym gabinetem w mieście i nie udajemy, że jest inaczej.', context: { product: 'medical-service' } },
      { text: 'Najbliższy wolny termin: czwartek 10:30.', context: { product: 'medical-service' } },
      { text: 'Najczęstsze pytania o leczenie kanałowe – odpowiadamy.', context: { product: 'medical-service' } },
      { text: 'Staramy się przyjąć pacjenta jak najszybciej po zgłoszeniu.', context: { product: 'medical-service' } },
      { text: 'Do najbliższej placówki dojedziesz tramwajem nr 8.', context: { product: 'medical-service' } },
      { text: 'Najmłodsi pacjenci dostają naklejki – zapraszamy rodziców z dziećmi.', context: { product: 'medical-service' } },
      { text: 'Postaramy się umówić wizytę w jak najkrótszym terminie.', context: { product: 'medical-service' } },
      { text: 'Najlepszą rekomendacją są dla nas wracający pacjenci.', context: { product: 'medical-service' } },
      { text: 'Mezoterapia mikroigłowa to doskonała alternatywa dla osób, które nie lubią zastrzyków.', context: { product: 'aesthetic-surgery' } },
      { text: 'Na przełomie roku gabinet będzie nieczynny.', context: { product: 'medical-service' } },
      { text: 'Światowa Organizacja Zdrowia zaleca szczepienie przeciw grypie osobom po 65. roku życia.', context: { product: 'medical-service' } },
      // near misses: a first step, a newsletter, a gold standard of diagnosis, "the only way to diagnose", perfection denied, a statistic's range
      { text: 'Jako pierwszy krok zalecamy konsultację z ortodontą.', context: { product: 'medical-service' } },
      { text: 'Zapisz się do newslettera, a jako pierwsi dowiecie się o nowych godzinach przyjęć.', context: { product: 'medical-service' } },
      { text: 'Złotym standardem diagnostyki raka jelita grubego jest kolonoskopia.', context: { product: 'medical-service' } },
      { text: 'Jedynym sposobem rozpoznania czerniaka jest badanie histopatologiczne.', context: { product: 'medical-service' } },
      { text: 'Perfekcyjne dopasowanie koloru korony nie jest możliwe przy jednej wizycie.', context: { product: 'medical-service' } },
      { text: 'Perfekcyjne odwzorowanie kształtu zęba przy pomocy tymczasowej korony z akrylu nie jest możliwe.', context: { product: 'medical-service' } },
      { text: 'W raporcie NFZ najbardziej obłożona poradnia miała 40 dni kolejki, a najmniej obłożona 3 dni.', context: { product: 'medical-service' } },
      // near misses: suppliers named, a method described plainly
      { text: 'Używamy implantów renomowanych producentów z certyfikatem CE.', context: { product: 'medical-service' } },
      { text: 'Metoda polega na podaniu osocza w okolice stawu – lekarz omówi przeciwwskazania.', context: { product: 'medical-service' } },
      { text: 'Jako pierwsza w kolejności odbywa się konsultacja kwalifikacyjna.', context: { product: 'medical-service' } },
      { text: 'Złoty standard leczenia kanałowego według wytycznych ESE obejmuje użycie koferdamu.', context: { product: 'medical-service' } },
    ],
  },
};
