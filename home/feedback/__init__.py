"""Spam protection for the feedback form: no third-party service and no CAPTCHA."""
