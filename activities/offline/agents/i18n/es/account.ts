/** Spanish: tracking, addresses, order history, payments and refunds. */
import type { EN_PHRASES } from '../en';
import { carrier } from './common';

type En = typeof EN_PHRASES;

const COUNTRIES: Record<string, string> = {
  US: 'Estados Unidos',
  CA: 'Canadá',
  GB: 'el Reino Unido',
  DE: 'Alemania',
  FR: 'Francia',
  ES: 'España',
  IL: 'Israel',
  AU: 'Australia',
  BR: 'Brasil',
  MX: 'México',
  ZA: 'Sudáfrica',
  AR: 'Argentina',
  AT: 'Austria',
  CH: 'Suiza',
  IT: 'Italia',
  NL: 'los Países Bajos',
  BE: 'Bélgica',
};
const country = (code: string): string => COUNTRIES[code] ?? code;
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const STATUS: Record<string, string> = {
  in_transit: 'en camino',
  processing: 'en preparación',
  delivered: 'entregada',
  lost: 'perdida',
  returned: 'devuelta',
};

const HOLIDAY_NAMES = {
  hanukkah: 'Janucá',
  passover: 'Pésaj',
  rosh_hashanah: 'Rosh Hashaná',
  sukkot: 'Sucot',
  shavuot: 'Shavuot',
  purim: 'Purim',
  christmas: 'Navidad',
  new_year: 'Año Nuevo',
} as const;

export const shipping: En['shipping'] = {
  alcoholNotShipped: (p) =>
    `El vino con alcohol solo se envía a Israel, el Reino Unido y los países de la UE; las cajas a ${country(p.country)} llevan automáticamente vinos sin alcohol de Gefen Zero, así que no es algo que podamos cambiar para su dirección.`,
  upcomingBox: (p) =>
    `Su caja de ${p.month} se cobra el ${p.charge} y se envía entre el ${p.firstDay} y el ${p.last} (de domingo a jueves); el número de seguimiento le llega por correo el día del envío.`,
  arrivalWindow: (p) => `Suele llegar entre el ${p.from} y el ${p.to}.`,
  holidayArrival: (p) => {
    const name = HOLIDAY_NAMES[p.holiday];
    const starts = p.evening ? `${name} empieza la tarde del ${p.date}` : `${name} es el ${p.date}`;
    if (p.arrival === 'before')
      return `${starts}, y la caja suele llegar antes, aunque las fechas de entrega son estimaciones, no garantías.`;
    if (p.arrival === 'after') return `${starts}, así que lo más probable es que la caja llegue después.`;
    return `${starts}, así que no podemos garantizar que llegue antes de ${name}.`;
  },
  selfService: (p) =>
    `Cuando esté en camino, con ${p.service} puede reprogramar la entrega o elegir un lugar seguro.`,
  addressOnFile: (p) => `La dirección registrada para sus cajas es ${p.address}.`,
  parcelIntro: (p) =>
    `Su caja de ${p.month} está en camino con ${carrier(p.carrier)}, número de seguimiento ${p.tracking}.`,
  lastScan: (p) => `El último escaneo fue el ${p.date}: "${p.description}" (${p.location}).`,
  noScanYet: () =>
    'Todavía no hay escaneos del transportista; el primero puede tardar hasta 48 horas en aparecer.',
  eta: (p) =>
    p.late
      ? `La fecha estimada de entrega era el ${p.date}.`
      : `La fecha estimada de entrega es el ${p.date}, así que va según lo previsto.`,
  transitTime: (p) =>
    `${carrier(p.carrier)} tarda ${p.days} días hábiles en llegar a ${country(p.country)} desde el envío.`,
  quietPeriod: () =>
    'Después de "Item departed Israel", Correos de Israel a menudo no muestra ningún escaneo nuevo durante hasta 10 días hábiles, hasta que el paquete se escanea en el país de destino; es normal.',
  taxesOnDelivery: (p) =>
    `${capital(country(p.country))} es un destino DAP: la aduana puede cobrar impuestos de importación en la entrega, y los paga el destinatario.`,
  taxesMayBeDue: (p) =>
    `La aduana ${p.country ? `de ${country(p.country)}` : 'local'} puede cobrar impuestos de importación en la entrega (DAP), y los paga el destinatario.`,
  nothingToPay: (p) =>
    `No tiene que pagar nada: los aranceles ya están pagados (DDP) para ${p.country ? country(p.country) : 'su país'}. Si alguien le pide un pago, no pague y avísenos.`,
  customsHeld: (p) =>
    `Está retenido en inspección aduanera${p.location ? ` en ${p.location}` : ''} desde el ${p.since}.`,
  customsDelay: (p) => `Es normal: los controles de aduana pueden añadir ${p.days} días hábiles.`,
  customsPay: (p) =>
    p.country === 'BR'
      ? `La solicitud de Correios es auténtica: los impuestos de importación a Brasil los fija la aduana brasileña y los paga el destinatario (DAP), y no podemos pagarlos ni reembolsarlos. Puede pagarlo en la app o la web de Correios "Minhas Importações"${p.deadline ? ` antes del ${p.deadline}` : ''}; si no se paga a tiempo, el paquete vuelve al remitente.`
      : 'En su país los impuestos de importación los paga el destinatario (DAP); el transportista le indicará el importe.',
  importTaxGuide: (p) => {
    const declared = p.declared ? ` (su caja está declarada por ${p.declared}, el precio que pagó)` : '';
    const guide = 'Como orientación, ya que no podemos prever el importe exacto:';
    switch (p.country) {
      case 'BR':
        return `${guide} con Remessa Conforme el impuesto de importación es del 20% para un valor declarado de hasta USD 50${declared} y del 60% por encima de USD 50 (con una deducción de USD 20), más el impuesto estatal ICMS del 17-20%.`;
      case 'CA':
        return `${guide} GST/HST del 5-15% del valor declarado${declared}, según la provincia (Quebec: GST 5% + QST 9,975%); UPS puede añadir una tasa de corretaje, normalmente CAD 10-25, y DHL una tasa de gestión aduanera.`;
      case 'ZA':
        return `${guide} IVA del 15% más el arancel (a menudo alrededor del 20% en alimentos) sobre el valor declarado${declared}, más una tasa de gestión de Correos.`;
      case 'MX':
        return `${guide} IVA del 16% más el arancel de importación, en total normalmente un 19-33% del valor declarado${declared}.`;
    }
  },
  pastEta: (p) =>
    `Ya ha pasado la fecha estimada de entrega del ${p.date}, y lamento que esté tardando tanto.`,
  traceOpening: (p) =>
    `Paso el caso a nuestro equipo de envíos para que se abra una investigación (rastreo) con ${carrier(p.carrier)} el mismo día o el siguiente día hábil; usted no necesita contactar con ${carrier(p.carrier)}. La investigación tarda hasta ${p.days} días hábiles.`,
  traceSoon: (p) =>
    `Si el ${p.date} sigue sin haber un escaneo nuevo, abriremos una investigación con el transportista.`,
  lostRemedyIfDeclared: () =>
    'Si el paquete se declara perdido, usted elige una caja de reemplazo gratuita (enviada por DHL Express) o el reembolso completo.',
  delivered: (p) =>
    `Su caja de ${p.month} (${carrier(p.carrier)}, número de seguimiento ${p.tracking}) se entregó el ${p.date}${p.place ? ` (${p.place})` : ''}.`,
  receivedBy: (p) =>
    p.frontDesk ? `Se dejó en la recepción y la recibió ${p.name}.` : `La firmó ${p.name}.`,
  leftAtDoor: () => 'Se dejó en la puerta de entrada.',
  notFoundSteps: () =>
    'Revise el buzón, la recepción o conserjería del edificio, a los vecinos y cualquier lugar seguro que use el repartidor; a veces el transportista marca "entregado" un poco antes y el paquete aparece antes de que termine el siguiente día hábil.',
  investigation: (p) =>
    `Si sigue sin aparecer, avísenos antes del ${p.by} (dentro de los 7 días siguientes al escaneo de entrega) y abriremos una reclamación ante el transportista (hasta 10 días hábiles); no necesita contactar usted con ${carrier(p.carrier)}. Si no se puede confirmar la entrega, reponemos la caja o le devolvemos el importe.`,
  investigationLate: (p) =>
    `El escaneo de entrega fue el ${p.date}, hace más de 7 días, así que la reclamación habitual ante el transportista ya no se abre automáticamente; paso su caso a nuestro equipo de envíos para que lo revise, y se pondrán en contacto con usted. No necesita contactar usted con ${carrier(p.carrier)}.`,
  heldForPayment: (p) =>
    `Su caja de ${p.month} (${p.orderId}) no se ha enviado: está retenida porque el pago falló${p.card ? ` con la tarjeta terminada en ${p.card}` : ''}${p.expiry ? `, que caducó (${p.expiry})` : ''}.`,
  heldUntil: (p) =>
    `La caja queda reservada para usted hasta el ${p.date} y se envía en 2 días hábiles después de que se complete el pago.`,
  notShippedYet: (p) =>
    `Su caja de ${p.month} todavía no se ha enviado: las cajas salen entre el día 2 y el 6, y el número de seguimiento le llega por correo el día del envío.`,
  noBoxInMonth: (p) =>
    `No hay ninguna caja de ${p.month} en su cuenta${p.skipped ? ': ese mes se saltó' : p.frequency ? `: recibe una caja ${p.frequency}` : ''}.`,
  lostConfirmed: (p) =>
    `${carrier(p.carrier)} confirmó que su caja de ${p.month} (${p.orderId}) se perdió${p.date ? ` el ${p.date}` : ''}.`,
  lostChoice: (p) =>
    `Puede elegir una caja de reemplazo gratuita (enviada por DHL Express en 5 días hábiles) o el reembolso completo de ${p.price}; nuestro equipo lo aprueba en 1 día hábil.`,
  returned: (p) =>
    `Su caja de ${p.month} (${p.orderId}) volvió a nuestro almacén${p.date ? ` el ${p.date}` : ''}${p.unitMissing ? ', porque faltaba el número de apartamento en la dirección' : ''}.`,
  returnedChoice: (p) =>
    `Podemos reenviarla por ${p.reship}, o reembolsar el precio de la caja menos ${p.reship} del envío de vuelta, es decir, ${p.refund}.`,
  orderNotOnAccount: (p) => `No encuentro el pedido ${p.orderId} en su cuenta; ¿podría revisar el número?`,
};

export const account: En['account'] = {
  askAddress: () =>
    'Envíeme la nueva dirección, por favor: calle y número, piso o apartamento (si lo hay), ciudad, código postal, país y, donde haga falta, el estado o la provincia.',
  askRegion: () => '¿Podría añadir el estado o la provincia? Es obligatorio en su país.',
  addressCancelled: (p) =>
    `Su suscripción se canceló${p.date ? ` el ${p.date}` : ''}, así que no hay cajas programadas que enviar a una nueva dirección. Puede volver a suscribirse con la nueva dirección cuando quiera${
      p.keepJoinDateUntil
        ? `; si lo hace antes del ${p.keepJoinDateUntil}, conserva su fecha de alta original`
        : ''
    }.`,
  postalInvalid: (p) =>
    `El código postal "${p.code}" está incompleto: en ${country(p.country)} los códigos postales tienen ${p.digits ? `${p.digits} dígitos` : `el formato ${p.shape}`} (por ejemplo ${p.example}).`,
  askFullPostal: () =>
    '¿Me envía el código postal completo? Prepararé el cambio de dirección en cuanto lo tenga.',
  addressForm: (p) => `He preparado el cambio de dirección a: ${p.address}.`,
  oldAddressBox: (p) =>
    `Su caja de ${p.month} se enviará todavía a ${p.street ?? 'su dirección actual'}, porque su fecha límite para cambios de dirección fue el ${p.cutoff}.`,
  newAddressFrom: (p) => `La nueva dirección se usará a partir de su caja de ${p.month}.`,
  skipOldBox: (p) =>
    `Si no va a estar en la dirección antigua para recibirla, puede saltar la caja de ${p.month} hasta el ${p.deadline}.`,
  noRedirect: (p) => `Su caja de ${p.month} ya está en camino y no se puede desviar a la nueva dirección.`,
  nextBox: (p) => `Su próxima caja es la de ${p.month}, con cargo el ${p.date}.`,
  pausedUntil: (p) => `Su suscripción está en pausa hasta el ${p.date}.`,
  firstBox: (p) => `Está con nosotros desde el ${p.since}, así que su primera caja fue la de ${p.month}.`,
  themeOf: (p) => `El tema de la caja de ${p.month} (${p.orderId}) fue "${p.theme}".`,
  itemProducer: (p) => `El producto ${p.item} era de ${p.producer}, en ${p.place}.`,
  countSince: (p) => `Desde ${p.since} se le han entregado ${p.count} cajas (${p.months}).`,
  wasLost: (p) => `La caja de ${p.month} la perdió ${carrier(p.carrier)}.`,
  wasReturned: (p) => `La caja de ${p.month} volvió a nuestro almacén.`,
  yearIntro: (p) => `Estas son sus cajas de ${p.year}:`,
  replacedBy: (p) =>
    `reemplazada sin coste por ${p.orderId}${p.delivered ? `, entregada el ${p.delivered}` : ''}`,
  noBoxesInYear: (p) => `No veo ninguna caja en su cuenta en ${p.year}.`,
  listIntro: () => 'Estos son sus pedidos más recientes:',
  orderLine: (p) =>
    `${p.orderId}: caja de ${p.month}${p.theme ? ` ("${p.theme}")` : ''}, ${p.amount}${p.delivered ? `, entregada el ${p.delivered}` : `, ${STATUS[p.status] ?? p.status}`}`,
  eachBoxCost: (p) => `Cada caja ${p.tier} costó ${p.amount}.`,
  lastOrder: (p) =>
    p.delivered
      ? `Su última caja fue la de ${p.month} (${p.orderId}), entregada el ${p.delivered}.`
      : `Su última caja es la de ${p.month} (${p.orderId}), ahora ${STATUS[p.status] ?? p.status}.`,
  noOrders: () => 'Todavía no veo pedidos en su cuenta.',
};

export const billing: En['billing'] = {
  cardOnFile: (p) =>
    `La tarjeta registrada es su ${p.brand} que termina en ${p.last4}, con vencimiento ${p.expiry}.`,
  updateCardHow: () =>
    'Puede añadir o cambiar su tarjeta en Cuenta -> Método de pago (levhaolam.example.com/account/payment); al guardar una tarjeta nueva se cobra enseguida cualquier importe pendiente y se hace una retención de verificación de 1,00 US$ que desaparece en 7 días.',
  chargedInUsd: () =>
    'Todas las suscripciones se cobran en dólares estadounidenses; no podemos cobrar en otras monedas.',
  bankFeesNotRefundable: () =>
    'Las comisiones por conversión de moneda o por operaciones en el extranjero las cobra su banco, así que no podemos reembolsarlas.',
  descriptor: () =>
    'LEVHAOLAM*BOX MODIIN IL es el nombre con el que aparece en los extractos la suscripción de Lev Haolam (cajas mensuales de productos israelíes).',
  askLookup: () =>
    'Si me envía la dirección de correo con la que podría estar hecha la suscripción, o solo los últimos 4 dígitos de la tarjeta, puedo buscarla.',
  attemptFailed: (p) => `El intento de cobro del ${p.date} fue rechazado por su banco (${p.reason}).`,
  reasonMeaning: (p) =>
    ({
      card_expired: 'Significa que la tarjeta registrada ha caducado.',
      insufficient_funds: 'Significa que el banco lo rechazó por falta de fondos.',
      do_not_honor:
        'Significa que el banco lo rechazó sin dar motivo, a menudo por un bloqueo a comercios internacionales.',
      authentication_required: 'Significa que su banco pidió la aprobación del pago con 3-D Secure.',
      processing_error: 'Fue un problema temporal del banco o del procesador de pagos.',
    })[p.reason] ?? '',
  retrySucceeded: (p) =>
    `El reintento del ${p.date} se completó, así que se le cobró una sola vez: ${p.amount}.`,
  attemptsFailed: (p) =>
    `Los ${p.count} intentos de cobro hasta ahora (${p.dates}) fueron rechazados por su banco (${p.reason}).`,
  cardExpired: (p) =>
    `Significa que la tarjeta terminada en ${p.card} ha caducado (su fecha de caducidad era ${p.expiry}).`,
  nextRetry: (p) => `El próximo reintento automático es el ${p.date}.`,
  noRetriesLeft: () =>
    'Ese fue el último reintento automático: el pago se completará en cuanto añada una tarjeta válida.',
  retryPending: () => 'Reintentamos el cobro automáticamente 3, 7 y 14 días después del primer intento.',
  noDoubleCharge: () => 'No hay ningún cargo duplicado en su cuenta.',
  monthCharges: (p) =>
    p.count === 0
      ? `No hubo ningún cargo en ${p.month}.`
      : p.count === 1
        ? `Su único cargo en ${p.month} fue de ${p.charges}.`
        : `Sus cargos en ${p.month}: ${p.charges}.`,
  chargeLine: (p) =>
    `${p.amount} el ${p.date}${p.card ? ` (${p.card})` : ''}${p.refunded ? `, de los que se reembolsaron ${p.refunded}` : ''}`,
  cardEnding: (p) => `${p.brand} que termina en ${p.last4}`,
  pendingHold: () =>
    'Una segunda línea en la app de su banco suele ser una autorización pendiente: desaparece sola en 3-7 días y no es un cargo (al añadir o actualizar una tarjeta también se hace una retención de verificación de 1,00 US$, que se libera en 7 días).',
  authenticationAdvice: () =>
    'Cuando su banco se lo pida, apruebe el pago en la app del banco; la mayoría de los bancos solo lo piden de vez en cuando, no cada mes, y le enviamos un enlace cuando hace falta.',
  duplicateSeen: (p) =>
    `Veo dos cargos de ${p.amount} el ${p.date} por la misma caja (${p.orderId}: ${p.paymentIds}).`,
  duplicateToTeam: () =>
    'He pasado el cargo duplicado a nuestro equipo de facturación, que aprueba el reembolso del duplicado en 1 día hábil y le avisa por correo cuando se emite; después tarda de 5 a 10 días hábiles en aparecer.',
  chargedFor: (p) => `Los ${p.amount} se cobraron el ${p.date} por su caja de ${p.month}.`,
  noSuchPlanPrice: (p) => `${p.amount} no es el precio de su plan.`,
  disputeOpen: (p) =>
    `El cargo de ${p.amount} de ${p.month} está en disputa con su banco${p.opened ? ` (abierta el ${p.opened})` : ''}.`,
  disputeNoSeparateRefund: () =>
    'Mientras la disputa esté abierta no podemos reembolsar ese mismo pago por separado: el resultado lo decide la red de la tarjeta, lo que puede tardar entre 30 y 90 días.',
};

export const refund: En['refund'] = {
  refundsByTeam: () =>
    'No puedo emitir reembolsos: nuestro equipo de facturación decide en 1 día hábil y le escribe por correo; los reembolsos vuelven a la tarjeta original y tardan de 5 a 10 días hábiles en aparecer.',
  noChangeOfMind: () =>
    'No podemos reembolsar una caja una vez enviada por un cambio de opinión (por ejemplo, si no le gusta un producto o la temática).',
  foodNotReturnable: () => 'Los alimentos no se pueden devolver, así que no tiene que enviar nada de vuelta.',
  skipInstead: (p) =>
    `Si una caja no le convence, puede saltarla: la caja de ${p.month} se puede saltar hasta el ${p.deadline}.`,
  skipFuture: () => 'Siempre puede saltar cajas futuras antes del día 28 del mes anterior.',
  noChargeIn: (p) =>
    `No veo ningún cargo en ${p.months}${p.lastAmount ? `: el último cargo fue de ${p.lastAmount} el ${p.lastDate} por la caja de ${p.lastMonth}` : ''}.`,
  tellUsMore: () =>
    'Si ve en su extracto un cargo que no he mencionado, envíeme la fecha y el importe y lo reviso.',
  afterDeadline: (p) =>
    `El salto solicitado el ${p.requested} llegó después de la fecha límite para la caja de ${p.month}, que era el ${p.deadline}.`,
  chargedAndShipped: (p) =>
    `La caja de ${p.month} se cobró${p.charged ? ` el ${p.charged}` : ''} y se envió${p.shipped ? ` el ${p.shipped}` : ''}${p.cancelled ? `, antes de la cancelación del ${p.cancelled}` : ''}${!p.shipped && p.delivered ? `; se entregó el ${p.delivered}` : ''}.`,
  noRefundShipped: () => 'Lamentablemente, no podemos reembolsar una caja que ya se ha enviado.',
  giftNoRefund: () =>
    'Las suscripciones de regalo no se pueden reembolsar una vez enviada la primera caja, pero las cajas restantes se pueden trasladar.',
  giftOptions: (p) =>
    `La caja de ${p.month} se puede aplazar (hasta el ${p.deadline}) o enviar a otra persona o dirección a partir de ${p.from}.`,
  injection: () =>
    'Los reembolsos no se pueden emitir de esta forma. Si hay un problema real con alguna de sus cajas, cuénteme qué ha pasado y le ayudo.',
  lostRefundToTeam: (p) =>
    `He anotado que prefiere un reembolso en lugar de un reemplazo: la solicitud de reembolso completo${p.amount ? ` de ${p.amount}` : ''}${p.card ? ` a la ${capital(p.card.brand)} terminada en ${p.card.last4}` : ''} pasa a nuestro equipo de facturación, que decide en 1 día hábil y le escribe por correo.`,
  lostReplacementToTeam: () =>
    'He anotado que prefiere una caja de reemplazo gratuita en lugar de un reembolso, y paso su caso a nuestro equipo de envíos, que lo aprueba en 1 día hábil; la caja sale después por DHL Express, sin coste, en un plazo de 5 días hábiles. Si el paquete original aparece más tarde, quédeselo.',
  reshipToTeam: (p) =>
    `He anotado que quiere que le reenviemos la caja por ${p.fee}, y paso su caso a nuestro equipo de envíos, que lo confirma en 1 día hábil${p.address ? ` y la envía a la dirección registrada: ${p.address}` : ''}. Si hay que corregir esa dirección, envíeme primero la dirección nueva completa.`,
  returnedRefundToTeam: (p) =>
    `He anotado que prefiere un reembolso en lugar del reenvío: el precio de la caja menos ${p.fee} de gastos de devolución, es decir ${p.amount}, pasa a nuestro equipo de facturación, que decide en 1 día hábil y le escribe por correo.`,
  refundTiming: () =>
    'Una vez aprobado, el reembolso tarda de 5 a 10 días hábiles en aparecer en su extracto.',
  teamConfirms: () => 'Dígame qué prefiere; el equipo de facturación lo confirma en 1 día hábil.',
  policySummary: () =>
    'Reembolsamos productos dañados o que faltan, cajas perdidas, cargos duplicados y cargos después de un salto, una pausa o una cancelación hechos antes del día 28; una caja ya enviada no se reembolsa por cambio de opinión.',
};
