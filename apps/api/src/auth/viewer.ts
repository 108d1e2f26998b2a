import type { Locale } from "@sahifa/domain/locales";
import type { LanguagePair } from "@sahifa/domain/permissions";
import type { Role } from "@sahifa/domain/workflow";

/** Who is asking. Readers are anonymous (`user: null`); the desk signs users in (sign-in.ts). */
export interface Viewer {
  user: null | {
    id: number;
    role: Role;
    locales: readonly Locale[];
    /** A translator's pairs; empty for editors and admins. */
    languagePairs: readonly LanguagePair[];
  };
  /** The request's session as authenticate.ts found it; absent in contexts built without a request. */
  session?: ViewerSession;
}

/**
 * The session a request carried (bearer header or cookie). A token that is unknown or expired
 * leaves the viewer anonymous and marks the session "stale", so desk operations can say "sign in
 * again" rather than a bare "forbidden". Reads by readers ignore it.
 */
export interface ViewerSession {
  state: "none" | "valid" | "stale";
  /** The token this request carried (for sign-out). */
  token: string | null;
  /** Sets the session cookie on this request's response (sign-in). */
  setSessionCookie(token: string, expiresAt: Date): void;
  /** Clears the session cookie on this request's response (sign-out). */
  clearSessionCookie(): void;
}
