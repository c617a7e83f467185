/** The offline action replies' phrases in the six supported languages. */
export type Language = 'en' | 'he' | 'ru' | 'es' | 'de' | 'fr';
type Args = Record<string, unknown>;
type ToolName =
  'pause_subscription' | 'skip_month' | 'change_frequency' | 'change_address' | 'file_damage_claim';

export interface ActionPhrases {
  greeting(name: string | null): string;
  change: Record<ToolName, (args: Args) => string>;
  done(change: string): string;
  failed(change: string, reason: string): string;
  rejected(change: string): string;
  expired(change: string): string;
  resumesOn(date: string): string;
  appliesFrom(box: string): string;
  claimId(id: string): string;
  nextCharge(date: string): string;
  closing: string;
}

const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const address = (args: Args): string =>
  [args.line1, args.line2, args.city, args.postal_code, args.country].map(str).filter(Boolean).join(', ');

export const ACTION_PHRASES: Record<Language, ActionPhrases> = {
  en: {
    greeting: (name) => (name ? `Hi ${name},` : 'Hi,'),
    change: {
      pause_subscription: (a) => `the pause of your subscription for ${str(a.months)} month(s)`,
      skip_month: (a) => `skipping the ${str(a.month)} box`,
      change_frequency: (a) => `the change of your delivery frequency to ${str(a.frequency)}`,
      change_address: (a) => `the new shipping address (${address(a)})`,
      file_damage_claim: (a) => `the damage claim for order ${str(a.order_id)}`,
    },
    done: (c) => `Done: ${c} is confirmed.`,
    failed: (c, r) =>
      `I could not complete ${c}: ${r}. Nothing was changed; a teammate can help if you reply here.`,
    rejected: (c) => `No problem: I have not made ${c}. Nothing on your subscription has changed.`,
    expired: (c) =>
      `The confirmation for ${c} has expired, so nothing was changed. Just write to me if you still want it.`,
    resumesOn: (d) => `Your boxes resume on ${d}.`,
    appliesFrom: (b) => `It applies from the ${b} box.`,
    claimId: (id) => `Your claim number is ${id}.`,
    nextCharge: (d) => `Your next charge is on ${d}.`,
    closing: 'Warm regards, the Lev Haolam team',
  },
  he: {
    greeting: (name) => (name ? `שלום ${name},` : 'שלום,'),
    change: {
      pause_subscription: (a) => `השהיית המנוי ל-${str(a.months)} חודשים`,
      skip_month: (a) => `דילוג על הקופסה של ${str(a.month)}`,
      change_frequency: (a) => `שינוי תדירות המשלוח ל-${str(a.frequency)}`,
      change_address: (a) => `כתובת המשלוח החדשה (${address(a)})`,
      file_damage_claim: (a) => `תביעת הנזק להזמנה ${str(a.order_id)}`,
    },
    done: (c) => `בוצע: ${c} אושרה.`,
    failed: (c, r) => `לא הצלחתי להשלים את ${c}: ${r}. שום דבר לא שונה; נציג ישמח לעזור אם תשיבו כאן.`,
    rejected: (c) => `אין בעיה: לא ביצעתי את ${c}. שום דבר במנוי לא השתנה.`,
    expired: (c) => `תוקף האישור עבור ${c} פג, ולכן שום דבר לא שונה. כתבו לי אם תרצו בכל זאת.`,
    resumesOn: (d) => `המשלוחים יתחדשו ב-${d}.`,
    appliesFrom: (b) => `השינוי חל מהקופסה של ${b}.`,
    claimId: (id) => `מספר התביעה: ${id}.`,
    nextCharge: (d) => `החיוב הבא ב-${d}.`,
    closing: 'בברכה, צוות לב העולם',
  },
  ru: {
    greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
    change: {
      pause_subscription: (a) => `приостановка подписки на ${str(a.months)} мес.`,
      skip_month: (a) => `пропуск коробки за ${str(a.month)}`,
      change_frequency: (a) => `изменение частоты доставки на ${str(a.frequency)}`,
      change_address: (a) => `новый адрес доставки (${address(a)})`,
      file_damage_claim: (a) => `заявка о повреждении по заказу ${str(a.order_id)}`,
    },
    done: (c) => `Готово: ${c} — подтверждено.`,
    failed: (c, r) =>
      `Не удалось выполнить: ${c} (${r}). Ничего не изменено; ответьте здесь, и коллега поможет.`,
    rejected: (c) => `Хорошо: ${c} — не выполнено. В подписке ничего не изменилось.`,
    expired: (c) =>
      `Срок подтверждения истёк (${c}), поэтому ничего не изменено. Напишите, если это ещё актуально.`,
    resumesOn: (d) => `Доставки возобновятся ${d}.`,
    appliesFrom: (b) => `Изменение действует с коробки ${b}.`,
    claimId: (id) => `Номер заявки: ${id}.`,
    nextCharge: (d) => `Следующее списание: ${d}.`,
    closing: 'С уважением, команда Lev Haolam',
  },
  es: {
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    change: {
      pause_subscription: (a) => `la pausa de tu suscripción por ${str(a.months)} mes(es)`,
      skip_month: (a) => `saltar la caja de ${str(a.month)}`,
      change_frequency: (a) => `el cambio de frecuencia a ${str(a.frequency)}`,
      change_address: (a) => `la nueva dirección de envío (${address(a)})`,
      file_damage_claim: (a) => `la reclamación por daños del pedido ${str(a.order_id)}`,
    },
    done: (c) => `Listo: ${c} está confirmada.`,
    failed: (c, r) =>
      `No pude completar ${c}: ${r}. No se cambió nada; un compañero te ayudará si respondes aquí.`,
    rejected: (c) => `Sin problema: no he realizado ${c}. Tu suscripción no ha cambiado.`,
    expired: (c) => `La confirmación de ${c} caducó, así que no se cambió nada. Escríbeme si aún lo quieres.`,
    resumesOn: (d) => `Tus cajas se reanudan el ${d}.`,
    appliesFrom: (b) => `Se aplica desde la caja de ${b}.`,
    claimId: (id) => `Tu número de reclamación es ${id}.`,
    nextCharge: (d) => `El próximo cargo es el ${d}.`,
    closing: 'Un abrazo, el equipo de Lev Haolam',
  },
  de: {
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    change: {
      pause_subscription: (a) => `die Pause Ihres Abos für ${str(a.months)} Monat(e)`,
      skip_month: (a) => `das Aussetzen der Box für ${str(a.month)}`,
      change_frequency: (a) => `die Änderung der Lieferhäufigkeit auf ${str(a.frequency)}`,
      change_address: (a) => `die neue Lieferadresse (${address(a)})`,
      file_damage_claim: (a) => `die Schadensmeldung zur Bestellung ${str(a.order_id)}`,
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
    closing: 'Herzliche Grüße, Ihr Lev-Haolam-Team',
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    change: {
      pause_subscription: (a) => `la pause de votre abonnement pour ${str(a.months)} mois`,
      skip_month: (a) => `le saut de la box de ${str(a.month)}`,
      change_frequency: (a) => `le changement de fréquence en ${str(a.frequency)}`,
      change_address: (a) => `la nouvelle adresse de livraison (${address(a)})`,
      file_damage_claim: (a) => `la déclaration de dommage pour la commande ${str(a.order_id)}`,
    },
    done: (c) => `C'est fait : ${c} est confirmé(e).`,
    failed: (c, r) =>
      `Je n'ai pas pu finaliser ${c} : ${r}. Rien n'a été modifié ; un collègue vous aidera si vous répondez ici.`,
    rejected: (c) => `Pas de souci : ${c} n'a pas été effectué(e). Rien n'a changé sur votre abonnement.`,
    expired: (c) =>
      `La confirmation pour ${c} a expiré, donc rien n'a été modifié. Écrivez-moi si vous le souhaitez toujours.`,
    resumesOn: (d) => `Vos box reprennent le ${d}.`,
    appliesFrom: (b) => `Cela s'applique à partir de la box de ${b}.`,
    claimId: (id) => `Votre numéro de déclaration : ${id}.`,
    nextCharge: (d) => `Le prochain prélèvement aura lieu le ${d}.`,
    closing: "Bien chaleureusement, l'équipe Lev Haolam",
  },
};
