/**
 * Breaks a label into lines of at most `maxEm` ems for SVG, where text never wraps by itself. Lines break between
 * words as Intl.Segmenter finds them (Japanese words too: ウェブサイト stays whole), never before closing
 * punctuation (禁則); only a word longer than a whole line is cut between characters.
 */
const NO_LINE_START = /^[、。，．・：；？！）」』】〕ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)\]:;!?]/;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

function charWidth(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
    ? 1
    : 0.56;
}
const widthOf = (text: string) => [...text].reduce((w, ch) => w + charWidth(ch), 0);

export function wrapText(text: string, maxEm: number, maxLines = 3): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const { segment } of segmenter.segment(text)) {
    if (!segment.trim()) {
      if (line) line += segment;
      continue;
    }
    if (line.trim() && widthOf(line) + widthOf(segment) > maxEm && !NO_LINE_START.test(segment)) flush();
    if (!line.trim() && widthOf(segment) > maxEm) {
      // One word wider than the line: cut it between characters, the last piece starting the next line.
      let piece = '';
      for (const ch of segment) {
        if (piece && widthOf(piece) + charWidth(ch) > maxEm) {
          lines.push(piece);
          piece = '';
        }
        piece += ch;
      }
      line = piece;
      continue;
    }
    line += segment;
  }
  flush();
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`;
    return kept.join('\n');
  }
  return lines.join('\n');
}
