"""`make bench` and `make soak`: gunicorn with production settings on loopback, measured with wrk."""
