/**
 * Which items of a box a customer is talking about ("the olives jar broke, the oil tin is dented"):
 * words in the six languages mapped to patterns over the packed items' names.
 */
import { normalizeText } from '../../router/normalize';

/** A kind of product: the words customers use for it, and how its products are named. */
interface ItemKind {
  words: RegExp;
  names: RegExp;
  /** Narrows several candidates ("oil tin" is the tin, not the bottle). */
  qualifiers?: readonly (readonly [RegExp, RegExp])[];
}

const KINDS: readonly ItemKind[] = [
  {
    words: /\boil\b|olive oil|olivenol|\bol\b|aceite|huile|масл(?!ин)\p{L}*|שמנ/u,
    names: /olive oil(?! soap| crackers)|olive-oil(?! crackers)/i,
    qualifiers: [
      [/\btin\b|dose|lata|boite|банк/u, /tin/i],
      [/bottle|flasche|botella|bouteille|бутылк|בקבוק/u, /ml(?! tin)|souri variety/i],
    ],
  },
  { words: /olives|olive jar|oliven(?!ol)|aceitunas|olives|оливки|оливок|маслин|זיתימ/u, names: /olives/i },
  {
    words: /wine|wein|vino|\bvin\b|вин\p{L}*|יינ|grape juice/u,
    names: /wine|merlot|cabernet|chardonnay|ros[eé]|brut|muscat|grape juice|gefen zero/i,
    qualifiers: [[/alcohol-free|alkoholfrei|sin alcohol|sans alcool|безалког|ללא אלכוהול/u, /gefen zero/i]],
  },
  { words: /honey|honig|miel|мед|мёд|דבש/u, names: /honey(?! dish)/i },
  { words: /soap|seife|jabon|savon|мыл\p{L}*|סבונ/u, names: /soap/i },
  { words: /spoon|loffel|cuchar\p{L}*|cuillere|ложк\p{L}*|כפ(?:ית|ות)/u, names: /spoon/i },
  { words: /cracker|galletas saladas|kracker|крекер|קרקר/u, names: /cracker/i },
  { words: /tahini|тахини|טחינה/u, names: /tahini/i },
  { words: /halva|халва|חלבה/u, names: /halva/i },
  { words: /za'?atar|заатар|זעתר/u, names: /za'atar(?! olive-oil crackers)/i },
  { words: /dates\b|datteln|datiles|dattes|финик|תמר/u, names: /dates/i },
  { words: /chocolate|schokolade|chocolat|шоколад|שוקולד/u, names: /chocolate/i },
  { words: /candle|kerze|vela|bougie|свеч|(?<![א-ת])נרות?(?![א-ת])/u, names: /candle/i },
  { words: /\bmug\b|\bcup\b|becher|tasse|taza|кружк|чашк|ספל/u, names: /mug|cup/i },
  { words: /cream|creme|crema|крем|קרמ/u, names: /cream|butter/i },
  { words: /\bmud\b|schlamm|barro|boue|грязь|בוצ/u, names: /mud/i },
  { words: /scrub|peeling|exfoliant|скраб/u, names: /scrub/i },
  { words: /jam|marmelade|mermelada|confiture|варень|джем|ריבה/u, names: /jam/i },
  { words: /syrup|silan|sirup|sirop|сироп|סילאנ/u, names: /syrup/i },
  { words: /coffee|kaffee|cafe|кофе|קפה/u, names: /coffee/i },
  { words: /\btea\b|\btee\b|(?<!\p{L})чай|(?<![א-ת])תה(?![א-ת])/u, names: /tea(?! towel)/i },
  { words: /towel|handtuch|toalla|torchon|полотенц|מגבת/u, names: /towel/i },
  { words: /mezuzah|мезуз|מזוזה/u, names: /mezuzah/i },
  { words: /notebook|notizbuch|cuaderno|carnet|блокнот|מחברת/u, names: /notebook/i },
  { words: /bracelet|armband|pulsera|браслет|צמיד/u, names: /bracelet/i },
];

/** A packed item as the box-contents card lists it. */
export interface NamedItem {
  productId: string | null;
  name: string;
}

/** The packed items the message mentions, in the order of the box. */
export function mentionedItems<T extends NamedItem>(text: string, items: readonly T[]): T[] {
  const normalized = normalizeText(text);
  const chosen = new Set<T>();
  for (const kind of KINDS) {
    if (!kind.words.test(normalized)) continue;
    let candidates = items.filter((item) => kind.names.test(item.name));
    for (const [word, name] of kind.qualifiers ?? []) {
      const narrowed = candidates.filter((item) => name.test(item.name));
      if (word.test(normalized) && narrowed.length > 0) candidates = narrowed;
    }
    candidates.forEach((item) => chosen.add(item));
  }
  return items.filter((item) => chosen.has(item));
}
