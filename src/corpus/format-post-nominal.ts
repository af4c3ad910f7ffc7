/**
 * A writer's credentials after the name in a byline ("By Dr. Nadia Ferris, DC", "By Tom Reyes, MD, FACP", «Автор: Ирина
 * Смирнова, PhD», «Текст: Олег Зуев, к. м. н.»): a clinic's, a vet's or a law office's blog signs its posts with the degree or the
 * licence of the one who wrote them. Those letters after the comma say what the writer is, not where the post appeared, so a
 * byline's reader must not take them for the outlet ("By Ann Lee, Reuters"). A part is credentials when each of its pieces
 * (apart by commas or "and") is a known post-nominal: a degree, a licence, a fellowship, an honour. Pure.
 */

/** Degrees, licences, fellowships and honours written after a name, without their dots and spaces, in capitals. */
const POST_NOMINALS = new Set([
  // Medicine and health.
  "MD", "DO", "DC", "DDS", "DMD", "DVM", "VMD", "BVSC", "MRCVS", "RN", "NP", "PA", "PAC", "DPT", "PT", "OT", "OTR", "LMT", "RMT",
  "CMT", "LAC", "DPM", "OD", "PHARMD", "RPH", "RD", "RDN", "MBBS", "MBCHB", "MRCP", "MRCGP", "FRCS", "FRCP", "FACP", "FACS",
  "CCSP", "DACBSP", "ATC", "CSCS", "IBCLC", "LCSW", "LPC", "LMFT", "PSYD", "MPH", "MSN", "BSN",
  // Other degrees and professions.
  "PHD", "DPHIL", "MA", "MSC", "MS", "BA", "BSC", "MBA", "LLB", "LLM", "JD", "ESQ", "CPA", "ACA", "FCA", "CFA", "PE", "CENG",
  "MICE", "RIBA", "FRICS", "MRICS", "EDD",
  // Honours.
  "MBE", "OBE", "CBE", "KC", "QC", "FRS",
  // Russian degrees: candidate and doctor of sciences («к. м. н.», «д. т. н.»), «канд. мед. наук».
  "КМН", "ДМН", "КТН", "ДТН", "КБН", "ДБН", "КХН", "ДХН", "КЭН", "ДЭН", "КЮН", "ДЮН", "КФН", "ДФН", "КПН", "ДПН", "КВН", "ДВН",
  "КАНДМЕДНАУК", "ДОКТМЕДНАУК", "КАНДТЕХННАУК", "КАНДБИОЛНАУК", "КАНДВЕТНАУК",
]);

/** Pieces of a credentials part: apart by commas, "and" or «и». */
const PIECE_SPLIT = /\s*,\s*|\s+(?:and|&|и)\s+/u;

/** Whether one piece is a known post-nominal ("DC", "Ph.D.", «к. м. н.»): its letters without dots, hyphens and spaces. */
function isPostNominalPiece(piece: string): boolean {
  const letters = piece.replace(/[.\s-]+/gu, "");
  return letters !== "" && letters.length <= 14 && POST_NOMINALS.has(letters.toUpperCase());
}

/** Whether `part` (what follows a byline's name after its comma) is only the writer's credentials (see the module's note). */
export function isPostNominal(part: string): boolean {
  const pieces = part.trim().replace(/[;,]+$/u, "").split(PIECE_SPLIT).filter((piece) => piece !== "");
  return pieces.length > 0 && pieces.every(isPostNominalPiece);
}
