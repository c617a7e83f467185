/** Hebrew: tracking, addresses, order history, payments and refunds. */
import type { EN_PHRASES } from '../en';
import { carrier, prefixed } from './common';

type En = typeof EN_PHRASES;

const COUNTRIES: Record<string, string> = {
  US: 'ארה"ב',
  CA: 'קנדה',
  GB: 'בריטניה',
  DE: 'גרמניה',
  FR: 'צרפת',
  ES: 'ספרד',
  IL: 'ישראל',
  AU: 'אוסטרליה',
  BR: 'ברזיל',
  MX: 'מקסיקו',
  ZA: 'דרום אפריקה',
  AR: 'ארגנטינה',
  AT: 'אוסטריה',
  CH: 'שווייץ',
  IT: 'איטליה',
  NL: 'הולנד',
  BE: 'בלגיה',
};
const country = (code: string): string => COUNTRIES[code] ?? code;
const STATUS: Record<string, string> = {
  in_transit: 'בדרך',
  processing: 'בהכנה',
  delivered: 'נמסרה',
  lost: 'אבדה',
  returned: 'הוחזרה',
};

const HOLIDAY_NAMES = {
  hanukkah: 'חנוכה',
  passover: 'פסח',
  rosh_hashanah: 'ראש השנה',
  sukkot: 'סוכות',
  shavuot: 'שבועות',
  purim: 'פורים',
  christmas: 'חג המולד',
  new_year: 'השנה האזרחית החדשה',
} as const;

export const shipping: En['shipping'] = {
  alcoholNotShipped: (p) =>
    `יין עם אלכוהול נשלח רק לישראל, לבריטניה ולמדינות האיחוד האירופי; לקופסאות ${prefixed('ל', country(p.country))} נשלחים אוטומטית יינות ללא אלכוהול של Gefen Zero, ולכן לא נוכל לשנות זאת לכתובת שלך.`,
  upcomingBox: (p) =>
    `הקופסה של ${p.month} מחויבת ב-${p.charge} ונשלחת בין ${p.firstDay} ל-${p.last} (ימים א׳–ה׳); מספר המעקב נשלח אליך במייל ביום השליחה.`,
  arrivalWindow: (p) => `בדרך כלל היא מגיעה בין ${p.from} ל-${p.to}.`,
  holidayArrival: (p) => {
    const name = HOLIDAY_NAMES[p.holiday];
    const starts = p.evening ? `${name} מתחיל בערב ${p.date}` : `${name} חל ב-${p.date}`;
    if (p.arrival === 'before')
      return `${starts}, ובדרך כלל הקופסה מגיעה לפני כן, אבל מועדי המסירה הם הערכה ולא התחייבות.`;
    if (p.arrival === 'after') return `${starts}, ולכן הקופסה תגיע כנראה אחרי תחילת החג.`;
    return `${starts}, ולכן לא ניתן להבטיח שהקופסה תגיע לפני ${name}.`;
  },
  selfService: (p) => `כשהחבילה בדרך, אפשר לתאם מחדש את המסירה או לבחור מקום בטוח דרך ${p.service}.`,
  addressOnFile: (p) => `הכתובת השמורה למשלוח הקופסאות היא ${p.address}.`,
  parcelIntro: (p) => `הקופסה של ${p.month} בדרך עם ${carrier(p.carrier)}, מספר מעקב ${p.tracking}.`,
  lastScan: (p) => `הסריקה האחרונה הייתה ב-${p.date}: "${p.description}" (${p.location}).`,
  noScanYet: () => 'עדיין אין סריקה של חברת השילוח; הסריקה הראשונה עשויה להופיע תוך 48 שעות.',
  eta: (p) =>
    p.late ? `תאריך המסירה המשוער היה ${p.date}.` : `תאריך המסירה המשוער הוא ${p.date}, כך שהכול לפי הלוח.`,
  transitTime: (p) =>
    `משלוח עם ${carrier(p.carrier)} ${prefixed('ל', country(p.country))} לוקח ${p.days} ימי עסקים מיום השליחה.`,
  quietPeriod: () =>
    'אחרי "Item departed Israel" דואר ישראל לא מציג לעיתים קרובות סריקה חדשה עד 10 ימי עסקים, עד שהחבילה נסרקת בארץ היעד; זה תקין.',
  taxesOnDelivery: (p) =>
    `${country(p.country)} היא יעד DAP: ייתכן שהמכס יגבה מסי יבוא במסירה, והם משולמים על ידי המקבל/ת.`,
  taxesMayBeDue: (p) =>
    `ייתכן שהמכס${p.country ? ` ${prefixed('ב', country(p.country))}` : ' המקומי'} יגבה מסי יבוא במסירה (DAP), והם משולמים על ידי המקבל/ת.`,
  nothingToPay: (p) =>
    `אין צורך לשלם דבר: המכס כבר שולם על ידינו (DDP) עבור ${p.country ? country(p.country) : 'המדינה שלך'}. אם מישהו מבקש תשלום, אין לשלם — ויש לעדכן אותנו.`,
  customsHeld: (p) => `החבילה מעוכבת לבדיקת מכס${p.location ? ` (${p.location})` : ''} מאז ${p.since}.`,
  customsDelay: (p) => `זה תקין: בדיקת מכס יכולה להוסיף ${p.days} ימי עסקים.`,
  customsPay: (p) =>
    p.country === 'BR'
      ? `הדרישה של Correios אמיתית: את מסי היבוא לברזיל קובע המכס הברזילאי והם משולמים על ידי המקבל/ת (DAP), ואיננו יכולים לשלם או להחזיר אותם. אפשר לשלם באפליקציה או באתר של Correios ‏("Minhas Importações")${p.deadline ? ` עד ${p.deadline}` : ''}; אם לא ישולם בזמן, החבילה תחזור לשולח.`
      : 'במדינה שלך מסי היבוא משולמים על ידי המקבל/ת (DAP); חברת השילוח תודיע על הסכום.',
  importTaxGuide: (p) => {
    const declared = p.declared ? ` (הקופסה מוצהרת על ${p.declared}, המחיר ששולם)` : '';
    const guide = 'להערכה בלבד, כי איננו יכולים לדעת את הסכום המדויק:';
    switch (p.country) {
      case 'BR':
        return `${guide} לפי Remessa Conforme מס היבוא הוא 20% לערך מוצהר של עד USD 50${declared} ו-60% מעל USD 50 (בניכוי USD 20), ובנוסף מס המדינה ICMS של 17-20%.`;
      case 'CA':
        return `${guide} GST/HST של 5-15% מהערך המוצהר${declared}, לפי המחוז (קוויבק: GST 5% + QST 9.975%); UPS עשויה להוסיף עמלת עמילות, בדרך כלל CAD 10-25, ו-DHL עמלת טיפול במכס.`;
      case 'ZA':
        return `${guide} מע"מ 15% ועוד מכס (לרוב כ-20% על מזון) על הערך המוצהר${declared}, ועוד עמלת טיפול של הדואר.`;
      case 'MX':
        return `${guide} IVA 16% ועוד מכס, יחד בדרך כלל כ-19-33% מהערך המוצהר${declared}.`;
    }
  },
  pastEta: (p) => `תאריך המסירה המשוער, ${p.date}, כבר עבר, ואנחנו מצטערים שזה לוקח כל כך הרבה זמן.`,
  traceOpening: (p) =>
    `אנחנו מעבירים את זה לצוות המשלוחים כדי שתיפתח חקירה מול ${carrier(p.carrier)} (באותו יום עסקים או למחרת); אין צורך לפנות ${prefixed('ל', carrier(p.carrier))} בעצמך. חקירה נמשכת עד ${p.days} ימי עסקים.`,
  traceSoon: (p) => `אם עד ${p.date} לא תופיע סריקה חדשה, נפתח חקירה מול חברת השילוח.`,
  lostRemedyIfDeclared: () =>
    'אם החבילה תוכרז כאבודה, אפשר לבחור קופסה חלופית בחינם (ב-DHL Express) או החזר מלא.',
  delivered: (p) =>
    `הקופסה של ${p.month} (${carrier(p.carrier)}, מספר מעקב ${p.tracking}) נמסרה ב-${p.date}${p.place ? ` (${p.place})` : ''}.`,
  receivedBy: (p) =>
    p.frontDesk ? `היא הושארה בדלפק הקבלה והתקבלה על ידי ${p.name}.` : `המסירה נחתמה על ידי ${p.name}.`,
  leftAtDoor: () => 'היא הושארה ליד דלת הכניסה.',
  notFoundSteps: () =>
    'כדאי לבדוק את תיבת הדואר, את הלובי או אב הבית, את השכנים וכל מקום בטוח שהשליח נוהג להשאיר בו חבילות; לפעמים חברת השילוח מסמנת "נמסר" מעט מוקדם, והחבילה מגיעה עד סוף יום העסקים הבא.',
  investigation: (p) =>
    `אם החבילה עדיין חסרה, יש לעדכן אותנו עד ${p.by} (תוך 7 ימים מסריקת המסירה) ונפתח בירור מול חברת השילוח (עד 10 ימי עסקים); אין צורך לפנות ${prefixed('ל', carrier(p.carrier))} בעצמך. אם לא ניתן לאשר את המסירה, נחליף את הקופסה או נחזיר את הכסף.`,
  investigationLate: (p) =>
    `סריקת המסירה הייתה ב-${p.date}, לפני יותר מ-7 ימים, ולכן הבירור הרגיל מול חברת השילוח כבר לא נפתח אוטומטית; אנחנו מעבירים את המקרה לצוות המשלוחים לבדיקה, והצוות יחזור אליך. אין צורך לפנות ${prefixed('ל', carrier(p.carrier))} בעצמך.`,
  heldForPayment: (p) =>
    `הקופסה של ${p.month} (${p.orderId}) לא נשלחה: היא מעוכבת כי התשלום נכשל${p.card ? ` בכרטיס שמסתיים ב-${p.card}` : ''}${p.expiry ? `, שתוקפו פג (${p.expiry})` : ''}.`,
  heldUntil: (p) => `הקופסה שמורה עד ${p.date} ותישלח תוך 2 ימי עסקים מרגע שהתשלום יעבור.`,
  notShippedYet: (p) =>
    `הקופסה של ${p.month} עדיין לא נשלחה: הקופסאות יוצאות בין ה-2 ל-6 בחודש, ומספר המעקב נשלח בדוא"ל ביום השליחה.`,
  noBoxInMonth: (p) =>
    `אין בחשבון קופסה של ${p.month}${p.skipped ? ': דילגת על החודש הזה' : p.frequency ? `: מקבלים קופסה ${p.frequency}` : ''}.`,
  lostConfirmed: (p) =>
    `${carrier(p.carrier)} אישרה שהקופסה של ${p.month} (${p.orderId}) אבדה${p.date ? ` (${p.date})` : ''}.`,
  lostChoice: (p) =>
    `אפשר לבחור קופסה חלופית בחינם (ב-DHL Express, נשלחת תוך 5 ימי עסקים) או החזר מלא של ${p.price}; הצוות שלנו מאשר זאת תוך יום עסקים אחד.`,
  returned: (p) =>
    `הקופסה של ${p.month} (${p.orderId}) חזרה למחסן שלנו${p.date ? ` ב-${p.date}` : ''}${p.unitMissing ? ', כי מספר הדירה היה חסר בכתובת' : ''}.`,
  returnedChoice: (p) =>
    `אפשר לשלוח אותה שוב תמורת ${p.reship}, או לקבל החזר של מחיר הקופסה פחות ${p.reship} דמי החזרה, כלומר ${p.refund}.`,
  orderNotOnAccount: (p) => `לא מצאנו את ההזמנה ${p.orderId} בחשבון; אפשר לבדוק את המספר?`,
};

export const account: En['account'] = {
  askAddress: () =>
    'אפשר לשלוח את הכתובת החדשה: רחוב ומספר בית, דירה (אם יש), עיר, מיקוד, מדינה, ומדינה/מחוז היכן שנדרש.',
  askRegion: () => 'אפשר להוסיף את המדינה/המחוז? זה נדרש בכתובות במדינה שלך.',
  addressCancelled: (p) =>
    `המנוי בוטל${p.date ? ` ב-${p.date}` : ''}, כך שלא מתוכננות קופסאות ואין מה לשלוח לכתובת חדשה. אפשר לחדש את המנוי עם הכתובת החדשה בכל עת${
      p.keepJoinDateUntil ? `; חידוש עד ${p.keepJoinDateUntil} שומר על תאריך ההצטרפות המקורי` : ''
    }.`,
  postalInvalid: (p) =>
    `המיקוד "${p.code}" חלקי: מיקודים ${prefixed('ב', country(p.country))} ${p.digits ? `בנויים מ-${p.digits} ספרות` : `בנויים בתבנית ${p.shape}`} (לדוגמה ${p.example}).`,
  askFullPostal: () => 'אפשר לשלוח את המיקוד המלא? נכין את שינוי הכתובת מיד כשיגיע.',
  addressForm: (p) => `הכנו שינוי כתובת ל: ${p.address}.`,
  oldAddressBox: (p) =>
    `הקופסה של ${p.month} עדיין תישלח ל${p.street ? `כתובת ${p.street}` : 'כתובת הנוכחית'}, כי מועד הסגירה לשינוי כתובת עבורה היה ${p.cutoff}.`,
  newAddressFrom: (p) => `הכתובת החדשה תשמש החל מהקופסה של ${p.month}.`,
  skipOldBox: (p) =>
    `אם לא תהיו בכתובת הישנה כדי לקבל אותה, אפשר לדלג על הקופסה של ${p.month} עד ${p.deadline}.`,
  noRedirect: (p) => `הקופסה של ${p.month} כבר בדרך ואי אפשר להפנות אותה לכתובת החדשה.`,
  nextBox: (p) => `הקופסה הבאה היא של ${p.month}, והחיוב עליה ב-${p.date}.`,
  pausedUntil: (p) => `המנוי מושהה עד ${p.date}.`,
  firstBox: (p) => `את/ה איתנו מאז ${p.since}, כך שהקופסה הראשונה הייתה של ${p.month}.`,
  themeOf: (p) => `הנושא של קופסת ${p.month} (${p.orderId}) היה "${p.theme}".`,
  itemProducer: (p) => `${p.item} הגיע מ-${p.producer} ${prefixed('ב', p.place)}.`,
  countSince: (p) => `מאז ${p.since} נמסרו ${p.count} קופסאות (${p.months}).`,
  wasLost: (p) => `הקופסה של ${p.month} אבדה אצל ${carrier(p.carrier)}.`,
  wasReturned: (p) => `הקופסה של ${p.month} חזרה למחסן שלנו.`,
  yearIntro: (p) => `אלה הקופסאות שלך מ-${p.year}:`,
  replacedBy: (p) => `הוחלפה ללא תשלום בהזמנה ${p.orderId}${p.delivered ? `, נמסרה ב-${p.delivered}` : ''}`,
  noBoxesInYear: (p) => `אני לא רואה קופסאות בחשבון שלך ב-${p.year}.`,
  listIntro: () => 'אלה ההזמנות האחרונות:',
  orderLine: (p) =>
    `${p.orderId}: קופסת ${p.month}${p.theme ? ` ("${p.theme}")` : ''}, ${p.amount}${p.delivered ? `, נמסרה ב-${p.delivered}` : `, ${STATUS[p.status] ?? p.status}`}`,
  eachBoxCost: (p) => `כל קופסת ${p.tier} עלתה ${p.amount}.`,
  lastOrder: (p) =>
    p.delivered
      ? `הקופסה האחרונה הייתה של ${p.month} (${p.orderId}), ונמסרה ב-${p.delivered}.`
      : `הקופסה האחרונה היא של ${p.month} (${p.orderId}), כרגע ${STATUS[p.status] ?? p.status}.`,
  noOrders: () => 'עדיין אין הזמנות בחשבון.',
};

export const billing: En['billing'] = {
  cardOnFile: (p) => `הכרטיס השמור הוא ${p.brand} המסתיים ב-${p.last4}, בתוקף עד ${p.expiry}.`,
  updateCardHow: () =>
    'אפשר להוסיף או להחליף כרטיס בחשבון -> אמצעי תשלום (levhaolam.example.com/account/payment); שמירת כרטיס חדש גובה מיד כל סכום פתוח, ומבוצעת מסגרת אימות של ‏1.00 ‏$ שמשתחררת תוך 7 ימים.',
  chargedInUsd: () => 'כל המנויים מחויבים בדולר ארה"ב (USD); איננו יכולים לחייב במטבע אחר.',
  bankFeesNotRefundable: () =>
    'עמלות המרת מטבע או עסקה בחו"ל נגבות על ידי הבנק, ולכן איננו יכולים להחזיר אותן.',
  descriptor: () =>
    'LEVHAOLAM*BOX MODIIN IL הוא השם שבו מופיע בדף החיוב המנוי של Lev Haolam (קופסאות חודשיות של מוצרים ישראליים).',
  askLookup: () =>
    'אם תשלחו את כתובת הדוא"ל שהמנוי אולי רשום עליה, או רק את 4 הספרות האחרונות של הכרטיס, נוכל לבדוק.',
  attemptFailed: (p) => `ניסיון החיוב ב-${p.date} נדחה על ידי הבנק (${p.reason}).`,
  reasonMeaning: (p) =>
    ({
      card_expired: 'המשמעות היא שתוקף הכרטיס השמור פג.',
      insufficient_funds: 'המשמעות היא שהבנק דחה בגלל חוסר כיסוי.',
      do_not_honor: 'המשמעות היא שהבנק דחה בלי לציין סיבה, לרוב בגלל חסימה של בתי עסק בחו"ל.',
      authentication_required: 'המשמעות היא שהבנק ביקש אישור של התשלום ב-3-D Secure.',
      processing_error: 'זו הייתה תקלה זמנית בבנק או אצל חברת הסליקה.',
    })[p.reason] ?? '',
  retrySucceeded: (p) => `הניסיון החוזר ב-${p.date} הצליח, כך שהחיוב היה פעם אחת בלבד: ${p.amount}.`,
  attemptsFailed: (p) => `כל ${p.count} ניסיונות החיוב עד כה (${p.dates}) נדחו על ידי הבנק (${p.reason}).`,
  cardExpired: (p) => `המשמעות היא שתוקף הכרטיס המסתיים ב-${p.card} פג (תוקפו היה עד ${p.expiry}).`,
  nextRetry: (p) => `הניסיון האוטומטי הבא יהיה ב-${p.date}.`,
  noRetriesLeft: () => 'זה היה הניסיון האוטומטי האחרון: התשלום יעבור ברגע שתוסיפו כרטיס בתוקף.',
  retryPending: () => 'אנחנו מנסים שוב אוטומטית 3, 7 ו-14 ימים אחרי הניסיון הראשון.',
  noDoubleCharge: () => 'אין חיוב כפול בחשבון.',
  monthCharges: (p) =>
    p.count === 0
      ? `לא היה חיוב ב${p.month}.`
      : p.count === 1
        ? `החיוב היחיד ב${p.month}: ${p.charges}.`
        : `החיובים ב${p.month}: ${p.charges}.`,
  chargeLine: (p) =>
    `${p.amount} ב-${p.date}${p.card ? ` (${p.card})` : ''}${p.refunded ? `, מתוכם הוחזרו ${p.refunded}` : ''}`,
  cardEnding: (p) => `${p.brand} המסתיים ב-${p.last4}`,
  pendingHold: () =>
    'שורה שנייה באפליקציית הבנק היא בדרך כלל הרשאה ממתינה: היא נעלמת מעצמה תוך 3-7 ימים ואינה חיוב (הוספה או עדכון של כרטיס יוצרים גם מסגרת אימות של ‏1.00 ‏$ שמשתחררת תוך 7 ימים).',
  authenticationAdvice: () =>
    'כשהבנק מבקש, יש לאשר את התשלום באפליקציית הבנק; רוב הבנקים מבקשים זאת רק מדי פעם, לא כל חודש, ואנחנו שולחים קישור כשצריך.',
  duplicateSeen: (p) =>
    `אנחנו רואים שני חיובים של ${p.amount} ב-${p.date} על אותה קופסה (${p.orderId}: ${p.paymentIds}).`,
  duplicateToTeam: () =>
    'העברנו את החיוב הכפול לצוות החיובים, שמאשר את החזר החיוב הכפול תוך יום עסקים אחד ומודיע בדוא"ל; לאחר מכן ההחזר מופיע תוך 5–10 ימי עסקים.',
  chargedFor: (p) => `${p.amount} חויבו ב-${p.date} עבור הקופסה של ${p.month}.`,
  noSuchPlanPrice: (p) => `${p.amount} אינו המחיר של המסלול שלך.`,
  disputeOpen: (p) =>
    `החיוב של ${p.amount} עבור ${p.month} נמצא בבירור מול הבנק${p.opened ? ` (נפתח ב-${p.opened})` : ''}.`,
  disputeNoSeparateRefund: () =>
    'כל עוד הבירור פתוח, איננו יכולים להחזיר את אותו תשלום בנפרד: חברת הכרטיסים מחליטה, וזה יכול לקחת 30–90 יום.',
};

export const refund: En['refund'] = {
  refundsByTeam: () =>
    'העוזר לא יכול לבצע החזרים בעצמו: צוות החיובים מחליט תוך יום עסקים אחד ומודיע בדוא"ל; ההחזרים חוזרים לכרטיס המקורי ומופיעים תוך 5–10 ימי עסקים.',
  noChangeOfMind: () =>
    'איננו יכולים להחזיר כסף על קופסה שכבר נשלחה בגלל שינוי דעה (למשל מוצר או נושא שלא אהבת).',
  foodNotReturnable: () => 'אי אפשר להחזיר מוצרי מזון, כך שאין צורך לשלוח שום דבר בחזרה.',
  skipInstead: (p) =>
    `אם קופסה לא מתאימה, אפשר לדלג עליה: על הקופסה של ${p.month} אפשר לדלג עד ${p.deadline}.`,
  skipFuture: () => 'תמיד אפשר לדלג על קופסאות עתידיות לפני ה-28 בחודש שלפני.',
  noChargeIn: (p) =>
    `איננו רואים חיוב ב${p.months}${p.lastAmount ? `: החיוב האחרון היה ${p.lastAmount} ב-${p.lastDate} עבור הקופסה של ${p.lastMonth}` : ''}.`,
  tellUsMore: () => 'אם בדף החיוב מופיע חיוב שלא הוזכר כאן, אפשר לשלוח לנו את התאריך והסכום ונבדוק.',
  afterDeadline: (p) =>
    `הבקשה לדילוג ב-${p.requested} הגיעה אחרי המועד האחרון לקופסה של ${p.month}, שהיה ${p.deadline}.`,
  chargedAndShipped: (p) =>
    `הקופסה של ${p.month} חויבה${p.charged ? ` ב-${p.charged}` : ''} ונשלחה${p.shipped ? ` ב-${p.shipped}` : ''}${p.cancelled ? `, לפני הביטול ב-${p.cancelled}` : ''}${!p.shipped && p.delivered ? `; היא נמסרה ב-${p.delivered}` : ''}.`,
  noRefundShipped: () => 'לצערנו איננו יכולים להחזיר כסף על קופסה שכבר נשלחה.',
  giftNoRefund: () =>
    'אי אפשר לקבל החזר על מנוי מתנה אחרי שהקופסה הראשונה נשלחה, אבל אפשר להעביר את הקופסאות שנותרו.',
  giftOptions: (p) =>
    `את הקופסה של ${p.month} אפשר לדחות (עד ${p.deadline}), או לשלוח לנמען/ת אחר/ת או לכתובת אחרת החל מ${p.from}.`,
  injection: () =>
    'אי אפשר לבצע החזרים בדרך הזו. אם יש בעיה אמיתית עם אחת הקופסאות, ספרו לנו מה קרה ונשמח לעזור.',
  lostRefundToTeam: (p) =>
    `רשמנו שעדיף לך החזר כספי ולא קופסה חלופית: בקשה להחזר מלא${p.amount ? ` של ${p.amount}` : ''}${p.card ? ` לכרטיס ${p.card.brand.toUpperCase()} שמסתיים ב-${p.card.last4}` : ''} הועברה לצוות החיובים, שיחליט תוך יום עסקים אחד ויעדכן בדוא"ל.`,
  lostReplacementToTeam: () =>
    'רשמנו שעדיפה לך קופסה חלופית ללא עלות ולא החזר כספי, ואנחנו מעבירים את המקרה לצוות המשלוחים, שיאשר תוך יום עסקים אחד; הקופסה תישלח אחר כך ב-DHL Express ללא עלות תוך 5 ימי עסקים. אם החבילה המקורית תגיע בכל זאת, אפשר להשאיר אותה.',
  reshipToTeam: (p) =>
    `רשמנו שברצונך שנשלח את הקופסה שוב תמורת ${p.fee}, ואנחנו מעבירים את המקרה לצוות המשלוחים, שיאשר תוך יום עסקים אחד${p.address ? ` וישלח אותה לכתובת השמורה: ${p.address}` : ''}. אם צריך לתקן את הכתובת, אפשר לשלוח קודם את הכתובת המלאה החדשה.`,
  returnedRefundToTeam: (p) =>
    `רשמנו שעדיף לך החזר כספי ולא משלוח חוזר: מחיר הקופסה פחות ${p.fee} דמי החזרה, כלומר ${p.amount}, הועבר לצוות החיובים, שיחליט תוך יום עסקים אחד ויעדכן בדוא"ל.`,
  refundTiming: () => 'לאחר האישור, ההחזר מופיע בדף החיוב תוך 5–10 ימי עסקים.',
  teamConfirms: () => 'אפשר לעדכן אותנו מה עדיף; צוות החיובים יאשר תוך יום עסקים אחד.',
  policySummary: () =>
    'אנחנו מחזירים כסף על פריטים פגומים או חסרים, קופסאות שאבדו, חיובים כפולים וחיובים אחרי דילוג, השהיה או ביטול שבוצעו לפני ה-28; על קופסה שנשלחה לא ניתן החזר בגלל שינוי דעה.',
};
