/** medad's version, from package.json at build time (bundled; no file read at run time). */
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
