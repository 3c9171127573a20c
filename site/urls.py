from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .api import api_router
from .search.views import search
from .sitemaps import sitemap_view
from .views import language_redirect, robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Plone's services and the site root as JSON (before the API's and Wagtail's catch-alls).
    path("", include("osallisuus_site.headless.urls")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap_view),
    path("robots.txt", robots_txt),
    path("", language_redirect, name="language_redirect"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
