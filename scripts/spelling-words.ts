/**
 * `npm run spelling:words`: writes src/knowledge/spellingEnglishWords.json, the English words one slip from a word our
 * knowledge uses (so the corrector never reads "bread" as "read"). Of a 275,000-word list only these matter, and the bot
 * ships them instead of the whole list (3.4 MB, half a second to load). Run it after changing the knowledge; a unit
 * test says when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ourWords } from '../src/knowledge/botUnderstanding';
import { englishWordsToKeep } from '../src/knowledge/spelling';

export const SPELLING_WORDS_FILE = path.join(__dirname, '..', 'src', 'knowledge', 'spellingEnglishWords.json');

export function currentSpellingWords(): string[] {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const english = require('an-array-of-english-words') as string[];
    return englishWordsToKeep(ourWords(), english);
}

if (require.main === module) {
    const words = currentSpellingWords();
    fs.writeFileSync(SPELLING_WORDS_FILE, `[\n${words.map((word) => JSON.stringify(word)).join(',\n')}\n]\n`);
    console.log(`${SPELLING_WORDS_FILE}: ${words.length} English words one slip from ours`);
}
