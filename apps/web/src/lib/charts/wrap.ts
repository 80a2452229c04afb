/**
 * Breaks a label into lines of at most `maxEm` ems for SVG, where text never wraps by itself. Japanese has no
 * spaces, so it may break between any two characters, except before closing punctuation (禁則); Latin text
 * breaks at spaces.
 */
const NO_LINE_START = /[、。，．・：；？！）」』】〕ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)\]:;!?]/;

function charWidth(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
    ? 1
    : 0.56;
}

export function wrapText(text: string, maxEm: number, maxLines = 3): string {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let lastSpace = -1;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > maxEm && line.length > 0 && !NO_LINE_START.test(ch)) {
      if (w < 1 && lastSpace > 0) {
        lines.push(line.slice(0, lastSpace));
        line = line.slice(lastSpace + 1);
      } else {
        lines.push(line);
        line = '';
      }
      width = [...line].reduce((s, c) => s + charWidth(c), 0);
      lastSpace = -1;
    }
    if (ch === ' ') lastSpace = line.length;
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`;
    return kept.join('\n');
  }
  return lines.join('\n');
}
