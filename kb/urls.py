from django.contrib import admin
from django.urls import path

from kb.web import views

admin.site.site_header = "Recourse editorial desk"
admin.site.site_title = "Recourse"

urlpatterns = [
    path("", views.home, name="home"),
    path("laws/<str:code>/", views.jurisdiction_laws, name="jurisdiction-laws"),
    path("admin/", admin.site.urls),
]
