import type { Storage } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { AiFallback } from '../ai/fallback';
import type { Logger } from '../logger';
import type { DeviceStatusService } from '../status/statusService';
import type { ConversationReferenceStore } from '../store/conversationReferences';

/** What the bot's routes need from the outside world; everything enters through the composition root. */
export interface BotDeps {
    adapter?: TeamsAdapter;
    botAppId: string;
    storage: Storage;
    references: ConversationReferenceStore;
    statusService: DeviceStatusService;
    logger: Logger;
    /** Optional, off by default: answers what retrieval could not, from the knowledge entries only. */
    ai?: AiFallback;
}
