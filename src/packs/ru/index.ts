/**
 * The Russian pack: Federal Law 38-FZ "On Advertising" (art. 5, 7, 8, 9, 18.1, 24, 25, 28) and
 * medical secrecy (323-FZ art. 13, 152-FZ art. 10–11). Rule order follows the catalogue.
 */
import { builtinPack, definePack } from '../../core/define.js';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { CLASSES, RU4_CLASSES, RU6_CLASSES, RU7_CLASSES, SPONSORSHIP } from './lexicon.js';
import { superlative } from './rules/superlative.js';
import { rankClaim } from './rules/rank-claim.js';
import { incorrectComparison } from './rules/incorrect-comparison.js';
import { competitorDisparagement } from './rules/competitor-disparagement.js';
import { guaranteeResult } from './rules/guarantee-result.js';
import { guaranteeSafety } from './rules/guarantee-safety.js';
import { painless } from './rules/painless.js';
import { patientThanks } from './rules/patient-thanks.js';
import { cureStory } from './rules/cure-story.js';
import { beforeAfter } from './rules/before-after.js';
import { reviewIncentive } from './rules/review-incentive.js';
import { celebrityEndorsement } from './rules/celebrity-endorsement.js';
import { doctorImagery } from './rules/doctor-imagery.js';
import { stateEndorsement } from './rules/state-endorsement.js';
import { assumedIllness } from './rules/assumed-illness.js';
import { healthScare } from './rules/health-scare.js';
import { urgency } from './rules/urgency.js';
import { noDoctorNeeded } from './rules/no-doctor-needed.js';
import { minorTargeting } from './rules/minor-targeting.js';
import { drugAsSupplement } from './rules/drug-as-supplement.js';
import { therapeuticClaim } from './rules/therapeutic-claim.js';
import { researchClaim } from './rules/research-claim.js';
import { unsourcedStatistics } from './rules/unsourced-statistics.js';
import { contraindicationWarning } from './rules/contraindication-warning.js';
import { internetAdLabel } from './rules/internet-ad-label.js';
import { sellerInfo } from './rules/seller-info.js';
import { prescriptionDrug } from './rules/prescription-drug.js';
import { professionalMethod } from './rules/professional-method.js';
import { abortionServices } from './rules/abortion-services.js';
import { lottery } from './rules/lottery.js';
import { discountPromotion } from './rules/discount-promotion.js';
import { installmentCredit } from './rules/installment-credit.js';
import { patientPrivacy } from './rules/patient-privacy.js';
import { indecentContent } from './rules/indecent-content.js';
import { profileSeparation } from './rules/profile-separation.js';
import { restrictedPlatform } from './rules/restricted-platform.js';
import { restrictedPlatformUnsettled } from './rules/restricted-platform-unsettled.js';
import { supplementWarning } from './rules/supplement-warning.js';
import { supplementDiet } from './rules/supplement-diet.js';
import { minorPersuasion } from './rules/minor-persuasion.js';
import { giveaway } from './rules/giveaway.js';
import { healthScareService } from './rules/health-scare-service.js';
import { remoteFirstDiagnosis } from './rules/remote-first-diagnosis.js';
import { effectClaim } from './rules/effect-claim.js';
import { warningSize } from './rules/warning-size.js';

export const ruPack = builtinPack(definePack({
  jurisdiction: 'RU',
  languages: ['ru'],
  name: 'Russia',
  rules: [
    superlative,
    rankClaim,
    incorrectComparison,
    competitorDisparagement,
    guaranteeResult,
    guaranteeSafety,
    painless,
    patientThanks,
    cureStory,
    beforeAfter,
    reviewIncentive,
    celebrityEndorsement,
    doctorImagery,
    stateEndorsement,
    assumedIllness,
    healthScare,
    urgency,
    noDoctorNeeded,
    minorTargeting,
    drugAsSupplement,
    therapeuticClaim,
    researchClaim,
    unsourcedStatistics,
    contraindicationWarning,
    internetAdLabel,
    sellerInfo,
    prescriptionDrug,
    professionalMethod,
    abortionServices,
    lottery,
    discountPromotion,
    installmentCredit,
    patientPrivacy,
    indecentContent,
    profileSeparation,
    restrictedPlatform,
    restrictedPlatformUnsettled,
    supplementWarning,
    supplementDiet,
    minorPersuasion,
    giveaway,
    healthScareService,
    remoteFirstDiagnosis,
    warningSize,
    effectClaim,
  ],
  // English and the pack's own language; `medad` adds the other locales (see src/index.ts).
  messages: { en, ru },
  negations: ['не', 'ни', 'нет', 'без', 'невозможно', 'нельзя'],
  negationWindow: 3,
  // A quotation in a sentence that cites the law or a FAS decision is not the advertiser speaking.
  citations: ['ст', 'статья', 'статьи', 'закон*', 're:\\d+-фз', 'фас', 'уфас', 'ненадлежащ*', 'признал*', 'запрещ*'],
  // What shows that a post is paid or sponsored (the label itself counts: the ad is then checked for completeness).
  sponsorship: SPONSORSHIP,
  classes: { ...CLASSES, ...RU4_CLASSES, ...RU6_CLASSES, ...RU7_CLASSES },
  transliterate: 'ru',
}));

export default ruPack;
