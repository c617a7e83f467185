/**
 * Marks of a sentence that states something general and checkable (a policy, a time frame, a
 * price), in the six languages, on normalised text.
 */
export const QUANTITY =
  /(?:[$€£₪]\s?\d|\d+(?:[.,]\d+)?\s?(?:%|\$|€|usd|eur|ils|nis)|\d+(?:\s?[-–]\s?\d+)?\s?(?:business\s)?(?:days?|weeks?|months?|hours?|tage?n?|wochen?|monate?n?|dias?|días|semanas?|meses|jours?|semaines?|mois|heures?|дн\p{L}*|недел\p{L}*|месяц\p{L}*|час\p{L}*|ימים|יום|שבועות|שבוע|חודשים|חודש|שעות))/u;

export const POLICY_WORDS = new RegExp(
  [
    // en
    "we (?:ship|offer|replace|refund|charge|send|accept|can(?:not|'t)?|don't|do not|never|always|only)",
    'policy',
    'free (?:of charge|shipping|replacement)',
    'within',
    'deadline',
    'before the \\d',
    'every (?:box|month|order)',
    // de
    'wir (?:versenden|bieten|ersetzen|erstatten|liefern|können)',
    'innerhalb',
    'kostenlos',
    // es
    'enviamos|ofrecemos|reemplazamos|reembolsamos',
    'dentro de',
    'gratis',
    // fr
    'nous (?:expédions|envoyons|offrons|remplaçons|remboursons)',
    'dans un délai',
    'gratuit',
    // ru
    'мы (?:отправляем|предлагаем|заменяем|возвращаем)',
    'в течение',
    'бесплатн',
    // he
    'אנחנו (?:שולחים|מציעים|מחליפים|מחזירים)',
    'תוך',
    'בחינם',
    'ללא עלות',
  ].join('|'),
  'iu',
);

/** Words of greeting, thanks and apology: such a sentence carries no knowledge. */
export const SMALL_TALK =
  /^(?:hi|hello|dear|thanks?|thank you|sorry|apolog|shalom|שלום|תודה|מצטער|привет|здравствуй|спасибо|извин|hola|gracias|lo siento|hallo|danke|entschuldig|bonjour|merci|désolé)/iu;
