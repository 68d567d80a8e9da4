from django.contrib import admin
from django.urls import include, path

from kb.web import views
from kb.web.flow import views as flow

admin.site.site_header = "Recourse editorial desk"
admin.site.site_title = "Recourse"

urlpatterns = [
    path("", flow.start, name="start"),
    path("flow/", flow.flow, name="flow"),
    path("flow/download/", flow.download, name="flow-download"),
    path("flow/recognise/", flow.recognise, name="flow-recognise"),
    path("evidence-log/", views.evidence_log, name="evidence-log"),
    path("laws/", views.jurisdictions, name="jurisdictions"),
    path("laws/<str:code>/", views.jurisdiction_laws, name="jurisdiction-laws"),
    path("laws/<str:code>/<slug:law_id>/", views.law_detail, name="law-detail"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
