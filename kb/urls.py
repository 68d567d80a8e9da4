from django.contrib import admin
from django.urls import include, path

from kb.desk.feeds import ChangesFeed
from kb.web import compare_views, views
from kb.web.flow import views as flow

handler404 = "kb.web.errors.not_found"

admin.site.site_header = "Recourse editorial desk"
admin.site.site_title = "Recourse"

urlpatterns = [
    path("", flow.start, name="start"),
    path("flow/", flow.flow, name="flow"),
    path("flow/download/", flow.download, name="flow-download"),
    path("flow/recognise/", flow.recognise, name="flow-recognise"),
    path("evidence-log/", views.evidence_log, name="evidence-log"),
    path("laws/", views.jurisdictions, name="jurisdictions"),
    path("compare/", compare_views.compare_page, name="compare"),
    path("laws/<str:code>/", views.jurisdiction_laws, name="jurisdiction-laws"),
    path("laws/<str:code>/<slug:law_id>/", views.law_detail, name="law-detail"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("kb.api.urls")),
    path("desk/", include("kb.desk.urls")),
    path("changes.atom", ChangesFeed(), name="changes-feed"),
    path("laws/<str:code>/changes.atom", ChangesFeed(), name="jurisdiction-changes-feed"),
    path("admin/", admin.site.urls),
]
