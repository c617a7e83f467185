/** Spanish: greetings, acknowledgements, handovers, plans and outstanding issues. */
import type { Frequency, Tier } from '../../../../commerce/types';
import type { EN_PHRASES } from '../en';
import type { TeamName } from '../types';

type En = typeof EN_PHRASES;

const TEAMS: Record<TeamName, string> = {
  shipping: 'envíos',
  billing: 'facturación',
  retention: 'suscripciones',
  quality: 'calidad',
  support: 'atención al cliente',
};

/** Carriers as a Spanish reader knows them. */
export const carrier = (name: string): string => (name === 'Israel Post' ? 'Correos de Israel' : name);

export const common: En['common'] = {
  greeting: (p) => (p.name ? `Hola, ${p.name}:` : 'Hola:'),
  ackFrustrated: () => 'Lamento mucho lo ocurrido y entiendo lo frustrante que es.',
  ackNegative: () => 'Siento mucho lo ocurrido.',
  closing: () => 'Un cordial saludo,\nAtención al cliente de Lev Haolam',
  confirmForm: (p) =>
    p.link
      ? `No se cambia nada hasta que lo confirme: revise los datos y confírmelos en el formulario: ${p.link}`
      : 'No se cambia nada hasta que lo confirme: revise los datos y confírmelos en el formulario que aparece aquí.',
  queuedChange: (p) =>
    `El otro cambio que pidió va a continuación: ${p.summary} Le enviaré su formulario en cuanto haya confirmado este.`,
  proposalUnavailable: () =>
    'No he podido preparar el formulario de confirmación en este momento, así que he pasado el caso a un compañero que le responderá en 1 día hábil.',
  askIdentity: () =>
    'Para revisarlo, ¿podría enviarme la dirección de correo electrónico de su suscripción o el número de pedido? Así podré verificar la cuenta.',
  unknownSender: () =>
    'No encuentro ninguna suscripción con la dirección de correo desde la que nos escribe.',
  accountHolderOnly: () =>
    'Por privacidad, solo puedo hablar de un pedido con el titular de la cuenta, así que no puedo compartir ningún detalle aquí.',
  lookupFailed: () =>
    'No he podido consultar los datos de su cuenta ahora mismo; un compañero lo revisará y le responderá en 1 día hábil.',
  teamFollowUp: () => 'He pasado su mensaje a nuestro equipo, que le responderá por correo en 1 día hábil.',
  questionToTeam: () =>
    'He pasado su pregunta a nuestro equipo, que le responderá por correo en 1 día hábil.',
  noCardNumbers: () =>
    'Por favor, nunca envíe números de tarjeta ni el código de seguridad (CVV) por chat o correo: solo vemos la marca y los últimos 4 dígitos.',
  team: (name) => TEAMS[name],
};

const FREQUENCIES: Record<Frequency, string> = {
  monthly: 'cada mes',
  bimonthly: 'cada 2 meses',
  quarterly: 'cada 3 meses',
};

export const plan: En['plan'] = {
  tier: (tier: Tier) => ({ basic: 'Basic', premium: 'Premium', deluxe: 'Deluxe' })[tier],
  frequency: (frequency: Frequency) => FREQUENCIES[frequency],
  price: (p) => `${p.tier} ${p.frequency} cuesta ${p.amount} por caja.`,
  nextCharge: (p) => `Su próximo cargo es el ${p.date}: ${p.amount} (${p.tier}, ${p.frequency}).`,
  noNextCharge: () => 'No hay ningún cargo programado en su suscripción.',
  priceTable: () =>
    'Precios por caja: Basic 39 US$ cada mes, 42 US$ cada 2 meses, 45 US$ cada 3 meses; Premium 59 US$, 63 US$, 67 US$; Deluxe 89 US$, 95 US$, 99 US$. Incluyen el envío estándar.',
  tierPrice: (p) =>
    `${p.tier} ${p.frequency} cuesta ${p.amount} por caja${p.difference ? `, ${p.difference} ${p.more ? 'más' : 'menos'} que su caja ${p.current}` : ''}.`,
  tierIncludes: (tier: Tier) =>
    ({
      basic: 'Basic incluye 4 productos de despensa: especias, aceite de oliva, dulces y condimentos.',
      premium:
        'Premium incluye 6 artículos: los de Basic más un cosmético del Mar Muerto y una botella de vino (sin alcohol donde se exige o si usted lo pide).',
      deluxe:
        'Deluxe incluye 9 artículos: los de Premium más otro producto gourmet, una pieza de judaica o artesanía de un pequeño taller y un segundo vino, y siempre se envía por DHL Express.',
    })[tier],
  alreadyOnTier: (p) => `Ya tiene el plan ${p.tier}.`,
};

export const issues: En['issues'] = {
  late: (p) =>
    `También veo que su caja de ${p.month} (${carrier(p.carrier)}, número de seguimiento ${p.tracking}) ha superado la fecha estimada de entrega del ${p.eta}.`,
  lost: (p) =>
    `También veo que su caja de ${p.month} (${p.orderId}) fue declarada perdida por ${carrier(p.carrier)} y todavía no ha elegido una solución.`,
  customs: (p) =>
    `También veo que su caja de ${p.month} (número de seguimiento ${p.tracking}) está retenida en aduana.`,
  returned: (p) => `También veo que su caja de ${p.month} (${p.orderId}) ha vuelto a nuestro almacén.`,
  paymentFailed: (p) =>
    `También veo que el pago está fallando${p.since ? ` desde el ${p.since}` : ''}${p.card ? ` con la tarjeta terminada en ${p.card}` : ''}${p.orderId ? `, por lo que la caja ${p.orderId} está retenida` : ''}.`,
  autoCancel: (p) => `Si sigue sin pagarse, la suscripción se cancela automáticamente el ${p.date}.`,
};

export const lessons: En['lessons'] = {
  trackingNumber: (p) => `Su número de seguimiento es ${p.tracking} (${carrier(p.carrier)}).`,
  alcoholFreeMemory: () =>
    'Nos comentó que prefiere vino sin alcohol. Su cuenta todavía no tiene activada esa preferencia; nuestro equipo puede activarla en 1 día hábil, o puede elegirla en Cuenta -> Preferencias.',
};

export const general: En['general'] = {
  thanks: () =>
    '¡Muchísimas gracias por escribirnos! Significa mucho para nosotros, y hacemos llegar mensajes como el suyo a los pequeños productores que hay detrás de cada caja.',
  handover: (p) =>
    `Paso esta conversación a una persona de nuestro equipo de ${p.team}, junto con un resumen, para que no tenga que repetir nada.`,
  replyTime: () =>
    'Un compañero le responderá en esta conversación en 1 día hábil (domingo a jueves de 08:00 a 18:00 y viernes de 08:00 a 12:00, hora de Israel).',
  noPhone: () =>
    'No ofrecemos atención telefónica ni devolución de llamadas; todo se gestiona por chat y correo electrónico.',
  teamSpeaksLanguage: () => 'Nuestro equipo también responde en español.',
  duplicateNoted: (p) =>
    `He dejado anotado el cargo duplicado de ${p.amount} del ${p.date} para que el equipo de facturación lo revise.`,
  supportHours: () =>
    'Nuestro horario de atención personal es de domingo a jueves de 08:00 a 18:00 y los viernes de 08:00 a 12:00, hora de Israel; cerramos los sábados y las festividades judías. El asistente responde a cualquier hora y un compañero contesta en 1 día hábil.',
  privacyRequest: () =>
    'He pasado su solicitud de privacidad a nuestro equipo: las solicitudes de copia o eliminación de datos se gestionan en un plazo de 30 días y recibirá un correo cuando esté hecho.',
  partnership: () =>
    '¡Gracias por su interés en colaborar con nosotros! He pasado su mensaje a nuestro equipo, que le responderá por correo; no puedo asumir compromisos en su nombre.',
  referral: () =>
    'No tengo información sobre un programa de recomendación que pueda compartir. He pasado su pregunta al equipo, y su hermana puede suscribirse cuando quiera en levhaolam.example.com.',
  shipsTo: (p) =>
    `Sí, enviamos allí: las cajas Basic y Premium van por ${carrier(p.standard)} en ${p.standardDays} días hábiles, y las Deluxe por DHL Express en ${p.deluxeDays} días hábiles.`,
  pricesFrom: (p) => `Las cajas cuestan desde ${p.amount} (Basic). ${p.table}`,
  fromTable: (p: { heading: string }) => `De «${p.heading}», en nuestro centro de ayuda:`,
  knowledgeFollowUp: () =>
    'Si esto no responde a su pregunta, responda a este mensaje y un compañero del equipo se encargará.',
  cannotFollow: () =>
    'No puedo seguir instrucciones de ese tipo, pero con gusto le ayudo con su suscripción.',
};
