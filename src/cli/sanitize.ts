/**
 * Text from files (names and content) goes to a terminal: control characters could move the
 * cursor, recolour it, or start a fake line ("0 error(s)"). Everything printed in pretty output
 * and on stderr that came from an input passes through here.
 */

// C0 controls, DEL, C1 controls, line/paragraph separators and the bidirectional controls that can reorder a line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** For one line of content: a tab becomes a space, any other control character one visible U+FFFD (so columns stay put). */
export function sanitizeLine(s: string): string {
  return s.replace(/\t/g, ' ').replace(CONTROL, '\uFFFD');
}

/** For a message that quotes the text: line breaks become spaces, so it stays one line. */
export function sanitizeText(s: string): string {
  return sanitizeLine(s.replace(/\r?\n/g, ' '));
}

/** For a file name: control characters as visible escapes (`\x1b`), so two names never look alike. */
export function sanitizeName(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
