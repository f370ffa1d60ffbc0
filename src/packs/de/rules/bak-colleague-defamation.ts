import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { baek, mbo } from '../basis.js';

/** Disparaging colleagues or their treatment in public (BÄK rule 2; § 29 Abs. 1 MBO-Ä). */
export const colleagueDefamation = defineRule({
  id: 'de/bak-colleague-defamation',
  category: 'comparative',
  severity: 'warning',
  legalBasis: [baek('Regel 2 „Keine Kollegen diffamieren – Netiquette beachten“'), mbo('§ 29 Abs. 1')],
  match: {
    patterns: [
      '(kurpfuscher*|pfuscher*|stumper*|scharlatan*|quacksalber*|metzger)',
      'gepfuscht',
      'verpfusch*',
      '(unfahig*|inkompetent*|ahnungslos*) ~1 (kollege*|kollegin*|arzt|arzte|arztin*|zahnarzt*|chirurg*|vorbehandler*)',
      '(kollege*|kollegin*|vorbehandler*|vorbehandelnde*) ~4 (versaut|verpfuscht|ruiniert|ahnungslos)',
    ],
    negation: { window: 2, after: 0 },
    unlessSentence: ['metzgerei', 'fleischer*'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const colleagueDefamationDocs: RuleDocs = {
  note: 'The 2023 guidance asks for netiquette towards colleagues; § 29 Abs. 1 MBO-Ä (unsachliche Kritik an der Behandlungsweise von Kollegen) is cited from commentary, verbatim UNVERIFIED.',
  examples: {
    invalid: [
      'Wieder eine Nase, die der Kollege in der Nachbarstadt total verpfuscht hat. Kommt lieber gleich zu uns!',
      'Bei diesem Kurpfuscher im Westend wäre ich vorsichtig.',
      'So sieht das aus, wenn ein unfähiger Kollege Implantate setzt.',
    ],
    valid: [
      'Zweitmeinung gewünscht? Bringen Sie Ihre Unterlagen mit, wir besprechen sie sachlich.',
      'Wir arbeiten eng mit den Kolleginnen und Kollegen der Uniklinik zusammen.',
      'Hinter der Praxis finden Sie die Metzgerei Huber und einen Parkplatz.',
    ],
  },
};
