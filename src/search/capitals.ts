/**
 * Capitals that stand for their governments: "Islamabad closed the border", "Beijing's concerns",
 * "Does Kabul say …". Only when the capital is said to act, speak or own something does it become
 * the government; "Kabul bombing" stays the city.
 */
const GOVERNMENTS: Readonly<Record<string, string>> = {
  islamabad: 'Pakistan',
  beijing: 'China',
  kabul: 'the Taliban',
  dushanbe: 'Tajikistan',
  washington: 'the United States',
};

const ACTING =
  "say|says|said|insist|insists|insisted|claim|claims|claimed|deny|denies|denied|accuse|accuses|accused|want|wants|warn|warns|warned|demand|demands|urge|urges|urged|think|thinks|believe|believes|agree|agrees|respond|responds|responded|react|reacts|view|views|see|sees|plan|plans|threaten|threatens|allow|allows|allowed|reject|rejects|rejected|protest|protested|condemn|condemned|blame|blames|blamed";

const CAPITAL_ACTING = new RegExp(
  `\\b(${Object.keys(GOVERNMENTS).join('|')})(?:['’]s\\b|(?=\\s+(?:(?:has|have|had|will|would|also|now|then|not)\\s+)?(?:${ACTING})\\b))`,
  'gi',
);

/** The question with capitals that act as governments replaced by their government's name. */
export function governmentsForCapitals(question: string): string {
  return question.replace(CAPITAL_ACTING, (_, capital: string, offset: number, whole: string) => {
    const possessive = /['’]s$/.test(whole.slice(offset, offset + capital.length + 2));
    return `${GOVERNMENTS[capital.toLowerCase()]}${possessive ? '’s' : ''}`;
  });
}
