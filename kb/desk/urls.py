from django.urls import path

from kb.desk import views

urlpatterns = [
    path("", views.queue, name="desk-queue"),
    path("review/<str:kind>/<int:pk>/", views.review, name="desk-review"),
    path("review/<str:kind>/<int:pk>/act/", views.act, name="desk-act"),
    path("reports/", views.reports, name="desk-reports"),
]
