import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { hwg, hwg3, hwg3Devices, mdr7 } from '../basis.js';
import { SATISFIED_SHARE } from '../lexicon.js';

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
  // A post that names its source (a URL, a DOI, a journal) states where the claim can be checked.
  applies: { unless: ['re:www\\.[\\p{L}\\p{N}-]+\\.\\p{L}{2,}', 'doi', 'pubmed', 'et al*'] },
  match: {
    patterns: [
      '(klinisch|wissenschaftlich|medizinisch|dermatologisch|nachweislich) (bewiesen*|belegt*|erwiesen*|nachgewiesen*|bestatigt*|gepruft*)',
      // "medizinisch fundiert" describes a doctor's approach (de-4); science or trials invoked do not.
      '(wissenschaftlich|klinisch) (fundiert*|anerkannt*)',
      // Class: evidence asserted without a source, in the forms de-5 showed: a count of studies,
      // "belegt ist die Wirkung", an effect verb with a percentage, a share of satisfied customers.
      '(uber|rund|fast|bereits|zahlreiche|unzahlige) #number ~2 (studien|publikationen|veroffentlichungen|untersuchungen)',
      'mehr als #number ~2 (studien|publikationen|veroffentlichungen|untersuchungen)',
      '(belegt|bewiesen|nachgewiesen|erwiesen|gesichert) (ist|sind) ~4 (wirkung|wirksamkeit|effekt*|nutzen)',
      '(erhoht|erhohen|steigert|steigern|senkt|senken|reduziert|reduzieren|verbessert|verbessern|verringert|verringern|mindert|mindern|verkurzt|beschleunigt) ~4 (um|bis) #percent',
      '(erhoht|erhohen|steigert|steigern|senkt|senken|reduziert|reduzieren|verbessert|verbessern|verringert|verringern|mindert|mindern|verkurzt|beschleunigt) ~4 bis zu #percent',
      SATISFIED_SHARE,
      '(studie|studien|untersuchung|untersuchungen|forschung) (zeigt|zeigen|belegt|belegen|beweist|beweisen|bestatigt|bestatigen|hat|haben)',
      'studien(belegt*|gepruft*|bewiesen*)',
      // Class: a study, survey or data reported in the past tense or as the basis, without a source
      // ("eine kürzlich durchgeführte klinische Studie ergab", "Nach Studienergebnissen profitieren
      // etwa 70 Prozent", "außergewöhnliche statistische Daten zur Heilung") — de-6.
      '(studie|studien|umfrage|befragung|erhebung|auswertung|forschung) ~4 (ergab|ergaben|ergibt|fand|fanden|zeigte|zeigten|bewies|belegte|belegten|bestatigte|bestatigten)',
      '*befragung (ergab|ergaben|zeigte|zeigten|bestatigte|belegte)',
      '*studie (ergab|ergaben|zeigte|zeigten|bestatigte|belegte)',
      '(nach|laut|gemass) ~1 (studienergebnis*|studiendaten|forschungsergebnis*)',
      'statistisch* (daten|zahlen|auswertung*|erhebung*|belegt|nachgewiesen|erwiesen|gesichert)',
      // Class: a share of a population stated as fact without a source ("über 90 % der Benutzer gaben
      // an", "80% der Frauen … haben Komplikationen") and an effect "um 71 % gelindert" — de-6.
      '#percent (der|aller|unserer) (benutzer*|nutzer*|anwender*|patient*|teilnehmer*|probanden|betroffenen|kunden|kundinnen|frauen|manner|menschen|verbraucher*|befragten|testpersonen|kaufer*)',
      // Class: a multiplier of an effect without a source ("2,5-mal schneller einschlafen", "doppelt so
      // wirksam", "dreifach stärker") — de-6.
      '#number (mal|fach|fache|faches) (schneller|besser|starker|wirksamer|effektiver|tiefer|gesunder|intensiver|hoher|mehr)',
      '(doppelt|zweimal|dreimal|viermal|funfmal|zehnmal|zweifach|dreifach|vierfach|zehnfach) (so|) (schnell|gut|stark|wirksam|effektiv|tief|intensiv|schneller|besser|starker|wirksamer|effektiver|tiefer|intensiver)',
      '(um|bis) ~1 #percent (gelindert|reduziert|gesenkt|verbessert|verringert|gesteigert|erhoht|gemindert|verkurzt)',
      'laut (studie|studien)',
      // "nach der Untersuchung" is the exam, not a study: only "laut" introduces a source for any of them.
      'laut ~2 (untersuchung*|umfrage*|erhebung*|auswertung*)',
      'nach ~2 (umfrage*|erhebung*)',
      '#number von #number (patient*|patientinnen|anwender*|kund*|frauen|mannern|nutzer*|teilnehmer*)',
      'nachweislich',
      // Class: science or a study invoked without a source ("strengen wissenschaftlichen Erkenntnissen",
      // "neue große Studie aus Taiwan", "99,9 % der Bakterien") — de-4.
      'wissenschaftlich* (erkenntnis*|gesichert*)',
      '(neue*|aktuelle*|grosse*|neueste*|jungste*|renommierte*|unabhangige*) ~1 (studie|studien)',
      '#percent (der|aller) (bakterien|viren|keime|erreger|pilze|schadstoffe|giftstoffe)',
      '(zufriedenheit|weiterempfehlungsrate|weiterempfehlungsquote) ~2 #percent',
      '(erfolgsquote*|erfolgsrate*|heilungsrate*|heilungsquote*|zufriedenheitsquote*|zufriedenheitsrate*)',
      're:\\d+(?:[.,]\\d+)?\\s?%\\s+(?:erfolg|zufrieden|heilung|wirksam)\\p{L}*',
      'bewiesen* wirk*',
      // Class: proof claimed without a source ("konnte gezeigt werden", "90 % der Betroffenen", "Erfolge bei über 90 %").
      '(konnte|wurde|ist) ~2 (gezeigt|nachgewiesen|belegt|bewiesen) (werden|worden)',
      // Class: a measured quality stated as a percentage without a source ("Graft-Berechnung mit 98%
      // Genauigkeit", "Anwachsrate von 97 %"), conformity "zu 100 Prozent" with an authority's
      // recommendations, proof "durch Studien" or by a named authority ("Einstein zeigte:"), use by
      // an elite that stands in for evidence ("von Elitesportlern und Astronauten angewendet") — de-7.
      '#percent (genauigkeit|treffsicherheit|prazision|zuverlassigkeit|wirksamkeit|trefferquote|anwachsrate|erfolgsgarantie|sicherheit)',
      '(genauigkeit|treffsicherheit|prazision|zuverlassigkeit|wirksamkeit|trefferquote*|anwachsrate*|einheilrate*|uberlebensrate*) ~4 #percent',
      '(erfullt|erfullen|entspricht|entsprechen) ~3 #percent ~3 (empfehlung*|anforderung*|vorgabe*|richtlinie*|standards)',
      '(durch|in|mit) ~1 (studie|studien|tests|untersuchungen|rcts|messungen) ~1 (nachgewiesen*|belegt*|bewiesen*|bestatigt*|gepruft*|erwiesen*)',
      're:(?:beweist|bewies|bewiesen|zeigte|belegte|bestatigte|entdeckte)\\s?:',
      '(nasa|astronaut*|elitesportler*|spitzensportler*|profisportler*|leistungssportler*|olympioniken) ~4 (angewendet|genutzt|verwendet|eingesetzt|entwickelt|vertrauen|vertraut|schworen)',
      're:(?:erfolg\\p{L}*|wirksamkeit|heilungschance\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}\\d+(?:[.,]\\d+)?\\s?%',
      're:\\d+(?:[.,]\\d+)?\\s?%\\s*(?:weniger|mehr|schneller|starker\\p{L}*|besser\\p{L}*|wirksamer|dickere\\p{L}*|straffere\\p{L}*|reduktion|verbesserung|der (?:anwender|patient|teilnehmer|probanden|betroffen|nutzer|kund)\\p{L}*)',
    ],
    // A price, fee or subsidy changed by a percentage is no effect claim.
    // A physical examination that "shows" what is needed is the exam, not a study.
    allow: ['studiengang*', 'studienteilnehm*', 'studienlage',
      // A finding reported to the patient ("Der Ultraschall zeigte: …") is the exam, not a proof.
      '(ultraschall*|befund*|rontgen*|untersuchung|mrt|ct|labor*|blutbild|test) ~2 (zeigte|bestatigte|belegte)',
      '(sorgfaltig*|grundlich*|genau*|arztlich*|klinisch*|zahnarztlich*|eingehend*|korperlich*) (untersuchung|untersuchungen) (zeigt|zeigen|ergibt|ergab|zeigte)',
      '(untersuchung|untersuchungen) (zeigt|zeigen|ergibt|ergab|zeigte) (ob|welche*|wie|was|wo|wann|woher)', '(preis*|rabatt*|kosten|zuschuss*|festzuschuss*|beitrag*|gebuhr*|honorar*|rechnung*|eigenanteil*) ~5 #percent'],
    negation: { window: 3, after: 2 },
    // A sentence that says the evidence is lacking invokes none.
    unlessSentence: ['(nicht|kein*) ~2 (belegt|bewiesen|nachgewiesen|erwiesen)', '(uneinheitlich*|widerspruchlich*|umstritten*)', 'et al*', 'doi', 'pubmed', 'quelle*', 'leitlinie*', 're:\\((?:[^()]*\\s)?(?:19|20)\\d{2}\\)'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const unsubstantiatedDocs: RuleDocs = {
  examples: {
    invalid: [
      // Class of de-4: science or a study invoked without a source; a kill rate.
      { text: 'Unsere Kur beruht auf gesicherten wissenschaftlichen Erkenntnissen.', context: { product: 'supplement' } },
      { text: 'Das Spray tötet 99 % der Viren in Sekunden ab.', context: { product: 'medical-device' } },
      { text: 'Laut einer Umfrage unter Kundinnen sind 9 von 10 Anwenderinnen begeistert.', context: { product: 'medical-device' } },
      { text: 'Eine große neue Studie zeigt: Wer Hörgeräte trägt, bleibt geistig fit.', context: { product: 'medical-device' } },
      // Class: proof or success rates claimed without a source (issue 13).
      { text: 'In Tests konnte gezeigt werden, dass das Serum Falten um ein Drittel reduziert.', context: { product: 'other' } },
      { text: 'Die Heilungschancen liegen bei 85 % – deutlich über dem Durchschnitt.', context: { product: 'medical-service' } },
      { text: 'Unsere Erfolgsrate bei Implantaten: 98 Prozent.', context: { product: 'medical-service' } },
      { text: 'Klinisch bewiesen: Unsere Eigenblut-Kur verjüngt die Haut.', context: { product: 'medical-service' } },
      { text: 'Diese Studie zeigt einen positiven Effekt von Magneten auf den Blutdruck.', context: { product: 'other' } },
      { text: 'Das Serum sorgt für 37 % dickere Haare in 8 Wochen.', context: { product: 'other' } },
      // Classes of de-5.
      { text: 'Unsere Frequenztherapie ist eine wissenschaftlich fundierte Methode gegen Stress.', context: { product: 'medical-service' } },
      { text: 'Ginkgo: mehr als 400 Studien sprechen für die Kapseln.', context: { product: 'supplement' } },
      { text: 'Belegt ist die entzündungshemmende Wirkung von Curcumin auf die Gelenke.', context: { product: 'supplement' } },
      { text: 'Der Extrakt steigert die Fettverbrennung um bis zu 40 %.', context: { product: 'supplement' } },
      { text: '97 % zufriedene Patientinnen nach der Lidstraffung.', context: { product: 'aesthetic-surgery' } },
      { text: '2.000+ … Behandlungen … 98 % … Zufriedene Patienten', context: { product: 'aesthetic-surgery' } },
      // Classes of de-6: a study or survey in the past tense, results "nach Studienergebnissen",
      // statistics invoked, a share of a population as fact, an effect "um N %".
      { text: 'Eine aktuelle Anwenderbefragung ergab: Die Kapseln wirken bei fast allen.', context: { product: 'supplement' } },
      { text: 'Laut Forschungsergebnissen schläft man mit der Lampe doppelt so schnell ein.', context: { product: 'medical-device' } },
      { text: 'Statistische Daten belegen den Erfolg unserer Raucherentwöhnung.', context: { product: 'medical-service' } },
      { text: 'Über 85 % der Anwenderinnen spüren weniger Hitzewallungen.', context: { product: 'supplement' } },
      { text: 'Die Einlage hat Knieschmerzen um 60 % gesenkt.', context: { product: 'medical-device' } },
      { text: 'Mit dem Schlafspray schlafen Sie 3-mal schneller ein.', context: { product: 'other' } },
      { text: 'Unser Vitamin-C-Serum wirkt doppelt so stark wie herkömmliche Seren.', context: { product: 'other' } },
      { text: 'Eine Umfrage unter 500 Kundinnen ergab eine Zufriedenheit von 96 %.', context: { product: 'aesthetic-surgery' } },
      // Class of de-7: a measured quality as a bare percentage, conformity "zu 100 %", proof by tests or
      // by a named authority, an elite's use as evidence — in wording no corpus row uses.
      { text: 'Die Zahnfarbbestimmung per App erreicht 95 % Treffsicherheit.', context: { product: 'medical-service' } },
      { text: 'Unser Hörtest-Algorithmus arbeitet mit einer Präzision von 99 Prozent.', context: { product: 'medical-device' } },
      { text: 'Die Einheilrate unserer Implantate liegt bei 97 %.', context: { product: 'medical-service' } },
      { text: 'Die Wirkung des Magnetarmbands ist durch Messungen belegt.', context: { product: 'medical-device' } },
      { text: 'Unser Kollagen-Drink entspricht zu 100 % den Vorgaben der Fachgesellschaft.', context: { product: 'supplement' } },
      { text: 'Schon Paracelsus bewies: Bitterstoffe reinigen das Blut.', context: { product: 'supplement' } },
      { text: 'Die Rotlicht-Methode wird seit Jahren von Spitzensportlern eingesetzt.', context: { product: 'medical-device' } },
    ],
    valid: [
      // Near misses that must stay clean (de-4 classes).
      { text: 'Nach aktuellen wissenschaftlichen Erkenntnissen (S3-Leitlinie Parodontitis, 2021) ist die Zahnreinigung sinnvoll.', context: { product: 'medical-service' } },
      { text: 'Ob die Methode wirkt, ist durch Studien nicht belegt.', context: { product: 'medical-service' } },
      { text: 'Die Kosten können wir Ihnen erst nach der Untersuchung nennen.', context: { product: 'medical-service' } },
      { text: 'Wir nehmen an einer Studie der Universität teil; Teilnehmer werden gesucht.', context: { product: 'medical-service' } },
      { text: 'Die Wirksamkeit wurde in einer Studie gezeigt (Müller et al., J Dent Res 2021).', context: { product: 'medical-service' } },
      { text: 'Nähere Informationen zur Fluoridierung finden Sie unter www.dgzmk.de.', context: { product: 'medical-service' } },
      { text: 'Ob die Behandlung bei Ihnen wirkt, lässt sich vorher nicht sagen.', context: { product: 'medical-service' } },
      'Die Wirksamkeit ist wissenschaftlich nicht belegt – wir raten daher davon ab.',
      'Studienteilnehmende gesucht: Wir untersuchen eine neue Therapie bei Neurodermitis.',
      { text: 'Die Krankenkasse erhöht den Festzuschuss für Zahnersatz um 10 %.', context: { product: 'medical-service' } },
      { text: 'Ob Curcumin die Gelenke schützt, ist nicht belegt; über 20 Studien kamen zu keinem klaren Ergebnis.', context: { product: 'supplement' } },
      { text: 'Die Methode ist wissenschaftlich nicht anerkannt und wird von der Kasse nicht bezahlt.', context: { product: 'medical-service' } },
      { text: 'Die Studienlage zur Akupunktur ist uneinheitlich: über 100 Studien kamen zu verschiedenen Ergebnissen.', context: { product: 'medical-service' } },
      'Laut S3-Leitlinie Adipositas (AWMF 2024) ist Bewegung Teil jeder Therapie; Studien zeigen dies seit Jahren (Quelle: AWMF-Register 050-001).',
      // Near misses of the de-6 classes: an exam that shows what is needed, an exam result, a share
      // with its source, a reimbursement percentage.
      { text: 'Eine sorgfältige Untersuchung zeigt, welche Behandlung nötig ist.', context: { product: 'medical-service' } },
      { text: 'Die Untersuchung ergab einen unauffälligen Befund.', context: { product: 'medical-service' } },
      { text: 'Rund 80 % der Deutschen über 40 haben Zahnfleischprobleme (Quelle: DMS VI, 2016).', context: { product: 'medical-service' } },
      { text: 'Die Krankenkasse übernimmt bis zu 60 % der Kosten.', context: { product: 'medical-service' } },
      { text: 'Nehmen Sie die Tabletten zweimal täglich nach dem Essen ein.', context: { product: 'drug' } },
      { text: 'Die Behandlung dauert etwa doppelt so lange wie eine normale Kontrolle.', context: { product: 'medical-service' } },
      { text: 'Die Studie, auf die Sie sich beziehen, ergab keinen Vorteil; wir bieten die Methode nicht an.', context: { product: 'medical-service' } },
      // Near misses of the de-7 class: evidence said to be missing, an exam finding, athletes as patients, a fee share.
      { text: 'Die Wirkung ist nicht durch Studien belegt.', context: { product: 'medical-service' } },
      { text: 'Der Ultraschall zeigte: keine Auffälligkeiten, eine Kontrolle in einem Jahr genügt.', context: { product: 'medical-service' } },
      { text: 'Wir betreuen Leistungssportler und Freizeitsportler aus der Region.', context: { product: 'medical-service' } },
      { text: 'Ein Glas Orangensaft deckt rund 100 % des Tagesbedarfs an Vitamin C.', context: { product: 'other' } },
    ],
  },
};
