import nodemailer from 'nodemailer';

/** One plain-text email. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email. `delivers` false: nothing leaves the machine, and the outbox row stays as the
 * local mailbox (the demo's, and any deployment without SMTP_URL).
 */
export interface Mailer {
  readonly delivers: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** The mailer kept locally: every email stays in `mail_outbox` with status `local`. */
export const LOCAL_MAILER: Mailer = {
  delivers: false,
  send: () => Promise.resolve(),
};

/** Sends through the SMTP server at `url` (`smtp://user:pass@host:587`, `smtps://…`) from `from`. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    delivers: true,
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
