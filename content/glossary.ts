// The glossary: every technical term the lessons use, with a short definition and the lesson section
// that explains it. The glossary page (src/routes/glossary) lists them; a lesson links the first use of
// each term to its entry, and tests/unit/content/glossary.test.ts checks that it does
// (`forms` are the words that count as a use of the term, matched whole and case-insensitively).
// The entries are in the order the course first uses them, in two files by part of the course.
import { featureTerms } from './glossary-features';
import { learningTerms } from './glossary-learning';

export interface GlossaryEntry {
	/** Anchor on the glossary page: /glossary#<id>. */
	id: string;
	term: string;
	/** Written forms that count as a use of the term in a lesson (singular, plural, other names). */
	forms: string[];
	definition: string;
	/** The lesson (file name without .md) and section (heading id) that explain it. */
	lesson: string;
	section: string;
}

export const glossary: GlossaryEntry[] = [...featureTerms, ...learningTerms];
