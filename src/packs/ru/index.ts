/**
 * The Russian pack: Federal Law 38-FZ "On Advertising" (art. 5, 7, 9, 18.1, 24) and medical
 * secrecy (323-FZ art. 13, 152-FZ).
 */
import { definePack } from '../../core/define.js';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { superlative } from './rules/superlative.js';

export const ruPack = definePack({
  jurisdiction: 'RU',
  languages: ['ru'],
  name: 'Russia',
  rules: [superlative],
  messages: { en, ru },
  negations: ['не', 'ни', 'нет', 'без'],
  citations: ['ст', 'статья', 'статьи', 'закон*', 're:\\d+-фз'],
  sponsorship: ['реклама', 'erid', 'на правах рекламы', 'промокод'],
  transliterate: 'ru',
});

export default ruPack;
