/** A raw click as recorded by the redirect endpoint (all clicks are kept). */
export interface RawClick {
  readonly id: string;
  readonly linkId: string;
  /** Hash of the visitor's IP address (never the address itself). */
  readonly ipHash: string;
  readonly userAgent: string | null;
  readonly at: Date;
}

/** How a click counts: bots count zero; a unique click counts once in the unique-click stats. */
export interface ClickVerdict {
  readonly id: string;
  readonly bot: boolean;
  readonly unique: boolean;
}
