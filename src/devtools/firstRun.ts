/**
 * What `npm start` prints in local mode for someone who has just cloned the repository: where to chat with the bot
 * and what to type first. Plain text on stdout, beside the JSON log lines, only when the playground runs.
 */

/** Tried on a fresh clone against the demo tenant (see test/ops/firstRun.test.ts): each gets a real answer. */
export const FIRST_MESSAGES = ['help', 'step 8', 'status PF3XYZ12', 'watch PF3XYZ12', 'checklist for PF3XYZ12', '0x80180014'] as const;

export function firstRunBanner(chatUrl: string, botUrl: string): string {
    return [
        '',
        '  Autopilot Technician bot is running in local mode: no Teams sign-in, a demo Intune tenant, state in DATA_DIR.',
        '',
        `  Chat with it:  open ${chatUrl} in a browser (Microsoft 365 Agents Playground)`,
        `  Type first:    ${FIRST_MESSAGES[0]}`,
        `  Then try:      ${FIRST_MESSAGES.slice(1).join('  ·  ')}`,
        '',
        `  Bot endpoint:  ${botUrl}/api/messages`,
        `  Operations:    ${botUrl}/healthz  /readyz  /metrics`,
        '  Stop with Ctrl+C. Deploying to Teams: README, "Deploy to Azure".',
        '',
        ''
    ].join('\n');
}
