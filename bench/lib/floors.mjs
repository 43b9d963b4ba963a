// The Lit floor (bench/floors/lit-banner.js), bundled the way dist/cookie-policy.js is: Lit's
// production build inlined, a classic script, terser with the same settings. Built into
// bench/results/floors/ when missing or older than its source, so every bench script serves it.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { root } from './tools.mjs';

const input = path.join(root, 'bench/floors/lit-banner.js');
export const litFloorFile = path.join(root, 'bench/results/floors/lit-banner.js');

/** Builds the Lit floor if needed; resolves to its file. */
export async function buildLitFloor() {
  if (existsSync(litFloorFile) && statSync(litFloorFile).mtimeMs >= statSync(input).mtimeMs) return litFloorFile;
  const bundle = await rollup({
    input,
    plugins: [resolve({ exportConditions: ['production'] }), terser({ ecma: 2022, compress: { passes: 3 }, format: { comments: false } })],
  });
  try {
    await bundle.write({ file: litFloorFile, format: 'iife' });
  } finally {
    await bundle.close();
  }
  return litFloorFile;
}
