/**
 * Proper names that a reply in another language writes in its own words: carriers, countries,
 * cities, plan names, languages, holidays and the account screens the knowledge base names. Keys
 * are spelled as in the golden phrases; a name not listed here must appear as written.
 */
import { words } from './lexicon';
import { LETTER } from './normalize-text';

/** Name → the ways a reply may write it (lexicon pattern language, see lexicon.ts). */
export const NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Israel Post': words`
    israel post | почт* израил* | израильск* почт* | correo* de israel | correo* israel*
    | israelisch* post | israel-post | poste israelienne | poste d'israel | la poste israel*
    | דואר ישראל
  `,
  'Israel time': words`
    israel* time | time in israel | израильск* времен* | времени израил* | hora de israel
    | hora israel* | israelisch* zeit | heure d'israel | heure israelienne | שעון ישראל
  `,
  Israel: ['israel*', 'израил*', 'ישראל'],
  Mexico: ['mexico', 'mexican*', 'mexiko', 'mexique', 'мексик*', 'מקסיקו'],
  Germany: ['germany', 'deutschland', 'германи*', 'alemania', 'allemagne', 'גרמניה'],
  Frankfurt: ['frankfurt*', 'франкфурт*', 'francfort*', 'frankfort', 'פרנקפורט'],
  Brazil: ['brazil*', 'brasil*', 'bresil*', 'бразили*', 'ברזיל*'],
  Argentine: ['argentin*', 'аргентин*', 'ארגנטינ*'],
  Canadian: ['canad*', 'kanad*', 'канад*', 'קנד*'],
  Johannesburg: ['johannesburg*', 'johannesburgo', 'йоханнесбург*', 'иоханнесбург*', 'יוהנסבורג'],
  Gaza: ['gaza', `/(?<!${LETTER})газ[аеуы](?!${LETTER})`, 'עזה'],
  Sderot: ['sderot', 'сдерот*', 'שדרות'],
  Russian: ['russian', 'русск*', 'по-русски', 'ruso', 'rusa', 'russisch*', 'russe', 'רוסית'],
  Turkish: ['turkish', 'турецк*', 'turco', 'turca', 'turkisch*', 'turc', 'turque', 'טורקי*'],
  Yemenite: ['yemen*', 'йемен*', 'jemen*', 'תימני*'],
  Hanukkah: ['hanuk*', 'chanuk*', 'hanouk*', 'januc*', 'ханук*', 'חנוכה'],
  UK: words`
    =UK | =GB | united kingdom | great britain | britain | великобритан* | англи* | reino unido
    | gran bretana | grossbritannien | vereinigt* konigreich | royaume-uni | grande-bretagne
    | בריטניה | אנגליה
  `,
  US: words`
    =US | =USA | =U.S. | united states | america | сша | америк* | estados unidos | eeuu | ee uu
    | vereinigt* staaten | etats-unis | ארה"ב | ארצות הברית | אמריקה
  `,
  EU: words`
    =EU | european union | europe* | евросоюз* | европ* | =ЕС | =UE | union europea
    | europaisch* union | union europeenne | האיחוד האירופי | אירופ*
  `,
  'Lev Haolam': ['lev haolam', 'levhaolam', 'лев хаолам', 'לב העולם'],
  Visa: ['visa', 'виза', 'визы', 'ויזה'],
  Amex: ['amex', 'american express', 'амекс', 'אמקס'],
  'DHL Express': ['dhl'],
  'DHL On Demand Delivery': ['on demand delivery'],
  Basic: ['basic', 'базов*', 'basico', 'basica', 'basis', 'basique', 'בסיסי*', 'בייסיק'],
  Premium: ['premium', 'премиум*', 'פרימיום', 'פרמיום'],
  Deluxe: ['deluxe', 'de luxe', 'делюкс*', 'делакс*', 'דלוקס', 'דה-לוקס'],
  'Dead Sea': ['dead sea', 'мертв* мор*', 'mar muerto', 'toten meer*', 'totes meer', 'mer morte', 'ים המלח'],
  Negev: ['negev', 'негев*', 'נגב'],
  Galilee: ['galilee', 'galil*', 'галиле*', 'галил*', 'גליל*'],
};

/** Account screens: every part must be named ("Account -> Payment method"). */
export const SCREEN_PARTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'Account -> Payment method': [
    words`
      account | аккаунт* | учетн* запис* | личн* кабинет* | профил* | cuenta | konto | kundenkonto
      | compte | חשבון | אזור אישי | איזור אישי
    `,
    words`
      payment method* | способ* оплат* | метод* оплат* | платежн* | metodo* de pago | forma de pago
      | medio de pago | zahlungsmethode* | zahlungsart* | zahlungsmittel | moyen* de paiement
      | mode de paiement | אמצעי תשלום | אמצעי התשלום
    `,
  ],
  'Account -> My subscription': [
    words`
      account | аккаунт* | учетн* запис* | личн* кабинет* | профил* | cuenta | konto | kundenkonto
      | compte | חשבון | אזור אישי | איזור אישי
    `,
    ['subscription', 'подписк*', 'suscripcion*', 'abo', 'abonnement*', 'מנוי*'],
  ],
};
