import type { CustomerFacts, MemoryType } from '../memory-types';
import type { CuesByLanguage } from './cue-matching';

/** A fixed memory the text can state in any of the six languages. */
export interface MemoryRule {
  id: string;
  type: MemoryType;
  /** The memory, in English so the same fact said in two languages is stored once. */
  content: string;
  confidence: number;
  facts?: CustomerFacts;
  cues: CuesByLanguage;
}

/** Standing preferences and how the customer wants to be answered. */
export const PREFERENCE_RULES: readonly MemoryRule[] = [
  {
    id: 'alcohol_free',
    type: 'preference',
    content: 'Wants alcohol-free products only (no wine with alcohol).',
    confidence: 0.9,
    facts: { alcohol_free: true },
    cues: {
      en: "don't|dont|never|doesn't|doesnt|not ~ drink* alcohol|wine|alcoholic; no alcohol; without alcohol; alcohol-free only; only alcohol-free; non-alcoholic only; sober; teetotal*",
      he: 'לא ~ שותים|שותה|שותות ~ אלכוהול|יין; בלי|ללא ~ אלכוהול; רק ~ נטול*',
      ru: 'не ~ пью|пьем|пьём|употребля* ~ алкогол*|вин*; без алкогол*; только безалкогольн*',
      es: 'no ~ bebo|bebemos|tomo|tomamos ~ alcohol|vino; sin alcohol; solo ~ sin alcohol',
      de: 'trinke|trinken ~ kein*|nicht ~ alkohol|wein; ohne alkohol; nur alkoholfrei*',
      fr: "ne ~ bois|buvons|boit ~ alcool|vin; sans alcool; pas d'alcool",
    },
  },
  {
    id: 'kosher_only',
    type: 'preference',
    content: 'Keeps kosher: kosher products only.',
    confidence: 0.8,
    facts: { kosher_only: true },
    cues: {
      en: 'keep|keeps|we ~ kosher; kosher only; only kosher',
      he: 'שומרים|שומר|שומרת ~ כשרות; רק כשר*; כשר* בלבד',
      ru: 'соблюда* ~ кашрут; только кошерн*',
      es: 'solo|solamente ~ kosher; comemos kosher',
      de: 'nur koscher*; essen koscher',
      fr: 'uniquement|seulement ~ casher|cacher|kasher; mangeons casher|cacher',
    },
  },
  {
    id: 'no_offers',
    type: 'preference',
    content: 'Does not want retention or sales offers.',
    confidence: 0.85,
    facts: { no_offers: true },
    cues: {
      en: "no|don't|dont|stop|without ~ offers|discounts|upsell*|promotions|deals; don't try to keep me",
      he: 'בלי|ללא ~ הצעות; לא ~ רוצה|רוצים ~ הצעות|מבצעים',
      ru: 'без ~ предложений|скидок; не ~ предлагайте|уговаривайте',
      es: 'sin ~ ofertas|descuentos; no ~ ofertas|descuentos; no intenten retenerme',
      de: 'keine ~ angebote|rabatte; ohne ~ angebote',
      fr: "pas ~ d'offres|offres|promotions; sans ~ offre*; n'essayez pas de me retenir",
    },
  },
  {
    id: 'short_answers',
    type: 'communication_style',
    content: 'Prefers short, to-the-point answers.',
    confidence: 0.85,
    cues: {
      en: 'keep ~ short|brief; short answers|replies|responses|reply|answer; be brief; briefly please; straight to the point',
      he: 'בקצרה; תשובות|תשובה ~ קצרות|קצרה; תהיו|תהיה ~ קצרים|קצר|תמציתי*',
      ru: 'коротко; кратко; покороче; короткие ответы; по делу',
      es: 'respuestas|respuesta ~ cortas|corta|breves|breve; sea breve; sean breves; en pocas palabras; al grano',
      de: 'kurz ~ bitte|halten|fassen; kurze antwort*; kurz und knapp',
      fr: 'réponses|réponse ~ courtes|courte|brèves; soyez bref|brefs; en bref; droit au but',
    },
  },
  {
    id: 'detailed_answers',
    type: 'communication_style',
    content: 'Prefers detailed explanations with every step.',
    confidence: 0.8,
    cues: {
      en: 'more detail*; in detail; detailed explanation|answer|answers; step by step; step-by-step',
      he: 'בפירוט; הסבר מפורט; יותר פרטים; שלב אחר שלב',
      ru: 'подробн*; по шагам; пошагов*',
      es: 'más detalle*; en detalle; detallad*; paso a paso',
      de: 'ausführlich*; genauer erklären; schritt für schritt',
      fr: 'plus de détails; en détail; détaillé*; étape par étape',
    },
  },
  {
    id: 'formal_tone',
    type: 'communication_style',
    content: 'Prefers a formal tone.',
    confidence: 0.7,
    cues: {
      en: 'formal tone; please be formal; more formal',
      ru: 'на вы; официальн* тон*',
      es: 'de usted; tono formal',
      de: 'siezen; förmlich*',
      fr: 'vouvoyer|vouvoiement; ton formel',
      he: 'בצורה רשמית; טון רשמי',
    },
  },
];
