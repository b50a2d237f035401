import { describe, expect, it } from 'vitest';
import { highlight } from '../../../../components/demos/shared/highlight';

describe('highlight', () => {
  it('keeps the code text intact', () => {
    const code = "import torch\nopt = torch.optim.Adam(ps, lr=0.01)  # comment\ns = 'x'";
    expect(highlight(code, 'python').map((t) => t.text).join('')).toBe(code);
  });

  it.each([
    ['python', 'import torch', 'import', 'keyword'],
    ['python', 'x = 1e-3', '1e-3', 'number'],
    ['python', '# a note', '# a note', 'comment'],
    ['javascript', "const s = 'adam';", "'adam'", 'string'],
    ['javascript', '// tfjs note', '// tfjs note', 'comment'],
    ['javascript', 'await run()', 'await', 'keyword'],
  ] as const)('marks %s token in "%s" as %s', (language, code, text, kind) => {
    expect(highlight(code, language)).toContainEqual({ text, kind });
  });
});
