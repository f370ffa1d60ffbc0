/**
 * The Polish pack: medical-device advertising (ustawa o wyrobach medycznych 2022, rozporządzenie
 * MZ 2023 poz. 817), medical-service advertising (ustawa o działalności leczniczej art. 14),
 * drug advertising (Prawo farmaceutyczne), patient privacy and undisclosed advertising.
 */
import { definePack } from '../../core/define.js';
import en from './locales/en.json';
import pl from './locales/pl.json';
import { superlative } from './rules/superlative.js';

export const plPack = definePack({
  jurisdiction: 'PL',
  languages: ['pl'],
  name: 'Poland',
  rules: [superlative],
  messages: { en, pl },
  negations: ['nie', 'bez', 'ani'],
  citations: ['re:art\\.\\s*\\d+', 'ustaw(a|y|ie|ą)', 're:§\\s*\\d+'],
  sponsorship: ['#reklama', 'płatna współpraca', 'współpraca reklamowa', 'kod rabatowy', 'we współpracy z'],
});

export default plPack;
