/** What the bench network must allow, and the site constraints (guest Wi-Fi, login pages) that break OOBE. */
import type { KnowledgeEntry } from '../types';
import { AP_REQUIREMENTS } from './sources';

export const networkEntries: KnowledgeEntry[] = [
    {
        id: 'req-network-endpoints',
        kind: 'requirement',
        title: 'Network endpoints and ports Autopilot needs',
        short:
            'Internet DNS resolution and outbound ports 80, 443 and UDP 123 (time). Autopilot itself talks to ' +
            'ztd.dds.microsoft.com, cs.dds.microsoft.com and login.live.com, then Entra ID and Intune.',
        details: [
            'Windows checks it is online through *.msftconnecttest.com (NCSI): it must resolve and answer over HTTP.',
            'Time: UDP 123 to time.windows.com; a wrong clock breaks attestation.',
            'TPM attestation: *.microsoftaik.azure.net plus the TPM vendor URL.',
            'Automatic diagnostics upload: lgmsapeweu.blob.core.windows.net.'
        ],
        related: ['req-tpm-endpoints', 'req-network', 'req-network-optional-services', 'error-oobeidps'],
        source: AP_REQUIREMENTS,
        keywords: ['which urls', 'firewall rules', 'ports to open', 'allow list', 'ztd.dds.microsoft.com',
            'msftconnecttest', 'ncsi', 'port 443', 'udp 123', 'network requirements', 'what to unblock']
    },
    {
        id: 'req-network-guest-wifi',
        kind: 'requirement',
        title: 'Guest networks with a login page, or networks that need a certificate',
        short:
            'OOBE cannot get past a network where someone must sign in or accept terms first (typical guest ' +
            'Wi-Fi), a proxy that asks for credentials, or a network that needs a certificate or smart card.',
        details: [
            'Networks that require authentication before access need extra configuration by the network team.',
            'Certificate and smart-card authentication are not supported during OOBE.',
            'Best option: a wired port with open access to the Autopilot endpoints.'
        ],
        related: ['req-network', 'req-network-endpoints', 'error-oobeidps'],
        source: AP_REQUIREMENTS,
        keywords: ['guest wifi only', 'guest network', 'captive portal', 'hotel wifi', 'splash page',
            'accept terms page', 'login page before internet', 'proxy password', 'authenticated proxy', '802.1x',
            'certificate based network', 'nac']
    },
    {
        id: 'req-network-optional-services',
        kind: 'requirement',
        title: 'What still works when some services are blocked',
        short:
            'Blocked Windows Update, Delivery Optimization, notifications (WNS), Microsoft Store or diagnostic data ' +
            'do not stop Autopilot: it carries on without updates, peer caching, notifications or Store apps.',
        details: [
            'Blocked Autopilot, Entra, Intune, time or TPM attestation endpoints do stop it.',
            'Without Delivery Optimization peers, apps and updates download from the cloud.'
        ],
        related: ['req-network-endpoints'],
        source: AP_REQUIREMENTS,
        keywords: ['windows update blocked', 'delivery optimization', 'store blocked', 'no updates', 'wns',
            'is it required', 'optional endpoints']
    }
];
