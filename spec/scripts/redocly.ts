// `tsx scripts/redocly.ts ARGS`: Redocly's CLI as the package scripts run it, without the Node.js
// 20 end-of-life banner it prints on every command (src/redocly.ts).
import { runRedocly } from '../src/redocly.js';

process.exitCode = await runRedocly(process.argv.slice(2));
