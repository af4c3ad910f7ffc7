import { expect } from "vitest";
import { readCrumbSharePost } from "../../src/corpus/crumb-share-post.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";

/**
 * What the tests of the readers of a firm's blog post (`crumb-share-post.ts`, its page-* helpers and
 * `share-row-end.ts`) share: the rule lines they are given, a posting line's day read as the cleaner reads it, and the
 * body of one English and one Russian post (snippets of round 24's articles, reworded).
 */
export const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);

/** A posting line's day, a weekday before it dropped ("Thursday, 12 February 2026" → "2026-02-12"). */
export const stampDate = (text: string): string | null => normalizeDate(text.replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/iu, ""), true);

/** An English post's paragraphs. */
export const en = [
  "Lots of parents messaged us on Thursday asking whether the dojo was open, and it was: it all happened about 500 metres from our front door.",
  "At about 6.50am on Thursday eleven ostriches got out of a farm and ran across two fields onto the northbound carriageway of the main road.",
  'A van swerved to avoid three of the birds and was hit from behind by a car. "I have never seen anything move as fast as those birds," one driver said.',
  "Farm staff, police officers and a vet caught eight more by 10.20am using hurdles and feed buckets; the last bird was found in a garden centre car park.",
  "The northbound carriageway was closed for five and a half hours and reopened at 12.25pm, and the council will inspect the farm next week.",
  "The farmer said he will replace the whole perimeter with a 2.4-metre deer fence and keep the birds in their winter barns until it is finished.",
  "Thursday's early adult class was cancelled, and every member can come to an extra session, free, on Sunday morning at ten o'clock.",
  "Inspector Dan Haworth said the police were not treating it as a criminal matter, and asked anyone with dashcam footage to call 101 quoting the incident.",
  "Oss, and drive carefully.",
];
/** A Russian post's paragraphs. */
export const ru = [
  "Аквапарк — наш ближайший сосед: у нас общая парковка, и многие семьи за один день успевают и поплавать, и покататься на коньках.",
  "В субботу около 14:20 в аквапарке обрушилась часть водной горки — самой высокой в аквапарке, её стартовая площадка находится на высоте 18 метров.",
  "Пострадали 12 человек: те, кто был в трубе, и посетители, стоявшие в бассейне внизу. Пятерых госпитализировали в городскую больницу.",
  "«Сначала был скрежет, потом труба просто сложилась и ушла вниз вместе с людьми», — рассказала посетительница аквапарка, стоявшая у бортика.",
  "Следственный комитет возбудил уголовное дело об оказании услуг, не отвечающих требованиям безопасности; задержан главный инженер аквапарка.",
  "Глава города сказал: «Мы проверим все аттракционы в городе, и пока проверка не закончится, ни один аквапарк не откроется».",
  "Общая парковка частично закрыта до 20 августа, поэтому въезжайте со стороны соседней улицы, а детям с билетом аквапарка — бесплатный сеанс.",
  "Из аквапарка эвакуировали около 1 300 посетителей, эвакуация заняла 25 минут; на место прибыли 32 спасателя и девять машин скорой помощи.",
  "Берегите себя!",
];

/** Reads a page as a firm's blog post and checks its title, posting day, site name and paragraphs (blank lines aside). */
export function expectPostRead(lines: readonly string[], expected: { title: string; stamp: string; site: string; text: readonly string[] }): void {
  const page = readCrumbSharePost(lines, isRule, stampDate);
  expect(page?.title).toBe(expected.title);
  expect(page?.stamp).toBe(expected.stamp);
  expect(page?.site).toBe(expected.site);
  expect(page?.lines.filter((line) => line !== "")).toEqual(expected.text);
}
