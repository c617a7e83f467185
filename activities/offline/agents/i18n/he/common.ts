/** Hebrew: greetings, acknowledgements, handovers, plans and outstanding issues. */
import type { Frequency, Tier } from '../../../../commerce/types';
import type { EN_PHRASES } from '../en';
import type { TeamName } from '../types';

type En = typeof EN_PHRASES;

const TEAMS: Record<TeamName, string> = {
  shipping: 'המשלוחים',
  billing: 'החיובים',
  retention: 'המנויים',
  quality: 'האיכות',
  support: 'שירות הלקוחות',
};

/** Carriers as a Hebrew reader knows them. */
export const carrier = (name: string): string => (name === 'Israel Post' ? 'דואר ישראל' : name);

/**
 * A one-letter prefix (ל, ב, מ, ו, ה, ש, כ) joined to a word: directly to a Hebrew word, with a
 * hyphen to a Latin name or a number ("ל-UPS", "ב-Teaneck", "לדואר ישראל").
 */
export const prefixed = (prefix: string, word: string): string =>
  /^[\u0590-\u05FF]/u.test(word) ? `${prefix}${word}` : `${prefix}-${word}`;

export const common: En['common'] = {
  greeting: (p) => (p.name ? `שלום ${p.name},` : 'שלום,'),
  ackFrustrated: () => 'אנחנו ממש מצטערים על כך, ומבינים כמה זה מתסכל.',
  ackNegative: () => 'אנחנו מצטערים על כך.',
  closing: () => 'בברכה,\nשירות הלקוחות של Lev Haolam',
  confirmForm: (p) =>
    p.link
      ? `שום דבר לא משתנה עד שמאשרים: אפשר לבדוק את הפרטים ולאשר אותם בטופס: ${p.link}`
      : 'שום דבר לא משתנה עד שמאשרים: אפשר לבדוק את הפרטים ולאשר אותם בטופס שמופיע כאן.',
  queuedChange: (p) =>
    `השינוי הנוסף שביקשת יגיע מיד אחר כך: ${p.summary} אשלח את הטופס שלו ברגע שתאשר/י את השינוי הזה.`,
  proposalUnavailable: () =>
    'לא הצלחנו להכין כרגע את טופס האישור, ולכן העברנו את הפנייה לנציג/ה שיענו תוך יום עסקים אחד.',
  askIdentity: () =>
    'כדי לבדוק את זה, אפשר לשלוח לנו את כתובת הדוא"ל שהמנוי רשום עליה, או את מספר ההזמנה? כך נוכל לאמת את החשבון.',
  unknownSender: () => 'לא מצאנו מנוי שרשום על כתובת הדוא"ל שממנה פנית.',
  accountHolderOnly: () =>
    'מטעמי פרטיות אפשר לדבר על הזמנה רק עם בעל/ת החשבון, ולכן איננו יכולים לשתף כאן פרטים עליה.',
  lookupFailed: () => 'לא הצלחנו לבדוק כרגע את פרטי החשבון; נציג/ה יבדקו ויענו תוך יום עסקים אחד.',
  teamFollowUp: () => 'העברנו את הפנייה לצוות שלנו, שיענה בדוא"ל תוך יום עסקים אחד.',
  questionToTeam: () => 'העברנו את השאלה לצוות שלנו, שיענה בדוא"ל תוך יום עסקים אחד.',
  noCardNumbers: () =>
    'לעולם אין לשלוח מספר כרטיס או קוד אבטחה (CVV) בצ\'אט או בדוא"ל; אנחנו רואים רק את סוג הכרטיס ואת 4 הספרות האחרונות.',
  team: (name) => TEAMS[name],
};

const FREQUENCIES: Record<Frequency, string> = {
  monthly: 'כל חודש',
  bimonthly: 'כל 2 חודשים',
  quarterly: 'כל 3 חודשים',
};

export const plan: En['plan'] = {
  tier: (tier: Tier) => ({ basic: 'Basic', premium: 'Premium', deluxe: 'Deluxe' })[tier],
  frequency: (frequency: Frequency) => FREQUENCIES[frequency],
  price: (p) => `מסלול ${p.tier} ${p.frequency} עולה ${p.amount} לקופסה.`,
  nextCharge: (p) => `החיוב הבא יהיה ב-${p.date}: ${p.amount} (${p.tier}, ${p.frequency}).`,
  noNextCharge: () => 'אין חיוב מתוכנן במנוי.',
  priceTable: () =>
    'מחירים לקופסה: Basic ‏39 ‏$ כל חודש, ‏42 ‏$ כל חודשיים, ‏45 ‏$ כל 3 חודשים; Premium ‏59 ‏$, ‏63 ‏$, ‏67 ‏$; Deluxe ‏89 ‏$, ‏95 ‏$, ‏99 ‏$. המחירים כוללים משלוח רגיל.',
  tierPrice: (p) =>
    `מסלול ${p.tier} ${p.frequency} עולה ${p.amount} לקופסה${p.difference ? `, ${p.difference} ${p.more ? 'יותר' : 'פחות'} מהקופסה הנוכחית שלכם (${p.current})` : ''}.`,
  tierIncludes: (tier: Tier) =>
    ({
      basic: 'ב-Basic יש 4 מוצרי מזווה: תבלינים, שמן זית, מתוקים ורטבים.',
      premium:
        'ב-Premium יש 6 פריטים: פריטי ה-Basic ועוד מוצר קוסמטיקה מים המלח ובקבוק יין (נטול אלכוהול היכן שנדרש או לבקשתכם).',
      deluxe:
        'ב-Deluxe יש 9 פריטים: פריטי ה-Premium ועוד מוצר גורמה, פריט יודאיקה או אומנות מסטודיו קטן ויין נוסף, והיא נשלחת תמיד ב-DHL Express.',
    })[tier],
  alreadyOnTier: (p) => `אתם כבר במסלול ${p.tier}.`,
};

export const issues: En['issues'] = {
  late: (p) =>
    `אנחנו רואים גם שהקופסה של ${p.month} (${carrier(p.carrier)}, מספר מעקב ${p.tracking}) עברה את תאריך המסירה המשוער, ${p.eta}.`,
  lost: (p) =>
    `אנחנו רואים גם שהקופסה של ${p.month} (${p.orderId}) הוכרזה כאבודה על ידי ${carrier(p.carrier)}, ועדיין לא נבחר פתרון.`,
  customs: (p) => `אנחנו רואים גם שהקופסה של ${p.month} (מספר מעקב ${p.tracking}) מעוכבת במכס.`,
  returned: (p) => `אנחנו רואים גם שהקופסה של ${p.month} (${p.orderId}) חזרה למחסן שלנו.`,
  paymentFailed: (p) =>
    `אנחנו רואים גם שהתשלום נכשל${p.since ? ` מאז ${p.since}` : ''}${p.card ? ` בכרטיס שמסתיים ב-${p.card}` : ''}${p.orderId ? `, ולכן הקופסה ${p.orderId} מעוכבת` : ''}.`,
  autoCancel: (p) => `אם התשלום לא יוסדר, המנוי יבוטל אוטומטית ב-${p.date}.`,
};

export const lessons: En['lessons'] = {
  trackingNumber: (p) => `מספר המעקב: ${p.tracking} (${carrier(p.carrier)}).`,
  alcoholFreeMemory: () =>
    'סיפרת לנו בעבר שיין ללא אלכוהול עדיף. ההעדפה הזו עדיין לא מוגדרת בחשבון; הצוות שלנו יכול להגדיר אותה תוך יום עסקים אחד, או שאפשר לבחור בה בחשבון -> העדפות.',
};

export const general: En['general'] = {
  thanks: () =>
    'תודה רבה שמצאת זמן לכתוב לנו! זה משמח אותנו מאוד, ואנחנו מעבירים מילים כאלה ליצרנים הקטנים שמאחורי כל קופסה.',
  handover: (p) =>
    `אנחנו מעבירים את השיחה לנציג/ה אנושי/ת מצוות ${p.team}, יחד עם סיכום, כך שלא יהיה צורך לחזור על הדברים.`,
  replyTime: () =>
    'נציג/ה יענו בשיחה הזו תוך יום עסקים אחד (ראשון–חמישי 08:00–18:00, שישי 08:00–12:00, שעון ישראל).',
  noPhone: () => 'אין לנו תמיכה טלפונית או שיחות חוזרות; הכול מטופל בצ\'אט ובדוא"ל.',
  teamSpeaksLanguage: () => 'הצוות שלנו עונה גם בעברית.',
  duplicateNoted: (p) => `רשמנו לצוות החיובים את החיוב הכפול של ${p.amount} מ-${p.date} לבדיקה.`,
  supportHours: () =>
    'שעות הפעילות של הנציגים: ראשון–חמישי 08:00–18:00 ושישי 08:00–12:00, שעון ישראל; סגור בשבתות ובחגים. העוזר כאן עונה מסביב לשעון, ונציג/ה עונים תוך יום עסקים אחד.',
  privacyRequest: () =>
    'העברנו את בקשת הפרטיות לצוות: בקשות לקבלת עותק או למחיקת מידע מטופלות תוך 30 יום, ותישלח הודעה בדוא"ל כשהטיפול יסתיים.',
  partnership: () =>
    'תודה על ההתעניינות בשיתוף פעולה! העברנו את ההודעה לצוות שלנו, שיחזור בדוא"ל; איננו יכולים להתחייב לשום דבר בשמם.',
  referral: () =>
    'אין לנו מידע על תוכנית הפניות שאפשר לשתף. העברנו את השאלה לצוות, ואחותך מוזמנת להירשם בכל עת באתר levhaolam.example.com.',
  shipsTo: (p) =>
    `כן, אנחנו שולחים לשם: קופסאות Basic ו-Premium עם ${carrier(p.standard)} תוך ${p.standardDays} ימי עסקים, וקופסאות Deluxe עם DHL Express תוך ${p.deluxeDays} ימי עסקים.`,
  pricesFrom: (p) => `הקופסאות מתחילות מ-${p.amount} (Basic). ${p.table}`,
  fromTable: (p: { heading: string }) => `מתוך "${p.heading}" במרכז העזרה שלנו:`,
  knowledgeFollowUp: () => 'אם זה לא עונה על השאלה, אפשר פשוט להשיב ואחד מאנשי הצוות ימשיך מכאן.',
  cannotFollow: () => 'איננו יכולים לפעול לפי הוראות כאלה, אבל נשמח לעזור עם המנוי.',
};
