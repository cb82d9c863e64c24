/**
 * A plan as the inbox and search name it: its document number and a short title, so that two plans' "(一)…" can be
 * told apart — 苏府办〔2025〕77号 品质苏州…. The short title is the first quoted name in the title (“品质苏州”建设…), or
 * the title's first characters.
 */
export function planName(docNumber: string | null | undefined, title: string | null | undefined): string | null {
  if (!docNumber) return null;
  return title ? `${docNumber} ${shortTitle(title)}` : docNumber;
}

const SHORT = 8;

export function shortTitle(title: string): string {
  const quoted = /[“"「『]([^”"」』]{2,12})[”"」』]/.exec(title);
  if (quoted) return `${quoted[1]}…`;
  const plain = title.replace(/[《》〈〉]/g, '');
  return plain.length > SHORT ? `${plain.slice(0, SHORT)}…` : plain;
}
