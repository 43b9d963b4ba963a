// The two content encodings browsers accept, at their maximum settings (what a CDN precompresses).
import zlib from 'node:zlib';

export const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 });

export const brotli = (buffer) =>
  zlib.brotliCompressSync(buffer, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  });
