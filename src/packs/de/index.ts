/**
 * The German pack: Heilmittelwerbegesetz (HWG), Musterberufsordnung (MBO-Ä), UWG, GOÄ and the
 * Bundesärztekammer's guidance on doctors in social media (2023). One rule per file in `rules/`.
 */
import { builtinPack, definePack } from '../../core/define.js';
import { DE_CLASSES } from './lexicon.js';
import de from './locales/de.json';
import en from './locales/en.json';
import { certificates } from './rules/bak-certificates.js';
import { colleagueDefamation } from './rules/bak-colleague-defamation.js';
import { privateChannel } from './rules/bak-private-channel.js';
import { profileSeparation } from './rules/bak-profile-separation.js';
import { selfDisclosure } from './rules/bak-self-disclosure.js';
import { discount } from './rules/goae-discount.js';
import { aestheticMinors } from './rules/hwg-aesthetic-minors.js';
import { beforeAfter } from './rules/hwg-before-after.js';
import { celebrity } from './rules/hwg-celebrity.js';
import { children } from './rules/hwg-children.js';
import { drugComparison } from './rules/hwg-drug-comparison.js';
import { expertRecommendation } from './rules/hwg-expert-recommendation.js';
import { fear } from './rules/hwg-fear.js';
import { graphic } from './rules/hwg-graphic.js';
import { gifts } from './rules/hwg-gifts.js';
import { guarantee } from './rules/hwg-guarantee.js';
import { harmlessClaim } from './rules/hwg-harmless-claim.js';
import { lottery } from './rules/hwg-lottery.js';
import { misleadingComposition } from './rules/hwg-misleading-composition.js';
import { misleadingHealing } from './rules/hwg-misleading-healing.js';
import { noSideEffects } from './rules/hwg-no-side-effects.js';
import { pflichtangabenFachkreise } from './rules/hwg-pflichtangaben-fachkreise.js';
import { pflichttext } from './rules/hwg-pflichttext.js';
import { psychotropicPublic } from './rules/hwg-psychotropic-public.js';
import { hwgRemoteTreatment } from './rules/hwg-remote-treatment.js';
import { rating } from './rules/hwg-rating.js';
import { restrictedDisease } from './rules/hwg-restricted-disease.js';
import { rxIndication } from './rules/hwg-rx-indication.js';
import { rxPublic } from './rules/hwg-rx-public.js';
import { samples } from './rules/hwg-samples.js';
import { testimonial } from './rules/hwg-testimonial.js';
import { unprovenEffect } from './rules/hwg-unproven-effect.js';
import { unsubstantiated } from './rules/hwg-unsubstantiated.js';
import { comparative } from './rules/mbo-comparative.js';
import { confidentiality } from './rules/mbo-confidentiality.js';
import { freeConsultation } from './rules/mbo-free-consultation.js';
import { mboRemoteIndividual } from './rules/mbo-remote-individual.js';
import { superlative } from './rules/mbo-superlative.js';
import { thirdPartyProduct } from './rules/mbo-third-party-product.js';
import { urging } from './rules/mbo-urging.js';
import { professionalDevice } from './rules/mpav-professional-device.js';
import { undisclosedAd } from './rules/uwg-undisclosed-ad.js';

export const dePack = builtinPack(definePack({
  jurisdiction: 'DE',
  languages: ['de'],
  name: 'Germany',
  rules: [
    // § 3 HWG: misleading advertising
    misleadingHealing,
    unprovenEffect,
    misleadingComposition,
    harmlessClaim,
    guarantee,
    noSideEffects,
    unsubstantiated,
    // § 4 HWG: Pflichtangaben
    pflichttext,
    pflichtangabenFachkreise,
    // § 7 HWG
    gifts,
    // § 9, § 10 HWG
    hwgRemoteTreatment,
    rxPublic,
    psychotropicPublic,
    rxIndication,
    // § 11 HWG: advertising outside the Fachkreise
    expertRecommendation,
    celebrity,
    testimonial,
    rating,
    fear,
    children,
    lottery,
    samples,
    beforeAfter,
    aestheticMinors,
    drugComparison,
    graphic,
    // § 12 HWG
    restrictedDisease,
    // MBO-Ä (Berufsrecht)
    superlative,
    comparative,
    urging,
    thirdPartyProduct,
    freeConsultation,
    mboRemoteIndividual,
    confidentiality,
    // BÄK „Ärztinnen und Ärzte in sozialen Medien“
    selfDisclosure,
    privateChannel,
    profileSeparation,
    colleagueDefamation,
    certificates,
    // UWG, GOÄ, MPAV
    undisclosedAd,
    discount,
    professionalDevice,
  ],
  // English and the pack's own language; `medad` adds the other locales (see src/index.ts).
  messages: { en, de },
  negations: ['nicht', 'nichts', 'kein*', 'nie', 'niemals', 'niemand', 'weder', 'keinesfalls'],
  negationAfter: 2,
  // A contrast starts a new clause: "nicht nur schmerzfrei, sondern auch dauerhaft", "keine Garantie,
  // aber sofort sichtbar" — the negation before it does not reach the claim after it.
  negationBreaks: ['aber', 'sondern', 'jedoch', 'doch', 'dennoch', 'trotzdem', 'allerdings'],
  citations: ['re:§\\s*\\d+', 'hwg', 'heilmittelwerbegesetz*', 'mbo', 'berufsordnung', 'bgh', 'olg', 'urteil*'],
  // Concept classes (@name): the shared vocabularies of lexicon.ts.
  classes: DE_CLASSES,
  sponsorship: ['#werbung', '#anzeige', 'werbung', 'anzeige', 'in kooperation mit', 'rabattcode', 'gesponsert'],
}));

export default dePack;
