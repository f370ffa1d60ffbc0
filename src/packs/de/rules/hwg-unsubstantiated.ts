import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, hwg3, hwg3Devices, mdr7 } from '../basis.js';

/** Invoked evidence without a verifiable source (§ 3 S. 2 Nr. 1, § 6 Nr. 2 HWG). */
export const unsubstantiated = defineRule({
  id: 'de/hwg-unsubstantiated',
  category: 'unsubstantiated-claim',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 1', 'wenn Arzneimitteln, Verfahren, Behandlungen, Gegenständen oder anderen Mitteln eine therapeutische Wirksamkeit oder Wirkungen beigelegt werden, die sie nicht haben'),
    hwg3Devices('§ 3 Satz 2 Nr. 1'),
    ...mdr7('lit. a'),
    // § 6 Nr. 2 as worded in the statute (the earlier quote mixed in Nr. 3 „nicht wortgetreu übernommen“).
    hwg('6', '§ 6 Nr. 2', 'wenn … auf wissenschaftliche, fachliche oder sonstige Veröffentlichungen Bezug genommen wird, ohne daß aus der Werbung hervorgeht, ob die Veröffentlichung das Arzneimittel, das Verfahren, die Behandlung, den Gegenstand oder ein anderes Mittel selbst betrifft, für die geworben wird, und ohne daß der Name des Verfassers, der Zeitpunkt der Veröffentlichung und die Fundstelle genannt werden'),
  ],
  match: {
    patterns: [
      '(klinisch|wissenschaftlich|medizinisch|dermatologisch|nachweislich) (bewiesen*|belegt*|erwiesen*|nachgewiesen*|bestatigt*|gepruft*)',
      '(studie|studien|untersuchung|untersuchungen|forschung) (zeigt|zeigen|belegt|belegen|beweist|beweisen|bestatigt|bestatigen|hat|haben)',
      'studien(belegt*|gepruft*|bewiesen*)',
      'laut (studie|studien)',
      'nachweislich',
      '(erfolgsquote*|erfolgsrate*|heilungsrate*|heilungsquote*|zufriedenheitsquote*|zufriedenheitsrate*)',
      're:\\d+(?:[.,]\\d+)?\\s?%\\s+(?:erfolg|zufrieden|heilung|wirksam)\\p{L}*',
      'bewiesen* wirk*',
      're:\\d+(?:[.,]\\d+)?\\s?%\\s*(?:weniger|mehr|schneller|starker\\p{L}*|besser\\p{L}*|wirksamer|dickere\\p{L}*|straffere\\p{L}*|reduktion|verbesserung|der (?:anwender|patient|teilnehmer|probanden)\\p{L}*)',
    ],
    allow: ['studiengang*', 'studienteilnehm*', 'studienlage'],
    negation: { window: 3, after: 2 },
    unlessSentence: ['et al*', 'doi', 'pubmed', 'quelle*', 'leitlinie*', 're:\\((?:[^()]*\\s)?(?:19|20)\\d{2}\\)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const unsubstantiatedDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Klinisch bewiesen: Unsere Eigenblut-Kur verjüngt die Haut.', context: { product: 'medical-service' } },
      { text: 'Diese Studie zeigt einen positiven Effekt von Magneten auf den Blutdruck.', context: { product: 'other' } },
      { text: 'Das Serum sorgt für 37 % dickere Haare in 8 Wochen.', context: { product: 'other' } },
    ],
    valid: [
      'Die Wirksamkeit ist wissenschaftlich nicht belegt – wir raten daher davon ab.',
      'Studienteilnehmende gesucht: Wir untersuchen eine neue Therapie bei Neurodermitis.',
      'Laut S3-Leitlinie Adipositas (AWMF 2024) ist Bewegung Teil jeder Therapie; Studien zeigen dies seit Jahren (Quelle: AWMF-Register 050-001).',
    ],
  },
};
