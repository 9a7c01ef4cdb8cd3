/**
 * Long terminal reports go through a pager the way git's do: `$CLAIMDIFF_PAGER` (as GIT_PAGER is to git), else
 * `$PAGER`, else `less` with `LESS=FRX` (quit when the text fits one screen, keep colours, leave the text on
 * screen). Never when standard output is not a terminal, with --no-pager, or when the pager named is empty or `cat`.
 */
import { spawn } from 'node:child_process';

/** Shows text in a pager; resolves to false when no pager could be started, so the caller writes it itself. */
export type Pager = (text: string) => Promise<boolean>;

/** The pager command the environment asks for, or undefined for none. */
export function pagerCommand(env: NodeJS.ProcessEnv): string | undefined {
  const command = env.CLAIMDIFF_PAGER ?? env.PAGER ?? 'less';
  return command.trim() === '' || command.trim() === 'cat' ? undefined : command;
}

/** Whether text is longer than the terminal's height (rows), so paging helps. */
export function needsPager(text: string, rows: number | undefined): boolean {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++lines >= (rows ?? 24)) return true;
  return false;
}

/** The pager of a real terminal: the command run by the shell, fed on its standard input. */
export function terminalPager(env: NodeJS.ProcessEnv): Pager {
  return (text) =>
    new Promise((resolve) => {
      const command = pagerCommand(env);
      if (command === undefined) return resolve(false);
      const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
      let started = true;
      child.on('error', () => {
        started = false;
        resolve(false);
      });
      // The reader quitting early (q in less) closes the pipe: not an error.
      child.stdin.on('error', () => undefined);
      child.on('close', (code) => resolve(started && code !== 127));
      child.stdin.end(text);
    });
}
