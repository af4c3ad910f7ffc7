/**
 * An announcement on a signed-in portal (a school's parent portal, an electronic diary, a residents' portal): the portal's name,
 * the organisation's name over the signed-in line ("Вы вошли как: Родитель — … · [Выход]", "Signed in as: Parent — … · [Sign
 * out]"), the portal's menus and breadcrumb, the announcement's flags and read counter ("ВАЖНО · 📌 Закреплено · Адресаты: … ·
 * Прочитано: 684 из 1 012"), then the announcement under its heading, and under it its attachments, its repost counter, related
 * announcements and the portal's app links. The organisation over the signed-in line names the outlet; everything above the
 * announcement's heading and those trailing lines are furniture.
 */

import { filledLines } from "./filled-lines.ts";

/** The signed-in line ("Вы вошли как: Родитель — Гусева Н. В.", "Signed in as: Parent — …", "Logged in as …"). */
const SIGNED_IN = /^(?:вы вошли как|signed in as|logged in as|you are signed in as)\s*:?\s+\S/iu;
/** A portal's trailing line: attachments, a repost or comments counter, related announcements, app links. */
const TRAILING_LINE =
  /^(?:прикрепл[её]нные файлы|вложения|attachments?|attached files|объявления по теме|related (?:announcements|notices)|мобильное приложение|get the (?:\p{L}+ )?app|download (?:our|the) app)(?![\p{L}])|^\d[\d\s]*\s*·\s*💬/iu;
/** How many filled lines from the top the signed-in line may stand at. */
const MAX_LINES_TO_SIGNED_IN = 4;
/** How many filled lines under the signed-in line the announcement's heading may stand at. */
const MAX_LINES_TO_HEADING = 20;

/** What a portal's announcement gives: its lines from its heading on without the trailing furniture, and the organisation's name. */
export interface PortalPost {
  lines: string[];
  organisation: string | null;
}

/** Reads a portal's announcement (see the module's note); `null` unless a signed-in line near the top is followed by a heading. */
export function readPortalPost(lines: readonly string[]): PortalPost | null {
  const filled = filledLines(lines, MAX_LINES_TO_SIGNED_IN + MAX_LINES_TO_HEADING + 1);
  // (A cheap test first: the signed-in line's opening word.)
  const k = filled.slice(0, MAX_LINES_TO_SIGNED_IN).findIndex((entry) => /^(?:вы |signed|logged|you )/iu.test(entry.text) && SIGNED_IN.test(entry.text));
  if (k < 0) return null;
  const heading = filled.slice(k + 1, k + 1 + MAX_LINES_TO_HEADING).find((entry) => /^#{1,6}\s/u.test(entry.text));
  if (!heading) return null;
  const above = filled[k - 1]?.text.replace(/\*\*/gu, "").trim() ?? "";
  const organisation = above !== "" && !/[·|]/u.test(above) ? above : null;
  // (A trailing line may open with its pictograph or a quote mark: "📎 Прикреплённые файлы: …", "> 👁 2 431 · 💬 …".)
  return { lines: lines.slice(heading.i).filter((line) => !TRAILING_LINE.test(line.trim().replace(/^[^\p{L}\p{N}]+/u, ""))), organisation };
}
