// Loaded by `npm run bench` into the processes it times (NODE_OPTIONS=--import=…): when
// BENCH_RSS_DIR is set, each Node process writes its peak resident memory there as it exits, so
// that the bench can report the peak of a command it runs as a user would (`npm run ask`).
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.BENCH_RSS_DIR;
if (dir) {
  process.on("exit", () => {
    try {
      const report = { pid: process.pid, argv: process.argv.slice(1), maxRssKb: process.resourceUsage().maxRSS };
      writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(report));
    } catch {
      // A probe must never change how the measured command ends.
    }
  });
}
