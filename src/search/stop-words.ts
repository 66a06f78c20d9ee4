/**
 * Words that carry no topic in a briefing question. They are dropped before retrieval; if nothing
 * else is left the question has nothing to search for. The last line holds nouns that only frame
 * what is asked ("the situation on the border", "an overview of TTP attacks", "the terror trend
 * since 2021"): the topic is the rest of the question, which no statement calls a situation.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of in on at to for from by with about against between into through during
  as than then so such too very can could would should will shall may might must do does did done
  is are was were be been being am has have had having it its it's this that these those there here
  what which who whom whose when where why how any all some each every both either neither no not
  i me my we our us you your he him his she her they them their one ones also just only even
  tell show give find list brief please know info information anything something much many more most
  s t i'm let lets get got say said says people persons happen happened happening occur occurred
  regarding according whether ever really actually actual basically literally like reckon reckons reckoned despite notwithstanding
  situation overview summary picture trend trends developments background update updates details detail rundown lowdown`
    .split(/\s+/)
    .filter(Boolean),
);
