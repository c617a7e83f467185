/**
 * The offline action replies' sentences in the six reply languages. A change is a noun phrase
 * ("skipping the January 2027 box") built from the tool's checked arguments, with months, plurals
 * and frequencies in the customer's language; the frames around it ("Done: …") never have to agree
 * with it in gender or number, so one frame fits every tool.
 */
import { forHebrewMonths, russianCount } from '../agents/i18n/counts';
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
  /**
   * Why a change could not be made, by the policy's refusal code. English tells the policy's own
   * sentence instead (null here); the other languages cannot quote it.
   */
  refusals: Record<string, string> | null;
  /** The reason when there is no sentence for the code. */
  refusalFallback: string;
  done(change: string): string;
  failed(change: string, reason: string): string;
  rejected(change: string): string;
  expired(change: string): string;
  resumesOn(date: string): string;
  appliesFrom(box: string): string;
  claimId(id: string): string;
  nextCharge(date: string): string;
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
    refusals: null,
    refusalFallback: 'our rules no longer allow it',
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
      pause: (p) => `השהיית המנוי ${forHebrewMonths(p.months)}` + (p.from ? ` החל מהקופסה של ${p.from}` : ''),
      skip: (p) => `הדילוג על הקופסה של ${p.month}`,
      frequency: (p) => `המעבר לקופסה ${p.frequency}`,
      address: (p) => `עדכון כתובת המשלוח (${p.address})`,
      claim: (p) => `תביעת הנזק להזמנה ${p.orderId}`,
      unknown: 'השינוי שביקשת',
    },
    refusals: {
      already_skipped: 'החודש הזה כבר מדולג',
      claim_window_passed:
        'עברו יותר מ-14 יום מהמסירה, ולכן התביעה כבר לא מכוסה; צוות האיכות יכול לבדוק אותה כמחווה, בלי הבטחה',
      gift_postpone_limit: 'קופסת מתנה אפשר לדחות עד פעמיים, והמתנה הזו כבר נדחתה פעמיים',
      gift_subscription: 'מנוי מתנה אי אפשר להשהות',
      no_box_in_pause: 'אין קופסה מתוכננת בחודשים האלה, כך שההשהיה לא הייתה משנה דבר',
      no_box_that_month: 'אין קופסה מתוכננת בחודש הזה',
      not_delivered: 'ההזמנה עדיין לא נמסרה',
      overlaps_current_pause: 'המנוי כבר מושהה בחודשים האלה',
      pause_limit_reached: 'אפשר להתחיל עד 2 השהיות בכל 12 חודשים',
      payment_past_due: 'יש במנוי תשלום פתוח שצריך להסדיר קודם',
      photo_not_found: 'לא מצאנו את התמונה שצורפה',
      skip_limit_reached: 'אפשר לדלג על עד 4 קופסאות בשנה קלנדרית, והשנה כבר הגיעה למספר הזה',
      subscription_cancelled: 'המנוי בוטל',
      too_far_ahead: 'החודש הזה רחוק מדי קדימה כדי לשנות אותו עכשיו',
      too_late: 'הקופסה הזו כבר נעולה לשינויים (אפשר לשנות עד ה-27 בחודש שלפני)',
      too_many_in_a_row: 'אי אפשר לדלג על יותר משתי קופסאות ברצף; להפסקה ארוכה יותר מתאימה השהיה',
      item_not_in_order: 'הפריט לא נמצא בהזמנה הזו',
      no_change: 'זה כבר המצב הנוכחי במנוי',
      no_subscription: 'לא מצאנו מנוי בחשבון',
      order_not_found: 'לא מצאנו את ההזמנה בחשבון',
      photos_required: 'לתביעת נזק צריך לפחות תמונה אחת',
      invalid_args: 'הפרטים בטופס לא היו תקינים',
    },
    refusalFallback: 'לפי הכללים שלנו זה כבר לא אפשרי',
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
        `приостановка подписки на ${russianCount(p.months, 'месяц', 'месяца', 'месяцев')}` +
        (p.from ? ` с коробки за ${p.from}` : ''),
      skip: (p) => `пропуск коробки за ${p.month}`,
      frequency: (p) => `переход на доставку коробки ${p.frequency}`,
      address: (p) => `новый адрес доставки (${p.address})`,
      claim: (p) => `заявка о повреждении по заказу ${p.orderId}`,
      unknown: 'запрошенное изменение',
    },
    refusals: {
      already_skipped: 'этот месяц уже пропущен',
      claim_window_passed:
        'с момента доставки прошло больше 14 дней, поэтому заявка уже не покрывается; отдел качества может рассмотреть её в порядке исключения, без гарантий',
      gift_postpone_limit: 'подарочную коробку можно перенести не больше двух раз, и этот лимит исчерпан',
      gift_subscription: 'подарочную подписку нельзя приостановить',
      no_box_in_pause: 'в эти месяцы нет запланированных коробок, так что пауза ничего бы не изменила',
      no_box_that_month: 'в этом месяце нет запланированной коробки',
      not_delivered: 'заказ ещё не доставлен',
      overlaps_current_pause: 'подписка уже приостановлена на эти месяцы',
      pause_limit_reached: 'за любые 12 месяцев можно начать не больше 2 пауз',
      payment_past_due: 'по подписке есть просроченный платёж, который нужно сначала оплатить',
      photo_not_found: 'приложенная фотография не найдена',
      skip_limit_reached: 'за календарный год можно пропустить не больше 4 коробок, и этот лимит исчерпан',
      subscription_cancelled: 'подписка отменена',
      too_far_ahead: 'этот месяц слишком далеко, чтобы менять его сейчас',
      too_late: 'эта коробка уже зафиксирована (изменения возможны до 27-го числа предыдущего месяца)',
      too_many_in_a_row:
        'нельзя пропустить больше двух коробок подряд; для долгого перерыва лучше подойдёт пауза',
      item_not_in_order: 'этого товара нет в заказе',
      no_change: 'в подписке уже так и есть',
      no_subscription: 'в аккаунте нет подписки',
      order_not_found: 'этот заказ не найден в аккаунте',
      photos_required: 'для заявки о повреждении нужна хотя бы одна фотография',
      invalid_args: 'данные в форме были некорректны',
    },
    refusalFallback: 'по нашим правилам это сейчас невозможно',
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
        `la pausa de su suscripción durante ${p.months} ${p.months === 1 ? 'mes' : 'meses'}` +
        (p.from ? ` a partir de la caja de ${p.from}` : ''),
      skip: (p) => `la omisión de la caja de ${p.month}`,
      frequency: (p) => `el cambio a una caja ${p.frequency}`,
      address: (p) => `el cambio de dirección de envío a ${p.address}`,
      claim: (p) => `la reclamación por daños del pedido ${p.orderId}`,
      unknown: 'el cambio que pidió',
    },
    refusals: {
      already_skipped: 'ese mes ya está saltado',
      claim_window_passed:
        'han pasado más de 14 días desde la entrega, así que ya no está cubierta; el equipo de calidad puede revisarla como gesto de buena voluntad, sin promesas',
      gift_postpone_limit: 'una caja de regalo se puede aplazar como máximo dos veces, y ya se hizo',
      gift_subscription: 'una suscripción de regalo no se puede pausar',
      no_box_in_pause: 'no hay cajas programadas en esos meses, así que la pausa no cambiaría nada',
      no_box_that_month: 'ese mes no hay ninguna caja programada',
      not_delivered: 'el pedido aún no se ha entregado',
      overlaps_current_pause: 'la suscripción ya está en pausa en esos meses',
      pause_limit_reached: 'se pueden iniciar como máximo 2 pausas en 12 meses',
      payment_past_due: 'hay un pago pendiente en la suscripción que hay que resolver primero',
      photo_not_found: 'no encontramos la foto adjunta',
      skip_limit_reached: 'se pueden saltar como máximo 4 cajas por año natural, y ya se alcanzó ese límite',
      subscription_cancelled: 'la suscripción está cancelada',
      too_far_ahead: 'ese mes está demasiado lejos para cambiarlo ahora',
      too_late: 'esa caja ya está cerrada (los cambios son posibles hasta el día 27 del mes anterior)',
      too_many_in_a_row:
        'no se pueden saltar más de dos cajas seguidas; para un descanso más largo conviene una pausa',
      item_not_in_order: 'ese artículo no está en el pedido',
      no_change: 'su suscripción ya está así',
      no_subscription: 'no encontramos ninguna suscripción en la cuenta',
      order_not_found: 'no encontramos ese pedido en la cuenta',
      photos_required: 'una reclamación por daños necesita al menos una foto',
      invalid_args: 'los datos del formulario no eran válidos',
    },
    refusalFallback: 'nuestras reglas ya no lo permiten',
    done: (c) => `Hecho y confirmado: ${c}.`,
    failed: (c, r) =>
      `No pude completar ${c}: ${r}. No se cambió nada; un compañero le ayudará si responde aquí.`,
    rejected: (c) => `Sin problema: no he seguido adelante con ${c}. Su suscripción no ha cambiado.`,
    expired: (c) => `La confirmación de ${c} caducó, así que no se cambió nada. Escríbame si aún lo desea.`,
    resumesOn: (d) => `Sus cajas se reanudan el ${d}.`,
    appliesFrom: (b) => `Se aplica desde la caja de ${b}.`,
    claimId: (id) => `Su número de reclamación es ${id}.`,
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
    refusals: {
      already_skipped: 'dieser Monat ist bereits ausgesetzt',
      claim_window_passed:
        'seit der Zustellung sind mehr als 14 Tage vergangen, daher ist der Schaden nicht mehr abgedeckt; das Qualitätsteam kann ihn aus Kulanz prüfen, ohne Zusage',
      gift_postpone_limit:
        'eine Geschenkbox lässt sich höchstens zweimal verschieben, und das ist bereits geschehen',
      gift_subscription: 'ein Geschenkabo kann nicht pausiert werden',
      no_box_in_pause: 'in diesen Monaten ist keine Box geplant, die Pause würde also nichts ändern',
      no_box_that_month: 'in diesem Monat ist keine Box geplant',
      not_delivered: 'die Bestellung ist noch nicht zugestellt',
      overlaps_current_pause: 'das Abo ist in diesen Monaten bereits pausiert',
      pause_limit_reached: 'in 12 Monaten können höchstens 2 Pausen beginnen',
      payment_past_due: 'beim Abo ist eine Zahlung offen, die zuerst beglichen werden muss',
      photo_not_found: 'das angehängte Foto wurde nicht gefunden',
      skip_limit_reached:
        'pro Kalenderjahr lassen sich höchstens 4 Boxen aussetzen, und diese Grenze ist erreicht',
      subscription_cancelled: 'das Abo ist gekündigt',
      too_far_ahead: 'dieser Monat liegt zu weit in der Zukunft, um ihn jetzt zu ändern',
      too_late: 'diese Box ist bereits festgelegt (Änderungen sind bis zum 27. des Vormonats möglich)',
      too_many_in_a_row:
        'höchstens zwei Boxen hintereinander lassen sich aussetzen; für eine längere Pause passt eine Abopause besser',
      item_not_in_order: 'dieser Artikel ist nicht in der Bestellung',
      no_change: 'so ist Ihr Abo bereits eingestellt',
      no_subscription: 'zu diesem Konto gibt es kein Abo',
      order_not_found: 'diese Bestellung wurde in Ihrem Konto nicht gefunden',
      photos_required: 'eine Schadensmeldung braucht mindestens ein Foto',
      invalid_args: 'die Angaben im Formular waren ungültig',
    },
    refusalFallback: 'unsere Regeln lassen es nicht mehr zu',
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
    refusals: {
      already_skipped: 'ce mois est déjà sauté',
      claim_window_passed:
        "plus de 14 jours se sont écoulés depuis la livraison, le dommage n'est donc plus couvert ; l'équipe qualité peut l'examiner à titre commercial, sans promesse",
      gift_postpone_limit: "une box cadeau peut être reportée deux fois au plus, et c'est déjà fait",
      gift_subscription: 'un abonnement cadeau ne peut pas être mis en pause',
      no_box_in_pause: "aucune box n'est prévue ces mois-là, la pause ne changerait donc rien",
      no_box_that_month: "aucune box n'est prévue ce mois-là",
      not_delivered: "la commande n'est pas encore livrée",
      overlaps_current_pause: "l'abonnement est déjà en pause ces mois-là",
      pause_limit_reached: 'au plus 2 pauses peuvent commencer sur 12 mois',
      payment_past_due: "un paiement de l'abonnement est en retard et doit d'abord être réglé",
      photo_not_found: 'la photo jointe est introuvable',
      skip_limit_reached: 'on peut sauter au plus 4 box par année civile, et cette limite est atteinte',
      subscription_cancelled: "l'abonnement est résilié",
      too_far_ahead: 'ce mois est trop lointain pour être modifié maintenant',
      too_late:
        "cette box est déjà verrouillée (les changements sont possibles jusqu'au 27 du mois précédent)",
      too_many_in_a_row:
        "on ne peut pas sauter plus de deux box d'affilée ; pour une plus longue coupure, une pause convient mieux",
      item_not_in_order: 'cet article ne fait pas partie de la commande',
      no_change: 'votre abonnement est déjà ainsi',
      no_subscription: "aucun abonnement n'est lié au compte",
      order_not_found: 'cette commande est introuvable dans votre compte',
      photos_required: 'une déclaration de dommage nécessite au moins une photo',
      invalid_args: 'les informations du formulaire n’étaient pas valides',
    },
    refusalFallback: 'nos règles ne le permettent plus',
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
