import { defineRule } from '../../../core/define.js';
import type { RuleDocs } from '../../../core/types.js';
import { caseLaw, hwg3, hwg3Devices, mbo, mdr7 } from '../basis.js';

/** Promises that success is certain, fast or permanent (§ 3 S. 2 Nr. 2 lit. a HWG). */
export const guarantee = defineRule({
  id: 'de/hwg-guarantee',
  category: 'guarantee',
  severity: 'error',
  legalBasis: [
    hwg3('§ 3 Satz 2 Nr. 2 lit. a', 'wenn fälschlich der Eindruck erweckt wird, daß ein Erfolg mit Sicherheit erwartet werden kann'),
    hwg3Devices('§ 3 Satz 2 Nr. 2 lit. a'),
    ...mdr7('lit. b'),
    mbo('§ 27 Abs. 3 Satz 2'),
    caseLaw('OLG Frankfurt a. M., 6 U 219/19 („perfekte Zähne“)', 'https://onlineurteile.de/urteil/perfekte-zaehne'),
  ],
  match: {
    patterns: [
      'garantiert*',
      'garantier(e|en|t)',
      '(erfolgs|ergebnis|zufriedenheits|wirkungs|heilungs|resultat|wirk)garantie*',
      'geld zuruck garantie*',
      'garantie (auf|fur) (den|ihren|deinen|das) (erfolg|ergebnis|resultat)',
      're:100\\s?%\\s*(?:wirksam\\p{L}*|erfolg\\p{L}*|zufrieden\\p{L}*|sicher|effektiv\\p{L}*|wirkung)',
      '(sicherer|sicheren) erfolg',
      'erfolg ~2 sicher',
      'erfolg mit sicherheit',
      'wirkt (immer|sofort|zuverlassig)',
      'in jedem fall (wirksam|erfolgreich)',
      'hilft (immer|garantiert|jedem)',
      'nie wieder',
      'fur immer (weg|glatt|frei|schon|schmerzfrei|verschwunden)',
      'dauerhaft (weg|frei|glatt|verschwunden|beseitigt|schmerzfrei)',
      'endlich (schmerzfrei|beschwerdefrei|symptomfrei|faltenfrei|rauchfrei)',
      'perfekt* (zahne|lippen|nase|ergebnis*|figur|haut|lacheln|brust|busen|po)',
      'makellos*',
      '(lacheln|zahne|nase|lippen|ergebnis|resultat|haut|figur) ~2 (ist|sind|wird|werden) ~1 perfekt*',
      'traumfigur',
      'wunschgewicht',
      're:(?:in|nach|innerhalb)\\s+(?:von\\s+)?nur\\s+(?:\\d+|ein\\p{L}*|zwei|drei|vier|funf|sechs|sieben|acht|zehn)\\s+(?:sitzung|behandlung|tag|woche|monat|minute|stunde|anwendung)\\p{L}*',
      're:nach\\s+(?:nur\\s+)?(?:\\d+|ein\\p{L}*|zwei|drei|vier|funf)\\s+(?:sitzung|behandlung|anwendung|woche|tag)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:\\p{L}+frei|weg|verschwunden|glatt|straff)(?![\\p{L}\\p{N}])',
      'schon nach ~1 (einer|1|ersten) (sitzung|behandlung|anwendung)',
      'in kurzester zeit',
      '(risiko|risiken|nebenwirkungen|komplikationen) ~1 ausgeschlossen',
    ],
    allow: [
      '(hersteller|geräte|jahre|jahres|monate|garantie) garantie*',
      'garantie ~3 (gerat*|geraet*|akku*|motor*|verarbeitung|material*)',
      '(datenschutz|diskretion|vertraulichkeit|termin) ~1 garantiert',
      'termingarantie*',
      'garantier* ~4 (termin*|ruckruf*|antwort*|diskretion|datenschutz|vertraulichkeit|parkplatz*)',
      '(termin*|ruckruf*|diskretion|datenschutz) ~3 garantiert',
    ],
    negation: { window: 4, after: 3 },
    unlessSentence: ['hwg', 'heilmittelwerbegesetz*', 'mit sicherheit erwartet'],
  },
});

/** Examples (run as tests, shown in the docs) and reviewer notes: not part of the runtime rule. */
export const guaranteeDocs: RuleDocs = {
  examples: {
    invalid: [
      { text: 'Schmerzfrei garantiert – oder Geld zurück!', context: { product: 'medical-service' } },
      { text: 'Mit unserer Erfolgsgarantie zum neuen Lächeln.', context: { product: 'medical-service' } },
      { text: 'Das Spray ist 100 % wirksam gegen Schnupfen.', context: { product: 'drug' } },
      { text: 'Gemeinsam Dein Wunschgewicht erreichen.', context: { product: 'drug' } },
    ],
    valid: [
      { text: 'Einen Behandlungserfolg kann niemand garantieren. Wir besprechen realistische Ziele.', context: { product: 'aesthetic-surgery' } },
      { text: 'Auf das Blutdruckmessgerät gibt es 3 Jahre Herstellergarantie.', context: { product: 'medical-device' } },
      'Der Erfolg ist nicht garantiert, auch wenn viele profitieren.',
      'Diskretion garantiert: Ihre Daten bleiben in der Praxis.',
    ],
  },
};
