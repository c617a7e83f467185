import type { CueSpec } from '../cue';

/** Spanish intent cues (accents optional: the text is normalised before matching). */
export const INTENT_CUES_ES: readonly CueSpec[] = [
  // shipping_tracking
  ['shipping_tracking', 3, 'donde ~ caja|paquete|pedido|envio|orden'],
  ['shipping_tracking', 3, 'rastreo|rastrear|seguimiento|tracking; numero de guia'],
  ['shipping_tracking', 3, 'no|todavia|aun|sigue ~ llega*|llego|recibido|recibi|aparece|movido'],
  [
    'shipping_tracking',
    3,
    'cuando ~~ llega*|llegara|envia*|enviara|sale|recibire; cuanto tarda*; cuanto ~ tarda*|demora*',
  ],
  [
    'shipping_tracking',
    2.5,
    'aduana*|retrasad*|atrasad*|demorad*|retraso; en transito; en camino; fecha de entrega',
  ],
  ['shipping_tracking', 2.5, 'dice|marca|aparece ~ entregad*'],
  ['shipping_tracking', 1.5, 'perdid*|extraviad*'],
  ['shipping_tracking', 2.5, 'caja de reemplazo|reposicion; prefiero ~ reemplazo|reposicion'],
  ['shipping_tracking', 1, 'correo|mensajero|repartidor|paquete|envio|entrega|buzon|vecino*'],

  ['shipping_tracking', 3, 'esperando|espero ~ caja|paquete|pedido|envio'],

  // address_change
  ['address_change', 4, 'cambiar|actualizar|corregir|nueva|nuevo|modificar ~ direccion|domicilio'],
  ['address_change', 2, 'direccion|domicilio'],
  [
    'address_change',
    2.5,
    'me|nos mudo|mude|mudamos|mudare|mudaremos|mudando; mudanza|mudado|mudada; cambie|cambio|cambiamos de casa|domicilio',
  ],
  ['address_change', 1.5, /(?:calle|avenida|av\.|paseo|plaza|carrera)\s+[\p{L}\s]+\d+/u],

  // billing_payment
  ['billing_payment', 3, 'cobr*|cargo|cargos|cargaron|cargado'],
  ['billing_payment', 3, 'dos veces; doble cobro; cobro doble; cobro duplicado; cargo duplicado'],
  ['billing_payment', 2.5, 'pago|pagos|pagar|pague|tarjeta|factura*|facturacion|paypal'],
  ['billing_payment', 2, 'rechaz*; tarjeta ~ vencid*|caducad*; fallo el pago; pago fallido'],
  ['billing_payment', 1.5, 'banco|moneda|pesos|dolares|euros|comision*|precio; tipo de cambio'],
  ['billing_payment', 3, 'disputa|contracargo'],

  // refund_request
  [
    'refund_request',
    5,
    'reembols*|reintegr*; devolu* ~ dinero; devuelv* ~ dinero; devolver ~ dinero; mi dinero',
  ],
  ['refund_request', 2.5, 'devolucion'],

  // subscription_pause
  ['subscription_pause', 5, 'pausa|pausar|pausen|pausad*'],
  ['subscription_pause', 3.5, 'suspend*|congelar; poner en espera; tomar un descanso'],
  ['subscription_pause', 3, 'reanudar|reactivar'],
  ['subscription_pause', 1.5, 'por|durante ~ mes|meses'],
  ['subscription_pause', 3, 'unos|algunos meses; un par de meses; temporalmente; por un tiempo'],
  ['subscription_pause', 2, 'parar|detener|pausa'],

  // subscription_skip
  ['subscription_skip', 5, 'saltar*|saltear|omitir; no enviar; no me envien; no mandar; no me manden'],
  ['subscription_skip', 3, 'aplazar|posponer; no quiero ~ caja de'],

  // subscription_frequency
  [
    'subscription_frequency',
    4.5,
    'cambiar*|pasar*|pasarme|subir|bajar|mejorar ~ a|al ~ basic|basica|basico|premium|deluxe',
  ],
  [
    'subscription_frequency',
    5,
    'cada dos|tres|2|3 meses; bimestral*|trimestral*|frecuencia; cada cuanto; menos a menudo; mas a menudo; con menos frecuencia',
  ],
  ['subscription_frequency', 2, 'mensual*; cada mes; todos los meses'],
  ['subscription_frequency', 3, 'cambiar|pasar ~ a ~ mensual|bimestral|trimestral|cada'],

  // subscription_cancel
  ['subscription_cancel', 5, 'cancel*|anular; dar de baja; darme de baja; darse de baja'],
  ['subscription_cancel', 4, 'terminar|dejar|finalizar ~ suscripcion; ya no quiero'],
  ['subscription_cancel', -4, 'ya cancele; cancele en; habia cancelado'],

  // damaged_item
  [
    'damaged_item',
    5,
    'roto|rota|rotos|rotas|rompi*|quebrad*|danad*|derram*|gote*|fuga|aplastad*|abollad*|estropead*|podrid*|caducad*|mohos*|agrietad*|rajad*',
  ],
  ['damaged_item', 3.5, 'falta*|faltaba*|incomplet*; no venia; no estaba; no estaban'],
  ['damaged_item', -3.5, 'hace falta; haga falta'],
  ['damaged_item', 1.5, 'foto|fotos|adjunt*'],
  ['damaged_item', 3, 'abierto|abierta|pegajos*|manchad*|derretid*|vencido'],

  // product_question
  [
    'product_question',
    3.5,
    'ingrediente*|alergi*|alergic*|gluten|nueces|cacahuete*|mani|sesamo|lactosa|vegano|vegana|kosher|casher|parabeno*; frutos secos',
  ],
  [
    'product_question',
    3,
    'contiene*|contenido; que trae; que viene en; que hay en; como se usa; sin alcohol',
  ],
  ['product_question', 2, 'alcohol|embarazad*|azucar|diabet*|conservante*|organico*|caducidad'],
  ['product_question', 3, 'sin vino; no hay vino; no trae vino'],
  ['product_question', 2.5, 'perfume|fragancia|aroma|piel|sensible|apto|apta; sirve para; como se usa'],
  ['product_question', 1, 'vino|vinos|producto*|aceite|datiles|miel|jabon|tahini'],

  // order_history
  [
    'order_history',
    4,
    'historial; pedidos anteriores; mis pedidos; lista de ~ pedidos|cajas; cajas que ~ recibido; todos ~ pedidos',
  ],
  ['order_history', 3.5, 'primera caja; primer pedido; cuantas cajas; cuando ~ recibi|empece'],
  ['order_history', 3.5, 'que|cuales ~ cajas|pedidos ~ recibi|llegaron|pedi'],
  // A year's boxes, weaker: "skip the boxes this year" is a skip.
  ['order_history', 2.5, 'cajas|pedidos ~ este ano; cajas|pedidos ~ el|del ano pasado'],
  ['order_history', 2.5, 'registros|contabilidad|gastos|impuestos'],

  // gratitude
  ['gratitude', 4, 'agradec*|felicidades|felicitaciones; gracias por; muchas gracias; mil gracias'],
  ['gratitude', 3, 'encant*|maravillos*|delicios*|excelente|buenisim*|precios*|hermos*'],
  ['gratitude', 1, 'gracias'],

  // human_request
  [
    'human_request',
    5,
    'hablar ~ con ~ persona|humano|agente|representante|alguien|gerente|supervisor|encargado|operador|responsable',
  ],
  ['human_request', 5, 'persona real; ser humano; un humano; agente humano'],
  ['human_request', 4, 'gerente|supervisor|llamenme|llamame|telefono; me llamen; me llame'],

  // other
  ['other', 3.5, 'cuanto|precio|precios|cuesta|cuestan ~ basic|basica|basico|premium|deluxe'],
  [
    'other',
    4,
    'socio*|colabora*|proveedor*|distribui*|mayorista|alianza|privacidad|rgpd|empleo; datos personales; borrar ~ datos|cuenta; eliminar ~ datos|cuenta',
  ],
  [
    'other',
    3,
    'agricultor*|productores|caridad|donacion*|tienda|revender|periodista; mi tienda; quienes son; vender ~ productos|cajas; trabajo con ustedes',
  ],
  ['other', 2, 'empresa'],
];
