/** Knowledge eval: resolves every labelled question, prints the misses and the accuracy; fails below 95%. */
import { questions } from './questions';
import { resolveQuestion } from './resolve';

const PASS_MARK = 0.95;

let correct = 0;
for (const { text, expect } of questions) {
    const got = resolveQuestion(text);
    if (got === expect) {
        correct++;
    } else {
        console.log(`miss: "${text}" expected ${expect}, got ${got}`);
    }
}
const accuracy = correct / questions.length;
console.log(`accuracy: ${(accuracy * 100).toFixed(1)}% (${correct}/${questions.length})`);
process.exitCode = accuracy >= PASS_MARK ? 0 : 1;
