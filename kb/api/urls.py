from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from kb.api import views

router = SimpleRouter(trailing_slash=True)
router.register("jurisdictions", views.JurisdictionViewSet, basename="jurisdiction")
router.register("laws", views.LawViewSet, basename="law")
router.register("platforms", views.PlatformViewSet, basename="platform")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("v1/match/", views.MatchView.as_view(), name="api-match"),
    path("v1/documents/", views.DocumentsView.as_view(), name="api-documents"),
    path("v1/ping/", views.PingView.as_view(), name="api-ping"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
]
