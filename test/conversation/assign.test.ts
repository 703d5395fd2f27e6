import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSettings } from '../../src/config';
import { buildFixtures } from '../../src/demo/fixtures';
import { startDemoTenant, type DemoTenant } from '../../src/demo/demoTenant';
import { BotHarness, visibleText, type Reply } from '../support/botHarness';
import { inConversation, messageActivity, submitActivity } from '../support/activities';

const fixtures = buildFixtures(new Date());
const identityOf = (serial: string) => fixtures.devices.find((d) => d.identity.serialNumber === serial)!.identity;
/** Devices nobody is assigned to and Intune has no user for: what status shows is the assignment alone. */
const userless = fixtures.devices
    .map((d) => d.identity)
    .filter((i) => !i.userPrincipalName && !fixtures.managedDevices.some((m) => m.device.serialNumber === i.serialNumber && m.device.userPrincipalName))
    .map((i) => i.serialNumber);

const blob = (ztd: string) =>
    `{"BlockSequence":{"Id":"7a6f0c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b","ZtdId":"${ztd}","PKID":"","SerialNumber":"","HardwareId":"","SequenceBlockNumber":1,"TotalBlocks":1}}`;

/** The User fact on a status card. */
function userFact(reply: Reply): string | undefined {
    const facts = JSON.stringify(reply.card ?? {});
    return /"title":"User","value":"([^"]*)"/.exec(facts)?.[1];
}

/** The value of the first action with `verb` anywhere in the card. */
function actionData(reply: Reply, verb: string): Record<string, string> | undefined {
    let found: Record<string, string> | undefined;
    const walk = (node: unknown) => {
        if (found || node === null || typeof node !== 'object') return;
        const data = (node as { data?: Record<string, string> }).data;
        if ((node as { type?: string }).type === 'Action.Submit' && data?.verb === verb) found = data;
        else Object.values(node as object).forEach(walk);
    };
    walk(reply.card);
    return found;
}

describe('find a device from its QR code', () => {
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start()));
    afterAll(async () => bot.stop());
    const here = (name: string) => inConversation(`qr-${name}`);
    const ztd = identityOf('PF3XYZ12').id;

    it.each([
        ['the QR text', blob(ztd)],
        ['the QR text after "Data to encode"', `Data to encode\n${blob(ztd)}`],
        ['the ZtdId alone', ztd],
        ['the ZtdId in upper case', ztd.toUpperCase()]
    ])('%s shows the status card', async (name, text) => {
        const reply = await bot.ask(messageActivity(text, here(name)));
        expect(reply.summary).toMatch(/^PF3XYZ12: Provisioning in progress/);
        expect(reply.card).toBeDefined();
        expect(actionData(reply, 'assignUser')).toEqual({ verb: 'assignUser', serial: 'PF3XYZ12' });
    });

    it('remembers the device: "assign" afterwards needs no serial', async () => {
        await bot.ask(messageActivity(blob(identityOf(userless[0]).id), here('then-assign')));
        const reply = await bot.ask(messageActivity('assign a user to this device', here('then-assign')));
        expect(reply.summary).toMatch(new RegExp(`Who should get ${userless[0]}\\?`));
    });

    it.each([
        ['cut off', blob(ztd).slice(0, 50), /cut off or damaged/],
        ['cut inside the id', blob(ztd).slice(0, blob(ztd).indexOf(ztd) + 10), /incomplete/],
        ['without an id', blob(''), /no device id/]
    ])('a QR text %s gets a clear answer', async (name, text, expected) => {
        const reply = await bot.ask(messageActivity(text, here(name)));
        expect(reply.summary).toMatch(expected);
        expect(reply.summary).toMatch(/serial number/);
    });

    const readmeQr = [...fs.readFileSync(`${__dirname}/../../README.md`, 'utf8').matchAll(/^\| `(\w+)` \| `([^`]*(?:BlockSequence|-)[^`]*)`/gm)].map((m) => [m[1], m[2]] as const);

    it('the README lists QR text for demo devices', () => expect(readmeQr.length).toBeGreaterThanOrEqual(4));

    it.each(readmeQr)('the README QR text of %s finds it', async (serial, text) => {
        const reply = await bot.ask(messageActivity(text, here(`readme-${serial}`)));
        expect(reply.summary.startsWith(`${serial}: `)).toBe(true);
    });

    it('an unknown ZtdId is not found, by that name', async () => {
        const reply = await bot.ask(messageActivity(blob('0f0f0f0f-0000-4000-8000-000000000000'), here('unknown')));
        expect(reply.summary).toMatch(/couldn't find a device with Autopilot id 0f0f0f0f-0000-4000-8000-000000000000/);
    });
});

describe('assign a user to a device', () => {
    let bot: BotHarness;
    let offsetMs = 0;
    beforeAll(async () => (bot = await BotHarness.start({ now: () => new Date(Date.now() + offsetMs) })));
    afterAll(async () => bot.stop());

    const status = async (serial: string, where: ReturnType<typeof inConversation>) => bot.ask(messageActivity(`status ${serial}`, where));

    it('chooses among people sharing a first name, writes nothing before Confirm, then once', async () => {
        const serial = userless[0];
        const here = inConversation('assign-choose');
        expect(userFact(await status(serial, here))).toBe('None assigned');

        const chooser = await bot.ask(messageActivity(`give ${serial} to Ana`, here));
        expect(chooser.summary).toMatch(/Several people match "Ana"/);
        expect(visibleText(chooser)).toMatch(/Ana Costa/);
        expect(visibleText(chooser)).toMatch(/Ana Silva/);
        expect(userFact(await status(serial, here))).toBe('None assigned');

        const confirm = await bot.ask(submitActivity({ verb: 'assignPick', serial, upn: 'ana.costa@contoso.com' }, here));
        expect(confirm.summary).toMatch(new RegExp(`Please confirm: assign Ana Costa \\(ana.costa@contoso.com\\) to ${serial}`));
        const shown = visibleText(confirm);
        expect(shown).toMatch(/Current user/);
        expect(shown).toMatch(/None/);
        expect(shown).toMatch(/Name on the device/);
        expect(userFact(await status(serial, here))).toBe('None assigned');

        const token = actionData(confirm, 'assignConfirm')!.token;
        const done = await bot.ask(submitActivity({ verb: 'assignConfirm', token }, here));
        expect(done.summary).toMatch(new RegExp(`Done: ${serial} is now assigned to Ana Costa`));
        expect(done.summary).toMatch(/press \*\*Refresh\*\* on the configuration screen/);
        expect(done.summary).toMatch(/no longer pre-fills/);
        expect(userFact(done)).toBe('ana.costa@contoso.com');

        // A double click: the second press writes nothing.
        const again = await bot.ask(submitActivity({ verb: 'assignConfirm', token }, here));
        expect(again.summary).toMatch(/already used/);

        const history = await bot.ask(messageActivity(`who changed ${serial}`, here));
        expect(history.summary).toMatch(new RegExp(`1 user change on ${serial}`));
        expect(visibleText(history)).toMatch(/No user → ana.costa@contoso.com/);
        expect(visibleText(history)).toMatch(/by Alex Tech/);
    });

    it('assigns by e-mail address straight to the confirmation, and removes the user again', async () => {
        const serial = userless[1];
        const here = inConversation('assign-mail');
        const confirm = await bot.ask(messageActivity(`assign priya.nair@contoso.com to ${serial}`, here));
        expect(confirm.summary).toMatch(/Please confirm: assign Priya Nair/);
        const done = await bot.ask(submitActivity({ verb: 'assignConfirm', token: actionData(confirm, 'assignConfirm')!.token }, here));
        expect(userFact(done)).toBe('priya.nair@contoso.com');

        const remove = await bot.ask(messageActivity(`remove the user from ${serial}`, here));
        expect(remove.summary).toMatch(/Please confirm: remove Priya Nair/);
        const removed = await bot.ask(submitActivity({ verb: 'assignConfirm', token: actionData(remove, 'assignConfirm')!.token }, here));
        expect(removed.summary).toMatch(new RegExp(`${serial} has no assigned user any more`));
        expect(userFact(removed)).toBe('None assigned');

        const history = await bot.ask(messageActivity(`who changed ${serial}?`, here));
        expect(history.summary).toMatch(/2 user changes/);
        expect(visibleText(history)).toMatch(/priya.nair@contoso.com removed/);
    });

    it('the Assign user button asks who, then finds the typed name', async () => {
        const here = inConversation('assign-button');
        const ask = await bot.ask(submitActivity({ verb: 'assignUser', serial: 'PF3XYZ12' }, here));
        expect(ask.summary).toMatch(/Who should get PF3XYZ12\?/);
        expect(visibleText(ask)).toMatch(/Ana Silva \(ana.silva@contoso.com\)/);
        const find = await bot.ask(submitActivity({ verb: 'assignFind', serial: 'PF3XYZ12', user: 'Tom Beck' }, here));
        expect(find.summary).toMatch(/Please confirm: assign Tom Becker/);
        expect(visibleText(find)).toMatch(/Ana Silva \(ana.silva@contoso.com\)/);
        const cancel = await bot.ask(submitActivity({ verb: 'assignCancel', token: actionData(find, 'assignConfirm')!.token }, here));
        expect(cancel.summary).toMatch(/nothing was changed/);
        const late = await bot.ask(submitActivity({ verb: 'assignConfirm', token: actionData(find, 'assignConfirm')!.token }, here));
        expect(late.summary).toMatch(/changed nothing/);
        expect(userFact(await status('PF3XYZ12', here))).toBe('ana.silva@contoso.com');
    });

    it('a stale confirmation writes nothing', async () => {
        const here = inConversation('assign-stale');
        const confirm = await bot.ask(messageActivity('assign Omar Haddad to PF3XYZ12', here));
        offsetMs += 11 * 60_000;
        try {
            const stale = await bot.ask(submitActivity({ verb: 'assignConfirm', token: actionData(confirm, 'assignConfirm')!.token }, here));
            expect(stale.summary).toMatch(/expired, so I changed nothing on PF3XYZ12/);
            expect(userFact(await status('PF3XYZ12', here))).toBe('ana.silva@contoso.com');
        } finally {
            offsetMs -= 11 * 60_000;
        }
    });

    it.each([
        ['nobody matches', 'assign Zoe Nobody to PF3XYZ12', /couldn't find anyone in your directory matching "Zoe Nobody"/],
        ['already the user', 'assign ana.silva@contoso.com to PF3XYZ12', /already assigned to Ana Silva/],
        ['unknown device', 'assign Ana Silva to ZZZZ9999', /no Autopilot device with serial ZZZZ9999/],
        ['no device yet', 'give it to Ana Silva', /Which device\?/]
    ])('%s', async (name, text, expected) => {
        const reply = await bot.ask(messageActivity(text, inConversation(`assign-${name}`)));
        expect(reply.summary).toMatch(expected);
    });

    it('assignments are kept per tenant', async () => {
        const other = { conversation: { ...inConversation('assign-other-tenant').conversation, tenantId: 'tenant-2' } };
        const history = await bot.ask(messageActivity(`who changed ${userless[0]}`, other));
        expect(history.summary).toMatch(/No user changes/);
    });
});

describe('who may assign', () => {
    const assigner = '11111111-2222-4333-8444-555555555555';
    let bot: BotHarness;
    beforeAll(async () => (bot = await BotHarness.start({ env: { ASSIGNERS: assigner } })));
    afterAll(async () => bot.stop());

    it('refuses politely when the technician is not an assigner, and writes nothing', async () => {
        const here = inConversation('refused');
        const refused = await bot.ask(messageActivity('assign Ana Costa to PF3XYZ12', here));
        expect(refused.summary).toMatch(/only the people your admin named as assigners/);
        expect(refused.card).toBeUndefined();
        const button = await bot.ask(submitActivity({ verb: 'assignUser', serial: 'PF3XYZ12' }, here));
        expect(button.summary).toMatch(/only the people your admin named as assigners/);
    });

    it('ASSIGNERS must be Entra object ids, and the error names the variable', () => {
        expect(() => loadSettings({ ASSIGNERS: 'alice@contoso.com' })).toThrow(/ASSIGNERS/);
        expect(loadSettings({ ASSIGNERS: `${assigner.toUpperCase()}, ${assigner}` }).assign.assignerIds).toEqual([assigner, assigner]);
    });

    it('lets an assigner through', async () => {
        const from = { id: 'user-9', name: 'Ines Admin', aadObjectId: assigner.toUpperCase() };
        const reply = await bot.ask(messageActivity('assign Ana Costa to PF3XYZ12', { ...inConversation('allowed'), from }));
        expect(reply.summary).toMatch(/Please confirm: assign Ana Costa/);
    });
});

describe('Graph refuses', () => {
    let tenant: DemoTenant;
    let proxy: http.Server;
    let bot: BotHarness;
    /** Paths the stand-in answers 403 for, as Graph does without the permission. */
    const forbidden: RegExp[] = [];

    beforeAll(async () => {
        tenant = await startDemoTenant();
        proxy = http.createServer((request, response) => {
            const chunks: Buffer[] = [];
            request.on('data', (chunk: Buffer) => chunks.push(chunk));
            request.on('end', async () => {
                if (forbidden.some((rule) => rule.test(request.url ?? ''))) {
                    response.writeHead(403, { 'content-type': 'application/json' });
                    response.end(JSON.stringify({ error: { code: 'Forbidden', message: 'Insufficient privileges to complete the operation.' } }));
                    return;
                }
                const answer = await fetch(`${tenant.baseUrl}${request.url}`, {
                    method: request.method,
                    headers: { 'content-type': 'application/json' },
                    body: chunks.length ? Buffer.concat(chunks) : undefined
                });
                response.writeHead(answer.status, { 'content-type': 'application/json' });
                response.end(Buffer.from(await answer.arrayBuffer()));
            });
        });
        await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
        bot = await BotHarness.start({ graphBaseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
    });
    afterAll(async () => {
        await bot.stop();
        proxy.closeAllConnections();
        await new Promise((resolve) => proxy.close(resolve));
        await tenant.close();
    });
    afterEach(() => forbidden.splice(0));

    it('a 403 on the user lookup names User.Read.All', async () => {
        forbidden.push(/^\/v1\.0\/users/);
        const reply = await bot.ask(messageActivity('assign Ana to PF3XYZ12', inConversation('403-users')));
        expect(reply.summary).toMatch(/User\.Read\.All/);
    });

    it('a 403 on the write names DeviceManagementServiceConfig.ReadWrite.All, and the card can be confirmed once granted', async () => {
        const here = inConversation('403-write');
        const confirm = await bot.ask(messageActivity('assign Omar Haddad to PF3XYZ12', here));
        const token = actionData(confirm, 'assignConfirm')!.token;
        forbidden.push(/assignUserToDevice/);
        const refused = await bot.ask(submitActivity({ verb: 'assignConfirm', token }, here));
        expect(refused.summary).toMatch(/DeviceManagementServiceConfig\.ReadWrite\.All/);
        expect((await bot.ask(messageActivity('who changed PF3XYZ12', here))).summary).toMatch(/No user changes/);
        forbidden.splice(0);
        const done = await bot.ask(submitActivity({ verb: 'assignConfirm', token }, here));
        expect(done.summary).toMatch(/Done: PF3XYZ12 is now assigned to Omar Haddad/);
    });
});
