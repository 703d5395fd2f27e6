/**
 * Neighbouring topics technicians bring to the bench that this bot does not answer, with where to go instead.
 * Phrasings are specific on purpose: a phrasing matches anywhere in a question without pre-provisioning words,
 * so a word that also describes an in-scope situation ("password" after a reboot, "Teams" installer failing
 * during the ESP, "guest Wi-Fi") must not be one.
 */
import { SERVICE_DESK_RECORD_IN_TEXT } from '../domain/identifiers';
import { END_USER_AT_SETUP } from './endUserAtSetup';
import type { ScopeTopic } from './scope';

const LEARN = 'https://learn.microsoft.com';
/** Where the Intune features beside pre-provisioning are answered (roles and the rest). */
const ASK_INTUNE_ADMIN = { redirect: 'ask your Intune admin, or see the Microsoft Intune documentation.', url: `${LEARN}/mem/intune/` } as const;

/** Windows 11 however it is typed: "Windows 11", "win11", "w11", "windows eleven". */
const W11 = String.raw`\b(?:windows|win|w)[\s-]?(?:11|eleven)\b`;

/**
 * Wordings that make a neighbour's product an app or setting being deployed ("Zoom and Teams are required apps, do they
 * go in device setup", "Outlook settings: when do they land?"): the deployment is what is asked about, the product
 * only its object.
 */
const DEPLOYED_AS_PART = String.raw`device[\s-]*setup|account[\s-]*setup|user[\s-]*flow|tech(?:nician)?[\s-]*(?:flow|phase)|required(?:\s+apps?)?|win32|msi|lob|which phase|phases?|before re-?seal|after re-?seal|re-?seal\w*|(?:install|deploy|assign)(?:s|ed|ing)?\s+(?:as|to|during|in|at|before|after|on)|when\s+(?:do|does|will)\b.{0,40}\b(?:land|apply|arrive|show up|appear|happen|sync|install)\w*|(?:missing|gone|not there|absent)\s+(?:after|once|when)\b|(?:after|once|when|before)\s+(?:the\s+)?(?:end\s+)?users?\s+(?:signs?|logs?)\s*(?:in|on)|before\s+(?:we\s+|they\s+|it\s+)?(?:ship(?:s|ped|ping)?|deliver(?:y|ed|ing)?|hand(?:ing)?\s+(?:it\s+|them\s+)?over)\b|install(?:s|ed)?\s+when`;

/**
 * What a phone does for the deployment rather than being managed itself: the companion app or a camera scanning the
 * configuration screen's QR code, a hotspot, and approving the user's sign-in ("it wants me to approve a sign in on my
 * phone"). A phone named beside one of these serves the deployment.
 */
const PHONE_SERVES_THE_DEPLOYMENT = String.raw`companion|qr|scan\w*|mfa|authenticator|2fa|hotspot|tether\w*|approv\w*\s+(?:(?:a|the|an|my|her|his|their)\s+)?(?:sign[\s-]?in|log[\s-]?in|login|request|notification|prompt)`;

/** A Windows device as technicians name it: what our words are done to. */
const A_WINDOWS_DEVICE = String.raw`laptops?|notebooks?|devices?|pcs?|machines?|computers?|tablets?|surfaces?|units?|workstations?|hardware|it|them`;
/**
 * Our verbs done to something that is no Windows device: a shift roster, a contact centre's queues and routing profiles,
 * licences or seats to buy ("pre-provision next week's shift roster", "pre-provision the Salesforce licences"; accounts
 * and mailboxes provisioned are their own neighbours' questions), and white glove as a service to people ("a white glove onboarding
 * for clients"). The object comes straight after the verb (or "provisioning of"), past at most three words that are
 * neither a device nor a preposition, and is not itself followed by a device ("pre-provision the users' laptops" stays
 * ours); "pre-provisioning requires an Intune subscription" has no object.
 */
const OUR_VERB_ON_ANOTHER_THING = new RegExp(
    String.raw`\b(?:(?:pre|re)[\s-]*)?provision(?:s|ed|ing\s+of)?\s+(?:(?!(?:${A_WINDOWS_DEVICE}|for|to|with|at|in|on|by|from|and|or|is|are|was|were|when|before|after|during)\b)[\w'-]+\s+){0,3}?` +
        String.raw`(?:rosters?|rotas?|shifts?|queues?|routing\s+profiles?|licen[cs]es?|seats?|subscriptions?|phone\s+numbers?|softphones?|contacts?)\b(?!'?s?\s+(?:${A_WINDOWS_DEVICE})\b)` +
        String.raw`|\bwhite[\s-]*glove['"’”]?\s+(?:onboarding|services?|treatment|experience|hospitality|concierge|welcome|support\s+for\s+(?:clients|customers|guests|vips?))\b`
);

/**
 * An installer's result, as the ESP and the IME report an app that failed ("1641 on the printer driver app", "exit code
 * 1603", "0x80070643"), a driver packaged as one of the deployment's apps, and the two app types set side by side ("the
 * printer driver comes as an MSI and everything else as Win32"): whatever the app installs, a printer driver or a
 * dock's firmware, the failing app is the subject.
 */
const INSTALLER_RESULT = String.raw`(?:exit|return|error|result|install(?:er)?)\s+codes?|0x[0-9a-f]{8}|1602|1603|1618|1619|1620|1625|1633|1638|1641|3010|(?:drivers?|printers?)\s+(?:win32\s+|msi\s+)?(?:apps?|packages?)|win32\b.{0,80}\b(?:msi|lob)|(?:msi|lob)\b.{0,80}\bwin32`;

/**
 * Pre-provisioning ruled out as a label of a question about another mode: "user-driven (no preprov)", "not white glove,
 * just normal user-driven", "self-deploying, without pre-prov:". Only with the other mode named, and only as a label (closed by a bracket, a colon, a comma or a dash, or followed by "just"/"only"/"but"), so "no
 * preprov option after the Windows key" stays a problem report of ours.
 */
const EXCLUDES_PRE_PROVISIONING =
    /^(?=.*\b(?:user[\s-]*driven|self[\s-]*deploy\w*|kiosks?|existing\s+devices|hololens|(?:normal|standard|regular|plain)\s+autopilot)\b).*(?:^|[\s(,;:])(?:no|not|non|without|excluding|except|other\s+than|besides)[\s-]+(?:a\s+|the\s+|using\s+|doing\s+|via\s+)?(?:pre[\s-]*prov\w*|white[\s-]*glove|wg)(?=\s*[):,;—–]|\s+-+\s|\s+(?:just|only|but|though|plain|normal|regular|standard)\b)/i;

/**
 * The technician flow's result screens by name ("what info is on the success page, my colleague wants a screenshot for
 * the ticket"): the screen is the subject, the ticket or screenshot only what it is for.
 */
const RESULT_SCREEN = String.raw`(?:success|failure|result|green|red|completion|final)[\s-]+(?:screen|page)s?`;

/** The technician flow's start ("pressed the windows key 5 times, nothing, keyboard from the dock"): the deployment, whatever else is named. */
const WINDOWS_KEY_FIVE_TIMES = String.raw`(?:windows|win)[\s-]*key\w*\s+(?:five|5)\s*(?:times|x)`;

/**
 * A deployment named beside a neighbour's words ("802.1X wired network at the bench", "RADIUS rejects the device during
 * the ESP", "support case for a red screen in white glove"): the deployment is the subject, the neighbour its detail.
 */
const ABOUT_A_DEPLOYMENT = String.raw`${WINDOWS_KEY_FIVE_TIMES}|ntp|time\s+sync\w*|%serial%|%rand\w*|esp|enrol+ment status|status page|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|tech flow|re-?seal\w*|enrol\w*|join\w*|device[\s-]*setup|account[\s-]*setup|user[\s-]*flow|bench|tpm|attestation|hash\w*|hwid|ztd\w*|provision\w*(?!\s+(?:(?:new|students?|staff|teachers?|users?|the|our|all|their)\s+)*(?:accounts?|users?|mailboxes?|identit(?:y|ies)|licen[cs]es?|students|teachers))|red screen|${DEPLOYED_AS_PART}|${END_USER_AT_SETUP}|${INSTALLER_RESULT}`;

/**
 * Guards a device-preparation pattern: "Device preparation" is also the ESP's first phase, the one a stuck device or
 * a failing step is in ("device preparation hangs at securing your hardware" is ours).
 */
const ABOUT_THE_ESP_PHASE =
    '^(?!.*\\b(?:esp|enrol+ment status|status page|progress (?:screen|page)|securing (?:your |ur |the )?hardware|joining your|registering your|stuck|hangs?|hung|frozen|spinn\\w*|fail\\w*|0x[0-9a-f]{8}|phase|stage|how long|normal|tak(?:es|ing)|took|slow|forever|ages|\\d+\\s*(?:m|mins?|minutes|h|hrs?|hours)|first (?:part|line|step))\\b)';

export const outOfScopeTopics: readonly ScopeTopic[] = [
    {
        id: 'device-preparation',
        topic: 'Windows Autopilot device preparation',
        phrasings: ['autopilot device preparation', 'device preparation policy', 'device prep policy', 'apv2',
            'autopilot v2', 'enrollment time grouping', 'device preparation deployment', 'corporate identifier',
            'device prep profile', 'device preparation experience', 'windows autopilot device preparation',
            'device prep deployment', 'apv1 vs apv2', 'autopilot v1 vs v2'],
        // "Device preparation" is also the name of the ESP's first phase: only wordings that name the product decide.
        decisive: [
            // A label in front of the question: "device preparation: ...", "APDP - ...", unless what follows is about
            // the ESP phase ("Device preparation - stuck 30 min on securing your hardware").
            new RegExp(`${ABOUT_THE_ESP_PHASE}\\s*(?:windows\\s+)?(?:autopilot\\s+)?(?:device[\\s-]*prep(?:aration)?|apdp|apv2)\\s*[:\\-–—]`),
            /\bautopilot\s+device[\s-]*prep(?:aration)?\b/,
            /\bdevice[\s-]*prep(?:aration)?\.?(?:'s)?\s+(?:(?:intune|autopilot|windows|new|our|the|\(|\))\s*)?\(?(?:polic(?:y|ies)|pol|profiles?|deployments?|reports?|mode|product|scenarios?|tutorial|docs?|documentation|experience|feature)\b/,
            // The policy named the other way round, or the device-preparation page of a policy: the ESP phase is no
            // policy of its own.
            /\b(?:polic(?:y|ies)|profiles?)\s+(?:for|of|called|named)\s+(?:the\s+|a\s+)?(?:autopilot\s+)?device[\s-]*prep(?:aration)?\b|\bdevice[\s-]*prep(?:aration)?\s+(?:page|tab|section|settings?)\s+(?:of|in)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:polic(?:y|ies)|profiles?)\b/,
            /\b(?:apv2|apdp|autopilot\s*v2|autopilot\s+2(?:\.0)?|enrollment[\s-]+time[\s-]+grouping|intune\s+provisioning\s+client|corporate\s+identifiers?)\b/,
            // Chosen or compared as a product ("with device prep", "white glove or device preparation"), unless the
            // same question talks about the ESP phase ("stuck in device setup or device preparation").
            /(?<!\b(?:esp|status page|phase|stuck|hang\w*|hung|securing|spinn\w*|slow|device[\s-]*setup|account[\s-]*setup)\b.*)\b(?:with|using|via|switch(?:ed|ing)?\s+to|mov(?:e|ed|ing)\s+to|migrat\w*\s+to|instead\s+of|vs\.?|versus|compared\s+(?:to|with)|or)\s+(?:the\s+)?(?:new\s+)?device[\s-]*prep(?:aration)?\b(?![\s-]+(?:phase|stage|step|screen|part|page))(?!.*\b(?:esp|status page|phase|stuck|hang\w*|hung|securing|spinn\w*|slow|taking|takes)\b)/,
            // Choosing apps and scripts, their limits, user groups and reports are settings of the product's policy;
            // the ESP's Device preparation phase installs nothing and has no settings of its own.
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*\\bdevice\\s+prep(?:aration)?\\b.{0,60}\\b(?:how many|max(?:imum)?|limit|up to|pick|choose|select|allowed|(?:user|device) groups?|reports?|reporting|timeout setting|apps? list|list of apps|allowed apps)\\b`, 'i'),
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*(?:\\b(?:how many|max(?:imum)?|limit|pick|choose|select)\\b.{0,40}\\b(?:apps?|scripts?)|\\bapps?\\s+list|\\blist\\s+of\\s+apps)\\b.{0,40}\\bdevice\\s+prep(?:aration)?\\b`, 'i'),
            // What the product supports or needs, and moving to it: the ESP phase is not chosen or licensed.
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*(?:\\bdevice\\s+prep(?:aration)?\\b.{0,40}\\b(?:supports?|supported|requir\\w*|prerequisites?|licen[cs]\\w*|compatib\\w*|available)\\b|\\b(?:support\\w*|requir\\w*|prerequisites?|migrat\\w*|switch\\w*|mov(?:e|ing)|upgrad\\w*|versions?)\\b.{0,50}\\bdevice\\s+prep(?:aration)?\\b)`, 'i'),
            /\b(?:autopilot\s*v1|apv1)\b/,
            // Its app and script limit (10, later 25) and its just-in-time registration are the product's own traits: the
            // ESP has neither.
            new RegExp(`${ABOUT_THE_ESP_PHASE}(?=.*\\bdevice[\\s-]*prep(?:aration)?\\b).*\\b(?:(?:more than|over|up to|beyond|past|above|max(?:imum)?(?: of)?|only|exceed\\w*|add(?:ing)?)\\s+(?:\\d+|ten|twenty[\\s-]?five)\\s+(?:apps?|applications?|scripts?)|(?:10|25|ten|twenty[\\s-]?five)[\\s-]+(?:apps?|applications?|scripts?)(?:\\s+(?:limit|cap|max\\w*))?)\\b`),
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*\\b(?:10|25|ten|twenty[\\s-]?five)[\\s-]+apps?[\\s-]+(?:limit|cap|max(?:imum)?)\\b`),
            /\b(?:just[\s-]+in[\s-]+time|jit)\s+(?:registration|enrol\w*|join\w*)\b/,
            // Set up or adopted as a product ("how do I configure device preparation", "start using device prep"): the
            // ESP phase is not configured on its own, unless the question names it as a phase, part or page.
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*\\b(?:configur\\w*|set(?:ting)?[\\s-]*up|creat\\w*|deploy\\w*|roll(?:ing)?[\\s-]*out|enabl\\w*|turn(?:ing)?\\s+on|adopt\\w*|implement\\w*|start(?:ing)?\\s+using)\\s+(?:the\\s+|a\\s+|new\\s+)*device[\\s-]*prep(?:aration)?\\b(?![\\s-]+(?:phase|stage|step|screen|part|page|bit|section))`),
            // Named first beside pre-provisioning ("device prep or preprov, which going forward?"), or as what comes
            // next ("is device preparation replacing white glove"): a choice between products.
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*\\bdevice[\\s-]*prep(?:aration)?\\s+(?:or|vs\\.?|versus|instead\\s+of|compared\\s+(?:to|with)|over|rather\\s+than)\\s+(?:the\\s+|classic\\s+|old\\s+|normal\\s+)?(?:pre[\\s-]*p(?:r?o|r)v\\w*|white[\\s-]*glove|wg|autopilot|apv1|v1)\\b`),
            new RegExp(`${ABOUT_THE_ESP_PHASE}.*(?:\\bdevice[\\s-]*prep(?:aration)?\\b.{0,60}\\b(?:going forward|the future|future[\\s-]proof|replac\\w*|successor|deprecat\\w*|retir\\w*|roadmap)\\b|\\b(?:going forward|the future|replac\\w*|successor|deprecat\\w*|roadmap)\\b.{0,60}\\bdevice[\\s-]*prep(?:aration)?\\b)`)
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
            'domain controller', 'on-prem ad', 'on-premises active directory', 'computer account limit', 'domain join',
            'join domain', 'join to domain', 'on-prem domain', 'on-premises domain', 'local domain', 'ad domain',
            // Its short names and its connector however it is called.
            'haadj', 'odj', 'odj blob', 'odjconnectorsvc', 'odj connector service', 'intune connector service', 'connector for intune', 'connector for active directory'],
        // Installing or looking after the Intune Connector for Active Directory is hybrid's own work, even asked beside
        // pre-provisioning ("pre-provisioning with hybrid: steps to install the Intune Connector for AD?").
        decisive: [/\b(?:install\w*|set ?up|setting up|configur\w*|updat\w*|upgrad\w*|restart\w*|steps?)\b.{0,40}\b(?:intune\s+connector|odj\s+connector|connector\s+for\s+(?:active\s+directory|ad))\b/i,
            // A trouble on a device that is hybrid joined ("ESP stuck on a hybrid joined laptop waiting for the DC") is
            // hybrid's, unless pre-provisioning or Entra join is named beside it (then it may be asked which applies).
            /^(?!.*\b(?:pre-?prov\w*|white ?glove|wg|entra join\w*|vs\.?|versus|or entra|instead)\b)(?=.*\b(?:stuck|hang\w*|hung|waiting|wait\w*|fail\w*|error|0x[0-9a-f]+|timed? ?out)\b).*\b(?:a|an|the|this|that|our|my|these|those)\s+hybrid[\s-]*(?:azure\s+ad\s+|entra\s+)?joined\s+(?:laptop|device|pc|machine|computer|notebook|box)s?\b/i],
        boundary: 'overview-hybrid-boundary',
        redirect: 'this bot covers Entra join only; follow Microsoft\'s hybrid pre-provisioning tutorial and the ' +
            'team that owns your domain and Intune Connector.',
        url: `${LEARN}/autopilot/tutorial/pre-provisioning/hybrid-azure-ad-join-workflow`
    },
    {
        id: 'autopilot-reset',
        topic: 'Autopilot Reset (returning a device already in use to a business-ready state)',
        // Its local keystroke by name, and its own error screens ("Autopilot reset ran into trouble. Could not find the
        // recovery environment"): a reset of a device in use that stopped is that feature's, not the technician flow's.
        phrasings: ['ctrl win r', 'ctrl windows r', 'local autopilot reset', 'remote autopilot reset', 'autopilot reset ran into trouble',
            'reset ran into trouble', 'could not find the recovery environment', 'find the recovery environment'],
        // Unless the reset was pressed in the technician flow ("Reset on the red screen says Autopilot reset ran into
        // trouble"): that reset is the failure screen's, ours.
        unlessAbout: /\b(?:red screen|failure screen|error screen|technician|tech flow|esp|oobe|pre-?provision\w*|white ?glove|reseal\w*|retry)\b/i,
        patterns: [
            // Resetting a device already in use (from the portal, for the next person, remotely) is Autopilot Reset, a
            // feature of its own; Reset on the red screen of the technician flow is ours.
            /^(?!.*\b(?:red screen|failure screen|technician|tech flow|esp|oobe|pre-?provision\w*|white ?glove|reseal\w*|retry|fail\w*|error|stuck|0x[0-9a-f]+)\b).*(?:\bautopilot reset\b.{0,60}\b(?:existing|deployed|in use|used|portal|intune|remote\w*|from (?:the )?(?:admin )?(?:center|centre|console)|already (?:has|have|had|uses?|using|got)|(?:hand|give|pass|move)\w* (?:it |them )?(?:over |on )?to|next (?:user|person|employee|starter)|new (?:starter|hire|user|employee|joiner)|leavers?|resign\w*|departed|left the company|offboard\w*|lock ?screen|another (?:user|person|employee)|someone else)\b|\bautopilot reset\b.{0,80}\bhow (?:to|do (?:i|we|you)|can (?:i|we)) (?:trigger|run|start|do|use|perform|kick off|initiate)\b|\b(?:run|do|use|trigger|start|send|perform|kick off|initiate|configur|set ?up|enabl|allow|schedul|turn on)\w*\s+(?:an?\s+|the\s+)?autopilot reset\b|\bautopilot reset\b.{0,60}\bbetween\s+(?:shifts?|users?|sessions?|classes|students|patients|people|staff)\b|\bautopilot reset\b.{0,30}\b(?:how|when|what|does|do|will|keeps?|remove\w*|wipe\w*|delete\w*)\b)/i
        ],
        redirect: 'Autopilot Reset is a different Autopilot feature from pre-provisioning: it takes a device already in use back to ' +
            'a business-ready state (apps and settings kept from Intune, user data removed), triggered locally with Ctrl+Win+R ' +
            'or remotely from Intune. Your Intune admin runs it; Microsoft Learn has its own page.',
        url: `${LEARN}/autopilot/windows-autopilot-reset`
    },
    {
        id: 'other-autopilot-modes',
        topic: 'other Autopilot modes (user-driven without pre-provisioning, self-deploying, kiosk, existing devices, HoloLens)',
        phrasings: ['self-deploying mode', 'self deploying', 'kiosk mode', 'kiosk profile', 'kioskuser0',
            'autopilot for existing devices', 'existing devices scenario', 'autopilotconfigurationfile', 'hololens',
            'teams rooms', 'surface hub', 'assigned access', 'multi-app kiosk', 'single-app kiosk', 'kiosk browser'],
        patterns: [
            // Resetting a device already in use from the portal is Autopilot Reset, a feature of its own; Reset on
            // the red screen of the technician flow is ours.
            /^(?!.*\b(?:red screen|technician|tech flow|esp|oobe|pre-?provision\w*|white ?glove|reseal\w*|retry|recovery environment|winre|ran into trouble)\b).*\b(?:autopilot reset|wipe|fresh start|remote(?:ly)? reset|reset remotely)\b.{0,60}\b(?:existing|deployed|in use|used|portal|intune|remote\w*|from (?:the )?(?:admin )?(?:center|centre|console))\b/i,
            // A kiosk built or locked down as the task ("how do I build a kiosk for the lobby screens"); a kiosk set
            // beside pre-provisioning ("kiosk vs white glove", "can I pre-provision a kiosk"), or failing in a
            // deployment, is ours.
            /^(?!.*\b(?:pre-?prov\w*|white ?glove|wg|technician|reseal\w*|vs\.?|versus|compar\w*|differen\w*|beside|alongside|esp|oobe|fail\w*|error|stuck|0x[0-9a-f]+)\b).*\b(?:build\w*|set ?up|setting up|creat\w*|configur\w*|mak(?:e|ing)|deploy\w*|lock\w* down|design\w*)\b.{0,40}\bkiosks?\b|\b(?:turn\w*|convert\w*|mak(?:e|ing))\b.{0,30}\binto\s+(?:an?\s+)?kiosks?\b/i
        ],
        // Pre-provisioning ruled out by name ("user-driven laptops (no preprov): …", "not white glove, just normal
        // user-driven"): the deployment asked about is another mode, whatever pre-provisioning words the question shares.
        // HoloLens, Surface Hub and Teams Rooms devices have Autopilot scenarios of their own (self-deploying), never
        // pre-provisioning: named, the device is the subject whatever Autopilot word stands beside it.
        // ("Windows PC or HoloLens", the profile's device type in the admin center, is the profile we create).
        decisive: [EXCLUDES_PRE_PROVISIONING, /^(?!.*\b(?:windows\s+pcs?|or\s+hololens|hololens\s+or|profile\s+type|type\s+of\s+profile)\b).*\b(?:hololens|surface\s+hub|teams\s+rooms?)\b/i],
        comparison: 'overview-vs-self-deploying',
        redirect: 'those Autopilot scenarios have their own Microsoft Learn tutorials; your Intune admin decides ' +
            'which one a device uses.',
        url: `${LEARN}/autopilot/self-deploying`
    },
    {
        id: 'defender-antivirus',
        topic: 'Microsoft Defender and antivirus settings',
        phrasings: ['defender', 'antivirus', 'anti-virus', 'antimalware', 'anti-malware', 'av exclusions',
            'real-time protection', 'tamper protection', 'attack surface reduction', 'asr rules', 'smartscreen',
            'exclusion list', 'asr rule', 'realtime protection', 'cloud-delivered protection', 'edr', 'mde',
            'controlled folder access', 'network protection', 'exploit protection', 'virus', 'malware', 'quarantine',
            'crowdstrike', 'sentinelone', 'sophos', 'mcafee', 'symantec', 'eset', 'trend micro', 'windows security',
            'security scan', 'virus scan', 'definitions', 'firewall rule', 'firewall rules', 'windows firewall'],
        // SmartScreen's app reputation warns about an installer a person runs on a PC in use ("Windows protected your PC");
        // the ESP installs apps through the IME, where SmartScreen never asks, so the installer words do not make it ours.
        decisive: [
            /^(?!.*\b(?:esp|enrol+ment status|oobe|pre[\s-]*prov\w*|white[\s-]*glov\w*|technician|re-?seal\w*|device[\s-]*setup|account[\s-]*setup)\b).*(?:\bsmart[\s-]?screen\b|\bwindows protected your pc\b|\bapp reputation\b|\bunrecogni[sz]ed app\b|\b(?:run|install\w*) anyway\b|\bmark of the web\b)/
        ],
        // Antivirus that breaks a deployment (installs blocked during the ESP, the IME cache scanned) is ours.
        unlessAbout: /\b(?:(?:name|user\s*name|e-?mail|upn)\b.{0,40}\b(?:already\s+)?(?:filled|pre-?filled|populated)|esp|enrol+ment status|oobe|autopilot|tpm|ftpm|ptt|attestation|ek\s*cert\w*|ekcert\w*|ekop\w*|ftpm\w*|securing (?:your |ur |the )?hardware|ztd\w*|pre[\s-]*prov\w*|white[\s-]*glov\w*|wg|technician|tech flow|re-?seal\w*|ime|imecache|intune management extension|win32|msi|lob|install\w*|apps?|device[\s-]*setup|account[\s-]*setup|provision\w*|enrol\w*)\b/,
        redirect: 'your security team or Intune admin; Microsoft Learn documents Defender and antivirus policies.',
        url: `${LEARN}/defender-endpoint/`
    },
    {
        id: 'intune-roles',
        topic: 'Intune roles and scope tags',
        phrasings: ['scope tags', 'scope tag', 'role based access', 'rbac', 'intune roles', 'intune role', 'custom role',
            'helpdesk role'],
        // Unless the role is for the deployment ("a custom RBAC role so branch IT can import hashes", "which role can
        // register Autopilot devices", "scope tags on the ESP"): who may register devices is ours.
        unlessAbout: /\b(?:autopilot|hash(?:es)?|hwids?|import\w*|regist\w*|enrol\w*|esp|enrollment status|deployment profiles?|pre-?provision\w*|white ?glove)\b/i,
        ...ASK_INTUNE_ADMIN
    },
    {
        id: 'other-intune-features',
        topic: 'other Intune features',
        phrasings: ['app protection policy', 'mam policy', 'update ring', 'feature update policy', 'windows autopatch',
            'autopatch', 'remediations script', 'proactive remediation', 'endpoint analytics', 'co-management',
            'configuration manager', 'sccm', 'mecm', 'endpoint privilege management', 'remote help',
            'intune suite', 'remediation script', 'detection and remediation',
            'intune remediation', 'configmgr', 'config manager', 'config mgr', 'hardware inventory', 'software inventory',
            'device inventory', 'cmpivot', 'resource explorer', 'mdm vs mam', 'mam vs mdm', 'mam or mdm', 'mdm or mam', 'byod',
            'shared pc mode', 'shared multi-user device', 'shared device mode', 'driver update policy', 'driver updates policy',
            'windows driver update', 'approve drivers', 'connected cache', 'windows backup for organizations', 'windows backup',
            'admx ingestion', 'import admx', 'imported admx', 'admx template', 'admx templates', 'chrome policy',
            'chrome policies', 'browser policy', 'browser policies', 'chrome extension', 'chrome extensions',
            'device cleanup rules', 'device clean-up rules', 'cleanup rules', 'clean-up rules', 'considered stale',
            // Admin chores on the fleet: who administers what, app replacement, live queries, hotpatching.
            'supersedence', 'supersede', 'device query',
            'hotpatch', 'multi admin approval', 'multiple admin approval', 'change primary user', 'change the primary user',
            'co-managed', 'comanaged'],
        patterns: [
            // A device long in use ("in use for 2 years", "deployed for months", "enrolled since last year") with a
            // management symptom: everyday Intune work. The same device wiped or reset to be set up again is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|device[\s-]*setup|account[\s-]*setup|user flow|reset\w*|wip\w*|re-?image\w*|re-?install\w*|again|re-?deploy\w*|re-?us\w*|hand\w* (?:it |them )?(?:over|on)|new (?:user|owner|hire|starter)|hash\w*|regist\w*|0x[0-9a-f]+)\b).*\b(?:in use|deployed|enrolled|been using|used|running|had (?:it|them))\b.{0,15}\b(?:for|since)\s+(?:(?:about|over|nearly|almost|like)\s+)?(?:(?:\d+|a|an|one|two|three|four|five|six|several|many|a few|few|last|a couple of?)\s+)?(?:weeks?|months?|years?|yrs?|ages|a while|a long time|ever|(?:19|20)\d{2})\b/i,
            // AppLocker rules for what people may run; the AppLocker CSP restarting a device during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|during|reboot\w*|restart\w*|enrol\w*|setup|csp)\b).*\b(?:applocker|wdac)\b.{0,40}\b(?:block\w*|allow\w*|rules?|audit|whitelist\w*|games?|apps?|exe)\b/i,
            // Group Policy not applying on PCs in use; a GPO that breaks a deployment is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|hybrid|enrol\w*|join\w*|0x[0-9a-f]+)\b).*\b(?:gpos?|group polic(?:y|ies))\b.{0,30}\b(?:not applying|isn'?t applying|aren'?t applying|won'?t apply|doesn'?t apply|not apply|not being applied|gpupdate|gpresult|rsop)\b/i,
            // Certificates renewing or expiring on devices in use, or pushed to devices enrolled long ago; a certificate
            // the ESP waits for is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|device[\s-]*setup|account[\s-]*setup|during|tpm|attestation|ek|aik|stuck|hang\w*)\b).*(?:\b(?:scep|pkcs|ndes)\b.{0,40}\b(?:renew\w*|expir\w*|rotat\w*)\b|\b(?:scep|pkcs)\b.{0,60}\b(?:already enrolled|in use|existing devices|enrolled (?:a|for|since|\d))\b)/i,
            // Everyday management of enrolled devices, long after setup: feature updates, registry values pushed to the
            // fleet, an app inventory, compliance that slips weeks later. The same things during the ESP are ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|device[\s-]*setup|account[\s-]*setup|user flow|first sign\w*|right after|during|fail\w*|stuck|0x[0-9a-f]+)\b).*(?:\bfeature updates?\b|\b(?:push|deploy|set|add|change)\w*\b.{0,20}\bregistry\s+(?:keys?|values?|settings?)\b.{0,40}\b(?:all|every|fleet|devices|laptops|pcs)\b|\b(?:see|list|report|find|check|view|know)\b.{0,30}\bwhich apps\b.{0,20}\binstalled\b.{0,30}\b(?:enrolled|all|our|managed)\b|\bnon-?complian\w*\b.{0,40}\b(?:weeks?|months?|days?)\s+(?:later|after)\b)/i,
            // An app, an update or a new Windows rolled out to the devices already in use ("push the Revit update to all
            // the existing desktops", "upgrade in-use laptops to Windows 11"); the same for new devices at setup is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|device[\s-]*setup|account[\s-]*setup|user flow|bench|in[\s-]place|new\s+(?:laptops?|devices?|pcs?))\b).*\b(?:push\w*|deploy\w*|roll\w*\s+out|updat\w*|upgrad\w*|patch\w*|install\w*)\b.{0,60}\b(?:existing|in[\s-]use|current|already[\s-]deployed|production|live)\s+(?:[\w-]+\s+)?(?:desktops?|laptops?|devices?|pcs?|fleet|machines?|workstations?|computers?)\b/i,
            // Remote actions on a device in use (rename, retire, wipe, lock); deleting the record before a new
            // pre-provisioning run is ours.
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|esp|oobe|reus\w*|redeploy\w*|again|re-?run|technician|reseal\w*|0x[0-9a-f]+)\b).*(?:\b(?:rename|retire|wipe|remote ?lock|locate)\b.{0,30}\b(?:device|laptop|pc|computer)s?\b.{0,30}\b(?:in|from|via|with)\s+intune\b|\bremote(?:ly)?\s+(?:rename|retire|wipe|lock|restart)\b|\b(?:rename|retire|wipe)\b.{0,40}\bremote(?:ly)?\b)/i,
            // Comparing Intune or Microsoft 365 plans; which licence pre-provisioning needs is ours.
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|esp|enrol\w*|needed|need|require\w*)\b).*\b(?:compare|comparison|difference|differences|diff|vs\.?|versus)\b.{0,40}\b(?:plan ?[12]|p[12]|e[35]|business premium|intune suite)\b/i,
            // Removing an app from the fleet; an app failing (and retried) during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|pre-?prov\w*|white ?glove|technician|during|fail\w*|error|stuck|retry|re-?seal\w*|0x[0-9a-f]+)\b).*\b(?:uninstall\w*|remov\w*)\b.{0,30}\b(?:apps?|applications?|software|programs?)\b.{0,40}\b(?:all|every|each|fleet|from (?:the |our )?(?:laptops|devices|pcs|machines|computers))\b/i,
            // Turning BitLocker on for devices already in use through a policy; BitLocker during or after pre-provisioning is ours.
            /^(?!.*\b(?:esp|oobe|pre-?prov\w*|white ?glove|wg|technician|during|re-?seal\w*|autopilot|fail\w*|didn'?t|did not|not|128|xts|recovery key)\b).*\b(?:enabl\w*|turn(?:ing)? on|configur\w*|set ?up|deploy\w*|roll\w* ?out|push\w*|encrypt\w*)\b.{0,30}\bbitlocker\b.{0,40}\b(?:existing|all|every|fleet|through intune|via intune|with intune|in intune|polic(?:y|ies))\b/i,
            // Delivery Optimization tuned for a site (peers, cache, bandwidth); Delivery Optimization slowing the ESP is ours.
            /^(?!.*\b(?:esp|oobe|pre-?prov\w*|white ?glove|technician|during|slow\w*|stuck|hang\w*|fail\w*|error|endpoints?|urls?|blocked|ports?)\b).*(?:\b(?:configur\w*|set ?up|setting up|tun(?:e|ing)|deploy\w*)\b.{0,30}\bdelivery optimi[sz]ation\b|\bdelivery optimi[sz]ation\b.{0,30}\b(?:polic(?:y|ies)|settings?|peers?|peering|cache|caching|bandwidth|group id|download mode)\b)/i,
            // Blocking USB storage or removable drives on managed PCs (device restrictions); a USB stick used for logs is ours.
            /^(?!.*\b(?:esp|oobe|pre-?prov\w*|white ?glove|technician|logs?|mdmdiagnostic\w*|copy\w*|diagnostics?)\b).*\b(?:block\w*|disabl\w*|restrict\w*|prevent\w*|lock\w* down|stop\w*)\b.{0,30}\b(?:usb|removable)\s+(?:storage|drives?|sticks?|devices?|media|ports?)\b/i,
            // Enrolling existing (domain-joined) PCs through Group Policy, Windows' automatic MDM enrollment: another way
            // in than Autopilot. A GPO that conflicts with or breaks pre-provisioning, or which of GPO and MDM wins, is ours.
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|esp|oobe|technician|conflict\w*|break\w*|block\w*|wins?|overrid\w*|precedence|vs\.?|versus|fail\w*|error|stuck|0x[0-9a-f]+)\b).*(?:\b(?:auto(?:matic(?:ally)?)?[\s-]?)?enrol\w*\b.{0,40}\b(?:with|via|through|using|by|from|per)\s+(?:an?\s+|the\s+)?(?:gpos?|group polic(?:y|ies))\b|\b(?:gpos?|group polic(?:y|ies))\b.{0,25}\b(?:to|for)\s+(?:auto(?:matic(?:ally)?)?[\s-]?)?(?:mdm\s+)?enrol\w*|\b(?:gpo|group[\s-]polic(?:y|ies))[\s-]+(?:based\s+)?(?:auto(?:matic)?[\s-]?)?(?:mdm\s+)?enrol\w*|\bauto(?:matic)?[\s-]?(?:mdm\s+)?enrol\w*\b.{0,40}\b(?:domain[\s-]?joined|existing)\b)/i,
            // Packaging a Win32 app (IntuneWinAppUtil, .intunewin); a Win32 app failing during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|fail\w*|error|stuck|hang\w*|during|technician|pre-?provision\w*|white ?glove|0x[0-9a-f]+|detect\w*|block\w*)\b).*(?:\bintunewin(?:apputil)?\b|\bcontent prep(?:aration)? tool\b|\b(?:packag\w*|wrap\w*|convert\w*)\b.{0,40}\b(?:win32|intunewin|setup\.exe|exe|msi)\b|\b(?:win32|msi|exe)\s+(?:app\s+)?packag\w*)/i,
            // Remediations (detection and remediation scripts run on a schedule for everyday upkeep); "the remediation for
            // 0x…", a fix, is not the feature, and a script failing during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|during|technician|pre-?provision\w*|white ?glove|reseal\w*|fail\w*|error|stuck|attestation|0x[0-9a-f]+)\b).*(?:\bremediations?\b.{0,20}\b(?:scripts?|packages?|schedule\w*|daily|hourly|weekly|every|run\w*|to (?:clean|clear|restart|fix|delete|remove|reset|check|set|stop|start|update|disable|enable|free))\b|\b(?:scripts?|packages?)\b.{0,20}\bremediations?\b|\b(?:proactive|intune)\s+remediations?\b|\bremediations?\s+(?:in|from|with)\s+intune\b)/i,
            // Pushing a script to the fleet is Intune's script feature; a script failing during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|fail\w*|error|stuck|hang\w*|during|technician|pre-?provision\w*|white ?glove|0x[0-9a-f]+)\b).*\b(?:deploy|push|run|assign|roll ?out|distribute)\w*\b.{0,30}\b(?:powershell |ps1? |remediation |shell )?scripts?\b.{0,30}\b(?:all|every|each|many|our|the) (?:of (?:the|our) )?(?:devices?|machines?|computers?|pcs?|laptops?|endpoints?|clients?)\b/i,
            // Profiles of another kind pushed to devices (Wi-Fi, VPN, e-mail, certificates); one failing during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|fail\w*|error|stuck|hang\w*|during|technician|pre-?provision\w*|white ?glove|autopilot|0x[0-9a-f]+|block\w*)\b).*\b(?:deploy\w*|creat\w*|configur\w*|push\w*|set ?up|setting up|build\w*|roll\w* ?out)\b.{0,30}\b(?:wi-?fi|wireless|wlan|vpn|e-?mail|certificate|scep|pkcs|trusted root)\s+(?:configuration\s+)?profiles?\b/i,
            // Designing Windows Hello for Business policy (PIN length, complexity, what to choose); the PIN screen a
            // user meets after OOBE, or the policy that conflicts with pre-provisioning, is ours.
            /^(?!.*\b(?:oobe|esp|screen|user flow|account setup|after reseal|during|skip\w*|prompt\w*|asked|conflict\w*|break\w*|block\w*|fail\w*|pre-?prov\w*|white ?glove|autopilot|technician)\b).*\b(?:windows hello(?: for business)?|whfb|hello for business)\b.{0,40}\b(?:polic(?:y|ies)|settings?|complexity|length|recommend\w*|best practices?)\b/i,
            // Setting Windows Hello for Business up (or off) for the tenant; the PIN screen a user meets after OOBE is ours.
            /^(?!.*\b(?:oobe|esp|pin screen|screen|user flow|account setup|after reseal|during|skip\w*|prompt\w*|asked)\b).*\b(?:set ?up|setting up|configure|configuring|deploy|deploying|enable|enabling|disabl\w*|turn(?:ing)? (?:it )?(?:off|on)|switch(?:ing)? (?:it )?off|roll\w* ?out|implement\w*)\b.{0,30}\b(?:windows hello(?: for business)?|whfb|hello for business)\b/i,
            // Conditional Access for unmanaged or personal devices is access policy, not enrollment.
            /\b(?:conditional access|ca polic(?:y|ies))\b.{0,40}\b(?:unmanaged|byod|personal|non-?corporate|non-?managed)\b|\b(?:unmanaged|byod|personal) devices?\b.{0,40}\b(?:conditional access|ca polic(?:y|ies))\b/i
        ],
        ...ASK_INTUNE_ADMIN
    },
    {
        id: 'phones-and-macs',
        topic: 'phones, tablets and Macs',
        // A phone or a Mac is the subject even at the bench; a phone that only serves the deployment (scanning the
        // configuration screen's QR code, a hotspot, MFA during the user flow, "on her iPhone", "from my MacBook") is ours.
        decisive: [new RegExp(String.raw`^(?!.*\b(?:${PHONE_SERVES_THE_DEPLOYMENT})\b)(?!.*\b(?:on|from|via|with|using)\s+(?:(?:my|his|her|their|your|our|the|an?)\s+)?(?:user'?s\s+)?(?:android|iphone|macbook)\b).*\b(?:android|iphone|ipad|ipados|macos|macbook|chromebook|chromeos|chrome\s+os|imac|mac\s+(?:mini|studio|pro))s?\b`),
            // "The studio macs": Macs, unless the message is about the network, where MACs are addresses.
            /^(?!.*\b(?:address\w*|addr|nac|dhcp|mab|radius|wi-?fi|ethernet|network\w*|switch\w*|randomi[sz]\w*)\b).*\bmacs\b/
        ],
        phrasings: ['iphone', 'ipad', 'ios', 'ipados', 'android', 'macos', 'macbook', 'chromebook',
            'apple business manager', 'samsung knox', 'work profile', 'mobile phone', 'office on mac', 'office for mac', 'mac to entra', 'join mac',
            'platform sso', 'filevault', 'vpp', 'vpp token', 'apple vpp', 'apns', 'apple push certificate',
            'apple mdm push', 'managed apple id',
            // Apple's own zero-touch enrolment, by its names.
            'automated device enrollment', 'automated device enrolment', 'ade enrollment', 'ade enrolment', 'ade token', 'device enrollment program'],
        // "a Mac", "our Macs", "on mac": the computer, not a MAC address.
        patterns: [
            /\b(?:on|join|joining|enrol+(?:ing)?|my|a|the|our|their|his|her|for|to) (?:a |the |my |our |new )?macs?\b(?![\s-]*(?:address|addr|randomi[sz]ation))/i,
            // Something on someone's phone; a person "on the phone" is on a call, and the call is no subject; a phone
            // that scans the configuration screen's QR code, shares its connection or approves a sign-in serves the deployment (see
            // PHONE_SERVES_THE_DEPLOYMENT). "On my
            // phone" as a clause of its own ("where is that setting again? on my phone, can't find it") says where the
            // asker reads, not what is asked about.
            new RegExp(String.raw`^(?!.*\b(?:${PHONE_SERVES_THE_DEPLOYMENT})\b).*(?<!\b(?:is|are|was|were|been|be|being|s|re|got|get|gets|still|currently)\s+)(?:(?<!(?:^|[.?!;:(,])\s*)\bon (?:my|his|her|their|your|our|a|an) (?:phone|mobile)\b|\bon (?:my|his|her|their|your|our|a|an) (?:phone|mobile)\b(?!\s*(?:[,;:)!—–-]|\s+(?:atm|rn|right now|so|sorry)\b)))`, 'i')
        ],
        redirect: 'this bot covers Windows pre-provisioning only; ask your Intune admin about mobile and Mac ' +
            'enrollment.',
        url: `${LEARN}/mem/intune/enrollment/`
    },
    {
        id: 'accounts-and-identity',
        topic: 'user accounts and passwords',
        phrasings: ['forgot my password', 'reset my password', 'reset his password', 'reset her password',
            'password expired', 'account locked out', 'locked out of my account', 'self-service password reset',
            'sspr', 'guest user', 'b2b', 'user template', 'clone a user', 'copy a user', 'entra connect', 'azure ad connect', 'new user account',
            'password reset', 'reset password', 'change password', 'reset mfa', 'mfa reset', 'require mfa',
            'enable mfa', 'mfa method', 'mfa methods', 'authentication method', 'authentication methods',
            're-register mfa', 'register mfa', 'reregister authenticator', 're-register authenticator',
            'new phone authenticator', 'lost phone', 'authenticator on new phone', 'per-user mfa', 'security defaults',
            'phone sign-in', 'sms sign-in', 'dynamic user group', 'dynamic group for users', 'user.department',
            'user.jobtitle', 'what if tool', 'conditional access what if', 'ca what if', 'named location',
            'add user to group', 'add users to group', 'remove user from group', 'group owner', 'bulk create users',
            'disable user', 'delete user', 'offboard user', 'user offboarding', 'user onboarding',
            'entra roles', 'global admin role', 'privileged identity', 'pim role', 'guest account', 'guest access',
            'external user', 'contractor account', 'aadsts', 'number matching', 'authenticator pin', 'mfa settings',
            'mfa registration', 'mfa policy', 'passkey', 'account lockout', 'locked out', 'too many password attempts',
            'temporary password', 'mail enabled security group', 'mail-enabled', 'microsoft 365 group', 'm365 group',
            'password writeback', 'password hash sync', 'pass-through authentication', 'seamless sso', 'cloud sync',
            'enterprise app', 'enterprise application', 'app registration', 'saml',
            // Restoring a deleted person, finding accounts nobody uses: directory housekeeping, not a device's setup.
            'restore deleted user', 'recover deleted user', 'undelete user', 'restore user account', 'deleted users',
            'inactive users', 'inactive accounts', 'stale accounts', 'stale user accounts', 'last logon', 'lastlogon',
            'lastlogondate', 'lastlogontimestamp', 'active directory users',
            // Windows Hello's face sign-in for a person, and who owns a group of people.
            'windows hello face', 'hello face', 'owner of the group', 'owner on the group', 'owner on an entra group', 'group ownership'],
        patterns: [
            // An account provisioned for a person in some system ("provision a new iNews account for the freelancer"),
            // or user accounts provisioned in bulk ("bulk provisioning of AD user accounts for 200 agents").
            /\b(?:pre-?)?provision\w*\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+)?accounts?\s+for\b|\b(?:pre-?)?provision(?:s|ed|ing\s+of)?\s+(?:(?:new|the|our|all|bulk|\d+|ad|entra|azure\s+ad|on-?prem\w*|staff|agent|employee)\s+){0,3}user\s+accounts?\b/i,
            // Badge-tap single sign-on set up or failing (Imprivata OneSign, tap-and-go); its agent installed as one of the
            // ESP's apps is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|technician|win32|install\w*|apps?|timeout|reseal\w*)\b).*\b(?:imprivata|onesign|tap[\s-]+and[\s-]+go)\b/i,
            // Offboarding a person (accounts, mail, access) when they leave; their laptop handed on and set up again is ours.
            /^(?!.*\b(?:devices?|laptops?|pcs?|machines?|computers?|autopilot|esp|oobe|intune|wipe\w*|reset\w*|reus\w*|redeploy\w*|pre-?prov\w*|white ?glove|wg)\b).*\boff-?board\w*\b/i,
            // Finding people's accounts by when they last signed in (a report of users who have not logged in for months).
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|technician|reseal\w*|enrol\w*|user flow|account setup|devices?|laptops?|pcs?)\b).*\b(?:list|find|report|export|get|show|query|search)\w*\b.{0,40}\b(?:users|accounts|people|staff)\b.{0,40}\b(?:haven'?t|have not|hasn'?t|has not|never|not)\s+(?:logged|signed)\s*(?:in|on)\b/i,
            // Single sign-on set up for another application (SAML, an enterprise app); the sign-in during the user flow is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|technician|enrol\w*|user flow|account setup|first (?:sign|log)\w*|web sign-?in)\b).*\b(?:sso|single sign-?on)\b.{0,40}\b(?:for|with|to|into)\s+(?!windows\b|the (?:laptop|device|pc)\b)[a-z0-9]+/i,
            // A local admin password reset on a PC outside any deployment; the LAPS password after pre-provisioning is ours.
            /^(?!.*\b(?:laps|autopilot|pre-?prov\w*|white ?glove|technician|reseal\w*|esp|oobe|intune|entra)\b).*\b(?:reset|change|forgot|forgotten|recover|lost|unlock)\w*\b.{0,30}\blocal\s+(?:admin(?:istrator)?|account)\s+(?:password|passwd|pwd|pw|pass)\b/i,
            // A user's forgotten Windows Hello PIN is a helpdesk task; the PIN setup screen after the user flow is ours.
            /^(?!.*\b(?:oobe|esp|autopilot|pre-?prov\w*|white ?glove|technician|reseal\w*|user flow|account setup|set ?up|asked|prompt\w*|tpm|bitlocker)\b).*(?:\b(?:forgot|forgotten|reset|lost|locked|change)\w*\b.{0,30}\bpin\b|\bpin\b.{0,20}\b(?:forgot|forgotten|reset|locked|not working|doesn'?t work|stopped working|won'?t work|broken|no longer works?)\b)/i,
            // Authenticator pushes or codes that do not arrive for someone in their daily sign-ins; MFA during the user flow is ours.
            /^(?!.*\b(?:esp|oobe|account setup|user flow|autopilot|reseal\w*|enrol\w*|pre-?provision\w*|white ?glove|technician|first sign-?in|during|set ?up)\b).*(?:\b(?:authenticator|auth app|mfa|2fa)\b.{0,30}\b(?:push\w*|notifications?|codes?|texts?|sms|prompts?)\b.{0,30}\b(?:not|never|no longer|stopped|missing)\b|\b(?:authenticator|auth app|mfa|2fa)\b.{0,15}\b(?:isn'?t|is not|aren'?t|not|never|stopped|doesn'?t|won'?t)\s+(?:get|gets|getting|receiv\w*|show\w*|com\w*)\b.{0,20}\b(?:push\w*|notifications?|codes?|prompts?|texts?)|\b(?:can'?t|cant|cannot|doesn'?t|does not|won'?t|not|never)\s+(?:get|gets|getting|receiv\w*|see\w*)\b.{0,20}\b(?:authenticator|auth app|mfa|2fa)\b.{0,15}\b(?:push\w*|notifications?|codes?|prompts?|texts?))/i,
            // A dynamic group built from user attributes is Entra admin work; a dynamic device group is Step 4.
            // A group of people built or filled automatically is Entra admin work; a group of Autopilot devices is ours.
            /^(?!.*\b(?:devices?|autopilot|ztdid|zt?did|order ?id|group ?tags?|purchase ?orders?|csv|hash\w*|import\w*|physicalids?|enrollmentprofilename|laptops?|pcs?|machines?|mdm|intune|esp|profiles?|apps?|polic(?:y|ies)|enrol\w*)\b).*\bgroups?\b.{0,40}\b(?:all|every|each)\s+(?:the\s+|of\s+(?:the|our)\s+)?[a-z]+/i,
            /^(?!.*\b(?:devices?|autopilot|ztdid|zt?did|order ?id|group ?tags?|purchase ?orders?|csv|hash\w*|import\w*|physicalids?|enrollmentprofilename)\b).*\bdynamic\b.{0,30}\b(?:groups?|rules?|membership)\b.{0,40}\b(?:users?|department|job ?title|employees|staff|people|managers?|country|city|office location)\b/i,
            /^(?!.*\b(?:devices?|autopilot|enrol+\w*|esp|oobe)\b).*(?:\b(?:what ?if)\b.{0,30}\b(?:conditional access|ca|sign-?ins?)\b|\b(?:with|use|using|run|in|via) (?:the )?what ?if\b)/i,
            // Conditional Access built for sign-ins in general (locations, risk, legacy auth); CA blocking an
            // enrollment or needing a compliant device is ours.
            /^(?!.*\b(?:devices?|autopilot|enrol+\w*|esp|oobe|complian\w*|intune|pre-?provision\w*|white ?glove|technician|techs?|reseal\w*|join\w*|regist\w*|setup|stuck|fail\w*|error|0x[0-9a-f]+|bench|laptops?|pcs?)\b).*(?:\b(?:create|set ?up|configure|build|make|write|add|edit|change|exclude)\b.{0,40}\b(?:conditional access|ca polic(?:y|ies))\b|\b(?:conditional access|ca polic(?:y|ies))\b.{0,15}\b(?:to|for|that) (?:block|allow|require|exclude)\w*|\bblock\w*\b.{0,40}\b(?:with|using|via) (?:conditional access|ca)\b|\b(?:conditional access|ca polic(?:y|ies))\b.{0,50}\b(?:countr(?:y|ies)|locations?|geo\w*|legacy auth\w*|risk\w*|guests?|session|token|sign-?in frequency|travel\w*|ip ranges?))/i,
            /^(?!.*\b(?:devices?|autopilot|enrol+\w*|esp|oobe|intune|pre-?provision\w*|white ?glove|technician|reseal\w*|join\w*|regist\w*)\b).*\bsign[\s-]?in logs?\b/i,
            // A user's password in Entra (reset, change, expiry) is the helpdesk's; the password a user types in the user flow is ours.
            /^(?!.*\b(?:esp|oobe|account setup|user flow|autopilot|reseal\w*|enrol\w*|pre-?provision\w*|white ?glove|first sign-?in|laps|local admin\w*)\b).*\b(?:reset|change|expir\w*|forgot\w*|unlock)\w*\b.{0,40}\b(?:passwords?|passwd|pwd|pw)\b/i,
            // Rolling MFA or Authenticator out to people; an MFA prompt while signing in during the user flow is ours.
            /^(?!.*\b(?:esp|oobe|account setup|user flow|autopilot|reseal\w*|enrol\w*|pre-?provision\w*|white ?glove|first sign-?in|prompt\w*|during)\b).*\b(?:set ?up|setting up|roll\w* ?out|enabl\w*|enforc\w*|configur\w*|turn on|deploy\w*|register\w*|onboard\w*)\b.{0,30}\b(?:mfa|multi[\s-]?factor|authenticator|2fa)\b/i,
            // Managing someone's MFA (a new phone, a lost authenticator); being asked for MFA while signing in during
            // the user flow is ours.
            /^(?!.*\b(?:esp|oobe|account setup|user flow|autopilot|reseal\w*|enrol\w*|pre-?provision\w*|white ?glove|first sign-?in)\b).*(?:\b(?:reset|re-?register|unregister|de-?register|remove|delete|revoke|clear|change|update|move|transfer|swap|migrate|replace)\b.{0,30}\b(?:mfa|authenticator|2fa|second factor|verification (?:method|phone|app)|authentication (?:app|method|phone))|\bnew (?:phone|handset|mobile)\b.{0,40}\b(?:mfa|authenticator|2fa)|\b(?:mfa|authenticator|2fa)\b.{0,40}\bnew (?:phone|handset|mobile))/i
        ],
        // Signing in from abroad (a trip, another country) blocked by Conditional Access is location policy, whatever
        // device word stands beside it; Conditional Access blocking an enrollment or the first sign-in at setup is ours.
        decisive: [
            // A user account provisioned in another system ("provision a new user account in our LIMS for the new tech").
            /\b(?:pre-?)?provision\w*\s+(?:a\s+|an\s+)?(?:new\s+)?user\s+accounts?\s+(?:in|on|for)\s+(?:our|the|their)\b/,
            /^(?!.*\b(?:esp|oobe|enrol\w*|autopilot|pre-?prov\w*|white ?glove|technician|account setup|user flow|first (?:sign|log)\w*|setup|set up|setting up|reseal\w*)\b).*(?:\b(?:abroad|overseas|travel\w*|trips?|another country|other countr(?:y|ies)|foreign countr(?:y|ies)|on holiday|on vacation|business trip|roaming)\b.{0,60}\b(?:conditional access|ca polic(?:y|ies)|ca|blocked|blocks?|blocking|sign[\s-]?ins?|signing in|log[\s-]?ins?|logging in|mfa|access)\b|\b(?:conditional access|ca polic(?:y|ies)|blocked|blocks?|blocking|sign[\s-]?in|log[\s-]?in)\b.{0,60}\b(?:abroad|overseas|travel\w*|another country|other countr(?:y|ies)|foreign countr(?:y|ies)|on holiday|on vacation|business trip)\b)/
        ],
        redirect: 'your helpdesk or identity (Entra) admin handles accounts, passwords, MFA, user groups and Conditional Access.',
        url: `${LEARN}/entra/identity/`
    },
    {
        id: 'windows-setup-outside-autopilot',
        topic: 'installing or imaging Windows outside Autopilot',
        phrasings: ['media creation tool', 'bootable usb', 'install windows from usb', 'clean install',
            'installation media', 'in-place upgrade', 'task sequence', 'mdt',
            'wds', 'golden image', 'capture an image', 'dism', 'bypassnro', 'windows iso', 'windows 11 iso', 'windows 10 iso',
            'install media', 'usb installer', 'rufus',
            // Carrying a person's files and settings from an old PC to a new or reimaged one (USMT and by hand).
            'usmt', 'user state migration', 'scanstate', 'loadstate', 'migrate user data', 'migrate user files',
            'migrate user profile', 'user profile migration', 'backup user files', 'back up user files', 'user data backup',
            'transfer user files', 'copy user profile'],
        // A consumer or personal PC's own first-run setup (skipping the Microsoft account, a local account on Windows 11
        // Home) is Windows setup without Autopilot, whatever OOBE word stands beside it; the work sign-in a device
        // shows instead of its Autopilot screens, or Home edition refused by enrollment, stay ours.
        decisive: [
            // Building and capturing an image is imaging, even for the bench; an image asked about beside the deployment is ours.
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|oobe|esp|technician|re-?seal\w*|hash\w*)\b).*(?:\bsysprep\w*\b.{0,40}\b(?:capture\w*|golden|wim|wds|mdt)\b|\b(?:capture\w*|build\w*)\s+(?:a\s+|the\s+|our\s+)?(?:golden|master|reference)\s+image\b)/,
            // Bulk enrolment with a provisioning package, or one made with Windows Configuration Designer to apply at
            // setup: another way to enrol, unless it is asked beside Autopilot (a package that breaks or conflicts with
            // it is ours).
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|wg|esp|technician|conflict\w*|break\w*|interfer\w*|together|alongside|stuck|fail\w*|error)\b).*(?:\bbulk\s+enrol\w*|\b(?:windows\s+configuration\s+designer|wcd)\b(?=.{0,80}\b(?:apply\w*|usb|stick)\b)|\b(?:provisioning\s+packages?|ppkgs?)\b(?=.{0,80}\b(?:apply\w*|usb|stick|first\s+screen)\b))/,
            // Making or using install media (an ISO, a bootable USB stick) to put Windows on a device: imaging is the
            // subject, even "for our techs"; reimaging named as the reason a hash changed or a device needs registering
            // again is ours.
            /^(?!.*\b(?:autopilot|pre[\s-]*prov\w*|white[\s-]*glov\w*|esp|oobe|hash\w*|hwid|ztd\w*|regist\w*|import\w*|enrol\w*|intune|tpm|attestation)\b).*(?:\b(?:install(?:ation)?|boot(?:able)?|setup)\s+(?:media|usb|stick|drive|iso)\b|\bmedia creation\b|\b(?:windows|win|w)[\s-]?(?:1[01])?\s*iso\b|\biso\s+(?:file|image)\b|\b(?:re-?image|re-?install|image|imaging|install|wipe)\w*\b.{0,50}\b(?:usb|iso|thumb ?drive|pen ?drive|flash drive)\b|\b(?:usb|iso|thumb ?drive|flash drive)\b.{0,40}\b(?:re-?image|re-?install|install|imag)\w*)/,
            new RegExp(String.raw`^(?!.*\b(?:autopilot|pre[\s-]*prov\w*|white[\s-]*glov\w*|wg|technician|esp|intune|entra|re-?seal\w*|enrol\w*|deployment profile|instead of|work(?:\s+or\s+school)?\s+(?:account|sign[\s-]?in|log[\s-]?in|login|e-?mail)|company|organi[sz]ation|0x[0-9a-f]{8})\b).*(?:\b(?:skip\w*|bypass\w*|avoid\w*|without|get(?:ting)? (?:past|around)|no)\b.{0,30}\b(?:microsoft|ms|msa|online|outlook|hotmail|live)\s+accounts?\b|\b(?:consumer|personal|private|retail)\s+(?:(?:windows|win|w)[\s-]?1[01]\s+)?(?:windows|laptops?|pcs?|computers?|machines?|editions?|home)\b.{0,50}\b(?:setup|set up|oobe|accounts?|sign[\s-]?in)\b|\b(?:windows|win|w)[\s-]?1[01]\s+home\b.{0,50}\b(?:set ?up|oobe|local accounts?|microsoft accounts?|sign[\s-]?in|skip\w*|bypass\w*)\b)`, 'i')
        ],
        redirect: 'your imaging or desktop engineering team; Microsoft Learn covers Windows deployment tools.',
        url: `${LEARN}/windows/deployment/`
    },
    {
        id: 'licensing-and-activation',
        topic: 'licensing, activation and prices',
        phrasings: ['product key', 'activate windows', 'activation key', 'kms', 'mak key', 'volume license',
            'volume licence', 'pricing', 'price', 'e3 vs e5', 'buy licenses', 'buy licences', 'slmgr',
            'not activated', 'activated', 'activating', 'reactivate', 'digital license', 'digital licence',
            'digital entitlement', 'license key', 'licence key', 'oem key', 'retail key', 'kms host',
            'kms server', 'vamt', 'activation troubleshooter', 'genuine windows', 'unlicensed product',
            'license status', 'licence status', 'subscription activation', 'windows is not activated', 'activate', 'activate now',
            'license expired', 'licence expired', 'license transfer', 'licence transfer', 'transferable',
            'office activation', 'activate office', 'product deactivated', 'unlicensed', 'shared computer activation',
            'verify your subscription', 'office licence', 'office license'],
        patterns: [
            // MAK as a word of its own: a phrasing would also meet "makes".
            /\bmaks?\b/i,
            // The key Windows activates with ("is the key in the BIOS"), not the Windows key pressed at OOBE ("the windows
            // key thing", on a screen, before sign-in).
            /^(?!.*\b(?:press\w*|tap\w*|hit\w*|times|five|5x|oobe|thing|trick|sign[\s-]?in|screen)\b).*(?:\b(?:windows|product|licen[cs]e|oem|retail)\s+key\b.{0,40}\b(?:motherboard|mainboard|bios|uefi|embedded|sticker|coa|reinstall\w*|activat\w*|transfer\w*|need)\b|\b(?:motherboard|mainboard|bios|uefi|embedded)\b.{0,30}\b(?:windows|product|licen[cs]e|oem)\s+key\b)/i,
            // A licence moved to another machine is activation, not the Intune licence of a user.
            /^(?!.*\b(?:intune|ems|m365|microsoft 365|e3|e5|users?|enrol\w*|mdm)\b).*(?:\blicen[cs]\w*\b.{0,30}\b(?:mov\w*|transfer\w*|re-?use\w*|portable|tied to|carr(?:y|ied) over|another (?:pc|computer|laptop|machine|device))\b|\b(?:mov\w*|transfer\w*|re-?us\w*|carr(?:y|ies|ied)|migrat\w*|keep\w*)\b.{0,40}\b(?:oem|retail|windows|win|w1[01]|pro|enterprise|digital)\s+(?:windows\s+)?licen[cs]\w*)/i,
            // Licences users need for other products (Teams, Visio, Copilot…): an Intune licence for enrollment is ours.
            /^(?!.*\b(?:intune|autopilot|enrol\w*|mdm|ems|esp|oobe|device)\b).*(?:\blicen[cs]\w*\b.{0,40}\b(?:teams|visio|project|office|outlook|exchange|sharepoint|onedrive|frontline|f1|f3|e1|copilot|power ?bi|adobe|phone system|calling|dynamics)\b|\b(?:teams|visio|project|copilot|power ?bi|frontline|f1|f3|e1|dynamics)\b.{0,40}\blicen[cs]\w*)/i
        ],
        // What a licence, a plan or Autopilot itself costs, or buying licences, whatever deployment word stands
        // beside it: which licences pre-provisioning needs is ours, their price is not.
        decisive: [
            // Another vendor's named-user licence signed in on too many machines (Creative Cloud).
            /\bcreative\s+cloud\b.{0,60}\b(?:licen[cs]\w*|signed\s+(?:in|out)\s+(?:on|to|from|elsewhere)|seats?|activations?)\b|\bnamed[\s-]+user\s+licen[cs]\w*\b/,
            // How a product is licensed (per user or per device), not what Autopilot needs.
            /\blicen[cs]\w*\s+(?:per\s+user\s+or\s+(?:per\s+)?device|per\s+device\s+or\s+(?:per\s+)?user)\b/,
            /^(?!.*\b(?:in time|time-?wise|how long|hours?|minutes?)\b).*\b(?:licen[cs]\w*|plans?|subscriptions?|intune|autopilot|pre-?provision\w*|white ?glove|e3|e5|m365|microsoft 365|business premium|ems|p1|p2|seats?)\b.{0,60}(?:\b(?:cost|costs|costing|price|prices|pricing|priced|cheap\w*|expensive)\b|[$€£]\s?\d|\bper (?:user|device|seat)\b.{0,20}\b(?:month|year)\b|\bfree of charge\b|\bextra charge\b)/,
            /^(?!.*\b(?:in time|time-?wise|how long|hours?|minutes?)\b)(?:.*\b(?:cost|costs|price|prices|pricing)\b|.*[$€£]\s?\d).{0,60}\b(?:licen[cs]\w*|plans?|subscriptions?|intune|autopilot|pre-?provision\w*|white ?glove|e3|e5|m365|microsoft 365|business premium|ems|seats?)\b/,
            // A nonprofit's grant or discounted offer applied for: licensing, whatever the plan is wanted for.
            /\b(?:apply\w*|application|sign\s+up|request\w*|qualify\w*|eligib\w*)\b.{0,60}\b(?:nonprofit|non-profit|charity|charitable)\s+(?:grants?|offers?|discounts?|pricing|programmes?|programs?)\b|\btechsoup\b/,
            /\bis (?:autopilot|intune|pre-?provisioning|white ?glove) (?:free|paid)\b|\b(?:autopilot|intune|pre-?provisioning|white ?glove)\b.{0,30}\bcost (?:anything|extra|money)\b/,
            // Buying licences: how many to buy, where and from whom to order them, in bulk for everyone.
            // Whether a user needs one ("does the user need to buy a licence") is ours.
            /\bhow many\b.{0,30}\blicen[cs]\w*\b.{0,40}\b(?:buy|purchase|order)\b|\bwhere\b.{0,30}\b(?:buy|purchase|order)\b.{0,30}\blicen[cs]\w*|(?:\b(?:buy|buying|purchase|purchasing)\b.{0,30}|\border(?:ing)?\s+(?:more\s+|new\s+|extra\s+|\d+\s+)?(?:[a-z0-9]+\s+)?)\blicen[cs]\w*\b.{0,30}\b(?:from|through|via|for\s+\d+|for (?:all|our|the) (?:staff|users|employees|company|team)|cheap\w*|in bulk)\b/
        ],
        codeFamilies: ['0xC004'],
        // The Intune licence a user needs to enroll is ours.
        unlessAbout: /\b(?:intune|ems|mdm|enrol\w*|80180018|autopilot profile|esp)\b/i,
        redirect: 'your licensing admin or helpdesk; Microsoft Learn covers Windows activation and its error codes.',
        url: `${LEARN}/troubleshoot/windows-server/licensing-and-activation/`
    },
    {
        // A ticket opened in the ticketing tool ("raise a ServiceNow ticket for the failed laptop"): the tool's own work,
        // whatever the ticket is about. This chat hands a failing device to the helpdesk itself, so the answer says how.
        id: 'ticketing-tool',
        topic: 'tickets in your ticketing tool (ServiceNow, Jira)',
        phrasings: ['ticketing tool', 'ticketing system', 'halopsa', 'halo psa', 'autotask', 'connectwise manage', 'connectwise psa',
            'psa tool', 'psa contacts'],
        decisive: [
            /\b(?:open|raise|log|create|file|submit|make)\w*\s+(?:a\s+|an\s+|the\s+)?(?:servicenow|service\s+now|jira|freshservice|zendesk)\s+(?:ticket|incident|case|request|call)s?\b/,
            // A record of the service desk by its number ("the status of change CHG0048812").
            SERVICE_DESK_RECORD_IN_TEXT
        ],
        redirect: 'your service desk\'s portal. To hand a failing device to the helpdesk from this chat, type escalate and its serial.'
    },
    {
        // Our words in other trades: a vessel's or a car's autopilot, an oil well's electric submersible pump (ESP), a clinic's
        // resealed specimen, a lawyer's provisions. A technician in such a company may ask the bot about them; they share
        // nothing with Windows Autopilot but the word.
        id: 'other-meanings',
        topic: 'things that only share our words (a vessel\'s autopilot, a pump\'s or a car\'s ESP, a specimen resealed, a contract\'s provisions)',
        phrasings: ['electric submersible pump', 'electrical submersible pump', 'dynamic positioning', 'dp system'],
        decisive: [
            /\bautopilot\b.{0,60}\b(?:vessel|ship|boat|yacht|dp\s+system|dynamic\s+positioning|disengag\w*|heading\s+hold|altitude\s+hold|tesla|lane[\s-]?keep\w*|adas|cruise\s+control|driver[\s-]+assist\w*|self[\s-]+driving|suvs?|haul\s+trucks?)\b|\b(?:vessel|ship|boat|yacht|tesla|lane[\s-]?keep\w*|adas|cruise\s+control|driver[\s-]+assist\w*|self[\s-]+driving|suvs?|cars?|trucks?|vehicles?)'?s?\b.{0,40}\bautopilot\b/,
            /^(?!.*\b(?:oobe|autopilot|intune|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|tablets?|devices?)\b).*(?:\besp\b.{0,40}\b(?:pumps?|motors?|wells?|overload\w*|submersible|downhole|vsd|tripping|trips?)\b|\b(?:pumps?|submersible|downhole)\b.{0,20}\besp\b)/,
            // Medical, plant or handheld equipment with a TPM, firmware or reset of its own ("infusion pump says TPM
            // error after the firmware update"): not a Windows device being deployed.
            /^(?!.*\b(?:oobe|autopilot|intune|esp|pre-?prov\w*|technician|laptops?|pcs?|windows|surface)\b).*\b(?:infusion\s+pumps?|ventilators?|patient\s+monitors?|medical\s+devices?|pagers?|bleeps?|handsets?|forklifts?|tills?|pos\s+terminals?)\b.{0,50}\b(?:tpm|firmware|reset\w*|provision\w*|enrol\w*|profiles?)\b/,
            // A classroom's or meeting room's screens set up in their own way ("the new projectors have a first boot
            // setup with a QR code", "the interactive boards ask to be enrolled"): not a Windows PC being deployed.
            /^(?!.*\b(?:oobe|autopilot|intune|esp|pre-?prov\w*|technician|laptops?|pcs?|windows|surface)\b).*\b(?:projectors?|interactive\s+(?:displays?|panels?|flat\s*panels?|(?:white)?boards?)|smart\s?boards?|promethean(?:\s+(?:boards?|panels?))?|activpanels?|clevertouch|document\s+cameras?|doc\s+cams?)\b.{0,60}\b(?:provision\w*|enrol\w*|set\s*up|setup|first\s+boot|qr|register\w*|firmware|reset\w*)\b/,
            // Reseal as packaging ("reseal the boxes of chargers going back"), ESP as a school programme ("the ESP
            // summer camp kids"): the words, not the deployment.
            /\bre-?seal(?:s|ing)?\s+(?:the\s+|these\s+|those\s+|an?\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:boxes|cartons?|packages|parcels?|envelopes?|bags?|containers?|jars?|tubs?|lids?|packaging|trays?|pouch(?:es)?|packs?|kits?|vials?|bottles?)\b|\bre-?seal(?:ing)?\s+(?:tape|gun|sealer)s?\b|\bre-?sealing\s+machines?\b/,
            // Reseal said of something sterile, a specimen, an envelope, a book, a court filing or a windscreen ("can we
            // reseal and relabel it or redraw", "the judge ordered the filing resealed", "how long does the windshield
            // re-seal need to cure"): a seal, not a device's last step.
            /^(?!.*\b(?:autopilot|intune|esp|oobe|technician|pre-?prov\w*|white\s*glove|laptops?|pcs?|windows|win\s*1[01]|w1[01]|button|success\s+screen|green\s+screen)\b)(?=.*\bre-?seal\w*).*\b(?:steril\w*|specimens?|samples?|biohazard|relabel\w*|redraw\w*|autoclav\w*|evidence\s+bags?|tamper[\s-]+evident|envelopes?|exam\s+papers?|textbooks?|books?|shrink[\s-]?wrap\w*|cartons?|parcels?|jars?|bottles?|pouch(?:es)?|filings?|court|judge|docket|records?\s+under\s+seal|windshields?|windscreens?|sunroofs?|sealant|cure|curing|glass)\b/,
            // A policy an insurer writes ("an endorsement to a customer's home policy", "the sum insured on a contents
            // policy"), not a device policy; ESP as a contact centre's workforce figure ("ESP 82% for the queue, what is
            // the formula").
            /\b(?:insurance|home|contents|buildings|motor|car|van|fleet|life|travel|pet|renters?|landlord|liability|indemnity)\s+polic(?:y|ies)\b(?!\s+(?:csp|settings?|profiles?|conflicts?))|\bpolicy\s*holders?\b|\bsum\s+insured\b|\bpolicy\s+admin(?:istration)?\s+system\b|\bendorsements?\b.{0,40}\bpolic(?:y|ies)\b|\b(?:premiums?|underwrit\w*|claims?\s+handl\w*|deductibles?|excess)\b.{0,40}\bpolic(?:y|ies)\b/,
            /^(?!.*\b(?:oobe|autopilot|intune|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|pcs?)\b).*\besp\b.{0,60}\b(?:formula|calculat\w*|wfm|workforce|adherence|occupancy|shrinkage|kpis?|service\s+level|aht)\b/,
            // A vehicle's own pre-delivery inspection, and its maker's diagnostic software ("the Ford diagnostic laptop
            // says its subscription expired").
            /\bpre[\s-]?delivery\s+inspections?\b|\bpdi\s+(?:checklist|form|sheet|list)s?\b|\b(?:gm|ford|toyota|honda|nissan|bmw|vw|volkswagen|chevy|chevrolet|dodge|jeep|kia|hyundai|mercedes|audi|mazda|subaru|volvo|techline|techstream|odis|xentry|ista|witech)\b.{0,40}\bdiagnostic\w*\b/,
            // A cab as a taxi ("cab booking for the night shift", "book a cab"), not the logs' CAB file.
            /\bcabs?\s+(?:booking|bookings|service|services|vendors?|fares?|rides?|drivers?|pick-?ups?|drop-?offs?|compan(?:y|ies)|allowance|reimburse\w*)\b|\bbook\w*\s+(?:a\s+|the\s+)?cabs?\b/,
            // ESP as a plant's emergency shutdown system, and a satellite terminal provisioned ("the ESP test procedure
            // for the plant emergency shutdown", "setting up the satellite terminal, what's the provisioning process").
            /^(?!.*\b(?:oobe|autopilot|intune|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|laptops?|pcs?)\b).*\besp\b.{0,60}\b(?:emergency\s+shut\s*-?down|esd|plant|precipitator)\b|\b(?:satellite\s+(?:terminals?|dish(?:es)?|modems?)|starlink|vsat)\b.{0,60}\bprovision\w*|\bprovision\w*\b.{0,40}\b(?:satellite\s+(?:terminals?|dish(?:es)?|modems?)|starlink|vsat)\b/,
            // ESP as a heart's end-systolic pressure ("ESP on the cath report says 42").
            /^(?!.*\b(?:autopilot|intune|oobe|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|pcs?)\b).*(?:\bend[\s-]+systolic\b|\besp\b.{0,60}\b(?:systolic|diastolic|mmhg|cath(?:eter)?|cath\s+lab|echo(?:cardiogram)?|ventric\w*|cardiac|ejection\s+fraction|blood\s+pressure)\b)/,
            // TPM as a person, a team's name or a ticket key ("the TPM on the project board says review pending", "the
            // TPM capstone team", "ticket TPM-4412").
            /\btpm-\d{2,}\b|\btechnical\s+(?:program|project)\s+managers?\b|\btpm\s+(?:capstone|team|course|class|students?|group|project\s+(?:team|site|group))\b|\btpms?\b.{0,50}\b(?:project\s+board|sign(?:s|ed)?\s+off|review\s+pending|program\s+manager|project\s+manager|stand-?up|sprint|roadmap|backlog|kanban)\b/,
            // Something else provisioned: network ports, lines, mailboxes, badges, a truck's ELD or dashcam
            // ("pre-provision switch ports for the new rooms", "provision the new ELD units"), not a Windows device.
            /\b(?:pre-?)?provision\w*\s+(?:the\s+|a\s+|an\s+|our\s+|new\s+|some\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:switch\s*ports?|switchports?|network\s+ports|vlans?|circuits?|phone\s+lines?|extensions|mailbox(?:es)?|storage|luns?|badges?|access\s+cards?|elds?|telematics|dash\s*cams?|dashcams?|gps\s+trackers?|trackers?|(?:dhcp\s+)?reservations?|ip\s+addresses|dns\s+records?|(?:azure|cloud|aws|ec2|gcp)\s+(?:vms?|virtual\s+machines?|instances?))\b/,
            // Out-of-box failures as a quality figure ("the OOBE failure / DOA rate per lot"), TPM as Total Productive
            // Maintenance or tonnes per month, an autopilot on a robot or vehicle, SIMs provisioned by a carrier.
            /\b(?:oobe|out[\s-]of[\s-]box)\s+(?:failure|fail|defect)s?\s*(?:\/\s*doa\s+)?(?:rates?|ratio|percentage|%)\b|\bdoa\s+rates?\b/,
            /\btotal\s+productive\s+maintenance\b|\btpm\b.{0,40}\b(?:conveyors?|screwdrivers?|oee|kaizen|lean|maintenance\s+(?:schedule|plan|program(?:me)?))\b|\btonnes?\s+per\s+month\b|\btpm\s+(?:target|figures?|numbers?|tonnage)\b/,
            /\bautopilot\b.{0,60}\b(?:robots?|amrs?|agvs?|drones?|forklifts?)\b|\b(?:robots?|amrs?|agvs?|drones?)\b.{0,40}\bautopilot\b/,
            OUR_VERB_ON_ANOTHER_THING,
            // Reseal in the building trades ("detail the window reseal in the Revit model", "reseal the roof joints"), and QR
            // codes made for labels or asset stickers: the configuration screen's QR code is ours.
            /\b(?:window|glazing|roof|facade|façade|expansion)\s+re-?seal\w*|\bre-?seal\w*\s+(?:the\s+)?(?:window\s+frames?|glazing|roof\w*|joints?|gutters?|facade)\b/,
            /^(?!.*\b(?:oobe|autopilot|config\w*\s+screen|companion|scan\w*\s+(?:the\s+)?(?:qr|code)\s+on)\b).*\bqr[\s-]*codes?\b.{0,40}\b(?:generat\w*|stickers?|labels?|asset\s+tags?|posters?|menus?|flyers?)\b/,
            // Reseal as packaging: tamper-evident seals, stickers or tape on the boxes shipped.
            /\btamper[\s-]*(?:evident|proof)\b|\bre-?seal\w*\s+(?:stickers?|tape|labels?|bags?|seals?|packaging)\b/,
            /\b(?:esims?|sim\s+cards?|sims)\b.{0,40}\bpre-?provision\w*|\b(?:pre-?)?provision\w*\s+(?:(?:the|new|\d+)\s+){0,2}(?:esims?|sims?|sim\s+cards?)\b/,
            // Accounts or records pre-provisioned or pre-loaded in another system ("pre-provision volunteer accounts in
            // VolunteerHub", "pre-load the donor list"), white-glove onboarding from a marketing vendor, and another
            // appliance's own out-of-box setup (a smart TV).
            /^(?!.*\b(?:autopilot|intune|entra|devices?|laptops?|pcs?|oobe|esp|technician|tpm)\b).*\bpre-?(?:provision|load)\w*\b.{0,40}\b(?:accounts?|records?|donors?|volunteers?|contacts?|mailboxes)\b/,
            /\bwhite[\s-]*glove\b(?=.*\b(?:ad\s+grants?|ads?\s+campaigns?|ad\s+account|google\s+ads?|marketing|go-?live|at[\s-]the[\s-]elbow|movers?|moving\s+(?:service|company)|move-?in|concierge|relocation|vip|hospitality|suites?|catering|butler)\b)/,
            /^(?!.*\b(?:autopilot|intune|laptops?|pcs?|windows|surface|tablets?)\b).*\b(?:smart\s+tvs?|tvs?|televisions?|game\s+consoles?|xbox|playstation|smart\s+speakers?|routers?|cabinets?|appliances?|analy[sz]ers?|ultrasounds?|printers?|copiers?|dispensers?|dispensing\s+\w+|headsets?|vr|quests?|oculus|cameras?|camcorders?|encoders?|decoders?|recorders?|set-?top\s+box(?:es)?|spacemouse|3dconnexion|wacom|mice|webcams?)\b.{0,60}\b(?:out[\s-]of[\s-]box|oobe|setup\s+(?:screens?|wizard)|first[\s-]time\s+setup)\b|^(?!.*\b(?:autopilot|intune|laptops?|pcs?|windows|surface|tablets?)\b).*\b(?:oobe|out[\s-]of[\s-]box\s+setup)\b.{0,60}\b(?:cameras?|camcorders?|encoders?|decoders?|set-?top\s+box(?:es)?|routers?|modems?|smart\s+tvs?|televisions?|game\s+consoles?|dozers?|excavators?|haul\s+trucks?|in[\s-]cab\s+displays?)\b/,
            /^(?!.*\b(?:oobe|autopilot|intune|apps?|setup|pre-?prov\w*|technician|timeout|profile|install\w*|sign\w*|polic\w*|phase|page|screen)\b).*\besp\s+(?:(?:summer|after[\s-]*school|holiday|day)\s+)?(?:camp|kids|children|program(?:me)?s?|club)\b/,
            // ESP as a vehicle's electronic stability programme, TPM(S) as its tyre pressure monitor ("ESP light on the
            // truck's dash", "TPM warning on the trailer, what psi").
            /^(?!.*\b(?:autopilot|intune|oobe|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|pcs?|attestation)\b).*(?:\besp\b.{0,40}\b(?:light|lamp|dash(?:board)?|truck'?s?|cars?|vehicles?|trailers?|brakes?|traction|skid)\b|\btpms?\b.{0,60}\b(?:tires?|tyres?|psi|trailers?|trucks?|wheels?|valve|cars?|suvs?|vehicles?)\b)/,
            // ESP as a TV's electronic programme guide ("the ESP on the set-top box shows tomorrow's schedule wrong").
            /\belectronic\s+(?:service|programme|program)\s+(?:programme|program|guide)s?\b|^(?!.*\b(?:autopilot|intune|oobe|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|pcs?)\b).*\besp\b.{0,60}\b(?:set-?top|listings?|tv\s+guide|epg|channels?)\b/,
            // ESP as an organisation's own portal or system, its letters spelt out beside it ("our ESP (Electronic
            // Submission Portal)"), or down like a website ("ESP is down since morning, I mean our purchasing portal").
            /\besp\s*\(\s*(?!enrol)e[a-z]*[\s-]+s[a-z]*[\s-]+p[a-z]*|^(?!.*\b(?:autopilot|intune|oobe|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|pcs?)\b).*\besp\b.{0,60}\b(?:is\s+down|outage|portal|website|bids?|bidders?|upload\s+limit|i\s+mean\s+our)\b/,
            // ESP as an e-signature platform or an employee share plan ("our ESP bounces envelopes", "the ESP holding
            // period before a disposition").
            /^(?!.*\b(?:autopilot|intune|oobe|apps?|device\s+setup|account\s+setup|pre-?prov\w*|technician|timeout|profile|laptops?|pcs?)\b).*\besp\b.{0,60}\b(?:e-?signatures?|signing|share\s+plans?|stock\s+plans?|purchase\s+plans?|holding\s+period|dispositions?|shares|vesting|envelopes?|sender\s+domain)\b/,
            // Provisions as a contract's clauses or an accountant's reserve ("the indemnity provisions in the engagement
            // letter", "the tax provision for Q3").
            /\b(?:tax|indemnity|contract(?:ual)?|lease|legal|statutory|warranty|loss|bad[\s-]+debt|liability|deferred\s+tax|restructuring)\s+provisions?\b|\bprovisions?\s+(?:in|of)\s+(?:the|a|an|our|this|that|their)\s+(?:new\s+|client\s+)?(?:lease|contract|agreement|engagement\s+letter|letter|act|law|regulation|terms|will|deed|statute|policy\s+wording)\b/,
            // ESP as a course's code ("the ESP 101 lab machines need SPSS"): a course number, never minutes.
            /\besp[\s-]\d{3}\b(?!\s*(?:min|mins|minutes|m|s|sec|secs|seconds|%|errors?|codes?))/
        ],
        redirect: 'whoever looks after that in your organisation.'
    },
    {
        id: 'general-it',
        topic: 'general IT support',
        phrasings: ['printer', 'outlook', 'mailbox', 'email signature', 'shared mailbox', 'sharepoint', 'onedrive',
            'excel formula', 'word document', 'teams meeting', 'teams call', 'zoom', 'docking station', 'second monitor', 'crm', 'erp',
            'headset', 'webcam', 'mouse', 'jamf', 'workspace one', 'wifi at home', 'wi-fi at home', 'home wifi', 'home wi-fi', 'home network',
            'home router', 'router', 'projector', 'scanner', 'toner', 'paper jam', 'print queue', 'print job',
            'printing', 'outlook', 'calendar', 'out of office', 'desktop background', 'wallpaper', 'screensaver',
            'broken hinge', 'screen hinge', 'cracked screen', 'broken screen', 'dead pixel', 'swollen battery',
            'battery swelling', 'battery replacement', 'replace battery', 'replace ssd', 'replace hard drive',
            'replace keyboard', 'keyboard replacement', 'keys stuck', 'sticky keys', 'spilled', 'warranty repair',
            'repair ticket', 'send for repair', 'needs repair', 'need repair', 'fan noise', 'overheating',
            'bluetooth', 'headphones', 'speakers', 'microphone', 'docking', 'usb-c dock', 'usb dock', 'laptop dock', 'thunderbolt dock', 'surface dock', 'dock updater', 'dock firmware', 'monitor flicker',
            'external monitor', 'teams notifications', 'teams status', 'teams chat',
            'powerpoint', 'adobe', 'acrobat', 'password manager', 'meeting room',
            'room booking', 'phone line', 'desk phone', 'excel', 'microsoft word', 'ms word', 'flicker', 'flickers',
            'flickering', 'camera', 'teams video', 'teams audio', 'teams camera', 'zoom audio', 'wont charge',
            'not charging', 'charger', 'backlight', 'wifi password', 'wi-fi password', 'at home', 'home pc',
            'personal pc', 'personal laptop', 'need local admin', 'local admin access', 'company portal',
            'face recognition', 'fingerprint reader',
            'admin rights on my', 'take a screenshot', 'taking a screenshot', 'screenshot shortcut', 'screenshot tool', 'snipping tool', 'new laptop request', 'get a new laptop', 'bigger monitor',
            // The ticketing tool itself (ServiceNow, Jira, Freshservice): how its tickets are moved or closed.
            'servicenow', 'service now', 'jira', 'freshservice', 'zendesk', 'assignment group', 'ticket queue',
            'shared drive', 'copier', 'scan to email', 'access point', 'wireless access point', 'print spooler', 'slow wifi', 'computer is slow',
            'laptop is slow', 'pc is slow', 'running slow', 'very slow since', 'slow since the update', 'slow after the update',
            'slow since windows update', 'slow after windows update',
            // The business's own applications (ERP, warehouse management) and their user accounts.
            'sap', 'erp', 'wms', 'warehouse management system', 'route planning', 'route-planning', 'dispatch system',
            'transport management system', 'autocorrect', 'auto-correct', 'user locked', 'account locked', 'unlock my account', 'unlock the account',
            // Asking the bot itself to raise a ticket for a broken thing.
            'open a ticket', 'raise a ticket', 'log a ticket', 'create a ticket', 'reset bios password', 'bios password', 'bios admin password',
            'phishing', 'spam email', 'junk mail', 'suspicious email', 'scam email', 'battery life', 'battery health',
            'internal names', 'internal dns', 'dhcp scope', 'dhcp lease', 'my ip address',
            // Windows on a PC already in use: its desktop, languages, screens, disk, updates and optional features.
            'start menu', 'windows search', 'search bar', 'file explorer', 'explorer.exe',
            'display language', 'language pack', 'screen upside down', 'screen rotation',
            'rotate the screen', 'two monitors', 'dual monitors', 'multiple monitors', 'three monitors', 'disk is full',
            'disk full', 'drive is full', 'c drive', 'free up space', 'free up disk space', 'disk cleanup', 'storage sense',
            'defrag', 'browser cache', 'clear the cache', 'clear cache', 'cookies', 'wsl', 'hyper-v role', 'enable hyper-v', 'turn on hyper-v', 'windows sandbox', 'uninstall updates', 'uninstall update',
            'uninstall the update', 'roll back to windows 10', 'rollback to windows 10', 'go back to windows 10',
            'downgrade to windows 10', 'warranty status', 'check warranty', 'warranty check',
            'warranty lookup', 'warranty expired', 'net framework', '.net framework', 'java version', 'java runtime',
            'admin rights to install', 'ransomware', 'hacked', 'compromised account', 'compromised mailbox', 'onenote', 'webinar', 'teams webinar', 'teams town hall', 'town hall',
            // A user's profile on a PC in use (a temporary profile, a corrupt one), a profile picture, a key physically stuck.
            'temp profile', 'temporary profile', 'corrupt profile', 'corrupted profile', 'profile is corrupt',
            'profile is corrupted', 'profile picture', 'profile photo', 'physically stuck'],
        patterns: [
            // Someone asking to have a program put on the PC they use ("install python on my work laptop", "can I get
            // Photoshop on my computer"); apps the deployment installs, or that fail during the ESP, are ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|enrol\w*|intune|win32|msi|lob|required|assign\w*|deploy\w*|hash\w*|hwid|scripts?|get-windowsautopilotinfo|drivers?|fail\w*|error|stuck|0x[0-9a-f]+)\b).*\b(?:install(?:ed|ing)?|get|download\w*|put|add)\b.{0,30}\b(?:on|onto)\s+(?:my|his|her|their|our|(?:a\s+|the\s+)?users?'?s?)\s+(?:own\s+|work\s+|new\s+|company\s+|office\s+)?(?:laptop|pc|computer|machine|desktop|notebook)\b/i,
            // Setting up the guest network itself (captive portal, SSID on the access points); a device at OOBE on such a
            // network is ours.
            /\b(?:set ?up|setting up|configur\w*|creat\w*|build\w*|deploy\w*|enabl\w*|add\w*)\b.{0,40}\b(?:guest\s+(?:wi-?fi|wireless|network|ssid)|captive portal|ssids?)\b/i,
            // An app crashing or freezing on a PC in use; an app failing to install during the ESP is ours.
            /^(?!.*\b(?:esp|oobe|install\w*|deploy\w*|autopilot|pre-?prov\w*|white ?glove|technician|reseal\w*|enrol\w*|account setup|device setup)\b).*\b(?:teams|outlook|word|excel|edge|chrome|onedrive|app|application|program)\b.{0,30}\b(?:crash\w*|keeps? closing|freez\w*|not responding|hangs? when|slow to open)\b/i,
            // A program's own licence failing on a PC in use ("autocad says license error after login"); the licences a
            // deployment needs (Intune, Entra ID P1, Windows editions) are ours.
            /^(?!.*\b(?:intune|entra|esp|oobe|autopilot|pre-?prov\w*|white ?glove|technician|enrol\w*|m365|microsoft\s+365|office|windows|e3|e5|p1|p2|user\s+licen[cs]e|assign\w*)\b).*\b(?:autocad|revit|solidworks|photoshop|acrobat|sketchup|archicad|navisworks|bluebeam|app|application|program|software)\b.{0,40}\blicen[cs]e\s*(?:errors?|expired|invalid|problems?|issues?|not\s+(?:valid|found|activated))/i,
            // How long a battery lasts or how healthy it is; a battery running out mid-deployment is ours.
            /^(?!.*\b(?:esp|oobe|pre-?prov\w*|white ?glove|technician|during|unplug\w*|died|dies|ran out|power\w*)\b).*\bbatter(?:y|ies)\b.{0,25}\b(?:last|lasts|life|health|drain\w*|wear|capacity|cycles?)\b/i,
            // A device in service ("a pilot laptop in service for months", "in daily crew use", "laptops already in
            // service"): its trouble is the service desk's, whatever part it names (the TPM, Wi-Fi); a device prepared
            // again, or its deployment, is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|wg|technician|reseal\w*|device[\s-]*setup|account[\s-]*setup|user flow|during|enrol\w*|regist\w*|hash\w*|hwid|re-?image\w*|reset\w*|wip\w*|re-?deploy\w*|re-?provision\w*|again)\b).*\b(?:in\s+(?:daily\s+|active\s+|everyday\s+|regular\s+|full\s+)?(?:service|production)|in\s+(?:daily|everyday|active|regular)\s+(?:\w+\s+)?use|already\s+in\s+(?:use|service)|in\s+use\s+(?:for|since)|been\s+in\s+use)\b/i,
            // A loud or busy fan is hardware, whatever update came before it; a fan at the bench during the ESP is ours.
            /\bfans?\b.{0,30}\b(?:loud\w*|nois\w*|whin\w*|roar\w*|jet|constant\w*|full speed|max(?:imum)? speed|spinning up|spins? up|revving|running (?:all the time|constantly|non-?stop))\b|\b(?:loud|noisy|whining|screaming)\s+fans?\b/i,
            // Damage and repairs: a part and what happened to it, in either order.
            /^(?!.*\b(?:oobe|esp|autopilot|layout|language|region|tpm)\b).*(?:\b(?:cracked|smashed|broken|shattered|damaged|spilled|swollen|bent|loose|snapped)\b.{0,20}\b(?:screens?|displays?|hinges?|keys|keyboards?|batter(?:y|ies)|ports?|chargers?|trackpad|touchpad|lid|chassis)\b|\b(?:screens?|displays?|hinges?|keys|keyboards?|batter(?:y|ies)|ports?|chargers?|trackpad|touchpad|lid)\b.{0,25}\b(?:cracked|smashed|broken|shattered|damaged|swollen|bent|loose|snapped)\b)/i
        ],
        // Keyboard shortcuts with the Windows key (Win+L, Windows key + D): the Windows key pressed five times at OOBE is ours.
        decisive: [
            // A firm's document-management or e-signature system administered (a matter workspace, a cabinet, an account
            // in iManage, NetDocuments, DocuSign); its client installed by the ESP is ours.
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|technician|tech\s+flow|bench|win32|install\w*|apps?|app\s+set|timeout|timing\s+out|reseal\w*|intune|client)\b).*\b(?:imanage|netdocuments|net\s+documents|docusign|worldox|clio)\b/i,
            /\b(?:windows|win)(?:[\s-]*(?:logo\s+)?key)?\s*(?:\+|plus)\s*(?:[a-z0-9]|tab|print ?screen|prt ?sc)\b(?!\s*(?:times|x)\b)/,
            // Enrolling or provisioning people in a business system ("enrolment of new crew into the training LMS",
            // "provisioning accounts in the scheduling system", "teller enrolment in the payroll system").
            /^(?!.*\b(?:intune|autopilot|entra|azure|esp|oobe|mdm|company\s+portal|partner\s+center|windows|devices?|laptops?|tablets?|pcs?)\b).*\b(?:enrol\w*|provision\w*|onboard\w*)\b.{0,50}\b(?:in|into|on|onto|to|for)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:system|lms|courses?|payroll|crm|erp|dms|training|dcs|scada|historian|plc)\b|\bprovision\w*\s+(?:new\s+)?(?:[\w-]+\s+)?accounts?\s+(?:in|on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:system|dcs|scada|lms|crm|erp|app|application)\b|\bprovision\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:clinical|epr|ehr|emr|crm|erp|lms|payroll|hr)\s+(?:app|application|system|software)\b/,
            // The organisation's own systems by what they do (a staff rota, a pager or nurse-call system, a booking
            // tool): their profiles, groups and resets are theirs, whatever deployment word they share.
            // Installed by the deployment ("when do the user-targeted apps like the rota app get installed"), it is ours.
            new RegExp(String.raw`^(?!.*\b(?:${DEPLOYED_AS_PART}|(?:user|device)[\s-]*targeted|gets?\s+installed)\b).*\b(?:rota|roster|pager|paging|nurse[\s-]?call|bleep|scheduling|shift[\s-]?planning|timesheet|room[\s-]?booking|badge[\s-]?tap|single[\s-]?sign[\s-]?on|sso)\s+(?:system|app|application|profile|software|tool|agent|server)s?\b`),
            // A keyboard to swap, or a key physically stuck on it: hardware, even the Windows key.
            /^(?!.*\b(?:layout|language|region|oobe|five|5\s*(?:x|times))\b).*(?:\b(?:swap|replace|replacing|swapping|change)\s+(?:out\s+)?(?:the\s+|its\s+|that\s+|a\s+)?keyboards?\b|\bkeys?\b.{0,30}\b(?:stuck|sticky|jammed|fell\s+off|missing)\b.{0,20}\bkeyboards?\b|\bkeyboard'?s?\b.{0,20}\bkeys?\b.{0,20}\b(?:stuck|sticky|jammed|fell\s+off|missing)\b)/,
            // A QR code on something other than the device's configuration screen (a printer's page, a boarding pass,
            // a scanner): that thing's own support.
            /^(?!.*\b(?:oobe|screens?|result|success|failure|reseal\w*|autopilot|companion|technician|esp|intune|provision\w*)\b).*\bqr\s*codes?\b.{0,40}\b(?:printers?|boarding\s+pass\w*|scanners?|labels?|badges?|guest\s+wi-?fi|menus?|posters?|websites?|flyers?)\b|\b(?:printers?|boarding\s+pass\w*|scanners?)\b.{0,40}\bqr\s*codes?\b(?!.*\b(?:oobe|screens?|result|success|failure|reseal\w*|autopilot|companion|technician|esp|intune)\b)/
        ],
        // The Autopilot CSV opened in Excel (imported, or the hash's: a CSV alone may be anyone's), a charger unplugged at
        // the bench, a repaired laptop's registration (Attention required after a new motherboard): the deployment is the subject.
        // "Outlook blocked, device not compliant after the user signed in": compliance after the user flow is the subject;
        // the end user finishing setup at home after unboxing, or meeting its screens from home, is the user flow: both ours.
        // A screenshot of the technician flow's result screen for a ticket: the screen is the subject.
        unlessAbout: new RegExp(String.raw`\b(?:upload\w*\b.{0,40}\bcsv|csv\b.{0,40}\bupload\w*|bench|hardware hash|hash|hwid|group ?tags?|import\w*|attention required|fix pending|re-?regist\w*|deregist\w*|autopilot|esp|oobe|${WINDOWS_KEY_FIVE_TIMES}|pre-?provision\w*|white ?glove|technician|reseal\w*|enrol\w*|qr|(?:non-?|not )complian\w*|unbox\w*|finish(?:es|ing)? (?:the )?setup|(?:reset|retry) (?:button|option)s?|${DEPLOYED_AS_PART}|${END_USER_AT_SETUP}|${INSTALLER_RESULT}|${RESULT_SCREEN})\b`, 'i'),
        redirect: 'your IT service desk: raise a ticket there.'
    },
    {
        id: 'oem-tools',
        topic: "the device makers' own tools (Dell Command Update, HP Support Assistant, Lenovo Vantage)",
        phrasings: ['dell command update', 'dell command', 'dell supportassist', 'supportassist', 'support assist',
            'hp support assistant', 'hp image assistant', 'hp smart', 'myhp', 'hp wolf', 'lenovo vantage',
            'commercial vantage', 'lenovo system update', 'lenovo update', 'myasus', 'armoury crate', 'oem tool',
            'oem tools', 'oem software', 'oem bloatware', 'bloatware', 'bios update', 'bios updates', 'update bios',
            'update the bios', 'flash bios', 'flash the bios', 'silent switches', 'silent switch'],
        // The vendor's updater deployed as one of the ESP's apps, failing there or restarting the device mid-ESP, is ours;
        // popping up on a desktop in use, after the user signed in, it is the vendor's.
        // A BIOS or firmware update as the cure for a TPM that fails attestation is ours too.
        unlessAbout: new RegExp(String.raw`\b(?:esp|enrol+ment status|status page|oobe|autopilot|pre-?provision\w*|white ?glove|wg|technician|reseal\w*|enrol\w*|win32|msi|ime|device[\s-]*setup|account[\s-]*setup|user[\s-]*flow|required(?:\s+apps?)?|fail\w*|block\w*|stuck|hang\w*|tpm|attestation|securing|${INSTALLER_RESULT})\b`, 'i'),
        redirect: "the device maker's documentation for its tool, or your desktop engineering team (who package and " +
            'configure it).'
    },
    {
        id: 'vpn-and-remote-access',
        topic: 'VPN and remote access',
        phrasings: ['vpn', 'vpn client', 'forticlient', 'anyconnect', 'globalprotect', 'always on vpn', 'pulse secure',
            'remote desktop', 'rdp', 'citrix',
            // The firewall appliances themselves (their firmware, their rules as a product): the network team's.
            'fortigate', 'fortinet', 'sonicwall', 'watchguard', 'palo alto', 'meraki mx'],
        // A VPN profile Intune pushes during the ESP, or a VPN the deployment needs, is part of pre-provisioning.
        // So is a VPN client app failing with an installer's code ("3010 on the VPN client app"), and a VPN app chosen as
        // one the ESP waits for ("only the EFB app and the VPN to block").
        unlessAbout: new RegExp(String.raw`\b(?:esp|enrol+ment status|oobe|autopilot|intune|profiles?|polic(?:y|ies)|certificates?|enrol+\w*|pre-?provision\w*|white ?glove|technician|deploy\w*|blocking|to\s+block|${DEPLOYED_AS_PART}|${INSTALLER_RESULT})\b`, 'i'),
        redirect: 'your network or remote-access team, through the IT service desk.'
    },
    {
        id: 'remote-assistance',
        topic: 'remote assistance (Quick Assist, Remote Help, TeamViewer)',
        phrasings: ['quick assist', 'teamviewer', 'anydesk', 'remote assistance', 'remote support', 'remote control',
            'screenconnect', 'connectwise control', 'bomgar', 'beyondtrust', 'splashtop', 'logmein', 'dameware'],
        patterns: [
            // Reaching a user's PC from the desk to help them; the technician at the bench has the device in hand.
            /\bremote(?:ly)?\s+(?:in(?:to)?|onto|on\s+to|connect\w*|access\w*|sessions?|(?:in|on)\s+to)\b/i,
            /\b(?:take|took|taking|get|gain)\s+(?:over|control)\b.{0,30}\b(?:screens?|pcs?|laptops?|devices?|computers?|machines?|sessions?|desktops?|mouse)\b/i,
            /\b(?:see|view|share|sharing|shadow\w*|mirror\w*)\s+(?:the\s+)?(?:user'?s|their|her|his|someone'?s|end users?'?s?)\s+(?:screens?|desktops?)\b/i
        ],
        // A remote tool deployed as one of the ESP's apps, or a screen seen while the device is at the bench, is ours.
        unlessAbout: new RegExp(String.raw`\b(?:esp|enrol+ment status|oobe|autopilot|pre-?provision\w*|white ?glove|technician|reseal\w*|enrol\w*|install\w*|win32|msi|apps?|${DEPLOYED_AS_PART})\b`, 'i'),
        redirect: 'your helpdesk\'s remote support tool (Quick Assist, Intune Remote Help or what your service desk uses).',
        url: `${LEARN}/mem/intune/fundamentals/remote-help`
    },
    {
        id: 'windows-configuration',
        topic: 'configuring Windows itself (firewall rules, printers, browsers, power and desktop settings)',
        phrasings: ['pac file', 'proxy pac', 'inbound rule', 'outbound rule', 'firewall exception', 'allow an app through the firewall',
            'default browser', 'default apps', 'file association', 'power plan', 'power settings', 'sleep settings',
            'start menu layout', 'taskbar', 'desktop shortcut', 'deploy a printer', 'printer on all', 'lock screen image',
            'time zone for all', 'screen saver', 'universal print', 'print server', 'point and print', 'printer driver',
            'print driver', 'print deployment', 'printer deployment'],
        // Printers and their drivers are print management, whatever Intune or install word stands beside them; a printer
        // app named as one of the ESP's failing apps is ours.
        decisive: [
            new RegExp(String.raw`^(?!.*\b(?:esp|enrol+ment status|status page|oobe|pre[\s-]*prov\w*|white[\s-]*glov\w*|technician|re-?seal\w*|device[\s-]*setup|account[\s-]*setup|user[\s-]*flow|${INSTALLER_RESULT})\b).*(?:\buniversal[\s-]+print\w*\b|\bprint(?:er)?[\s-]+(?:drivers?|servers?|deployment|mapping)\b|\b(?:deploy\w*|push\w*|map\w*|add\w*|install\w*|roll\w*\s*out|assign\w*)\b.{0,40}\bprinters?\b|\bprinters?\b.{0,40}\b(?:to|for|on)\s+(?:all|every|each)\b)`)
        ],
        patterns: [
            // Opening a port or writing a rule for an application is firewall configuration.
            /\bopen(?:ing)?\s+(?:a\s+|the\s+)?(?:port|ports)\b|\b(?:tcp|udp)\s+port\s+\d+\b|\bport\s+\d+\s+(?:inbound|outbound)\b/i
        ],
        // Configuration that blocks or breaks a deployment (the firewall in front of the ESP, a printer app failing
        // during device setup, the time zone at OOBE) is ours.
        unlessAbout: new RegExp(String.raw`\b(?:esp|enrol+ment status|status page|oobe|autopilot|pre-?provision\w*|white ?glove|technician|reseal\w*|enrol\w*|tpm|attestation|device setup|account setup|user flow|endpoints?|urls?|fail\w*|block\w*|stuck|${INSTALLER_RESULT})\b`, 'i'),
        redirect: 'your Intune admin (device configuration profiles) or the IT service desk; this bot covers ' +
            'pre-provisioning itself.',
        url: `${LEARN}/mem/intune/configuration/`
    },
    {
        id: 'delivery-logistics',
        topic: 'courier and delivery services',
        // Only the courier trade's own wordings: shipping a pre-provisioned device by courier is ours.
        phrasings: ['white glove delivery', 'white glove courier', 'white glove shipping'],
        // "White glove" is also the courier trade's word for a premium delivery: that sense is not Autopilot's.
        decisive: [
            /^(?!.*\b(?:esp|tpm|reseal\w*|oobe|intune|autopilot|technician|provision\w*|pre-?prov\w*|wg|power\w*|sign\w*|timing|same day|hours?|minutes?)\b).*(?:\bwhite[\s-]*glove\s+(?:delivery|deliveries|courier|shipping|logistics|service|moving|installation|transport)\b|\b(?:courier|shipping company|logistics|freight|delivery company|movers)\b.{0,40}\bwhite[\s-]*glove\b)/
        ],
        redirect: 'your procurement or logistics team. (In Autopilot, "white glove" is the old name of ' +
            'pre-provisioning: ask me about that any time.)'
    },
    {
        id: 'warehouse-hardware',
        topic: 'handheld scanners, label printers and vehicle terminals',
        phrasings: ['label printer', 'label printers', 'handheld scanner', 'handheld scanners', 'barcode scanner', 'barcode scanners',
            'forklift terminal', 'vehicle terminal', 'vehicle mount', 'rf gun', 'scan gun'],
        // A maker of handhelds and label printers by name ("Zebra TC52 scanners", "Honeywell CT40"); a Windows laptop or
        // tablet of theirs ("Zebra L10 Windows tablet") is a device like any other.
        patterns: [/^(?!.*\b(?:windows|win1[01]|w1[01]|laptops?|notebooks?|surface|pcs?|l10|et[4-8]\d)\b).*\b(?:zebra|honeywell|datalogic|tc[2-7]\d|mc[39]\d{3}|ct[4-6]\d)\b/i],
        // Their scanners named as such, even set beside the laptops ("white glove the Zebra TC52 scanners the same way as
        // the laptops"): the handhelds are the subject.
        decisive: [/^(?!.*\b(?:windows|win1[01]|w1[01]|surface|l10|et[4-8]\d)\b).*\b(?:zebra|honeywell|datalogic|tc[2-7]\d|mc[39]\d{3}|ct[4-6]\d)\b.{0,40}\b(?:scanners?|handhelds?|guns?|terminals?)\b/],
        // Their software installed on the laptops during the ESP ("the label printer utility restarts the computer at
        // the end of its install and the ESP hangs") is one of the deployment's apps.
        unlessAbout: new RegExp(String.raw`\b(?:esp|enrol+ment status|status page|utility|utilities|drivers?|software|win32|msi|installer|${DEPLOYED_AS_PART}|${INSTALLER_RESULT})\b`, 'i'),
        redirect: 'this bot covers Windows PCs; handhelds (usually Android Enterprise in Intune) and label printers are managed ' +
            'with their own tools: ask your mobile device or warehouse systems team.'
    },
    {
        id: 'linux-and-other-systems',
        topic: 'Linux and other operating systems',
        phrasings: ['linux', 'ubuntu', 'red hat', 'rhel', 'debian', 'centos', 'fedora', 'suse'],
        // Windows Server as the machine being set up; a server the deployment goes through (a proxy, the Intune
        // Connector, WSUS, DNS) only serves it.
        patterns: [
            /^(?!.*\b(?:proxy|wsus|dhcp|dns|firewall|urls?|endpoints?|tpm|esp|oobe|pre-?prov\w*|white ?glove|technician|autopilot|connector|ntp|time|clock)\b).*\b(?:windows\s+server|server\s+20(?:12|16|19|22|25))\b/i
        ],
        // A Linux machine is the subject whatever Autopilot word (TPM, BitLocker) stands beside it.
        decisive: [/\b(?:linux|ubuntu|rhel|red hat|debian|centos|fedora|suse)\b/],
        redirect: 'your server or Linux team; this bot covers Windows pre-provisioning only.'
    },
    {
        id: 'embedded-boards',
        topic: 'embedded boards and IoT devices',
        // Boards and controllers that run no Windows ("flash the ESP32 for the site sensors"): the name is not the ESP.
        phrasings: ['esp32', 'esp8266', 'arduino', 'raspberry pi', 'microcontroller', 'iot sensor', 'iot sensors', 'iot device', 'iot devices', 'plc'],
        decisive: [/\b(?:esp32|esp8266|arduino|raspberry\s+pi|microcontrollers?)\b/],
        redirect: 'whoever looks after those boards and sensors; this bot covers Windows pre-provisioning only.'
    },
    {
        id: 'chit-chat',
        topic: 'small talk',
        // "What is your name" as a phrasing would lose its "your" (a determiner) and meet "what is the name of the screen".
        patterns: [
            /\bwhat(?:'?s|\s+is)\s+your\s+name\b/i,
            // Writing, summarising or translating someone's mail, letter, message or report for them ("help me write an
            // email to my manager", "summarise this incident report for me").
            /\b(?:write|draft|compose|reword|rephrase|proofread|summari[sz]e|translate|shorten)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|my\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:e-?mail|letter|memo|cover letter|reply|message|note|script|bulletin|article|press release|story|report|document|minutes|thank[\s-]you(?:\s+(?:note|card|letter))?)\b(?!.*\b(?:intune|powershell|esp|autopilot|install\w*)\b)/i
        ],
        phrasings: ['tell me a joke', 'how are you', 'who made you',
            'weather', 'lunch', 'football', 'capital of', 'meaning of life', 'are you a robot'],
        // A poem or a story about Autopilot is creative writing, whatever subject it names.
        decisive: [
            /\b(?:write|compose|make up|tell|sing|give|create)\s+(?:me\s+|us\s+)?(?:a|an|some|another)\s+(?:short\s+|funny\s+|little\s+|nice\s+)?(?:poem|haiku|song|story|stories|limerick|joke|rap|sonnet|riddle|ballad)s?\b/
        ],
        redirect: 'ask me about pre-provisioning any time.'
    },
    {
        id: 'other-admin-features',
        topic: 'other Intune, Entra and Microsoft 365 admin work',
        phrasings: ['compliance policy', 'windows update for business', 'wsus', 'approve updates',
            // Microsoft 365 administration: mail, Teams, retention and data protection, sharing.
            'power automate', 'power apps', 'power app', 'power platform', 'dynamics 365', 'dynamics crm',
            'dkim', 'dmarc', 'spf record', 'mail flow rule', 'transport rule', 'retention policy', 'retention policies',
            'dlp policy', 'data loss prevention', 'sensitivity label', 'sensitivity labels', 'purview', 'external sharing',
            'share a folder', 'storage quota', 'external access', 'create a team', 'new team in teams',
            'defender for endpoint', 'defender onboarding', 'antivirus policy', 'endpoint security policy',
            'firewall policy in intune', 'intune firewall policy', 'endpoint security firewall',
            'windows 365', 'cloud pc', 'azure virtual desktop', 'avd', 'azure subscription', 'azure billing', 'resource group',
            'cloud kerberos trust', 'key trust', 'e3 licence', 'e5 licence', 'e3 license', 'e5 license', 'enroll mac', 'mac enrollment',
            'group policy management', 'exchange online', 'teams admin', 'teams admin center', 'teams phone',
            'calling policy', 'meeting policy', 'messaging policy', 'teams policy', 'teams policies',
            'direct routing', 'auto attendant', 'call queue', 'voicemail', 'exchange admin', 'exchange', 'mail flow',
            'transport rule', 'distribution list', 'distribution group', 'mailbox permission', 'calendar permission',
            'sharepoint site', 'sharepoint admin', 'site permission', 'microsoft 365 admin center', 'm365 admin center',
            'admin.microsoft.com', 'bulk assign licenses', 'bulk assign licences', 'group-based licensing',
            'group based licensing', 'licence for new hire', 'license for new hire', 'remove licence', 'remove license',
            'purview', 'dlp policy', 'retention policy', 'sensitivity label'],
        decisive: [
            // Cloud PCs (Windows 365, Azure Virtual Desktop) provisioned by their own service, even "pre-provisioned".
            /\b(?:windows\s+365|w365|cloud\s+pcs?|azure\s+virtual\s+desktops?)\b.{0,60}\b(?:pre-?provision\w*|provision\w*|white\s*glove|autopilot)\b|\b(?:pre-?provision\w*|provision\w*|white\s*glove)\b.{0,60}\b(?:windows\s+365|w365|cloud\s+pcs?)\b/,
            // Teams administration (a team, a channel, its members), even "for the bench crew"; the Teams installer
            // failing during the ESP, or the channel this bot escalates to, stay ours.
            /^(?!.*\b(?:esp|installer|machine-?wide|escalat\w*|helpdesk|this bot|the bot|alerts?)\b).*(?:\b(?:create|make|set ?up|add|rename|archive|delete|remove)\s+(?:a\s+|an\s+|the\s+|new\s+|our\s+|my\s+|private\s+|shared\s+|standard\s+)*(?:teams?\s+)?(?:channel|team)s?\b|\b(?:members?|owners?|guests?)\b.{0,20}\b(?:to|of|in|from)\s+(?:a|the|our|my)\s+(?:[a-z-]+\s+)?(?:team|channel)\b|\b(?:channel|team)s?\s+in\s+(?:ms\s+|microsoft\s+)?teams\b)/,
            // Kiosk lockdown (Keyboard Filter, the Windows key switched off on kiosks); the Windows key pressed five
            // times at OOBE stays ours.
            /^(?!.*\b(?:oobe|five|5|5x|pre-?prov\w*|white ?glove|technician|esp)\b).*(?:\bkeyboard filter\b|\b(?:disable|block|turn off|lock|suppress|deactivate)\w*\b.{0,30}\bwindows[\s-]*key\b.{0,40}\bkiosks?\b|\bkiosks?\b.{0,40}\b(?:disable|block|turn off|suppress|deactivate)\w*\b.{0,30}\bwindows[\s-]*key)/
        ],
        // Setting up another feature's policies: "create a conditional access policy", "write a firewall rule".
        patterns: [
            // Building a virtual machine in Azure; whether pre-provisioning runs on one (it does not) is ours.
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|wg|esp|oobe|tpm|attestation|technician|enrol\w*|intune)\b).*\b(?:creat\w*|build\w*|deploy\w*|spin\w*\s+up|set\s?up|setting up|make)\b.{0,30}\bazure\s+(?:vms?|virtual machines?)\b/i,
            // Entra or AD device housekeeping in general (stale, inactive, duplicate devices); the ownerless objects
            // Autopilot registration creates, and deregistering a device, are ours.
            // A join that fails since ("cleaned up stale devices, now the join fails") is a deployment symptom: ours.
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|hash\w*|hwid|import\w*|csv|ztd\w*|owner\w*|orphan\w*|regist\w*|oem|reseller|technician|join\w*|0x[0-9a-f]+)\b).*(?:\b(?:stale|inactive|unused|duplicate|dormant)\b.{0,30}\b(?:devices?|device objects?|computer objects?|computers?)\b|\b(?:clean ?up|cleanup|purge|prune|tidy)\b.{0,40}\bdevices?\b|\b(?:delete|remove)\b.{0,30}\b(?:devices?|device objects?|computer objects?)\b.{0,20}\b(?:in|from)\s+(?:entra|azure ad|aad|active directory)\b)/i,
            // A Teams phone number; a helpdesk number shown on the ESP's error screen (its custom message) is ours.
            /^(?!.*\b(?:esp|error|status|screen|page|message|custom)\b).*\bphone\s+numbers?\b/i,
            // The list of managed devices exported or downloaded (to CSV, Excel): Intune reporting. The Autopilot devices
            // list, hashes and serials for an import are ours.
            /^(?!.*\b(?:autopilot|hash\w*|hwid|ztd\w*|import\w*|upload\w*|regist\w*|group ?tags?|deployments? report|esp|pre-?prov\w*|white ?glove|technician)\b).*\b(?:export\w*|download\w*|pull\w*|dump\w*|extract\w*|get)\b.{0,40}\b(?:devices?\s+(?:list|inventory)|list\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?(?:managed\s+|enrolled\s+|intune\s+)?devices|all\s+(?:the\s+|our\s+)?(?:managed\s+|enrolled\s+|intune\s+)?devices)\b.{0,40}\b(?:csv|excel|xlsx|spreadsheet|sheet)\b|^(?!.*\b(?:autopilot|hash\w*|hwid|ztd\w*|import\w*|upload\w*|regist\w*|group ?tag|esp|pre-?prov\w*|white ?glove|technician)\b).*\b(?:csv|excel|xlsx|spreadsheet)\s+(?:file\s+)?(?:of|with|listing)\s+(?:all\s+)?(?:the\s+|our\s+)?(?:managed\s+|enrolled\s+|intune\s+)?devices\b/i,
            // How many licences are left, free or assigned: the admin center's licence page. Which licence a deployment
            // needs is ours.
            /^(?!.*\b(?:need\w*|requir\w*|must|pre-?prov\w*|white ?glove|technician)\b).*(?:\bhow many\b.{0,40}\blicen[cs]\w*\b.{0,50}\b(?:left|free|available|remaining|spare|unused|unassigned|assigned|in use|used|do we have|have we got|we have|we own|owned|bought|purchased|in (?:our|the) tenant)\b|\blicen[cs]\w*\s+(?:count|usage|left|remaining|available|free|overview)\b|\b(?:count|number)\s+of\s+(?:our\s+|the\s+)?(?:free\s+|available\s+|assigned\s+|unassigned\s+)?(?:\w+\s+)?licen[cs]\w*)/i,
            // Assigning a licence ("assign her a licence", "assign user licences"), within one clause: "the account won't
            // come up when I assign a user, licence?" is the Select user picker, ours; and whether users need one
            // assigned to enroll ("do we still have to assign Intune licences to the users?") is a requirement, ours.
            /^(?!.*\b(?:need\w*|have\s+to|has\s+to|must|requir\w*|enrol\w*|autopilot|pre-?prov\w*|white ?glove)\b).*(?:\bassign\w*\s+(?:[a-z0-9'-]+\s+){0,2}?licen[cs]\w*|\blicen[cs]e?\s+assignments?\b)/i,
            // How many licences the people of a school or company need ("A3 for 400 students"), and handing an app's
            // or a plan's licences out to people: licensing admin. Which licence pre-provisioning needs, and the Intune
            // licence a user must have to be assigned to a device or to enroll, are ours.
            /^(?!.*\b(?:intune|entra|p[12]|ems|autopilot|pre-?prov\w*|white ?glove|wg|technician|enrol\w*|mdm|esp|oobe)\b).*(?:\bhow many\b.{0,40}\blicen[cs]\w*\b.{0,50}\b(?:for|to cover|across)\s+(?:\d+|all|our|each|every|the|my)\b|\b(?:number|count)\s+of\s+(?:\w+\s+)?licen[cs]\w*\b.{0,30}\b(?:for|to cover)\s+\d+)/i,
            /^(?!.*\b(?:intune|entra|p[12]|ems|autopilot|pre-?prov\w*|white ?glove|wg|technician|enrol\w*|mdm|esp|oobe|devices?|laptops?)\b).*\b(?:assign\w*|giv(?:e|es|ing)|allocat\w*|hand(?:ing)? out|distribut\w*)\b.{0,40}\blicen[cs]\w*\b.{0,30}\b(?:to|for)\s+(?:all\s+|the\s+|our\s+|my\s+|each\s+|every\s+|new\s+|those\s+)?(?:students?|staff|users?|teachers?|employees?|pupils?|people|everyone|them|him|her|class(?:es)?|school)\b/i,
            // Intune reporting chores (export a compliance report to CSV); the Autopilot deployments report is ours.
            /^(?!.*\b(?:autopilot|deployments? report|enrol\w*|esp|pre-?prov\w*|white ?glove|technician)\b).*(?:\bexport\w*\b.{0,40}\breports?\b|\breports?\b.{0,40}\b(?:to|as|into|in)\s+(?:a\s+)?(?:csv|excel|xlsx|power ?bi)\b)/i,
            /\b(?:create|write|make|build|set ?up|configure|author|deploy|add)\b.{0,30}\b(?:conditional access|compliance|app protection|firewall|antivirus|defender|attack surface reduction|update ring) (?:polic(?:y|ies)|rules?|profiles?)\b/i
        ],
        redirect: 'your Intune or Microsoft 365 admin, or the Microsoft Learn documentation for that feature.',
        url: `${LEARN}/mem/intune/`
    },
    {
        id: 'windows-lifecycle',
        topic: 'Windows support dates (Windows 10 end of support, Extended Security Updates)',
        phrasings: ['end of support', 'end of life', 'extended security updates', 'extended security update', 'windows 10 esu',
            'lifecycle policy', 'support lifecycle', 'out of support'],
        // When Windows 10 stops being supported and what it means for the fleet, whatever device word stands beside it;
        // whether pre-provisioning still works on Windows 10 is ours.
        decisive: [
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|wg|esp|oobe|technician|intune|enrol\w*|profiles?|deployment)\b).*(?:\b(?:end[\s-]+of[\s-]+(?:support|life|service|servicing)|eol|extended security updates?|esu|out of support|lifecycle|support (?:ends?|ending|ended|deadline|date)|supported until|(?:stops?|stopped|no longer) (?:being )?supported|still supported)\b.{0,40}\b(?:windows|win|w)[\s-]?(?:10|ten|11)\b|\b(?:windows|win|w)[\s-]?(?:10|ten|11)\b.{0,40}\b(?:end[\s-]+of[\s-]+(?:support|life|service|servicing)|eol|extended security updates?|esu|out of support|lifecycle|support (?:ends?|ending|ended|deadline|date)|supported until|(?:stops?|stopped|no longer) (?:being )?supported|still supported|(?:support|updates?)\s+(?:stops?|stopped|expir\w*)|retir(?:e|es|ed|ing|ement)\b))/
        ],
        redirect: "Microsoft's lifecycle pages give Windows' support dates and Extended Security Updates; your IT planning or " +
            'licensing team decides what to do about them. (Which Windows pre-provisioning supports: ask me.)',
        url: `${LEARN}/lifecycle/products/windows-10-home-and-pro`
    },
    {
        id: 'activation-and-upgrades',
        topic: 'Windows activation and edition or version upgrades',
        phrasings: ['activation', 'activation error', 'upgrade key', 'edition upgrade', 'home to pro',
            'windows 11 upgrade', 'upgrade to windows 11', 'upgrade my pc', 'upgrade from windows 10', 'pro to enterprise', 'step up to enterprise',
            'edition upgrade policy', 'windows enterprise subscription'],
        patterns: [
            // Devices in use taken from Windows 10 to 11, the versions written as a range ("upgrade win 10 to 11 in place",
            // "w10->w11 migration"); whether pre-provisioning runs on either Windows is ours.
            /^(?!.*\b(?:pre[\s-]*prov\w*|white[\s-]*glov\w*|wg|autopilot|esp|oobe|attestation|technician|re-?seal\w*|provision\w*|enrol\w*|intune|profiles?|deployment|polic(?:y|ies))\b).*(?:\b(?:upgrad\w*|migrat\w*|in[\s-]place|mov(?:e|es|ed|ing)|jump\w*)\b.{0,40}\b(?:windows|win|w)[\s-]?(?:10|ten)\s*(?:to|->|→|-+>?)\s*(?:(?:windows|win|w)[\s-]?)?(?:11|eleven)\b|\b(?:windows|win|w)[\s-]?(?:10|ten)\s*(?:to|->|→|-+>?)\s*(?:(?:windows|win|w)[\s-]?)?(?:11|eleven)\b.{0,40}\b(?:upgrad\w*|migrat\w*|in[\s-]place)\b)/i,
            // Moving devices from one edition to another (with a subscription, through Intune or not); which edition
            // pre-provisioning needs or supports is ours.
            // Buying or ordering edition upgrades ("buy Enterprise upgrades for 40 Pro laptops", "where do we get Windows
            // Enterprise upgrade licences"); which edition pre-provisioning needs is ours.
            /\b(?:buy\w*|purchas\w*|order\w*|procur\w*|get|getting|acquir\w*|quote\w*)\b.{0,40}\b(?:enterprise|education|pro|edition)\s+(?:edition\s+)?upgrades?\b/i,
            /^(?!.*\b(?:need\w*|requir\w*|support\w*|must|have to|work\w* (?:on|with))\b).*\b(?:upgrad\w*|step(?:s|ping|ped)?|convert\w*|switch\w*|mov(?:e|es|ed|ing)|chang\w*|go(?:es|ing)?|flip\w*|bump\w*|turn\w*)\b.{0,40}\b(?:pro|professional|home|education)\b.{0,30}\b(?:to|into)\s+(?:windows\s+)?(?:1[01]\s+)?(?:enterprise|education|pro)\b/i
        ],
        // Taking older hardware to Windows 11 and whether it qualifies (TPM 1.2, the CPU list, PC Health Check) is an
        // upgrade, whatever TPM word stands beside it; the TPM pre-provisioning itself needs is ours.
        decisive: [
            new RegExp(String.raw`^(?!.*\b(?:pre[\s-]*prov\w*|white[\s-]*glov\w*|wg|autopilot|esp|oobe|attestation|technician|re-?seal\w*|provision\w*|enrol\w*|intune|profiles?|deployment|polic(?:y|ies))\b).*(?:\bpc health check\b|\b(?:upgrad\w*|go(?:es|ing)?|mov(?:e|es|ed|ing)|jump\w*|bring\w*|tak(?:e|es|ing))\b.{0,50}\b(?:to|onto)\s+${W11}|\bfrom\s+(?:windows|win|w)[\s-]?(?:10|ten)\s+to\s+${W11}|${W11}.{0,20}\b(?:upgrad\w*|eligib\w*|readiness|compatib\w*|health check)|\b(?:cpus?|processors?|hardware|laptops?|pcs?|devices?|machines?|models?|computers?|tpm(?:\s*1\.2)?)\b.{0,40}\b(?:eligib\w*|qualif\w*|compatib\w*|ready|capable|meets?|support(?:s|ed)?|unsupported)\b.{0,40}${W11}|\bbypass\w*\b.{0,30}\b(?:tpm|secure boot|cpu|processor|requirements?)\b.{0,30}${W11}|\bunsupported\s+(?:hardware|cpus?|processors?|devices?|laptops?|pcs?)\b)`)
        ],
        redirect: 'your licensing admin or helpdesk; Microsoft Learn covers Windows activation.',
        url: `${LEARN}/windows/deployment/`
    },
    {
        id: 'purchasing',
        topic: 'buying devices (orders, vendors, quotes)',
        phrasings: ['purchase request', 'procurement', 'budget approval', 'approve the budget', 'it budget', 'invoice',
            'invoices', 'billing'],
        // A public tender written or judged (its lots, award criteria, bids), whatever it buys or "provisions"; devices
        // that came "from the tender" are only named by where they came from.
        decisive: [
            // What a vendor charges, or a quote for it ("how much does dell charge per unit for factory provisioning").
            /\bhow\s+much\s+(?:does|do|will|would|should)\s+(?:[\w-]+\s+){0,2}?(?:charge|bill|invoice)\b|\b(?:need|get|want|request|send)\s+(?:us\s+)?a\s+(?:price\s+)?quote\s+for\b/,
            /^(?!.*\b(?:technician|bench|reseal\w*|hash\w*|regist\w*|oobe|autopilot|white\s*glove)\b).*(?:\b(?:writ\w*|wrote|draft\w*|prepar\w*|evaluat\w*|publish\w*|launch\w*|scor\w*|run\w*)\s+(?:the\s+|a\s+|an\s+|our\s+|this\s+)?(?:public\s+)?(?:tender|rfp|rfq|bid)s?\b|\baward\s+criteria\b|\bcall\s+for\s+tenders?\b|\binvitation\s+to\s+tender\b|\bbidders?\b)/],
        patterns: [
            // Ordering or buying hardware; a reseller or OEM that registers or pre-provisions what it ships, a purchase
            // order used as a group rule, what to do with devices bought ("we ordered 50 laptops, how do I…") or how long
            // a prepped one may wait ("we buy workstations ahead of new starters, how long can a prepped one sit") is ours.
            /^(?!.*\b(?:regist\w*|hash|hwid|import\w*|upload\w*|csv|group ?tags?|order ?id|purchase ?orders?|purchaseorderid|requir\w*|support\w*|tpm|compatib\w*|ship\w* (?:to|them to) (?:the )?users?|partners?|resellers?|oems?|csp|distributors?|ready|pre-?configured|already|set ?up|deploy\w*|enrol\w*|profiles?|prepp?(?:ed|ing)?|prepared|re-?seal\w*|pre-?prov\w*|white ?glove|bench)\b).*(?:(?<!\b(?:in|what|which|the|right|correct|same|this|that|an?|reverse|wrong|any|boot|alphabetical|numerical|random|specific|particular|proper|install|installation)\s+)\b(?:order(?:s|ing)?(?!\s+(?:to\s+(?:fully\s+|completely\s+|properly\s+)?(?:remove|delete|deregister|wipe|reset|retire|clean|do|follow)|of\s+(?:steps|operations|removal|deletion)))|buy(?:s|ing)?|procur(?:e|es|ing)|get (?:a )?quotes?|quotes? for)\b.{0,30}\b(?:laptops?|devices?|pcs?|computers?|machines?|hardware|surfaces?|notebooks?|desktops?|tablets?|units?|workstations?)\b|\b(?:where|who)\b.{0,25}\b(?:order|buy|purchase)\b.{0,20}\b(?:from|them|it|these|those|laptops?|devices?|pcs?)\b|\b(?:order|buy|purchase)\w*\s+(?:more\s+|them\s+|it\s+|those\s+|these\s+)?from\s+(?:dell|hp|lenovo|microsoft|acer|asus|cdw|insight|softcat|bechtle|our (?:vendor|supplier|reseller))\b)/i
        ],
        redirect: 'your procurement or IT asset team. (When you order, you can ask the OEM or reseller to register the ' +
            'devices in Autopilot for you: ask me how that works.)'
    },
    {
        id: 'desk-requests',
        topic: 'other IT requests',
        phrasings: ['network drive', 'map drive', 'file share', 'recovery key', 'bitlocker recovery', 'best laptop',
            'which laptop should', 'laptop recommendation', 'buy a laptop', 'write me', 'write a script', 'translate', 'in french', 'in german', 'in spanish',
            'how much is', 'python script', 'postman', 'certification', 'certifications',
            'become an intune admin', 'career', 'bitlocker keys', 'bitlocker key', 'laptop bag', 'equipment request',
            'request form', 'change advisory board', 'cab meeting', 'service level agreement', 'priority 1 incident', 'p1 incident'],
        patterns: [
            // Opinions on makes and Windows versions ("which is better, Dell or HP", "is Windows 11 better than 10").
            /^(?!.*\b(?:autopilot|pre-?prov\w*|white ?glove|wg|esp|oobe|tpm|attestation|technician|enrol\w*|intune|support\w*|work\w*|compatib\w*|regist\w*|upload\w*|csv|hash\w*|import\w*|profiles?|deploy\w*|bench|devices?)\b).*(?:\b(?:better|best|worse|faster|prefer\w*|recommend\w*)\b.{0,30}\b(?:dell|hp|lenovo|surface|acer|asus|(?:windows|win|w)\s?1[01])\b|\b(?:dell|hp|lenovo|surface|acer|asus|(?:windows|win|w)\s?1[01])\b.{0,30}\b(?:better|best|worse|faster)\b)/i,
            // Asking for a thing to be ordered or fetched ("can you order me a new keyboard", "get me a spare charger").
            /\b(?:order|get|send|bring|buy)\s+(?:me|us|him|her|them)\s+(?:a|an|another|some|new|spare|two|\d+)\s+(?:new\s+|spare\s+)?(?:keyboards?|mice|mouse|monitors?|screens?|headsets?|chargers?|docks?|docking stations?|webcams?|cables?|adapters?|bags?|phones?|laptops?|pcs?)\b/i
        ],
        // A BitLocker recovery key asked for after a firmware, BIOS or TPM update on a device in use: the helpdesk's.
        decisive: [
            /^(?!.*\b(?:esp|oobe|autopilot|pre-?prov\w*|white ?glove|technician|reseal\w*|bench|enrol\w*)\b).*\brecovery\s+(?:key|password)\b.{0,60}\b(?:after|since|following)\s+(?:a|an|the|its)?\s*(?:tpm|bios|uefi|firmware|windows)\s+(?:firmware\s+)?updates?\b|\b(?:after|since|following)\s+(?:a|an|the|its)?\s*(?:tpm|bios|uefi|firmware)\s+(?:firmware\s+)?updates?\b.{0,60}\brecovery\s+(?:key|password)\b/
        ],
        // A recovery key asked about after pre-provisioning, a drive-mapping script failing in the ESP: ours.
        unlessAbout: new RegExp(String.raw`\b(?:esp|oobe|autopilot|pre-?provision\w*|white ?glove|technician|bench\s+(?:part|step|flow|phase|work)|enrol\w*|tpm|fail\w*|error|stuck|${DEPLOYED_AS_PART})\b`, 'i'),
        redirect: 'your helpdesk.'
    },
    {
        id: 'intune-remote-actions',
        topic: "Intune's remote actions on devices in use (Wipe, Fresh Start, Retire, Delete)",
        phrasings: ['fresh start', 'remote wipe', 'wipe or retire', 'retire or wipe'],
        patterns: [
            // A lost or stolen device in use (wipe, retire, locate it); one lost before it reached its user, and its
            // Autopilot registration, is ours.
            /^(?!.*\b(?:autopilot|regist\w*|hash\w*|pre-?prov\w*|white ?glove|wg|esp|oobe|technician|reseal\w*|ship\w*|deliver\w*|courier|before)\b).*(?:\b(?:lost|stolen)\s+(?:laptops?|devices?|pcs?|machines?|computers?)\b|\b(?:was|were|got|been|is|are)\s+(?:lost|stolen)\b)/i,
            // Two remote actions weighed against each other ("wipe, fresh start or retire?"); wiping or deleting a device
            // before it is pre-provisioned again, or Reset on the red screen, is ours.
            /^(?!.*\b(?:red screen|technician|tech flow|esp|oobe|pre-?prov\w*|white ?glove|wg|reseal\w*|retry|re-?deploy\w*|re-?provision\w*|re-?us\w*|again|0x[0-9a-f]+)\b).*\b(?:wipe|fresh start|retire|delete)\b.{0,40}\b(?:vs\.?|versus|or|and|compared?\s+(?:to|with))\b.{0,30}\b(?:wipe|fresh start|retire|delete|autopilot reset)\b/i,
            /^(?!.*\b(?:red screen|technician|tech flow|esp|oobe|pre-?prov\w*|white ?glove|wg|reseal\w*|retry|0x[0-9a-f]+)\b).*\b(?:difference|differences|diff|which one)\b.{0,40}\b(?:wipe|fresh start|retire)\b/i
        ],
        redirect: 'your Intune admin; Microsoft Learn explains each remote action (what it keeps and what it removes).',
        url: `${LEARN}/mem/intune/remote-actions/device-management`
    },
    {
        id: 'windows-laps',
        topic: 'Windows LAPS in general (local admin passwords and their policy)',
        phrasings: ['laps password rotation', 'rotate local admin password', 'laps password history'],
        patterns: [
            // Where to read a device's local admin password; LAPS missing after the technician flow, or the password not
            // there yet after Reseal, is ours. (LAPS policy settings are left alone: a LAPS policy that does not apply
            // before the user flow is ours, and the policy's own words cannot tell the two apart.)
            /^(?!.*\b(?:pre-?prov\w*|white ?glove|wg|technician|tech flow|reseal\w*|esp|oobe|user flow|autopilot|bench|provision\w*|missing|not|no|never|empty|blank|yet|isn'?t|doesn'?t|hasn'?t|won'?t|didn'?t)\b).*(?:\b(?:where|how)\b.{0,30}\b(?:see|find|view|get|look ?up|read|retrieve|show|check|copy)\b.{0,40}\b(?:laps|local\s+admin(?:istrator)?\s+password))/i
        ],
        redirect: 'your Intune or Entra admin: Windows LAPS policy lives in Intune (Endpoint security > Account protection) and ' +
            "a device's password in Intune or Entra. (LAPS after pre-provisioning, and why it is not there before the user flow: ask me.)",
        url: `${LEARN}/mem/intune/protect/windows-laps-overview`
    },
    {
        id: 'microsoft-365-plans',
        topic: 'what Microsoft 365 plans include',
        phrasings: ['e3 include', 'e5 include', 'business premium include'],
        patterns: [
            // "Does M365 E3 include Windows Enterprise?"; which licences and edition pre-provisioning needs is ours.
            /^(?!.*\b(?:pre-?prov\w*|white ?glove|wg|autopilot|need(?:ed|s)?|requir\w*|enough)\b).*(?:\b(?:m365|microsoft 365|office 365|o365|e3|e5|f3|business premium|ems)\b.{0,40}\b(?:include[sd]?|including|come with|comes with|contain\w*|cover\w*|bundle\w*|give)\b.{0,40}\b(?:windows|enterprise|intune|defender|entra|p1|p2)\b|\b(?:windows\s+)?enterprise\b.{0,30}\b(?:included|part of|come with|comes with)\b.{0,20}\b(?:m365|microsoft 365|office 365|e3|e5|business premium)\b)/i
        ],
        redirect: "your licensing admin, or Microsoft's plan comparison pages. (Which licences and Windows edition pre-provisioning " +
            'needs: ask me.)',
        url: `${LEARN}/microsoft-365/enterprise/`
    },
    {
        id: 'device-disposal',
        topic: 'disposing of old devices (erasing disks before sale or recycling)',
        phrasings: ['secure erase', 'erase disks', 'disk sanitization', 'wipe disks before selling'],
        patterns: [
            // Erasing disks before old devices are sold, donated or recycled; deregistering a device from Autopilot before
            // it leaves, or wiping one to pre-provision it again, is ours.
            /^(?!.*\b(?:pre-?prov\w*|white ?glove|wg|autopilot|oobe|esp|re-?deploy\w*|re-?us\w*|re-?provision\w*|technician|deregist\w*|intune)\b).*(?:\b(?:secure(?:ly)?|safe(?:ly)?|wipe|wiping|erase|erasing|shred\w*|sanitiz\w*|sanitis\w*|dban|degauss\w*)\b.{0,50}\b(?:sell\w*|sold|dispos\w*|recycl\w*|scrap\w*|donat\w*|e-?waste|end of life|lease returns?|returning)\b|\b(?:sell\w*|sold|dispos\w*|recycl\w*|scrap\w*|donat\w*)\b.{0,50}\b(?:wipe|wiping|erase|erasing|shred\w*|sanitiz\w*|sanitis\w*)\b)/i
        ],
        redirect: "your IT asset disposal process, or the device maker's secure-erase tool. (Deregistering a device from Autopilot " +
            'before it leaves: ask me.)'
    },
    {
        id: 'network-access-and-pki',
        topic: 'network access control, 802.1X, RADIUS and the certificate infrastructure',
        phrasings: ['nps', 'network policy server', 'radius server', 'cisco ise', 'eduroam', 'wifi onboarding', 'wi-fi onboarding',
            'clearpass', 'forescout', 'ndes', 'ndes server', 'certificate connector', 'certificate authority', 'pki',
            'issuing ca', 'root ca', 'crl', 'dns forwarder', 'dns forwarders', 'conditional forwarder', 'dns server',
            'web filter', 'content filter', 'web proxy', 'mac address whitelist', 'mac whitelist', 'mac filtering',
            'vlan', 'whitelist mac address', 'ssl certificate', 'ssl cert', 'tls certificate'],
        patterns: [
            // Administering 802.1X, RADIUS or NAC themselves (policies, quarantines, exemptions); a device that cannot
            // get through them at OOBE is ours (the knowledge's network card).
            /\b(?:configur\w*|set ?up|setting up|deploy\w*|quarantin\w*|whitelist\w*|allowlist\w*|exempt\w*|bypass\w*|mab)\b.{0,40}\b(?:802\.?1\s?x|dot1x|nac|nps|radius)\b|\b(?:802\.?1\s?x|dot1x|nac|nps|radius)\b.{0,40}\b(?:configur\w*|quarantin\w*|whitelist\w*|polic(?:y|ies)|wired auth\w*|rules?|server|reject\w*|logs?)\b/i,
            // Letting a website through the web filter or proxy ("the filter is blocking youtube, how do I whitelist it");
            // the endpoints a deployment needs are ours.
            /\b(?:whitelist\w*|allowlist\w*|unblock\w*|allow\w*)\b.{0,25}\b(?:a |the |this |our |that )?(?:websites?|web ?sites?|sites?)\b/i,
            /\b(?:block\w*|whitelist\w*|allowlist\w*|unblock\w*)\s+(?:access\s+to\s+)?(?:youtube|tiktok|netflix|facebook|instagram|spotify|twitch|roblox|discord|google\s+docs)\b/i
        ],
        // A deployment on such a network ("can I pre-provision on an 802.1X network", "NAC blocks the device at OOBE"),
        // which ports to open for it ("which ports to open on the staging VLAN"), how Windows decides it is online
        // behind a content filter, and proxy settings pushed by policy (a known cause of failures) are ours.
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT}|ports?\s+to\s+(?:open|allow|unblock)|(?:which|what)\s+ports?|msftconnecttest|ncsi|(?:decide|know|tell|detect)s?\b.{0,20}\b(?:it\s+)?(?:has|is\s+on|is)\s+(?:internet|online|connected)|proxy\s+(?:settings?|config\w*)\b.{0,40}\b(?:polic(?:y|ies)|intune|gpo|push\w*)|(?:push|deploy|set)\w*\s+(?:the\s+)?proxy\s+(?:settings?|config\w*))\b`, 'i'),
        redirect: 'your network or PKI team, through the IT service desk. (Which networks and certificates pre-provisioning ' +
            'can use at OOBE: ask me.)'
    },
    {
        id: 'servers-and-virtualisation',
        topic: 'servers, virtual desktops and backups (FSLogix, Citrix, VMware, Hyper-V, Veeam)',
        phrasings: ['fslogix', 'profile container', 'citrix workspace', 'vmware horizon', 'horizon client', 'vsphere',
            'shielded vm', 'shielded vms', 'host guardian', 'host guardian service', 'guarded fabric',
            'esxi', 'vcenter', 'veeam', 'backup job', 'backups', 'checkpoint merge', 'dc promotion',
            'dcpromo', 'fsmo', 'iis', 'file server', 'exchange server', 'sql server', 'ntfs permissions', 'ntfs',
            'share permissions', 'hyper-v host', 'failover cluster', 'rds', 'rd gateway', 'session host',
            'host pool', 'app attach', 'msix app attach'],
        // A server's TPM (clearing, enabling, replacing it): the server team's; attestation's servers and URLs are ours.
        decisive: [
            // Hyper-V's shielded VMs attest their host's TPM: a server's guarded fabric, not a device's setup.
            /\bshielded\s+vms?\b|\bhost\s+guardian\b|\bguarded\s+fabric\b/,
            /^(?!.*\b(?:attestation|urls?|endpoints?|autopilot|oobe|esp|firewall|proxy|reach\w*)\b).*(?:\btpm\b.{0,40}\b(?:in|on|of)\s+(?:the\s+|our\s+|an?\s+|this\s+)?(?:\w+\s+)?servers?\b|\bservers?'?s?\s+tpm\b)/
        ],
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT})\b`, 'i'),
        redirect: 'your server or virtualisation team; this bot covers pre-provisioning physical Windows devices.'
    },
    {
        id: 'scripting-help',
        topic: 'scripting and programming help',
        phrasings: ['regex', 'regular expression', 'git rebase', 'git merge', 'git commit', 'pull request', 'vba', 'vlookup',
            'xlookup', 'pivot table', 'javascript', 'typescript', 'c#', 'bash script', 'json parse', 'api call'],
        patterns: [
            // Help writing a script ("loop through a csv in powershell", "powershell to list all users in an OU"); a
            // script that uploads hashes, or fails during the ESP, is ours.
            /\b(?:powershell|ps1|python|bash|script)\b.{0,40}\b(?:loop\w*|foreach|for each|array|variables?|function|syntax|parse|split|list (?:all )?(?:the )?users|get (?:all )?(?:the )?users|all users in)\b|\b(?:loop\w*|iterat\w*)\b.{0,30}\b(?:csv|array|list|rows?|lines?)\b.{0,30}\b(?:powershell|python|bash|script)\b/i
        ],
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT}|serials?|devices?|fail\w*|error\w*|stuck|get-windowsautopilotinfo)\b`, 'i'),
        redirect: 'your scripting colleagues or the language\'s documentation; this bot covers pre-provisioning (scripts ' +
            'that fail during it: ask me).'
    },
    {
        id: 'security-incidents',
        topic: 'security incidents',
        phrasings: ['security incident', 'incident response', 'soc', 'soc team', 'data breach', 'breach',
            'infected', 'clicked a link', 'clicked the link', 'clicked a phishing', 'clicked on a phishing',
            'inbox rules', 'inbox rule', 'attacker', 'threat hunting', 'impossible travel', 'sentinel', 'microsoft sentinel',
            // Data-protection requests and officers: what personal data the organisation holds and must give out.
            'gdpr', 'dsar', 'subject access request', 'access request', 'data protection officer', 'dpo', 'right to be forgotten'],
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT})\b`, 'i'),
        redirect: 'your security team (SOC) or the IT service desk\'s security line, straight away.'
    },
    {
        id: 'facilities-and-hr',
        topic: 'facilities and HR (desks, badges, parking, pay, leave)',
        phrasings: ['badge access', 'access badge', 'access card', 'id badge', 'building access', 'door access', 'key card',
            'keycard', 'parking', 'desk booking', 'hot desk', 'hot desking', 'office move', 'payroll', 'overtime', 'vacation days',
            'holiday allowance', 'annual leave', 'sick leave', 'expense claim', 'expenses', 'leaver process', 'hr system',
            'hr portal', 'leave balance', 'leave request', 'payslip', 'pay slip', 'salary slip', 'attendance portal',
            'hr department', 'pay slip', 'payslip', 'salary', 'pto', 'pto policy', 'paid time off', 'time off request'],
        patterns: [/\b(?:needs?|book\w*|get|assign\w*|find)\s+(?:a|her|him|them|me|us)\s+(?:new\s+)?desk\b/i],
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT})\b`, 'i'),
        redirect: 'your facilities team or HR.'
    },
    {
        id: 'education-tools',
        topic: 'education tools (School Data Sync, class teams, Take a Test, Minecraft Education)',
        phrasings: ['school data sync', 'sds', 'class team', 'class teams', 'classroom in teams', 'teams for education',
            'minecraft education', 'minecraft', 'take a test', 'class notebook', 'onenote class notebook', 'reading progress',
            'learning accelerators', 'google classroom', 'google admin', 'google workspace', 'set up school pcs',
            'gradebook', 'teams assignments'],
        // Microsoft's school tools that set up PCs their own way (the Set up School PCs app, Intune for Education's
        // express configuration): named, they are the subject, whatever deployment words stand beside them. Intune for
        // Education as a licence is ours (whether it covers Autopilot).
        decisive: [/\bset[\s-]*up\s+school\s+pcs\b|\bexpress\s+configuration\b/],
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT})\b`, 'i'),
        redirect: 'your school\'s Microsoft 365 or education admin, or Microsoft Learn for Education.',
        url: `${LEARN}/training/educator-center/`
    },
    {
        id: 'other-device-management',
        topic: 'other device management products (Workspace ONE, MobileIron, Kandji, Android zero-touch)',
        phrasings: ['workspace one uem', 'airwatch', 'mobileiron', 'ivanti', 'kandji', 'mosyle', 'hexnode', 'meraki sm',
            'manageengine', 'endpoint central', 'knox mobile enrollment', 'zero-touch portal', 'zero touch portal',
            'samsung phones'],
        patterns: [/\bzero[\s-]?touch\b.{0,40}\b(?:samsung|pixel|phones?|mobiles?|handsets?|android)\b/i],
        // Moving from another MDM to pre-provisioning is ours.
        unlessAbout: new RegExp(String.raw`\b(?:autopilot|pre-?prov\w*|white ?glove|wg|technician|re-?seal\w*|esp|oobe|hash\w*|hwid)\b`, 'i'),
        redirect: "that product's own documentation or your MDM admin; this bot covers Windows pre-provisioning with Intune."
    },
    {
        // A managed service provider's own tools: its RMM agent, its multi-tenant portal, its delegated access to a
        // customer's tenant. An RMM agent packaged as an app the ESP installs, or a partner's access to register devices,
        // is the deployment's question.
        id: 'msp-tools',
        topic: "a service provider's own tools (RMM agents, Microsoft 365 Lighthouse, delegated admin access)",
        phrasings: ['ninjaone', 'ninja one', 'ninjarmm', 'ninja rmm', 'connectwise automate', 'labtech', 'datto rmm', 'kaseya',
            'n-able', 'n-central', 'atera', 'syncro', 'rmm', 'rmm agent', 'rmm tool', 'lighthouse', 'm365 lighthouse',
            'microsoft 365 lighthouse'],
        decisive: [
            // Delegated admin for managing a customer's tenant at large; for registering its devices it is ours.
            /^(?!.*\b(?:regist\w*|autopilot|hash\w*|hwid|pre-?prov\w*|white ?glove|devices?|laptops?|csv|import\w*)\b).*\b(?:gdap|granular\s+delegated\s+admin\w*)\b/
        ],
        unlessAbout: new RegExp(String.raw`\b(?:esp|enrol+ment status|autopilot|pre-?prov\w*|white ?glove|technician|blocking|hash\w*|hwid|${DEPLOYED_AS_PART}|${INSTALLER_RESULT})\b`, 'i'),
        redirect: "that tool's own documentation, or your partner account's admin."
    },
    {
        id: 'support-cases-and-training',
        topic: 'Microsoft support cases, exams and training',
        phrasings: ['support case', 'open a case', 'open a ticket with microsoft', 'premier support', 'unified support',
            'support contract', 'exam', 'exams', 'md-102', 'ms-102', 'az-104', 'az-900', 'md-100', 'ms-900', 'study guide',
            'learning path', 'training course', 'mcp', 'mvp', 'learn intune', 'intune course', 'intune training', 'as a beginner'],
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT})\b`, 'i'),
        redirect: 'your Microsoft account team or admin (support cases are opened in the admin center), or Microsoft Learn ' +
            'for exams and training.',
        url: `${LEARN}/credentials/`
    },
    {
        id: 'hardware-returns',
        topic: 'hardware repairs, returns and recycling',
        phrasings: ['rma', 'return merchandise', 'dell premier', 'premier portal', 'hp returns', 'for recycling',
            'e-waste', 'weee', 'request a loaner', 'need a loaner', 'get a loaner', 'borrow a laptop', 'courier lost', 'lost in transit', 'gaming laptop',
            'laptop for gaming', 'good laptop'],
        // A loaner or spare laptop is a device like any other: only asking for one is a request to the asset team.
        unlessAbout: new RegExp(String.raw`\b(?:${ABOUT_A_DEPLOYMENT}|regist\w*|import\w*|attention required|intune)\b`, 'i'),
        redirect: 'your IT asset or procurement team, or the device maker\'s support. (A repaired device that needs ' +
            'registering again: ask me.)'
    },
    {
        // A staging line's own tooling around the deployment: flashing firmware in bulk, injecting OEM activation keys,
        // wipe certificates, the makers' factory configuration services.
        id: 'staging-tools',
        topic: 'factory and staging tools (bulk BIOS flashing, OEM activation keys, disk wipe certificates, factory configuration services)',
        phrasings: ['inject the key', 'configuration services order', 'burn the asset tag'],
        // The tools by name are the subject whatever stands beside them (a BIOS update in plain words is the makers'
        // tools' topic, where the firmware update an attestation error asks for stays ours).
        decisive: [
            /\b(?:oa3\s?tool|(?:usb\s+|bios\s+)?flash(?:ing)?\s+(?:utility|utilities|tool)|factory\s+configuration\s+services|nist\s+800-88|(?:wipe|erasure)\s+certificates?|blancco|killdisk|digital\s+product\s+keys?|dpk\s+injection|asset\s+tag\s+burning)\b/
        ],
        redirect: 'your staging lead, or the documentation of that tool or of the device maker\'s service.'
    },
    {
        id: 'conditional-access',
        topic: 'setting up Conditional Access policies',
        phrasings: ['conditional access policy design', 'conditional access templates', 'conditional access template'],
        // Authoring a policy ("how do I set up conditional access to block non-compliant laptops", "a CA policy that
        // requires compliant devices"); a device blocked by Conditional Access during or right after its setup is ours.
        patterns: [
            /^(?!.*\b(?:esp|oobe|enrol\w*|autopilot|pre-?prov\w*|white ?glove|wg|technician|techs?|reseal\w*|during|right after|just after|straight after|user flow|account setup|device setup|first (?:sign|log)\w*|stuck|fail\w*|error|0x[0-9a-f]+|blocked|bench|why|exclu\w*)\b).*(?:\b(?:create|set ?up|setting up|configur\w*|build|make|write|author|draft|add|design|deploy|roll ?out|implement)\b.{0,30}\b(?:conditional access|ca (?:polic(?:y|ies)|rules?))\b|\b(?:conditional access|ca polic(?:y|ies))\b.{0,20}\b(?:to|that|which)\s+(?:only\s+)?(?:blocks?|requires?|allows?)\b|\b(?:block|require|allow)\w*\b.{0,40}\b(?:with|using|via|through)\s+(?:a\s+)?(?:conditional access|ca)\b|\b(?:create|set ?up|setting up|configur\w*|build|make|write|add|design)\s+(?:a\s+|an\s+|the\s+|our\s+|some\s+)?ca\b(?!\s+(?:cert\w*|servers?|hierarch\w*|for\s+(?:scep|pki|ndes|certificates?)))(?=.{0,50}\b(?:only|block\w*|requir\w*|allow\w*|complian\w*|mfa|access)\b))/i
        ],
        redirect: 'your identity (Entra) or Intune admin designs Conditional Access; Microsoft Learn documents it. (A device ' +
            'blocked by Conditional Access during or right after its setup: ask me.)',
        url: `${LEARN}/entra/identity/conditional-access/`
    },
    {
        id: 'app-packaging',
        topic: 'packaging apps (MSIX, repackaging installers)',
        phrasings: ['msix packaging tool', 'msix packaging', 'app repackaging', 'repackaging'],
        // Building the package ("how do I package an app as MSIX", "convert our installer to msix"); the package
        // failing to install during the ESP (0x80073CFF, sideloading) is ours.
        patterns: [
            /^(?!.*\b(?:esp|oobe|fail\w*|error|stuck|hang\w*|during|technician|pre-?provision\w*|white ?glove|wg|0x[0-9a-f]+|sideload\w*|detect\w*|block\w*|reseal\w*|device setup|account setup)\b).*(?:\b(?:re-?packag\w*|packag\w*|convert\w*|wrap\w*|build\w*|creat\w*|mak(?:e|ing)|sign(?:s|ed|ing)?)\b.{0,40}\bmsix\b|\bmsix\b.{0,30}\b(?:packag\w*|convert\w*|signing|manifest)\b|\b(?:how|way|steps?|guide|tool)\s+(?:do\s+(?:i|we|you)\s+|to\s+|can\s+(?:i|we)\s+|should\s+(?:i|we)\s+)?(?:re-?)?packag\w*\s+(?:an?|the|our|this|my|in-house)\s+(?:[\w-]+\s+)?(?:apps?|applications?|installers?|exe|msi|software)\b)/i
        ],
        redirect: 'your desktop engineering or packaging team, and Microsoft Learn\'s MSIX documentation. (A package that ' +
            'fails to install during the ESP: ask me with its error code.)',
        url: `${LEARN}/windows/msix/`
    }
];
