from django.db import models
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class NotePage(Page):
    """The one tiny page type of the plugin test site."""

    body = RichTextField(blank=True)
    mood = models.CharField(max_length=20, blank=True)

    api_fields = [APIField("body"), APIField("mood")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
