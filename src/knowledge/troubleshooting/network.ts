/** What the bench network must allow, and the site constraints (guest Wi-Fi, login pages) that break OOBE. */
import type { KnowledgeEntry } from '../types';
import { AP_NETWORKING, AP_REQUIREMENTS, INTUNE_ENDPOINTS } from './sources';

export const networkEntries: KnowledgeEntry[] = [
    {
        id: 'req-network-endpoints',
        kind: 'requirement',
        title: 'Network endpoints (hosts, URLs) and ports Autopilot needs',
        short:
            'Internet DNS resolution and outbound ports 80, 443 and UDP 123 (time). The Autopilot deployment service, where ' +
            'the device gets its profile, is ztd.dds.microsoft.com, cs.dds.microsoft.com and login.live.com; then ' +
            'Windows activation, Entra ID and Intune.',
        details: [
            'Windows checks it is online through *.msftconnecttest.com (NCSI): it must resolve and answer over HTTP.',
            'Time: UDP 123 to time.windows.com; a wrong clock breaks attestation.',
            'TPM attestation: *.microsoftaik.azure.net plus the TPM vendor URL (Intel ekop.intel.com/ekcertservice, ' +
                'Qualcomm ekcert.spserv.microsoft.com, AMD ftpm.amd.com).',
            'Automatic diagnostics upload: lgmsapeweu.blob.core.windows.net.'
        ],
        related: ['req-tpm-endpoints', 'req-network', 'req-network-optional-services'],
        source: AP_REQUIREMENTS,
        keywords: ['which urls', 'what has to resolve', 'firewall rules', 'ports to open', 'allow list', 'ztd.dds.microsoft.com',
            'msftconnecttest', 'ncsi', 'port 443', 'udp 123', 'network requirements', 'what to unblock',
            'which hosts', 'dns names', 'which address', 'what does it contact', 'profile download url',
            'autopilot service url', 'cs.dds.microsoft.com', 'login.live.com', 'whitelist',
            'firewall', 'endpoints', 'urls', 'url list', 'hostnames', 'addresses', 'reach', 'ports', 'https', 'crl',
            'certificate revocation list', 'crl check blocked', 'dns resolution', 'ntp', 'ntp blocked', 'time server']
    },
    {
        id: 'req-network-ncsi',
        kind: 'requirement',
        title: 'Windows says "no internet" although the network works (NCSI check blocked)',
        short:
            'Windows decides it is online by reaching www.msftconnecttest.com (NCSI, the Network Connection Status ' +
            'Indicator). When DNS, a proxy or a firewall blocks that host, OOBE believes there is no internet even ' +
            'though other sites load: it must resolve in DNS and answer over plain HTTP.',
        details: [
            'Ask the network team to allow www.msftconnecttest.com (HTTP, port 80) without a proxy sign-in.',
            'A guest network still waiting for its sign-in or terms page also shows as no internet.'
        ],
        related: ['req-network-endpoints', 'req-network-guest-wifi'],
        source: AP_REQUIREMENTS,
        // OOBE's own online check fails while the network itself works (a browser or ping does): NCSI is blocked.
        keywords: ['oobe says no internet', 'thinks it is offline', 'no internet but the browser works',
            'no internet but ping works', 'thinks it has no internet', 'says no internet', 'says not connected', 'not connected but',
            'globe icon', 'connected but no internet', 'internet works but', 'browsing works', 'network is fine',
            'network status indicator', 'connectivity check', 'msftconnecttest', 'ncsi', 'ncsi url', 'connecttest.txt',
            'offline although online', 'says offline', 'claims offline', 'offline even though',
            'cannot detect internet', 'internet not detected', 'no connection though it works']
    },
    {
        id: 'req-network-tls-inspection',
        kind: 'requirement',
        title: 'Proxies and TLS (SSL) inspection on the bench network',
        short:
            'Let the device reach Autopilot, Entra, Intune and the TPM attestation URLs directly: no sign-in at ' +
            'the proxy (Intune needs unauthenticated access) and, in common practice, no TLS break-and-inspect on ' +
            'those hosts, whose certificates the device checks.',
        details: [
            'The proxy must pass both HTTP (80) and HTTPS (443).',
            'Set the proxy up on the proxy server itself; a proxy pushed by Intune policy causes odd failures.',
            'Devices also check certificate revocation lists: those URLs must be reachable too.',
            'Symptoms of a blocked or inspected host: OOBEIDPS, attestation errors, or a hang at Identifying.'
        ],
        related: ['req-network-endpoints', 'error-proxy-by-policy'],
        source: `${AP_NETWORKING}; ${INTUNE_ENDPOINTS}`,
        keywords: ['ssl inspection', 'tls inspection', 'https inspection', 'break and inspect', 'deep packet inspection',
            'decrypt traffic', 'proxy bypass', 'proxy exemption', 'zscaler', 'web filter', 'content filter',
            'unauthenticated proxy', 'crl', 'certificate revocation']
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
        related: ['req-network', 'req-network-endpoints'],
        source: AP_REQUIREMENTS,
        keywords: ['guest wifi only', 'guest network', 'captive portal', 'hotel wifi', 'splash page',
            'accept terms page', 'login page before internet', 'web login', 'web sign-in', 'browser login', 'login before internet', 'sign in before internet', 'proxy password', 'authenticated proxy', '802.1x',
            'certificate based network', 'nac']
    },
    {
        id: 'req-network-optional-services',
        kind: 'requirement',
        title: 'What still works when some services are blocked (Windows Update, Delivery Optimization, Store)',
        short:
            'Autopilot continues when Windows Update, Delivery Optimization (DO), notifications (WNS), the Microsoft ' +
            'Store or diagnostic data are blocked. Apps still install in the ESP: without DO they download straight ' +
            'from the cloud (Intune and its CDN), just without peer-to-peer caching. Only updates, notifications and ' +
            'Store apps are missed.',
        details: [
            'Blocked Autopilot, Entra, Intune, time or TPM attestation endpoints do stop it.',
            'Windows Update blocked: Autopilot still continues, but critical updates are not installed.'
        ],
        related: ['req-network-endpoints'],
        source: AP_REQUIREMENTS,
        keywords: ['windows update blocked', 'delivery optimization', 'store blocked', 'no updates', 'wns',
            'is it required', 'optional endpoints', 'do blocked', 'delivery optimization blocked', 'peer caching',
            'peer to peer', 'p2p', 'apps still install', 'will apps still install', 'can autopilot continue',
            'update blocked', 'wu blocked', 'apps still download', 'do apps download', 'apps still come down',
            'without peer to peer', 'firewall blocks delivery optimization']
    }
];
