import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build-index.ts";
import type { Embedder } from "../../src/embedding/embedder.ts";
import { CALIBRATION_PERCENTILE, offTopicProbes, percentile } from "../../src/index/calibration.ts";
import { readIndex } from "../../src/index/store.ts";
import { buildSeededIndex, type SeededIndex } from "../helpers/seeded-index.ts";
import { loadTinyEmbedder } from "../helpers/tiny-model.ts";

let embedder: Embedder;
let seeded: SeededIndex;

beforeAll(async () => {
  embedder = await loadTinyEmbedder();
  seeded = await buildSeededIndex(embedder);
});
afterAll(async () => {
  await seeded?.cleanup();
});

describe("calibration of vector evidence to the configured model", () => {
  it("ships at least 100 off-topic probes in both languages", () => {
    const probes = offTopicProbes();
    expect(probes.length).toBeGreaterThanOrEqual(100);
    expect(probes.filter((p) => /\p{Script=Cyrillic}/u.test(p)).length).toBeGreaterThanOrEqual(40);
    expect(probes.filter((p) => /^[\p{Script=Latin}\p{N}\p{P}\s$£€]+$/u.test(p)).length).toBeGreaterThanOrEqual(40);
  });

  it("stores the probes' similarity distribution and its 99th percentile in a hybrid index's manifest", async () => {
    const { manifest } = await readIndex(seeded.indexDir, { model: embedder.modelId });
    const calibration = manifest.calibration;
    expect(calibration).not.toBeNull();
    expect(calibration?.probes).toBe(offTopicProbes().length);
    expect(calibration?.percentile).toBe(CALIBRATION_PERCENTILE);
    expect(calibration?.threshold).toBe(calibration?.distribution.p99);
    const d = calibration!.distribution;
    expect(d.p50).toBeLessThanOrEqual(d.p90);
    expect(d.p90).toBeLessThanOrEqual(d.p95);
    expect(d.p95).toBeLessThanOrEqual(d.p99);
    expect(d.p99).toBeLessThanOrEqual(d.max);
    expect(manifest.dtype).toBe("q8");
  });

  it("puts the off-topic probes below the threshold and on-topic paraphrases above it (tiny model)", async () => {
    // Short articles (sentences of the seeds), so that the tiny bag-of-words model's passages are
    // not diluted: it is a test model, not a language model.
    const root = await mkdtemp(join(tmpdir(), "calibration-"));
    try {
      const articles = [
        "The latter were detained in the Bryansk region several hours apart.",
        "According to the latest data from the Russian Investigative Committee, the death toll exceeded 115 people.",
        "В Дагестане объявили трехдневный траур – траурными днями будут 24, 25 и 26 июня.",
        "Пострадало 46 человек, среди которых есть как гражданские лица, так и работники правоохранительных органов.",
        "The Khabar 24 TV channel reports, referring to eyewitnesses, that the shootout in Alma-Ata lasted all night.",
        "The peacekeeping contingent of the CSTO countries in Kazakhstan does not participate in military operations.",
      ];
      await Promise.all(articles.map((text, i) => writeFile(join(root, `${i}.txt`), `${text}\n`, "utf8")));
      await buildIndex({ seedsDir: root, outDir: join(root, "index"), embedder });
      const data = await readIndex(join(root, "index"), { model: embedder.modelId });
      const threshold = data.manifest.calibration!.threshold;
      const best = async (question: string) => data.vectors!.search(await embedder.embedQuery(question), 1)[0]?.similarity ?? 0;
      const offTopic: number[] = [];
      for (const probe of offTopicProbes()) offTopic.push(await best(probe));
      expect(offTopic.filter((s) => s > threshold).length).toBeLessThanOrEqual(2);
      for (const paraphrase of [
        "were the latter detained in the Bryansk region",
        "the death toll exceeded 115 people, the Russian Investigative Committee said",
        "траур в Дагестане: траурными днями будут 24, 25 и 26 июня",
        "the shootout in Alma-Ata lasted all night, eyewitnesses said",
      ]) {
        expect(await best(paraphrase), paraphrase).toBeGreaterThan(threshold);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("takes percentiles by linear interpolation", () => {
    expect(percentile([0, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 100)).toBe(5);
    expect(percentile([], 99)).toBe(0);
  });

  it("leaves a lexical index without calibration", async () => {
    const lexical = await buildSeededIndex(null);
    try {
      expect((await readIndex(lexical.indexDir)).manifest.calibration).toBeNull();
    } finally {
      await lexical.cleanup();
    }
  });
});
