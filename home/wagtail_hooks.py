from wagtail import hooks


@hooks.register("headless_description_fields")
def guide_description_fields():
    """What describes a guide or home page in the Plone-style JSON (`description`)."""
    return ("intro", "plain_language_summary")
