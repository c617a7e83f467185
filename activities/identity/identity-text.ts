/**
 * What the sender of an unverified conversation is told while they prove the account is theirs,
 * and the email that carries the code, in six languages. The replies read the same whether or not
 * the address or order number matched an account, so they reveal nothing about who is a customer.
 */
import { replyLanguage } from '../offline/agents/i18n';
import type { ReplyLanguage } from '../offline/agents/i18n/types';

/** How long a code is valid, and how many wrong tries it takes. */
export const CODE_TTL_MINUTES = 15;
export const CODE_ATTEMPTS = 5;

export interface IdentityText {
  codeSent: string;
  codeWrong(p: { left: number }): string;
  codeLocked: string;
  codeExpired: string;
  tooManyCodes: string;
  verified: string;
  verifiedAsk: string;
  mailFailed: string;
  mailSubject: string;
  mailBody(p: { code: string }): string;
}

const TEXT: Record<ReplyLanguage, IdentityText> = {
  en: {
    codeSent: `Thank you. If that matches an account, I've just sent a 6-digit code to the email address on it. Please type the code here to continue; it is valid for ${CODE_TTL_MINUTES} minutes. If nothing arrives within a few minutes, please check the address or order number and send it again.`,
    codeWrong: ({ left }) =>
      `That code doesn't match. Please check the latest email from us and try again (${left} ${left === 1 ? 'try' : 'tries'} left).`,
    codeLocked:
      "That code was entered wrongly too many times. Send me the email address or order number again and I'll send a new code.",
    codeExpired:
      "That code has expired. Send me the email address or order number again and I'll send a new code.",
    tooManyCodes:
      "I've already sent several codes in this conversation. Please use the code in the latest email, or try again in an hour.",
    verified: 'Thank you, your account is confirmed.',
    verifiedAsk: 'Thank you, your account is confirmed. How can I help?',
    mailFailed:
      "I couldn't send the code just now, so I've passed this to a teammate who will reply within 1 business day.",
    mailSubject: 'Your Lev Haolam verification code',
    mailBody: ({ code }) =>
      `Your verification code is ${code}.\n\nType it in the chat to confirm that the conversation is yours. It is valid for ${CODE_TTL_MINUTES} minutes.\n\nIf you didn't ask for this, you can ignore this email: nothing changes on your account.\n\nWarm regards,\nLev Haolam Support`,
  },
  he: {
    codeSent: `תודה. אם הפרטים תואמים לחשבון, שלחתי עכשיו קוד בן 6 ספרות לכתובת המייל של החשבון. כדי להמשיך, נא להקליד כאן את הקוד; הוא בתוקף ${CODE_TTL_MINUTES} דקות. אם לא מגיע מייל בתוך כמה דקות, כדאי לבדוק את הכתובת או את מספר ההזמנה ולשלוח שוב.`,
    codeWrong: ({ left }) =>
      `הקוד אינו תואם. נא לבדוק את המייל האחרון שלנו ולנסות שוב (נותרו ${left} ניסיונות).`,
    codeLocked: 'הקוד הוקלד שגוי יותר מדי פעמים. שלחו לי שוב את כתובת המייל או את מספר ההזמנה ואשלח קוד חדש.',
    codeExpired: 'תוקף הקוד פג. שלחו לי שוב את כתובת המייל או את מספר ההזמנה ואשלח קוד חדש.',
    tooManyCodes: 'כבר שלחתי כמה קודים בשיחה הזו. נא להשתמש בקוד שבמייל האחרון, או לנסות שוב בעוד שעה.',
    verified: 'תודה, החשבון שלך אומת.',
    verifiedAsk: 'תודה, החשבון שלך אומת. במה אפשר לעזור?',
    mailFailed: 'לא הצלחתי לשלוח את הקוד כרגע, לכן העברתי את הפנייה לחבר צוות שיענה תוך יום עסקים אחד.',
    mailSubject: 'קוד האימות שלך מ-Lev Haolam',
    mailBody: ({ code }) =>
      `קוד האימות שלך הוא ${code}.\n\nהקלידו אותו בצ'אט כדי לאשר שהשיחה שלכם. הקוד בתוקף ${CODE_TTL_MINUTES} דקות.\n\nאם לא ביקשתם קוד, אפשר להתעלם מהמייל הזה: שום דבר לא משתנה בחשבון.\n\nבברכה,\nשירות הלקוחות של Lev Haolam`,
  },
  ru: {
    codeSent: `Спасибо. Если эти данные совпадают с учётной записью, я только что отправил 6-значный код на её адрес электронной почты. Чтобы продолжить, введите код здесь; он действует ${CODE_TTL_MINUTES} минут. Если письмо не придёт в течение нескольких минут, проверьте адрес или номер заказа и отправьте его ещё раз.`,
    codeWrong: ({ left }) =>
      `Код не совпадает. Проверьте последнее письмо от нас и попробуйте ещё раз (осталось попыток: ${left}).`,
    codeLocked:
      'Код слишком много раз введён неверно. Пришлите ещё раз адрес электронной почты или номер заказа, и я отправлю новый код.',
    codeExpired:
      'Срок действия кода истёк. Пришлите ещё раз адрес электронной почты или номер заказа, и я отправлю новый код.',
    tooManyCodes:
      'Я уже отправил несколько кодов в этом разговоре. Используйте код из последнего письма или попробуйте снова через час.',
    verified: 'Спасибо, ваша учётная запись подтверждена.',
    verifiedAsk: 'Спасибо, ваша учётная запись подтверждена. Чем могу помочь?',
    mailFailed:
      'Сейчас не удалось отправить код, поэтому я передал ваш вопрос коллеге, который ответит в течение 1 рабочего дня.',
    mailSubject: 'Ваш код подтверждения Lev Haolam',
    mailBody: ({ code }) =>
      `Ваш код подтверждения: ${code}.\n\nВведите его в чате, чтобы подтвердить, что это ваш разговор. Код действует ${CODE_TTL_MINUTES} минут.\n\nЕсли вы не запрашивали код, просто проигнорируйте это письмо: в вашей учётной записи ничего не изменится.\n\nС уважением,\nслужба поддержки Lev Haolam`,
  },
  es: {
    codeSent: `Gracias. Si coincide con una cuenta, acabo de enviar un código de 6 dígitos a su dirección de correo electrónico. Escríbalo aquí para continuar; es válido durante ${CODE_TTL_MINUTES} minutos. Si no le llega nada en unos minutos, revise la dirección o el número de pedido y envíelo de nuevo.`,
    codeWrong: ({ left }) =>
      `Ese código no coincide. Revise el último correo que le enviamos e inténtelo de nuevo (${left} ${left === 1 ? 'intento restante' : 'intentos restantes'}).`,
    codeLocked:
      'Ese código se ha introducido mal demasiadas veces. Envíeme de nuevo la dirección de correo o el número de pedido y le enviaré un código nuevo.',
    codeExpired:
      'Ese código ha caducado. Envíeme de nuevo la dirección de correo o el número de pedido y le enviaré un código nuevo.',
    tooManyCodes:
      'Ya he enviado varios códigos en esta conversación. Use el código del último correo o inténtelo de nuevo dentro de una hora.',
    verified: 'Gracias, su cuenta está confirmada.',
    verifiedAsk: 'Gracias, su cuenta está confirmada. ¿En qué puedo ayudarle?',
    mailFailed:
      'No he podido enviar el código en este momento, así que he pasado su consulta a un compañero que le responderá en 1 día hábil.',
    mailSubject: 'Su código de verificación de Lev Haolam',
    mailBody: ({ code }) =>
      `Su código de verificación es ${code}.\n\nEscríbalo en el chat para confirmar que la conversación es suya. Es válido durante ${CODE_TTL_MINUTES} minutos.\n\nSi no lo ha pedido, puede ignorar este correo: nada cambia en su cuenta.\n\nUn cordial saludo,\nAtención al cliente de Lev Haolam`,
  },
  de: {
    codeSent: `Vielen Dank. Wenn das zu einem Konto passt, habe ich gerade einen 6-stelligen Code an die E-Mail-Adresse dieses Kontos geschickt. Bitte geben Sie den Code hier ein, um fortzufahren; er ist ${CODE_TTL_MINUTES} Minuten gültig. Wenn in einigen Minuten nichts ankommt, prüfen Sie bitte die Adresse oder Bestellnummer und senden Sie sie noch einmal.`,
    codeWrong: ({ left }) =>
      `Dieser Code stimmt nicht. Bitte prüfen Sie unsere letzte E-Mail und versuchen Sie es noch einmal (${left} ${left === 1 ? 'Versuch' : 'Versuche'} übrig).`,
    codeLocked:
      'Dieser Code wurde zu oft falsch eingegeben. Schicken Sie mir die E-Mail-Adresse oder Bestellnummer noch einmal, dann sende ich einen neuen Code.',
    codeExpired:
      'Dieser Code ist abgelaufen. Schicken Sie mir die E-Mail-Adresse oder Bestellnummer noch einmal, dann sende ich einen neuen Code.',
    tooManyCodes:
      'Ich habe in diesem Gespräch schon mehrere Codes geschickt. Bitte verwenden Sie den Code aus der letzten E-Mail oder versuchen Sie es in einer Stunde noch einmal.',
    verified: 'Vielen Dank, Ihr Konto ist bestätigt.',
    verifiedAsk: 'Vielen Dank, Ihr Konto ist bestätigt. Wie kann ich helfen?',
    mailFailed:
      'Ich konnte den Code gerade nicht senden und habe Ihr Anliegen deshalb an eine Kollegin oder einen Kollegen weitergegeben, die oder der innerhalb von 1 Werktag antwortet.',
    mailSubject: 'Ihr Bestätigungscode von Lev Haolam',
    mailBody: ({ code }) =>
      `Ihr Bestätigungscode lautet ${code}.\n\nGeben Sie ihn im Chat ein, um zu bestätigen, dass das Gespräch Ihres ist. Er ist ${CODE_TTL_MINUTES} Minuten gültig.\n\nWenn Sie keinen Code angefordert haben, können Sie diese E-Mail ignorieren: An Ihrem Konto ändert sich nichts.\n\nViele Grüße\nIhr Lev Haolam Kundenservice`,
  },
  fr: {
    codeSent: `Merci. Si cela correspond à un compte, je viens d'envoyer un code à 6 chiffres à l'adresse e-mail de ce compte. Saisissez le code ici pour continuer ; il est valable ${CODE_TTL_MINUTES} minutes. Si rien n'arrive d'ici quelques minutes, vérifiez l'adresse ou le numéro de commande et renvoyez-le.`,
    codeWrong: ({ left }) =>
      `Ce code ne correspond pas. Vérifiez notre dernier e-mail et réessayez (${left} ${left === 1 ? 'essai restant' : 'essais restants'}).`,
    codeLocked:
      "Ce code a été saisi trop de fois de manière erronée. Renvoyez-moi l'adresse e-mail ou le numéro de commande et je vous enverrai un nouveau code.",
    codeExpired:
      "Ce code a expiré. Renvoyez-moi l'adresse e-mail ou le numéro de commande et je vous enverrai un nouveau code.",
    tooManyCodes:
      "J'ai déjà envoyé plusieurs codes dans cette conversation. Utilisez le code du dernier e-mail, ou réessayez dans une heure.",
    verified: 'Merci, votre compte est confirmé.',
    verifiedAsk: 'Merci, votre compte est confirmé. Comment puis-je vous aider ?',
    mailFailed:
      "Je n'ai pas pu envoyer le code pour le moment, j'ai donc transmis votre demande à un collègue qui vous répondra sous 1 jour ouvré.",
    mailSubject: 'Votre code de vérification Lev Haolam',
    mailBody: ({ code }) =>
      `Votre code de vérification est ${code}.\n\nSaisissez-le dans le chat pour confirmer que la conversation est bien la vôtre. Il est valable ${CODE_TTL_MINUTES} minutes.\n\nSi vous n'avez rien demandé, ignorez cet e-mail : rien ne change sur votre compte.\n\nBien cordialement,\nLe service client Lev Haolam`,
  },
};

/** The texts of `language`, English for a language Kesher does not write. */
export function identityText(language: string): IdentityText {
  return TEXT[replyLanguage(language)];
}
