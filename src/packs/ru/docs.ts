/**
 * Examples and reviewer notes of every RU rule, by rule id. Kept out of the runtime pack, so a
 * bundle that only checks texts does not carry them; `listRules()` and the tests merge them back.
 * A new rule file adds one line here (the rule-examples test fails for a rule without docs).
 */
import type { RuleDocs } from '../../core/types.js';
import { abortionServicesDocs } from './rules/abortion-services.js';
import { assumedIllnessDocs } from './rules/assumed-illness.js';
import { beforeAfterDocs } from './rules/before-after.js';
import { celebrityEndorsementDocs } from './rules/celebrity-endorsement.js';
import { competitorDisparagementDocs } from './rules/competitor-disparagement.js';
import { contraindicationWarningDocs } from './rules/contraindication-warning.js';
import { cureStoryDocs } from './rules/cure-story.js';
import { discountPromotionDocs } from './rules/discount-promotion.js';
import { doctorImageryDocs } from './rules/doctor-imagery.js';
import { drugAsSupplementDocs } from './rules/drug-as-supplement.js';
import { guaranteeResultDocs } from './rules/guarantee-result.js';
import { guaranteeSafetyDocs } from './rules/guarantee-safety.js';
import { healthScareDocs } from './rules/health-scare.js';
import { incorrectComparisonDocs } from './rules/incorrect-comparison.js';
import { indecentContentDocs } from './rules/indecent-content.js';
import { installmentCreditDocs } from './rules/installment-credit.js';
import { internetAdLabelDocs } from './rules/internet-ad-label.js';
import { lotteryDocs } from './rules/lottery.js';
import { minorTargetingDocs } from './rules/minor-targeting.js';
import { noDoctorNeededDocs } from './rules/no-doctor-needed.js';
import { painlessDocs } from './rules/painless.js';
import { patientPrivacyDocs } from './rules/patient-privacy.js';
import { patientThanksDocs } from './rules/patient-thanks.js';
import { prescriptionDrugDocs } from './rules/prescription-drug.js';
import { professionalMethodDocs } from './rules/professional-method.js';
import { profileSeparationDocs } from './rules/profile-separation.js';
import { rankClaimDocs } from './rules/rank-claim.js';
import { researchClaimDocs } from './rules/research-claim.js';
import { reviewIncentiveDocs } from './rules/review-incentive.js';
import { sellerInfoDocs } from './rules/seller-info.js';
import { stateEndorsementDocs } from './rules/state-endorsement.js';
import { superlativeDocs } from './rules/superlative.js';
import { therapeuticClaimDocs } from './rules/therapeutic-claim.js';
import { unsourcedStatisticsDocs } from './rules/unsourced-statistics.js';
import { urgencyDocs } from './rules/urgency.js';
import { restrictedPlatformDocs } from './rules/restricted-platform.js';
import { restrictedPlatformUnsettledDocs } from './rules/restricted-platform-unsettled.js';
import { supplementWarningDocs } from './rules/supplement-warning.js';
import { supplementDietDocs } from './rules/supplement-diet.js';
import { minorPersuasionDocs } from './rules/minor-persuasion.js';
import { giveawayDocs } from './rules/giveaway.js';
import { healthScareServiceDocs } from './rules/health-scare-service.js';
import { remoteFirstDiagnosisDocs } from './rules/remote-first-diagnosis.js';
import { effectClaimDocs } from './rules/effect-claim.js';
import { warningSizeDocs } from './rules/warning-size.js';

/**
 * A function, so that the build can hand out a parse of its JSON instead (tsup.config.ts,
 * `docsAsJson`): only `builtinPacks()` and `listRules()` read the docs, and importing `medad`
 * should not pay for building them (issue 11, cold start).
 */
export const ruDocs = (): Record<string, RuleDocs> => ({
  'ru/abortion-services': abortionServicesDocs,
  'ru/assumed-illness': assumedIllnessDocs,
  'ru/before-after': beforeAfterDocs,
  'ru/celebrity-endorsement': celebrityEndorsementDocs,
  'ru/competitor-disparagement': competitorDisparagementDocs,
  'ru/contraindication-warning': contraindicationWarningDocs,
  'ru/cure-story': cureStoryDocs,
  'ru/discount-promotion': discountPromotionDocs,
  'ru/doctor-imagery': doctorImageryDocs,
  'ru/drug-as-supplement': drugAsSupplementDocs,
  'ru/guarantee-result': guaranteeResultDocs,
  'ru/guarantee-safety': guaranteeSafetyDocs,
  'ru/health-scare': healthScareDocs,
  'ru/incorrect-comparison': incorrectComparisonDocs,
  'ru/indecent-content': indecentContentDocs,
  'ru/installment-credit': installmentCreditDocs,
  'ru/internet-ad-label': internetAdLabelDocs,
  'ru/lottery': lotteryDocs,
  'ru/minor-targeting': minorTargetingDocs,
  'ru/no-doctor-needed': noDoctorNeededDocs,
  'ru/painless': painlessDocs,
  'ru/patient-privacy': patientPrivacyDocs,
  'ru/patient-thanks': patientThanksDocs,
  'ru/prescription-drug': prescriptionDrugDocs,
  'ru/professional-method': professionalMethodDocs,
  'ru/profile-separation': profileSeparationDocs,
  'ru/rank-claim': rankClaimDocs,
  'ru/research-claim': researchClaimDocs,
  'ru/review-incentive': reviewIncentiveDocs,
  'ru/seller-info': sellerInfoDocs,
  'ru/state-endorsement': stateEndorsementDocs,
  'ru/superlative': superlativeDocs,
  'ru/therapeutic-claim': therapeuticClaimDocs,
  'ru/unsourced-statistics': unsourcedStatisticsDocs,
  'ru/urgency': urgencyDocs,
  'ru/restricted-platform': restrictedPlatformDocs,
  'ru/restricted-platform-unsettled': restrictedPlatformUnsettledDocs,
  'ru/supplement-warning': supplementWarningDocs,
  'ru/supplement-diet': supplementDietDocs,
  'ru/minor-persuasion': minorPersuasionDocs,
  'ru/giveaway': giveawayDocs,
  'ru/health-scare-service': healthScareServiceDocs,
  'ru/remote-first-diagnosis': remoteFirstDiagnosisDocs,
  'ru/warning-size': warningSizeDocs,
  'ru/effect-claim': effectClaimDocs,
});
