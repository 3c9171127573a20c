"""A minimal Wagtail project with the Plone-style JSON plugin and none of this site's apps
(tests/test_plugin.py): the proof that another Wagtail site gets the plugin in three steps."""
