/** Identifiers quoted in a message. */
export interface ExtractedIdentifiers {
  orderIds: string[];
  trackingNumbers: string[];
  emails: string[];
}

const ORDER_ID = /(?<![\p{L}\p{N}])ord[_-]?(\d{5})(?!\d)/giu;
// "order #64208", "Bestellung 64208", "заказ № 64208" and the like.
const ORDER_WORD_ID =
  /(?:order|bestellung|pedido|commande|orden|заказ\p{L}*|הזמנה)\s*(?:#|no\.?|nr\.?|n°|№|number|nummer|numero|número)?\s*(\d{5})(?!\d)/giu;
const ISRAEL_POST = /(?<![\p{L}\p{N}])[A-Z]{2}\d{9}IL(?![\p{L}\p{N}])/giu;
const UPS = /(?<![\p{L}\p{N}])1Z[0-9A-Z]{6}\d{10}(?![\p{L}\p{N}])/giu;
// DHL Express (10 digits) and FedEx (12 digits); digits after "+" or a phone word are a phone number.
const DIGIT_TRACKING = /(?<![\p{N}+])(\d{12}|\d{10})(?!\d)/gu;
const PHONE_CONTEXT =
  /(?:phone|tel|call|mobile|cell|telefon|teléfono|téléphone|телефон|טלפון|נייד)\D{0,12}$/iu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Pulls order ids (`ord_NNNNN`), tracking numbers of the four carriers and email addresses. */
export function extractIdentifiers(text: string): ExtractedIdentifiers {
  const orderIds = [...text.matchAll(ORDER_ID), ...text.matchAll(ORDER_WORD_ID)].map((m) => `ord_${m[1]}`);
  const tracking: { index: number; value: string }[] = [];
  for (const pattern of [ISRAEL_POST, UPS]) {
    for (const m of text.matchAll(pattern)) tracking.push({ index: m.index ?? 0, value: m[0].toUpperCase() });
  }
  for (const m of text.matchAll(DIGIT_TRACKING)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    if (!PHONE_CONTEXT.test(before)) tracking.push({ index: m.index ?? 0, value: m[1] ?? m[0] });
  }
  tracking.sort((a, b) => a.index - b.index);
  const emails = [...text.matchAll(EMAIL)].map((m) => m[0].replace(/\.$/, '').toLowerCase());
  return {
    orderIds: unique(orderIds),
    trackingNumbers: unique(tracking.map((t) => t.value)),
    emails: unique(emails),
  };
}
