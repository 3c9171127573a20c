"""What a locked-out editor sees: the Wagtail sign-in page, with the reason and how long to wait."""

from axes.helpers import get_cool_off
from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import ngettext
from wagtail.admin.views.account import get_user_login_form

TOO_MANY_REQUESTS = 429


def lockout_message(request):
    minutes = max(1, int(get_cool_off(request).total_seconds() // 60))
    return ngettext(
        "Too many failed sign-in attempts. Signing in with this username from this address is "
        "blocked for %(minutes)d minute. Try again later, or ask an administrator to unlock it.",
        "Too many failed sign-in attempts. Signing in with this username from this address is "
        "blocked for %(minutes)d minutes. Try again later, or ask an administrator to unlock it.",
        minutes,
    ) % {"minutes": minutes}


def locked_out_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: re-show the sign-in form, empty, with the lockout message."""
    messages.error(request, lockout_message(request))
    context = {"form": get_user_login_form()(request), "next": request.POST.get("next", "")}
    return render(request, "wagtailadmin/login.html", context, status=TOO_MANY_REQUESTS)
