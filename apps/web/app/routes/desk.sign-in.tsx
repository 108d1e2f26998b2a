import { data, redirect } from "react-router";
import { signIn } from "../desk/desk-api.server.ts";
import { DESK_HEADERS, deskLocale } from "../desk/desk-guard.server.ts";
import { deskI18nFor } from "../desk/desk-i18n.server.ts";
import { readSessionToken, sessionCookieHeader } from "../desk/desk-session.server.ts";
import { safeNext } from "../desk/desk-urls.ts";
import { SignInForm } from "../desk/SignInForm.tsx";
import type { Route } from "./+types/desk.sign-in";

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const ui = deskLocale(params.locale);
  const next = safeNext(ui, url.searchParams.get("next"));
  // Someone already signed in has nothing to do here.
  if ((await readSessionToken(request)) && !url.searchParams.has("expired")) throw redirect(next);
  return { next, expired: url.searchParams.has("expired"), title: deskI18nFor(ui).t("desk:signIn.title") };
}

export async function action({ params, request }: Route.ActionArgs) {
  const ui = deskLocale(params.locale);
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const next = safeNext(ui, typeof form.get("next") === "string" ? String(form.get("next")) : null);
  const result = await signIn(email, password);
  if (result.kind === "signedIn") {
    throw redirect(next, {
      headers: { "Set-Cookie": await sessionCookieHeader(request, result.token, result.expiresAt) },
    });
  }
  return data({ problem: result.problem, email }, { status: 401, headers: DESK_HEADERS });
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
