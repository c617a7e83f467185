import type { RouterLanguage } from '../types';

/** A sentiment cue: weight and a pattern in the cue mini-syntax (see `cue.ts`). */
export type SentimentCue = readonly [number, string];

/** Cues per sentiment and language. */
export interface SentimentLexicon {
  /** Anger, exasperation, repeated failures ("third time", "ridiculous"). */
  frustrated: readonly SentimentCue[];
  /** Disappointment, problems, hardship. */
  negative: readonly SentimentCue[];
  /** Warmth and enthusiasm; a bare sign-off "thanks" is politeness, not positive. */
  positive: readonly SentimentCue[];
}

export const SENTIMENT_CUES: Readonly<Record<RouterLanguage, SentimentLexicon>> = {
  en: {
    frustrated: [
      [
        3,
        'ridiculous|unacceptable|outrageous|absurd|disgraceful|shocking|furious|livid|pathetic|useless|joke|scam|wtf|seriously',
      ],
      [
        3,
        'fed up; sick of; tired of; third time; fourth time; again and again; how many times; still waiting; never again; worst service; had enough; getting ridiculous',
      ],
      [1.5, 'again|yet again|annoying|angry|terrible|awful|horrible'],
    ],
    negative: [
      [
        1.5,
        'disappointed|disappointing|unhappy|upset|frustrat*|problem|issue|wrong|unfortunately|sadly|worried|concerned|complain*|confused|annoyed',
      ],
      [
        1,
        'broke|broken|smashed|leak*|crushed|damag*|missing|lost|never|twice|double|declined|failed|expensive|afford|tight|finances|repetitive|boring|immediately|dispute*',
      ],
      [1.5, 'why was|have i ~ charged|billed; why did you ~ charge|bill; i thought i was'],
      [
        1,
        "not happy; didn't want; did not want; too much; too expensive; money's tight; can't afford; not received; never arrived; charged twice",
      ],
    ],
    positive: [
      [
        2,
        'love|loved|loving|amazing|wonderful|fantastic|delicious|excellent|brilliant|lovely|awesome|gorgeous|beautiful|grateful|appreciate*|happy|glad|excited|enjoy*|yay|lol|great',
      ],
      [
        2,
        'thank you for; thanks for; thank you so much; thanks so much; would love; made my day; well done; keep up',
      ],
      [1.5, 'interested in; love to; join your'],
    ],
  },
  es: {
    frustrated: [
      [
        3,
        'inaceptable|ridiculo|indignante|vergonzoso|harto|harta|increible|estafa|pesimo; otra vez; tercera vez; cuantas veces; ya basta',
      ],
    ],
    negative: [
      [1.5, 'decepcion*|problema|mal|lamentablemente|preocupad*|molest*|triste|queja'],
      [1, 'roto|rota|danad*|perdid*|falta*|caro|cara|nunca|dos veces; no llego'],
    ],
    positive: [
      [
        2,
        'encant*|maravillos*|delicios*|excelente|genial|feliz|contento|contenta|precios*|agradecid*; gracias por; muchas gracias',
      ],
    ],
  },
  de: {
    frustrated: [
      [
        3,
        'unverschamt|inakzeptabel|lacherlich|frechheit|unmoglich|katastrophe|sauer|wutend; schon wieder; zum dritten mal; reicht mir; wie oft noch',
      ],
    ],
    negative: [
      [1.5, 'enttauscht|enttauschend|problem|leider|argerlich|schade|beschwerde|falsch'],
      [1, 'kaputt|beschadigt|ausgelaufen|verloren|fehlt|teuer|nirgends|doppelt|zweimal'],
    ],
    positive: [
      [
        2,
        'toll|wunderbar|lecker|grossartig|begeistert|super|fantastisch|freue|freuen|liebe|klasse; vielen dank; danke fur; herzlichen dank',
      ],
    ],
  },
  fr: {
    frustrated: [
      [
        3,
        'inadmissible|inacceptable|ridicule|scandaleux|honteux|furieux|furieuse|marre; encore une fois; troisieme fois; combien de fois; ras le bol',
      ],
    ],
    negative: [
      [1.5, 'decu|decue|decevant|probleme|malheureusement|dommage|plainte|inquiet|inquiete'],
      [1, 'casse*|abime*|perdu*|manqu*|cher|chere|jamais|eleve; deux fois; trop cher; trop eleve'],
    ],
    positive: [
      [
        2,
        "adore|j'adore|magnifique|delicieu*|genial|super|ravi|ravie|formidable|merveilleu*; merci pour; merci beaucoup; mille mercis",
      ],
    ],
  },
  ru: {
    frustrated: [
      [
        3,
        'безобразие|возмутительн*|издевательств*|надоело|кошмар|ужас|позор; сколько можно; в третий раз; опять; уже который раз',
      ],
    ],
    negative: [
      [1.5, 'разочарован*|проблем*|к сожалению|жаль|плохо|недовол*|жалоб*'],
      [1, 'разбил*|протек*|поврежд*|потерял*|не хватает|дорого|дважды|не пришл*'],
    ],
    positive: [
      [
        2,
        'обожаю|прекрасн*|замечательн*|чудесн*|вкусн*|молодцы|восторг*|рад|рада|благодар*|нравится; спасибо за; большое спасибо',
      ],
    ],
  },
  he: {
    frustrated: [
      [3, 'מגוחך|חוצפה|נמאס|שערורייה|בושה|זלזול|מקומם; לא מקובל; פעם שלישית; שוב ושוב; כמה פעמים'],
    ],
    negative: [
      [1.5, 'מאוכזב*|אכזבה|בעיה|לצערי|חבל|תלונה|מודאג*'],
      [1, 'נשבר*|שבור*|דלף|אבד*|חסר*|יקר|פעמיים|עמלה|עמלת'],
    ],
    positive: [
      [
        2,
        'מדהים*|נהדר*|מעולה|טעים*|אוהבים|אוהבת|נפלא*|שמחה|שמח|מרגש*|להצטרף|אשמח; תודה רבה; תודה על; כל הכבוד; מחמם|מחממות ~ לב',
      ],
    ],
  },
};
