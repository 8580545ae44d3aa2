// The `sdg-align` executable: wires `process` to `main` and nothing else.
import { removeTempFiles } from '../node/temp-files.js';
import { main } from './main.js';

// The commands that stream rows (score, gaps, check) keep a live heap of about 30 MB (the model
// and the word memos) whatever the file's size, but V8 lets the old generation grow to about four
// times the live size between two full collections when they are cheap, and a streaming run's
// promoted garbage (rows in flight) fills that room: 175-180 MB peak RSS on 100k rows. A growth of
// 30 % over the live size keeps the peak near 140 MB for a few more 15 ms collections. This
// process only (the library sets no flag); V8 reads the flag at each collection, so setting it
// once the module is loaded (node:v8 is not loaded for --help) is in time. An explicit
// --heap-growing-percent (command line or NODE_OPTIONS) wins.
const STREAMING = new Set(['score', 'gaps', 'check']);
const growthSet = /--heap-growing-percent/.test(`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`);
if (STREAMING.has(process.argv[2] ?? '') && !growthSet) void import('node:v8').then((v8) => v8.setFlagsFromString('--heap-growing-percent=30'));

// Write errors on stdout are reported by the command that writes (one line, exit 2); a reader that
// goes away (`sdg-align score big.csv | head`) ends the run quietly.
process.stdout.on('error', () => {});

// An interrupted run leaves no temporary file behind, and exits as shells expect (128 + signal).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    removeTempFiles();
    process.exit(code);
  });
}
process.on('exit', removeTempFiles);

/** Calls `then` once what was written to `stream` has been handed to the system (at once when it is closed or broken). */
const flushed = (stream: NodeJS.WriteStream, then: () => void): void => {
  if (stream.destroyed || stream.writableEnded) then();
  else stream.write('', () => then());
};

main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
    // The command has finished (its output file committed, its workers stopped): exit once stdout
    // and stderr are flushed rather than wait for Node to tear the heap down, which cost 2-12 ms of
    // a 220 ms one-text run (`explain`, `score -`; medians of 30 interleaved runs, two sets). The
    // 'exit' handler above still runs.
    flushed(process.stdout, () => flushed(process.stderr, () => process.exit(code)));
  },
);
