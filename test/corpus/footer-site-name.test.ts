import { describe, expect, it } from "vitest";
import { footerSiteName } from "../../src/corpus/footer-site-name.ts";

describe("footerSiteName", () => {
  it.each([
    [["1st ASHBY (ST MARY'S) SCOUT GROUP", "Beavers · Cubs · Scouts", "", "Dear parents,", "", "© 1st Ashby (St Mary's) Scout Group 2031 · Privacy"], "1st Ashby (St Mary's) Scout Group"],
    [["SEAWATCH LIFEBOATS · Registered charity no. 1187402", "", "Four fishermen were rescued.", "", "Seawatch Lifeboats, Lifeboat House, The Strand"], "Seawatch Lifeboats"],
    [["ASHBY VALLEY CYCLE TOURING CLUB", "", "The ramp gave way.", "", "Ashby Valley CTC is run entirely by volunteers"], "Ashby Valley Cycle Touring Club"],
    [["![Логотип](/img/logo.png)", "", "# «Мастер» — ремонт бытовой техники", "", "Свет дали через сутки.", "", "ИП Иванов · © 2019–2032 «Мастер» · Политика"], "Мастер"],
    [["# СНТ «Рябинка»", "", "Упали 57 деревьев.", "", "© СНТ «Рябинка», 2012–2034"], "СНТ «Рябинка»"],
  ])("names the site of %j", (lines, name) => {
    expect(footerSiteName(lines)).toBe(name);
  });

  it.each([
    [["«САЯНСКИЙ ЭКСПРЕСС» · Независимая газета", "", "Пропали туристы.", "", "© «Саянский экспресс», 2029. 16+"]],
    [["ОТВЕТЫ · сервис вопросов и ответов", "", "Что делать?", "", "© Ответы, 2031 · Правила"]],
    [["ASHBY SCOUTS", "", "The trip was cancelled.", "", "Privacy · Safeguarding"]],
    [["Ashby Scouts", "", "The trip was cancelled.", "", "© Ashby Scouts 2031"]],
  ])("names none on %j", (lines) => {
    expect(footerSiteName(lines)).toBeNull();
  });
});
