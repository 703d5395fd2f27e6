import type { Storage } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { AiFallback } from '../ai/fallback';
import type { AssignmentService } from '../assign/assignmentService';
import type { Clock } from '../domain/clock';
import type { KnowledgeSearch } from '../knowledge/search';
import type { Understanding } from '../knowledge/understanding';
import type { Logger } from '../logger';
import type { BotMetrics } from '../ops/metrics';
import type { DeviceStatusService } from '../status/statusService';
import type { ConversationReferenceStore } from '../store/conversationReferences';
import type { EscalationService } from '../escalation/escalationService';
import type { GraphRequestBudget } from '../graph/requestBudget';
import type { DeviceMonitor } from '../monitor/poller';
import type { WatchService } from '../monitor/watchService';
import type { ProactiveSender } from '../proactive/proactiveSender';

/** What the bot's routes and background services need from the outside world; built once, in `compose/buildBot.ts`. */
export interface BotDeps {
    adapter?: TeamsAdapter;
    botAppId: string;
    storage: Storage;
    references: ConversationReferenceStore;
    /** Paced, retried sends to stored conversations (alerts, escalation updates). */
    proactive: ProactiveSender;
    escalation: EscalationService;
    /** Device watches from chat and cards; the monitor alerts on them. */
    watches: WatchService;
    monitor: DeviceMonitor;
    /** The monitor's Graph request budget and counts. */
    budget: GraphRequestBudget;
    statusService: DeviceStatusService;
    /** Assigning a user to a device: lookups, confirmations, the write and its audit. */
    assignments: AssignmentService;
    knowledge: KnowledgeSearch;
    /** Reads free-text questions: scope, facets, follow-ups, over `knowledge`. */
    understanding: Understanding;
    now: Clock;
    logger: Logger;
    /** Prometheus counters for /metrics; one per bot, made in the wiring. */
    metrics: BotMetrics;
    /** Serials the help card gives as examples: real demo devices in local mode, none otherwise. */
    exampleSerials?: string[];
    /** Optional, off by default: answers what retrieval could not, from the knowledge entries only. */
    ai?: AiFallback;
}
