import { invalid } from "@sahifa/db/desk/desk-results";
import { revokeSession } from "@sahifa/db/desk/sessions";
import { createUser, type DeskUser, findUserById } from "@sahifa/db/desk/users";
import type { LanguagePair } from "@sahifa/domain/permissions";
import { ROLES } from "@sahifa/domain/workflow";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../auth/password.ts";
import { type SignInOutcome, signIn } from "../../auth/sign-in.ts";
import { builder } from "../../builder.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize } from "./desk-guard.ts";

export const RoleEnum = builder.enumType("Role", {
  description:
    "admin: everything. editor: write, review and publish in their locales. translator: edit drafts and submit in their language pairs (e.g. en→ar).",
  values: ROLES,
});

const LanguagePairRef = builder.objectRef<LanguagePair>("LanguagePair");
builder.objectType(LanguagePairRef, {
  description: "A translator's right: from the original language `source` into the edition `target`.",
  fields: (t) => ({
    source: t.field({ type: LocaleEnum, resolve: (p) => p.source }),
    target: t.field({ type: LocaleEnum, resolve: (p) => p.target }),
  }),
});

const LanguagePairInput = builder.inputType("LanguagePairInput", {
  fields: (t) => ({
    source: t.field({ type: LocaleEnum, required: true }),
    target: t.field({ type: LocaleEnum, required: true }),
  }),
});

export const DeskUserRef = builder.objectRef<DeskUser>("DeskUser");
builder.objectType(DeskUserRef, {
  description: "A newsroom account.",
  isTypeOf: (value) => typeof (value as DeskUser).email === "string" && "role" in (value as object),
  fields: (t) => ({
    id: t.id({ resolve: (u) => u.id }),
    email: t.exposeString("email"),
    displayName: t.exposeString("displayName"),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    locales: t.field({
      type: [LocaleEnum],
      description: "The editions this user writes in (admins: all).",
      resolve: (u) => u.locales,
    }),
    languagePairs: t.field({
      type: [LanguagePairRef],
      description:
        "A translator's pairs: translations into `target` of originals written in `source`. Empty for editors and admins.",
      resolve: (u) => u.languagePairs,
    }),
  }),
});

type SignedIn = Extract<SignInOutcome, { kind: "signed_in" }>;
type SignInFailed = Extract<SignInOutcome, { kind: "sign_in_failed" }>;

const SignedInRef = builder.objectRef<SignedIn>("SignedIn");
builder.objectType(SignedInRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "signed_in",
  fields: (t) => ({
    user: t.field({ type: DeskUserRef, resolve: (s) => s.user }),
    token: t.exposeString("token", {
      description:
        "The session token for API clients (`Authorization: Bearer <token>`). Browsers also get it as an HttpOnly cookie and need not keep it.",
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "Latest end of the session; it also ends after 12 hours without use.",
    }),
  }),
});

const SignInFailedRef = builder.objectRef<SignInFailed>("SignInFailed");
builder.objectType(SignInFailedRef, {
  description:
    "INVALID_CREDENTIALS: wrong email or password. ACCOUNT_LOCKED: too many failures for this email; wait until retryAfter. TOO_MANY_ATTEMPTS: too many attempts from this client, or the server is busy; wait until retryAfter.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "sign_in_failed",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.exposeString("message"),
    retryAfter: t.expose("retryAfter", { type: "DateTime", nullable: true }),
  }),
});

const SignInResult = builder.unionType("SignInResult", { types: [SignedInRef, SignInFailedRef] });

const UserCreatedRef = builder.objectRef<{ kind: "created"; user: DeskUser }>("UserCreated");
builder.objectType(UserCreatedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "created" && "user" in (value as object),
  fields: (t) => ({ user: t.field({ type: DeskUserRef, resolve: (r) => r.user }) }),
});
const CreateUserResult = builder.unionType("CreateUserResult", {
  types: [UserCreatedRef, ValidationErrorRef, ForbiddenRef],
});

builder.queryFields((t) => ({
  me: t.field({
    type: DeskUserRef,
    nullable: true,
    description: "The signed-in desk user; null for anonymous callers and stale sessions.",
    resolve: (_root, _args, context) =>
      context.viewer.user ? findUserById(context.db, context.viewer.user.id) : null,
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInResult,
    description:
      "Signs in with email and password. Sets an HttpOnly, SameSite=Lax session cookie and returns the token for bearer use. Repeated failures lock the email for a while, whether or not an account has it.",
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const outcome = await signIn(context.db, context.signInGuard, {
        email: args.email,
        password: args.password,
        client: context.clientAddress,
        locale: context.locale,
      });
      if (outcome.kind === "signed_in")
        context.viewer.session?.setSessionCookie(outcome.token, outcome.expiresAt);
      return outcome;
    },
  }),
  signOut: t.field({
    type: "Boolean",
    description:
      "Ends the session this request carries (cookie or bearer) and clears the cookie. True if a session ended.",
    resolve: async (_root, _args, context) => {
      const session = context.viewer.session;
      if (!session) return false;
      session.clearSessionCookie();
      return session.token ? revokeSession(context.db, session.token) : false;
    },
  }),
  createUser: t.field({
    type: CreateUserResult,
    description: "Admins: creates a desk account.",
    args: {
      email: t.arg.string({ required: true }),
      displayName: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      locales: t.arg({ type: [LocaleEnum], required: true }),
      languagePairs: t.arg({
        type: [LanguagePairInput],
        description:
          "Translators: the pairs they translate (their locales become the pairs' targets). Without it, every other edition into each of their locales.",
      }),
      password: t.arg.string({
        required: true,
        description: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
      }),
    },
    resolve: async (_root, args, context) => {
      const admin = authorize(context, "manageUsers");
      if ("kind" in admin) return admin;
      if (args.password.length < MIN_PASSWORD_LENGTH || args.password.length > MAX_PASSWORD_LENGTH) {
        return invalid(
          "password",
          `Use a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
        );
      }
      return createUser(context.db, {
        email: args.email,
        displayName: args.displayName,
        role: args.role,
        locales: args.locales,
        languagePairs: args.languagePairs ?? undefined,
        passwordHash: await hashPassword(args.password),
      });
    },
  }),
}));
