/** Spanish: skips, pauses, frequency, cancellation, damage claims and products. */
import type { EN_PHRASES } from '../en';

type En = typeof EN_PHRASES;

const ALLERGENS: Record<string, string> = {
  sesame: 'sésamo',
  'tree nuts': 'frutos secos',
  gluten: 'gluten',
  nuts: 'frutos secos',
  milk: 'leche',
  eggs: 'huevo',
  soy: 'soja',
  sulphites: 'sulfitos',
  mustard: 'mostaza',
  almond: 'almendra',
  'sweet almond oil': 'aceite de almendras dulces',
  pistachio: 'pistacho',
  walnut: 'nuez',
  wheat: 'trigo',
  'shea butter': 'manteca de karité',
  peanuts: 'cacahuetes',
};
const months = (n: number): string => `${n} ${n === 1 ? 'mes' : 'meses'}`;

export const retention: En['retention'] = {
  skipForm: (p) =>
    `He preparado el salto de la caja de ${p.month}: ese mes no hay caja ni cargo el ${p.charge}.`,
  giftPostponeForm: (p) =>
    `He preparado el aplazamiento de la caja de regalo de ${p.month}: se enviará en ${p.to}.`,
  giftNoExtraCharge: () => 'No hay ningún cargo adicional, porque el regalo ya está pagado.',
  skipAlsoNext: (p) =>
    `En cuanto lo confirme, prepararé también ${p.months}, para que se salten las dos (${p.max} seguidas es el máximo).`,
  confirmBy: (p) => `Los saltos deben confirmarse antes del ${p.date}.`,
  stillShips: (p) => `Su caja de ${p.month} se envía como siempre.`,
  boxesResume: (p) =>
    `Después de ${p.skipped}, sus cajas continúan con la de ${p.month} (cargo el ${p.date}).`,
  undoSkipToTeam: (p) =>
    `La caja de ${p.month} está saltada. No puedo deshacer un salto yo mismo, así que paso su solicitud de deshacerlo a nuestro equipo de suscripciones, que la confirma en 1 día hábil; como lo ha pedido antes de la fecha límite (${p.deadline}), la caja de ${p.month} se envía como siempre.`,
  undoSkipTooLate: (p) =>
    `La caja de ${p.month} está saltada y la fecha límite para deshacerlo (${p.deadline}) ya pasó, así que el salto se mantiene.`,
  notSkipped: (p) =>
    `La caja de ${p.month} no está saltada, así que no hay nada que deshacer: llega como siempre.`,
  noSkips: () => 'No tiene ninguna caja saltada, así que no hay nada que deshacer.',
  cancelAfterBox: (p) =>
    `Para recibir aún la caja de ${p.month}, pida la cancelación entre el ${p.from} y el ${p.until}: la caja de ${p.month} se cobra y se envía, y a partir del ${p.charge} no se cobra nada más. Una cancelación pedida antes del ${p.from} también detiene la caja de ${p.month}.`,
  alreadySkipped: (p) => `La caja de ${p.month} ya está saltada, así que no hay nada más que hacer.`,
  settlePaymentFirst: () =>
    'Mientras haya un pago pendiente, la suscripción no se puede pausar, saltar ni modificar; primero hay que regularizar el pago.',
  rejoin: (p) =>
    `Su suscripción se canceló${p.date ? ` el ${p.date}` : ''}, así que no hay nada que reanudar; puede volver a suscribirse cuando quiera${
      p.keepJoinDateUntil
        ? `, y si lo hace antes del ${p.keepJoinDateUntil}, conserva su fecha de alta original`
        : ''
    }.`,
  tierChangeRequest: (p) =>
    `No puedo cambiar el plan yo mismo, así que paso su solicitud de cambio a ${p.tier} a nuestro equipo de suscripciones, que la confirma en 1 día hábil. Como la ha pedido hasta el ${p.deadline}, el cambio se aplica desde su caja de ${p.month}.`,
  tierChangeHow: (p) =>
    `Un cambio hecho hasta el ${p.deadline} se aplica desde su caja de ${p.month}. Puede cambiar el plan usted mismo en Cuenta -> Mi plan, o pedírmelo aquí y pasaré la petición a nuestro equipo de suscripciones, que la confirma en 1 día hábil.`,
  resumeEarly: (p) =>
    `Puede terminar una pausa antes de tiempo cuando quiera. Paso su solicitud de reanudación anticipada a nuestro equipo de suscripciones; como la ha pedido antes del ${p.deadline}, la caja de ${p.month} se envía con normalidad.`,
  resumeEarlyOption: (p) =>
    `Si quiere reanudarla antes, dígamelo: una pausa puede terminar antes de tiempo cuando quiera, y si lo pide antes del ${p.deadline}, la caja de ${p.month} se envía.`,
  notPaused: (p) =>
    `Su suscripción está activa y no está en pausa${p.next ? `; la próxima caja se cobra el ${p.next}` : ''}.`,
  alreadyCancelled: (p) => `Su suscripción ya se canceló${p.date ? ` el ${p.date}` : ''}.`,
  skipTooLate: (p) => `La caja de ${p.month} ya no se puede saltar: la fecha límite era el ${p.deadline}.`,
  noBoxThatMonth: (p) =>
    `No hay caja programada en ${p.month}${
      p.frequency && p.boxes
        ? `: recibe una caja ${p.frequency} (${p.boxes})`
        : p.next
          ? `; su próxima caja es la de ${p.next}`
          : ''
    }.`,
  skipNextInstead: (p) =>
    `Si lo desea, puede saltar en su lugar la caja de ${p.month}, hasta el ${p.deadline}: dígamelo y preparo el cambio para que lo confirme.`,
  skipTooFar: (p) =>
    `Solo se pueden saltar cajas de los próximos ${months(p.months)}, así que ${p.month} todavía no se puede saltar.`,
  skipInARow: (p) =>
    `Se pueden saltar como máximo ${p.max} cajas seguidas; para un descanso más largo, es mejor una pausa.`,
  skipYearLimit: (p) => `Se pueden saltar como máximo ${p.max} cajas por año natural.`,
  giftPostponementsUsed: () =>
    'Una caja de regalo se puede aplazar como máximo 2 veces, y ya se han usado las dos.',
  askSkipMonth: (p) => `¿Qué caja quiere saltar? Puede saltar ${p.options}.`,
  skipRules: () =>
    'Los saltos deben hacerse antes del día 28 del mes anterior a la caja, para cajas de los próximos 3 meses (como máximo 2 seguidas y 4 al año).',
  skipHowTo: () =>
    'Puede saltar una caja en Cuenta -> Mi suscripción (levhaolam.example.com/account/subscription), o aquí en el chat una vez que identifique su suscripción.',
  askPauseLength: (p) => `¿Cuántos meses quiere pausar? Una pausa puede durar de 1 a ${p.max} meses.`,
  pauseSkipInstead: (p) =>
    `Una pausa siempre empieza con la próxima caja (${p.start}); para dejar fuera solo ${p.months}, lo mejor es saltar ese mes.`,
  pauseStarts: (p) => `Una pausa pedida hoy empieza con la caja de ${p.month}.`,
  pauseForm: (p) => `He preparado una pausa de ${months(p.months)}: sin caja ni cargo en ${p.boxes}.`,
  pauseCovers: (p) => `La pausa abarca de ${p.from} a ${p.to}.`,
  resumesOn: (p) => `Su suscripción se reanuda automáticamente el ${p.date}.`,
  currentPauseEnds: (p) =>
    `Su pausa actual${p.months ? ` de ${months(p.months)}` : ''} termina el ${p.date}.`,
  secondPauseAllowed: (p) =>
    `Esta ampliación cuenta como una pausa nueva que empieza cuando termina la actual; sería la pausa ${p.used} de las ${p.max} permitidas en 12 meses, así que es posible.`,
  pauseNotWhilePastDue: (p) =>
    `No es posible pausar mientras${p.month ? ` el pago de ${p.month}` : ' un pago'}${p.orderId ? ` (caja ${p.orderId})` : ''} esté pendiente.`,
  outstandingCollected: (p) => `El importe pendiente de ${p.amount} se cobra en cuanto actualice la tarjeta.`,
  pauseLimitReached: (p) =>
    `Ya ha usado ${p.used} pausas en los últimos 12 meses (que empezaron en ${p.starts}), que es el límite, así que la próxima pausa puede empezar con la caja de ${p.next}.`,
  skipAlternative: (p) =>
    `Lo que sí puede hacer es saltar cajas: por ejemplo ${p.months} (hasta ${p.max} seguidas). Los saltos no cuentan para el límite de pausas; el salto de ${p.month} debe hacerse antes del ${p.deadline}.`,
  pauseChangesNothing: (p) =>
    `Su próxima caja es la de ${p.next} (recibe una caja ${p.frequency}), así que en ${p.start} no hay caja y una pausa de ${months(p.months)} no cambiaría nada.`,
  pauseCoverOptions: (p) =>
    `Para no recibir la caja de ${p.next}, puede saltar ${p.next} o pausar ${months(p.months)}; dígame qué prefiere.`,
  giftNoPause: () =>
    'Las suscripciones de regalo no se pueden pausar, pero una caja de regalo sí se puede aplazar.',
  pauseTooLong: (p) =>
    `Una pausa puede durar como máximo ${months(p.max)}; para más tiempo, se puede combinar una pausa con saltos.`,
  askFrequency: (p) =>
    `¿Quiere recibir una caja ${p.first} o ${p.second}? Ahora recibe una caja ${p.current}.`,
  alreadyOnFrequency: (p) => `Ya recibe una caja ${p.frequency}.`,
  frequencyForm: (p) => `He preparado el cambio a una caja ${p.frequency}.`,
  switchIfWanted: (p) =>
    `Ahora paga ${p.current} por caja. Si quiere cambiar a una caja ${p.frequency}, dígamelo y le preparo el cambio para que lo confirme.`,
  frequencyNextBox: (p) =>
    `Su próxima caja se mantiene el ${p.date} (con el nuevo precio) y después recibirá una caja ${p.frequency}; la siguiente, en ${p.following}.`,
  offersIntro: () =>
    'Antes de irse, algunas opciones por si le ayudan (solo se las menciono una vez, sin presión):',
  offerPause: (p) => `Pausar de 1 a ${p.max} meses; después la suscripción se reanuda sola.`,
  offerFrequency: (p) => `Recibir una caja ${p.frequency} (${p.amount} por caja).`,
  offerLowerTier: (p) =>
    `Cambiar a ${p.tier} ${p.frequency} por ${p.amount} por caja (ahorra ${p.saving} por caja).`,
  offerLoyaltyBox: (p) =>
    `Como está con nosotros desde ${p.since}, una caja ${p.tier} gratis como regalo de fidelidad: su próxima caja se cobraría a 0 US$.`,
  cancelIfStillWanted: () =>
    'Si aun así quiere cancelar, dígamelo: nuestro equipo de suscripciones lo tramita y se lo confirma por correo en 1 día hábil.',
  cancelHandedOver: () =>
    'He pasado su solicitud de cancelación a nuestro equipo de suscripciones; se la confirmarán por correo en 1 día hábil, y cuenta desde el momento en que la pidió.',
  cancelInTime: (p) => `Cancelar antes del ${p.before} basta para evitar el cargo del ${p.charge}.`,
  cancelTooLate: (p) => `La caja con cargo el ${p.charge} ya está cerrada y se enviará.`,
  heldBoxNotCharged: (p) =>
    `La caja de ${p.month} retenida (${p.orderId}) no se cobrará ni se enviará si cancela.`,
  feedbackPassedOn: () => 'Gracias por su sinceridad; he trasladado sus comentarios a nuestro equipo.',
  noFurtherCharges: () => 'No habrá más cargos.',
};

export const quality: En['quality'] = {
  addPhotosInForm: () =>
    'Añada también en el formulario las fotos que hizo, para que el equipo de calidad pueda verlas.',
  askOrder: () =>
    '¿De qué pedido se trata? Si tiene el número de pedido, envíemelo; si no, puedo buscar su último pedido.',
  notDeliveredYet: (p) => `Según el seguimiento, su caja de ${p.month} todavía no se ha entregado.`,
  windowEnded: (p) =>
    `Su caja se entregó el ${p.delivered}, así que el plazo de 14 días para reclamar daños terminó el ${p.end}.`,
  passedToQualityTeam: (p) =>
    `He pasado su aviso${p.photo ? ' y su foto' : ''} a nuestro equipo de calidad, que lo revisará y puede ofrecer un gesto de buena voluntad; no puedo prometérselo.`,
  itemWasPacked: (p) => `Según nuestros registros, ${p.items} iba en su caja de ${p.month}.`,
  askWhichItems: () => '¿Qué productos se vieron afectados? Indíquemelos para añadirlos a la reclamación.',
  askMissingPhotos: () =>
    'Envíe, por favor, una foto del contenido de la caja y del albarán, para preparar la reclamación.',
  askDamagePhotos: (p) =>
    `Envíe, por favor, una foto de ${p.items ?? 'el producto dañado'} y del interior de la caja tal como la abrió; una reclamación necesita al menos una foto.`,
  reportWithin: (p) =>
    `Los daños están cubiertos si se avisan en los 14 días siguientes a la entrega: su caja se entregó el ${p.delivered}, así que hasta el ${p.end}.`,
  knownIssue: (p) =>
    `Es un problema conocido de algunas botellas de aceite de oliva de Galilea de noviembre de 2026 (tapones flojos): se aceptan reclamaciones hasta el ${p.until}, aunque su caja se entregó${p.delivered ? ` el ${p.delivered},` : ''} hace más de 14 días. Reponemos la botella en su próxima caja (o reembolsamos ${p.refund}) y también cualquier producto que el aceite haya estropeado.`,
  noReturnNeeded: (p) =>
    p.glass
      ? 'No tiene que devolver nada; deseche con cuidado los cristales rotos.'
      : 'No tiene que devolver nada.',
  claimForm: (p) => `He preparado una reclamación por daños para ${p.orderId} que cubre: ${p.items}.`,
  withinWindow: (p) =>
    `La caja se entregó el ${p.delivered}, así que está dentro del plazo de 14 días (hasta el ${p.end}).`,
  reviewTime: (p) =>
    `Cuando la confirme, recibirá un número de reclamación por correo, y nuestro equipo de calidad la revisa en ${p.days} días hábiles.`,
  itemRemedy: (p) =>
    `Después puede recibir el reemplazo ${p.next ? `en su próxima caja (${p.next}${p.skipped ? `, ya que ${p.skipped} está saltada` : ''})` : 'por separado en 7 días hábiles'} o un reembolso de ${p.amount}.`,
  wholeBoxRemedy: (p) =>
    `Como está afectada más de la mitad de la caja, puede pedir una caja de reemplazo o el reembolso completo de ${p.amount}.`,
  boxContents: (p) =>
    `${p.yours ? 'Su' : 'La'} caja de ${p.month} ("${p.theme}", ${p.tier}) contiene: ${p.items}.`,
  substitutions: (p) => `Sustituciones para usted: ${p.swaps}.`,
  higherTierOnly: (p) => `${p.items}: solo en la caja ${p.tier}.`,
  higherTiersOnly: (p) => `${p.items}: solo en las cajas Premium y Deluxe.`,
  nextBoxPublished: (p) => `Su próxima caja es la de ${p.month}; su contenido se publica el ${p.date}.`,
  dealcoholisedAbv: () =>
    'Nuestros vinos sin alcohol de Gefen Zero son desalcoholizados: contienen un 0,3-0,4 % de alcohol (menos del 0,5 %), así que no son 0,0 %.',
  zeroOnlyPreference: () =>
    'Si necesita 0,0 %, elija la preferencia "solo 0,0 %": entonces cada vino se sustituye por el Gefen Zero Sparkling Red Grape Juice (0,0 %, nunca fermentado). Nuestro equipo la activa en 1 día hábil, o puede elegirla en Cuenta -> Preferencias.',
  yourAlcoholFreePreference: (p) =>
    p.zeroOnly
      ? 'Su cuenta ya tiene la preferencia "solo 0,0 %".'
      : 'Su cuenta tiene la preferencia de vino sin alcohol (desalcoholizado, menos del 0,5 %), no la de "solo 0,0 %".',
  noMedicalAdvice: () => 'No podemos dar consejos médicos; si tiene dudas, consulte a su médico.',
  nextBoxSchedule: (p) =>
    `Su próxima caja es la de ${p.month} (recibe una caja ${p.frequency}); su contenido se publica el ${p.published}.`,
  exclusionOnFile: (p) =>
    `Tenemos registrada su exclusión de ${p.allergens}, así que cualquier producto con ${p.allergens} se sustituye por otro de valor similar.`,
  exclusionsAvailable: () =>
    'Podemos excluir sésamo, frutos secos o gluten (Cuenta -> Preferencias -> Exclusiones de alérgenos, o nuestro equipo lo activa en 1 día hábil).',
  crossContact: () =>
    'Todos los productos vienen sellados por el productor y nunca reenvasamos alimentos, pero no podemos garantizar una caja libre de contacto cruzado; cada caja incluye fichas impresas con los ingredientes.',
  allergen: (name) => ALLERGENS[name] ?? name,
  allergenItems: (p) => `Artículos de esta caja cuya etiqueta indica ${p.family}: ${p.items}.`,
  noAllergenItems: (p) => `Ningún artículo de esta caja indica ${p.family} en su etiqueta.`,
  relatedAllergen: (p) =>
    `También en una etiqueta: ${p.label} (${p.items}), que algunas personas que evitan ${p.family} también evitan.`,
  productFallback: () =>
    'He pasado su pregunta a nuestro equipo, que le responderá en 1 día hábil; cada caja incluye además fichas con los ingredientes y consejos de uso.',
};

export const products: En['products'] = {
  hawaijCoffee: () =>
    'El hawaij para café es una mezcla yemení de jengibre y cardamomo, con canela y clavo. Añada media cucharadita a una cafetera de café turco, o a la leche para un latte especiado.',
  hawaijSoup: () =>
    'El hawaij para sopa es una mezcla yemení de comino, cúrcuma, pimienta negra y cardamomo: 1 cucharadita por litro de sopa de pollo o de verduras.',
  zaatar: () =>
    "El za'atar es una mezcla de hisopo silvestre, sésamo tostado, zumaque y sal. Mézclelo con aceite de oliva y úntelo en pan o pita, o espolvoréelo sobre huevos, ensaladas y verduras asadas. Tenga en cuenta que contiene sésamo.",
  sumac: () =>
    'El zumaque es ácido y con sabor a limón, no picante: espolvoréelo sobre ensaladas, hummus y verduras a la parrilla.',
  tahini: () =>
    'Nuestra tahina es 100 % sésamo molido a la piedra: remuévala y mézclela con agua, limón y ajo para hacer salsa. Contiene sésamo.',
  silan: () =>
    'El silan es un sirope hecho solo con dátiles Medjool; úselo como la miel, con tahina, yogur o tortitas.',
  amba: () =>
    'La amba es un condimento ácido de mango encurtido con fenogreco y cúrcuma; contiene semillas de mostaza.',
  schug: () =>
    'El schug es una salsa fresca de chile verde, cilantro y ajo, de receta familiar yemení; es picante, así que empiece con poco. Guárdelo en la nevera una vez abierto.',
  halva: () =>
    'Nuestra halva es de sésamo con pistachos (contiene sésamo y frutos secos); consérvela por debajo de 25 °C.',
  baharat: () =>
    'El baharat es una mezcla cálida de pimienta negra, pimienta de Jamaica, canela, cardamomo, nuez moscada y clavo, para carne, arroz y verduras asadas.',
  negevOil: () =>
    'El aceite de oliva del desierto del Néguev (Ramat Negev Olive Farm) es virgen extra, suave y afrutado, en una lata que lo protege de la luz.',
  galileeOil: () =>
    "El aceite de oliva de Galilea de Zeitim HaGalil, en Peki'in, es virgen extra, de aceitunas Souri de cosecha temprana, con un final picante.",
  cosmetics: () =>
    'Nuestros cosméticos del mar Muerto de Ein Bokek Mineral Lab no contienen parabenos y son solo de uso externo. Para pieles sensibles recomendamos hacer antes una prueba en una pequeña zona; el exfoliante de sal no es para la cara ni para piel dañada.',
  kosher: () =>
    'Todos nuestros alimentos y vinos tienen certificación kosher. Los vinos Gefen Zero y el Carmel Ridge Rose son mevushal; nuestros demás vinos no son mevushal. Los productos lácteos (chocolate con leche, rugelach) están marcados en la ficha de ingredientes.',
  pomegranate: () =>
    'La melaza de granada es zumo de granada reducido, sin azúcar añadido: agridulce, para aliños, glaseados y marinadas.',
};
