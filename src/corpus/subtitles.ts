/**
 * A subtitle file of a broadcast (SubRip `.srt`, WebVTT): numbered cues, each a timing line ("00:00:15,700 --> 00:00:20,100")
 * and one or two lines of text cut at the screen's width, with sound cues ("[SIRENS]"), on-screen captions ("CAPTION: TOM
 * ASKE, 42" / "Plumber, Dunmere") and formatting tags (`<font color=…>`, `<i>`). The numbers, timings and tags are the file's,
 * not the words; a sentence runs over several cues. The text is read back into paragraphs: one per speaker's turn (a new one
 * opens at a speaker's label, "DANIEL OKORO: …"), a caption as a line of its own ("TOM ASKE, 42, Plumber, Dunmere"), an
 * on-screen card in capitals and the credits line by line.
 */

/** A cue's timing line ("00:00:15,700 --> 00:00:20,100", WebVTT's "00:15.700 --> 00:20.100 align:start"). */
const TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}(?:\s.*)?$/u;
/** A cue's number alone on its line. */
const CUE_NUMBER = /^\d{1,5}$/u;
/** Fewest cues that make a subtitle file. */
const MIN_CUES = 3;
/** A formatting tag (`<font color="#FFFF00">`, `</i>`, `<c.yellow>`) or an SSA override (`{\an8}`). */
const TAG = /<\/?[a-z][^<>]*>|\{\\[^{}]*\}/giu;
/** A sound or music cue alone ("[THEME MUSIC]", "(APPLAUSE)", «[ШУМ ТОЛПЫ]», "♪ ♪"). */
const SOUND_CUE = /^(?:\[[^\]]{1,80}\]|\((?:[^()a-zа-яё]{1,80})\)|[♪♫\s]+)$/u;
/** An on-screen caption's label; the name and its description follow ("CAPTION: DANIEL OKORO", «ТИТР: …»). */
const CAPTION_LABEL = /^(?:caption|super|lower third|name super|титр|подпись)\s*:\s*/iu;
/** A speaker's label opening a turn ("HELEN MARSH: …", «КОРРЕСПОНДЕНТ: …», "(ON PA) …", "- …"). */
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{Lu}.'’ -]{1,40}:\s|\([^()]{1,30}\)\s|[-–—]\s)/u;
/** A credit line (its copyright, the captioner): "© VTV South 2037", "Subtitles by ClearLine Access Services". */
const CREDIT = /^(?:©|\(c\)\s)|^(?:subtitles|captions|captioning|субтитры)(?:\s+(?:by|provided by|подготовил\p{L}*)|\s*:)/iu;

/** A cue's text lines, without tags and blank edges. */
function cueText(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(TAG, "").trim()).filter((line) => line !== "");
}

/** Whether a line stands on its own (an on-screen card in capitals, a credit): no lower-case letter, or a credit's. */
function standsAlone(line: string): boolean {
  return CREDIT.test(line) || (/\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !SPEAKER_LABEL.test(line));
}

/**
 * The text of a subtitle file (`MIN_CUES` cues or more, each a timing line under an optional number, see `TIMING`) as
 * paragraphs (see the module's comment); null when the lines are no such file. Pure.
 */
export function readSubtitles(lines: readonly string[]): string[] | null {
  const timings = lines.flatMap((line, i) => (TIMING.test(line.trim()) ? [i] : []));
  if (timings.length < MIN_CUES) return null;
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push(paragraph.join(" "), "");
    paragraph = [];
  };
  for (const [k, at] of timings.entries()) {
    const next = timings[k + 1] ?? lines.length;
    // (The next cue's number closes this cue's text.)
    const block = lines.slice(at + 1, next).map((line) => line.trim());
    while (block.length > 0 && (block.at(-1) === "" || CUE_NUMBER.test(block.at(-1) ?? ""))) block.pop();
    const text = cueText(block);
    if (text.length === 0 || text.every((line) => SOUND_CUE.test(line))) {
      flush();
      continue;
    }
    const first = text[0] ?? "";
    if (CAPTION_LABEL.test(first)) {
      flush();
      out.push([first.replace(CAPTION_LABEL, ""), ...text.slice(1)].join(", "), "");
      continue;
    }
    for (const line of text) {
      if (SOUND_CUE.test(line)) continue;
      if (standsAlone(line)) {
        flush();
        out.push(line, "");
        continue;
      }
      if (SPEAKER_LABEL.test(line)) flush();
      paragraph.push(line);
    }
  }
  flush();
  return out;
}
