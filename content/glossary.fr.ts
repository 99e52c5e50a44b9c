// The glossary in French: for each entry of glossary.ts (same ids, same lessons), the French term,
// the written forms that count as a use of it in a French lesson, its definition, and the section of
// the French lesson that explains it (the same part as in English, under its French heading).
import type { GlossaryEntry } from './glossary';
import { featureTermsFr } from './glossary-features.fr';
import { learningTermsFr } from './glossary-learning.fr';

export type FrenchGlossaryEntry = Pick<GlossaryEntry, 'term' | 'forms' | 'definition' | 'section'>;

export const frenchGlossary: Record<string, FrenchGlossaryEntry> = {
	...featureTermsFr,
	...learningTermsFr
};
