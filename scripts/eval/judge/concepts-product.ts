/**
 * Concepts about products and deliveries: ingredients, allergens, wines, care advice, damage and
 * where a parcel was left (see concept.ts).
 */
import { concept, type Concept } from './concept';
import { words } from './lexicon';

export const PRODUCT_CONCEPTS: readonly Concept[] = [
  concept(
    'food',
    /\bfoods?\b/,
    words`
    food* | еда | еду | продукт* питан* | пищ* | comida* | aliment* | lebensmittel* | essen
    | nourriture | מזון | אוכל
  `,
  ),
  concept('sesame', /sesame/, ['sesam*', 'кунжут*', 'сезам*', 'sesamo', 'שומשום']),
  concept(
    'exclusion',
    /exclu/,
    words`
    exclu* | исключ* | ausschluss* | ausgeschlossen | ausschliess* | החרג*
  `,
  ),
  concept(
    'cross-contact',
    /cross-contact|\btraces?\b/,
    words`
    cross-contact | cross contact | cross-contamination | trace* | перекрестн* | следы | следов*
    | contaminacion cruzada | traza* | kreuzkontakt* | kreuzkontamination | spuren
    | contamination croisee | contact croise | זיהום צולב | עקבות
  `,
  ),
  concept(
    'olive-oil',
    /olive oil/,
    words`
    olive oil | оливков* масл* | aceite de oliva | olivenol | huile d'olive | שמן זית
  `,
  ),
  concept('bread', /bread|pita/, ['bread', 'pita*', 'хлеб*', 'пит*', 'pan', 'brot*', 'pain', 'לחם', 'פית*']),
  concept(
    'mix',
    /\bmix/,
    words`
    mix* | blend* | смеш* | перемеш* | mezcl* | misch* | vermisch* | melang* | ערבב*
  `,
  ),
  concept(
    'contain',
    /\bcontains?\b/,
    words`
    contain* | содерж* | contien* | contiene* | enthalt* | contient* | מכיל*
  `,
  ),
  concept(
    'patch-test',
    /patch test/,
    words`
    patch test* | skin test | small area | тест* ~ кож* | проб* ~ кож* | prueba de parche
    | prueba ~ piel | patch-test | hauttest | vertraglichkeitstest | test cutane | test de tolerance
    | petite zone | בדיקת רגישות | בדיקה ~ עור
  `,
  ),
  concept(
    'recommend',
    /recommend/,
    words`
    recommend* | suggest* | advis* | рекоменд* | совет* | recomend* | aconsej* | empfehl*
    | recommand* | conseill* | מומלץ | ממליצ*
  `,
  ),
  concept('neighbour', /neighbo/, ['neighbo*', 'сосед*', 'vecin*', 'nachbar*', 'voisin*', 'שכנ*']),
  concept(
    'building',
    /building/,
    words`
    building* | lobby | concierge | reception | здани* | подъезд* | консьерж* | edificio* | portal
    | porter* | gebaude* | hausflur* | immeuble* | batiment* | gardien* | empfang | hausmeister*
    | rezeption | hausverwaltung | בניין | לובי
  `,
  ),
  concept(
    'safe-place',
    /safe place/,
    words`
    safe place* | safe spot* | безопасн* мест* | lugar* segur* | sicher* ort* | sicher* platz*
    | abstellort* | endroit* sur* | lieu* sur* | ablageort* | ablageplatz* | מקום בטוח
    | מקומות בטוחים
  `,
  ),
  concept('sumac', /sumac/, ['suma*', 'сумах*', 'zumaque', 'sumach', 'סומק']),
  concept(
    'sour',
    /tangy|tart|sour/,
    words`
    tang* | tart | sour* | acid* | кисл* | agri* | sauerl* | sauer* | acidul* | חמצמצ* | חמוצ*
  `,
  ),
  concept(
    'lemon',
    /lemon|citrus/,
    words`
    lemon* | citrus* | лимон* | цитрус* | limon* | citric* | zitron* | zitrus* | citron* | agrume*
    | לימונ* | הדרי*
  `,
  ),
  concept(
    'spicy',
    /\bhot\b|spicy/,
    words`
    hot | spicy | остр* | жгуч* | picante* | scharf* | pimente* | piquant* | חריף*
  `,
  ),
  concept('jar', /\bjar\b/, ['jar*', 'банк*', 'frasco*', 'tarro*', 'bote*', 'glas*', 'bocal*', 'צנצנ*']),
  concept(
    'crack',
    /crack|broken/,
    words`
    crack* | broken | треснув* | трещин* | разбит* | roto | rota | agriet* | quebrad* | gesprung*
    | kaputt* | zerbroch* | riss* | fissur* | fele* | casse* | brise* | סדוק* | שבור* | נסדק*
  `,
  ),
  concept(
    'inside',
    /inside|interior/,
    words`
    inside | interior | внутр* | dentro | innen* | inneres | interieur | dedans | פנים
  `,
  ),
  concept(
    'hand-cream',
    /hand cream/,
    words`
    hand cream* | крем* для рук | crema de manos | handcreme* | creme pour les mains | קרם ידיים
  `,
  ),
  concept('shea', /\bshea\b/, ['shea', 'ши', 'karite*', 'sheabutter*', 'שיאה']),
  concept(
    'tree-nut',
    /\bnut|walnut/,
    words`
    nut* | walnut* | орех* | nuez | nueces | fruto* seco* | nuss* | nusse | noix | fruits a coque
    | אגוז*
  `,
  ),
  concept('kosher', /kosher/, ['kosher', 'кошер*', 'koscher*', 'casher', 'cacher*', 'כשר*']),
  concept(
    'certified',
    /certifi/,
    words`
    certif* | сертифиц* | certific* | zertifiz* | בהשגחת | תעודת כשרות | מוסמך
  `,
  ),
  concept('wine', /\bwines?\b/, ['wine*', 'вин*', 'vino*', 'wein*', 'vin', 'vins', 'יין', 'יינות']),
  concept(
    'door',
    /\bdoor/,
    words`
    door* | двер* | puerta* | tur | haustur* | wohnungstur* | porte* | palier | דלת*
  `,
  ),
  concept(
    'left-at',
    /\bleft at\b|\bplaced\b|deposited/,
    words`
    left | placed | deposited | оставлен* | оставил* | dejad* | dejo | abgestellt* | hinterlegt*
    | depose* | laisse* | הושאר* | הונח*
  `,
  ),
];
