/** 200 frames: half PINGs, typing and presence pushes, NOTIF_MESSAGE (some with an invite link) and NOTIF_CHAT, on `chats`. */
export declare function frameStream(
  chats: ReadonlyArray<{ id: number; modified?: number; lastEventTime?: number; [key: string]: unknown }>,
): string[];
