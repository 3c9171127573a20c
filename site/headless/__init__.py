"""Plone-style JSON for every page: content negotiation, page services, HTTP caching and preview."""
