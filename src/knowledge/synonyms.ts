/**
 * Other names for what the knowledge names one way: the patterns that read a question, and the entries, write the
 * name Microsoft's pages use now, so a question is read with that name wherever another stands.
 */

/**
 * A screen named as a window or a display ("the success window", "the progress display", "a window asking for a PIN"):
 * the knowledge and the patterns that read a question write "screen" or "page", so these are read as "screen". Not a
 * span of time ("maintenance window", "a 90-minute window", "window of"), a program's window (command prompt,
 * PowerShell, a browser), Windows misspelt ("window 11"), nor a display that is a Windows setting or a part
 * (display language, name, driver, resolution, cable).
 */
const WINDOW = new RegExp(
    String.raw`(?<!\b(?:maintenance|time|minutes?|mins?|hours?|hrs?|days?|install(?:ation)?|updates?|reboot|restart|change|outage|\d+[\s-]*(?:m|mins?|minutes?|h|hrs?|hours?|days?))[\s-]+)` +
        String.raw`(?<!\b(?:command|cmd|prompt|powershell|terminal|console|browser|explorer|edge|chrome|firefox|registry|regedit|notepad|task\s+manager|event\s+viewer|settings|dos|shell|run|pop[\s-]?up|browser's)[\s-]+)` +
        String.raw`\bwindow\b(?!\s*(?:\d|of\b|ten\b|eleven\b))`,
    'gi'
);
const DISPLAY = new RegExp(
    String.raw`(?<=\b(?:success|progress|status|config(?:uration)?|options?|setup|set-up|welcome|error|result|failure|diagnostics?|green|red|sign[\s-]?in|log[\s-]?in|login|provisioning|technician|first|last|final|next|previous|this|that|the|a)\s+)` +
        String.raw`display\b(?!\s+(?:name|language|driver|adapter|settings?|resolution|scaling|port|cable|brightness|mode|panel|model)s?\b)`,
    'gi'
);

/** The ESP by its full name keeps it whatever the last word: "enrollment status screen", "…window", "…display". */
const ESP_NAMED = /\benrol(l?)ment\s+status\s+(?:screen|window|display)\b/gi;

/** Microsoft Entra ID by its former names ("Azure AD joined", "AAD", "Azure Active Directory"); not "AADSTS…" codes. */
const AZURE_AD = /\bazure[\s-]*(?:ad|active[\s-]+directory)\b|\baad\b/gi;
/**
 * Intune by the name of its former umbrella ("Endpoint Manager", "the MEM portal", "no MEM licence"). "MEM" only in
 * capitals: in lower case it is as often memory; never MEMCM, which is Configuration Manager.
 */
const ENDPOINT_MANAGER = /\b(?:microsoft\s+)?endpoint\s+manager\b/gi;
const MEM = /\bMEM\b(?![\s-]*CM\b)/g;
/** A serial written "S/N". */
const SERIAL_SHORT = /\bs\/n\b/gi;
/** A notebook that is a laptop ("a good notebook for developers"); not OneNote's or Jupyter's. */
const NOTEBOOK = /(?<!\b(?:onenote|jupyter|class|shared|lab)\s+)\bnotebook(s?)\b/gi;
/** The person the device is for, named as a member of staff ("what does the employee see"). */
const EMPLOYEE = /\b(the|this|that|each|every|our|my|new|an?)\s+(?:employee|staff\s+member|new\s+starter)(s?)\b/gi;

/**
 * The person the device is for, named by their job ("assign a driver to the device", "the nurse signs in", "no student
 * assigned", "the driver's password"): read as the user only where a person is meant, so a
 * device driver ("no driver for the NIC", "driver update", "the driver is missing") stays one.
 */
const ROLE = String.raw`(?:driver|nurse|doctor|clinician|student|pupil|kid|teacher|paralegal|cashier|clerk|courier|(?:warehouse|field|shop[\s-]?floor|site)\s+(?:worker|staff|manager)|foreman|forem[ae]n|pilot|co-?pilot|first\s+officer|captain|cabin\s+crew(?:\s+member)?|flight\s+attendant|crew(?:\s+member)?|gate\s+agent|teller|banker|receptionist|dentist|hygienist|vet|veterinarian|lawyer|attorney|solicitor|accountant|sales\s*(?:rep|person)|store\s+manager|journalist|reporter|presenter|editor|producer|freelancer|associate|paralegal)`;
/** A job named as the user Intune assigns to the device ("assign a driver to the device", "no student assigned"). */
const ROLE_ASSIGNED = new RegExp(
    String.raw`(?<=\bassign(?:s|ed|ing)?\s+(?:(?:a|an|the|this|that|our|my|one)\s+)?)${ROLE}(s?)\b(?!\s+(?:app|package|update|pack|version)s?\b)` +
        String.raw`|(?<=\bno\s+)${ROLE}(s?)(?=\s+(?:is\s+|was\s+)?(?:assigned|yet|added))`,
    'gi'
);
/**
 * Anyone assigned to one device ("pre-assign a caseworker to a specific laptop", "assign each volunteer to their
 * tablet", "a charge nurse to a specific WOW", a workstation on wheels): the user Intune assigns, whatever their job; not a thing assigned (an app, a new app, a profile, a group, a tag).
 */
const PERSON_TO_DEVICE = new RegExp(
    String.raw`(?<=\bassign(?:s|ed|ing)?\s+(?:a|an|the|this|that|each|every|our|one)\s+)(?!(?:new\s+|another\s+|second\s+|extra\s+|additional\s+|different\s+|required\s+|win32\s+|lob\s+|custom\s+)?(?:app|application|policy|profile|group|tag|group\s+tag|licen[cs]e|script|package|esp|config\w*|certificate|role|name|update|driver|setting)s?\b)[a-z][\w-]*(?:\s+(?!to\b)[a-z][\w-]*)?(?=\s+to\s+(?:a|an|the|this|that|each|every|their|his|her|its|one)\s+(?:specific\s+|particular\s+|single\s+|new\s+)?(?:laptop|device|pc|machine|tablet|notebook|computer|workstation|kiosk|wow|cow)s?\b)`,
    'gi'
);
/** A job named as the person at their device ("the nurse signs in", "the driver's password", "driver took the laptop"). */
const ROLE_AS_PERSON = new RegExp(
    String.raw`\b${ROLE}(s?)(?=(?:'s|’s|s'|s’)\s+(?:password|account|credentials|e-?mail|upn|name|desktop|apps?|profile|sign[\s-]?in|login|pin|phase|part|side|flow)\b)` +
        String.raw`|(?<=(?:^|[.!?,;:]\s*|\b(?:the|a|each|every|our|my|new|this|that|when|if|once|until|before|after|exactly|will|would|can|could|do|does|did|should|shall)\s+))${ROLE}(s?)(?=\s+(?:signs?|signed|signing|logs?|logged|logging)\s+(?:in|on)\b|\s+(?:actually\s+|finally\s+|first\s+)?(?:took|takes|gets|got|receives?|received|switched|switches|turns?|turned|powers?|powered|starts?|started|sees?|saw|finished|finishes|opens?|opened|unbox(?:es|ed)?|can\s+start|will\s+(?:see|get|start|sign|log)|get|need|needs|end\s+up|become|be\s+(?:an?\s+)?(?:local\s+)?admin|do\s+the\s+first\s+sign[\s-]?in)\b|\s+(?:password|account|credentials|phase|flow|part|side|portion|esp)\b)`,
    'gi'
);

/**
 * The technician as an engineer: the engineer's part of the flow ("the engineer part", "engineer phase") or one's own
 * engineer at the bench ("my engineer", "our field engineers"). Not engineers a failure is handed over to.
 */
const ENGINEER = /\bengineer(s?)(?=\s+(?:part|phase|flow|steps?|side|bit|stage)\b)|(?<=\b(?:my|our|field|bench|on-?site)\s+)engineer(s?)\b/gi;
/** The Windows key called a button or by its logo ("pressed the windows button five times", "the Windows logo key"). */
const WINDOWS_BUTTON = /\b(?:windows|win)(?:\s+logo)?\s+(?:button|btn)(s?)\b|\bwindows\s+logo\s+key(s?)\b/gi;
/** The command prompt as a newcomer sees it: "a black command box", "the cmd window", a black box to type a command in. */
const COMMAND_BOX = /\b(?:black\s+)?(?:command|cmd)\s+(?:box|window)\b|\bblack\s+box\b(?=.{0,60}\b(?:type|enter|run)\s+(?:a\s+|the\s+|in\s+(?:a\s+|the\s+)?)?command)/gi;
/** A failure called a fault ("the fault screen", "if installation fault occurs"). */
const FAULT = /\bfault(s?)\b/gi;
/** Signing in called logging in ("the 'login with your work account' page", "log on"). */
const LOG_IN = /\blog[\s-]?(?:in|on)\b/gi;

/** The result screen by its colour: "it went red", "turned green at last" is the red (failure) or green (success) screen. */
const WENT_COLOUR = /\b(?:went|goes|go|turned|turns|turn|turning|going|gone|flipped|switched)\s+(red|green)\b(?!\s+(?:light|led|lamp|cable|wire|sticker|tag|label|dot|icon|tick|check|bar|button|text|border|line))/gi;

/**
 * Autopilot shortened to "AP" ("the AP profile", "now AP fails on those laptops", "put them in ap"): read as Autopilot
 * only beside what Autopilot has or does; a wireless access point ("the AP is dropping wifi") stays one.
 */
const AP_SHORT = /\bap\b(?=\s+(?:profiles?|devices?(?:\s+list)?|deployments?|fails?|failed|failing|hash(?:es)?|hwids?|registration|registered|import|groups?|report|reset|pre-?prov\w*|tech(?:nician)?|flow|esp|enrol\w*|mode|screens?|diagnostics|logs?|tutorial|setup|events?|stuff|things)\b)|(?<=\b(?:in|into|from|to|with|via|through|for)\s+)ap\b(?=\s*(?:[,.?!]|$|or\s+what\b))/gi;

/** Multi-factor authentication described ("the extra security step at first sign-in", "an additional security check"). */
const EXTRA_SECURITY_STEP = /\b(?:extra|additional|second)\s+security\s+(?:step|check|prompt|verification|code)(s?)\b/gi;
/** A laptop by its nickname ("the dental lappy", "30 lappies", "lappie"). */
const LAPPY = /\blapp(?:y|ie)\b|\blappies\b/gi;
/**
 * Pre-provisioning by its initials, as shorthand-typing technicians write it ("does that matter for pp", "went thru
 * pp", "pp'd yesterday"); not page numbers ("pp. 12"), nor an uppercase name ("PP" is as often a product or a person).
 */
const PP = /\bpp(?:'?d|'?ed)?\b(?!\.?\s*\d)/g;

/** Two everyday words typed as one ("atleast 1 app", "aswell", "incase"): read as the two words. */
const RUN_TOGETHER: Record<string, string> = { atleast: 'at least', aswell: 'as well', incase: 'in case', alot: 'a lot', infact: 'in fact', eventhough: 'even though', inspite: 'in spite' };
const RUN_TOGETHER_WORDS = new RegExp(String.raw`\b(?:${Object.keys(RUN_TOGETHER).join('|')})\b`, 'gi');

/**
 * A span said as its start, as German, French, Spanish and Polish put it in English ("since 2 hours it is on the same
 * screen"): "for 2 hours".
 */
const SINCE_A_SPAN = /\bsince\s+(?=(?:\d+|one|two|three|four|five|ten|twenty|thirty|forty|an?|half\s+an)\s*(?:hours?|hrs?|h|minutes?|mins?|days?)\b)/gi;

export function withOurNames(text: string): string {
    return text
        .replace(SINCE_A_SPAN, 'for ')
        .replace(ESP_NAMED, 'enrol$1ment status page')
        .replace(WINDOW, 'screen')
        .replace(DISPLAY, 'screen')
        .replace(AZURE_AD, 'Entra')
        .replace(AP_SHORT, 'Autopilot')
        .replace(EXTRA_SECURITY_STEP, 'MFA step$1')
        .replace(PP, (word) => (word.length > 2 ? 'pre-provisioned' : 'pre-provisioning'))
        .replace(LAPPY, (word) => (word.toLowerCase() === 'lappies' ? 'laptops' : 'laptop'))
        .replace(ENDPOINT_MANAGER, 'Intune')
        .replace(MEM, 'Intune')
        .replace(SERIAL_SHORT, 'serial')
        .replace(NOTEBOOK, 'laptop$1')
        .replace(EMPLOYEE, '$1 end user$2')
        .replace(PERSON_TO_DEVICE, 'user')
        .replace(ROLE_ASSIGNED, (...groups: unknown[]) => `user${groups.slice(1, 3).find((g) => typeof g === 'string') ?? ''}`)
        .replace(ROLE_AS_PERSON, (...groups: unknown[]) => `end user${groups.slice(1, 3).find((g) => typeof g === 'string') ?? ''}`)
        .replace(ENGINEER, (_, before: string | undefined, after: string | undefined) => `technician${before ?? after ?? ''}`)
        .replace(WINDOWS_BUTTON, (_, a: string | undefined, b: string | undefined) => `Windows key${a ?? b ?? ''}`)
        .replace(COMMAND_BOX, 'command prompt')
        .replace(FAULT, 'failure$1')
        .replace(LOG_IN, 'sign in')
        .replace(WENT_COLOUR, 'got the $1 screen')
        .replace(RUN_TOGETHER_WORDS, (word) => RUN_TOGETHER[word.toLowerCase()]);
}
