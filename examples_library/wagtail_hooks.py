from wagtail import hooks


@hooks.register("headless_description_fields")
def example_description_fields():
    """What describes an example programme in the Plone-style JSON (`description`)."""
    return ("summary", "intro", "plain_language_summary")
