/**
 * The offline action replies' sentences in the six reply languages. A change is a noun phrase
 * ("skipping the January 2027 box") built from the tool's checked arguments, with months, plurals
 * and frequencies in the customer's language; the frames around it ("Done: …") never have to agree
 * with it in gender or number, so one frame fits every tool.
 */
import type { ReplyLanguage } from '../agents/i18n/types';

/** A change as the reply names it; months and frequencies arrive already in the reply's language. */
export interface ChangeWords {
  pause(p: { months: number; from: string | null }): string;
  skip(p: { month: string }): string;
  frequency(p: { frequency: string }): string;
  address(p: { address: string }): string;
  claim(p: { orderId: string }): string;
  /** When the stored arguments cannot be read (never expected): the change without its details. */
  unknown: string;
}

export interface ActionPhrases {
  change: ChangeWords;
  done(change: string): string;
  failed(change: string, reason: string): string;
  rejected(change: string): string;
  expired(change: string): string;
  resumesOn(date: string): string;
  appliesFrom(box: string): string;
  claimId(id: string): string;
  nextCharge(date: string): string;
}

/** Russian counts: 1 месяц, 2–4 месяца, 5+ месяцев (11–14 take the last form). */
function russianMonths(count: number): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return `${count} месяцев`;
  if (last === 1) return `${count} месяц`;
  if (last >= 2 && last <= 4) return `${count} месяца`;
  return `${count} месяцев`;
}

/** Hebrew durations after ל: לחודש אחד, לחודשיים, ל-3 חודשים. */
function hebrewMonths(count: number): string {
  if (count === 1) return 'לחודש אחד';
  if (count === 2) return 'לחודשיים';
  return `ל-${count} חודשים`;
}

export const ACTION_PHRASES: Record<ReplyLanguage, ActionPhrases> = {
  en: {
    change: {
      pause: (p) =>
        `pausing your subscription for ${p.months} ${p.months === 1 ? 'month' : 'months'}` +
        (p.from ? ` starting with the ${p.from} box` : ''),
      skip: (p) => `skipping the ${p.month} box`,
      frequency: (p) => `switching to a box ${p.frequency}`,
      address: (p) => `shipping your boxes to ${p.address}`,
      claim: (p) => `the damage claim for order ${p.orderId}`,
      unknown: 'the change you asked for',
    },
    done: (c) => `Done: ${c} is confirmed.`,
    failed: (c, r) =>
      `I could not complete ${c}: ${r}. Nothing was changed; a teammate can help if you reply here.`,
    rejected: (c) => `No problem: I haven't gone ahead with ${c}. Nothing on your subscription has changed.`,
    expired: (c) =>
      `The confirmation for ${c} has expired, so nothing was changed. Just write to me if you still want it.`,
    resumesOn: (d) => `Your boxes resume on ${d}.`,
    appliesFrom: (b) => `It applies from the ${b} box.`,
    claimId: (id) => `Your claim number is ${id}.`,
    nextCharge: (d) => `Your next charge is on ${d}.`,
  },
  he: {
    change: {
      pause: (p) => `השהיית המנוי ${hebrewMonths(p.months)}` + (p.from ? ` החל מהקופסה של ${p.from}` : ''),
      skip: (p) => `הדילוג על הקופסה של ${p.month}`,
      frequency: (p) => `המעבר לקופסה ${p.frequency}`,
      address: (p) => `עדכון כתובת המשלוח (${p.address})`,
      claim: (p) => `תביעת הנזק להזמנה ${p.orderId}`,
      unknown: 'השינוי שביקשת',
    },
    done: (c) => `בוצע ואושר: ${c}.`,
    failed: (c, r) => `לא הצלחתי להשלים את ${c}: ${r}. שום דבר לא שונה; נציג ישמח לעזור אם תשיבו כאן.`,
    rejected: (c) => `אין בעיה: לא ביצעתי את ${c}. שום דבר במנוי לא השתנה.`,
    expired: (c) => `תוקף האישור עבור ${c} פג, ולכן שום דבר לא שונה. כתבו לי אם תרצו בכל זאת.`,
    resumesOn: (d) => `המשלוחים יתחדשו ב-${d}.`,
    appliesFrom: (b) => `השינוי חל מהקופסה של ${b}.`,
    claimId: (id) => `מספר התביעה: ${id}.`,
    nextCharge: (d) => `החיוב הבא ב-${d}.`,
  },
  ru: {
    change: {
      pause: (p) =>
        `приостановка подписки на ${russianMonths(p.months)}` + (p.from ? ` с коробки за ${p.from}` : ''),
      skip: (p) => `пропуск коробки за ${p.month}`,
      frequency: (p) => `переход на доставку коробки ${p.frequency}`,
      address: (p) => `новый адрес доставки (${p.address})`,
      claim: (p) => `заявка о повреждении по заказу ${p.orderId}`,
      unknown: 'запрошенное изменение',
    },
    done: (c) => `Готово: ${c} — подтверждено.`,
    failed: (c, r) =>
      `Не удалось выполнить: ${c}. Причина: ${r}. Ничего не изменено; ответьте здесь, и коллега поможет.`,
    rejected: (c) => `Хорошо: ${c} — не выполнено. В подписке ничего не изменилось.`,
    expired: (c) =>
      `Срок подтверждения истёк, поэтому ничего не изменено: ${c} — не выполнено. Напишите, если это ещё актуально.`,
    resumesOn: (d) => `Доставки возобновятся ${d}.`,
    appliesFrom: (b) => `Изменение действует с коробки за ${b}.`,
    claimId: (id) => `Номер заявки: ${id}.`,
    nextCharge: (d) => `Следующее списание: ${d}.`,
  },
  es: {
    change: {
      pause: (p) =>
        `la pausa de tu suscripción durante ${p.months} ${p.months === 1 ? 'mes' : 'meses'}` +
        (p.from ? ` a partir de la caja de ${p.from}` : ''),
      skip: (p) => `la omisión de la caja de ${p.month}`,
      frequency: (p) => `el cambio a una caja ${p.frequency}`,
      address: (p) => `el cambio de dirección de envío a ${p.address}`,
      claim: (p) => `la reclamación por daños del pedido ${p.orderId}`,
      unknown: 'el cambio que pediste',
    },
    done: (c) => `Hecho y confirmado: ${c}.`,
    failed: (c, r) =>
      `No pude completar ${c}: ${r}. No se cambió nada; un compañero te ayudará si respondes aquí.`,
    rejected: (c) => `Sin problema: no he seguido adelante con ${c}. Tu suscripción no ha cambiado.`,
    expired: (c) => `La confirmación de ${c} caducó, así que no se cambió nada. Escríbeme si aún lo quieres.`,
    resumesOn: (d) => `Tus cajas se reanudan el ${d}.`,
    appliesFrom: (b) => `Se aplica desde la caja de ${b}.`,
    claimId: (id) => `Tu número de reclamación es ${id}.`,
    nextCharge: (d) => `El próximo cargo es el ${d}.`,
  },
  de: {
    change: {
      pause: (p) =>
        `die Pause Ihres Abos für ${p.months} ${p.months === 1 ? 'Monat' : 'Monate'}` +
        (p.from ? ` ab der Box ${p.from}` : ''),
      skip: (p) => `das Aussetzen der Box für ${p.month}`,
      frequency: (p) => `die Umstellung auf eine Box ${p.frequency}`,
      address: (p) => `die neue Lieferadresse (${p.address})`,
      claim: (p) => `die Schadensmeldung zur Bestellung ${p.orderId}`,
      unknown: 'die gewünschte Änderung',
    },
    done: (c) => `Erledigt: ${c} ist bestätigt.`,
    failed: (c, r) =>
      `Ich konnte ${c} nicht abschließen: ${r}. Es wurde nichts geändert; antworten Sie hier, dann hilft ein Kollege.`,
    rejected: (c) => `Kein Problem: ${c} wurde nicht vorgenommen. An Ihrem Abo hat sich nichts geändert.`,
    expired: (c) =>
      `Die Bestätigung für ${c} ist abgelaufen, daher wurde nichts geändert. Schreiben Sie mir, falls Sie es noch möchten.`,
    resumesOn: (d) => `Ihre Boxen kommen ab dem ${d} wieder.`,
    appliesFrom: (b) => `Gilt ab der Box ${b}.`,
    claimId: (id) => `Ihre Schadensnummer: ${id}.`,
    nextCharge: (d) => `Die nächste Abbuchung ist am ${d}.`,
  },
  fr: {
    change: {
      pause: (p) =>
        `la pause de votre abonnement pendant ${p.months} mois` +
        (p.from ? ` à partir de la box de ${p.from}` : ''),
      skip: (p) => `le saut de la box de ${p.month}`,
      frequency: (p) => `le passage à une box ${p.frequency}`,
      address: (p) => `le changement d'adresse de livraison (${p.address})`,
      claim: (p) => `la déclaration de dommage pour la commande ${p.orderId}`,
      unknown: 'la modification demandée',
    },
    done: (c) => `C'est fait et confirmé : ${c}.`,
    failed: (c, r) =>
      `Je n'ai pas pu finaliser ${c} : ${r}. Rien n'a été modifié ; un collègue vous aidera si vous répondez ici.`,
    rejected: (c) => `Pas de souci, c'est annulé : ${c}. Rien n'a changé sur votre abonnement.`,
    expired: (c) =>
      `La confirmation pour ${c} a expiré, donc rien n'a été modifié. Écrivez-moi si vous le souhaitez toujours.`,
    resumesOn: (d) => `Vos box reprennent le ${d}.`,
    appliesFrom: (b) => `Cela s'applique à partir de la box de ${b}.`,
    claimId: (id) => `Votre numéro de déclaration : ${id}.`,
    nextCharge: (d) => `Le prochain prélèvement aura lieu le ${d}.`,
  },
};
