// Splits a message's text at the urgent findings' offsets, for highlighting.
//
// A finding's start and end are UTF-16 code units into the message text as it was sent, end
// exclusive (the service's RedFlagFinding): the unit of JavaScript's string indices, so
// text.slice(start, end) is the evidence as is, emoji and accents included. Spans that overlap
// are merged into one highlight that names every finding in it; spans outside the text are
// clipped, and empty ones dropped.

/**
 * @param {string} text the message text
 * @param {{start: number, end: number, index: number}[]} spans the findings of this message;
 *     index is the finding's position in the result's findings list
 * @returns {{text: string, findings: number[]}[]} the text in order, each piece with the indices
 *     of the findings it highlights (empty for plain text); joined, the pieces are the text
 */
export function segments(text, spans) {
  const clipped = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
      index: s.index,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged = [];
  for (const s of clipped) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.findings.push(s.index);
    } else {
      merged.push({start: s.start, end: s.end, findings: [s.index]});
    }
  }

  const pieces = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) {
      pieces.push({text: text.slice(at, m.start), findings: []});
    }
    pieces.push({text: text.slice(m.start, m.end), findings: m.findings});
    at = m.end;
  }
  if (at < text.length || pieces.length === 0) {
    pieces.push({text: text.slice(at), findings: []});
  }
  return pieces;
}
