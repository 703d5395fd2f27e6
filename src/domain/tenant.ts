/**
 * The Entra tenant an activity comes from. Teams puts it on the conversation and in channelData; when both are
 * given they must agree, or the activity names no tenant at all (and is treated as foreign).
 */
export function tenantOf(activity: { conversation?: { tenantId?: unknown }; channelData?: unknown }): string | undefined {
    const onConversation = typeof activity.conversation?.tenantId === 'string' ? activity.conversation.tenantId : undefined;
    const tenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant;
    const inChannelData = typeof tenant?.id === 'string' ? tenant.id : undefined;
    const ids = [onConversation, inChannelData].filter((id): id is string => Boolean(id)).map((id) => id.trim().toLowerCase());
    if (ids.length === 2 && ids[0] !== ids[1]) return undefined;
    return ids[0];
}

/** Whether the bot serves this tenant: an empty allow-list (local mode only) serves everyone. */
export function isTenantAllowed(allowedTenantIds: readonly string[], tenantId: string | undefined): boolean {
    if (allowedTenantIds.length === 0) return true;
    return tenantId !== undefined && allowedTenantIds.includes(tenantId);
}
