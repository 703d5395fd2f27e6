/**
 * Neighbouring topics technicians bring to the bench that this bot does not answer, with where to go instead.
 * Phrasings are specific on purpose: a phrasing matches anywhere in a question without pre-provisioning words,
 * so a word that also describes an in-scope situation ("password" after a reboot, "Teams" installer failing
 * during the ESP, "guest Wi-Fi") must not be one.
 */
import type { ScopeTopic } from './scope';

const LEARN = 'https://learn.microsoft.com';

export const outOfScopeTopics: readonly ScopeTopic[] = [
    {
        id: 'device-preparation',
        topic: 'Windows Autopilot device preparation',
        phrasings: ['autopilot device preparation', 'device preparation policy', 'device prep policy', 'apv2',
            'autopilot v2', 'enrollment time grouping', 'device preparation deployment', 'corporate identifier',
            'device prep profile'],
        // "Device preparation" is also the name of the ESP's first phase: only wordings that name the product decide.
        decisive: [
            // A label in front of the question: "device preparation: ...", "APDP - ...".
            /^\s*(?:windows\s+)?(?:autopilot\s+)?(?:device[\s-]*prep(?:aration)?|apdp|apv2)\s*[:\-–—]/,
            /\bautopilot\s+device[\s-]*prep(?:aration)?\b/,
            /\bdevice[\s-]*prep(?:aration)?\s+(?:polic(?:y|ies)|profiles?|deployments?|reports?|mode|product|scenarios?|tutorial|docs?|documentation|experience|feature)\b/,
            /\b(?:apv2|apdp|autopilot\s*v2|autopilot\s+2(?:\.0)?|enrollment[\s-]+time[\s-]+grouping|intune\s+provisioning\s+client|corporate\s+identifiers?)\b/,
            // Chosen or compared as a product ("with device prep", "white glove or device preparation"), unless the
            // same question talks about the ESP phase ("stuck in device setup or device preparation").
            /(?<!\b(?:esp|status page|phase|stuck|hang\w*|hung|securing|spinn\w*|slow|device[\s-]*setup|account[\s-]*setup)\b.*)\b(?:with|using|via|switch(?:ed|ing)?\s+to|mov(?:e|ed|ing)\s+to|migrat\w*\s+to|instead\s+of|vs\.?|versus|compared\s+(?:to|with)|or)\s+(?:the\s+)?(?:new\s+)?device[\s-]*prep(?:aration)?\b(?![\s-]+(?:phase|stage|step|screen|part|page))(?!.*\b(?:esp|status page|phase|stuck|hang\w*|hung|securing|spinn\w*|slow|taking|takes)\b)/
        ],
        redirect: 'it is a separate Autopilot product (Windows 11, user-driven, no pre-provisioning, no ESP); ' +
            'Microsoft Learn has its own guide, and your Intune admin knows whether you use it.',
        url: `${LEARN}/autopilot/device-preparation/overview`
    },
    {
        id: 'hybrid-join',
        topic: 'Microsoft Entra hybrid join',
        phrasings: ['hybrid join', 'hybrid joined', 'hybrid azure ad join', 'hybrid entra join', 'entra hybrid',
            'hybrid', 'intune connector', 'odj connector', 'offline domain join', 'domain join profile',
            'domain controller', 'on-prem ad', 'on-premises active directory', 'computer account limit'],
        redirect: 'this bot covers Entra join only; follow Microsoft\'s hybrid pre-provisioning tutorial and the ' +
            'team that owns your domain and Intune Connector.',
        url: `${LEARN}/autopilot/tutorial/pre-provisioning/hybrid-azure-ad-join-workflow`
    },
    {
        id: 'other-autopilot-modes',
        topic: 'other Autopilot modes (self-deploying, kiosk, existing devices, HoloLens)',
        phrasings: ['self-deploying mode', 'self deploying', 'kiosk mode', 'kiosk profile', 'kioskuser0',
            'autopilot for existing devices', 'existing devices scenario', 'autopilotconfigurationfile', 'hololens',
            'teams rooms', 'surface hub'],
        redirect: 'those Autopilot scenarios have their own Microsoft Learn tutorials; your Intune admin decides ' +
            'which one a device uses.',
        url: `${LEARN}/autopilot/self-deploying`
    },
    {
        id: 'defender-antivirus',
        topic: 'Microsoft Defender and antivirus settings',
        phrasings: ['defender', 'antivirus', 'anti-virus', 'antimalware', 'anti-malware', 'av exclusions',
            'real-time protection', 'tamper protection', 'attack surface reduction', 'asr rules', 'smartscreen'],
        // Antivirus that breaks a deployment (installs blocked during the ESP, the IME cache scanned) is ours.
        unlessAbout: /\b(?:esp|enrol+ment status|oobe|autopilot|pre[\s-]*prov\w*|white[\s-]*glov\w*|wg|technician|tech flow|re-?seal\w*|ime|imecache|intune management extension|win32|msi|lob|install\w*|apps?|device[\s-]*setup|account[\s-]*setup|provision\w*|enrol\w*)\b/,
        redirect: 'your security team or Intune admin; Microsoft Learn documents Defender and antivirus policies.',
        url: `${LEARN}/defender-endpoint/`
    },
    {
        id: 'other-intune-features',
        topic: 'other Intune features',
        phrasings: ['app protection policy', 'mam policy', 'update ring', 'feature update policy', 'windows autopatch',
            'autopatch', 'remediations script', 'proactive remediation', 'endpoint analytics', 'co-management',
            'configuration manager', 'sccm', 'mecm', 'endpoint privilege management', 'remote help',
            'intune suite', 'scope tags', 'role based access'],
        redirect: 'ask your Intune admin, or see the Microsoft Intune documentation.',
        url: `${LEARN}/mem/intune/`
    },
    {
        id: 'phones-and-macs',
        topic: 'phones, tablets and Macs',
        phrasings: ['iphone', 'ipad', 'ios', 'ipados', 'android', 'macos', 'macbook', 'chromebook',
            'apple business manager', 'samsung knox', 'work profile', 'on my phone', 'on his phone',
            'on her phone', 'mobile phone'],
        redirect: 'this bot covers Windows pre-provisioning only; ask your Intune admin about mobile and Mac ' +
            'enrollment.',
        url: `${LEARN}/mem/intune/enrollment/`
    },
    {
        id: 'accounts-and-identity',
        topic: 'user accounts and passwords',
        phrasings: ['forgot my password', 'reset my password', 'reset his password', 'reset her password',
            'password expired', 'account locked out', 'locked out of my account', 'self-service password reset',
            'sspr', 'guest user', 'b2b', 'entra connect', 'azure ad connect', 'new user account'],
        redirect: 'your helpdesk or identity (Entra) admin handles accounts and passwords.'
    },
    {
        id: 'windows-setup-outside-autopilot',
        topic: 'installing or imaging Windows outside Autopilot',
        phrasings: ['media creation tool', 'bootable usb', 'install windows from usb', 'clean install',
            'installation media', 'in-place upgrade', 'upgrade to windows 11', 'task sequence', 'mdt',
            'wds', 'golden image', 'capture an image', 'dism'],
        redirect: 'your imaging or desktop engineering team; Microsoft Learn covers Windows deployment tools.',
        url: `${LEARN}/windows/deployment/`
    },
    {
        id: 'licensing-and-activation',
        topic: 'licensing, activation and prices',
        phrasings: ['product key', 'activate windows', 'activation key', 'kms', 'mak key', 'volume license',
            'volume licence', 'how much does', 'pricing', 'e3 vs e5', 'buy licenses', 'buy licences'],
        redirect: 'your licensing admin or Microsoft account team.'
    },
    {
        id: 'general-it',
        topic: 'general IT support',
        phrasings: ['printer', 'outlook', 'mailbox', 'email signature', 'shared mailbox', 'sharepoint', 'onedrive',
            'excel formula', 'word document', 'teams meeting', 'teams call', 'zoom', 'docking station', 'second monitor',
            'headset', 'webcam', 'mouse', 'vpn client', 'jamf', 'workspace one'],
        redirect: 'your helpdesk.'
    },
    {
        id: 'chit-chat',
        topic: 'small talk',
        phrasings: ['tell me a joke', 'how are you', 'what is your name', 'whats your name', 'who made you',
            'weather', 'lunch', 'football', 'capital of', 'meaning of life', 'are you a robot'],
        redirect: 'ask me about pre-provisioning any time.'
    },
    {
        id: 'other-admin-features',
        topic: 'other Intune, Entra and Microsoft 365 admin work',
        phrasings: ['compliance policy', 'windows update for business', 'wsus', 'approve updates',
            'defender for endpoint', 'defender onboarding', 'antivirus policy', 'endpoint security policy',
            'windows 365', 'cloud pc', 'azure virtual desktop', 'avd',
            'cloud kerberos trust', 'key trust', 'licence assignment', 'license assignment', 'assign licence',
            'assign license', 'e3 licence', 'e5 licence', 'e3 license', 'e5 license', 'enroll mac', 'mac enrollment',
            'group policy management', 'exchange online', 'teams admin'],
        // Setting up another feature's policies: "create a conditional access policy", "write a firewall rule".
        patterns: [
            /\b(?:create|write|make|build|set ?up|configure|author|deploy|add)\b.{0,30}\b(?:conditional access|compliance|app protection|firewall|antivirus|defender|attack surface reduction|update ring) (?:polic(?:y|ies)|rules?|profiles?)\b/i
        ],
        redirect: 'your Intune or Microsoft 365 admin, or the Microsoft Learn documentation for that feature.',
        url: `${LEARN}/mem/intune/`
    },
    {
        id: 'activation-and-upgrades',
        topic: 'Windows activation and edition or version upgrades',
        phrasings: ['activation', 'activation error', 'upgrade key', 'edition upgrade', 'home to pro',
            'windows 11 upgrade', 'upgrade my pc', 'upgrade from windows 10'],
        redirect: 'your licensing admin or helpdesk; Microsoft Learn covers Windows activation.',
        url: `${LEARN}/windows/deployment/`
    },
    {
        id: 'desk-requests',
        topic: 'other IT requests',
        phrasings: ['network drive', 'map drive', 'file share', 'recovery key', 'bitlocker recovery', 'best laptop',
            'which laptop should', 'laptop recommendation', 'buy a laptop', 'write me', 'write a script', 'translate',
            'how much is'],
        redirect: 'your helpdesk.'
    }
];
