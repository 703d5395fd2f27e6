import { getEntry } from '../../src/knowledge';
import { answerTypesGiven, givesAsked, rankByAnswerType, readAnswerAsk } from '../../src/knowledge/answerType';
import { understanding } from '../support/knowledge';

const entry = (id: string) => getEntry(id)!;
const appAnswers = (text: string, id: string) => expect(understanding.understand(text)).toEqual({ kind: 'answer', entryId: id });

describe('answer type: the kind of fact a question asks for', () => {
    it('reads a URL, a count of something, a command line or an update from how the question asks', () => {
        expect(readAnswerAsk('the hostnames for the allow list, the one that gives the profile').types).toEqual(['url']);
        expect(readAnswerAsk('the diagnostics upload, which URL').types).toEqual(['url']);
        expect(readAnswerAsk('max how many blocking apps').types).toEqual(['number']);
        expect(readAnswerAsk('max how many blocking apps').counted).toEqual(expect.arrayContaining(['blocking', 'app']));
        expect(readAnswerAsk('how do I shut it down from the OOBE command prompt').types).toEqual(['command']);
        expect(readAnswerAsk('whats the command to collect logs').types).toEqual(['command']);
        expect(readAnswerAsk('which KB fixes it').types).toEqual(['update']);
        expect(readAnswerAsk('what update do I need for the rename reboot').types).toEqual(['update']);
    });

    it('reads where to look on the device as asking for a log; where to look in the admin center is no log', () => {
        expect(readAnswerAsk('the app line has not moved for an hour, where should we look').types).toEqual(['log']);
        expect(readAnswerAsk('which logz show why the win32 app hangs').types).toEqual([]);
        expect(readAnswerAsk('which log shows why the win32 app hangs').types).toEqual(['log']);
        expect(readAnswerAsk('where do i look in intune for the profile status').types).toEqual([]);
        expect(answerTypesGiven(entry('logs-ime'))).toContain('log');
    });

    it('reads where in the admin center a thing is configured as asking for a path; where to look on the device is no path', () => {
        expect(readAnswerAsk('where do we assign the user to the device').types).toEqual(['path']);
        expect(readAnswerAsk('where can i turn that on').types).toEqual(['path']);
        expect(readAnswerAsk('where in intune is the esp timeout').types).toEqual(['path']);
        expect(readAnswerAsk('where do i look when the esp hangs').types).toEqual(['log']);
        expect(readAnswerAsk('where does the qr code show').types).toEqual([]);
        expect(answerTypesGiven(entry('step-7'))).toContain('path');
        expect(answerTypesGiven(entry('overview-no-assigned-user'))).not.toContain('path');
    });

    it('reads a wait asked for ("how long after", "how soon") as asking for a time span; "how long does it take" is not', () => {
        expect(readAnswerAsk('how long after reseal can she sign in').types).toEqual(['duration']);
        expect(readAnswerAsk('how soon can the user log on').types).toEqual(['duration']);
        // The honest answer to how long something takes may be "it varies": no card with a number is preferred.
        expect(readAnswerAsk('how long does it take for the profile to be assigned').types).toEqual([]);
        expect(answerTypesGiven(entry('userflow-wait-90-minutes'))).toContain('duration');
    });

    it('a question that asks for none of them, or a limit without what it counts, asks for no type', () => {
        expect(readAnswerAsk('stuck at securing your hardware').types).toEqual([]);
        expect(readAnswerAsk('is there any limit?').types).toEqual([]);
        // Minutes are a span of time, not a count.
        expect(readAnswerAsk('how many minutes does the esp wait').types).toEqual(['duration']);
        expect(readAnswerAsk('which domain join setting for hybrid').types).toEqual([]);
        expect(readAnswerAsk('the user sees limit device use').types).toEqual([]);
    });

    it('an entry gives a type when its shown text holds one: a host, a counted number, a command line, a KB', () => {
        expect(answerTypesGiven(entry('req-network-endpoints'))).toContain('url');
        expect(answerTypesGiven(entry('tip-shift-f10'))).toContain('command');
        expect(answerTypesGiven(entry('error-0x81039023'))).toContain('update');
        expect(answerTypesGiven(entry('esp-block-device-use'))).not.toContain('url');
        expect(givesAsked(entry('esp-blocking-apps'), readAnswerAsk('max how many blocking apps'))).toBe(true);
        expect(givesAsked(entry('req-csv-limits'), readAnswerAsk('how many devices can I import in one csv'))).toBe(true);
        // "Microsoft 365 Apps" is a name, not a count of apps.
        expect(givesAsked(entry('esp-tracked-apps'), readAnswerAsk('how many apps can the esp track'))).toBe(false);
    });

    it('reorders only close candidates; a weak one that gives the type stays behind', () => {
        const ask = readAnswerAsk('which url');
        const close = [{ id: 'esp-block-device-use', score: 100 }, { id: 'req-network-endpoints', score: 80 }];
        expect(rankByAnswerType(ask, close, (c) => entry(c.id)).map((c) => c.id)).toEqual(['req-network-endpoints', 'esp-block-device-use']);
        const far = [{ id: 'esp-block-device-use', score: 100 }, { id: 'req-network-endpoints', score: 30 }];
        expect(rankByAnswerType(ask, far, (c) => entry(c.id)).map((c) => c.id)).toEqual(['esp-block-device-use', 'req-network-endpoints']);
        expect(rankByAnswerType(readAnswerAsk('why'), close, (c) => entry(c.id))).toEqual(close);
    });
});

describe('answer type in the understanding: the entry that holds the fact asked for wins among close ones', () => {
    it('a URL asked for gets the entry with the URL', () => {
        appAnswers('the hostnames for the allow list, the one that gives the profile', 'req-network-endpoints');
        appAnswers('the diagnostics upload, which URL', 'logs-auto-upload');
        appAnswers('which url does the tpm attestation use for intel', 'req-tpm-endpoints');
    });

    it('a count asked for gets the entry that counts that thing', () => {
        appAnswers('how many devices can I import in one csv', 'req-csv-limits');
        appAnswers('max how many blocking apps can I pick', 'esp-blocking-apps');
    });

    it('a command or an update asked for gets the entry that shows it', () => {
        appAnswers('how do i reboot from shift f10', 'tip-shift-f10');
        appAnswers('which KB fixes the win10 tpm attestation issue', 'error-0x81039023');
    });

    it('where to configure something gets the card with the admin-center path', () => {
        appAnswers('where do we assign the end user to the autopilot device', 'step-7');
        appAnswers('where do i upload the hardware hash csv in intune', 'admin-import-hash-csv');
    });

    it('a wait asked for gets the card that gives the time', () => {
        appAnswers('how long after reseal before the employee can log on', 'userflow-wait-90-minutes');
    });

    it('the same subjects without an answer type keep their answers', () => {
        appAnswers('block device use until all apps and profiles are installed', 'esp-block-device-use');
        appAnswers('how do I shut it down', 'flow-after-reseal');
        appAnswers('import the hash csv', 'admin-import-hash-csv');
    });
});
