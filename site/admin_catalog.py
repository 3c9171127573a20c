"""Wagtail's and wagtail-localize's UI strings that their Finnish or Swedish catalogs lack.

Listed here (marked, never translated here) so that `make messages` keeps them in our catalogs in
locale/, whose translations take precedence over every app's (Django reads LOCALE_PATHS last).
tests/test_admin_language.py walks the editors' screens in fi and sv and names any msgid still
missing. JavaScript strings live in locale/{fi,sv}/LC_MESSAGES/djangojs.po (see docs/translating.md).
"""

from django.utils.translation import gettext_noop

UPSTREAM_STRINGS = [
    gettext_noop(
        "Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."
    ),
    gettext_noop("account"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Text editing"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'  # noqa: E501
    ),
    gettext_noop("Section"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Application"),
    gettext_noop("Add or show comments"),
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."  # noqa: E501
    ),
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),
    gettext_noop("How we calculate our metrics"),
    gettext_noop("View latest version"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."  # noqa: E501
    ),
    gettext_noop("A network error occurred"),
    gettext_noop("But only those with publishing permissions can make them effective."),
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    gettext_noop("Successfully updated translations for '{object}'"),
    gettext_noop("%(time)s by %(user_display_name)s"),
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("Published '{object}' in {locale}."),
    gettext_noop("Published '{object}' in {locale} with missing translations - see below."),
    gettext_noop(
        "The page '{page_title}' was successfully submitted for translation into {locales}"
    ),
    gettext_noop(
        "Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing."
    ),
    gettext_noop("Workflow '%(workflow_name)s' on %(model_name)s '%(title)s': %(status)s"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Any"),
    gettext_noop(
        "Apply the updates and publish immediately. The changes will use the original language until translated."
    ),
    gettext_noop("Autosave is paused"),
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop(
        "Changes are not automatically applied between translated pages. Syncing will add new content for translation and remove deleted content."  # noqa: E501
    ),
    gettext_noop("Checks"),
    gettext_noop("Close dialog"),
    gettext_noop("Content metrics"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Date updated"),
    gettext_noop("Edit account avatar"),
    gettext_noop("Edited by"),
    gettext_noop("Exploring"),
    gettext_noop("Go to the first error"),
    gettext_noop("Has child pages"),
    gettext_noop("Is commenting action"),
    gettext_noop("Once live anyone can view"),
    gettext_noop("Only reviewers can edit and approve the %(model_name)s"),
    gettext_noop("Only reviewers for this task can edit the %(model_name)s."),
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop("Saved"),
    gettext_noop("Search all pages…"),
    gettext_noop("Sent to %(task_name)s %(started_at)s"),
    gettext_noop("Show issue"),
    gettext_noop("Sort menu order"),
    gettext_noop("Task submitted by"),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_noop("The last sync date was %(last_sync_date)s. You are about to sync the following:"),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("This data explained"),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Toggle checks"),
    gettext_noop("Toggle comments"),
    gettext_noop("Toggle preview"),
    gettext_noop("Toggle section"),
    gettext_noop("Toggle status"),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    gettext_noop("Unpublish selected pages"),
    gettext_noop("page log entries"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in '<span class=\"w-title-ellipsis\">%(title)s</span>'."  # noqa: E501
    ),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
]
