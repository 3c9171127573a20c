"""Running the site: one-line JSON logs, request ids, 503 while the database is away, Sentry."""
