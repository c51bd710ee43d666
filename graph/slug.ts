// Stable ids and accent-insensitive keys for names.

const MARKS = /\p{M}/gu;
/** Lowercase, strip accents and punctuation: "Sprūds" → "sprunds", "U.K." → "uk". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\bu s\b/g, 'us')
    .replace(/\bu k\b/g, 'uk');
}

/** A kebab-case id: "José Manuel Albares" → "jose-manuel-albares". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldName(text).replace(/\s+/g, '-');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}
