import { createFormatter } from '../../offline/agents/i18n/format';
import type { ReplyLanguage } from '../../offline/agents/i18n/types';

/** The Galilee oil bottle's refund (kb-009), written the language's way. */
const refunded = (language: ReplyLanguage): string => createFormatter(language).money(18);

/** A known product issue with its own claim rules (KB "Damage claims", "Known issue" sections). */
export interface KnownIssue {
  id: string;
  /** The box month and product the issue affects. */
  boxMonth: string;
  productId: string;
  /** Claims for this issue are accepted until this day, whatever the delivery date. */
  acceptedUntil: string;
  /** The issue's name and remedy in each language a confirmation form is written in. */
  text: Record<ReplyLanguage, { title: string; remedy: string }>;
}

/** The known issues the damage-claim policy honours. */
export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: 'galilee-evoo-2026-11',
    boxMonth: '2026-11',
    productId: 'prod_109',
    acceptedUntil: '2026-12-15',
    text: {
      en: {
        title: 'Galilee Extra Virgin Olive Oil, November 2026 box (lot ZG-2610-B, loose pour-spout caps)',
        remedy: `the bottle is replaced in the next box (or refunded ${refunded('en')}), together with any other item the oil spoiled`,
      },
      he: {
        title: 'שמן זית כתית מעולה מהגליל, קופסת נובמבר 2026 (אצווה ZG-2610-B, פיות מזיגה רופפות)',
        remedy: `הבקבוק יוחלף בקופסה הבאה (או שיוחזרו ${refunded('he')}), וכך גם כל פריט אחר שהשמן קלקל`,
      },
      ru: {
        title:
          'Оливковое масло Extra Virgin из Галилеи, коробка за ноябрь 2026 г. (партия ZG-2610-B, неплотные крышки-дозаторы)',
        remedy: `бутылку заменим в следующей коробке (или вернём ${refunded('ru')}), как и любой другой товар, испорченный маслом`,
      },
      es: {
        title:
          'Aceite de oliva virgen extra de Galilea, caja de noviembre de 2026 (lote ZG-2610-B, tapones vertedores flojos)',
        remedy: `la botella se repone en la próxima caja (o se reembolsan ${refunded('es')}), junto con cualquier otro artículo que el aceite haya estropeado`,
      },
      de: {
        title:
          'Natives Olivenöl extra aus Galiläa, Box November 2026 (Charge ZG-2610-B, lockere Ausgießer-Verschlüsse)',
        remedy: `die Flasche wird in der nächsten Box ersetzt (oder mit ${refunded('de')} erstattet), ebenso jeder andere Artikel, den das Öl verdorben hat`,
      },
      fr: {
        title:
          "Huile d'olive vierge extra de Galilée, box de novembre 2026 (lot ZG-2610-B, bouchons verseurs mal serrés)",
        remedy: `la bouteille est remplacée dans la prochaine box (ou remboursée ${refunded('fr')}), ainsi que tout autre article abîmé par l'huile`,
      },
    },
  },
];

/** The known issue a claim falls under on `today`, if any. */
export function knownIssueFor(input: {
  boxMonth: string;
  items: readonly string[];
  today: string;
}): KnownIssue | null {
  return (
    KNOWN_ISSUES.find(
      (issue) =>
        issue.boxMonth === input.boxMonth &&
        input.items.includes(issue.productId) &&
        input.today <= issue.acceptedUntil,
    ) ?? null
  );
}
