/**
 * A post's headline set in capitals over a posting line with no fields after its byline, the post's filing line standing right
 * under it instead ("MAYFLY \"BLIZZARD\" ON PENNOCK BRIDGE: CRASHES AND CHANGES TO HACKING" over "Posted on Thursday 5 June
 * 2036 by Claire Dunmore, Yard Manager" over "Information from Dalesmoor Police, Dalesmoor County Council and our own staff";
 * «СНЕГ С КРЫШИ СТАДИОНА РУХНУЛ НА ПАРКОВКУ» with «По данным МЧС и администрации города» under its posting line). The fields a
 * blog engine writes after the byline tell a post from a page of labelled sections (see `capitalsHeadlineClosed`); a filing line
 * under the posting line — the post's category or sources under a label (`isPostFilingField`), or its note of whom it asked
 * (`isSourcesNote`) — tells it as well: a section's label files nothing. The headline must still read as one
 * (`isCapitalsPostHeadline`) and the post close with its share row ("Share this: Facebook | X", «Поделиться: ВКонтакте ·
 * Telegram»), as a blog's post does. A plain posting line with the post's first words under it is not enough. Pure.
 */

import { isCapitalsPostHeadline } from "./layout-capitals-post-headline.ts";
import { isPostFilingField } from "./post-head-fields.ts";
import { isSourcesNote } from "./sources-note.ts";
import { isClosingShareRow } from "./post-share-row.ts";

/**
 * Whether a headline in capitals is the post's title when `underPosting` is the first filled line under its posting line and
 * `closingRow` closes its post (see the module's note).
 */
export function capitalsFiledPost(headline: string, underPosting: string, closingRow: string): boolean {
  return isCapitalsPostHeadline(headline) && (isPostFilingField(underPosting) || isSourcesNote(underPosting)) && isClosingShareRow(closingRow);
}
