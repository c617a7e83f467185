/**
 * Drafts that promise what only a person can do (a refund decision, a cancellation, a trace, a
 * goodwill gesture, a privacy request, ending a pause early, a change of tier) or that only defer
 * the question: QA escalates them so the handoff actually reaches the team the draft names.
 */
import type { QaReview } from '../../../agents/agent-contract';

type EscalationReason = NonNullable<QaReview['escalationReason']>;

/** Phrases that hand work to a team, by the reason a person is needed, in the six languages. */
const HANDOVERS: readonly (readonly [EscalationReason, RegExp])[] = [
  [
    'policy_restriction',
    /(?:refund|cancellation|cancel).{0,80}(?:billing|retention) team|(?:billing|retention) team.{0,60}(?:decide|approve|process|confirm)|goodwill|возврат.{0,60}(?:команд|отдел)|отмен.{0,60}команд|жест доброй воли|reembolso.{0,60}equipo|cancelaci[oó]n.{0,60}equipo|gesto de buena voluntad|(?:erstattung|kündigung).{0,60}team|kulanz|rembours.{0,60}équipe|résiliation.{0,60}équipe|geste commercial|(?:החזר|ביטול).{0,60}צוות|מחווה|passing your case to our shipping team|передаю ваш случай нашей команде|paso su caso a nuestro equipo|gebe Ihren Fall an unser Versand-Team|transmets votre dossier à notre équipe|מעבירים את המקרה לצוות/iu,
  ],
  [
    'unsupported_request',
    /trace|privacy request|partnership|passed your (?:message|question|request) to our team|розыск|запрос.{0,30}данн|rastreo|investigación|datos personales|nachforschung|datenschutz|enquête|données personnelles|חקירה|בקשת פרטיות|request to resume early|просьбу о досрочном возобновлении|solicitud de reanudación anticipada|vorzeitiger Wiederaufnahme|demande de reprise anticipée|בקשת החידוש המוקדם|request to switch to|просьбу о переходе на|solicitud de cambio a|Wunsch nach einem Wechsel|demande de passage à la formule|בקשת המעבר למסלול/iu,
  ],
];

/** Pure deferrals: nothing answered, the question passed on. */
const DEFERRAL =
  /couldn't look up|could not look up|passed your question to our team|не удалось проверить|передал\p{L}* ваш вопрос|no pude consultar|pasado su pregunta|konnte .* nicht abrufen|ihre frage .* weitergeleitet|n'ai pas pu consulter|transmis votre question|לא הצלחתי לבדוק|העברתי את שאלתך/iu;

/**
 * A sentence that says what would happen ("If you would still like to cancel, just tell me: our
 * retention team processes it"): it hands nothing over yet, and the customer may take an offer instead.
 */
const CONDITIONAL = /^(?:if|если|si|wenn|falls|אם)\s/iu;

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
