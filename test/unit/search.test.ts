import { allEntries, type KnowledgeEntry } from '../../src/knowledge';
import { createKnowledgeSearch, normalizeText } from '../../src/knowledge/search';
import { knowledgeSearch } from '../support/knowledge';

const top = (query: string) => knowledgeSearch.search(query, 3)[0];

describe('namesIdentifier', () => {
    test.each(['what does IsAutopilotDisabled mean', 'skipuserstatuspage?', 'event ZtdDeviceIsNotRegistered'])('"%s" names one', (q) => {
        expect(knowledgeSearch.namesIdentifier?.(q)).toBe(true);
    });
    test.each(['how do I patch vulnerabilities in chrome', 'what is your recommendation', 'unbelievablylongwordnobodyuses'])('"%s" names none', (q) => {
        expect(knowledgeSearch.namesIdentifier?.(q)).toBe(false);
    });
});

describe('normalizeText', () => {
    test.each([
        ['White Glove', 'preprovisioning'],
        ['whiteglove', 'preprovisioning'],
        ['WG failed', 'preprovisioning'],
        ['pre-provisioned deployment', 'preprovisioning'],
        // The product word as it gets mistyped; words that merely start alike stay themselves.
        ['preprovisoning', 'preprovisioning'],
        ['pre-provsioning', 'preprovisioning'],
        ['prepovisioning', 'preprovisioning'],
        ['white glvoe', 'preprovisioning'],
        ['prevent', 'prevent'],
        // The user opening the box is unboxing, not an app package that "could not be opened".
        ['the user opens the box', 'unbox'],
        ['preview', 'preview'],
        ['the ESP', 'esp'],
        ['Enrollment Status Page', 'esp'],
        ['status page', 'esp'],
        ['Win11', 'windows11'],
        ['W11', 'windows11'],
        ['windows eleven', 'windows11'],
        ['windws 11', 'windows11'],
        ['Win10', 'windows10'],
        ['Azure AD', 'entra'],
        ['AAD', 'entra'],
        ['Microsoft Entra ID', 'entra'],
        ['out of box experience', 'oobe'],
        ['red screen', 'failure'],
        ['green screen', 'success'],
        ['Trusted Platform Module', 'tpm'],
        ['windows key 5 times', 'winkey'],
        ['win key x5', 'fivetimes'],
        ['Hyper-V', 'vm'],
        ['Wi-Fi', 'wifi'],
        ['Shift+F10', 'shiftf10'],
        ['Ctrl + Shift + D', 'ctrlshiftd'],
        ['how long', 'howlong'],
        ['how long it took', 'elapsed'],
        ['how long each laptop has taken', 'elapsed'],
        ['timed out', 'timeout'],
        ['someone switched it off', 'shutdown'],
        ['turned off', 'shutdown'],
        ['while it was setting up', 'setup'],
        ['pull down the profile', 'download'],
        ['the new hires', 'user'],
        ['failed after one hour', 'sixtyminutes'],
        ['a Latitude 5440', 'device'],
        ['EliteBook 840 G9', 'device'],
        ['Surface Laptop 5', 'device'],
        ['the default is 60 minutes', 'sixtyminutes'],
        ['esp stuk on apps', 'hang'],
        ['what order do i set things up in', 'fromscratch'],
        ['the setup sequence from nothing', 'fromscratch'],
        ['set things up', 'setup'],
        ['staff members and teachers', 'user'],
        ['stcuk at 2 of 5 apps', 'hang'],
        // Making a profile or group is creating it; taking a device out of its box is unboxing it, not the OOBE.
        ['where do i make the autopilot profile', 'create'],
        ['building a new dynamic device group', 'create'],
        ['set up the pre-provisioning profile', 'create'],
        ['before taking it out of the box', 'unbox']
    ])('%s -> %s', (text, token) => {
        expect(normalizeText(text).split(/\s+/)).toContain(token);
    });

    test('"how long did it take" and "took too long" keep their own sense: not the elapsed time of one run', () => {
        expect(normalizeText('how long does it take')).toContain('howlong');
        expect(normalizeText('how long did device setup take')).toContain('howlong');
        expect(normalizeText('the esp took too long')).not.toContain('elapsed');
    });
});

describe('the knowledge search over all entries', () => {
    test.each([
        ['what is white glove', 'overview-what-is'],
        ['whiteglove on a hyper-v vm', 'req-tpm-physical'],
        ['WG on windows eleven: what do i select after the win key', 'flow-options-screen'],
        ['the screen went red what now', 'flow-failure'],
        ['green screen, what now', 'flow-success-reseal'],
        ['where do i set the ESP timeout', 'esp-timeout'],
        ['what does identifying mean on the enrollment status page', 'esp-identifying'],
        ['windows key 5 times', 'flow-win-key'],
        ['press the win key x5 and nothing happens', 'error-win-key-does-nothing'],
        ['AAD join not allowed for users setting', 'step-2'],
        ['Trusted Platform Module requirement', 'req-tpm-physical'],
        ['shift f10 at oobe', 'tip-shift-f10'],
        ['80180014', 'error-0x80180014'],
        ['0x800705B4 securing your hardware', 'error-0x800705b4']
    ])('synonyms: %s -> %s', (query, id) => {
        const hit = top(query);
        expect(hit?.entry.id).toBe(id);
        expect(hit?.confident).toBe(true);
    });

    test.each([
        ['preprovisoning on windws 11, how do i get into it', 'flow-win-key'],
        ['after reseeling the device what next', 'flow-after-reseal'],
        ['identifyng forever on the esp', 'error-identifying-stuck'],
        ['mdmdiagnostictool command', 'logs-collect'],
        ['chevon on win 11 esp', 'esp-show-details'],
        ['quallity updates in esp', 'esp-quality-updates']
    ])('typos: %s -> %s', (query, id) => {
        const hit = top(query);
        expect(hit?.entry.id).toBe(id);
        expect(hit?.confident).toBe(true);
    });

    test.each([
        "what's the weather tomorrow",
        'how do I bake bread',
        'tell me a joke',
        'reset my password',
        'who won the game',
        'book a meeting room for friday',
        'how do I connect to the office printer',
        'can you order me a new mouse',
        'what is the capital of france',
        'my outlook keeps crashing',
        "what's the weather like on windows 11"
    ])('out of domain is never confident: %s', (query) => {
        expect(knowledgeSearch.search(query).some((h) => h.confident)).toBe(false);
    });

    test.each(['help', 'hi', "it doesn't work", 'what now?', 'device', 'error', 'screen', ''])(
        'vague is never confident: %j',
        (query) => {
            expect(knowledgeSearch.search(query).some((h) => h.confident)).toBe(false);
        }
    );

    test('only the top hit can be confident, and limit is respected', () => {
        const hits = knowledgeSearch.search('how do i collect autopilot logs', 4);
        expect(hits).toHaveLength(4);
        expect(hits[0].confident).toBe(true);
        expect(hits.slice(1).every((h) => !h.confident)).toBe(true);
        expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    });
});

describe('createKnowledgeSearch', () => {
    const entry = (id: string, title: string, keywords: string[]): KnowledgeEntry => ({
        id,
        kind: 'tip',
        title,
        short: title,
        details: [],
        related: [],
        source: 'test',
        keywords
    });

    test('works on any entry list', () => {
        const search = createKnowledgeSearch([
            entry('tip-a', 'Reseal the device', ['shut down']),
            entry('tip-b', 'Collect the logs', ['cab'])
        ]);
        expect(search.search('how do I reseal')[0]?.entry.id).toBe('tip-a');
        expect(search.search('gather the log files')[0]?.entry.id).toBe('tip-b');
        expect(search.search('bake bread')).toEqual([]);
    });

    test('the default index covers every entry', () => {
        const ids = new Set(allEntries.map((e) => e.id));
        expect(ids.size).toBe(allEntries.length);
    });
});

describe('definitions and the ESP timeout', () => {
    it.each([
        ['what is the ESP', 'esp-overview'],
        ["what's reseal?", 'flow-success-reseal'],
        ['what is white glove', 'overview-what-is'],
        ['what does the ESP timeout do?', 'esp-timeout'],
        ['the esp timed out', 'error-esp-timeout'],
        ['securing your hardware timed out', 'error-0x800705b4']
    ])('%j → %s', (query, id) => {
        const [top] = knowledgeSearch.search(query);
        expect(top).toMatchObject({ entry: { id }, confident: true });
    });
});

describe('an event asked by its number', () => {
    it('lifts the card that names the event over cards that list the number in passing, however "event id" is typed', () => {
        expect(top('event id 163 showing in moderndeployment')?.entry.id).toBe('error-event-163');
        expect(top('eventid: 172 in event viewer')?.entry.id).toBe('error-event-171');
        expect(top('what does event ID 161 mean')?.entry.id).toBe('logs-autopilot-info-events');
        expect(top('event 100 policy not found')?.entry.id).toBe('error-event-100');
    });

    it('without a number the event cards rank as before', () => {
        expect(top('which event says the profile downloaded fine')?.entry.id).toBe('logs-autopilot-info-events');
    });
});
