import { countScripts, normalizeText } from './normalize';
import type { RouterLanguage } from './types';

type LatinLanguage = 'en' | 'es' | 'de' | 'fr';

// Frequent function words; short, high-frequency and rarely shared between these languages.
const STOP_WORDS: Record<LatinLanguage, ReadonlySet<string>> = {
  en: new Set(
    (
      'the and is are was my you your for to of it this that with have has not can i me we ' +
      'what when where how please thanks would could be do did will just from on at an no number there ' +
      'here got get all any some out up if so but as or by like been hi hello hey thank yes ' +
      'january february june july october december twice'
    ).split(' '),
  ),
  es: new Set(
    (
      'el la los las y es son mi mis tu su por para que de del con una un no se me lo le ' +
      'como cuando donde hola gracias quiero puedo esta este pero muy ya favor tengo hay usted ustedes ' +
      'estoy nos porque sus cada mes meses tambien desde hasta algo todo todos ahora en dos vez veces ' +
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'
    ).split(' '),
  ),
  de: new Set(
    (
      'der die das und ist sind mein meine ich sie wir nicht mit fur von zu den dem ein eine ' +
      'kann konnen bitte danke hallo was wann wo wie auch noch aber mir mich uns habe auf ja nein ' +
      'januar februar marz juni juli oktober dezember zweimal'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les et est sont mon ma mes vous nous je ne pas pour de du des avec une un que ' +
      'qui mais bonjour merci quand comment ou est-ce ce cette il elle au aux sur pourquoi avez ' +
      "pouvez suis j'ai c'est votre vos notre a-t-il est-il mois chaque aussi depuis tout tous " +
      'maintenant encore me te se puis-je peux-tu pouvez-vous voir veux voudrais pourriez pourrais ' +
      'ai avoir svp oui non en ' +
      'janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre'
    ).split(' '),
  ),
};

// Letters that only (or mostly) occur in one of the Latin-script languages.
const MARKERS: Record<LatinLanguage, RegExp> = {
  en: /(?:'s|'t|'re|'ll|'ve|'d)\b|\bw(?:h|r)\w+|\bth[a-z]+|[a-z]{2,}ing\b/gu,
  es: /[ñ¿¡]|ción\b|[áíóú]/gu,
  de: /[äöüß]|\b\w+(?:ung|keit|lich)\b/gu,
  fr: /[èêëçàâîôûœù]|\b(?:qu|[ldjnmcst])'/gu,
};

// Past participles in -é/-ée/-és are everywhere in French and rare word-finally in Spanish.
const FRENCH_PARTICIPLE = /\p{L}+(?:é|ée|és|ées)(?!\p{L})/gu;

/**
 * Detects the message language: Hebrew and Cyrillic by script, the Latin-script languages by
 * function-word and diacritic profiles. English wins ties because it is the majority language.
 * A message with no evidence at all ("OK", "Super!") is in the language `fallback` gives (the
 * conversation's), asked only then.
 */
export function detectLanguage(text: string, fallback?: () => RouterLanguage): RouterLanguage {
  const scripts = countScripts(text);
  // Addresses, product names and quoted carrier statuses are often Latin inside a Hebrew or
  // Russian message, so a script only needs a share of the letters, not a majority.
  const letters = scripts.hebrew + scripts.cyrillic + scripts.latin;
  if (letters > 0 && scripts.hebrew >= Math.max(3, scripts.cyrillic) && scripts.hebrew / letters >= 0.25)
    return 'he';
  if (letters > 0 && scripts.cyrillic >= 3 && scripts.cyrillic / letters >= 0.25) return 'ru';
  return detectLatinLanguage(text) ?? fallback?.() ?? 'en';
}

/** The Latin-script language with the most evidence; null when no word or letter tells. */
function detectLatinLanguage(text: string): LatinLanguage | null {
  const words = normalizeText(text)
    .split(/[^\p{L}'-]+/u)
    .filter(Boolean);
  const lower = text.toLowerCase();
  let best: LatinLanguage | null = null;
  let bestScore = 0;
  for (const language of ['en', 'es', 'de', 'fr'] as const) {
    const stopHits = words.filter((word) => STOP_WORDS[language].has(word)).length;
    const markerHits = (lower.match(MARKERS[language]) ?? []).length;
    const participles = language === 'fr' ? (lower.match(FRENCH_PARTICIPLE) ?? []).length * 0.75 : 0;
    const evidence = stopHits + 1.5 * markerHits + participles;
    if (evidence === 0) continue;
    const score = evidence + (language === 'en' ? 0.5 : 0);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
