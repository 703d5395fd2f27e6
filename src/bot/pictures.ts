import type { Activity } from 'botbuilder';

/**
 * A photo of the screen or a file (a log, a CAB) sent with no words. Teams sends a pasted or attached image as an
 * `image/*` attachment and a file as its download info; the HTML copy of the message beside them is not one.
 */
export function sentPictureOrFile(activity: Pick<Activity, 'attachments'>): boolean {
    return (activity.attachments ?? []).some(
        ({ contentType }) => typeof contentType === 'string' && (/^image\//i.test(contentType) || contentType === 'application/vnd.microsoft.teams.file.download.info')
    );
}

/** The bot reads words only: say so, and what to type instead, so a photo of the red screen is not met with "empty". */
export const PICTURE_ANSWER =
    "I can't read pictures or files, only what you type. Send me the error code (0x…) or the words on the screen, for example " +
    '"red screen 0x800705b4 at device setup", or "status <serial>" for a device.';
