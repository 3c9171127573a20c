"""The URLs measured, found on the running site itself so that they exist whatever the data."""

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field

# An unknown session cookie: the page cache steps aside, as it does for an editor.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}
JSON = {"Accept": "application/json"}


@dataclass
class Target:
    name: str
    path: str
    headers: dict = field(default_factory=dict)
    note: str = ""

    @property
    def uncached(self):
        return "Cookie" in self.headers


def fetch(base, path, headers=None):
    # Only ever http://127.0.0.1, the server the benchmark started.
    request = urllib.request.Request(base + path, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, ""


def _api(base, path):
    status, _headers, body = fetch(base, path)
    return json.loads(body) if status == 200 else None


def _path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def discover(base):
    # A load-data programme when there are enough of them, else any.
    programmes = _api(base, "/api/v2/programmes/?locale=fi&limit=1&offset=100") or {"items": []}
    if not programmes["items"]:
        programmes = _api(base, "/api/v2/programmes/?locale=fi&limit=1")
    programme = _path_of(programmes["items"][0]["meta"]["html_url"])
    examples = _api(base, "/api/v2/pages/?type=examples_library.ExampleIndexPage&locale=fi")
    examples_index = _path_of(examples["items"][0]["meta"]["html_url"])
    _status, _headers, home = fetch(base, "/fi/")
    static = re.search(r'(/static/[^"\']+\.css)', home).group(1)
    api_list = "/api/v2/programmes/?locale=fi&organisation_type=municipality&limit=20"
    # The same list through Wagtail's own pages endpoint, with the same fields, for comparison.
    ours = "/api/v2/programmes/?locale=fi&limit=20"
    wagtails = (
        "/api/v2/pages/?type=programs.ProgramPage&locale=fi&limit=20&fields="
        "organisation,status,period_start,period_end,plain_language_summary"
    )
    programme_id = programmes["items"][0]["id"]
    filters = "?theme=structures"
    search = "/fi/search/?q=nuorten"
    targets = [
        Target("static file (reference)", static),
        Target("home", "/fi/"),
        Target("programme page", programme),
        Target("programme page, uncached", programme, UNCACHED),
        Target("examples filter page", examples_index + filters),
        Target("examples filter page, uncached", examples_index + filters, UNCACHED),
        Target("programmes API, filtered", api_list),
        Target("programmes API, filtered, uncached", api_list, UNCACHED),
        Target("programmes API, uncached", ours, UNCACHED),
        Target("Wagtail's pages API, same list, uncached", wagtails, UNCACHED),
        Target("measures API, uncached", "/api/v2/measures/?limit=20", UNCACHED),
        Target("page JSON", programme, JSON),
        Target("page JSON, uncached", programme, {**JSON, **UNCACHED}),
        Target("Wagtail's page detail API, uncached", f"/api/v2/pages/{programme_id}/", UNCACHED),
        Target("search", search),
        Target("search, uncached", search, UNCACHED),
    ]
    return [_checked(base, target) for target in targets]


def _checked(base, target):
    status, headers, _body = fetch(base, target.path, target.headers)
    if status != 200:
        target.note = f"answers {status}"
    elif target.headers.get("Accept") == "application/json" and not headers.get(
        "Content-Type", ""
    ).startswith("application/json"):
        target.note = "no page JSON in this build: HTML measured"
    return target
