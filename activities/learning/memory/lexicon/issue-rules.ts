import type { CuesByLanguage } from './cue-matching';

/** A problem the customer reported; `{box}` becomes " (the November 2026 box)" when a month is named. */
export interface IssueRule {
  id: string;
  content: string;
  confidence: number;
  cues: CuesByLanguage;
}

/** Problems worth remembering across conversations (the next agent should know about them). */
export const ISSUE_RULES: readonly IssueRule[] = [
  {
    id: 'damaged_item',
    content: 'Reported a damaged or leaking item{box}.',
    confidence: 0.8,
    cues: {
      en: 'damaged|broken|leaked|leaking|leaky|smashed|crushed|spoiled|cracked|shattered',
      he: 'שבור*|נשבר*|נשברה|דולף|דולפת|דלף|דלפה|נזל*|פגום|פגומה|פגומים|נהרס*|מרוסק*',
      ru: 'разбит*|поврежд*|протек*|сломан*|испорчен*|треснут*|раздавлен*',
      es: 'dañad*|roto|rota|rotos|rotas|derram*|aplastad*|estropead*',
      de: 'beschädigt*|kaputt*|zerbrochen*|ausgelaufen*|undicht*|zerdrückt*',
      fr: 'endommagé*|cassé*|fuit|fuite|abîmé*|écrasé*|brisé*',
    },
  },
  {
    id: 'missing_item',
    content: 'Reported an item missing{box}.',
    confidence: 0.75,
    cues: {
      en: "missing; wasn't|weren't ~ in the box; was not in the box",
      he: 'חסר|חסרה|חסרים|חסרות; לא היה בקופסה',
      ru: 'не хватает; не хватало; отсутств*; не было в коробке',
      es: 'falta|faltaba|faltan|faltaban',
      de: 'fehlt|fehlte|fehlen|fehlten',
      fr: 'manque|manquait|manquant*',
    },
  },
  {
    id: 'late_delivery',
    content: 'Reported a late or missing delivery{box}.',
    confidence: 0.75,
    cues: {
      en: "hasn't|haven't|didn't|never|not ~ arrived|arrive|received|receive|come; where is ~ box|package|parcel|order; where's ~ box|package|parcel|order; late|delayed|stuck|lost",
      he: 'לא ~ הגיע*|קיבלתי|קיבלנו; איפה ~ חבילה|קופסה|משלוח|הזמנה; מתעכב*|עיכוב|תקוע*|אבד*|נאבד*',
      ru: 'не ~ пришл*|получил*|дошл*; где ~ посылка|заказ|коробка; задерж*|застрял*|потерял*|потерян*',
      es: 'no ~ llegado|llegó|recibido|recibí; dónde está ~ caja|paquete|pedido; retras*|atascad*|perdid*',
      de: 'nicht ~ angekommen|erhalten|da; wo ist ~ box|paket|bestellung; verspät*|verzöger*|verloren',
      fr: 'pas ~ reçu|arrivé|arrivée; où est ~ colis|boîte|commande; retard*|bloqué*|perdu*',
    },
  },
  {
    id: 'double_charge',
    content: 'Reported being charged twice{box}.',
    confidence: 0.85,
    cues: {
      en: 'charged twice|double; double charge*; double-charged; charged two times; two charges',
      he: 'חויבתי|חויבנו|חייבו ~ פעמיים; חיוב כפול',
      ru: 'списали|списано|сняли ~ дважды; двойн* ~ списан*|оплат*',
      es: 'cobrado|cobraron|cobró ~ dos veces; doble ~ cargo|cobro',
      de: 'doppelt|zweimal ~ abgebucht|belastet|berechnet',
      fr: 'débité*|prélevé*|facturé* ~ deux fois; double prélèvement',
    },
  },
  {
    id: 'payment_failed',
    content: 'Had a failed card payment{box}.',
    confidence: 0.7,
    cues: {
      en: 'payment ~ failed|declined|rejected; card ~ declined|expired|rejected',
      he: 'תשלום ~ נכשל|נדחה; כרטיס ~ נדחה|פג',
      ru: 'платеж|платёж|оплата ~ не прошл*; платеж|платёж|оплата ~ отклонен*; карт* ~ отклонен*|истек*',
      es: 'pago ~ rechazado|fallido|falló; tarjeta ~ rechazada|caducada|vencida',
      de: 'zahlung ~ fehlgeschlagen|abgelehnt; karte ~ abgelehnt|abgelaufen',
      fr: 'paiement ~ refusé|échoué|rejeté; carte ~ refusée|expirée',
    },
  },
  {
    id: 'customs_hold',
    content: 'Had a parcel held in customs{box}.',
    confidence: 0.7,
    cues: {
      en: 'customs; import tax; import duties',
      he: 'מכס',
      ru: 'таможн*',
      es: 'aduana*',
      de: 'zoll*',
      fr: 'douane*',
    },
  },
];
