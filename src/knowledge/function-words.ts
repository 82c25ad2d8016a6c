// English function words (articles, pronouns, numbers, auxiliaries: the stopwords-en
// list): words that say nothing of what a text is about.
import englishStopWords from 'stopwords-en' with { type: 'json' };

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(englishStopWords as string[]);
