"""The id of the request being served, readable from any log call made while serving it."""

import contextvars

_request_id = contextvars.ContextVar("request_id", default="")


def current_request_id():
    return _request_id.get()


def set_request_id(value):
    return _request_id.set(value)


def reset_request_id(token):
    _request_id.reset(token)
