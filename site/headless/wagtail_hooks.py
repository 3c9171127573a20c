from wagtail import hooks

from .negotiation import serve_json

# Before Wagtail's view-restriction hook, so a restricted page asked for as JSON gets a JSON 401/403.
hooks.register("before_serve_page", serve_json, order=-10)
