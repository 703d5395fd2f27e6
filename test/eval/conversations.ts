/**
 * Tuning conversations, scored like the held-out set (through the real Application, on what the technician
 * sees). Written next to the knowledge base, so they only show the failure classes of issue 9 stay fixed;
 * the held-out set says how the bot does on questions nobody here wrote.
 */
import type { EvalItem } from './heldoutSet';

export const conversations: EvalItem[] = [
    // A device named anywhere in a sentence goes to Intune.
    { id: 't-s1', kind: 'status', text: 'how is HX-77821 doing', serial: 'HX-77821' },
    { id: 't-s2', kind: 'status', text: 'is ABC-00917 stuck?', serial: 'ABC-00917' },
    { id: 't-s3', kind: 'status', text: 'any news on 5CG3291LQX', serial: '5CG3291LQX' },
    { id: 't-s4', kind: 'status', text: 'can you check PW0B7K3M for me', serial: 'PW0B7K3M' },
    // Facets choose the answer.
    { id: 't-a1', kind: 'answer', text: 'which ESP phases run for the end user, not at the bench', mustMention: [['account setup']] },
    { id: 't-a2', kind: 'answer', text: 'how do i show the esp details on w11', mustMention: [['∨', 'chevron']] },
    { id: 't-a3', kind: 'answer', text: 'dots keep spinning on identifying', mustMention: [['identifying']] },
    { id: 't-a4', kind: 'answer', text: 'the demo app fails with 0x87D1041C during device setup', mustMention: [['0x87D1041C']] },
    // Follow-ups keep the topic.
    { id: 't-f1', kind: 'followup', turns: ['how do i show details on the esp on windows 10', 'and on w11?'], mustMention: [['Windows 11']] },
    { id: 't-f2', kind: 'followup', turns: ['which esp phases run in the technician flow', 'what about for the end user?'], mustMention: [['account setup']] },
    // Out of scope: declined once.
    { id: 't-o1', kind: 'decline', text: "what's the weather tomorrow" },
    { id: 't-o2', kind: 'decline', text: 'tell me a joke' },
    { id: 't-o3', kind: 'decline', text: 'my outlook keeps crashing' },
    { id: 't-o4', kind: 'decline', text: 'what is the capital of france' }
];
