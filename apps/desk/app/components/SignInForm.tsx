import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";

export type SignInProblem = { kind: "wrongCredentials" } | { kind: "tooManyAttempts"; minutes: number };

/**
 * A plain form post: signing in works without JavaScript, and the password never
 * reaches the browser's JavaScript beyond the field itself. The session comes back as
 * an HttpOnly cookie set by the web server.
 */
export function SignInForm({
  problem,
  email = "",
  next,
  sessionExpired = false,
}: {
  problem?: SignInProblem | null;
  email?: string;
  next?: string | null;
  sessionExpired?: boolean;
}) {
  const { t } = useTranslation("desk");
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" className="desk-sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("signIn.title")}</h1>
      {sessionExpired && !problem ? <p className="desk-notice">{t("sessionExpired")}</p> : null}
      {problem ? (
        <p className="desk-error" role="alert" data-testid="sign-in-error">
          {problem.kind === "wrongCredentials"
            ? t("signIn.wrongCredentials")
            : t("signIn.tooManyAttempts", { count: problem.minutes })}
        </p>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <label>
        {t("signIn.email")}
        <input type="email" name="email" autoComplete="username" required defaultValue={email} dir="ltr" />
      </label>
      <label>
        {t("signIn.password")}
        <input type="password" name="password" autoComplete="current-password" required dir="ltr" />
      </label>
      <button type="submit" className="desk-button" disabled={busy}>
        {busy ? t("signIn.signingIn") : t("signIn.submit")}
      </button>
    </Form>
  );
}
