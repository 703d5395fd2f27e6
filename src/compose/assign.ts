import type { Client } from '@microsoft/microsoft-graph-client';
import { AssignmentService } from '../assign/assignmentService';
import type { Settings } from '../config';
import type { Clock } from '../domain/clock';
import type { AutopilotGraph } from '../graph/autopilotGraph';
import { UserDirectory } from '../graph/userDirectory';
import type { DeviceStatusService } from '../status/statusService';
import { SqliteAssignmentStore } from '../store/assignments';
import type { SqliteDatabase } from '../store/database';

/** User assignment over the bot's Graph client (Autopilot reads and writes, Entra users), its confirmations and audit trail in the bot's database. */
export function createAssignmentService(
    settings: Settings,
    parts: { graph: AutopilotGraph; graphClient: Client; statusService: DeviceStatusService; db: SqliteDatabase; now: Clock }
): AssignmentService {
    return new AssignmentService({
        graph: parts.graph,
        directory: new UserDirectory(parts.graphClient),
        statusService: parts.statusService,
        store: new SqliteAssignmentStore(parts.db),
        now: parts.now,
        assignerIds: settings.assign.assignerIds,
        answerTimeoutMs: settings.deadlines.graphAnswerMs
    });
}
