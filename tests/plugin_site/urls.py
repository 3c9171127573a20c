from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [
    # 2. the plugin's URLs, before Wagtail's catch-all
    path("", include("osallisuus_site.headless.urls")),
    path("", include(wagtail_urls)),
]
