import cliProgress from "cli-progress";
import type { ObtainEvents } from "../../src/embedding/obtain-embedder.ts";

/**
 * Download progress for a command line: a progress bar per file on a terminal, otherwise one line
 * at each tenth of each file (so logs stay short). Everything goes to `stream` (stderr by default,
 * so that `ask --json` keeps stdout clean).
 */
export function downloadProgress(stream: NodeJS.WriteStream = process.stderr): ObtainEvents {
  const say = (line: string) => void stream.write(`${line}\n`);
  let bar: cliProgress.SingleBar | null = null;
  let barFile = "";
  const lastTenth = new Map<string, number>();
  const finishBar = () => {
    bar?.stop();
    bar = null;
  };
  return {
    onDownloadStart(model, host) {
      say(`Downloading the embedding model "${model}" from ${host} (first use; it is kept in the models folder) …`);
    },
    onDownloadProgress(file, loaded, total) {
      if (stream.isTTY) {
        if (file !== barFile) {
          finishBar();
          barFile = file;
          bar = new cliProgress.SingleBar(
            { format: `  {file} [{bar}] {percentage}% of {size} MB`, stream, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.max(total, 1), 0, { file, size: (total / 1e6).toFixed(1) });
        }
        bar?.update(Math.min(loaded, Math.max(total, 1)));
        return;
      }
      const tenth = total > 0 ? Math.floor((loaded / total) * 10) : 0;
      if (lastTenth.get(file) === tenth) return;
      lastTenth.set(file, tenth);
      say(`  ${file}: ${tenth * 10}% of ${(total / 1e6).toFixed(1)} MB`);
    },
    onDownloaded(model, folder) {
      finishBar();
      say(`The embedding model "${model}" is in ${folder}.`);
    },
  };
}
