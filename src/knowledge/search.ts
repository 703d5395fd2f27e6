/**
 * Free-text retrieval over the knowledge base (BM25 via minisearch), with a confidence verdict so the bot
 * never answers an unrelated question as if it knew. Pure: builds its index in memory, no I/O.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { Bm25Index, type ScoredDocument } from './bm25Index';
import { PatternGates } from './literalGate';
import type { KnowledgeEntry } from './types';

export interface SearchHit {
    entry: KnowledgeEntry;
    score: number;
    confident: boolean;
}

export interface KnowledgeSearch {
    search(query: string, limit?: number): SearchHit[];
    /**
     * Whether the question names an identifier only this knowledge uses (IsAutopilotDisabled, SkipUserStatusPage,
     * ZtdDeviceIsNotRegistered): such a word makes the question ours even without any other deployment word.
     * Optional: a search with no index of its own (a stand-in) names none.
     */
    namesIdentifier?(query: string): boolean;
}

/**
 * Phrases rewritten to one canonical token, in both entries and queries, so old names, slang, short forms
 * and multi-word terms meet on the same word. Order matters: longer phrases first.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
    // The product word however it is typed: "white glvoe", "preprovisoning", "pre-provsioning", "prepovisioning".
    // "A WG'd laptop" is just the device (every device here is pre-provisioned): the adjective is dropped.
    [/\bwg(?:e?d)\b/g, ''],
    [/\bwhite[\s-]*g(?:l[a-z]{1,6}|[a-z]lo[a-z]{0,4})\b|\bwg\b/g, 'preprovisioning'],
    [/\bpre[\s-]*p(?:r?o|r)v(?:[aeiosn][a-z]*)?\b/g, 'preprovisioning'],
    // Getting into the product ("get into WG mode", "start preprov mode", "enter white glove"): the technician flow's
    // start, not another Autopilot mode; the product word stays.
    [/\b(?:get(?:ting)?|go(?:ing)?|boot(?:ing)?)\s+in(?:to|\s+to)?\s+(?:the\s+)?preprovisioning(?:\s+mode)?\b|\b(?:enter(?:ing)?|start(?:ing)?|launch(?:ing)?|trigger(?:ing)?|activat(?:e|ing)|invok(?:e|ing)|kick(?:ing)?\s+off)\s+(?:the\s+)?preprovisioning\s+mode\b|\bhow\s+(?:do|can|to|would|should)\s+(?:i\s+|we\s+|you\s+|u\s+)?(?:enter|start|launch|trigger|activate|invoke|kick\s+off)\s+(?:the\s+)?preprovisioning\b/g, 'startpreprovisioning $&'],
    // The product called a mode ("WG mode", "pre-prov mode") is the product: not one of the other Autopilot modes.
    [/\bpreprovisioning\s+mode\b/g, 'preprovisioning'],
    // An event named by its number, however it is typed ("event ID 153", "eventid: 161"): "event 153", as the entries
    // write it, so the "id" does not pull cards that say "ID" elsewhere.
    [/\bevent\s*ids?\s*(?:[:#=]\s*)?(?=\d{2,4}\b)/g, 'event '],
    [/\benrol(?:l)?ment[\s-]+status[\s-]+pages?\b|\bstatus[\s-]+(?:pages?|screens?)\b/g, 'esp'],
    // A screen named by its title, whose words are all everyday ones ("What would you like to do?").
    [/\bwhat\s+(?:would|do)\s+(?:you|u)\s+(?:like|want)\s+to\s+do\b/g, 'optionsscreen'],
    // The configuration screen shortened ("the blue config screen"): the words its card uses. Not "config page", which
    // is as often a page of settings in Intune.
    [/\bconfig[\s-]+screens?\b/g, 'configuration screen'],
    // "Opens the box" is the user unboxing the device, not an app package that "could not be opened".
    [/\bopen(?:s|ed|ing)?\s+(?:up\s+)?(?:the\s+|its\s+|their\s+)?box(?:es)?\b/g, 'unbox'],
    // "What do I need for white glove / hardware-wise" asks for the requirements ("what do I need to do next" does not).
    [/\bwhat\s+(?:do|does|would)\s+(?:i|we|you|u|it|one)\s+need(?=\s+(?:hardware|for\b|to\s+(?:have|run|support|use)\b))|\b(?:hardware|licen[cs]e|license)[\s-]*wise\b/g, 'requirements'],
    // "Taking it out of the box" is unboxing it, not the out-of-box experience.
    [/\b(?:take|takes|taking|took|get|gets|getting|got|pull|pulling|pulled)\s+(?:it|them|the\s+\w+)\s+out\s+of\s+(?:the\s+|its\s+|their\s+)?box(?:es)?\b/g, 'unbox'],
    [/\bout[\s-]+of[\s-]+(?:the[\s-]+)?box(?:[\s-]+experience)?\b/g, 'oobe'],
    [/\bazure[\s-]*(?:ad|active[\s-]+directory)\b|\baad\b|\b(?:microsoft[\s-]+)?entra(?:[\s-]+id)?\b/g, 'entra'],
    [/\b(?:w|win|wind[a-z]{0,4}|wn[a-z]{0,4})[\s-]?(?:11|eleven)\b/g, 'windows11'],
    [/\b(?:w|win|wind[a-z]{0,4}|wn[a-z]{0,4})[\s-]?(?:10|ten)\b/g, 'windows10'],
    [/\bwindows[\s-]+(?:logo[\s-]+)?(?:key|button)s?\b|\bwin[\s-]*keys?\b|\bstart[\s-]+(?:key|button)\b/g, 'winkey'],
    [/\b(?:5|five)[\s-]*(?:times|x)\b|\bx[\s-]?5\b|×\s?5\b/g, 'fivetimes'],
    [/\bshift[\s+-]*f10\b/g, 'shiftf10'],
    [/\b(?:ctrl|control)[\s+-]*shift[\s+-]*d\b/g, 'ctrlshiftd'],
    [/\bred\b|\berror[\s-]+(?:screen|page)\b/g, 'failure'],
    [/\bgreen\b/g, 'success'],
    [/\bvirtual[\s-]+machines?\b|\bhyper[\s-]?v\b|\bvmware\b|\bvirtualbox\b|\bvms\b/g, 'vm'],
    // Where the user is ("works from home", "at home", "her home Wi-Fi"), not the Home edition of Windows.
    [/\b(?:(?:work(?:s|ing|ed)?|wfh)\s+)?(?:from|at)\s+home\b|\bwfh\b|\bhome(?=[\s-]+(?:office|wi[\s-]?fi|wireless|network|router|internet|broadband|connection|users?|workers?|address)\b)/g, 'athome'],
    [/\bwi[\s-]?fi\b|\bwireless\b|\bwlan\b/g, 'wifi'],
    [/\bethernet\b|\bcabled?\b|\bwired\b|\blan\b|\bnetwork[\s-]+cable\b/g, 'wired'],
    [/\bintune[\s-]+management[\s-]+extension\b|\bsidecar\b/g, 'ime'],
    // Delivery Optimization, and "DO" when it is plainly the service ("DO is blocked", "if DO is off", "the DO cache"),
    // never the verb ("do blocked URLs stop it?").
    [/\bdelivery[\s-]+optimi[sz]ation\b|\bdo(?=\s+(?:is|was|has\s+been|gets|got)\s+(?:blocked|disabled|off|turned\s+off|not\s+allowed|unreachable)\b)|(?<=\b(?:the|our|if|with|without|when|since|because|no|block|blocked|blocking|disable|disabled)\s+)do\b(?!\s+(?:i|we|you|they|it|not)\b)/g,
        'deliveryoptimization'],
    // Who to ring, as a message tells people ("tell them to ring our service desk", "call the helpdesk on x4400").
    [/\b(?:ring|call|phone|contact|dial|reach)(?:s|ed|ing)?\s+(?:the\s+|our\s+|your\s+)?(?:it\s+)?(?:help[\s-]?desk|service[\s-]?desk|support(?:\s+(?:team|desk|line))?|it\s+team)\b/g, 'callhelpdesk'],
    // The short forms of prerequisites: "prereqs", "pre-reqs", "pre reqs".
    [/\bpre[\s-]?req(?:s|uisites?)?\b/g, 'requirements'],
    // A device maker's updater by name ("Dell Command Update", "Lenovo Vantage"): the vendor updater, whose "update" is
    // no Windows update.
    [/\b(?:dell\s+command\s*\|?\s*update|hp\s+(?:image|support)\s+assistant|lenovo\s+(?:vantage|system\s+update|update\s+retriever)|(?:vendor|oem)\s+updaters?)\b/g, 'vendorupdater'],
    [/\bmulti[\s-]?factor(?:[\s-]+auth[a-z]*)?\b|\b2fa\b/g, 'mfa'],
    [/\bhardware[\s-]+(?:hash|id)\b|\bhwid\b/g, 'hash'],
    // Someone's "bit" of the work is their part, not a bit count ("the technician bit", "my bit").
    [/(?<=\b(?:my|our|the|their|his|her|your|technicians?|techs?|users?|bench)\s+)bit\b/g, 'part'],
    // A device in no group at all ("isn't in any group", "ungrouped"), not one waiting to join its group.
    [/\b(?:not|isnt|arent|wasnt|werent|never)\s+(?:in|a\s+member\s+of|part\s+of|added\s+to)\s+(?:any|a)\s+(?:device\s+)?groups?\b|\bin\s+no\s+groups?\b|\bungrouped\b/g, 'nogroup'],
    // The QR code described by its look ("the box-looking code", "that square code") is the QR code.
    [/\bqr[\s-]?codes?\b|\bbarcodes?\b|\b(?:box|square|pixel\w*|checker\w*)[\s-]*(?:looking|like|shaped|y)?[\s-]+codes?\b/g, 'qr'],
    [/\bdate[\s-]+and[\s-]+time\b|\btime[\s-]*(?:sync|zone)\b|\bclock[\s-]+skew\b|\bw32tm\b|\bntp\b/g, 'clock'],
    // "How long it took", "how long it has taken": what one run took (its elapsed time), not how long runs take.
    [/\bhow[\s-]+(?:long|much[\s-]+time)\b(?=[^.?!,]{0,40}?\b(?:took|(?:has|have|had)\s+taken)\b)/g, 'elapsed'],
    [/\bhow[\s-]+long\b|\bhow[\s-]+much[\s-]+time\b/g, 'howlong'],
    // Two months named apart ("white gloved in March, handed out in November"): months pass between them.
    [/\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|aug|sept?|oct|nov|dec)\b(?=.{1,80}\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|aug|sept?|oct|nov|dec)\b)/g,
        'months later'],
    [/\btime[\s-]*outs?\b|\btim(?:ed|es|ing)[\s-]+out\b/g, 'timeout'],
    // "When the user logs in" signs in; "logs on the USB stick" are files.
    [/\bsign(?:ed|ing|s)?[\s-]*(?:in|on)\b|\blog(?:ged|ging)?[\s-]*(?:in|on)(?:to)?\b|(?<=\b(?:users?|he|she|they|who|someone|person|employee)\s+)logs[\s-]*(?:in|on)(?:to)?\b|\blogs[\s-]+(?:in|on)(?=\s*(?:$|[?.!,;:]|(?:and|or|for|first|then)\b))/g, 'signin'],
    // The whole setup asked for in order ("from scratch", "in what order", "setup sequence"): the tutorial's steps.
    [/\bfrom\s+(?:scratch|zero|nothing|the\s+ground\s+up)\b|\b(?:in\s+)?(?:what|which)\s+order\b|\bin\s+(?:the\s+right\s+)?order\b|\b(?:set[\s-]?up|configuration)\s+(?:sequence|order)\b|\border\s+of\s+(?:set[\s-]?up|configuration|steps)\b/g,
        'fromscratch'],
    [/\bset(?:ting)?[\s-]+(?:(?:things|everything)\s+)?up\b/g, 'setup'],
    // "Starts the laptop", "starts it up": the device powered on, not something else started.
    [/\bpower(?:ed|ing|s)?[\s-]+(?:it[\s-]+)?(?:back[\s-]+)?on\b|\bswitch(?:ed)?[\s-]+on\b|\bboot(?:s|ed|ing)?\b|\bstart(?:s|ed|ing)?\s+(?:up\s+)?(?:the|her|his|their|a|its|my|our)\s+(?:laptops?|pcs?|devices?|machines?|computers?|notebooks?|surface)\b|\bstart(?:s|ed|ing)?\s+(?:it|them)\s+up\b/g,
        'poweron'],
    [/\b(?:power|switch|turn)(?:ed|es|ing|s)?[\s-]+(?:(?:it|(?:the|a|my|this|that)\s+(?:pc|laptop|device|machine|computer|box|notebook))[\s-]+)?off\b|\bshut(?:s|ting)?[\s-]*down\b/g,
        'shutdown'],
    // A model named by the technician ("Latitude 5440", "EliteBook 840 G9", "ThinkPad X1 Carbon") is just the device.
    [/\b(?:latitude|optiplex|precision|xps|inspiron|vostro|elitebook|probook|zbook|elitedesk|prodesk|thinkpad|thinkcentre|thinkbook|ideapad|yoga|vivobook|zenbook|expertbook|travelmate|dynabook|toughbook|getac|surface\s+(?:laptop|pro|go|book|studio))(?:[\s-]+(?:[a-z]{0,3}\d[a-z\d]*|gen|carbon|plus|pro|studio|go|book))*\b/g, 'device'],
    // A person put on a device is a user assigned to it ("put a user on the Autopilot device", "link the owner to it").
    [/\b(?:put|putting|add|adds|added|adding|attach\w*|link\w*|tie|ties|tied|associat\w*)\s+(?:a\s+|the\s+|an\s+|my\s+|our\s+)?(?:user|person|owner)\s+(?:on|onto|to|with|against)\b/g, 'assign user to'],
    // A named person, or their name, put on one device ("put a doctor's name on one autopilot device", "link a specific
    // user to one laptop"): a user assigned to it, whoever the person is.
    [/\b(?:put|putting|attach\w*|link\w*|tie|ties|tied|associat\w*|stick)\s+(?:(?:a|the|an|my|our|one|this|that|specific|particular|single|certain|individual)\s+)*(?:user|person|owner|doctors?|nurses?|teachers?|employees?|clinicians?|consultants?|someones?|staff\s+member)\s+(?:(?:full\s+)?name\s+|e-?mail\s+|account\s+|upn\s+)?(?:on|onto|to|with|against)\s+(?:(?:a|the|an|one|each|this|that|their|his|her|specific|single|particular|new)\s+)*(?=(?:autopilot\s+)?(?:laptops?|notebooks?|pcs?|computers?|machines?|devices?|workstations?|device\s+records?|autopilot\s+records?)\b(?![\s-]+(?:groups?|lists?|polic(?:y|ies)|profiles?|objects?)\b))/g, 'assign user to '],
    // Each device given a person ("do I have to give every laptop a user"): a user assigned to it.
    [/\bgive\s+(?:every|each|all|the|a|our|those|these)\s+(?:of\s+the\s+)?(?:laptops?|notebooks?|devices?|pcs?|machines?|computers?)\s+(?:a|an|its|their)\s+(?:own\s+)?(?:user|owner|person)\b/g, 'assign user to device'],
    // Both Windows releases by number alone ("does it work on both 10 and 11", "11 or 10?").
    [/\b(?:10|ten)\s*(?:and|&|or|\/|plus)\s*(?:11|eleven)\b|\b(?:11|eleven)\s*(?:and|&|or|\/|plus)\s*(?:10|ten)\b/g, 'windows10 windows11'],
    // Working on both releases is which versions are supported ("does it work on both 10 and 11").
    [/(?<=\b(?:it|this|that|preprovisioning|autopilot)\s+)(?:work|works|run|runs)\s+(?:on|with|for|across)\s+both\b|\b(?:supported|available|possible|ok|okay|fine)\s+(?:on|with|for|in|across)\s+both\b|\bsupports?\s+both\b|(?<=\bwindows10\s+)as\s+well\s+as\s+(?:11|eleven)\b/g, 'supported versions'],
    // The user's part of the ESP by any name ("the user ESP part of the ESP profile", "the account setup bit of the esp"):
    // Account setup.
    [/\buser[\s-]+esp\s+(?:part|bit|phase|section|portion|side|settings?)(?:\s+of\s+(?:the\s+|an?\s+)?esp(?:\s+profile)?)?\b|\buser\s+(?:part|bit|phase|section|portion|side)\s+of\s+(?:the\s+|an?\s+)?esp(?:\s+profile)?\b|\baccount[\s-]*setup\s+(?:part|bit|phase|section|portion|settings?)(?:\s+(?:of|in)\s+(?:the\s+|an?\s+)?esp(?:\s+profile)?)?\b/g, 'account setup'],
    // What a failed run hands on to whoever takes it further ("what do I send the team lead", "what should I hand over to
    // the engineers", "what does our escalation team need"): the logs to collect.
    [/\bwhat\s+(?:(?:logs?|info|information|files?|data|evidence|details|stuff)\s+)?(?:do|does|should|shall|must|can|would)\s+(?:i|we|you|u)\s+(?:send|give|hand\s+(?:over|on)|pass\s+on|forward|attach|escalate|upload|provide|collect|grab|take)\b(?=.{0,40}\b(?:team\s*leads?|leads?|engineers?|escalations?|l[23]|tier\s*[23]|(?:second|third|2nd|3rd)[\s-]+line|support|microsoft|vendors?|oems?|seniors?|admins?|bosse?s?|managers?|desktop\s+team|intune\s+team|them|him|her)\b)|\bwhat\s+(?:logs?|info|information|files?|data|evidence|details)\s+(?:do|does|will|would)\s+(?:the\s+|our\s+|my\s+)?(?:team\s*leads?|leads?|engineers?|escalations?(?:\s+team)?|l[23]|tier\s*[23]|(?:second|third|2nd|3rd)[\s-]+line|support(?:\s+team)?|microsoft|vendors?|oems?|seniors?|admins?|bosse?s?|managers?)\s+(?:\w+\s+)?(?:need|want|ask\s+for|require)s?\b/g, 'collect logs'],
    // The diagnostics page looked for on the device itself ("is there a diagnostics page on the device itself"): the
    // Windows 11 page the ESP setting turns on, not the failure screen's button.
    [/\b(?:a\s+|the\s+)?diagnostics?\s+(?:page|screen|view)\s+(?:on|in)\s+(?:the\s+)?(?:device|laptop|pc|machine|computer)(?:\s+itself)?\b|\bon[\s-]device\s+diagnostics?(?:\s+(?:page|screen))?\b/g, 'open the diagnostics page'],
    // A proxy or firewall beside attestation ("intel laptops fail attestation through our proxy"): the vendor's
    // attestation URLs it must let through, unless a known firmware case (Tiger Lake on 21H2) is named.
    // The exceptions are checked once, from the start of the message: "anywhere before or after" around every proxy
    // made a long paste cost a quadratic scan.
    [/^(?!.*\b(?:tiger|21h2|11th|inspect\w*|ssl|tls|decrypt\w*|pac|wpad|polic(?:y|ies)|pushed)\b)(.*?)(?:(?<=\battestation\b.{0,80})\b(?:web\s+)?prox(?:y|ies)\b|\b(?:web\s+)?prox(?:y|ies)\b(?=.{0,80}\battestation\b))/, '$1 attestation urls blocked'],
    // The registry shortened ("which reg key shows what the esp tracks").
    [/\breg\s+(?:keys?|values?|entr(?:y|ies)|paths?|locations?|hives?)\b/g, 'registry key'],
    // Account setup hidden or skipped ("hide the account setup part after white glove"): the user ESP turned off.
    [/\b(?:hide|hiding|skip|skipping|turn(?:ing)?\s+off|disabl(?:e|ing)|suppress(?:ing)?|get\s+rid\s+of)\s+(?:the\s+)?account\s+setup\b/g, 'skip user esp'],
    // The whole thing asked for in brief ("in one line", "a one-liner", "in a nutshell"): an explanation, not a line of text.
    [/\bin\s+(?:one|a|1|a\s+single)\s+(?:line|sentence)\b|\bone[\s-]?liner\b|\bin\s+a\s+nutshell\b|\btl;?\s?dr\b|\belevator\s+pitch\b|\bin\s+plain\s+(?:english|words)\b|\bshort\s+version\s+of\b|\bsum(?:marise|marize)?\s+up\b|\bin\s+brief\b/g, 'explain'],
    // Plain user-driven set against pre-provisioning ("difference between preprov and plain user-driven"): the mode, not
    // the advice to get plain user-driven working first.
    [/(?<=\b(?:difference|differences|diff|vs|versus|compared?|comparison|between|against|or)\b.{0,60})\b(?:plain|normal|standard|regular|classic|ordinary|usual)\s+(?:autopilot\s+)?(?=user[\s-]*driven)|\b(?:plain|normal|standard|regular|classic|ordinary|usual)\s+(?=user[\s-]*driven\b.{0,60}\b(?:difference|differences|diff|vs|versus|compared?|comparison|or\s+preprovisioning|and\s+preprovisioning)\b)/g, ''],
    // A hardware refresh is a project of new devices ("we have a branch refresh of six hundred"), not the Refresh button
    // of the Autopilot devices list.
    [/\b(hardware|laptops?|devices?|pcs?|branch(?:es)?|stores?|sites?|fleet|summer|estate|lifecycle|school|office)\s+refresh(?:es)?\b/g, '$1 rollout'],
    [/\b(?:laptops?|notebooks?|pcs?|computers?|machines?|boxe?s?|workstations?|hardware)\b/g, 'device'],
    [/\b(?:end[\s-]+users?|employees?|customers?|staff(?:[\s-]+members?)?|new[\s-]+(?:hires?|starters?|joiners?)|recipients?|teachers?|students?|pupils?)\b/g, 'user'],
    // The end user getting the device ("when they get the laptop from us", "the employee receives it", "when the PC
    // arrives"): one wording for the moment the user flow starts, whose words are otherwise all common ones.
    [/(?<=\b(?:user|they|she|he|when|once|after|until|before)\s+)(?:get|gets|got|getting|receive[sd]?|receiving|collect(?:s|ed)?|pick(?:s|ed)?\s+up)\s+(?:it|them|(?:(?:the|their|his|her|a|its|new|shiny|own|preprovisioning|preprovisioned|wgd|reseal|resealed|prepared|finished|ready)\s+)*device)\b|\bdevice\s+(?:arrives|arrived|is\s+delivered|gets\s+delivered|lands|shows\s+up)\b/g,
        'receivesdevice'],
    // Devices registered in numbers ("get 500 new latitudes registered", "register 200 devices in bulk"): registration
    // at scale, which the OEM or reseller does best, not the ESP's "registering your device" line.
    [/\b(?:get|gets|getting|got|have|having)\s+(?:(?:all|the|our|these|those|them|new|\d+|many|hundreds\s+of|a\s+batch\s+of|lots\s+of)\s+)*(?:devices?|latitudes|elitebooks|thinkpads|surfaces)\s+regist\w*|\bregist\w*\s+(?:(?:all|the|our|these|those|them|new)\s+)*(?:\d+|hundreds\s+of|lots\s+of|many|a\s+batch\s+of|a\s+big\s+order\s+of)\s+(?:new\s+)?(?:devices?|latitudes|elitebooks|thinkpads|surfaces)\b|\bregist\w*\s+(?:(?:all|the|our|these|those|them|new|\d+)\s+)*devices?\s+(?:in\s+bulk|at\s+once|at\s+scale|en\s+masse)\b|\bbulk[\s-]+regist\w*|\b\d+\s+(?:new\s+)?(?:devices?|latitudes|elitebooks|thinkpads|surfaces)\b(?=.{0,60}\b(?:(?:get|getting|put|putting|add|adding|load|loading)\s+(?:\w+\s+){0,2}(?:into|in|to)\s+autopilot|regist\w*)\b)|\b(?:get|gets|getting|have|having)\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:new\s+)?(?:batch|order|shipment|delivery)\s+regist\w*|\bregist\w*\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:new\s+)?(?:batch|order|shipment|delivery)\b/g, 'bulkregistration'],
    [/(?<=\bbulkregistration\b.{0,60})\b(?:get|getting|put|putting|add|adding|load|loading)\s+(?:(?:them|they|these|those|it|all|of)\s+)*(?:into|in|to)\s+autopilot\b/g, ''],
    // The maker or the reseller registering the devices ("can dell register the laptops to our tenant"): OEM registration.
    [/\b(?:dell|hp|lenovo|microsoft|acer|asus|panasonic|fujitsu|dynabook|(?:the\s+|our\s+)?(?:oem|vendor|supplier|reseller|manufacturer|partner|distributor))\s+(?:to\s+)?(?:pre-?)?regist\w*\b/g, 'oem registration'],
    [/\bstu(?:ck|k|kc)\b|\bstcuk\b|\bsutck\b|\bhangs?\b|\bhanging\b|\bhung\b|\bfrozen\b|\bfreez(?:e|es|ing)\b|\bforever\b/g, 'hang'],
    // Which subscription covers it is which licence ("which subscriptions cover autopilot?").
    [/\blicen[cs](?:e|es|ed|ing)\b|\bsubscriptions?\b/g, 'licence'],
    [/\benrol(?:l|ls|led|ling|ment|ments|lment|lments)?\b/g, 'enroll'],
    [/\bauto[\s-]?pilot\b/g, 'autopilot'],
    [/\bnon[\s-]?complian(?:t|ce)\b|\bnot[\s-]+compliant\b/g, 'noncompliant'],
    [/\bcomplian(?:t|ce)\b/g, 'compliance'],
    // The screen text of 0x80180014 (Windows MDM blocked by the enrollment restrictions), typed without its code: not a
    // question about which Windows versions are supported.
    [/\b(?:organi[sz]ation|org|company)\s+does(?:n'?t|\s+not)\s+support\s+this\s+version\s+of\s+windows\b/g, 'orgblockswindowsmdm'],
    [/\borgani[sz]ations?\b|\borg\b/g, 'organization'],
    [/\battest(?:ation|ed|ing|s)?\b/g, 'attestation'],
    [/\bfail(?:s|ed|ing|ures?)?\b|\b(?:gave|gives|giving|give)[\s-]+up\b/g, 'failure'],
    [/\bsucce(?:ss|ssful|ssfully|eded|eds|ed)\b/g, 'success'],
    [/\bre[\s-]?seal(?:s|ed|ing)?\b/g, 'reseal'],
    [/\bre[\s-]?tr(?:y|ying|ies|ied)\b|\btry[\s-]+again\b/g, 'retry'],
    [/\bre[\s-]?imag(?:e|ed|ing)\b|\bwip(?:e|ed|es|ing)\b/g, 'reimage'],
    [/\bdiagnos(?:tics?|e|is)\b/g, 'diagnostics'],
    [/\bmicrosoft[\s-]+365[\s-]+apps\b|\bm365\b|\bo365\b|\boffice(?:[\s-]*365)?\b/g, 'm365'],
    [/\bline[\s-]+of[\s-]+business\b/g, 'lob'],
    [/\btrusted[\s-]+platform[\s-]+module\b/g, 'tpm'],
    // "Aggressive AV on the image": antivirus by its short name.
    [/\ba\/?v\b(?=\s+(?:on|blocks?|blocking|block\w*|software|product|agent|scans?|scanning|quarantin\w*|exclusions?|is|was|that|which|kills?|deletes?|flags?)\b)|(?<=\b(?:aggressive|our|the|an?|third[\s-]party|corporate|some|strict)\s+)a\/?v\b/g, 'antivirus'],
    // A TPM version written onto the word ("tpm1.2", "tpmv2.0") is still the TPM.
    [/\btpm\s*v?(?=[12](?:\.\d)?\b)/g, 'tpm'],
    [/\bcommand[\s-]+(?:prompt|line)\b|\bcmd\b|\bterminal\b|\bconsole\b/g, 'cmd'],
    [/\bpre[\s-]?assign(?:ed|ing)?\b/g, 'assign'],
    [/\bpages?\b/g, 'screen'],
    [/\btech\b|\btechs\b/g, 'technician'],
    // 'getinto', not 'enter', so prefix search cannot stretch it to 'enterprise'.
    [/\b(?:get|go|going|boot|getting)[\s-]+into\b|\benter(?:s|ed|ing)?\b|\baccess(?:es|ed|ing)?\b/g, 'getinto'],
    // "Autopilot doesn't pick it up" is not recognising the device, not a picker to select from.
    [/\bpick(?:s|ed|ing)?\s+(?:it|them|this|that|(?:the|my|our|a|this|that)\s+(?:new\s+)?[a-z]+)\s+up\b/g, 'recognised'],
    [/\b(?:select(?:s|ed|ing)?|choos(?:e|es|ing)|chose|chosen|pick(?:s|ed|ing)?)\b/g, 'select'],
    [/\b(?:one|an|1)[\s-]*(?:hours?|hrs?|h)\b|\b60[\s-]*(?:minutes|mins?|m)\b/g, 'sixtyminutes'],
    [/\bmins?\b/g, 'minutes'],
    [/\bpull(?:s|ed|ing)?[\s-]+(?:it[\s-]+)?down\b|\bfetch(?:es|ed|ing)?\b|\bretriev(?:e|es|ed|ing)\b/g, 'download'],
    [/\b(?:click(?:ed|ing|s)?|tap(?:ped|ping|s)?|hit(?:ting|s)?|press(?:ed|ing|es)?)\b/g, 'press'],
    [/\bsett?(?:s|ings?)?\b/g, 'setting'],
    // "Where do I make / build the profile (group, policy)": making one is creating it, the word the steps use.
    [/\b(?:make|making|build|building|setup(?=\s+(?:a|an|the|new|my|our)\s))\b(?=\s+(?:(?:a|an|the|new|my|our|that|this|autopilot|deployment|preprovisioning|esp|device|dynamic|security|windows)\s+){0,4}(?:profiles?|groups?|polic(?:y|ies))\b)/g, 'create']
];

/** Function words and chat filler: they carry no domain meaning and would make any question look relevant. */
const STOP_WORDS = new Set(
    (
        'a an the i im ive me my mine we us our you your yours u ur it its this that these those there here ' +
        'they them their he she his her is are was were be been being am do does did doing have has had can ' +
        'could should would will shall may might must to of in on at by for with from about into onto as and ' +
        'or but if then so than too very just also only not no yes what whats which who whom whose when where ' +
        'why how hi hello hey please pls plz thanks thank thx ok okay now get got gets getting go going goes ' +
        'went gone want wanted need needs needed know tell say says said let lets make made use using used ' +
        'some any all still yet ever really actually anyone someone somebody thing things stuff way help ' +
        'problem issue issues question mean means meaning like dont doesnt didnt cant cannot wont isnt arent ' +
        'wasnt youre theyre guy guys folks mate see look find put give one anything everything happens stand stands ' +
        'happening once during work works working worked day today right new keep keeps kept over well'
    ).split(' ')
);

const FIELDS = ['title', 'keywords', 'short', 'details'] as const;
type Field = (typeof FIELDS)[number];
type IndexedDoc = { id: string } & Record<Field, string>;

const MIN_SCORE = 6;
/** Words that set the context of nearly every question (the product, the OS): they qualify, not decide, a match. */
const CONTEXT_TERMS = new Set(['windows10', 'windows11', 'preprovision', 'autopilot']);
const CONTEXT_TERM_BOOST = 0.3;
/** Words that report a problem. Without one, a question is after how-to knowledge more than a symptom entry. */
const TROUBLE_TERMS = new Set(['failure', 'error', 'hang', 'wrong', 'broken', 'broke', 'crash', 'missing',
    'nothing', 'not', 'no', 'cant', 'cannot', 'doesnt', 'wont', 'blocked', 'problem', 'issue', 'something',
    'noncompliant',
    // "...but we set standard", "although the profile hides it": an outcome against expectation is a report too.
    'but', 'although', 'though', 'despite', 'anyway']);
/**
 * "Users must not be local admins", "it shouldn't ask for a PIN", "we don't want the privacy screen": a requirement
 * stated with a negation, which asks how to get it (a setting), not what went wrong.
 */
const REQUIREMENT_NEGATION = /\b(?:must|should|shall|may|need(?:s)?\s+to|ha(?:ve|s)\s+to)\s+not\b|\b(?:mustn'?t|shouldn'?t)\b|\b(?:do|does)\s*(?:n'?t|not)\s+want\b/gi;
/** "Timed out" reports a problem; "timeout" alone is usually the ESP setting. */
const TIMED_OUT = /\btim(?:ed|es|ing)[\s-]+out\b/i;
/** "Can those be white gloved or no", "yes or no?": a yes/no question's tail reports nothing. */
const YES_NO_TAIL = /\b(?:yes\s+)?or\s+(?:no|not)\b(?=\s*(?:[?.!,]|$))/gi;
/** How long something has stayed the same ("since yesterday", "for ages", "still isn't") reports a stall, a problem too. */
const STALLED = /\bstill\s+(?:not|no|isn'?t|aren'?t|hasn'?t|haven'?t|doesn'?t|don'?t|won'?t|can'?t)\b|\bsince\s+(?:yesterday|this\s+morning|last\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bfor\s+(?:ages|hours|days|a\s+day|an?\s+(?:hour|while)|\d+\s*(?:m|mins?|minutes|h|hrs?|hours|days))\b|\ball\s+(?:day|night|morning)\b/i;
/**
 * A screen or list showing something other than expected ("the config screen shows the org name of a different
 * customer", "it says another company's name") reports a problem too, without a trouble word.
 */
const SHOWS_OTHER = /\b(?:shows?|showing|showed|shown|says|saying|said|displays?|displaying|displayed|lists?|listing|listed)\b.{0,50}\b(?:(?:a|an|the)\s+)?(?:different|another|other|someone\s+else'?s|somebody\s+else'?s)\s+(?:customer|client|company|companies|organi[sz]ation|org|tenant|school|business|firm|name|logo|branding)/i;
/** "Isn't in any group, still did the Autopilot screens": an outcome despite what should have stopped it is a report. */
const DESPITE = /\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|not|never|without)\b[^.?!]{1,50}\bstill\s+(?:did|does|do|got|gets|get|showed|shows|show|went|goes|ran|runs|came|comes|had|has|asked|asks)\b/i;
const KIND_PRIOR = 0.8;
/** A term found in more than this share of entries is too common to carry a one-word question alone. */
const COMMON_TERM_SHARE = 0.1;
const RUNNER_UP_RATIO = 1.3;
/** An identifier (registry value, event name, cmdlet) is one long word found in very few entries; English words are shorter or common. */
const IDENTIFIER = { minLength: 16, maxEntries: 3, writtenMinLength: 12 };
/**
 * A name the entries write in CamelCase (AutoAdminLogon, SkipUserStatusPage, ZtdDeviceIsNotRegistered) and only one or
 * two of them use: a technician who pastes it (a registry line, a log line, a policy name) is asking about the entry
 * that names it, whatever else the paste holds (a registry path, a baseline's name). Such entries count this much more.
 */
const PASTED_NAME = { boost: 3, minLength: 10, maxEntries: 2, pattern: /\b[A-Za-z][a-z0-9]+[A-Z][A-Za-z0-9]*\b/g };
/** How far below the first few a named entry may stand and still be lifted. */
const PASTED_NAME_DEPTH = 20;
/**
 * An event asked by its number ("event id 163", "eventid: 172"): the entry whose title or keywords name that event
 * (its own card, or the card of the events it belongs with) is lifted above cards that only list the number in passing.
 */
const EVENT_ASKED = /\bevent\s*(?:ids?\s*)?(?:[:#=]\s*)?(\d{2,4})\b/gi;
const EVENT_NAMED = /\bevents?\s+(\d{2,4}(?:\s*(?:,|and|or|\/)\s*\d{2,4})*)\b/gi;
const EVENT_BOOST = 3;

/** The phrases' gates (see literalGate): most phrases are not in a message, and one pass over it says which. */
const PHRASE_GATES = new PatternGates(
    PHRASES.map(([pattern, canonical]) => ({ pattern, replacement: ` ${canonical} ` })),
    (phrase) => phrase.pattern
);

export function normalizeText(text: string): string {
    return PHRASE_GATES.rewrite(text.toLowerCase().replace(/[’']/g, ''), (phrase, out) => out.replace(phrase.pattern, phrase.replacement));
}

/** A light suffix stripper: enough to meet plurals and -ing/-ed forms without a stemming library. */
function stem(term: string): string {
    if (term.length <= 3 || /\d/.test(term)) {
        return term;
    }
    let t = term;
    if (t.endsWith('ies') && t.length > 4) {
        t = t.slice(0, -3) + 'y';
    } else if (t.endsWith('s') && !/(?:ss|us|is)$/.test(t)) {
        t = t.slice(0, -1);
    }
    if (t.endsWith('ing') && t.length >= 7) {
        t = t.slice(0, -3);
    } else if (t.endsWith('ed') && t.length >= 6) {
        t = t.slice(0, -2);
    }
    if (t.endsWith('e') && t.length > 4) {
        t = t.slice(0, -1);
    }
    return t;
}

function processTerm(term: string): string | null {
    const t = term.toLowerCase();
    return t.length < 2 || STOP_WORDS.has(t) ? null : stem(t);
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

function termsOfTokens(tokens: string[]): string[] {
    return tokens.map(processTerm).filter((t): t is string => t !== null);
}

function terms(text: string): string[] {
    return termsOfTokens(tokenize(normalizeText(text)));
}

/** Everything an entry says beyond its title and first lines, so a question about a detail still finds it. */
function detailText(entry: KnowledgeEntry): string {
    const parts = [...entry.details, ...Object.values(entry.os ?? {})];
    if (entry.kind === 'step') parts.push(entry.where, ...entry.values, ...entry.pitfalls);
    if (entry.kind === 'error') parts.push(entry.where, entry.cause, ...entry.fix, entry.escalate);
    return parts.join(' ');
}

function keywordText(entry: KnowledgeEntry): string {
    const codes = entry.kind === 'error' ? entry.codes : [];
    // Codes are also typed without 0x (80180014), so index both forms.
    return [...entry.keywords, ...codes, ...codes.map((c) => c.slice(2))].join(' ');
}

export function createKnowledgeSearch(allEntries: readonly KnowledgeEntry[]): KnowledgeSearch {
    const entries = allEntries.filter((entry) => entry.searchable !== false);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const errorIds = new Set(entries.filter((e) => e.kind === 'error').map((e) => e.id));
    // Every indexed id is an entry's, so each result has its entry.
    const hits = (results: ScoredDocument[], confidentFirst: boolean): SearchHit[] => {
        const found: SearchHit[] = [];
        results.forEach((r, i) => {
            const entry = byId.get(String(r.id));
            if (entry) found.push({ entry, score: r.score, confident: i === 0 && confidentFirst });
        });
        return found;
    };
    // A question that is only a defined term ("what is the ESP?", "reseal?") goes straight to its definition.
    const definitions = new Map(entries.flatMap((e) => (e.defines ?? []).map((term) => [[...new Set(terms(term))].sort().join(' '), e] as const)));
    // A question with more distinct terms than any defined term is no definition question: no key to build for it.
    const definitionTermsAtMost = Math.max(0, ...[...definitions.keys()].map((key) => key.split(' ').length));
    const docs: IndexedDoc[] = entries.map((e) => ({
        id: e.id,
        title: normalizeText(e.title),
        keywords: normalizeText(keywordText(e)),
        short: normalizeText(e.short),
        details: normalizeText(detailText(e))
    }));

    const docTerms = docs.map((d) => new Set(FIELDS.flatMap((f) => tokenize(d[f]).map(processTerm))));
    const documentFrequency = new Map<string, number>();
    for (const termSet of docTerms) {
        for (const t of termSet) {
            if (t !== null) {
                documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
            }
        }
    }
    const vocabulary = new Set(documentFrequency.keys());
    // Every CamelCase name the entries write (registry values, event names, policy names), however many entries use it.
    const writtenNames = new Set(
        entries
            .flatMap((e) => [e.title, e.short, keywordText(e), detailText(e)].join(' ').match(PASTED_NAME.pattern) ?? [])
            .filter((name) => name.length >= PASTED_NAME.minLength)
            .map((name) => processTerm(name))
            .filter((t): t is string => t !== null)
    );
    const pastedNames = new Set([...writtenNames].filter((t) => (documentFrequency.get(t) ?? 0) <= PASTED_NAME.maxEntries));
    // The events each entry names in its title or keywords, by number.
    const eventsNamed = new Map(entries.map((e) => [e.id, new Set([...`${e.title} ${keywordText(e)}`.matchAll(EVENT_NAMED)].flatMap((m) => m[1].match(/\d+/g) ?? []))]));
    const options = {
        boost: { title: 3, keywords: 2, short: 1.5, details: 1 },
        // A word the knowledge uses is no typo: only unknown words are matched fuzzily, which keeps search fast.
        // Codes and OS names differ by one character from their neighbours: match those exactly.
        fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) && !vocabulary.has(term) ? 0.2 : false),
        maxFuzzy: 2,
        prefix: (term) => term.length >= 4 && !vocabulary.has(term),
        combineWith: 'OR'
    } satisfies SearchOptions;
    // Problem reports lean to symptom entries, other questions to how-to entries. Context words only step back when the
    // question has something else to go on. One set of query options for each of these cases, made once.
    const optionsFor = (troubled: boolean, onlyContext: boolean) => ({
        ...options,
        boostDocument: (id: string): number => (errorIds.has(id) === troubled ? 1 : KIND_PRIOR),
        boostTerm: (t: string): number => (!onlyContext && CONTEXT_TERMS.has(t) ? CONTEXT_TERM_BOOST : 1)
    });
    const queryOptions = {
        troubled: { onlyContext: optionsFor(true, true), withContext: optionsFor(true, false) },
        asking: { onlyContext: optionsFor(false, true), withContext: optionsFor(false, false) }
    };
    const index = new Bm25Index<IndexedDoc>({ fields: [...FIELDS], processTerm, searchOptions: options });
    index.addAll(docs);

    const isDistinctive = (term: string): boolean =>
        (documentFrequency.get(term) ?? 0) <= Math.max(1, entries.length * COMMON_TERM_SHARE);

    // Typos count as domain words only on longer words, where one slip cannot turn "bread" into "read".
    const isDomainTerm = (term: string): boolean =>
        vocabulary.has(term) || (term.length >= 6 && index.hasTermNear(term, 1));

    function isConfident(queryTerms: string[], results: ScoredDocument[]): boolean {
        const [top, second] = results;
        if (!top || queryTerms.length === 0 || top.score < MIN_SCORE) {
            return false;
        }
        const domainShare = queryTerms.filter(isDomainTerm).length / queryTerms.length;
        const matched = [...new Set(top.queryTerms)];
        const clearLead = !second || top.score >= second.score * RUNNER_UP_RATIO;
        // One common word ("device", "error") is too vague to answer unless the top entry stands out.
        const specific = matched.length >= 2 || matched.some(isDistinctive);
        return domainShare > 0.5 && matched.length / queryTerms.length >= 0.5 && (clearLead || specific);
    }

    return {
        namesIdentifier(query: string): boolean {
            return tokenize(normalizeText(query)).some((token) => {
                const t = token.toLowerCase();
                const term = processTerm(t) ?? '';
                // A name the entries write in CamelCase ("TenantMatched = 0", "CloudAssignedTenantDomain is blank") is
                // no English word, however many entries mention it; shorter ones (PowerShell, ProgramData) are
                // everyday Windows words any IT question uses.
                if (t.length >= IDENTIFIER.writtenMinLength && writtenNames.has(term)) return true;
                const entries = documentFrequency.get(term) ?? 0;
                return t.length >= IDENTIFIER.minLength && entries > 0 && entries <= IDENTIFIER.maxEntries;
            });
        },

        search(query: string, limit = 5): SearchHit[] {
            const tokens = tokenize(normalizeText(query));
            const queryTerms = [...new Set(termsOfTokens(tokens))];
            if (queryTerms.length === 0) {
                return [];
            }
            const withoutRequirements = query.replace(REQUIREMENT_NEGATION, ' ').replace(YES_NO_TAIL, ' ');
            const reported = withoutRequirements === query ? tokens : tokenize(normalizeText(withoutRequirements));
            const troubled = TIMED_OUT.test(query) || STALLED.test(query) || SHOWS_OTHER.test(query) || DESPITE.test(query) || reported.some((t) => TROUBLE_TERMS.has(t.toLowerCase()));
            const definition = troubled || queryTerms.length > definitionTermsAtMost ? undefined : definitions.get([...queryTerms].sort().join(' '));
            // Context words only step back when the question has something else to go on.
            const onlyContext = queryTerms.every((t) => CONTEXT_TERMS.has(t));
            // The best `limit` (two at least, for the confidence verdict), scored as MiniSearch's own search would.
            const named = queryTerms.filter((t) => pastedNames.has(t));
            const events = [...query.matchAll(EVENT_ASKED)].map((m) => m[1]);
            const lifted = named.length > 0 || events.length > 0;
            const results = index.scored(queryTerms, queryOptions[troubled ? 'troubled' : 'asking'][onlyContext ? 'onlyContext' : 'withContext'], Math.max(limit, 2) + (lifted ? PASTED_NAME_DEPTH : 0));
            if (lifted) {
                for (const r of results) if (r.queryTerms.some((t) => named.includes(t))) r.score *= PASTED_NAME.boost;
                for (const r of results) if (events.some((n) => eventsNamed.get(String(r.id))?.has(n))) r.score *= EVENT_BOOST;
                results.sort((a, b) => b.score - a.score);
                results.length = Math.min(results.length, Math.max(limit, 2));
            }
            if (definition) {
                const others = results.filter((r) => r.id !== definition.id).slice(0, limit - 1);
                const score = Math.max(results[0]?.score ?? MIN_SCORE, MIN_SCORE);
                return [{ entry: definition, score, confident: true }, ...hits(others, false)];
            }
            const confident = isConfident(queryTerms, results);
            return hits(results.slice(0, limit), confident);
        }
    };
}
