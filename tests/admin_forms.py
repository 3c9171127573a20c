"""Post a page's admin edit form as a browser would, from the form the admin rendered."""

from html.parser import HTMLParser

from wagtail.fields import StreamField


class FormFields(HTMLParser):
    """Collects the name and current value of every field of the page editor's form."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self._textarea = None
        self._select = None
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "page-edit-form":
            self._in_form = True
        if not self._in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            if attrs.get("type") not in ("submit", "button", "file"):
                self.data.setdefault(attrs["name"], attrs.get("value") or "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.data[self._textarea] = ""
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._in_form = False

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def edit_form_data(client, page):
    """The fields of the edit form as rendered; StreamFields (built by the admin's JavaScript) empty."""
    parser = FormFields()
    parser.feed(client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    for field in page.specific_class._meta.get_fields():
        if isinstance(field, StreamField):
            parser.data.setdefault(f"{field.name}-count", "0")
    return parser.data
