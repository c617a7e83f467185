import { normalizeText } from './normalize';

// Text addressed to the model rather than to support: overriding instructions, revealing the
// prompt, role-play as another system, or fake system/admin markers. One list for six languages.
const INJECTION_PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b(?:\s+\S+){0,4}\s+(?:instructions?|rules|prompts?|guidelines|directives|policies|policy|programming|constraints)\b/u,
  /\b(?:system|developer|hidden|initial|original)\s+(?:prompt|message|instructions?)\b/u,
  /\b(?:reveal|print|show|repeat|output|dump|leak)\b(?:\s+\S+){0,3}\s+(?:prompt|instructions|configuration|api keys?|secrets?)\b/u,
  /\byou are now\b|\bact as (?:an? )?(?:admin|administrator|developer|system|dan|unrestricted)\b|\bpretend (?:to be|you are)\b/u,
  /\b(?:developer|god|admin|jailbreak|dan) mode\b|\bjailbreak\b/u,
  /\[\s*(?:system|admin|assistant)\s*\]|<\s*\/?\s*(?:system|instructions?)\s*>|^\s*(?:system|assistant)\s*:/mu,
  /\b(?:as|i am|i'm) (?:the |an? )?(?:admin|administrator|developer|system operator)\b.*\b(?:grant|give|approve|issue|list)\b/u,
  /\b(?:list|give me|send me|export)\b(?:\s+\S+){0,4}\s+(?:email addresses|emails|names|data) of (?:your |all |other )/u,
  // de / es / fr
  /\b(?:ignoriere|ignorier|vergiss|missachte)\b(?:\s+\S+){0,4}\s+(?:anweisungen|regeln|instruktionen|vorgaben)\b/u,
  /\b(?:ignora|ignore|olvida|olvidate de)\b(?:\s+\S+){0,4}\s+(?:instrucciones|reglas|indicaciones)\b/u,
  /\b(?:ignore|ignorez|oublie|oubliez)\b(?:\s+\S+){0,4}\s+(?:instructions|consignes|regles)\b/u,
  /\b(?:prompt systeme|prompt del sistema|system-prompt|systemprompt)\b/u,
  // ru / he
  /(?:игнорир\p{L}*|забудь\p{L}*|не обращай внимания на)(?:\s+\S+){0,4}\s+(?:инструкци\p{L}*|правил\p{L}*|указани\p{L}*)/u,
  /системн\p{L}* (?:промпт\p{L}*|подсказк\p{L}*|инструкци\p{L}*)/u,
  // Final letters are regular in normalised text, hence התעלמ for התעלם.
  /(?:התעלמ|התעלמי|תתעלמ|שכח|שכחי|תשכח)(?:\s+\S+){0,4}\s+\S*(?:הוראות|הנחיות|כללימ)/u,
];

/** True when the message contains instructions aimed at the model ("ignore your instructions ..."). */
export function detectPromptInjection(text: string): boolean {
  const normalized = normalizeText(text);
  return INJECTION_PATTERNS.some((pattern) => pattern.test(normalized));
}
