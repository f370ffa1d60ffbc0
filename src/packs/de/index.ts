/**
 * The German pack: Heilmittelwerbegesetz (HWG), Musterberufsordnung (MBO-Ä) and the
 * Bundesärztekammer's guidance on doctors in social media.
 */
import { definePack } from '../../core/define.js';
import de from './locales/de.json';
import en from './locales/en.json';
import { misleadingHealing } from './rules/heilt.js';

export const dePack = definePack({
  jurisdiction: 'DE',
  languages: ['de'],
  name: 'Germany',
  rules: [misleadingHealing],
  messages: { en, de },
  negations: ['nicht', 'kein*', 'nie', 'niemals'],
  negationAfter: 2,
  citations: ['re:§\\s*\\d+', 'hwg', 'heilmittelwerbegesetz*', 'mbo'],
  sponsorship: ['#werbung', '#anzeige', 'werbung', 'anzeige', 'in kooperation mit', 'rabattcode', 'gesponsert'],
});

export default dePack;
