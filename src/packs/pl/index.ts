/**
 * The Polish pack: medical-device advertising (ustawa o wyrobach medycznych 2022, rozporządzenie
 * MZ 2023 poz. 817), medical-service advertising (ustawa o działalności leczniczej art. 14),
 * drug advertising (Prawo farmaceutyczne art. 55, 57, 94a), patient privacy and undisclosed
 * advertising.
 */
import { builtinPack, definePack } from '../../core/define.js';
import en from './locales/en.json';
import pl from './locales/pl.json';
import { PL_CLASSES } from './lexicon.js';
import { beforeAfter } from './rules/before-after.js';
import { celebrity } from './rules/celebrity.js';
import { comparative } from './rules/comparative.js';
import { cureClaim } from './rules/cure-claim.js';
import { deviceWarning } from './rules/device-warning.js';
import { drugWarning } from './rules/drug-warning.js';
import { fearAppeal } from './rules/fear-appeal.js';
import { graphicContent } from './rules/graphic-content.js';
import { guarantee } from './rules/guarantee.js';
import { layComprehensibility } from './rules/lay-comprehensibility.js';
import { maintenanceClaim } from './rules/maintenance-claim.js';
import { manufacturerInfo } from './rules/manufacturer-info.js';
import { medicalAuthority } from './rules/medical-authority.js';
import { minorTargeting } from './rules/minor-targeting.js';
import { misleadingProperty } from './rules/misleading-property.js';
import { patientPrivacy } from './rules/patient-privacy.js';
import { pharmacyAdvertising } from './rules/pharmacy-advertising.js';
import { prescriptionDrug } from './rules/prescription-drug.js';
import { pricePromotion } from './rules/price-promotion.js';
import { productPromotion } from './rules/product-promotion.js';
import { professionalDevice } from './rules/professional-device.js';
import { profileSeparation } from './rules/profile-separation.js';
import { remoteTreatment } from './rules/remote-treatment.js';
import { superlative } from './rules/superlative.js';
import { testimonial } from './rules/testimonial.js';
import { undisclosedAdvertising } from './rules/undisclosed-advertising.js';
import { unsubstantiatedClaim } from './rules/unsubstantiated-claim.js';
import { urging } from './rules/urging.js';
import { foodClaim } from './rules/food-claim.js';
import { cosmeticClaim } from './rules/cosmetic-claim.js';
import { drugAdContent } from './rules/drug-ad-content.js';
import { drugMinorTargeting } from './rules/drug-minor-targeting.js';
import { professionalEndorsement } from './rules/professional-endorsement.js';
import { celebrityProduct } from './rules/celebrity-product.js';
import { superlativeProduct } from './rules/superlative-product.js';
import { urgingProduct } from './rules/urging-product.js';
import { remoteConsultation } from './rules/remote-consultation.js';

export const plPack = builtinPack(definePack({
  jurisdiction: 'PL',
  languages: ['pl'],
  name: 'Poland',
  rules: [
    superlative,
    superlativeProduct,
    comparative,
    guarantee,
    urging,
    urgingProduct,
    minorTargeting,
    drugMinorTargeting,
    misleadingProperty,
    drugAdContent,
    cureClaim,
    foodClaim,
    cosmeticClaim,
    maintenanceClaim,
    unsubstantiatedClaim,
    fearAppeal,
    medicalAuthority,
    professionalEndorsement,
    celebrity,
    celebrityProduct,
    testimonial,
    beforeAfter,
    remoteTreatment,
    remoteConsultation,
    prescriptionDrug,
    professionalDevice,
    pricePromotion,
    productPromotion,
    pharmacyAdvertising,
    undisclosedAdvertising,
    patientPrivacy,
    graphicContent,
    layComprehensibility,
    profileSeparation,
    deviceWarning,
    manufacturerInfo,
    drugWarning,
  ],
  // Concept classes (@name): the shared vocabularies of lexicon.ts.
  classes: PL_CLASSES,
  // English and the pack's own language; `medad` adds the other locales (see src/index.ts).
  messages: { en, pl },
  // "bez" is not a negation here: "bez bólu", "bez skutków ubocznych" are the claims themselves.
  negations: ['nie', 'ani', 'żaden', 'żadna', 'żadne', 'żadnych', 'nigdy'],
  // A negation ends with its clause: "skóra nie zmienia koloru, natomiast zmarszczki znikają" is
  // a promise, and so is "efekt od razu – nie wolno przegapić" (the dash ends the claim's clause).
  negationBreaks: ['natomiast', 'ale', 'lecz', 'jednak', 'jednakże', 'zaś', 'a', 'tymczasem'],
  citations: ['re:art\\.\\s*\\d+', 'ustaw(a|y|ie|ą)', 're:§\\s*\\d+', 'rozporządzeni*', 'kodeks*', 'uokik', 'urpl', 'nil', 'niedopuszczaln*', 'zabrania się'],
  sponsorship: [
    '#reklama',
    'reklama',
    'płatn* współprac*',
    'współprac* reklamow*',
    'materiał* reklamow*',
    'kod* (rabatow*|zniżkow*) ~3 (mnie|mój|moj*)',
    '(moim|mój|moj) kod*',
    'dostał(am|em|yśmy|iśmy) ~5 od',
    'od marki',
    'paczk* pr',
    'we współpracy z',
    // a bare cooperation tag shows the post is sponsored but is not itself an adequate label
    // (UOKiK recommendations 2022): "@współpraca Szpital X", "#współpraca"
    '\\@współpraca',
    '#współpraca',
    'ambasador* marki',
    'link* afiliac*',
    'kod* ~2 bio',
    // affiliate codes and own-shop links ("kod ANIA10", "z kodem DOKTOR10", "link w bio")
    're:kod\\p{L}*\\s[a-z]{2,}\\d{1,3}(?![\\p{L}\\p{N}])',
    '(mojego|moim|mój) (sklep*|sklepu)',
    'link do sklepu',
    'partner* (wpisu|posta|materiału|odcinka)',
    'sponsor* (wpisu|posta|odcinka|materiału)',
  ],
}));

export default plPack;
