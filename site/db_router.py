"""Reads from the PostgreSQL replica when one is configured (DATABASE_REPLICA_URL), writes to the
primary. Replication lag is seconds at most, and the page cache is invalidated on the primary's
commit; run the admin on servers without DATABASE_REPLICA_URL so editors read their own writes.
"""

from django.conf import settings


class ReadReplicaRouter:
    def db_for_read(self, model, **hints):
        return "replica" if "replica" in settings.DATABASES else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"
