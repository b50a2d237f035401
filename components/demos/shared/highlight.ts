/**
 * A tiny token highlighter for the code panels (Python and JavaScript): `highlight(code, 'python')` returns tokens
 * `{ text, kind }` with kind keyword | number | string | comment | plain. Pure; render each token as a <span>.
 */
export type TokenKind = 'keyword' | 'number' | 'string' | 'comment' | 'plain';
export interface Token {
  text: string;
  kind: TokenKind;
}
export type CodeLanguage = 'python' | 'javascript';

const KEYWORDS: Record<CodeLanguage, ReadonlySet<string>> = {
  python: new Set(['import', 'from', 'as', 'def', 'return', 'for', 'in', 'range', 'if', 'else', 'elif', 'with', 'lambda', 'None', 'True', 'False', 'and', 'or', 'not', 'while', 'class']),
  javascript: new Set(['import', 'from', 'as', 'const', 'let', 'var', 'function', 'return', 'for', 'of', 'in', 'if', 'else', 'new', 'await', 'async', 'true', 'false', 'null', 'undefined', 'while']),
};

const PATTERNS: Record<CodeLanguage, RegExp> = {
  python: /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\b\d+(?:\.\d+)?(?:e[-+]?\d+)?\b)|([A-Za-z_]\w*)/gi,
  javascript: /(\/\/[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|(\b\d+(?:\.\d+)?(?:e[-+]?\d+)?\b)|([A-Za-z_$][\w$]*)/gi,
};

export function highlight(code: string, language: CodeLanguage): Token[] {
  const tokens: Token[] = [];
  const push = (text: string, kind: TokenKind): void => {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.kind === kind && kind === 'plain') last.text += text;
    else if (text !== '') tokens.push({ text, kind });
  };
  let at = 0;
  for (const m of code.matchAll(PATTERNS[language])) {
    push(code.slice(at, m.index), 'plain');
    const [text, comment, str, num, word] = m;
    if (comment !== undefined) push(text, 'comment');
    else if (str !== undefined) push(text, 'string');
    else if (num !== undefined) push(text, 'number');
    else if (word !== undefined && KEYWORDS[language].has(word)) push(text, 'keyword');
    else push(text, 'plain');
    at = m.index + text.length;
  }
  push(code.slice(at), 'plain');
  return tokens;
}
