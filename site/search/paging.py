"""Search results counted by the statement that reads the asked-for page of them.

Django's Paginator counts first, then reads the page: two searches of the index. The index-first
results (search_ranking.py) return the number of matches with each row of a page, so the page a
visitor asks for is read first and its rows give the count. Other results, and a page beyond the
last (the paginator then shows the last), are counted on their own as before.
"""

# Pages beyond this are surely beyond the last result; reading ahead there would only ask the
# database for offsets past its integer range. The paginator counts and shows the last page.
MAX_PAGE = 100_000


class CountedByPage:
    """What Paginator pages through: `results`, with the page `number` read ahead."""

    def __init__(self, results, number, per_page):
        try:
            number = min(max(1, int(number)), MAX_PAGE)
        except (TypeError, ValueError):
            number = 1  # as Paginator.get_page: the first page
        self.results = results
        self.ahead = results[(number - 1) * per_page : number * per_page]

    def count(self):
        total = getattr(self.ahead, "total", None)
        found = total() if total is not None else None
        return self.results.count() if found is None else found

    def __getitem__(self, key):
        ahead = self.ahead
        # The last page ends at the count, before the end of the page read ahead.
        if isinstance(key, slice) and key.start == ahead.start and key.stop <= ahead.stop:
            return ahead[: key.stop - key.start]
        return self.results[key]
