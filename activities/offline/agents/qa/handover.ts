/**
 * Drafts that promise what only a person can do (a refund decision, a cancellation, a trace, a
 * goodwill gesture, a privacy request, ending a pause early, a change of tier) or that only defer
 * the question: QA escalates them so the handoff actually reaches the team the draft names.
 */
import type { QaReview } from '../../../agents/agent-contract';

type EscalationReason = NonNullable<QaReview['escalationReason']>;

/** One pattern from alternatives written per language (case-insensitive). */
const anyOf = (...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), 'iu');

/**
 * Phrases that hand work to a team, by the reason a person is needed, in the six languages. A
 * policy handover names the team (billing, or retention for a cancellation) and what it decides;
 * "our team approves it" after a choice the customer has still to make hands nothing over yet.
 */
const HANDOVERS: readonly (readonly [EscalationReason, RegExp])[] = [
  [
    'policy_restriction',
    anyOf(
      '(?:refund|cancellation|cancel).{0,80}(?:billing|retention) team',
      '(?:billing|retention) team.{0,60}(?:decide|approve|process|confirm)',
      'goodwill',
      'passing your case to our shipping team',
      '(?:возврат|отмен)\\p{L}*.{0,80}команд\\p{L}* по (?:оплате|подпискам)',
      'команд\\p{L}* по оплате.{0,60}(?:подтверд|одобр|оформ|реша)',
      'жест доброй воли',
      'передаю ваш случай нашей команде',
      '(?:reembolso|cancelaci[oó]n).{0,80}equipo de (?:facturaci[oó]n|suscripciones)',
      'equipo de facturaci[oó]n.{0,60}(?:aprueba|confirma|tramita|decide)',
      'gesto de buena voluntad',
      'paso su caso a nuestro equipo',
      '(?:erstattung|kündigung).{0,80}(?:abrechnungs|abo)-team',
      'abrechnungs-team.{0,90}(?:bestätigt|freigibt|bearbeitet|entscheidet)',
      'kulanz',
      'gebe Ihren Fall an unser Versand-Team',
      '(?:rembours|résiliation).{0,80}équipe (?:facturation|abonnements)',
      'équipe facturation.{0,60}(?:valide|confirme|décide|traite)',
      'geste commercial',
      'transmets votre dossier à notre équipe',
      '(?:החזר|ביטול).{0,60}צוות (?:ה)?(?:חיובים|מנויים)',
      'צוות (?:ה)?חיובים.{0,60}(?:מאשר|יאשר|מטפל|יטפל)',
      'מחווה',
      'מעבירים את המקרה לצוות',
    ),
  ],
  [
    'unsupported_request',
    anyOf(
      'trace|privacy request|partnership|passed your (?:message|question|request) to our team',
      'request to resume early|request to switch to|request to undo',
      'розыск|запрос.{0,30}данн|передали ваше сообщение',
      'просьбу о досрочном возобновлении|просьбу о переходе на|просьбу об отмене пропуска',
      'rastreo|investigación|datos personales|solicitud de privacidad|pasado su mensaje',
      'solicitud de reanudación anticipada|solicitud de cambio a|solicitud de deshacerlo',
      'nachforschung|datenschutzanfrage|Ihre Nachricht an unser Team weitergeleitet',
      'vorzeitiger Wiederaufnahme|Wunsch nach einem Wechsel|Bitte, es rückgängig zu machen',
      'enquête|données personnelles|transmis votre message',
      'demande de reprise anticipée|demande de passage à la formule|demande d’annulation du saut',
      'חקירה|בקשת (?:ה)?פרטיות|העברנו את (?:הפנייה|ההודעה) לצוות',
      'בקשת החידוש המוקדם|בקשת המעבר למסלול|הבקשה לבטל את הדילוג',
    ),
  ],
];

/** Pure deferrals: nothing answered, the question passed on. */
const DEFERRAL =
  /couldn't look up|could not look up|passed your question to our team|не удалось проверить|передал\p{L}* ваш вопрос|no (?:pude|he podido) consultar|pasado su pregunta|konnte .* nicht abrufen|ihre frage .* weitergeleitet|n[’']ai pas pu consulter|transmis votre question|לא הצלח(?:תי|נו) לבדוק|העברתי את שאלתך|העברנו את השאלה/iu;

/**
 * A sentence that says what would happen ("If you would still like to cancel, just tell me: our
 * retention team processes it"): it hands nothing over yet, and the customer may take an offer instead.
 */
const CONDITIONAL = /^(?:if|если|si|s[’']il|wenn|falls|gibt es|אם)\s/iu;

/** The draft without its conditional sentences. */
const unconditional = (draft: string): string =>
  draft
    .split(/(?<=[.!?])\s+|\n+/u)
    .filter((sentence) => !CONDITIONAL.test(sentence.trim()))
    .join(' ');

/** Why the draft needs a person, if it does. */
export function handoverNeeded(draft: string): EscalationReason | null {
  if (DEFERRAL.test(draft)) return 'missing_knowledge';
  const handing = unconditional(draft);
  return HANDOVERS.find(([, pattern]) => pattern.test(handing))?.[0] ?? null;
}
