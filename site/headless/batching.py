"""Plone's batching: a slice of a list plus links to the first, previous, next and last slices."""

from .links import with_query


def batch_links(base_url, batch, total, extra_query=None):
    extra_query = dict(extra_query or {})

    def link(start):
        return with_query(base_url, **extra_query, b_start=start, b_size=batch.size)

    last_start = max(0, (total - 1) // batch.size * batch.size)
    previous_start = batch.start - batch.size
    return {
        "@id": link(batch.start),
        "first": link(0),
        "prev": link(max(0, previous_start)) if batch.start > 0 else None,
        "next": link(batch.start + batch.size) if batch.start + batch.size < total else None,
        "last": link(last_start),
    }


def batched(queryset, batch):
    """The batch's entries and the total; slicing keeps it one query whatever the list size."""
    total = queryset.count()
    return list(queryset[batch.start : batch.start + batch.size]), total
