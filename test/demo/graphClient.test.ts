/**
 * The bot's real Graph client against the demo tenant over HTTP. The SDK attaches tokens only for https Graph
 * hosts, so none arrives here — the server does not need one.
 */

import {
    BatchRequestContent,
    BatchResponseContent,
    Client,
    GraphError,
    PageIterator,
    type PageCollection
} from '@microsoft/microsoft-graph-client';
import { startDemoTenant, type DemoTenant } from '../../src/demo/demoTenant';

describe('@microsoft/microsoft-graph-client against the demo tenant', () => {
    let tenant: DemoTenant;
    let client: Client;

    beforeAll(async () => {
        tenant = await startDemoTenant({ startedAt: new Date('2025-03-02T10:00:00Z') });
        client = Client.init({ baseUrl: tenant.baseUrl, authProvider: done => done(null, 'x') });
    });

    afterAll(() => tenant.close());

    it('finds a device by serial with filter/select on v1.0 and expands its profile on beta', async () => {
        const found = await client
            .api('/deviceManagement/windowsAutopilotDeviceIdentities')
            .filter("contains(serialNumber,'PF3XYZ12')")
            .select('id,serialNumber,enrollmentState')
            .get();
        expect(found.value).toEqual([
            { id: expect.any(String), serialNumber: 'PF3XYZ12', enrollmentState: 'enrolled' }
        ]);

        const device = await client
            .api(`/deviceManagement/windowsAutopilotDeviceIdentities/${found.value[0].id}`)
            .version('beta')
            .expand('deploymentProfile,intendedDeploymentProfile')
            .get();
        expect(device.deploymentProfile).toMatchObject({ displayName: 'AP-PreProv-EntraJoin', enableWhiteGlove: true });
    });

    it('pages every autopilot event with PageIterator (absolute http nextLinks)', async () => {
        const first: PageCollection = await client.api('/deviceManagement/autopilotEvents').version('beta').get();
        const ids: string[] = [];
        const iterator = new PageIterator(client, first, (event: { id: string }) => {
            ids.push(event.id);
            return true;
        });
        await iterator.iterate();
        expect(ids.length).toBeGreaterThan(100);
        expect(new Set(ids).size).toBe(ids.length);
    });

    it('raises GraphError with the status, code and request id', async () => {
        const error = await client
            .api('/deviceManagement/managedDevices/00000000-0000-0000-0000-000000000042')
            .get()
            .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(GraphError);
        expect(error).toMatchObject({
            statusCode: 404,
            code: 'ResourceNotFound',
            requestId: expect.stringMatching(/^[0-9a-f-]{36}$/)
        });
    });

    it('posts an action (204) and a JSON batch built with BatchRequestContent', async () => {
        const device = await client
            .api('/deviceManagement/windowsAutopilotDeviceIdentities')
            .filter("serialNumber eq 'PW0B7K3M'")
            .select('id')
            .get();
        const id: string = device.value[0].id;
        const assigned = await client
            .api(`/deviceManagement/windowsAutopilotDeviceIdentities/${id}/assignUserToDevice`)
            .post({ userPrincipalName: 'eva.berg@contoso.com', addressableUserName: 'Eva Berg' });
        expect(assigned).toBeUndefined();

        const content = new BatchRequestContent([
            {
                id: 'identity',
                request: new Request(`${tenant.baseUrl}/v1.0/deviceManagement/windowsAutopilotDeviceIdentities/${id}`)
            },
            { id: 'devices', request: new Request(`${tenant.baseUrl}/v1.0/deviceManagement/managedDevices?$select=id`) }
        ]);
        const raw = await client.api('/$batch').post(await content.getContent());
        const responses = new BatchResponseContent(raw);
        const identity = responses.getResponseById('identity');
        expect(identity.status).toBe(200);
        expect(await identity.json()).toMatchObject({
            serialNumber: 'PW0B7K3M',
            userPrincipalName: 'eva.berg@contoso.com'
        });
        expect(responses.getResponseById('devices').status).toBe(200);
    });
});
