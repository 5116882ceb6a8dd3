from django.urls import path

from . import views_admin

app_name = "syndication_admin"
urlpatterns = [
    path("pages/<int:page_id>/social/", views_admin.page_social, name="page_social"),
]
