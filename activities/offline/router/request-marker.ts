// Questions and request formulas in the six languages; a thank-you without one is just thanks.
const REQUEST_MARKERS =
  /\?|(?<!\p{L})(?:please|pls|plz|could you|can you|would you|can i|could i|i want|i'd like|i would like|i need|i wish to|i've decided|decided to|por favor|quiero|quisiera|puede|pueden|podrian|bitte|konnen sie|konnten sie|ich mochte|ich will|s'il vous plait|svp|pourriez|pouvez|je voudrais|je veux|je souhaite|пожалуйста|прошу|хочу|можно|можете|בבקשה|אפשר|אני רוצה|אני צריכ\p{L}*|תוכלו)(?!\p{L})/u;

/** True when the normalised message asks for something rather than only commenting. */
export function hasRequestMarker(normalized: string): boolean {
  return REQUEST_MARKERS.test(normalized);
}
