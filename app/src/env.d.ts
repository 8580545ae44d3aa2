/** The package version, written in by scripts/build-app.ts (esbuild `define`). */
declare const __SDG_ALIGN_VERSION__: string;
