/**
 * What a confirmation form says about a proposed change, in the customer's language: the one-line
 * summary of each write tool and the sentences on its consequences (which box, which price, when
 * the boxes resume). The tools compute the facts; this module only words them.
 */
import type { Frequency } from '../types';
import type { WriteToolName } from '../../../workflows/action-types';
import type { WriteToolArgs } from '../../../workflows/write-tool-args';
import { createFormatter, tidyPunctuation, type Formatter } from '../../offline/agents/i18n/format';
import { phrasebookFor, replyLanguage } from '../../offline/agents/i18n';
import { forHebrewMonths, russianCount } from '../../offline/agents/i18n/counts';
import type { ReplyLanguage } from '../../offline/agents/i18n/types';
import type { KnownIssue } from './known-issues';

/** The sentences of one language; months, days and amounts arrive formatted for it. */
interface Sentences {
  items(count: number): string;
  photos(count: number): string;
  frequency(frequency: Frequency): string;
  pauseSummary(p: { months: number; from: string | null }): string;
  skipSummary(p: { month: string }): string;
  frequencySummary(p: { frequency: string }): string;
  addressSummary(p: { address: string }): string;
  claimSummary(p: { orderId: string; counts: string; description: string }): string;
  /** One month or a range, as the pause sentence places it. */
  span(p: { from: string; to: string | null }): string;
  pause(p: { span: string; resumesOn: string; nextCharge: string | null }): string;
  pauseExtends: string;
  pauseCounted: string;
  skipNextCharge(p: { date: string }): string;
  giftPostponed(p: { month: string; to: string }): string;
  frequencyScheduled(p: {
    date: string;
    frequency: string;
    following: string;
    price: string;
    priceFrom: string;
  }): string;
  frequencyUnscheduled(p: { frequency: string; price: string }): string;
  addressNoBox: string;
  addressFrom(p: { month: string }): string;
  addressLate(p: { month: string; cutoff: string; from: string | null }): string;
  addressNewCountry: string;
  claimKnownIssue(p: { title: string; remedy: string }): string;
  claimReview(p: { days: number }): string;
  /** The next change a message asked for, proposed once the one before is confirmed. */
  nextChange(p: { summary: string }): string;
  /** That change, when the rules no longer allow it. */
  nextChangeRefused(p: { summary: string }): string;
}

/** How the English form names each plan (also in the tools' English refusals and results). */
export const ENGLISH_FREQUENCIES: Record<Frequency, string> = {
  monthly: 'every month',
  bimonthly: 'every 2 months',
  quarterly: 'every 3 months',
};

const counted = (one: string, many: string) => (count: number) => `${count} ${count === 1 ? one : many}`;

const SENTENCES: Record<ReplyLanguage, Sentences> = {
  en: {
    items: counted('item', 'items'),
    photos: counted('photo', 'photos'),
    // The phrasebook's English says "monthly"; the form says "every month", as it always has.
    frequency: (frequency) => ENGLISH_FREQUENCIES[frequency],
    pauseSummary: (p) =>
      `Pause your subscription for ${counted('month', 'months')(p.months)}` +
      (p.from ? `, starting with the ${p.from} box.` : '.'),
    skipSummary: (p) => `Skip the ${p.month} box: no box and no charge that month.`,
    frequencySummary: (p) => `Receive a box ${p.frequency}.`,
    addressSummary: (p) => `Ship your boxes to ${p.address}.`,
    claimSummary: (p) => `File a damage claim for order ${p.orderId} (${p.counts}): ${p.description}`,
    span: (p) => (p.to ? `${p.from} to ${p.to}` : p.from),
    pause: (p) =>
      `No box and no charge from ${p.span}; the subscription resumes on ${p.resumesOn}` +
      (p.nextCharge ? ` and the next box is charged on ${p.nextCharge}.` : '.'),
    pauseExtends: 'This lengthens the current pause.',
    pauseCounted: 'This is a new pause, counted towards the limit of 2 in 12 months.',
    skipNextCharge: (p) => `The next box is charged on ${p.date}.`,
    giftPostponed: (p) =>
      `The ${p.month} gift box is postponed to ${p.to}, after the last gift box; it is prepaid, so there is no extra charge.`,
    frequencyScheduled: (p) =>
      `The next box stays on ${p.date}; after it, a box ${p.frequency} (next: ${p.following}), at ${p.price} per box from the ${p.priceFrom} box.`,
    frequencyUnscheduled: (p) => `A box ${p.frequency} at ${p.price} per box.`,
    addressNoBox: 'No box is scheduled; every future box goes to the new address.',
    addressFrom: (p) => `The new address is used from the ${p.month} box.`,
    addressLate: (p) =>
      `The ${p.month} box still goes to the current address (the cut-off was ${p.cutoff}); the new address is used from ${p.from ? `the ${p.from} box` : 'the next box'}.`,
    addressNewCountry:
      'In the new country the price stays the same; the carrier, transit time, wine rules and import taxes follow the new country.',
    claimKnownIssue: (p) => `This is the known issue "${p.title}": ${p.remedy}.`,
    claimReview: (p) =>
      `The quality team reviews the claim within ${p.days} business days; by default the replacement travels in the next box.`,
    nextChange: (p) => `Here is the other change you asked for. ${p.summary}`,
    nextChangeRefused: (p) =>
      `The other change you asked for can't be made now, so I haven't prepared it: ${p.summary} Write to me if you'd like to look at other options.`,
  },
  he: {
    items: (count) => (count === 1 ? 'פריט אחד' : `${count} פריטים`),
    photos: (count) => (count === 1 ? 'תמונה אחת' : `${count} תמונות`),
    frequency: phrasebookFor('he').plan.frequency,
    pauseSummary: (p) =>
      `השהיית המנוי ${forHebrewMonths(p.months)}` + (p.from ? `, החל מהקופסה של ${p.from}.` : '.'),
    skipSummary: (p) => `דילוג על הקופסה של ${p.month}: בלי קופסה ובלי חיוב באותו חודש.`,
    frequencySummary: (p) => `מעבר לקופסה ${p.frequency}.`,
    addressSummary: (p) => `משלוח הקופסאות לכתובת: ${p.address}.`,
    claimSummary: (p) => `הגשת תביעת נזק להזמנה ${p.orderId} (${p.counts}): ${p.description}`,
    span: (p) => (p.to ? `מ${p.from} עד ${p.to}` : `ב${p.from}`),
    pause: (p) =>
      `בלי קופסה ובלי חיוב ${p.span}; המנוי יתחדש ב-${p.resumesOn}` +
      (p.nextCharge ? ` והקופסה הבאה תחויב ב-${p.nextCharge}.` : '.'),
    pauseExtends: 'ההשהיה הנוכחית תוארך.',
    pauseCounted: 'זו השהיה חדשה, שנספרת במגבלה של 2 השהיות ב-12 חודשים.',
    skipNextCharge: (p) => `הקופסה הבאה תחויב ב-${p.date}.`,
    giftPostponed: (p) =>
      `קופסת המתנה של ${p.month} נדחית ל${p.to}, אחרי קופסת המתנה האחרונה; היא שולמה מראש, ולכן אין חיוב נוסף.`,
    frequencyScheduled: (p) =>
      `הקופסה הבאה נשארת ב-${p.date}; אחריה קופסה ${p.frequency} (הבאה: ${p.following}), במחיר ${p.price} לקופסה החל מהקופסה של ${p.priceFrom}.`,
    frequencyUnscheduled: (p) => `קופסה ${p.frequency} במחיר ${p.price} לקופסה.`,
    addressNoBox: 'אין קופסה מתוכננת; כל קופסה עתידית תישלח לכתובת החדשה.',
    addressFrom: (p) => `הכתובת החדשה תשמש החל מהקופסה של ${p.month}.`,
    addressLate: (p) =>
      `הקופסה של ${p.month} עדיין תישלח לכתובת הנוכחית (המועד האחרון היה ${p.cutoff}); הכתובת החדשה תשמש החל מ${p.from ? `הקופסה של ${p.from}` : 'הקופסה הבאה'}.`,
    addressNewCountry:
      'במדינה החדשה המחיר נשאר זהה; חברת השילוח, זמן המשלוח, כללי היין ומסי היבוא הם של המדינה החדשה.',
    claimKnownIssue: (p) => `זו תקלה מוכרת ("${p.title}"): ${p.remedy}.`,
    claimReview: (p) =>
      `צוות האיכות בודק את התביעה תוך ${p.days} ימי עסקים; כברירת מחדל, הפריט החלופי מגיע בקופסה הבאה.`,
    nextChange: (p) => `והנה השינוי הנוסף שביקשת. ${p.summary}`,
    nextChangeRefused: (p) =>
      `את השינוי הנוסף שביקשת אי אפשר לבצע כרגע, ולכן הוא לא הוכן: ${p.summary} אפשר לכתוב לנו כדי לבדוק אפשרויות אחרות.`,
  },
  ru: {
    items: (count) => russianCount(count, 'товар', 'товара', 'товаров'),
    photos: (count) => `${count} фото`,
    frequency: phrasebookFor('ru').plan.frequency,
    pauseSummary: (p) =>
      `Приостановить подписку на ${russianCount(p.months, 'месяц', 'месяца', 'месяцев')}` +
      (p.from ? `, начиная с коробки за ${p.from}.` : '.'),
    skipSummary: (p) => `Пропустить коробку за ${p.month}: в этом месяце не будет ни коробки, ни списания.`,
    frequencySummary: (p) => `Получать коробку ${p.frequency}.`,
    addressSummary: (p) => `Отправлять коробки по адресу: ${p.address}.`,
    claimSummary: (p) => `Подать заявку о повреждении по заказу ${p.orderId} (${p.counts}): ${p.description}`,
    span: (p) => (p.to ? `${p.from} — ${p.to}` : p.from),
    pause: (p) =>
      `Без коробки и без списания: ${p.span}; подписка возобновится ${p.resumesOn}` +
      (p.nextCharge ? `, а следующая коробка будет оплачена ${p.nextCharge}.` : '.'),
    pauseExtends: 'Это продлевает текущую паузу.',
    pauseCounted: 'Это новая пауза; она учитывается в лимите: не больше 2 пауз за 12 месяцев.',
    skipNextCharge: (p) => `Следующая коробка будет оплачена ${p.date}.`,
    giftPostponed: (p) =>
      `Подарочная коробка за ${p.month} переносится на ${p.to}, после последней подарочной коробки; она оплачена заранее, поэтому доплаты нет.`,
    frequencyScheduled: (p) =>
      `Следующая коробка остаётся ${p.date}; после неё — коробка ${p.frequency} (следующая: ${p.following}), по ${p.price} за коробку начиная с коробки за ${p.priceFrom}.`,
    frequencyUnscheduled: (p) => `Коробка ${p.frequency} по ${p.price} за коробку.`,
    addressNoBox: 'Запланированных коробок нет; все будущие коробки поедут по новому адресу.',
    addressFrom: (p) => `Новый адрес действует начиная с коробки за ${p.month}.`,
    addressLate: (p) =>
      `Коробка за ${p.month} ещё поедет по текущему адресу (крайний срок был ${p.cutoff}); новый адрес действует начиная с ${p.from ? `коробки за ${p.from}` : 'следующей коробки'}.`,
    addressNewCountry:
      'В новой стране цена не меняется; перевозчик, срок доставки, правила для вина и ввозные пошлины — по правилам новой страны.',
    claimKnownIssue: (p) => `Это известная проблема («${p.title}»): ${p.remedy}.`,
    claimReview: (p) =>
      `Отдел качества рассмотрит заявку в течение ${p.days} рабочих дней; по умолчанию замена приедет в следующей коробке.`,
    nextChange: (p) => `Вот второе изменение, о котором вы просили. ${p.summary}`,
    nextChangeRefused: (p) =>
      `Второе изменение, о котором вы просили, сейчас невозможно, поэтому оно не подготовлено: ${p.summary} Напишите нам, если хотите обсудить другие варианты.`,
  },
  es: {
    items: counted('artículo', 'artículos'),
    photos: counted('foto', 'fotos'),
    frequency: phrasebookFor('es').plan.frequency,
    pauseSummary: (p) =>
      `Pausar su suscripción durante ${counted('mes', 'meses')(p.months)}` +
      (p.from ? `, a partir de la caja de ${p.from}.` : '.'),
    skipSummary: (p) => `Saltar la caja de ${p.month}: ese mes no hay caja ni cargo.`,
    frequencySummary: (p) => `Recibir una caja ${p.frequency}.`,
    addressSummary: (p) => `Enviar sus cajas a ${p.address}.`,
    claimSummary: (p) =>
      `Presentar una reclamación por daños del pedido ${p.orderId} (${p.counts}): ${p.description}`,
    span: (p) => (p.to ? `de ${p.from} a ${p.to}` : `en ${p.from}`),
    pause: (p) =>
      `Sin caja ni cargo ${p.span}; la suscripción se reanuda el ${p.resumesOn}` +
      (p.nextCharge ? ` y la próxima caja se cobra el ${p.nextCharge}.` : '.'),
    pauseExtends: 'Esto alarga la pausa actual.',
    pauseCounted: 'Es una pausa nueva, que cuenta para el límite de 2 en 12 meses.',
    skipNextCharge: (p) => `La próxima caja se cobra el ${p.date}.`,
    giftPostponed: (p) =>
      `La caja de regalo de ${p.month} se aplaza a ${p.to}, después de la última caja de regalo; está prepagada, así que no hay cargo extra.`,
    frequencyScheduled: (p) =>
      `La próxima caja se mantiene el ${p.date}; después, una caja ${p.frequency} (la siguiente: ${p.following}), a ${p.price} por caja a partir de la caja de ${p.priceFrom}.`,
    frequencyUnscheduled: (p) => `Una caja ${p.frequency} a ${p.price} por caja.`,
    addressNoBox: 'No hay ninguna caja programada; todas las cajas futuras van a la nueva dirección.',
    addressFrom: (p) => `La nueva dirección se usa a partir de la caja de ${p.month}.`,
    addressLate: (p) =>
      `La caja de ${p.month} todavía va a la dirección actual (el plazo terminó el ${p.cutoff}); la nueva dirección se usa a partir de ${p.from ? `la caja de ${p.from}` : 'la próxima caja'}.`,
    addressNewCountry:
      'En el nuevo país el precio no cambia; el transportista, el tiempo de tránsito, las normas sobre el vino y los impuestos de importación son los del nuevo país.',
    claimKnownIssue: (p) => `Es la incidencia conocida «${p.title}»: ${p.remedy}.`,
    claimReview: (p) =>
      `El equipo de calidad revisa la reclamación en un plazo de ${p.days} días hábiles; por defecto, el reemplazo viaja en la próxima caja.`,
    nextChange: (p) => `Aquí está el otro cambio que pidió. ${p.summary}`,
    nextChangeRefused: (p) =>
      `El otro cambio que pidió no se puede hacer ahora, así que no lo he preparado: ${p.summary} Escríbame si quiere ver otras opciones.`,
  },
  de: {
    items: counted('Artikel', 'Artikel'),
    photos: counted('Foto', 'Fotos'),
    frequency: phrasebookFor('de').plan.frequency,
    pauseSummary: (p) =>
      `Ihr Abo für ${counted('Monat', 'Monate')(p.months)} pausieren` +
      (p.from ? `, beginnend mit der Box ${p.from}.` : '.'),
    skipSummary: (p) => `Die Box ${p.month} aussetzen: in diesem Monat keine Box und keine Abbuchung.`,
    frequencySummary: (p) => `Eine Box ${p.frequency} erhalten.`,
    addressSummary: (p) => `Ihre Boxen an ${p.address} senden.`,
    claimSummary: (p) => `Schadensmeldung für die Bestellung ${p.orderId} (${p.counts}): ${p.description}`,
    span: (p) => (p.to ? `von ${p.from} bis ${p.to}` : `im ${p.from}`),
    pause: (p) =>
      `Keine Box und keine Abbuchung ${p.span}; das Abo läuft am ${p.resumesOn} wieder an` +
      (p.nextCharge ? ` und die nächste Box wird am ${p.nextCharge} abgebucht.` : '.'),
    pauseExtends: 'Damit verlängert sich die laufende Pause.',
    pauseCounted: 'Das ist eine neue Pause; sie zählt zur Grenze von 2 Pausen in 12 Monaten.',
    skipNextCharge: (p) => `Die nächste Box wird am ${p.date} abgebucht.`,
    giftPostponed: (p) =>
      `Die Geschenkbox ${p.month} wird auf ${p.to} verschoben, nach der letzten Geschenkbox; sie ist vorausbezahlt, es fallen also keine zusätzlichen Kosten an.`,
    frequencyScheduled: (p) =>
      `Die nächste Box bleibt am ${p.date}; danach eine Box ${p.frequency} (nächste: ${p.following}), zu ${p.price} pro Box ab der Box ${p.priceFrom}.`,
    frequencyUnscheduled: (p) => `Eine Box ${p.frequency} zu ${p.price} pro Box.`,
    addressNoBox: 'Es ist keine Box geplant; jede künftige Box geht an die neue Adresse.',
    addressFrom: (p) => `Die neue Adresse gilt ab der Box ${p.month}.`,
    addressLate: (p) =>
      `Die Box ${p.month} geht noch an die aktuelle Adresse (Stichtag war der ${p.cutoff}); die neue Adresse gilt ab ${p.from ? `der Box ${p.from}` : 'der nächsten Box'}.`,
    addressNewCountry:
      'Im neuen Land bleibt der Preis gleich; Versanddienst, Laufzeit, Weinregeln und Einfuhrabgaben richten sich nach dem neuen Land.',
    claimKnownIssue: (p) => `Das ist das bekannte Problem „${p.title}“: ${p.remedy}.`,
    claimReview: (p) =>
      `Das Qualitätsteam prüft die Meldung innerhalb von ${p.days} Werktagen; standardmäßig kommt der Ersatz mit der nächsten Box.`,
    nextChange: (p) => `Hier ist die weitere Änderung, um die Sie gebeten haben. ${p.summary}`,
    nextChangeRefused: (p) =>
      `Die weitere Änderung, um die Sie gebeten haben, ist derzeit nicht möglich, daher habe ich sie nicht vorbereitet: ${p.summary} Schreiben Sie mir gern, wenn Sie andere Möglichkeiten besprechen möchten.`,
  },
  fr: {
    items: counted('article', 'articles'),
    photos: counted('photo', 'photos'),
    frequency: phrasebookFor('fr').plan.frequency,
    pauseSummary: (p) =>
      `Mettre votre abonnement en pause pendant ${p.months} mois` +
      (p.from ? `, à partir de la box de ${p.from}.` : '.'),
    skipSummary: (p) => `Sauter la box de ${p.month} : ni box ni prélèvement ce mois-là.`,
    frequencySummary: (p) => `Recevoir une box ${p.frequency}.`,
    addressSummary: (p) => `Envoyer vos box à ${p.address}.`,
    claimSummary: (p) => `Déclarer un dommage pour la commande ${p.orderId} (${p.counts}) : ${p.description}`,
    span: (p) => (p.to ? `de ${p.from} à ${p.to}` : `en ${p.from}`),
    pause: (p) =>
      `Ni box ni prélèvement ${p.span} ; l'abonnement reprend le ${p.resumesOn}` +
      (p.nextCharge ? ` et la prochaine box est prélevée le ${p.nextCharge}.` : '.'),
    pauseExtends: 'Cela prolonge la pause en cours.',
    pauseCounted: "C'est une nouvelle pause, comptée dans la limite de 2 sur 12 mois.",
    skipNextCharge: (p) => `La prochaine box est prélevée le ${p.date}.`,
    giftPostponed: (p) =>
      `La box cadeau de ${p.month} est reportée à ${p.to}, après la dernière box cadeau ; elle est prépayée, donc sans frais supplémentaires.`,
    frequencyScheduled: (p) =>
      `La prochaine box reste le ${p.date} ; ensuite, une box ${p.frequency} (la suivante : ${p.following}), à ${p.price} par box à partir de la box de ${p.priceFrom}.`,
    frequencyUnscheduled: (p) => `Une box ${p.frequency} à ${p.price} par box.`,
    addressNoBox: "Aucune box n'est prévue ; toutes les prochaines box partiront à la nouvelle adresse.",
    addressFrom: (p) => `La nouvelle adresse s'applique à partir de la box de ${p.month}.`,
    addressLate: (p) =>
      `La box de ${p.month} part encore à l'adresse actuelle (la date limite était le ${p.cutoff}) ; la nouvelle adresse s'applique à partir de ${p.from ? `la box de ${p.from}` : 'la prochaine box'}.`,
    addressNewCountry:
      "Dans le nouveau pays, le prix reste le même ; le transporteur, le délai d'acheminement, les règles sur le vin et les taxes d'importation sont ceux du nouveau pays.",
    claimKnownIssue: (p) => `Il s'agit du problème connu « ${p.title} » : ${p.remedy}.`,
    claimReview: (p) =>
      `L'équipe qualité examine la déclaration sous ${p.days} jours ouvrés ; par défaut, le remplacement arrive dans la prochaine box.`,
    nextChange: (p) => `Voici l’autre modification que vous avez demandée. ${p.summary}`,
    nextChangeRefused: (p) =>
      `L’autre modification que vous avez demandée n’est pas possible pour le moment, je ne l’ai donc pas préparée : ${p.summary} Écrivez-moi si vous souhaitez voir d’autres options.`,
  },
};

/** The wording of proposed changes in one language; raw `YYYY-MM` months and `YYYY-MM-DD` days in. */
export interface ChangeText {
  /** The form's one-line summary of the change. */
  summary<Name extends WriteToolName>(name: Name, args: WriteToolArgs<Name>): string;
  /**
   * The message that offers a queued change ("Here is the other change you asked for. …"), with how
   * to confirm it (`link` outside the widget), or says the rules no longer allow it.
   */
  nextChange(p: { summary: string; ok: boolean; link: string | null }): string;
  pause(p: {
    from: string;
    to: string;
    resumesOn: string;
    nextCharge: string | null;
    extends: boolean;
    anotherPause: boolean;
  }): string;
  skipNextCharge(p: { date: string }): string;
  giftPostponed(p: { month: string; to: string }): string;
  frequency(p: {
    frequency: Frequency;
    priceUsd: number;
    scheduled: { date: string; following: string; priceFrom: string } | null;
  }): string;
  address(p: {
    nextBox: string | null;
    inTime: boolean;
    cutoff: string | null;
    appliesFrom: string | null;
    movesCountry: boolean;
  }): string;
  claim(p: { knownIssue: KnownIssue | null; reviewDays: number }): string;
}

function summaries(
  s: Sentences,
  fmt: Formatter,
): { [Name in WriteToolName]: (args: WriteToolArgs<Name>) => string } {
  return {
    pause_subscription: (args) =>
      s.pauseSummary({ months: args.months, from: args.start_month ? fmt.month(args.start_month) : null }),
    skip_month: (args) => s.skipSummary({ month: fmt.month(args.month) }),
    change_frequency: (args) => s.frequencySummary({ frequency: s.frequency(args.frequency) }),
    change_address: (args) => {
      const parts = [
        args.name,
        args.line1,
        args.line2,
        `${args.city}${args.region ? `, ${args.region}` : ''}`,
      ];
      return s.addressSummary({
        address: [...parts.filter(Boolean), `${args.postal_code} ${args.country}`].join(', '),
      });
    },
    file_damage_claim: (args) => {
      const photos = (args.photo_keys?.length ?? 0) + (args.photo_ids?.length ?? 0);
      const counts = [args.items?.length ? s.items(args.items.length) : null, s.photos(photos)];
      return s.claimSummary({
        orderId: args.order_id,
        counts: counts.filter(Boolean).join(', '),
        description: args.description,
      });
    },
  };
}

/** The wording of `language` (a detected language code; English for one Kesher does not write). */
export function changeText(language: string | undefined): ChangeText {
  const lang = replyLanguage(language ?? 'en');
  const s = SENTENCES[lang];
  const fmt = createFormatter(lang);
  const byTool = summaries(s, fmt);
  const sentence = (...parts: (string | null | false)[]): string =>
    tidyPunctuation(parts.filter(Boolean).join(' '));
  return {
    summary: (name, args) =>
      tidyPunctuation((byTool[name] as (args: WriteToolArgs<typeof name>) => string)(args)),
    nextChange: (p) =>
      p.ok
        ? sentence(
            s.nextChange({ summary: p.summary }),
            phrasebookFor(lang).common.confirmForm({ link: p.link }),
          )
        : sentence(s.nextChangeRefused({ summary: p.summary })),
    pause: (p) =>
      sentence(
        s.pause({
          span: s.span({ from: fmt.month(p.from), to: p.from === p.to ? null : fmt.month(p.to) }),
          resumesOn: fmt.day(p.resumesOn),
          nextCharge: p.nextCharge ? fmt.day(p.nextCharge) : null,
        }),
        p.extends ? s.pauseExtends : p.anotherPause && s.pauseCounted,
      ),
    skipNextCharge: (p) => sentence(s.skipNextCharge({ date: fmt.day(p.date) })),
    giftPostponed: (p) => sentence(s.giftPostponed({ month: fmt.month(p.month), to: fmt.month(p.to) })),
    frequency: (p) => {
      const frequency = s.frequency(p.frequency);
      const price = fmt.money(p.priceUsd);
      return sentence(
        p.scheduled
          ? s.frequencyScheduled({
              date: fmt.day(p.scheduled.date),
              frequency,
              following: fmt.month(p.scheduled.following),
              price,
              priceFrom: fmt.month(p.scheduled.priceFrom),
            })
          : s.frequencyUnscheduled({ frequency, price }),
      );
    },
    address: (p) =>
      sentence(
        p.nextBox === null
          ? s.addressNoBox
          : p.inTime
            ? s.addressFrom({ month: fmt.month(p.nextBox) })
            : s.addressLate({
                month: fmt.month(p.nextBox),
                cutoff: fmt.day(p.cutoff!),
                from: p.appliesFrom ? fmt.month(p.appliesFrom) : null,
              }),
        p.movesCountry && s.addressNewCountry,
      ),
    claim: (p) =>
      sentence(
        p.knownIssue ? s.claimKnownIssue(p.knownIssue.text[lang]) : s.claimReview({ days: p.reviewDays }),
      ),
  };
}
