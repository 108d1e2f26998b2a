import { data, redirect } from "react-router";
import { signIn } from "../api/desk-api.server.ts";
import { SignInForm } from "../components/SignInForm.tsx";
import { safeNext } from "../desk-urls.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { deskLocale } from "../session/desk-guard.server.ts";
import { readSessionToken, sessionCookieHeader } from "../session/desk-session.server.ts";
import type { Route } from "./+types/sign-in";

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const ui = deskLocale(params.locale);
  const next = safeNext(ui, url.searchParams.get("next"));
  // Someone already signed in has nothing to do here.
  if (readSessionToken(request) && !url.searchParams.has("expired")) throw redirect(next);
  return { next, expired: url.searchParams.has("expired"), title: deskI18nFor(ui).t("desk:signIn.title") };
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const ui = deskLocale(params.locale);
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const next = safeNext(ui, typeof form.get("next") === "string" ? String(form.get("next")) : null);
  const result = await signIn(email, password, context.forwardedFor);
  if (result.kind === "signedIn") {
    throw redirect(next, {
      headers: { "Set-Cookie": sessionCookieHeader(request, result.token, result.expiresAt) },
    });
  }
  return data({ problem: result.problem, email }, { status: 401 });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <SignInForm
      problem={actionData?.problem ?? null}
      email={actionData?.email ?? ""}
      next={loaderData.next}
      sessionExpired={loaderData.expired}
    />
  );
}
