from django.urls import path

from . import views

app_name = "editorial"
urlpatterns = [
    path("reports/new/", views.report_new, name="report_new"),
    path("reports/", views.inbox, name="inbox"),
    path("reports/<int:pk>/", views.report_detail, name="report_detail"),
    path("reports/<int:pk>/photos/<int:photo_pk>/", views.report_photo, name="report_photo"),
    path("reports/<int:pk>/status/", views.report_status, name="report_status"),
    path("schedule/", views.schedule, name="schedule"),
]
