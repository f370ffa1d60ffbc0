/**
 * A RangeError or TypeError thrown from inside medad (a bug, e.g. a stack overflow on a huge
 * input) is an internal error, exit 3, saying so, and never pointing the user at --help; only
 * validation of the user's own options is a usage error.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/index.js')>();
  return {
    ...original,
    createChecker: (...args: Parameters<typeof original.createChecker>) => {
      const checker = original.createChecker(...args);
      return {
        ...checker,
        check: (text: string, opts: Parameters<typeof checker.check>[1]) => {
          if (text.includes('overflow')) throw new RangeError('Maximum call stack size exceeded');
          if (text.includes('typeerror')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
          return checker.check(text, opts);
        },
      };
    },
  };
});

const { runCli } = await import('./helpers/cli.js');

describe('internal errors', () => {
  for (const trigger of ['overflow', 'typeerror']) {
    it(`a ${trigger} from the core exits 3 as an internal error, without pointing at --help`, async () => {
      const r = await runCli(['check', '--jurisdiction', 'PL'], `Najlepsza klinika ${trigger}`);
      expect(r.code).toBe(3);
      expect(r.err).toMatch(/^medad: internal error: (RangeError|TypeError)/);
      expect(r.err).toContain('This is a bug in medad');
      expect(r.err).not.toContain('--help');
    });
  }

  it('the same CLI still reports user mistakes as usage errors (exit 2, with --help)', async () => {
    const r = await runCli(['check', '--product', 'toaster'], 'Najlepsza klinika');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Run "medad --help"');
  });
});
