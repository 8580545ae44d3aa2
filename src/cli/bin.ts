// The `sdg-align` executable: wires `process` to `main` and nothing else.
import { removeTempFiles } from '../node/temp-files.js';
import { main } from './main.js';

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

main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
);
