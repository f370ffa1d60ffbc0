/**
 * Examples and reviewer notes of every PL rule, by rule id. Kept out of the runtime pack, so a
 * bundle that only checks texts does not carry them; `listRules()` and the tests merge them back.
 * A new rule file adds one line here (the rule-examples test fails for a rule without docs).
 */
import type { RuleDocs } from '../../core/types.js';
import { foodClaimDocs } from './rules/food-claim.js';
import { cosmeticClaimDocs } from './rules/cosmetic-claim.js';
import { drugAdContentDocs } from './rules/drug-ad-content.js';
import { drugMinorTargetingDocs } from './rules/drug-minor-targeting.js';
import { professionalEndorsementDocs } from './rules/professional-endorsement.js';
import { celebrityProductDocs } from './rules/celebrity-product.js';
import { superlativeProductDocs } from './rules/superlative-product.js';
import { urgingProductDocs } from './rules/urging-product.js';
import { remoteConsultationDocs } from './rules/remote-consultation.js';
import { beforeAfterDocs } from './rules/before-after.js';
import { celebrityDocs } from './rules/celebrity.js';
import { comparativeDocs } from './rules/comparative.js';
import { cureClaimDocs } from './rules/cure-claim.js';
import { deviceWarningDocs } from './rules/device-warning.js';
import { drugWarningDocs } from './rules/drug-warning.js';
import { fearAppealDocs } from './rules/fear-appeal.js';
import { graphicContentDocs } from './rules/graphic-content.js';
import { guaranteeDocs } from './rules/guarantee.js';
import { layComprehensibilityDocs } from './rules/lay-comprehensibility.js';
import { maintenanceClaimDocs } from './rules/maintenance-claim.js';
import { manufacturerInfoDocs } from './rules/manufacturer-info.js';
import { medicalAuthorityDocs } from './rules/medical-authority.js';
import { minorTargetingDocs } from './rules/minor-targeting.js';
import { misleadingPropertyDocs } from './rules/misleading-property.js';
import { patientPrivacyDocs } from './rules/patient-privacy.js';
import { pharmacyAdvertisingDocs } from './rules/pharmacy-advertising.js';
import { prescriptionDrugDocs } from './rules/prescription-drug.js';
import { pricePromotionDocs } from './rules/price-promotion.js';
import { productPromotionDocs } from './rules/product-promotion.js';
import { professionalDeviceDocs } from './rules/professional-device.js';
import { profileSeparationDocs } from './rules/profile-separation.js';
import { remoteTreatmentDocs } from './rules/remote-treatment.js';
import { superlativeDocs } from './rules/superlative.js';
import { testimonialDocs } from './rules/testimonial.js';
import { undisclosedAdvertisingDocs } from './rules/undisclosed-advertising.js';
import { unsubstantiatedClaimDocs } from './rules/unsubstantiated-claim.js';
import { urgingDocs } from './rules/urging.js';

/**
 * A function, so that the build can hand out a parse of its JSON instead (tsup.config.ts,
 * `docsAsJson`): only `builtinPacks()` and `listRules()` read the docs, and importing `medad`
 * should not pay for building them (issue 11, cold start).
 */
export const plDocs = (): Record<string, RuleDocs> => ({
  'pl/food-claim': foodClaimDocs,
  'pl/cosmetic-claim': cosmeticClaimDocs,
  'pl/drug-ad-content': drugAdContentDocs,
  'pl/drug-minor-targeting': drugMinorTargetingDocs,
  'pl/professional-endorsement': professionalEndorsementDocs,
  'pl/celebrity-product': celebrityProductDocs,
  'pl/superlative-product': superlativeProductDocs,
  'pl/urging-product': urgingProductDocs,
  'pl/remote-consultation': remoteConsultationDocs,
  'pl/before-after': beforeAfterDocs,
  'pl/celebrity': celebrityDocs,
  'pl/comparative': comparativeDocs,
  'pl/cure-claim': cureClaimDocs,
  'pl/device-warning': deviceWarningDocs,
  'pl/drug-warning': drugWarningDocs,
  'pl/fear-appeal': fearAppealDocs,
  'pl/graphic-content': graphicContentDocs,
  'pl/guarantee': guaranteeDocs,
  'pl/lay-comprehensibility': layComprehensibilityDocs,
  'pl/maintenance-claim': maintenanceClaimDocs,
  'pl/manufacturer-info': manufacturerInfoDocs,
  'pl/medical-authority': medicalAuthorityDocs,
  'pl/minor-targeting': minorTargetingDocs,
  'pl/misleading-property': misleadingPropertyDocs,
  'pl/patient-privacy': patientPrivacyDocs,
  'pl/pharmacy-advertising': pharmacyAdvertisingDocs,
  'pl/prescription-drug': prescriptionDrugDocs,
  'pl/price-promotion': pricePromotionDocs,
  'pl/product-promotion': productPromotionDocs,
  'pl/professional-device': professionalDeviceDocs,
  'pl/profile-separation': profileSeparationDocs,
  'pl/remote-treatment': remoteTreatmentDocs,
  'pl/superlative': superlativeDocs,
  'pl/testimonial': testimonialDocs,
  'pl/undisclosed-advertising': undisclosedAdvertisingDocs,
  'pl/unsubstantiated-claim': unsubstantiatedClaimDocs,
  'pl/urging': urgingDocs,
});
