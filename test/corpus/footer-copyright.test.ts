import { describe, expect, it } from "vitest";
import { copyrightSpanYear, copyrightYear, footerCopyrightLine } from "../../src/corpus/footer-copyright.ts";

describe("footerCopyrightLine: the copyright line at a page's foot that names something", () => {
  const page = ["Harbour Yarns · Ashby", "", "Our news", "A long story.", "", "Opening hours: 9–5", "© 2031 Harbour Yarns, Ashby"];

  it.each([
    ["Harbour Yarns", "© 2031 Harbour Yarns, Ashby"],
    ["Lapushka", null],
  ] as const)("%j → %j", (name, expected) => {
    expect(footerCopyrightLine(page, (line) => line.includes(name))).toBe(expected);
  });

  it("looks only at the last six filled lines, below the line it is given", () => {
    const long = ["© 2031 Harbour Yarns", "a", "b", "c", "d", "e", "f"];
    expect(footerCopyrightLine(long, (line) => line.includes("Harbour"))).toBeNull();
    expect(footerCopyrightLine(["(c) Лапушка 2032", "x"], (line) => line.includes("Лапушка"))).toBe("(c) Лапушка 2032");
    expect(footerCopyrightLine(["(c) Лапушка 2032", "x"], (line) => line.includes("Лапушка"), 0)).toBeNull();
  });

  it("takes only lines with a copyright sign", () => {
    expect(footerCopyrightLine(["Harbour Yarns, Ashby"], (line) => line.includes("Harbour"))).toBeNull();
  });
});

describe("copyrightYear and copyrightSpanYear: the year the page's stamps without one are of", () => {
  it("reads a copyright's year, the last of its span", () => {
    expect(copyrightYear(["Текст.", "", "ИП Тесленко М. А. · © «Старая полка», 2011–2024 · Политика"])).toBe("2024");
    expect(copyrightYear(["Text.", "© 2019 Party Time"])).toBe("2019");
  });

  it("reads a span's last year only when the copyright gives a span", () => {
    expect(copyrightSpanYear(["Текст.", "© 2012–2025 «Байт-Причал», ИП Шилов"])).toBe("2025");
    expect(copyrightSpanYear(["Text.", "© 2019 Party Time"])).toBeNull();
  });
});
