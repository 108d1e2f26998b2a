# The reader app Varnish fronts, and who may purge. run-varnish.mjs writes its own copy for the
# ports and addresses in use (READER_HOST, READER_PORT, VARNISH_PURGE_ACL); this one is the default.
backend reader {
  .host = "127.0.0.1";
  .port = "3000";
}

acl purgers {
  "127.0.0.1";
  "::1";
}
