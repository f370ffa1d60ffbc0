/**
 * Examples and reviewer notes of every DE rule, by rule id. Kept out of the runtime pack, so a
 * bundle that only checks texts does not carry them; `listRules()` and the tests merge them back.
 * A new rule file adds one line here (the rule-examples test fails for a rule without docs).
 */
import type { RuleDocs } from '../../core/types.js';
import { certificatesDocs } from './rules/bak-certificates.js';
import { colleagueDefamationDocs } from './rules/bak-colleague-defamation.js';
import { privateChannelDocs } from './rules/bak-private-channel.js';
import { profileSeparationDocs } from './rules/bak-profile-separation.js';
import { selfDisclosureDocs } from './rules/bak-self-disclosure.js';
import { discountDocs } from './rules/goae-discount.js';
import { aestheticMinorsDocs } from './rules/hwg-aesthetic-minors.js';
import { beforeAfterDocs } from './rules/hwg-before-after.js';
import { celebrityDocs } from './rules/hwg-celebrity.js';
import { childrenDocs } from './rules/hwg-children.js';
import { drugComparisonDocs } from './rules/hwg-drug-comparison.js';
import { expertRecommendationDocs } from './rules/hwg-expert-recommendation.js';
import { fearDocs } from './rules/hwg-fear.js';
import { graphicDocs } from './rules/hwg-graphic.js';
import { giftsDocs } from './rules/hwg-gifts.js';
import { guaranteeDocs } from './rules/hwg-guarantee.js';
import { harmlessClaimDocs } from './rules/hwg-harmless-claim.js';
import { lotteryDocs } from './rules/hwg-lottery.js';
import { misleadingCompositionDocs } from './rules/hwg-misleading-composition.js';
import { misleadingHealingDocs } from './rules/hwg-misleading-healing.js';
import { noSideEffectsDocs } from './rules/hwg-no-side-effects.js';
import { pflichtangabenFachkreiseDocs } from './rules/hwg-pflichtangaben-fachkreise.js';
import { pflichttextDocs } from './rules/hwg-pflichttext.js';
import { psychotropicPublicDocs } from './rules/hwg-psychotropic-public.js';
import { hwgRemoteTreatmentDocs } from './rules/hwg-remote-treatment.js';
import { ratingDocs } from './rules/hwg-rating.js';
import { restrictedDiseaseDocs } from './rules/hwg-restricted-disease.js';
import { rxIndicationDocs } from './rules/hwg-rx-indication.js';
import { rxPublicDocs } from './rules/hwg-rx-public.js';
import { samplesDocs } from './rules/hwg-samples.js';
import { testimonialDocs } from './rules/hwg-testimonial.js';
import { unprovenEffectDocs } from './rules/hwg-unproven-effect.js';
import { unsubstantiatedDocs } from './rules/hwg-unsubstantiated.js';
import { comparativeDocs } from './rules/mbo-comparative.js';
import { confidentialityDocs } from './rules/mbo-confidentiality.js';
import { freeConsultationDocs } from './rules/mbo-free-consultation.js';
import { mboRemoteIndividualDocs } from './rules/mbo-remote-individual.js';
import { superlativeDocs } from './rules/mbo-superlative.js';
import { thirdPartyProductDocs } from './rules/mbo-third-party-product.js';
import { urgingDocs } from './rules/mbo-urging.js';
import { professionalDeviceDocs } from './rules/mpav-professional-device.js';
import { undisclosedAdDocs } from './rules/uwg-undisclosed-ad.js';

/**
 * A function, so that the build can hand out a parse of its JSON instead (tsup.config.ts,
 * `docsAsJson`): only `builtinPacks()` and `listRules()` read the docs, and importing `medad`
 * should not pay for building them (issue 11, cold start).
 */
export const deDocs = (): Record<string, RuleDocs> => ({
  'de/bak-certificates': certificatesDocs,
  'de/bak-colleague-defamation': colleagueDefamationDocs,
  'de/bak-private-channel': privateChannelDocs,
  'de/bak-profile-separation': profileSeparationDocs,
  'de/bak-self-disclosure': selfDisclosureDocs,
  'de/goae-discount': discountDocs,
  'de/hwg-aesthetic-minors': aestheticMinorsDocs,
  'de/hwg-before-after': beforeAfterDocs,
  'de/hwg-celebrity': celebrityDocs,
  'de/hwg-children': childrenDocs,
  'de/hwg-drug-comparison': drugComparisonDocs,
  'de/hwg-expert-recommendation': expertRecommendationDocs,
  'de/hwg-fear': fearDocs,
  'de/hwg-graphic': graphicDocs,
  'de/hwg-gifts': giftsDocs,
  'de/hwg-guarantee': guaranteeDocs,
  'de/hwg-harmless-claim': harmlessClaimDocs,
  'de/hwg-lottery': lotteryDocs,
  'de/hwg-misleading-composition': misleadingCompositionDocs,
  'de/hwg-misleading-healing': misleadingHealingDocs,
  'de/hwg-no-side-effects': noSideEffectsDocs,
  'de/hwg-pflichtangaben-fachkreise': pflichtangabenFachkreiseDocs,
  'de/hwg-pflichttext': pflichttextDocs,
  'de/hwg-psychotropic-public': psychotropicPublicDocs,
  'de/hwg-remote-treatment': hwgRemoteTreatmentDocs,
  'de/hwg-rating': ratingDocs,
  'de/hwg-restricted-disease': restrictedDiseaseDocs,
  'de/hwg-rx-indication': rxIndicationDocs,
  'de/hwg-rx-public': rxPublicDocs,
  'de/hwg-samples': samplesDocs,
  'de/hwg-testimonial': testimonialDocs,
  'de/hwg-unproven-effect': unprovenEffectDocs,
  'de/hwg-unsubstantiated': unsubstantiatedDocs,
  'de/mbo-comparative': comparativeDocs,
  'de/mbo-confidentiality': confidentialityDocs,
  'de/mbo-free-consultation': freeConsultationDocs,
  'de/mbo-remote-individual': mboRemoteIndividualDocs,
  'de/mbo-superlative': superlativeDocs,
  'de/mbo-third-party-product': thirdPartyProductDocs,
  'de/mbo-urging': urgingDocs,
  'de/mpav-professional-device': professionalDeviceDocs,
  'de/uwg-undisclosed-ad': undisclosedAdDocs,
});
