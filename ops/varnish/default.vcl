vcl 4.1;

# Varnish in front of the reader editions (docs/architecture/031-surrogate-keys-and-purge.md).
# Reader responses name what they show in an `xkey` header; the API purges those keys on publish.
# The backend and the purge ACL come from backend.vcl, which run-varnish.mjs writes for the ports in use.

import xkey;

include "backend.vcl";

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address"));
    }
    if (!req.http.xkey) {
      return (synth(400, "Name the surrogate keys to purge in an xkey header"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey);
    return (synth(200, "Purged " + req.http.x-purged + " objects"));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Drafts on the preview route and the desk are never shared.
  if (req.url ~ "^/preview(/|$)" || req.url ~ "^/desk(/|$)") {
    return (pass);
  }
  # A signed-in user's page may differ from a reader's.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sahifa_session=") {
    return (pass);
  }
  # "/" answers by the reader's remembered edition (a cookie) and languages: never shared.
  if (req.url == "/") {
    return (pass);
  }
  # Other cookies (consent, analytics) do not change a reader's page: without them, one object serves all.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  # The app marks what must not be shared; a response setting a cookie belongs to one browser.
  if (beresp.http.Cache-Control ~ "(private|no-store)" || beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # Publishing purges what it changed, so a cached page may be served a little stale while it is refetched.
  set beresp.grace = 1m;
  return (deliver);
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Surrogate keys are for this cache only.
  unset resp.http.xkey;
}
