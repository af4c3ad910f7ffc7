// Entry of the staleness worker thread (see staleness-worker.ts). On Node 20 a worker thread does
// not inherit the TypeScript loader the main thread was started with (`--import tsx`), so it
// registers tsx itself before loading the TypeScript module.
import { register } from "tsx/esm/api";

register();
await import("./staleness-worker.ts");
