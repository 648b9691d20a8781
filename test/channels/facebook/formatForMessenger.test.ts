import { describe, expect, it } from '@jest/globals';
import { convertMarkdown, splitText, truncateLabel } from '../../../src/channels/facebook/formatForMessenger.js';

describe('convertMarkdown', () => {
  it.each([
    ['Källa: [Medborgarlöften 2024–2027](https://kiruna.se/a)', 'Källa: Medborgarlöften 2024–2027: https://kiruna.se/a'],
    ['Se [https://polisen.se](https://polisen.se).', 'Se https://polisen.se.'],
    ['Se [polisen.se](https://polisen.se).', 'Se https://polisen.se.'],
    ['**Viktigt:** ring 112', 'Viktigt: ring 112'],
    ['Ingen länk här.', 'Ingen länk här.'],
  ])('%s → %s', (input, expected) => {
    expect(convertMarkdown(input)).toBe(expected);
  });
});

describe('truncateLabel', () => {
  it.each([
    ['Trafik', 20, 'Trafik'],
    ['Exactly twenty chars', 20, 'Exactly twenty chars'],
    ['Våld i nära relationer', 20, 'Våld i nära relatio…'],
    ['Narkotika i skolan 🐕 och mer', 20, 'Narkotika i skolan…'],
    ['Davvisámegiella ja eará', 19, 'Davvisámegiella ja…'],
  ])('%s (max %i) → %s', (label, max, expected) => {
    const result = truncateLabel(label, max);
    expect(result).toBe(expected);
    expect(Array.from(result).length).toBeLessThanOrEqual(max);
  });
});

describe('splitText', () => {
  const sentence = (i: number) => `Detta är mening nummer ${i} om medborgarlöftena i Kiruna och vad polisen gör.`;
  it('keeps a short text whole', () => {
    expect(splitText('Hej! Kort text.')).toEqual(['Hej! Kort text.']);
  });

  it('splits a long text into parts under 2,000 characters, each ending at a sentence boundary', () => {
    const text = Array.from({ length: 80 }, (_, i) => sentence(i)).join(' ');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2000);
      expect(part).toMatch(/\.$/);
      expect(part).toMatch(/^Detta är mening/);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('prefers paragraph breaks and keeps them', () => {
    const paragraph = Array.from({ length: 10 }, (_, i) => sentence(i)).join(' ');
    const text = [paragraph, paragraph, paragraph].join('\n\n');
    const parts = splitText(text);
    expect(parts.every((part) => part.length <= 2000)).toBe(true);
    expect(parts.join('\n\n')).toBe(text);
  });

  it('cuts a sentence without boundaries between words, and a giant word as a last resort', () => {
    const words = Array.from({ length: 600 }, () => 'ord').join(' ');
    expect(splitText(words).every((part) => part.length <= 2000 && !part.startsWith(' '))).toBe(true);
    const giant = 'x'.repeat(4500);
    expect(splitText(giant).map((part) => part.length)).toEqual([2000, 2000, 500]);
  });
});
