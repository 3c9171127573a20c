"""A per-process copy of recently served cached responses, so a hit costs one Redis read.

With Redis, a hit used to read the Vary names and the whole pickled response from Redis (two round
trips and ~100 kB to unpickle). Here each process keeps the responses it served lately, under the
same keys, which name the generation: a publish bumps the shared generation, every process reads
the new number on its next request and never looks at its old copies again, so no process can
serve a stale page. Entries also expire with the page cache's timeout. Memory is bounded.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings


class LocalCopies:
    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.used_bytes = 0
        self._entries = OrderedDict()  # key -> (expires, size, value)
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] < time.monotonic():
                self._remove(key)
                return None
            self._entries.move_to_end(key)
            return entry[2]

    def put(self, key, value, size, seconds):
        if size > self.max_bytes // 4:  # one huge response must not empty the whole store
            return
        with self._lock:
            if key in self._entries:
                self._remove(key)
            self._entries[key] = (time.monotonic() + seconds, size, value)
            self.used_bytes += size
            while self.used_bytes > self.max_bytes:
                self._remove(next(iter(self._entries)))

    def clear(self):
        with self._lock:
            self._entries.clear()
            self.used_bytes = 0

    def _remove(self, key):
        _expires, size, _value = self._entries.pop(key)
        self.used_bytes -= size


local_copies = LocalCopies(getattr(settings, "PAGE_CACHE_LOCAL_BYTES", 32 * 1024 * 1024))
