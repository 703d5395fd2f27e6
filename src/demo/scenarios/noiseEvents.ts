/**
 * Deployments of other devices over the last 29 days (the report keeps 30), so autopilotEvents really pages: mostly
 * successes, some failures. Their devices are no longer registered (reset or retired), as in a real tenant's report.
 */

import { daysBefore, minutesAfter, minutesBefore } from '../clock';
import { seededRandom } from '../seededRandom';
import type { DemoEventFixture } from './buildDevice';
import { APP_NOT_DETECTED, WINDOWS } from './catalog';
import { deviceName, profileName } from './deploymentProfiles';
import { autopilotEvent, policyStatusDetail } from './reportRecords';

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const NOISE_SERIAL_COUNT = 40;

/** No noise serial contains a scenario serial or is contained in one, so a lookup by serial finds one device. */
export function noiseEvents(t0: Date, scenarioSerials: readonly string[]): DemoEventFixture[] {
    const random = seededRandom(0x5eed_a11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const characters = (count: number, alphabet: string): string =>
        Array.from({ length: count }, () => pick(alphabet.split(''))).join('');
    const clashes = (serial: string): boolean =>
        scenarioSerials.some(known => known.includes(serial) || serial.includes(known));

    const serials: string[] = [];
    while (serials.length < NOISE_SERIAL_COUNT) {
        const family = pick(['hp', 'lenovo', 'surface'] as const);
        const serial =
            family === 'hp'
                ? `5CD${characters(7, ALPHANUMERIC)}`
                : family === 'lenovo'
                  ? `PF${characters(6, ALPHANUMERIC)}`
                  : characters(12, '0123456789');
        if (!clashes(serial) && !serials.includes(serial)) {
            serials.push(serial);
        }
    }

    const fixtures: DemoEventFixture[] = [];
    serials.forEach((serial, serialIndex) => {
        const attempts = 2 + Math.floor(random() * 3);
        for (let attempt = 0; attempt < attempts; attempt++) {
            const start = daysBefore(t0, 1 + random() * 28);
            const preparationMinutes = 3 + Math.floor(random() * 6);
            const deviceSetupMinutes = 15 + Math.floor(random() * 45);
            const roll = random();
            const failed = roll < 0.18;
            const timedOut = !failed && roll < 0.25;
            const whiteGlove = serialIndex % 4 !== 0;
            const end = minutesAfter(start, preparationMinutes + deviceSetupMinutes);
            const osVersion = pick([WINDOWS.win11_24H2, WINDOWS.win11_23H2, WINDOWS.win11_24H2_previous, WINDOWS.win10_22H2]);
            const deviceSetup = failed ? 'failure' : timedOut ? 'successWithTimeout' : 'success';
            const key = `noise:${serial}:${attempt}`;
            const event = autopilotEvent({
                key,
                serial,
                deviceName: deviceName(serial),
                upn: whiteGlove ? undefined : `user${serialIndex}@contoso.com`,
                enrollmentType: whiteGlove ? 'azureADJoinedWithWhiteGlove' : 'azureADJoinedWithAutopilotProfile',
                profileName: profileName(whiteGlove ? 'preProvisioning' : 'userDriven'),
                enrollmentState: 'enrolled',
                deploymentState: deviceSetup,
                deviceSetupStatus: deviceSetup,
                accountSetupStatus: whiteGlove ? 'notAttempted' : failed ? 'notAttempted' : 'success',
                osVersion,
                start,
                preparationMinutes,
                deviceSetupMinutes,
                accountSetupMinutes: whiteGlove || failed ? 0 : 8 + Math.floor(random() * 10),
                end,
                lastUpdate: end,
                registeredAt: daysBefore(start, 2)
            });
            const reported = minutesBefore(end, 2);
            fixtures.push({
                event,
                policyStatusDetails: [
                    failed
                        ? policyStatusDetail(`${key}:app`, 'lob', 'error', reported, APP_NOT_DETECTED)
                        : policyStatusDetail(`${key}:app`, 'm365', 'installed', reported),
                    policyStatusDetail(`${key}:bitlocker`, 'bitlocker', 'compliant', reported)
                ]
            });
        }
    });
    return fixtures;
}
